"""Send to my e-mail (issue 19): the row under a section's Print button that sends the same
document to the e-mail address on the member's file, partly masked ("j…t@example.be"). Shown
only when the controller offers it (a visit the central side verified, an address on file,
the kiosk); no address is ever typed here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from ui import accessible
from ui.appearance import reflow
from ui.screens import parts


class MailOffer(QWidget):
    """`compact`: the button alone, for a row beside Print where there is no room for the
    address (the status line names it when the member sends)."""

    send = Signal()

    def __init__(
        self, parent: QWidget | None = None, object_name: str = "sendByMail", *, compact=False
    ):
        super().__init__(parent)
        self.compact = compact
        self.setObjectName(f"{object_name}Row")
        row = reflow(QHBoxLayout(self), "stack")  # the address over the button at 44 px
        row.setContentsMargins(0, 0, 0, 0)
        self.address_label = parts.label(self, "hint")
        self.address_label.setWordWrap(True)
        self.address_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.address_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.button = parts.button(self, object_name, self.send.emit)
        parts.keep_width(self.button)
        row.addWidget(self.address_label, 1)
        row.addWidget(self.button)
        self._address: str | None = None
        self.allowed = True  # the kiosk's: never offered at the counter (FileScreen.set_counter)
        self.setVisible(False)
        self.retranslate()

    @property
    def offered(self) -> bool:
        return self._address is not None

    @property
    def address(self) -> str | None:
        """The masked address on file it offers ("j…t@example.be"), None when not offered."""
        return self._address

    def offer(self, masked_address: str | None) -> None:
        """The masked address on file, or None: not offered (the row hides)."""
        self._address = masked_address if self.allowed else None
        self.retranslate()
        self.setVisible(self._address is not None)

    def set_enabled(self, enabled: bool) -> None:
        self.button.setEnabled(enabled)

    def clear(self) -> None:
        self.offer(None)

    def retranslate(self) -> None:
        address = self._address or ""
        self.button.setText(self.tr("Send to my e-mail"))
        self.address_label.setText(self.tr("By e-mail to %1").replace("%1", address))
        self.address_label.setVisible(not self.compact)
        accessible.name(
            self.button,
            self.tr("Send to my e-mail"),
            self.tr("The document goes to the e-mail address on your file: %1").replace(
                "%1", address
            ),
        )
