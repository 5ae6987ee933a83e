"""The bank change's signature: the PIN for the card's Signature key, under what is signed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout

from app.domain.iban import formatted_iban
from ui.screens import parts
from ui.screens.file.common import Page
from ui.screens.file.incapacity_parts import scroll_to
from ui.widgets.pin_pad import PinPad

PAD_WIDTH = 420  # the PIN pad's width in the normal mode (in the large one, its keys')


class BankSignPage(Page):
    """The PIN for the card's Signature key, with what is being signed above it."""

    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("bankSignPage")
        layout = QVBoxLayout(self)
        self.what = parts.label(self, "instruction")
        self.what.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tries = parts.label(self, "errorMessage")
        self.tries.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pad = PinPad(self)
        self.pad.setMaximumWidth(PAD_WIDTH)
        self.cancel_button = parts.button(self, "cancelSign", self.cancelled.emit)
        self.cancel_button.setProperty("keyRole", "back")  # the keypad's back key (ui/keys.py)
        layout.addWidget(self.what)
        layout.addWidget(self.tries)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self._iban = ""
        self.retranslate()

    @property
    def iban(self) -> str:
        return self._iban

    def large_mode_changed(self, large: bool) -> None:
        super().large_mode_changed(large)
        self.pad.setMaximumWidth(16777215 if large else PAD_WIDTH)  # its keys' own at 44 px

    def prepare(self, iban: str) -> None:
        self._iban = iban
        self.tries.setText("")
        self.pad.take_pin()
        self.retranslate()
        scroll_to(self.what)  # the large mode's page scrolls: what is signed shows first

    def show_wrong_pin(self, tries_left: int) -> None:
        self.tries.setText(
            self.tr("Wrong PIN code. %n try(ies) left.", "", tries_left)
            if tries_left >= 0
            else self.tr("A PIN code has 4 to 12 digits.")
        )

    def retranslate(self) -> None:
        self.what.setText(
            self.tr("Type your PIN code to sign the change of your bank account to %1.").replace(
                "%1", formatted_iban(self._iban)
            )
        )
        self.cancel_button.setText(self.tr("Cancel"))

    def clear(self) -> None:
        self.pad.take_pin()
        self._iban = ""
        self.tries.setText("")
        self.retranslate()
