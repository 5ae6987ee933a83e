"""The first screen a member sees: insert the eID card, in the language they choose."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class WelcomeScreen(QWidget):
    name = "welcome"

    def __init__(self, mode: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeScreen")
        self._mode = mode
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(32)
        layout.addStretch(2)
        self.title = QLabel(self)
        self.title.setObjectName("screenTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.instruction = QLabel(self)
        self.instruction.setObjectName("instruction")
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction.setWordWrap(True)
        self.card_hint = QLabel(self)
        self.card_hint.setObjectName("cardHint")
        self.card_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card_hint.setWordWrap(True)
        self.language_hint = QLabel(self)
        self.language_hint.setObjectName("hint")
        self.language_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self.title, self.instruction, self.card_hint):
            layout.addWidget(label)
        layout.addStretch(3)
        layout.addWidget(self.language_hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to your mutuality"))
        if self._mode == "counter":
            self.instruction.setText(self.tr("Counter"))
            self.card_hint.setText(
                self.tr("Insert the member's eID card into the reader to find or enrol them.")
            )
        else:
            self.instruction.setText(self.tr("Please insert your eID card into the reader."))
            self.card_hint.setText(
                self.tr("You will then be asked for your PIN code to see your file.")
            )
        self.language_hint.setText(self.tr("Choose your language at the top of the screen."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
