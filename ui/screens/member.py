"""The identified member's screens: home, activate e-Mut, and the deactivated-account notice."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton

from ui.screens import parts
from ui.screens.base import Screen
from ui.screens.file.accidents import banner, block_text
from ui.screens.file.common import SECTIONS, section_title
from ui.widgets.tile import Tile

MAX_COLUMNS = 3  # the home's tiles in the normal mode


class HomeScreen(Screen):
    """The member's home: who is logged in, how, a tile per section of the file, the way out."""

    name = "home"
    finish = Signal()
    section_chosen = Signal(str)
    change_password = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.greeting = parts.label(self, "instruction", center=True)
        self.login_mode = parts.label(self, "hint", center=True)
        self.notice = parts.message(self, "hint")  # "your password has been changed"
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.block = banner(self, "homeBlocked")  # an accident declaration overdue
        self.tiles = QGridLayout()
        self.tiles.setHorizontalSpacing(24)
        self.tiles.setVerticalSpacing(16)  # five rows of tiles and the countdown, with the card bar
        self.finish_button = parts.button(self, "finish", self.finish.emit, primary=True)
        self.password_button = parts.button(self, "changePassword", self.change_password.emit)
        self.layout_.addWidget(self.greeting)
        self.layout_.addWidget(self.login_mode)
        self.layout_.addWidget(self.notice)
        self.layout_.addWidget(self.block)
        self.layout_.addLayout(self.tiles)
        self.layout_.addStretch(1)
        self.layout_.addLayout(parts.button_row(self.password_button, self.finish_button))
        self._first_name = ""
        self._mode = ""
        self._block = None
        self._notice = ""
        self.section_chosen.connect(lambda _key: self.show_notice(""))
        self.section_tiles: dict[str, QPushButton] = {}
        for key in SECTIONS:
            # A title too long for a third of the screen in some language wraps onto two lines.
            tile = Tile(self)
            tile.setObjectName(f"tile_{key}")
            tile.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tile.clicked.connect(lambda _c=False, k=key: self.section_chosen.emit(k))
            tile.setMinimumHeight(88)
            self.section_tiles[key] = tile
        self.columns = 0
        self._arrange(MAX_COLUMNS)
        self.retranslate()

    # -- the tiles' columns ------------------------------------------------------------------------
    def columns_that_fit(self) -> int:
        """As many columns (three at most) as leave every title's longest word whole at the
        tiles' type size: three in the normal mode, fewer in the large one (one where a
        German or Dutch word is as wide as half the screen: "Krankenhausaufenthalt")."""
        tiles = list(self.section_tiles.values())
        margins = self.layout_.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        inner = tiles[0].layout().contentsMargins()
        chrome = inner.left() + inner.right() + 2 * tiles[0].caption.margin()
        metrics = tiles[0].caption.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(word) for tile in tiles for word in tile.text().split()),
            default=0,
        )
        for columns in range(MAX_COLUMNS, 1, -1):
            room = (width - self.tiles.horizontalSpacing() * (columns - 1)) // columns - chrome
            if longest <= room:
                return columns
        return 1

    def _arrange(self, columns: int | None = None) -> None:
        columns = columns or self.columns_that_fit()
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.section_tiles.values():
            self.tiles.removeWidget(tile)
        for index, tile in enumerate(self.section_tiles.values()):
            self.tiles.addWidget(tile, index // columns, index % columns)
        for column in range(MAX_COLUMNS):  # equal columns, whatever the titles
            self.tiles.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # The tiles' own type follows at the same turn of the loop: measured after it.
            QTimer.singleShot(0, self, self._arrange)

    def show_member(self, first_name: str, mode: str) -> None:
        self._first_name, self._mode = first_name, mode
        self.retranslate()

    def show_notice(self, notice: str) -> None:
        """A confirmation on the home screen (said by speech), until the member moves on;
        `notice` names it ("password_changed"), so that it follows a change of language."""
        self._notice = notice
        self.notice.setText(self._notice_text())

    def _notice_text(self) -> str:
        if self._notice == "password_changed":
            return self.tr("Your password has been changed.")
        return ""

    def show_block(self, block) -> None:
        """FileBlock: the household's reimbursements are held, why and what to do."""
        self._block = block
        self.block.setText(block_text(block))

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
        self.password_button.setText(self.tr("Change my password"))
        self.notice.setText(self._notice_text())
        # Where the member is and what they can do, for speech (ui/accessible.py).
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.tr("Choose a section, or Finish and log out."))
        for key, tile in self.section_tiles.items():
            tile.setText(section_title(key))
        self.show_block(self._block)
        if self.columns:
            self._arrange()  # the titles of another language

    def clear(self) -> None:
        super().clear()
        self._first_name = self._mode = ""
        self._block = None
        self._notice = ""
        self.retranslate()


class ActivationScreen(Screen):
    """A member without an online account: create it here, the letter goes to the home address."""

    name = "activation"
    activate = Signal()
    finish = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.explanation = parts.label(self, "instruction", center=True)
        self.address_title = parts.label(self, "hint", center=True)
        self.address = parts.label(self, "address", center=True)
        self.activate_button = parts.button(self, "activate", self.activate.emit, primary=True)
        self.finish_button = parts.button(self, "finish", self.finish.emit)
        self.layout_.addWidget(self.explanation)
        self.layout_.addWidget(self.address_title)
        self.layout_.addWidget(self.address)
        self.layout_.addStretch(1)
        self.layout_.addLayout(parts.button_row(self.finish_button, self.activate_button))
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
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(
            self.tr("Choose Activate my account to get your login details by post, or Not now.")
        )

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
        self.explanation = parts.label(self, "instruction", center=True)
        self.detail = parts.label(self, "hint", center=True)
        self.help_button = parts.button(self, "cannotLogIn", self.cannot_log_in.emit, primary=True)
        self.finish_button = parts.button(self, "finish", self.finish.emit)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.explanation)
        self.layout_.addWidget(self.detail)
        self.layout_.addStretch(1)
        self.layout_.addLayout(parts.button_row(self.finish_button, self.help_button))
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
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.tr("Choose I cannot log in to ask for help, or Finish."))
