"""The on-screen PIN pad: ten large digit keys in the bank-terminal layout, correction and OK.

The keys grow with the height the screen leaves them (up to a bank terminal's size) and shrink
to a fingertip's when it leaves less (the demo's card bar): never over one another, never cut
at the foot.

The digits typed live only in this widget's field; `take_pin()` returns them and empties the
field at once, so the PIN stays in memory no longer than the call that sends it to the card.

Keys (issue 17): the digits of a keypad or a keyboard's top row type, Backspace or Delete
corrects, Enter confirms (`take_key`, called by ui/keys.py whatever has the focus). Each key
emits `key_typed` without its value: speech confirms it by a tone, never by the digit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

MAX_PIN = 12
KEY_HEIGHT = (56, 88)  # px: a fingertip's at least, a bank terminal's key at most


class PinPad(QWidget):
    submitted = Signal()
    key_typed = Signal()  # a digit or a correction, never which

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pinPad")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit(self)
        self.field.setObjectName("pinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setMaxLength(MAX_PIN)
        self.field.setReadOnly(True)  # typed on the pad (or a physical keypad, see keyPressEvent)
        self.field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        layout.addWidget(self.field)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            self._key(grid, digit, index // 3, index % 3)
        self.correction = self._key(grid, "⌫", 3, 0, self.backspace)
        self._key(grid, "0", 3, 1)
        self.ok = self._key(grid, "OK", 3, 2, self._submit)
        self.ok.setObjectName("pinOk")
        self.correction.setObjectName("pinCorrection")
        layout.addLayout(grid)
        self.field.textChanged.connect(self._update)
        self._update()
        self.retranslate()

    def _key(self, grid: QGridLayout, text: str, row: int, column: int, slot=None) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"pinKey{text}" if text.isdigit() else "pinKey")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumSize(96, KEY_HEIGHT[0])
        button.setMaximumHeight(KEY_HEIGHT[1])
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.clicked.connect(slot or (lambda _=False, d=text: self.press(d)))
        grid.addWidget(button, row, column)
        if text.isdigit():
            self.keys[text] = button
        return button

    def press(self, digit: str) -> None:
        if len(self.field.text()) < MAX_PIN:
            self.field.setText(self.field.text() + digit)
            self.key_typed.emit()

    def backspace(self) -> None:
        self.field.setText(self.field.text()[:-1])
        self.key_typed.emit()

    def _update(self) -> None:
        self.ok.setEnabled(len(self.field.text()) >= 4)

    def _submit(self) -> None:
        if len(self.field.text()) >= 4:
            self.submitted.emit()

    def take_pin(self) -> str:
        pin = self.field.text()
        self.field.setText("")  # and its undo history
        return pin

    def clear(self) -> None:
        self.field.setText("")

    def take_key(self, event) -> bool:
        """A key meant for the pad: a digit, a correction, Enter when no other control has
        the focus. True when taken."""
        from PySide6.QtWidgets import QAbstractButton, QApplication

        text = event.text()
        if len(text) == 1 and text.isdigit():
            self.press(text)
            return True
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.backspace()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = QApplication.focusWidget()
            if isinstance(focus, QAbstractButton) and not self.isAncestorOf(focus):
                return False  # Enter chooses the button that has the focus (Cancel…)
            self._submit()
            return True
        return False

    def keyPressEvent(self, event) -> None:  # a physical keypad works too
        if not self.take_key(event):
            super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.correction.setToolTip(self.tr("Correct"))
        self.correction.setAccessibleName(self.tr("Delete the last digit"))
        self.ok.setText(self.tr("OK"))
        self.ok.setAccessibleName(self.tr("Confirm the PIN code"))
        self.field.setAccessibleName(self.tr("PIN code"))
        self.field.setAccessibleDescription(
            self.tr("Type it on the keys below or on the keypad; each key gives a tone.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
