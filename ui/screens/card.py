"""The card steps: reading (name first, photo after), the PIN pad, and "one moment" while busy."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar

from ui.screens import parts
from ui.screens.base import Screen
from ui.widgets.pin_pad import PinPad


class ReadingScreen(Screen):
    name = "reading"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("readProgress")
        self.progress.setRange(0, 3)
        self.progress.setTextVisible(False)
        self.step_label = parts.label(self, "hint", center=True)
        self.holder_name = parts.label(self, "holderName", center=True)
        self.photo = QLabel(self)
        self.photo.setObjectName("holderPhoto")
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setFixedSize(200, 270)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.photo)
        row.addStretch(1)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.step_label)
        self.layout_.addWidget(self.holder_name)
        self.layout_.addLayout(row)
        self.layout_.addStretch(2)
        self._stage = 0
        self.retranslate()

    def show_stage(self, stage: int) -> None:
        """0: reading the card; 1: identity verified (name shown); 2: photo read."""
        self._stage = stage
        self.progress.setValue(stage + 1)
        self.retranslate()

    def show_holder(self, full_name: str) -> None:
        self.holder_name.setText(full_name)
        self.show_stage(1)

    def show_photo(self, jpeg: bytes) -> None:
        pixmap = QPixmap()
        if pixmap.loadFromData(jpeg):
            self.photo.setPixmap(
                pixmap.scaled(self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio)
            )
        self.show_stage(2)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reading your card…"))
        texts = {
            0: self.tr("Please leave your card in the reader."),
            1: self.tr("Your identity has been verified."),
            2: self.tr("Your identity has been verified."),
        }
        self.step_label.setText(texts[self._stage])

    def clear(self) -> None:
        super().clear()
        self.holder_name.clear()
        self.photo.clear()
        self.progress.setValue(0)
        self._stage = 0
        self.retranslate()


class PinScreen(Screen):
    """The PIN pad, for identification or for the card's signature (the card asks again)."""

    name = "pin"
    cancelled = Signal()

    IDENTIFY, SIGN, STAFF = "identify", "sign", "staff"

    def __init__(self, parent=None, *, purpose: str = IDENTIFY):
        self.purpose = purpose
        if purpose != self.IDENTIFY:
            self.name = f"{purpose}_pin"
        super().__init__(parent)
        self.holder_name = parts.label(self, "holderName", center=True)
        self.photo = QLabel(self)
        self.photo.setObjectName("holderPhotoSmall")
        self.photo.setFixedSize(90, 120)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        holder_row = QHBoxLayout()
        holder_row.addStretch(1)
        holder_row.addWidget(self.photo)
        holder_row.addWidget(self.holder_name)
        holder_row.addStretch(1)
        self.instruction = parts.label(self, "instruction", center=True)
        self.message = parts.label(self, "errorMessage", center=True)
        self.pad = PinPad(self)
        self.pad.setFixedWidth(420)
        pad_row = QHBoxLayout()
        pad_row.addStretch(1)
        pad_row.addWidget(self.pad)
        pad_row.addStretch(1)
        self.cancel = parts.button(self, "cancel", self.cancelled.emit)
        self.layout_.addLayout(holder_row)
        self.layout_.addWidget(self.instruction)
        self.layout_.addWidget(self.message)
        # The pad takes the height left (its keys grow to a bank terminal's size, then the
        # stretch below takes the rest); with less (the demo's card bar) its keys shrink.
        self.layout_.addLayout(pad_row, 4)
        self.layout_.addLayout(parts.button_row(self.cancel))
        self.layout_.addStretch(1)
        self._tries_left: int | None = None
        self.retranslate()

    def prepare(self, full_name: str = "", tries_left: int | None = None) -> None:
        self.holder_name.setText(full_name)
        self._tries_left = tries_left
        self.pad.clear()
        self.retranslate()

    def show_photo(self, jpeg: bytes) -> None:
        """The photo arrives while the PIN pad is already shown (it is read after the name)."""
        pixmap = QPixmap()
        if pixmap.loadFromData(jpeg):
            self.photo.setPixmap(
                pixmap.scaled(self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio)
            )

    def show_wrong_pin(self, tries_left: int | None) -> None:
        self._tries_left = tries_left if tries_left is not None else -1
        self.pad.clear()
        self.retranslate()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def retranslate(self) -> None:
        if self.purpose == self.SIGN:
            self.title.setText(self.tr("Sign with your eID card"))
            self.instruction.setText(self.tr("Type your PIN code to sign the form with your card."))
        elif self.purpose == self.STAFF:
            self.title.setText(self.tr("Staff access"))
            self.instruction.setText(self.tr("Type the staff code."))
        else:
            self.title.setText(self.tr("Your PIN code"))
            self.instruction.setText(
                self.tr("Type the PIN code of your eID card, then press OK. Hide the keys.")
            )
        self.cancel.setText(self.tr("Cancel"))
        tries = self._tries_left
        if tries is None:
            self.message.clear()
        elif tries < 0:
            self.message.setText(self.tr("Wrong code. Please try again."))
        else:
            self.message.setText(
                self.tr("Wrong PIN code. %n try(ies) left before the card is blocked.", "", tries)
            )

    def clear(self) -> None:
        super().clear()
        self.pad.clear()
        self.holder_name.clear()
        self.photo.clear()
        self.message.clear()
        self._tries_left = None
        self.retranslate()


class BusyScreen(Screen):
    """Shown while the card signs or the central database answers: never a frozen window."""

    name = "busy"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("busyProgress")
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setTextVisible(False)
        self.detail = parts.label(self, "hint", center=True)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.detail)
        self.layout_.addStretch(2)
        self._what = "identify"
        self.retranslate()

    def show_busy(self, what: str) -> None:
        self._what = what
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("One moment please…"))
        texts = {
            "identify": self.tr("Your card is checking your PIN code. Leave it in the reader."),
            "route": self.tr("Looking up your file…"),
            "sign": self.tr("Your card is signing the form. Leave it in the reader."),
            "login": self.tr("Checking your login…"),
            "queue": self.tr("Sending your request…"),
        }
        self.detail.setText(texts.get(self._what, texts["route"]))
