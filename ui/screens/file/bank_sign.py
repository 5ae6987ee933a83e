"""The bank change's signature: the PIN for the card's Signature key, under what is signed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout

from app.domain.iban import formatted_iban
from ui.screens import parts
from ui.screens.file.common import Page
from ui.widgets.pin_pad import PinPad


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
        self.pad.setMaximumWidth(420)
        self.cancel_button = parts.button(self, "cancelSign", self.cancelled.emit)
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

    def prepare(self, iban: str) -> None:
        self._iban = iban
        self.tries.setText("")
        self.pad.take_pin()
        self.retranslate()

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
