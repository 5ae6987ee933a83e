"""Drives a visit: builds the screens and the flows, enters each step, and wipes when it ends.

Every step change goes through `SessionMachine.handle` (app/services/session.py), called by
`SessionContext.trigger`; this class carries out what entering a step means on screen, and the
wipe. The flows do the rest, each in its module: the card visit (ui/session/card_visit.py), the
password and token login (login.py), joining (joining.py), staff (staff.py); the member's file,
the work queue and the fleet's terminals have their own controllers. They share one public
`SessionContext` (run in background, language, actor, visit, message screen, trigger).

The card is the card backend's (devices/card_backend.py): it reads, verifies and runs the PIN
operations on its own thread; the session only listens, through ui/card_bridge.py.

When a visit ends (card out, timeout, "finish"), `_wipe` clears every screen, forgets the
`Visit` that held the member's data and releases their card; nothing of theirs is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.appliance.notify import IDLE, PRINTING, VISIT
from app.services.session import Step, Trigger
from devices.card_backend import CardBackend
from ui.appointments_controller import SlotsController
from ui.background import BackgroundOp
from ui.card_bridge import CardBridge
from ui.file_controller import FileController
from ui.printing import Printer
from ui.queue_controller import QueueController
from ui.session.card_visit import CardVisit
from ui.session.context import SessionContext
from ui.session.joining import Joining
from ui.session.login import Login
from ui.session.screens import STEP_SCREENS, SessionScreens
from ui.session.staff import Staff
from ui.session.tickets import Tickets
from ui.session.visit import Visit
from ui.terminals_controller import TerminalsController
from ui.widgets.countdown import InactivityWatch

S, T = Step, Trigger


class SessionController(QObject):
    """One terminal's session. `card`: the card backend, or a slot (tests, benchmarks), which
    is given a card backend with the kiosk backend's trust roots."""

    def __init__(
        self, window, backend, card, *, timeout_s: int = 90, warn_s: int = 20, printer=None
    ):
        super().__init__(window)
        if not isinstance(card, CardBackend):
            card = CardBackend(card, backend.trust)
        self.window = window
        self.backend = backend
        self.card = card
        self.printer = printer if printer is not None else Printer(None)
        self.screens = screens = SessionScreens(window)
        self.context = ctx = SessionContext(window, backend, card, screens, parent=self)
        ctx.bind(ended=self._wipe, entered=self._enter)
        self.bridge = bridge = CardBridge(card, self)
        self.file_controller = FileController(ctx, backend.file, screens.file, self.printer)
        self.queue_controller = QueueController(
            ctx, backend.counter, screens.queue, screens.member_file, self.printer
        )
        self.terminals_controller = TerminalsController(ctx, backend.counter, screens.terminals)
        self.slots_controller = SlotsController(ctx, backend.counter, screens.appointment_slots)
        self.joining = Joining(ctx)
        self.card_visit = CardVisit(ctx, bridge, not_member=self.joining.prepare)
        self.login_flow = Login(ctx)
        self.staff_flow = Staff(ctx, supervisor=self.terminals_controller.supervisor)
        self.tickets = Tickets(ctx, self.printer)  # queue tickets: welcome screen, desk
        bridge.on(bridge.state_changed, self.staff_flow.refresh_maintenance)
        screens.message.acknowledged.connect(lambda: self.trigger(T.BACK))
        screens.home.section_chosen.connect(self.file_controller.open)
        screens.member_file.section_chosen.connect(self.file_controller.open)
        screens.desk.open_queue.connect(self.queue_controller.open)
        screens.desk.open_terminals.connect(self.terminals_controller.open)
        screens.desk.open_slots.connect(self.slots_controller.open)
        self.timeout_s = timeout_s  # the configured idle limit; longer while speech is on
        self.inactivity = InactivityWatch(self, timeout_s=timeout_s, warn_s=warn_s)
        self.inactivity.expired.connect(lambda: self.trigger(T.TIMEOUT))
        self.inactivity.tick.connect(window.countdown.show_seconds)
        window.countdown.stay.clicked.connect(self.inactivity.poke)
        window.speech.enabled_changed.connect(self._speech_changed)
        card.start()
        ctx.enter(ctx.machine.step)

    def __getattr__(self, name: str):
        """The session's screens by role (`controller.pin`, `controller.desk`…)."""
        screens = self.__dict__.get("screens")
        if screens is not None and name in vars(screens):
            return vars(screens)[name]
        raise AttributeError(name)

    # -- what the session is doing ------------------------------------------------------------
    @property
    def machine(self):
        return self.context.machine

    @property
    def visit(self) -> Visit:
        return self.context.visit

    @property
    def step_changed(self):
        return self.context.step_changed

    @property
    def guard(self):
        """Kiosk mode: ui.lockdown.KioskGuard (the escape attempts, the permission to exit)."""
        return self.staff_flow.guard

    @guard.setter
    def guard(self, guard) -> None:
        self.staff_flow.guard = guard

    def trigger(self, trigger: Trigger):
        return self.context.trigger(trigger)

    def show_sync_status(self, status) -> None:
        self.staff_flow.show_sync_status(status)

    def activity(self) -> str:
        """What the terminal is doing, for systemd's STATUS= and the update restart
        (ui/watchdog.py): idle only at the first screen with no card left in the reader."""
        if self.file_controller.printing or self.tickets.printing is not None:
            return PRINTING
        machine = self.context.machine
        if machine.step == machine.start and not self.card.card_present:
            return IDLE
        return VISIT

    def stop(self) -> None:
        self.card.stop()

    # -- the idle limit while speech is on (issue 17) ------------------------------------------
    def _speech_changed(self, on: bool) -> None:
        """Speech on: the federation's longer limit from the terminal's reference copy (read off
        the GUI thread), never shorter than the configured one, twice it without a copy. Off
        (the member's choice, or the visit's end): the configured limit again."""
        if not on:
            self.inactivity.set_timeout(self.timeout_s)
            return
        read = getattr(self.backend, "speech_inactivity_seconds", None)
        if read is None:  # a backend without a reference copy
            self._speech_limit(None)
            return
        BackgroundOp(self.context, lambda _report: read(), self._speech_limit).failure(
            lambda _exc: self._speech_limit(None)
        ).run()

    def _speech_limit(self, seconds: int | None) -> None:
        if not self.window.speech.enabled:
            return  # turned off again meanwhile
        longer = seconds if seconds else self.timeout_s * 2
        self.inactivity.set_timeout(max(self.timeout_s, longer))

    # -- entering a step, ending a visit -------------------------------------------------------
    def _enter(self, step: Step) -> None:
        self.window.show_screen(STEP_SCREENS[step])
        if step in (S.WELCOME, S.STAFF_LOGIN):
            self.inactivity.disarm()
        elif not self.inactivity.active:
            self.inactivity.arm()
        if step == S.MAINTENANCE:
            self.staff_flow.show_maintenance()
        if step == S.MEMBER_FILE:  # the account and the dependants' access, to decide on
            self.queue_controller.member_file_shown()
        self.login_flow.entered(step)

    def _wipe(self) -> None:
        """The visit is over: forget it, release its card, and empty every screen."""
        ctx, screens = self.context, self.screens
        self.login_flow.discard_challenge()
        serial = ctx.visit.close()
        if serial is not None:
            self.card.release(serial)  # a no-op when the card already left
        ended = self.backend.take_visit()
        # A clerk signing out: after their member's visit is closed and what they queued is
        # pushed as them, in one job, in that order (app/services/kiosk.py staff_logout).
        clerk_leaves = ctx.machine.step == S.STAFF_LOGIN
        clerk = ctx.staff if clerk_leaves else None
        if ended is not None or clerk is not None:
            backend = self.backend

            def end(_report, ended=ended, clerk=clerk):
                if ended is not None:
                    backend.close_visit(ended, "ended")
                if clerk is not None:
                    backend.staff_logout(clerk)

            BackgroundOp(ctx, end, lambda _none: None).run()
        self.file_controller.visit_ended()
        self.queue_controller.visit_ended()
        self.slots_controller.visit_ended()
        ctx.visit = Visit(ctx.visit.generation + 1)
        for screen in self.window.screens.values():
            if screen is screens.desk and not clerk_leaves:
                screens.desk.clear_member()  # the member leaves; the clerk stays logged in
            elif screen is screens.desk:
                screens.desk.clear_all()
            else:
                screen.clear()
        if clerk_leaves:
            ctx.staff = None
        self.window.countdown.show_seconds(-1)
        self.window.keyboard.hide()
        # Speech silent and off, nothing of the member left to repeat, the normal mode.
        self.window.reset_access()
