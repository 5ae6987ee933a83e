"""An on-screen keyboard for the touch terminal: types into whichever line edit has the focus.

AZERTY by default (Belgium); the keys send the same key events a physical keyboard would, so
validators, input masks and the inactivity timer behave the same.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

ROWS = (
    "1234567890",
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn@.-_",
)


class OnScreenKeyboard(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keyboard")
        self._shift = False
        self._target: QLineEdit | QPlainTextEdit | None = None
        grid = QGridLayout(self)
        grid.setSpacing(6)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: list[QPushButton] = []
        for row, letters in enumerate(ROWS):
            for column, char in enumerate(letters):
                button = self._button(char, lambda _=False, c=char: self._type(c))
                grid.addWidget(button, row, column)
                self.keys.append(button)
        self.shift_key = self._button("⇧", self._toggle_shift)
        self.space_key = self._button("␣", lambda: self._type(" "))
        self.back_key = self._button("⌫", self._backspace)
        grid.addWidget(self.shift_key, 4, 0, 1, 2)
        grid.addWidget(self.space_key, 4, 2, 1, 6)
        grid.addWidget(self.back_key, 4, 8, 1, 2)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """The keys a picture or a sign stands for, named in words (speech, a screen reader):
        a letter or a digit is its own name."""
        self.shift_key.setAccessibleName(self.tr("Capital letter"))
        self.space_key.setAccessibleName(self.tr("Space"))
        self.back_key.setAccessibleName(self.tr("Delete the last character"))
        signs = {
            "@": self.tr("At sign"),
            ".": self.tr("Dot"),
            "-": self.tr("Hyphen"),
            "_": self.tr("Underscore"),
        }
        for button in self.keys:
            button.setAccessibleName(signs.get(button.text(), ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName("keyboardKey")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing must not steal the field's focus
        button.setMinimumSize(64, 64)
        button.clicked.connect(slot)
        return button

    def _focus_changed(self, _old, new) -> None:
        """Slide in while a text field of this window has the focus, away otherwise."""
        typing = (
            isinstance(new, QLineEdit | QPlainTextEdit)
            and self.window() is new.window()
            and not (isinstance(new, QLineEdit) and new.isReadOnly())
        )
        if typing:
            self._target = new
        if new is not None and self.isAncestorOf(new):
            return
        self.setVisible(typing)

    def target(self) -> QLineEdit | QPlainTextEdit | None:
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit | QPlainTextEdit) and focused.window() is self.window():
            return focused
        return self._target

    def _send(self, key: int, text: str = "") -> None:
        target = self.target()
        if target is None:
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            )

    def _type(self, char: str) -> None:
        text = char.upper() if self._shift else char
        self._send(Qt.Key.Key_unknown if not text.isalnum() else ord(text.upper()), text)
        if self._shift:
            self._toggle_shift()

    def _backspace(self) -> None:
        self._send(Qt.Key.Key_Backspace)

    def _toggle_shift(self) -> None:
        self._shift = not self._shift
        self.shift_key.setProperty("active", self._shift)
        for button in self.keys:
            char = button.text()
            button.setText(char.upper() if self._shift else char.lower())
