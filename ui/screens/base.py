"""What every screen shares: a title, a body, retranslation on language change, and `clear()`.

`clear()` is the privacy contract: after it, the screen shows nothing of the member who left
(fields emptied, labels reset, models dropped). The session controller calls it on every screen
when a visit ends; tests/ui/test_kiosk_session.py checks the whole widget tree afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class Screen(QWidget):
    name = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{self.name}Screen")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(40, 16, 40, 16)
        self.layout_.setSpacing(12)
        self.title = self.label("screenTitle")
        self.layout_.addWidget(self.title)

    # -- building blocks -----------------------------------------------------------------------
    def label(self, object_name: str = "body", *, center: bool = True) -> QLabel:
        label = QLabel(self)
        label.setObjectName(object_name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if center:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def button(self, object_name: str, slot=None, *, primary: bool = False) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(object_name)
        button.setProperty("primary", primary)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    def button_row(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def line_edit(self, object_name: str, *, password: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(object_name)
        edit.setMinimumHeight(64)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    # -- life cycle ----------------------------------------------------------------------------
    def retranslate(self) -> None:  # each screen sets its texts here
        pass

    def clear(self) -> None:
        """Forget everything of the visit; the default empties every line edit.

        setText("") and not clear(): clear() keeps the undo history, from which the previous
        member's text could be brought back.
        """
        for edit in self.findChildren(QLineEdit):
            edit.setText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
