"""The card steps: reading (name first, photo after), the PIN pad, and "one moment" while busy.

Each says where the member is and what they can do by its accessible name and description
(speech says them, ui/speech.py); none says the holder's name aloud.

The PIN screen can offer speech and the large text (issue 17): the card visit
(ui/session/card_visit.py) asks for the offer when the card's special status is a white or
yellow cane; the member chooses, nothing is turned on for them. The screen is told only whether
to offer, never the status, and forgets that at `clear()`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.appearance import reflow
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
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(texts[self._stage])

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
    speech_wanted = Signal()  # the offer's "Turn on speech" chosen
    large_wanted = Signal()  # the offer's "Large text" chosen

    IDENTIFY, SIGN, STAFF = "identify", "sign", "staff"

    def __init__(self, parent=None, *, purpose: str = IDENTIFY):
        self.purpose = purpose
        if purpose != self.IDENTIFY:
            self.name = f"{purpose}_pin"
        super().__init__(parent)
        self.holder_name = parts.label(self, "holderName", center=True)
        self.photo = QLabel(self)
        self.photo.setObjectName("holderPhotoSmall")
        self.photo.setFixedSize(68, 90)  # enough to know one's own face, no more height
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        holder_row = QHBoxLayout()
        holder_row.addStretch(1)
        holder_row.addWidget(self.photo)
        holder_row.addWidget(self.holder_name)
        holder_row.addStretch(1)
        self.instruction = parts.label(self, "instruction", center=True)
        self.offer = self._access_offer()
        self.message = parts.message(self, "errorMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pad = PinPad(self)
        self.pad.fix_width()  # 420 px, more when the large mode's keys need it
        self.cancel = parts.button(self, "cancel", self.cancelled.emit)
        # The offer left of the pad and Cancel right of it, at its foot: the pad keeps the
        # height (speech's controls and the demo's card bar take some). In the large mode
        # the page scrolls and they stack: the offer, the pad, Cancel.
        middle = Qt.AlignmentFlag.AlignHCenter
        pad_row = QHBoxLayout()
        pad_row.setSpacing(24)
        pad_row.addStretch(1)
        pad_row.addWidget(self.offer, 0, middle | Qt.AlignmentFlag.AlignVCenter)
        pad_row.addWidget(self.pad, 0, middle)
        pad_row.addWidget(self.cancel, 0, middle | Qt.AlignmentFlag.AlignBottom)
        pad_row.addStretch(1)
        reflow(pad_row, "stack")
        self.layout_.addLayout(holder_row)
        self.layout_.addWidget(self.instruction)
        self.layout_.addWidget(self.message)
        # The pad takes the height left (its keys grow to a bank terminal's size, then the
        # stretch below takes the rest); with less (the demo's card bar) its keys shrink.
        self.layout_.addLayout(pad_row, 4)
        self.layout_.addStretch(1)
        self._tries_left: int | None = None
        self._offered = False
        self.retranslate()

    def _access_offer(self) -> QWidget:
        """One sentence and two buttons, one under another, before the pad: the first
        controls the keys reach."""
        box = _Column(self)
        box.setObjectName("accessOffer")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.offer_text = box.hold(parts.label(box, "offerText", center=True))
        self.offer_speech = parts.button(box, "offerSpeech", self.speech_wanted.emit)
        self.offer_large = parts.button(box, "offerLarge", self.large_wanted.emit)
        layout.addWidget(self.offer_text)
        layout.addWidget(self.offer_speech)
        layout.addWidget(self.offer_large)
        box.hide()
        return box

    def offer_access(self, offered: bool, *, speech: bool = False, large: bool = False) -> None:
        """Offer speech and the large text (for this visit only), or not; `speech` and
        `large`: what is on already (its button is not offered)."""
        self._offered = offered
        self.show_access_state(speech=speech, large=large)

    def show_access_state(self, *, speech: bool, large: bool) -> None:
        """Speech or the large mode turned on (by the offer or the header): its button goes."""
        self.offer_speech.setVisible(not speech)
        self.offer_large.setVisible(not large)
        self.offer.setVisible(self._offered and not (speech and large))

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
            self.setAccessibleDescription(
                self.tr("Type your PIN code to sign the form, then OK. Each key gives a tone.")
            )
        elif self.purpose == self.STAFF:
            self.title.setText(self.tr("Staff access"))
            self.instruction.setText(self.tr("Type the staff code."))
            self.setAccessibleDescription(self.tr("Type the staff code, then OK."))
        else:
            self.title.setText(self.tr("Your PIN code"))
            self.instruction.setText(
                self.tr("Type the PIN code of your eID card, then press OK. Hide the keys.")
            )
            self.setAccessibleDescription(
                self.tr("Type your PIN code, then OK. Each key gives a tone.")
            )
        self.setAccessibleName(self.title.text())
        self.cancel.setText(self.tr("Cancel"))
        self.offer_text.setText(
            self.tr("The terminal can read the screen aloud or show larger text.")
        )
        self.offer.fit()  # its lines in this language
        self.offer_speech.setText(self.tr("Turn on speech"))
        self.offer_large.setText(self.tr("Large text"))
        tries = self._tries_left
        if tries is None:
            self.message.setText("")
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
        self.message.setText("")
        self._tries_left = None
        self.offer_access(False)  # the offer was this visit's
        self.retranslate()


class _Column(QWidget):
    """A column beside the PIN pad (above it in the large mode), of a width that follows its
    font. Its sentence's label keeps the height of its lines at that width: a layout asks a
    wrapping label's height for the width of the row, not for the column's (Qt's
    QWidgetItem::heightForWidth), and would give it too few lines above the pad."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.sentence: QLabel | None = None

    def hold(self, sentence: QLabel) -> QLabel:
        self.sentence = sentence
        sentence.installEventFilter(self)
        return sentence

    def fit(self) -> None:
        width = 15 * self.fontMetrics().height()
        self.setFixedWidth(width)
        if self.sentence is not None:
            self.sentence.setMinimumHeight(0)  # a label's heightForWidth is at least it
            self.sentence.setMinimumHeight(self.sentence.heightForWidth(width))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()
        super().changeEvent(event)

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.sentence and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self.fit()
        return False


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
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.detail.text())
