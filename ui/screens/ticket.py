"""Queue tickets on screen: the kiosk's "Take a ticket" (a service, then the number printed) and
the counter desk's "Call the next ticket" with the number called and how many wait.

A ticket names no person: nothing here is a member's, yet `clear()` still forgets it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import ContactService
from ui.screens import parts
from ui.screens.base import Screen

SERVICES = tuple(ContactService)
CHOOSING_S = 60  # the chooser goes back to the welcome screen when nobody chooses
SHOWN_S = 20  # the number stays on screen this long after it is printed


def service_name(service: str) -> str:
    names = {
        ContactService.ADVISER: QCoreApplication.translate("TicketScreen", "Adviser"),
        ContactService.SOCIAL: QCoreApplication.translate("TicketScreen", "Social service"),
        ContactService.MEDICAL: QCoreApplication.translate("TicketScreen", "Medical adviser"),
    }
    return names[ContactService(service)]


def desk_name(desk: str) -> str:
    """A desk as the welcome screen says it: "Desk 2" for the counter terminal "guichet_2"
    (its number), else the terminal's own name, words apart ("accueil-est" → "accueil est")."""
    number = re.search(r"(\d+)$", desk)
    shown = str(int(number.group(1))) if number else re.sub(r"[_\-.]+", " ", desk).strip()
    return QCoreApplication.translate("CalledList", "Desk %1").replace("%1", shown)


class TicketScreen(Screen):
    """The member chooses whom they come to see; the number is shown and printed."""

    name = "ticket"
    service_chosen = Signal(str)
    done = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hint = parts.label(self, "instruction", center=True)
        self.layout_.addWidget(self.hint)
        self.layout_.addStretch(1)
        # The services one under the other, all as wide as the widest.
        self.choices = QWidget(self)
        column = QVBoxLayout(self.choices)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(24)
        self.service_buttons: dict[str, object] = {}
        for service in SERVICES:
            button = parts.button(
                self.choices,
                f"ticket_{service.value}",
                lambda _c=False, s=service: self._chosen(s),
                primary=True,
            )
            button.setMinimumHeight(96)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.service_buttons[service.value] = button
            column.addWidget(button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.choices, 2)
        row.addStretch(1)
        self.layout_.addLayout(row)
        # A number read from afar: its size is the stylesheet's (#ticketNumber, in points).
        self.number = parts.label(self, "ticketNumber", center=True)
        self.service = parts.label(self, "instruction", center=True)
        self.wait = parts.label(self, "body", center=True)
        self.ahead = parts.label(self, "body", center=True)
        self.status = parts.message(self, "hint")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = parts.message(self, "hint")  # the printer failed: note the number
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.number, self.service, self.wait, self.ahead, self.status, self.note):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(2)
        self.back_button = parts.button(self, "back", self.done.emit)
        self.done_button = parts.button(self, "ticketDone", self.done.emit, primary=True)
        self.done_button.setProperty("keyRole", "back")  # the number noted: the way out
        self.layout_.addLayout(parts.button_row(self.back_button, self.done_button))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.done.emit)
        self._ticket = None
        self._noting = False
        self.clear()

    def _chosen(self, service: ContactService) -> None:
        for button in self.service_buttons.values():
            button.setEnabled(False)
        self.timer.stop()
        self.service_chosen.emit(service.value)

    def start(self) -> None:
        """The chooser, fresh."""
        self.clear()
        self.timer.start(CHOOSING_S * 1000)

    def show_ticket(self, ticket) -> None:
        """`ticket`: app.services.tickets.IssuedTicket."""
        self._ticket = ticket
        self.timer.start(SHOWN_S * 1000)
        self._show()

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self._noting = False
        self._say_note()

    def show_printer_problem(self, text: str) -> None:
        """The printer's failure, then: note the number from the screen."""
        self.status.setText(text)
        self._noting = True
        self._say_note()

    def _say_note(self) -> None:
        self.note.setText(
            self.tr("Please note your number from the screen.") if self._noting else ""
        )
        self.note.setVisible(self._noting)
        if hasattr(self, "_ticket"):
            self._describe()

    def show_problem(self, text: str) -> None:
        for button in self.service_buttons.values():
            button.setEnabled(True)
        self.status.setText(text)
        self.timer.start(CHOOSING_S * 1000)

    def _show(self) -> None:
        issued = self._ticket is not None
        for button in self.service_buttons.values():
            button.setEnabled(True)
        self.choices.setVisible(not issued)
        self.hint.setVisible(not issued)
        for widget in (self.number, self.service, self.wait, self.ahead):
            widget.setVisible(issued)
        self.back_button.setVisible(not issued)
        self.done_button.setVisible(issued)
        self.retranslate()

    def clear(self) -> None:
        self.timer.stop()
        self._ticket = None
        self.show_status("")
        self._show()

    def wait_texts(self, wait) -> tuple[str, str]:
        """The expected wait and the tickets before this one, one sentence each (each its own
        label: two sentences are never glued); `wait`: app.services.tickets.ExpectedWait, or
        None when it cannot be estimated. self.tr, so that lupdate files the plurals."""
        if wait is None:
            return self.tr("The wait cannot be estimated now."), ""
        if wait.ahead == 0:
            return self.tr("You are next."), ""
        return (
            self.tr("Expected wait: about %n minute(s).", "", wait.minutes),
            self.tr("%n ticket(s) before yours.", "", wait.ahead),
        )

    def retranslate(self) -> None:
        ticket = self._ticket
        self.title.setText(self.tr("Your ticket") if ticket else self.tr("Take a ticket"))
        self.hint.setText(self.tr("Whom do you come to see?"))
        for service, button in self.service_buttons.items():
            button.setText(service_name(service))
        self.back_button.setText(self.tr("Back"))
        self.done_button.setText(self.tr("Done"))
        self._say_note()
        if ticket is not None:
            self.number.setText(ticket.number)
            self.service.setText(service_name(ticket.service))
            wait, ahead = self.wait_texts(ticket.wait)
            self.wait.setText(wait)
            self.ahead.setText(ahead)
            self.ahead.setVisible(bool(ahead))
        else:
            for widget in (self.number, self.service, self.wait, self.ahead):
                widget.setText("")
        self._describe()

    def _describe(self) -> None:
        """For speech: the number and what follows it, or the question the services answer."""
        self.setAccessibleName(self.title.text())
        if self._ticket is not None:
            said = [f"{self.number.text()}. {self.service.text()}."]
            said += [w.text() for w in (self.wait, self.ahead, self.note) if w.text()]
            self.setAccessibleDescription(" ".join(said))
        else:
            self.setAccessibleDescription(self.hint.text())


