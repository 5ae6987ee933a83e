"""The "My documents" section: the list, a document shown page by page, printed or saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui import format as fmt
from ui.screens import parts
from ui.screens.file.common import Page, section_title
from ui.screens.file.mail_offer import MailOffer


class DocumentsPage(Page):
    open_document = Signal(int)
    print_document = Signal(int)
    save_document = Signal(int)
    mail_document = Signal(int)  # "Send to my e-mail" (issue 19)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("documentsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = parts.table(self, "documentTable", 4)
        self.table.currentCellChanged.connect(lambda *_a: self._update_buttons())
        self.table_fit = parts.LargeTable(self.table, stretch=1)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.open_button = parts.button(
            self, "openDocument", lambda: self._emit(self.open_document)
        )
        self.print_button = parts.button(
            self, "printDocument", lambda: self._emit(self.print_document), primary=True
        )
        self.save_button = parts.button(
            self, "saveDocument", lambda: self._emit(self.save_document)
        )
        self.save_button.setVisible(False)
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        layout.addLayout(row)
        self.mail = MailOffer(self, "mailDocument")  # shown when the controller offers it
        self.mail.send.connect(lambda: self._emit(self.mail_document))
        layout.addWidget(self.mail)
        self.viewer = QScrollArea(self)
        self.viewer.setObjectName("documentViewer")
        self.viewer.setWidgetResizable(True)
        self.pages = QWidget(self.viewer)
        self.pages_layout = QVBoxLayout(self.pages)
        self.viewer.setWidget(self.pages)
        self.viewer.setVisible(False)
        layout.addWidget(self.viewer, 2)
        self._data: tuple = ()
        self.retranslate()

    def _current(self):
        row = self.table.currentRow()
        return self._data[row] if 0 <= row < len(self._data) else None

    def _emit(self, signal) -> None:
        doc = self._current()
        if doc is not None and doc.has_content:
            signal.emit(doc.document_id)

    def _update_buttons(self) -> None:
        doc = self._current()
        enabled = doc is not None and doc.has_content
        for button in (self.open_button, self.print_button, self.save_button):
            button.setEnabled(enabled)
        self.mail.set_enabled(enabled)

    def show_mail_offer(self, masked_address: str | None) -> None:
        self.mail.offer(masked_address)

    def show_documents(self, documents) -> None:
        self._data = tuple(documents)
        self.close_viewer()
        self._render()

    def show_pages(self, images: list[QImage]) -> None:
        self.close_viewer()
        for image in images:
            label = QLabel(self.pages)
            label.setObjectName("documentPage")
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages_layout.addWidget(label)
        self.viewer.setVisible(True)

    def close_viewer(self) -> None:
        while self.pages_layout.count():
            widget = self.pages_layout.takeAt(0).widget()
            if isinstance(widget, QLabel):
                widget.setPixmap(QPixmap())  # the page image goes at once, not at deleteLater
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.viewer.setVisible(False)

    def _render(self) -> None:
        directions = {"received": self.tr("from you"), "sent": self.tr("to you")}
        rows = []
        for d in self._data:
            signed = (
                self.tr("signed on %1").replace("%1", fmt.day(d.signed_on))
                if d.signed and d.signed_on
                else ""
            )
            rows.append(
                [
                    parts.item(fmt.day(d.dated_on)),
                    parts.item(d.title),
                    parts.item(directions.get(d.direction, d.direction)),
                    parts.item(
                        signed
                        if d.has_content
                        else (signed + " " + self.tr("(paper only)")).strip()
                    ),
                ]
            )
        parts.fill(self.table, rows)
        self._update_buttons()

    def retranslate(self) -> None:
        self.table.setAccessibleName(section_title("documents"))
        parts.titles(
            self.table,
            [self.tr("Date"), self.tr("Document"), self.tr("Sent"), self.tr("Signature")],
            large=self.large,
        )
        self.open_button.setText(self.tr("Open"))
        self.print_button.setText(self.tr("Print"))
        self.save_button.setText(self.tr("Save as PDF"))
        self.mail.retranslate()
        self._render()

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self.table_fit.set_large(large)
        # The page grows with the window's page (no scroll of its own): a document's pages
        # keep a screenful to scroll in.
        self.viewer.setMinimumHeight(600 if large else 0)
        self.retranslate()

    def clear(self) -> None:
        self.mail.clear()
        self._data = ()
        self.close_viewer()
        self._render()
