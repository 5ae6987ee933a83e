"""Drives a visit: card events, background work, the state machine, the screens, the wipe.

Every step change goes through `SessionMachine.handle` (app/services/session.py); this class
only carries out what a step means on screen, runs the slow work off the GUI thread (card work
on a one-thread pool, so the card sees one command at a time; database work on the shared
pool), and drops late results: each piece of work carries the visit's generation, and a result
for an earlier visit is ignored.

When a visit ends (card out, timeout, "finish"), `_wipe` clears every screen and forgets the
`Visit` object that held the member's data; nothing of theirs is kept in a model or cache.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from app.appliance.notify import IDLE, PRINTING, VISIT
from app.domain.niss import Niss
from app.services.session import Move, SessionMachine, Step, Trigger
from devices import errors as card_errors
from devices.belpic.reader import EidReader, HolderData, PhotoRead
from ui.background import BackgroundOp
from ui.file_controller import FileController
from ui.messages import Message, card_problem, with_offline_note
from ui.printing import Printer
from ui.queue_controller import QueueController
from ui.screens.card import BusyScreen, PinScreen, ReadingScreen
from ui.screens.file import FileScreen
from ui.screens.join import JoinScreen
from ui.screens.login import CannotLoginScreen, ForgotPasswordScreen, LoginScreen, TokenLoginScreen
from ui.screens.member import ActivationScreen, DeactivatedScreen, HomeScreen
from ui.screens.message import MessageScreen
from ui.screens.queue import QueueScreen
from ui.screens.staff import DeskScreen, MaintenanceScreen, MemberFileScreen, StaffLoginScreen
from ui.screens.terminals import TerminalsScreen
from ui.terminals_controller import TerminalsController
from ui.widgets.countdown import InactivityWatch

log = logging.getLogger(__name__)
S, T = Step, Trigger


@dataclass
class Visit:
    """Everything of one member's visit; dropped as a whole when the visit ends."""

    generation: int
    transport: Any = None
    reader: EidReader | None = None
    holder: HolderData | None = None
    photo: bytes | None = None
    niss: str | None = None
    route: Any = None  # the backend's Route for this card
    mode: str | None = None  # eid / password / token
    first_name: str = ""
    token_challenge: Any = None
    join_values: dict | None = None
    read_done: bool = False  # the whole read (photo included) finished and was verified
    read_error: BaseException | None = None
    closed: bool = False

    def check_read(self) -> None:
        """Card work after the read (identification, signature) runs only on a card whose
        every file was verified: a photo that fails its hash stops the visit there."""
        if self.read_error is not None:
            raise self.read_error
        if not self.read_done:
            raise card_errors.VerificationFailed(
                card_errors.VerificationReason.PHOTO_HASH, "the card was not read completely"
            )

    def close(self) -> object:
        """Forget the member's data; returns the transport still to be closed (by the card
        thread: closing it may wait for an APDU in flight)."""
        transport = self.transport
        self.closed = True
        self.transport = self.reader = self.holder = self.photo = None
        self.route = self.niss = self.join_values = self.token_challenge = None
        return transport


class CardBridge(QObject):
    """Card events from the monitor thread to the GUI thread."""

    event = Signal(str)

    def publish(self, kind: str) -> None:
        self.event.emit(kind)