class _Retranslated(QWidget):
    """A part of a screen that says its texts again when the language changes."""

    def retranslate(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CalledList(_Retranslated):
    """On the welcome screen: the agency's last tickets called, each with its desk."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ticketsCalled")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.heading = parts.label(self, "hint", center=True)
        self.latest = parts.label(self, "calledNumber", center=True)
        self.others = parts.label(self, "hint", center=True)
        for widget in (self.heading, self.latest, self.others):
            layout.addWidget(widget)
        self._called: tuple = ()
        self.show_called(())

    def show_called(self, called) -> None:
        """`called`: app.services.tickets.CalledTicket, the latest first."""
        self._called = tuple(called)
        self.setVisible(bool(self._called))
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Tickets called"))
        if not self._called:
            self.latest.setText("")
            self.others.setText("")
            return
        first, *rest = self._called

        def to_desk(ticket) -> str:
            # "A-001 → Desk 2": the number, then where to go (desk_name's "Desk %1").
            return (
                self.tr("%1 → %2")
                .replace("%1", ticket.number)
                .replace("%2", desk_name(ticket.desk))
            )

        self.latest.setText(to_desk(first))
        # Each number with its desk on one line (no-break spaces); the pairs wrap between them.
        self.others.setText("   ".join(to_desk(t).replace(" ", "\u00a0") for t in rest))


class DeskTickets(_Retranslated):
    """On the counter desk: the service, "Call the next ticket", the number called, how many
    wait for each service."""

    call_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("deskTickets")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(8)
        self.heading = parts.label(self, "fieldLabel")
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        self.service = QComboBox(self)
        self.service.setObjectName("ticketService")
        self.service.setMinimumHeight(60)
        for service in SERVICES:
            self.service.addItem("", service.value)
        self.call_button = parts.button(
            self, "callTicket", lambda: self.call_requested.emit(self.service.currentData())
        )
        parts.keep_width(self.call_button)
        row.addWidget(self.service, 1)
        row.addWidget(self.call_button)
        layout.addLayout(row)
        self.called = parts.label(self, "calledNumber")
        self.waiting = parts.label(self, "hint")
        self.status = parts.message(self, "hint")
        for widget in (self.called, self.waiting, self.status):
            layout.addWidget(widget)
        self._called: str | None = None
        self._nobody = False
        self._waiting: tuple = ()
        self.retranslate()

    def show_called(self, number: str | None) -> None:
        """The number this desk called; None: nobody of that service was waiting."""
        self._called, self._nobody = number, number is None
        self.status.setText("")
        self.retranslate()

    def show_waiting(self, counts) -> None:
        """`counts`: app.services.tickets.WaitingCount per service."""
        self._waiting = tuple(counts)
        self.retranslate()

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def set_calling(self, calling: bool) -> None:
        """A call is followed until the central side answers: "Call" waits for it, so a second
        tap never calls (and skips) another ticket."""
        self.call_button.setEnabled(not calling)

    def clear(self) -> None:
        self._called, self._nobody, self._waiting = None, False, ()
        self.status.setText("")
        self.set_calling(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Queue tickets"))
        for index in range(self.service.count()):
            self.service.setItemText(index, service_name(self.service.itemData(index)))
        self.service.setAccessibleName(self.tr("Service"))
        self.call_button.setText(self.tr("Call the next ticket"))
        if self._called:
            self.called.setText(self.tr("Called: %1").replace("%1", self._called))
        elif self._nobody:
            self.called.setText(self.tr("Nobody is waiting for this service."))
        else:
            self.called.setText("")
        self.called.setVisible(bool(self.called.text()))
        # "Adviser: 0 waiting · Social service: 1 waiting · …", each service's its own words.
        self.waiting.setText(
            " · ".join(
                self.tr("%1: %2 waiting")
                .replace("%1", service_name(c.service))
                .replace("%2", str(c.waiting))
                for c in self._waiting
            )
        )
        self.waiting.setVisible(bool(self._waiting))
