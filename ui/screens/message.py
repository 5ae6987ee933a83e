"""One screen for what the member must be told: a card problem, a queued request, offline.

The text is chosen by the controller from a translated catalogue (ui/messages.py); the screen
only shows it, with an "OK" that ends the step and an optional second action.
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from ui.screens import parts
from ui.screens.base import Screen


class MessageScreen(Screen):
    name = "message"
    acknowledged = Signal()
    extra = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.body = parts.label(self, "instruction", center=True)
        self.detail = parts.label(self, "hint", center=True)
        self.ok = parts.button(self, "ok", self.acknowledged.emit, primary=True)
        self.ok.setProperty("keyRole", "back")  # the keypad's back key: the message read, go on
        self.extra_button = parts.button(self, "extra", self.extra.emit)
        self.extra_button.hide()
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.body)
        self.layout_.addWidget(self.detail)
        self.layout_.addStretch(1)
        self.layout_.addLayout(parts.button_row(self.extra_button, self.ok))
        self._message = None
        self.setProperty("kind", "info")

    def show_message(self, message) -> None:
        """`message` is a ui.message_screens.Message: translated again on language change."""
        self._message = message
        self.setProperty("kind", message.kind)
        for widget in (self, self.title):  # the title's colour depends on the screen's kind
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.ok.setText(self.tr("OK"))
        message = self._message
        if message is None:
            self.title.clear()
            self.body.clear()
            self.detail.clear()
            self.extra_button.hide()
            self.setAccessibleName("")
            self.setAccessibleDescription("")
            return
        title, body, detail, extra = message.texts()
        self.title.setText(title)
        self.body.setText(body)
        self.detail.setText(detail)
        # Speech says the whole message (the title, what happened, what to do next).
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(part for part in (body, detail) if part))
        self.extra_button.setVisible(bool(extra))
        self.extra_button.setText(extra or "")

    def clear(self) -> None:
        super().clear()
        self._message = None
        self.retranslate()
