"""Queue tickets: "Take a ticket" on the kiosk's welcome screen (a service, the number shown and
printed), the agency's tickets called listed there and refreshed every few seconds off the GUI
thread, and the counter desk's "Call the next ticket".

The ticket screen is not a step of the session: it is shown over the welcome step, before any
card, and a card put in meanwhile starts a visit as from the welcome screen. Nothing in a
ticket is a member's.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.domain.codes import OutboxState, TerminalMode
from app.services.session import Step
from ui.messages import error_text, rejection_text
from ui.printing import PrintTask, printer_error_text
from ui.screens.ticket import TicketScreen
from ui.session.context import SessionContext

log = logging.getLogger(__name__)
S = Step
REFRESH_MS = 5000  # the welcome screen's tickets called
CALL_POLL_MS = 400  # how often a desk's call is looked at until the central side answers
CALL_POLLS = 50  # …for about 20 s, then the desk is told it has no answer yet


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a bare tr() there


class Tickets(QObject):
    def __init__(self, ctx: SessionContext, printer):
        super().__init__(ctx)
        self.ctx = ctx
        self.printer = printer
        self.screen = TicketScreen(ctx.window.stack)
        ctx.window.add_screen(self.screen)
        self.printing: PrintTask | None = None
        self._refreshing = False
        ctx.screens.welcome.ticket_requested.connect(self.open)
        self.screen.service_chosen.connect(self._issue)
        self.screen.done.connect(self._back)
        ctx.screens.desk.tickets.call_requested.connect(self._call)
        ctx.step_changed.connect(self._step_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        if ctx.mode == TerminalMode.KIOSK:
            self.timer.start()
            QTimer.singleShot(0, self.refresh)

    @property
    def desk(self):
        """app.services.tickets.TicketDesk (the kiosk backend's)."""
        return getattr(self.ctx.backend, "tickets", None)

    def _prints(self) -> bool:
        desk = self.desk
        return self.ctx.mode == TerminalMode.KIOSK and desk is not None and desk.prints

    # -- the welcome screen ------------------------------------------------------------------
    def refresh(self) -> None:
        """The tickets called of the agency, when the welcome screen (or the ticket screen over
        it) is what the kiosk shows."""
        ctx, welcome = self.ctx, self.ctx.screens.welcome
        prints = self._prints()
        welcome.offer_tickets(prints)
        if not prints or ctx.machine.step != S.WELCOME or self._refreshing:
            return
        desk = self.desk
        self._refreshing = True

        def shown(called) -> None:
            self._refreshing = False
            welcome.show_called(called)

        def failed(exc) -> None:
            self._refreshing = False
            welcome.show_called(())  # out of reach: no stale list
            if not ctx.backend.is_offline(exc):
                log.error("the tickets called cannot be read: %s", type(exc).__name__)

        ctx.run(lambda _r: desk.called(), shown, failed)

    def _step_changed(self, step: str) -> None:
        if step == S.WELCOME:
            self._refreshing = False  # a visit's end dropped an answer on its way
            self.refresh()
        elif step == S.DESK:
            self._load_waiting()
        elif step == S.STAFF_LOGIN:
            self.ctx.screens.desk.tickets.clear()

    def open(self) -> None:
        if self.ctx.machine.step != S.WELCOME or not self._prints():
            return
        self.screen.start()
        self.ctx.window.show_screen(self.screen.name)

    def _back(self) -> None:
        self.screen.clear()
        if self.ctx.window.current_screen is self.screen:
            self.ctx.window.show_screen("welcome")
        self.refresh()

    def _issue(self, service: str) -> None:
        ctx, desk, screen = self.ctx, self.desk, self.screen
        language = ctx.language()

        def issue(_r):
            ticket = desk.issue(service)
            return ticket, desk.ticket_pdf(ticket, language=language)

        def issued(result) -> None:
            ticket, pdf = result
            screen.show_ticket(ticket)
            self._print(pdf)

        def failed(exc) -> None:
            screen.show_problem(error_text(exc))

        ctx.run(issue, issued, failed)

    def _print(self, pdf: bytes) -> None:
        task = self.printing = PrintTask(self.printer, pdf)
        screen = self.screen
        screen.show_status(tr("Printing your ticket…"))

        def done(_result) -> None:
            self.printing = None
            screen.show_status(tr("Take your ticket from the printer."))

        def failed(exc) -> None:
            self.printing = None
            if getattr(exc, "failure", None) is None:
                log.error("the ticket was not printed: %s", type(exc).__name__)
            screen.show_status(
                printer_error_text(exc) + " " + tr("Please note your number from the screen.")
            )

        self.ctx.run(task.run, done, failed)

    # -- the counter desk --------------------------------------------------------------------
    def _load_waiting(self) -> None:
        ctx, desk, staff = self.ctx, self.desk, self.ctx.staff
        if desk is None or staff is None:
            return
        panel = ctx.screens.desk.tickets
        ctx.run(lambda _r: desk.waiting(staff), panel.show_waiting, lambda _exc: None)

    def _call(self, service: str) -> None:
        ctx, desk, staff = self.ctx, self.desk, self.ctx.staff
        if desk is None or staff is None:
            return
        panel = ctx.screens.desk.tickets

        def queued(sent) -> None:
            operation_id, offline = sent
            if offline:
                panel.show_status(
                    tr("The central database cannot be reached: the call is sent when it is.")
                )
            self._follow(operation_id, CALL_POLLS)

        ctx.run(
            lambda _r: desk.call_next(staff, service),
            queued,
            lambda exc: panel.show_status(error_text(exc)),
            lock=panel,
        )

    def _follow(self, operation_id: str, polls: int) -> None:
        ctx, desk, panel = self.ctx, self.desk, self.ctx.screens.desk.tickets

        def got(result) -> None:
            if result.state == OutboxState.APPLIED:
                panel.show_called(result.number)
                self._load_waiting()
            elif result.state == OutboxState.REJECTED:
                panel.show_status(rejection_text(result.reason))
            elif polls > 1:
                QTimer.singleShot(CALL_POLL_MS, lambda: self._follow(operation_id, polls - 1))
            else:
                panel.show_status(tr("No answer from the central database yet."))

        # Refused (unknown_operation): the counter's outbox no longer holds the call.
        ctx.run(
            lambda _r: desk.call_result(operation_id),
            got,
            lambda exc: panel.show_status(error_text(exc)),
        )
