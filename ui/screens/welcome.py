"""The first screen a member sees: insert the eID card, in the language they choose."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.codes import TerminalMode
from ui.screens.ticket import CalledList
from ui.widgets.tile import WrapButton


class WelcomeScreen(QWidget):
    name = "welcome"
    login_requested = Signal()
    staff_requested = Signal()
    ticket_requested = Signal()  # "Take a ticket", before any card
    STAFF_TAPS = 5  # taps on the hidden corner that open the staff code pad

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
        self.language_hint.setWordWrap(True)
        for label in (self.title, self.instruction, self.card_hint):
            layout.addWidget(label)
        # Sentences on buttons: on two lines where one is too short (the large mode).
        self.login_button = WrapButton(self)
        self.login_button.setObjectName("loginWithoutCard")
        self.login_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.login_button.clicked.connect(self.login_requested.emit)
        self.login_button.setVisible(mode == TerminalMode.KIOSK)
        # Queue tickets (ui/screens/ticket.py): offered once the kiosk prints them.
        self.ticket_button = WrapButton(self)
        self.ticket_button.setObjectName("takeTicket")
        self.ticket_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ticket_button.clicked.connect(self.ticket_requested.emit)
        self.ticket_button.setVisible(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.login_button)
        row.addStretch(1)
        layout.addLayout(row)
        ticket_row = QHBoxLayout()
        ticket_row.addStretch(1)
        ticket_row.addWidget(self.ticket_button)
        ticket_row.addStretch(1)
        layout.addLayout(ticket_row)
        self.called = CalledList(self)  # the agency's last tickets called
        layout.addWidget(self.called)
        layout.addStretch(3)
        layout.addWidget(self.language_hint)
        # Staff: a plain, unlabeled corner; five taps in a row open the staff code pad. Hidden
        # from members: no key reaches it and speech never reads it (`keySkip`, ui/keys.py).
        self.staff_corner = QPushButton(self)
        self.staff_corner.setObjectName("staffCorner")
        self.staff_corner.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staff_corner.setProperty("keySkip", True)
        self.staff_corner.setFlat(True)
        self.staff_corner.setFixedSize(96, 96)
        self.staff_corner.clicked.connect(self._corner_tapped)
        self.staff_corner.setVisible(mode == TerminalMode.KIOSK)
        self._taps = 0
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.staff_corner)
        layout.addLayout(corner)
        self.retranslate()

    def _corner_tapped(self) -> None:
        self._taps += 1
        if self._taps >= self.STAFF_TAPS:
            self._taps = 0
            self.staff_requested.emit()

    def clear(self) -> None:
        self._taps = 0

    def hold(self, held: bool) -> None:
        """While the program loads (ui/app.py): the buttons that start something wait for it
        (shown, unavailable to a tap, a key and speech alike); the card and the languages need
        no wait."""
        for button in (self.login_button, self.ticket_button, self.staff_corner):
            button.setEnabled(not held)

    def offer_tickets(self, offered: bool) -> None:
        self.ticket_button.setVisible(offered and self._mode == TerminalMode.KIOSK)

    def show_called(self, called) -> None:
        """The agency's last tickets called (app.services.tickets.CalledTicket)."""
        self.called.show_called(called)

    def offer_languages(self, codes) -> None:
        """The hint to choose a language only when the terminal offers more than one."""
        self.language_hint.setVisible(len(codes) > 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to your mutuality"))
        # What speech and a screen reader say first (ui/accessible.py screen_summary).
        self.setAccessibleName(self.title.text())
        if self._mode == TerminalMode.COUNTER:
            self.instruction.setText(self.tr("Counter"))
            self.card_hint.setText(
                self.tr("Insert the member's eID card into the reader to find or enrol them.")
            )
            self.setAccessibleDescription(self.card_hint.text())
        else:
            self.instruction.setText(self.tr("Please insert your eID card into the reader."))
            self.card_hint.setText(
                self.tr("You will then be asked for your PIN code to see your file.")
            )
            # How to start speech, for whoever reaches this screen without it (EN 301 549 8.4.3).
            self.setAccessibleDescription(
                self.tr("Insert your eID card. Press plus on the keypad for speech.")
            )
        self.language_hint.setText(self.tr("Choose your language at the top of the screen."))
        self.login_button.setText(self.tr("No card? Log in with a password or a token"))
        self.ticket_button.setText(self.tr("Take a ticket for the counter"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
