"""The visit that starts with the card: its news from the card backend, the PIN, the
identification, who the card belongs to, and the online account's activation.

The card backend (devices/card_backend.py) reads the card by itself once it is in; this flow
listens (through ui/card_bridge.py, on the GUI thread) and keeps only what belongs to this
visit's card: news of an earlier card, or of a card the session did not take, is ignored.

The card's special status (identity tag 0x10: a white or yellow cane) is health data (GDPR
art. 9): at the kiosk's PIN screen it only makes the screen offer speech and the large text,
which the member may choose (issue 17). It is read from the card's identity, which the visit
holds and drops at its end, and is never copied elsewhere, logged, sent or shown: the PIN screen
is told whether to offer, not why.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from app.domain.codes import LoginMode, RouteKind, TerminalMode
from app.services.session import Step, Trigger
from devices import errors as card_errors
from devices.belpic.identity import SpecialStatus
from ui.card_bridge import CardBridge
from ui.message_screens import Message, card_problem, with_offline_note
from ui.session.context import SessionContext

log = logging.getLogger(__name__)
S, T = Step, Trigger
# The statuses of a blind or partially sighted holder; 2 (extended minority) is a legal
# capacity, not a need (reference/accessibility.md §3).
_CANES = frozenset({
    SpecialStatus.WHITE_CANE,
    SpecialStatus.WHITE_CANE_EXTENDED_MINORITY,
    SpecialStatus.YELLOW_CANE,
    SpecialStatus.YELLOW_CANE_EXTENDED_MINORITY,
})  # fmt: skip


def offers_access(identity) -> bool:
    """Whether the PIN screen offers speech and the large text for this card's holder."""
    return identity.special_status in _CANES


