"""The letters waiting for the post (they carry passwords), under the counter's queue: how many,
and one button to print them all and mark them posted. A supervisor's only. Its words come from
the queue screen (ui/screens/queue.py), whose translations they are."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout

from ui.screens import parts


class LettersRow(QFrame):
    print_letters = Signal(list)  # letter ids

    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = parts.label(self, "hint")
        self.button = parts.button(self, "printLetters", self._print, primary=True)
        parts.keep_width(self.button)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.letters: tuple = ()
        self.setVisible(False)

    def _print(self) -> None:
        if self.letters:
            self.print_letters.emit([letter.letter_id for letter in self.letters])
