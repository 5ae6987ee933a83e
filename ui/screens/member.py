"""The identified member's screens: home, activate e-Mut, and the deactivated-account notice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton

from ui.screens.base import Screen
from ui.screens.file import SECTIONS, section_title


class HomeScreen(Screen):
    """The member's home: who is logged in, how, a tile per section of the file, the way out."""

    name = "home"
    finish = Signal()
    section_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.greeting = self.label("instruction")
        self.login_mode = self.label("hint")
        self.tiles = QGridLayout()
        self.tiles.setSpacing(24)
        self.finish_button = self.button("finish", self.finish.emit, primary=True)
        self.layout_.addWidget(self.greeting)
        self.layout_.addWidget(self.login_mode)
        self.layout_.addLayout(self.tiles)
        self.layout_.addStretch(1)
        self.layout_.addLayout(self.button_row(self.finish_button))
        self._first_name = ""
        self._mode = ""
        self.section_tiles: dict[str, QPushButton] = {}
        for key in SECTIONS:
            tile = self.button(f"tile_{key}", lambda _c=False, k=key: self.section_chosen.emit(k))
            tile.setMinimumHeight(96)
            self.section_tiles[key] = tile
            self.add_tile(tile)
        self.retranslate()

    def add_tile(self, button: QPushButton) -> None:
        count = self.tiles.count()
        self.tiles.addWidget(button, count // 3, count % 3)

    def show_member(self, first_name: str, mode: str) -> None:
        self._first_name, self._mode = first_name, mode
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your file"))
        self.greeting.setText(
            self.tr("Hello %1").replace("%1", self._first_name) if self._first_name else ""
        )
        modes = {
            "eid": self.tr("Identified with your eID card and PIN code."),
            "token": self.tr("Logged in with your federal token."),
            "password": self.tr(
                "Logged in with your password. To change your bank account, log in with your "
                "eID card."
            ),
        }
        self.login_mode.setText(modes.get(self._mode, ""))
        self.finish_button.setText(self.tr("Finish and log out"))
        for key, tile in self.section_tiles.items():
            tile.setText(section_title(key))

    def clear(self) -> None:
        super().clear()
        self._first_name = self._mode = ""
        self.retranslate()


class ActivationScreen(Screen):
    """A member without an online account: create it here, the letter goes to the home address."""

    name = "activation"
    activate = Signal()
    finish = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.explanation = self.label("instruction")
        self.address_title = self.label("hint")
        self.address = self.label("address")
        self.activate_button = self.button("activate", self.activate.emit, primary=True)
        self.finish_button = self.button("finish", self.finish.emit)
        self.layout_.addWidget(self.explanation)
        self.layout_.addWidget(self.address_title)
        self.layout_.addWidget(self.address)
        self.layout_.addStretch(1)
        self.layout_.addLayout(self.button_row(self.finish_button, self.activate_button))
        self._name = ""
        self.retranslate()

    def show_member(self, first_name: str, address_lines: list[str]) -> None:
        self._name = first_name
        self.address.setText("\n".join(address_lines))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Activate your online account (e-Mut)"))
        self.explanation.setText(
            self.tr(
                "%1, you do not have an online account yet. With it you can see your file, "
                "order documents and follow your requests, here and at home."
            ).replace("%1", self._name)
        )
        self.address_title.setText(self.tr("Your login details will be sent by post to:"))
        self.activate_button.setText(self.tr("Activate my account"))
        self.finish_button.setText(self.tr("Not now"))

    def clear(self) -> None:
        super().clear()
        self._name = ""
        self.address.clear()
        self.retranslate()


class DeactivatedScreen(Screen):
    name = "deactivated"
    cannot_log_in = Signal()
    finish = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.explanation = self.label("instruction")
        self.detail = self.label("hint")
        self.help_button = self.button("cannotLogIn", self.cannot_log_in.emit, primary=True)
        self.finish_button = self.button("finish", self.finish.emit)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.explanation)
        self.layout_.addWidget(self.detail)
        self.layout_.addStretch(1)
        self.layout_.addLayout(self.button_row(self.finish_button, self.help_button))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your online account is deactivated"))
        self.explanation.setText(
            self.tr("Your online account has been deactivated, so your file cannot be opened here.")
        )
        self.detail.setText(
            self.tr(
                'Send us the "I cannot log in" form and a colleague will reactivate it with '
                "you, or go to the counter."
            )
        )
        self.help_button.setText(self.tr("I cannot log in"))
        self.finish_button.setText(self.tr("Finish"))
