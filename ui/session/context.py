"""What every flow of a session shares, in public: the visit, who acts, the language, the one
entry for a step change, and slow work off the GUI thread whose late results are dropped.

The flows (card visit, password and token login, joining, staff) and the file, queue and
terminals controllers are given this context; none of them reaches into another's members.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.domain.codes import TerminalMode
from app.services.session import Move, SessionMachine, Step, Trigger
from devices.card_backend import CardBackend
from ui.background import BackgroundOp
from ui.card_bridge import deliver
from ui.message_screens import Message
from ui.session.screens import SessionScreens
from ui.session.visit import Visit

log = logging.getLogger(__name__)


def _no_report(_done: int, _total: int | None = None, _label: str = "") -> None:
    pass


class SessionContext(QObject):
    """One terminal's session: the state machine, the visit, the clerk, the screens."""

    step_changed = Signal(str)

    def __init__(self, window, backend, card: CardBackend, screens: SessionScreens, parent=None):
        super().__init__(parent)
        self.window = window
        self.backend = backend
        self.card = card
        self.screens = screens
        self.machine = SessionMachine(window.mode)
        self.visit = Visit(0)
        self.staff = None  # counter mode: the clerk's StaffSession (and whether a card is read)
        self._on_ended: Callable[[], None] = lambda: None
        self._on_entered: Callable[[Step], None] = lambda _step: None

    @property
    def staff(self):
        """The clerk signed in at the counter; None in the kiosk or before a clerk signs in."""
        return self._staff

    @staff.setter
    def staff(self, staff) -> None:
        # At the counter a card is read only for a clerk signed in: before, nothing of a card
        # put in the reader is read or kept (the backend leaves it UNUSED at once).
        self._staff = staff
        self.card.accepting = self.mode == TerminalMode.KIOSK or staff is not None

    @property
    def mode(self) -> str:
        """kiosk or counter"""
        return self.window.mode

    @property
    def message(self):
        """The message screen (what happened, what comes next)."""
        return self.screens.message

    def bind(self, *, ended: Callable[[], None], entered: Callable[[Step], None]) -> None:
        """The session controller's: wipe when a visit ends, set up the step entered."""
        self._on_ended, self._on_entered = ended, entered

    # -- the one entry for every change ------------------------------------------------------
    def trigger(self, trigger: Trigger) -> Move:
        move = self.machine.handle(trigger)
        if move.ended:
            self._on_ended()
        if move.changed:
            self.enter(move.after)
        return move

    def enter(self, step: Step) -> None:
        """Show `step`'s screen and set it up (the controller's), then say so."""
        self._on_entered(step)
        self.step_changed.emit(step.value)

    def show_message(self, message: Message) -> None:
        self.screens.message.show_message(message)

    def queue_failed(self, exc: Exception) -> None:
        """Something the member asked for could not be queued: offline, refused (with the
        service's reason), or a fault; then back to the start."""
        if self.backend.is_offline(exc):
            self.show_message(Message("offline", "problem"))
        elif getattr(exc, "code", None):
            self.show_message(Message("refused", "problem", {"error": exc}))
        else:
            log.error("queueing failed: %s", type(exc).__name__)
            self.show_message(Message("fault", "problem"))
        self.trigger(Trigger.FAULT)

    # -- who, in which language ----------------------------------------------------------------
    def language(self) -> str:
        return self.window.translations.language or "fr"

    def actor(self) -> str:
        if self.staff is not None:
            return f"staff:{self.staff.login}"
        return "member"

    # -- slow work -----------------------------------------------------------------------------
    def current(self, generation: int) -> bool:
        return generation == self.visit.generation

    def _delivered(self, success, failure, lock):
        """`success` and `failure` wrapped: the screen `lock` enabled again, and nothing
        delivered once the visit that asked is over."""
        generation = self.visit.generation
        if lock is not None:
            lock.setEnabled(False)

        def unlock() -> None:
            if lock is not None:
                lock.setEnabled(True)

        def on_success(value):
            unlock()
            if self.current(generation):
                success(value)

        def on_failure(exc):
            unlock()
            if self.current(generation):
                failure(exc)

        return on_success, on_failure

    def run(self, op, success, failure, *, card: bool = False, progress=None, lock=None) -> None:
        """Run `op(report)` off the GUI thread; deliver only if the visit is still the same.

        `lock`: a screen disabled while the work runs, so a double tap sends nothing twice.
        `card`: card work (a PIN operation): on the card's own thread, after the read.
        """
        if card:
            self.run_card(lambda _reader: op(_no_report), success, failure, lock=lock)
            return
        generation = self.visit.generation
        on_success, on_failure = self._delivered(success, failure, lock)
        job = BackgroundOp(self, op, on_success)
        job.failure(on_failure)
        if progress is not None:
            job.with_progress(lambda value: self.current(generation) and progress(value))
        job.run()

    def run_card(self, job, success, failure, *, lock=None) -> None:
        """Run `job(reader)` as a PIN operation on this visit's card (devices/card_backend.py),
        after its read; deliver only if the visit is still the same."""
        on_success, on_failure = self._delivered(success, failure, lock)
        future = self.card.pin_operation(self.visit.card_serial, job)
        deliver(self, future, on_success, on_failure)