class CardVisit(QObject):
    def __init__(self, ctx: SessionContext, bridge: CardBridge, *, not_member):
        super().__init__(ctx)
        self.ctx = ctx
        self._not_member = not_member  # the joining flow takes over
        screens = ctx.screens
        bridge.on(bridge.inserted, self._inserted)
        bridge.on(bridge.holder, self._holder)
        bridge.on(bridge.photo, self._photo)
        bridge.on(bridge.progressed, self._progressed)
        bridge.on(bridge.done, self._read_done)
        bridge.on(bridge.failed, self._read_failed)
        bridge.on(bridge.removed, self._removed)
        screens.pin.pad.submitted.connect(self._pin_submitted)
        screens.pin.cancelled.connect(lambda: ctx.trigger(T.LOGOUT))
        # The offer at the PIN screen: the member's choice, turned on as from the header.
        window = ctx.window
        screens.pin.speech_wanted.connect(lambda: window.speech.set_enabled(True))
        screens.pin.large_wanted.connect(lambda: window.appearance.set_large(True))
        window.speech.enabled_changed.connect(lambda _on: self._access_changed())
        window.appearance.changed.connect(lambda _on: self._access_changed())
        screens.home.finish.connect(lambda: ctx.trigger(T.LOGOUT))
        screens.activation.activate.connect(self._activate)
        screens.activation.finish.connect(lambda: ctx.trigger(T.LOGOUT))
        screens.deactivated.cannot_log_in.connect(lambda: ctx.trigger(T.CHOOSE_CANNOT_LOGIN))
        screens.deactivated.finish.connect(lambda: ctx.trigger(T.LOGOUT))

    def _mine(self, serial: int) -> bool:
        """News of this visit's card (not of an earlier one, nor of one the session left)."""
        visit = self.ctx.visit
        return visit.card is not None and visit.card_serial == serial

    # -- the card's news -----------------------------------------------------------------------
    def _inserted(self, serial: int) -> None:
        ctx = self.ctx
        if ctx.trigger(T.CARD_INSERTED).after == S.READING:
            ctx.visit.card, ctx.visit.card_serial = ctx.card, serial
        else:  # no clerk logged in at the counter: nothing of the card is read or kept
            ctx.card.release(serial)

    def _removed(self, _serial: int) -> None:
        self.ctx.trigger(T.CARD_REMOVED)  # ends the visit when it is the card's
        self.ctx.card.acknowledge()

    def _progressed(self, serial: int, done: int, _total: int) -> None:
        if self._mine(serial):
            self.ctx.screens.reading.show_stage(done)

    def _holder(self, serial: int, holder) -> None:
        if not self._mine(serial):
            return
        ctx, screens = self.ctx, self.ctx.screens
        visit = ctx.visit
        visit.holder = holder
        identity = holder.identity
        if identity.validity_end < ctx.backend.today():
            # An expired card proves nothing any more: refused before the PIN is asked.
            ctx.show_message(Message("card_problem", "problem", {"reason": "expired"}))
            ctx.trigger(T.READ_FAILED)
            return
        visit.niss = identity.national_number.digits
        visit.first_name = identity.first_names.split(" ")[0]
        full_name = f"{identity.first_names} {identity.surname}"
        screens.reading.show_holder(full_name)
        if ctx.mode == TerminalMode.COUNTER:
            ctx.trigger(T.HOLDER_READ)  # ROUTING: the file is looked up once the read is over
            return
        screens.pin.prepare(full_name)
        window = ctx.window
        screens.pin.offer_access(
            offers_access(identity), speech=window.speech.enabled, large=window.appearance.large
        )
        ctx.trigger(T.HOLDER_READ)

    def _access_changed(self) -> None:
        window = self.ctx.window
        self.ctx.screens.pin.show_access_state(
            speech=window.speech.enabled, large=window.appearance.large
        )

    def _photo(self, serial: int, photo: bytes) -> None:
        if not self._mine(serial):
            return
        screens = self.ctx.screens
        self.ctx.visit.photo = photo
        screens.reading.show_photo(photo)
        screens.pin.show_photo(photo)
        screens.sign_pin.show_photo(photo)

    def _read_done(self, serial: int) -> None:
        if not self._mine(serial):
            return
        self.ctx.visit.read_done = True
        if self.ctx.mode == TerminalMode.COUNTER and self.ctx.machine.step == S.ROUTING:
            self._counter_route()

    def _read_failed(self, serial: int, exc: BaseException) -> None:
        if not self._mine(serial):
            return
        ctx = self.ctx
        if not isinstance(exc, card_errors.DeviceError):
            log.error("card reading failed unexpectedly: %s", type(exc).__name__)
        step = ctx.machine.step
        if step in (S.READING, S.PIN):
            ctx.show_message(card_problem(exc))
            ctx.trigger(T.READ_FAILED)
        elif step == S.ROUTING and ctx.mode == TerminalMode.COUNTER:
            self._counter_route_failed(exc)
        # Any later step: the card work asked after the read (identification, a signature)
        # is refused by the card backend with this same error, and ends there.

    # -- the PIN and the identification --------------------------------------------------------
    def _pin_submitted(self) -> None:
        ctx, screens = self.ctx, self.ctx.screens
        pin = screens.pin.pad.take_pin()
        if ctx.trigger(T.PIN_SUBMITTED).after != S.IDENTIFYING:
            return
        screens.busy.show_busy("identify")
        backend = ctx.backend
        ctx.run_card(
            lambda reader: backend.identify(reader, pin), self._identified, self._identify_failed
        )

    def _identify_failed(self, exc: Exception) -> None:
        ctx = self.ctx
        if isinstance(exc, card_errors.PinIncorrect):
            ctx.trigger(T.PIN_WRONG)
            ctx.screens.pin.show_wrong_pin(exc.tries_left)
            return
        if isinstance(exc, card_errors.PinFormatError):
            ctx.trigger(T.PIN_WRONG)
            ctx.screens.pin.show_wrong_pin(-1)
            return
        if not isinstance(exc, card_errors.DeviceError):
            log.error("identification failed unexpectedly: %s", type(exc).__name__)
        ctx.trigger(T.CARD_FAILED)
        ctx.show_message(card_problem(exc))

    def _identified(self, niss: str) -> None:
        ctx = self.ctx
        if ctx.trigger(T.IDENTIFIED).after != S.ROUTING:
            return
        ctx.visit.niss = niss
        ctx.visit.mode = LoginMode.EID
        ctx.screens.busy.show_busy("route")
        backend = ctx.backend
        ctx.run(
            lambda _r: backend.route(niss, mode=LoginMode.EID), self._routed, self._route_failed
        )

    # -- who the card belongs to ---------------------------------------------------------------
    def _routed(self, route) -> None:
        ctx, screens = self.ctx, self.ctx.screens
        visit = ctx.visit
        visit.route = route
        kind = route.kind
        if kind == RouteKind.ACTIVE_ACCOUNT:
            if ctx.trigger(T.ACTIVE_ACCOUNT).after == S.HOME:
                screens.home.show_member(
                    route.first_name or visit.first_name, visit.mode or LoginMode.EID
                )
        elif kind == RouteKind.NO_ACCOUNT:
            if ctx.trigger(T.NO_ACCOUNT).after == S.ACTIVATION:
                screens.activation.show_member(route.first_name, route.address_lines)
        elif kind == RouteKind.ACCOUNT_DEACTIVATED:
            ctx.trigger(T.ACCOUNT_DEACTIVATED)
        elif kind in (RouteKind.ACCOUNT_PENDING, RouteKind.AFFILIATION_PENDING):
            if ctx.trigger(T.PENDING).after == S.PENDING:
                ctx.show_message(Message(kind, "info"))
        elif ctx.trigger(T.NOT_MEMBER).after == S.JOIN:  # not a member: join
            self._not_member()

    def _route_failed(self, exc: Exception) -> None:
        ctx = self.ctx
        if ctx.backend.is_offline(exc):
            ctx.show_message(Message("offline", "problem"))
            ctx.trigger(T.CENTRAL_OFFLINE)
            return
        log.error("looking up the card's owner failed: %s", type(exc).__name__)
        ctx.show_message(Message("fault", "problem"))
        ctx.trigger(T.FAULT)

    def _counter_route(self) -> None:
        """At the counter the clerk vouches for the person: the card read is enough."""
        ctx, screens = self.ctx, self.ctx.screens
        backend, staff, visit = ctx.backend, ctx.staff, ctx.visit
        niss = visit.niss
        reason = screens.desk.consult_reason()

        def find(_report):
            visit.check_read()  # a forged photo, or a card gone meanwhile, stops here
            return backend.find_by_card(staff, niss, reason=reason)

        def done(result):
            kind, lines = result
            if kind == RouteKind.MEMBER:
                if ctx.trigger(T.MEMBER_FOUND).after == S.MEMBER_FILE:
                    screens.member_file.show_member(lines)
            elif kind == RouteKind.AFFILIATION_PENDING:
                if ctx.trigger(T.PENDING).after == S.PENDING:
                    ctx.show_message(Message(kind, "info"))
            elif ctx.trigger(T.NOT_MEMBER).after == S.JOIN:
                self._not_member()

        ctx.run(find, done, self._counter_route_failed)

    def _counter_route_failed(self, exc: BaseException) -> None:
        if isinstance(exc, card_errors.DeviceError):
            self.ctx.show_message(card_problem(exc))
            self.ctx.trigger(T.FAULT)
        else:
            self._route_failed(exc)

    # -- the online account --------------------------------------------------------------------
    def _activate(self) -> None:
        ctx = self.ctx
        niss = ctx.visit.niss
        backend = ctx.backend

        def done(result):
            leaves_on, offline = result
            message = Message("activation_queued", "success", {"leaves_on": leaves_on})
            if ctx.trigger(T.QUEUED).after == S.DONE:
                ctx.show_message(with_offline_note(message, offline))

        language = ctx.language()
        ctx.run(
            lambda _r: backend.activate(niss, language=language),
            done,
            ctx.queue_failed,
            lock=ctx.screens.activation,
        )
