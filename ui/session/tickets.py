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
from ui.background import BackgroundOp
from ui.messages import error_text, rejection_text
from ui.printing import PrintTask, printer_error_text
from ui.screens.ticket import TicketScreen
from ui.session.context import SessionContext

log = logging.getLogger(__name__)
S = Step
REFRESH_MS = 5000  # the welcome screen's tickets called
CALL_POLL_MS = 400  # how often a desk's call is looked at until the central side answers
CALL_POLLS = 50  # …for about 20 s, then the desk is told it has no answer yet
CALL_WAIT_MS = 5000  # after that, looked at this often until it is answered or the clerk leaves


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
        # The clerk's desk: raised when a clerk signs out, so what was asked for the previous
        # clerk (a call followed, the counts) never reaches the next one.
        self._desk_generation = 0
        self.following: str | None = None  # the call this desk follows: "Call" waits for it
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
            QTimer.singleShot(0, self, self.refresh)

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
            self._desk_generation += 1  # the clerk left: their call is no longer followed
            self.following = None
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

        # Not ctx.run: a ticket is nobody's visit. A card put in (and taken out) while it is
        # issued must not drop the number taken, nor its printing.
        BackgroundOp(self, issue, issued).failure(failed).run()

    def _print(self, pdf: bytes) -> None:
        task = self.printing = PrintTask(self.printer, pdf)
        screen = self.screen
        screen.show_status(tr("Printing your ticket…"))

        def finished() -> None:
            if self.printing is task:  # a later ticket may be printing now
                self.printing = None

        def done(_result) -> None:
            finished()
            screen.show_status(tr("Take your ticket from the printer."))

        def failed(exc) -> None:
            finished()
            if getattr(exc, "failure", None) is None:
                log.error("the ticket was not printed: %s", type(exc).__name__)
            screen.show_printer_problem(printer_error_text(exc))

        # Whatever the visit does meanwhile, the answer comes back and `printing` is reset:
        # activity() (the update restart) waits for it.
        BackgroundOp(self, task.run, done).failure(failed).run()

    # -- the counter desk --------------------------------------------------------------------
    def _for_this_clerk(self, op, success, failure) -> None:
        """`op` off the GUI thread, its answer delivered only while the same clerk is signed
        in. Not ctx.run: a member's visit ending at the desk must not drop a call's answer."""
        generation = self._desk_generation

        def current(callback):
            def deliver(value) -> None:
                if generation == self._desk_generation:
                    callback(value)

            return deliver

        BackgroundOp(self, op, current(success)).failure(current(failure)).run()

    def _load_waiting(self) -> None:
        desk, staff = self.desk, self.ctx.staff
        if desk is None or staff is None:
            return
        panel = self.ctx.screens.desk.tickets
        self._for_this_clerk(lambda _r: desk.waiting(staff), panel.show_waiting, lambda _e: None)

    def _call(self, service: str) -> None:
        desk, staff = self.desk, self.ctx.staff
        if desk is None or staff is None or self.following is not None:
            return
        panel = self.ctx.screens.desk.tickets
        self.following = "queued"  # "Call" stays disabled until this call is answered
        panel.set_calling(True)

        def queued(sent) -> None:
            operation_id, offline = sent
            self.following = operation_id
            if offline:
                panel.show_status(
                    tr("The central database cannot be reached: the call is sent when it is.")
                )
            self._follow(operation_id, CALL_POLLS)

        def failed(exc) -> None:
            self._followed()
            panel.show_status(error_text(exc))

        self._for_this_clerk(lambda _r: desk.call_next(staff, service), queued, failed)

    def _followed(self) -> None:
        """The call is answered (or lost): the desk may call again."""
        self.following = None
        self.ctx.screens.desk.tickets.set_calling(False)

    def _follow(self, operation_id: str, polls: int) -> None:
        desk, panel = self.desk, self.ctx.screens.desk.tickets
        if self.following != operation_id:
            return  # the clerk signed out since

        def got(result) -> None:
            if self.following != operation_id:
                return
            if result.state == OutboxState.APPLIED:
                self._followed()
                panel.show_called(result.number)
                self._load_waiting()
            elif result.state == OutboxState.REJECTED:
                self._followed()
                panel.show_status(rejection_text(result.reason))
            else:
                if polls == 1:  # the fast polls are over: it waits for the central side
                    panel.show_status(
                        tr("No answer from the central database yet: the call waits to be sent.")
                    )
                delay = CALL_POLL_MS if polls > 1 else CALL_WAIT_MS
                QTimer.singleShot(
                    delay, self, lambda: self._follow(operation_id, max(polls - 1, 1))
                )

        def failed(exc) -> None:
            # Refused (unknown_operation): the counter's outbox no longer holds the call.
            if self.following == operation_id:
                self._followed()
                panel.show_status(error_text(exc))

        self._for_this_clerk(lambda _r: desk.call_result(operation_id), got, failed)