class SessionController(QObject):
    step_changed = Signal(str)

    def __init__(
        self, window, backend, slot, *, timeout_s: int = 90, warn_s: int = 20, printer=None
    ):
        super().__init__(window)
        self.window = window
        self.backend = backend
        self.slot = slot
        self.printer = printer if printer is not None else Printer(None)
        self.machine = SessionMachine(window.mode)
        self.generation = 0
        self.visit = Visit(0)
        self.card_pool = QThreadPool(self)
        self.card_pool.setMaxThreadCount(1)
        self.staff = None  # counter mode: the clerk's StaffSession
        self.guard = None  # kiosk mode: ui.lockdown.KioskGuard, set by ui.app
        self.sync_status = None
        self._build_screens()
        self.login.token_button.setVisible(getattr(backend, "identity_provider", None) is not None)
        self.inactivity = InactivityWatch(self, timeout_s=timeout_s, warn_s=warn_s)
        self.inactivity.expired.connect(lambda: self.trigger(T.TIMEOUT))
        self.inactivity.tick.connect(window.countdown.show_seconds)
        window.countdown.stay.clicked.connect(self.inactivity.poke)
        self.bridge = CardBridge(self)
        self.bridge.event.connect(self._card_event)
        self.slot.start(self.bridge.publish)
        self._enter(self.machine.step)

    # -- screens -------------------------------------------------------------------------------
    def _build_screens(self) -> None:
        w = self.window
        stack = w.stack
        self.reading = ReadingScreen(stack)
        self.pin = PinScreen(stack)
        self.sign_pin = PinScreen(stack, purpose=PinScreen.SIGN)
        self.staff_code = PinScreen(stack, purpose=PinScreen.STAFF)
        self.busy = BusyScreen(stack)
        self.message = MessageScreen(stack)
        self.home = HomeScreen(stack)
        self.activation = ActivationScreen(stack)
        self.deactivated = DeactivatedScreen(stack)
        self.login = LoginScreen(stack)
        self.token_login = TokenLoginScreen(stack)
        self.forgot = ForgotPasswordScreen(stack)
        self.cannot_login = CannotLoginScreen(stack)
        self.join = JoinScreen(stack)
        self.maintenance = MaintenanceScreen(stack)
        self.staff_login = StaffLoginScreen(stack)
        self.desk = DeskScreen(stack)
        self.member_file = MemberFileScreen(stack)
        self.file = FileScreen(stack)
        self.queue = QueueScreen(stack)
        self.terminals = TerminalsScreen(stack)
        for screen in (
            self.reading, self.pin, self.sign_pin, self.staff_code, self.busy, self.message,
            self.home, self.activation, self.deactivated, self.login, self.token_login,
            self.forgot, self.cannot_login, self.join, self.maintenance, self.staff_login,
            self.desk, self.member_file, self.file, self.queue, self.terminals,
        ):  # fmt: skip
            w.add_screen(screen)
        welcome = w.screens["welcome"]
        welcome.login_requested.connect(lambda: self.trigger(T.CHOOSE_LOGIN))
        welcome.staff_requested.connect(lambda: self.trigger(T.STAFF_CODE_ASKED))
        self.pin.pad.submitted.connect(self._pin_submitted)
        self.pin.cancelled.connect(lambda: self.trigger(T.LOGOUT))
        self.sign_pin.pad.submitted.connect(self._sign_pin_submitted)
        self.sign_pin.cancelled.connect(lambda: self.trigger(T.BACK))
        self.staff_code.pad.submitted.connect(self._staff_code_submitted)
        self.staff_code.cancelled.connect(lambda: self.trigger(T.BACK))
        self.message.acknowledged.connect(lambda: self.trigger(T.BACK))
        self.home.finish.connect(lambda: self.trigger(T.LOGOUT))
        self.activation.activate.connect(self._activate)
        self.activation.finish.connect(lambda: self.trigger(T.LOGOUT))
        self.deactivated.cannot_log_in.connect(lambda: self.trigger(T.CHOOSE_CANNOT_LOGIN))
        self.deactivated.finish.connect(lambda: self.trigger(T.LOGOUT))
        self.login.submitted.connect(self._password_login)
        self.login.back.connect(lambda: self.trigger(T.BACK))
        self.login.choose_token.connect(lambda: self.trigger(T.CHOOSE_TOKEN))
        self.login.choose_forgot.connect(lambda: self.trigger(T.CHOOSE_FORGOT))
        self.login.choose_cannot_login.connect(lambda: self.trigger(T.CHOOSE_CANNOT_LOGIN))
        self.token_login.back.connect(lambda: self.trigger(T.BACK))
        self.token_login.ask_position.connect(self._token_position)
        self.token_login.submitted.connect(self._token_login)
        self.forgot.back.connect(lambda: self.trigger(T.BACK))
        self.forgot.submitted.connect(self._forgot)
        self.cannot_login.back.connect(self._cannot_login_back)
        self.cannot_login.submitted.connect(self._cannot_login_send)
        self.join.back.connect(self._join_back)
        self.join.changed.connect(self._join_changed)
        self.join.sign.connect(self._join_sign)
        self.maintenance.back.connect(lambda: self.trigger(T.BACK))
        self.maintenance.exit_requested.connect(self._exit_program)
        self.staff_login.submitted.connect(self._staff_login)
        self.desk.search.connect(self._desk_search)
        self.desk.logout.connect(lambda: self.trigger(T.LOGOUT))
        self.member_file.back.connect(lambda: self.trigger(T.BACK))
        self.file_controller = FileController(self, self.backend.file, self.file, self.printer)
        self.home.section_chosen.connect(self.file_controller.open)
        self.member_file.section_chosen.connect(self.file_controller.open)
        self.queue_controller = QueueController(
            self, self.backend.counter, self.queue, self.member_file, self.printer
        )
        self.desk.open_queue.connect(self.queue_controller.open)
        self.terminals_controller = TerminalsController(self, self.backend.counter, self.terminals)
        self.desk.open_terminals.connect(self.terminals_controller.open)

    # -- the one entry for every change ------------------------------------------------------
    def trigger(self, trigger: Trigger) -> Move:
        move = self.machine.handle(trigger)
        if move.ended:
            self._wipe()
        if move.changed:
            self._enter(move.after)
        return move

    def _enter(self, step: Step) -> None:
        w = self.window
        screens = {
            S.WELCOME: "welcome",
            S.READING: "reading",
            S.PIN: "pin",
            S.IDENTIFYING: "busy",
            S.ROUTING: "busy",
            S.HOME: "home",
            S.ACTIVATION: "activation",
            S.DEACTIVATED: "deactivated",
            S.PENDING: "message",
            S.JOIN: "join",
            S.SIGN_PIN: "sign_pin",
            S.SIGNING: "busy",
            S.DONE: "message",
            S.CARD_PROBLEM: "message",
            S.OFFLINE: "message",
            S.LOGIN: "login",
            S.TOKEN_LOGIN: "token_login",
            S.FORGOT: "forgot",
            S.CANNOT_LOGIN: "cannot_login",
            S.STAFF_CODE: "staff_pin",
            S.MAINTENANCE: "maintenance",
            S.STAFF_LOGIN: "staff_login",
            S.DESK: "desk",
            S.MEMBER_FILE: "member_file",
            S.FILE: "file",
            S.QUEUE: "queue",
            S.TERMINALS: "terminals",
        }
        w.show_screen(screens[step])
        if step in (S.WELCOME, S.STAFF_LOGIN):
            self.inactivity.disarm()
        elif not self.inactivity.active:
            self.inactivity.arm()
        if step == S.MAINTENANCE:
            self._show_maintenance()
        if step == S.MEMBER_FILE:  # the account and the dependants' access, to decide on
            self.queue_controller.member_file_shown()
        if step == S.TOKEN_LOGIN:  # a position asked earlier is not valid any more
            if self.visit.token_challenge is not None:
                self.backend.discard_token_challenge(self.visit.token_challenge)
            self.visit.token_challenge = None
            self.token_login.ask_again()
        if step == S.CANNOT_LOGIN and self.visit.niss and not self.cannot_login.username.text():
            self.cannot_login.prefill(Niss(self.visit.niss).formatted())
        self.step_changed.emit(step.value)

    def _wipe(self) -> None:
        """The visit is over: forget it, and empty every screen."""
        challenge = self.visit.token_challenge
        if challenge is not None:
            self.backend.discard_token_challenge(challenge)
        transport = self.visit.close()
        if transport is not None:

            def close(_report, transport=transport):
                with contextlib.suppress(card_errors.DeviceError):
                    transport.close()

            BackgroundOp(self, close, lambda _none: None, pool=self.card_pool).run()
        ended = self.backend.take_visit()
        # A clerk signing out: after their member's visit is closed and what they queued is
        # pushed as them, in one job, in that order (app/services/kiosk.py staff_logout).
        clerk = self.staff if self.machine.step == S.STAFF_LOGIN else None
        if ended is not None or clerk is not None:
            backend = self.backend

            def end(_report, ended=ended, clerk=clerk):
                if ended is not None:
                    backend.close_visit(ended, "ended")
                if clerk is not None:
                    backend.staff_logout(clerk)

            BackgroundOp(self, end, lambda _none: None).run()
        self.file_controller.visit_ended()
        self.queue_controller.visit_ended()
        self.generation += 1
        self.visit = Visit(self.generation)
        clerk_leaves = self.machine.step == S.STAFF_LOGIN
        for screen in self.window.screens.values():
            if screen is self.desk and not clerk_leaves:
                self.desk.clear_member()  # the member leaves; the clerk stays logged in
            elif screen is self.desk:
                self.desk.clear_all()
            else:
                screen.clear()
        if self.machine.step == S.STAFF_LOGIN:
            self.staff = None
        self.window.countdown.show_seconds(-1)
        self.window.keyboard.hide()

    def _current(self, generation: int) -> bool:
        return generation == self.visit.generation

    def _run(self, op, success, failure, *, card: bool = False, progress=None, lock=None) -> None:
        """Run `op` off the GUI thread; deliver only if the visit is still the same.

        `lock`: a screen disabled while the work runs, so a double tap sends nothing twice.
        """
        generation = self.visit.generation
        if lock is not None:
            lock.setEnabled(False)

        def unlock() -> None:
            if lock is not None:
                lock.setEnabled(True)

        def on_success(value):
            unlock()
            if self._current(generation):
                success(value)

        def on_failure(exc):
            unlock()
            if self._current(generation):
                failure(exc)

        job = BackgroundOp(self, op, on_success, pool=self.card_pool if card else None)
        job.failure(on_failure)
        if progress is not None:
            job.with_progress(lambda value: self._current(generation) and progress(value))
        job.run()

    # -- the card --------------------------------------------------------------------------
    @Slot(str)
    def _card_event(self, kind: str) -> None:
        if kind == "inserted":
            move = self.trigger(T.CARD_INSERTED)
            if move.after == S.READING:
                self._read_card()
        elif kind == "removed":
            self.trigger(T.CARD_REMOVED)

    def _read_card(self) -> None:
        backend = self.backend
        slot = self.slot
        visit = self.visit

        def read(report):
            # Runs on the card thread: it only stores what it read in the visit; the GUI thread
            # shows it when the progress report arrives (name first, then the photo).
            transport = slot.open()
            if visit.closed:  # the visit ended while the card was being connected
                transport.close()
                return False
            visit.transport = transport
            reader = EidReader(transport, backend.trust)
            visit.reader = reader
            try:
                for item in reader.read_all(certificates=False):
                    if isinstance(item, HolderData):
                        visit.holder = item
                        report(1, 2, "holder")
                    elif isinstance(item, PhotoRead):
                        visit.photo = item.photo
                        report(2, 2, "photo")
            except Exception as exc:
                visit.read_error = exc
                raise
            visit.read_done = True
            return True

        def progressed(progress) -> None:
            if progress.label == "holder":
                self._show_holder(visit)
            elif progress.label == "photo" and visit.photo is not None:
                self.reading.show_photo(visit.photo)
                self.pin.show_photo(visit.photo)
                self.sign_pin.show_photo(visit.photo)

        self._run(read, lambda _done: None, self._card_failed, card=True, progress=progressed)

    def _show_holder(self, visit: Visit) -> None:
        if visit is not self.visit or visit.holder is None:
            return
        identity = visit.holder.identity
        if identity.validity_end < self.backend.today():
            # An expired card proves nothing any more: refused before the PIN is asked.
            self.message.show_message(Message("card_problem", "problem", {"reason": "expired"}))
            self.trigger(T.READ_FAILED)
            return
        visit.niss = identity.national_number.digits
        visit.first_name = identity.first_names.split(" ")[0]
        self.reading.show_holder(f"{identity.first_names} {identity.surname}")
        if self.window.mode == "counter":
            move = self.trigger(T.HOLDER_READ)
            if move.after == S.ROUTING:
                self._counter_route()
            return
        self.pin.prepare(f"{identity.first_names} {identity.surname}")
        self.trigger(T.HOLDER_READ)

    def _card_failed(self, exc: Exception) -> None:
        if isinstance(exc, card_errors.CardRemoved) and self.machine.step == S.WELCOME:
            return
        if not isinstance(exc, card_errors.DeviceError):
            log.error("card reading failed unexpectedly: %s", type(exc).__name__)
        if self.machine.step in (S.READING, S.PIN):
            self.message.show_message(card_problem(exc))
            self.trigger(T.READ_FAILED)
        # Any later step: the card work queued after the read (identification, the counter's
        # lookup) raises this same error from Visit.check_read and ends there.

    def _pin_submitted(self) -> None:
        pin = self.pin.pad.take_pin()
        if self.trigger(T.PIN_SUBMITTED).after != S.IDENTIFYING:
            return
        self.busy.show_busy("identify")
        visit = self.visit
        backend = self.backend

        def identify(_report):
            visit.check_read()
            return backend.identify(visit.reader, pin)

        self._run(identify, self._identified, self._identify_failed, card=True)

    def _identify_failed(self, exc: Exception) -> None:
        if isinstance(exc, card_errors.PinIncorrect):
            self.trigger(T.PIN_WRONG)
            self.pin.show_wrong_pin(exc.tries_left)
            return
        if isinstance(exc, card_errors.PinFormatError):
            self.trigger(T.PIN_WRONG)
            self.pin.show_wrong_pin(-1)
            return
        if not isinstance(exc, card_errors.DeviceError):
            log.error("identification failed unexpectedly: %s", type(exc).__name__)
        self.trigger(T.CARD_FAILED)
        self.message.show_message(card_problem(exc))

    def _identified(self, niss: str) -> None:
        if self.trigger(T.IDENTIFIED).after != S.ROUTING:
            return
        self.visit.niss = niss
        self.visit.mode = "eid"
        self.busy.show_busy("route")
        backend = self.backend
        self._run(lambda _r: backend.route(niss, mode="eid"), self._routed, self._route_failed)

    def _routed(self, route) -> None:
        visit = self.visit
        visit.route = route
        kind = route.kind
        if kind == "active_account":
            if self.trigger(T.ACTIVE_ACCOUNT).after == S.HOME:
                self.home.show_member(route.first_name or visit.first_name, visit.mode or "eid")
        elif kind == "no_account":
            if self.trigger(T.NO_ACCOUNT).after == S.ACTIVATION:
                self.activation.show_member(route.first_name, route.address_lines)
        elif kind == "account_deactivated":
            self.trigger(T.ACCOUNT_DEACTIVATED)
        elif kind in ("account_pending", "affiliation_pending"):
            if self.trigger(T.PENDING).after == S.PENDING:
                self.message.show_message(Message(kind, "info"))
        else:  # not a member: join
            if self.trigger(T.NOT_MEMBER).after == S.JOIN:
                self._prepare_join()

    def _route_failed(self, exc: Exception) -> None:
        if self.backend.is_offline(exc):
            self.message.show_message(Message("offline", "problem"))
            self.trigger(T.CENTRAL_OFFLINE)
            return
        log.error("looking up the card's owner failed: %s", type(exc).__name__)
        self.message.show_message(Message("fault", "problem"))
        self.trigger(T.FAULT)

    # -- activation, deactivated -------------------------------------------------------------
    def _activate(self) -> None:
        niss = self.visit.niss
        backend = self.backend

        def done(result):
            leaves_on, offline = result
            message = Message("activation_queued", "success", {"leaves_on": leaves_on})
            if self.trigger(T.QUEUED).after == S.DONE:
                self.message.show_message(with_offline_note(message, offline))

        language = self._language()
        self._run(
            lambda _r: backend.activate(niss, language=language),
            done,
            self._queue_failed,
            lock=self.activation,
        )

    def _queue_failed(self, exc: Exception) -> None:
        if self.backend.is_offline(exc):
            self.message.show_message(Message("offline", "problem"))
        elif getattr(exc, "code", None):
            self.message.show_message(Message("refused", "problem", {"error": exc}))
        else:
            log.error("queueing failed: %s", type(exc).__name__)
            self.message.show_message(Message("fault", "problem"))
        self.trigger(T.FAULT)

    # -- without a card ------------------------------------------------------------------------
    def _password_login(self, username: str, password: str) -> None:
        backend = self.backend
        self.login.show_error("")

        def done(result):
            self.visit.mode = result.mode
            self.visit.niss = result.niss
            if self.trigger(T.LOGGED_IN).after == S.HOME:
                self.home.show_member(result.first_name, result.mode)

        self._run(
            lambda _r: backend.password_login(username, password),
            done,
            self.login.show_problem,
            lock=self.login,
        )

    def _token_position(self, username: str) -> None:
        backend = self.backend
        self.token_login.show_error("")

        def done(challenge):
            self.visit.token_challenge = challenge
            self.token_login.show_position(challenge.position)

        self._run(
            lambda _r: backend.token_challenge(username),
            done,
            self.token_login.show_problem,
            lock=self.token_login,
        )

    def _token_login(self, username: str, password: str, code: str) -> None:
        backend = self.backend
        challenge = self.visit.token_challenge
        if challenge is None:
            self._token_position(username)
            return

        def done(result):
            self.visit.mode = result.mode
            self.visit.niss = result.niss
            if self.trigger(T.LOGGED_IN).after == S.HOME:
                self.home.show_member(result.first_name, result.mode)

        def failed(exc):
            # A challenge is good for one answer: after any failure a new position is asked.
            self.visit.token_challenge = None
            self.token_login.ask_again()
            self.token_login.show_problem(exc)

        self._run(
            lambda _r: backend.token_login(challenge, username, password, code),
            done,
            failed,
            lock=self.token_login,
        )

    def _forgot(self, niss_text: str) -> None:
        backend = self.backend

        def done(result):
            leaves_on, offline = result
            message = Message("password_letter", "success", {"leaves_on": leaves_on})
            if self.trigger(T.QUEUED).after == S.DONE:
                self.message.show_message(with_offline_note(message, offline))

        self._run(
            lambda _r: backend.forgot_password(niss_text),
            done,
            self.forgot.show_problem,
            lock=self.forgot,
        )

    def _cannot_login_back(self) -> None:
        if self.visit.mode == "eid" or self.visit.route is not None:
            self.trigger(T.LOGOUT)
        else:
            self.trigger(T.BACK)

    def _cannot_login_send(self, form: dict) -> None:
        backend = self.backend
        niss = self.visit.niss
        language = self._language()

        def done(offline: bool):
            if self.trigger(T.QUEUED).after == S.DONE:
                message = Message("help_queued", "success")
                self.message.show_message(with_offline_note(message, offline))

        self._run(
            lambda _r: backend.cannot_log_in(form, card_niss=niss, language=language),
            done,
            self.cannot_login.show_problem,
            lock=self.cannot_login,
        )

    # -- joining ---------------------------------------------------------------------------
    def _prepare_join(self) -> None:
        holder = self.visit.holder
        if holder is None:
            return
        identity, address = holder.identity, holder.address
        lines = [
            f"{identity.first_names} {identity.surname}",
            Niss(identity.national_number.digits).formatted(),
            address.street_and_number,
            f"{address.zip_code} {address.municipality}",
        ]
        self.join.prepare(lines, self.backend.mutualities)
        self._join_changed(self.join.values())

    def _join_changed(self, values: dict) -> None:
        previous = values.get("previous_mutuality")
        self.join.show_effective(bool(previous), self.backend.effective_date(previous))

    def _join_back(self) -> None:
        self.trigger(T.BACK if self.window.mode == "counter" else T.LOGOUT)

    def _join_sign(self, values: dict) -> None:
        visit = self.visit
        backend = self.backend
        language = self._language()
        self.join.show_error("")

        def checked(_draft):
            visit.join_values = values
            if self.trigger(T.SIGN).after == S.SIGN_PIN:
                identity = visit.holder.identity
                self.sign_pin.prepare(f"{identity.first_names} {identity.surname}")

        self._run(
            lambda _r: backend.check_join(visit.holder, values, language=language),
            checked,
            self.join.show_problem,
            lock=self.join,
        )

    def _sign_pin_submitted(self) -> None:
        pin = self.sign_pin.pad.take_pin()
        if self.trigger(T.PIN_SUBMITTED).after != S.SIGNING:
            return
        self.busy.show_busy("sign")
        visit = self.visit
        backend = self.backend
        actor = self._actor()
        language = self._language()

        def sign(_report):
            visit.check_read()
            return backend.sign_and_queue_join(
                visit.reader, visit.holder, visit.join_values, pin, actor=actor, language=language
            )

        def done(result):
            effective_on, previous, offline = result
            message = Message(
                "affiliation_queued",
                "success",
                {"effective_on": effective_on, "previous": previous},
            )
            self.message.show_message(with_offline_note(message, offline))
            self.trigger(T.SIGNED)

        def failed(exc):
            if isinstance(exc, card_errors.PinIncorrect):
                self.trigger(T.PIN_WRONG)
                self.sign_pin.show_wrong_pin(exc.tries_left)
                return
            if not isinstance(exc, card_errors.DeviceError):
                self._queue_failed(exc)  # not the card: refused, offline, or a fault
                return
            self.message.show_message(card_problem(exc))
            self.trigger(T.CARD_FAILED)

        self._run(sign, done, failed, card=True)

    def _language(self) -> str:
        return self.window.translations.language or "fr"

    def _actor(self) -> str:
        if self.staff is not None:
            return f"staff:{self.staff.login}"
        return "member"

    # -- staff -----------------------------------------------------------------------------
    def _staff_code_submitted(self) -> None:
        code = self.staff_code.pad.take_pin()
        backend = self.backend

        def checked(ok: bool) -> None:  # scrypt takes ~50 ms: not on the GUI thread
            if ok:
                self.trigger(T.STAFF_CODE_OK)
            else:
                self.staff_code.show_wrong_pin(-1)

        self._run(lambda _r: backend.check_staff_code(code), checked, self._queue_failed)

    def _show_maintenance(self) -> None:
        status = self.sync_status
        self.maintenance.show_status(
            reader=self.slot.status,
            online=None if status is None else status.online,
            pending=0 if status is None else status.pending,
            refused=0 if self.guard is None else self.guard.refused,
            problem=None if status is None else status.problem,
            detail=None if status is None else status.detail,
        )

    def _exit_program(self) -> None:
        if self.guard is not None:
            self.guard.allow_exit()
        self.window.close()

    def show_sync_status(self, status) -> None:
        self.sync_status = status
        if self.machine.step == S.MAINTENANCE:
            self._show_maintenance()

    def _staff_login(self, login: str, password: str) -> None:
        backend = self.backend

        def done(staff):
            self.staff = staff
            self.desk.show_clerk(staff.full_name)
            self.desk.show_supervisor(self.terminals_controller.supervisor())
            self.trigger(T.STAFF_LOGGED_IN)

        self._run(
            lambda _r: backend.staff_login(login, password),
            done,
            self.staff_login.show_problem,
            lock=self.staff_login,
        )

    def _desk_search(self, niss_text: str) -> None:
        backend = self.backend
        staff = self.staff

        def done(found):
            niss, lines = found
            self.visit.niss = niss
            if self.trigger(T.MEMBER_FOUND).after == S.MEMBER_FILE:
                self.member_file.show_member(lines)

        reason = self.desk.consult_reason()
        self._run(
            lambda _r: backend.open_member_file(staff, niss_text, reason=reason),
            done,
            self.desk.show_problem,
            lock=self.desk,
        )

    def _counter_route(self) -> None:
        backend = self.backend
        staff = self.staff
        visit = self.visit
        niss = visit.niss
        reason = self.desk.consult_reason()

        def find(_report):
            visit.check_read()  # queued after the read on the card thread: a forged photo stops
            return backend.find_by_card(staff, niss, reason=reason)

        def done(result):
            kind, lines = result
            if kind == "member":
                if self.trigger(T.MEMBER_FOUND).after == S.MEMBER_FILE:
                    self.member_file.show_member(lines)
            elif kind == "affiliation_pending":
                if self.trigger(T.PENDING).after == S.PENDING:
                    self.message.show_message(Message(kind, "info"))
            elif self.trigger(T.NOT_MEMBER).after == S.JOIN:
                self._prepare_join()

        def failed(exc):
            if isinstance(exc, card_errors.DeviceError):
                self.message.show_message(card_problem(exc))
                self.trigger(T.FAULT)
            else:
                self._route_failed(exc)

        self._run(find, done, failed, card=True)

    def activity(self) -> str:
        """What the terminal is doing, for systemd's STATUS= and the update restart
        (ui/watchdog.py): idle only at the first screen with no card left in the reader."""
        if self.file_controller.printing:
            return PRINTING
        card_in = getattr(self.slot, "card", None) is not None or self.slot.status == "card"
        if self.machine.step == self.machine.start and not card_in:
            return IDLE
        return VISIT

    def stop(self) -> None:
        self.slot.stop()
        self.card_pool.waitForDone(3000)


def today() -> dt.date:
    return dt.date.today()
