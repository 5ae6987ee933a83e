"""The pieces the member's file and the counter's queue are built of: labels, messages that take
no room when empty, buttons, dense tables, and `Page` (one section, retranslated and cleared)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def _label(parent: QWidget, object_name: str = "body") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class _Message(QLabel):
    """A line that answers the member (an error, a confirmation): it takes no room when empty."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


def _message(parent: QWidget, object_name: str) -> QLabel:
    label = _Message(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def _button(parent: QWidget, object_name: str, slot=None, *, primary: bool = False) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(object_name)
    button.setProperty("primary", primary)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if slot is not None:
        button.clicked.connect(slot)
    return button


def _keep_width(button: QPushButton) -> None:
    """A button the layout may not squeeze below its text (the fields beside it give way)."""
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)


def _table(parent: QWidget, object_name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(object_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(48)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return table


def _item(text: str, *, amount: bool = False, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if amount:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _fill(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, item in enumerate(row):
            table.setItem(r, c, item)


def _empty(table: QTableWidget) -> None:
    table.clearSelection()
    table.setRowCount(0)


class Page(QWidget):
    """One section: `retranslate()`, `clear()`, and the results the controller hands it."""

    def retranslate(self) -> None:
        pass

    def clear(self) -> None:
        for edit in self.findChildren(QLineEdit):
            if not isinstance(edit.parent(), QAbstractSpinBox):  # a date field's inner editor
                edit.setText("")
        for edit in self.findChildren(QPlainTextEdit):
            edit.setPlainText("")  # setPlainText also forgets the undo history

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # texts, and amounts and dates in the new language's form
        super().changeEvent(event)


def _ui_language() -> str:
    """The screen's language as a code (fr, nl, de, en), from the locale the switch sets."""
    return QLocale().name()[:2]


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("", text, None, n)  # lupdate files a bare tr() there
