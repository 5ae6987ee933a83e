"""The on-screen PIN pad: ten large digit keys in the bank-terminal layout, correction and OK.

The keys grow with the height the screen leaves them (up to a bank terminal's size) and shrink
to a fingertip's when it leaves less (the demo's card bar): never over one another, never cut
at the foot.

The digits typed live only in this widget's field; `take_pin()` returns them and empties the
field at once, so the PIN stays in memory no longer than the call that sends it to the card.

Keys (issue 17): the digits of a keypad or a keyboard's top row type, Backspace or Delete
corrects, Enter confirms (`take_key`, called by ui/keys.py whatever has the focus; ui/keys.py
gives the tone of a key typed there). Each key emits `key_typed` without its value, and a key
tapped on the screen gives the window's speech tone (`Speech.tone`): a digit is confirmed by a
tone, never said. The digit keys are not reached by moving the focus (`keySkip`): speech would
read a key's digit as it takes the focus; the keypad's own digits type, and the correction and
OK keys are reached and named ("Delete the last digit", "Confirm the PIN code").

The keys' size follows their font: the large mode's text (ui/appearance.py) fits in them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

MAX_PIN = 12
KEY_HEIGHT = (56, 88)  # px: a fingertip's at least, a bank terminal's key at most
KEY_WIDTH = 96  # px at least
PAD_WIDTH = 420  # px: the pad's width for the normal mode's keys (PinPad.fitting_width)
SPACING = 10


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
        grid.setSpacing(SPACING)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            self._key(grid, digit, index // 3, index % 3)
        self.correction = self._key(grid, "⌫", 3, 0, self._correct)
        self._key(grid, "0", 3, 1)
        self.ok = self._key(grid, "OK", 3, 2, self._submit)
        self.ok.setObjectName("pinOk")
        self.correction.setObjectName("pinCorrection")
        layout.addLayout(grid)
        self.field.textChanged.connect(self._update)
        self._update()
        self._fixed_width = False
        self._fit_keys()
        self.ok.installEventFilter(self)
        self.retranslate()

    def _key(self, grid: QGridLayout, text: str, row: int, column: int, slot=None) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"pinKey{text}" if text.isdigit() else "pinKey")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if text.isdigit():
            button.clicked.connect(lambda _=False, d=text: self._tapped(d))
            button.setProperty("keySkip", True)  # never read out as it takes the focus
            self.keys[text] = button
        else:
            button.clicked.connect(slot)
        grid.addWidget(button, row, column)
        return button

    def _tapped(self, digit: str) -> None:
        before = self.field.text()
        self.press(digit)
        if self.field.text() != before:
            self._tone()

    def _tone(self) -> None:
        """A tapped key's tone from the window's speech (none while speech is off)."""
        speech = getattr(self.window(), "speech", None)
        if speech is not None:
            speech.tone()

    def press(self, digit: str) -> None:
        if len(self.field.text()) < MAX_PIN:
            self.field.setText(self.field.text() + digit)
            self.key_typed.emit()

    def backspace(self) -> None:
        self.field.setText(self.field.text()[:-1])
        self.key_typed.emit()

    def _correct(self) -> None:  # the ⌫ key, tapped or chosen
        self.backspace()
        self._tone()

    # -- the keys' size follows their font (the large mode) ------------------------------------
    def _key_size(self) -> tuple[int, int, int]:
        """A key's least width, least height and greatest height for the keys' font: the
        widest of "OK" and the digits, one line of text, with room around it."""
        metrics = self.ok.fontMetrics()
        text_width = max(metrics.horizontalAdvance(text) for text in ("OK", "0", "8", "⌫"))
        line = metrics.height()
        least_width = max(KEY_WIDTH, text_width + line // 2 + 16)
        least_height = max(KEY_HEIGHT[0], line + 16)
        return least_width, least_height, max(KEY_HEIGHT[1], round(line * 1.6))

    def _fit_keys(self) -> None:
        least_width, least_height, most_height = self._key_size()
        for button in [*self.keys.values(), self.correction, self.ok]:
            button.setMinimumSize(least_width, least_height)
            button.setMaximumHeight(most_height)
        if self._fixed_width:
            self.setFixedWidth(self.fitting_width())

    def fitting_width(self) -> int:
        """The pad's width for its keys' font: PAD_WIDTH in the normal mode, more when the
        large mode's text needs it."""
        least_width = self._key_size()[0]
        return max(PAD_WIDTH, 3 * least_width + 2 * SPACING)

    def fix_width(self) -> None:
        """The pad keeps the width its keys need (PAD_WIDTH, more in the large mode) rather
        than taking the screen's."""
        self._fixed_width = True
        self.setFixedWidth(self.fitting_width())

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
            if focus is self.correction:
                self.backspace()  # Enter on ⌫ corrects (its tone is the key's, ui/keys.py)
            else:
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

    def eventFilter(self, watched, event: QEvent) -> bool:
        # The keys' font changed (the large mode's stylesheet): their size follows.
        if watched is self.ok and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self._fit_keys()
        return False
