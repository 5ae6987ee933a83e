"""Joining the mutuality: the form filled from the card, then signed by the card after its PIN."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.domain.codes import TerminalMode
from app.domain.niss import Niss
from app.services.session import Step, Trigger
from devices import errors as card_errors
from ui.message_screens import Message, card_problem, with_offline_note
from ui.session.context import SessionContext

S, T = Step, Trigger


class Joining(QObject):
    def __init__(self, ctx: SessionContext):
        super().__init__(ctx)
        self.ctx = ctx
        screens = ctx.screens
        screens.join.back.connect(self._back)
        screens.join.changed.connect(self._changed)
        screens.join.sign.connect(self._sign)
        screens.sign_pin.pad.submitted.connect(self._sign_pin_submitted)
        screens.sign_pin.cancelled.connect(lambda: ctx.trigger(T.BACK))

    def prepare(self) -> None:
        """The form, filled with what the card says of its holder."""
        ctx = self.ctx
        holder = ctx.visit.holder
        if holder is None:
            return
        identity, address = holder.identity, holder.address
        lines = [
            f"{identity.first_names} {identity.surname}",
            Niss(identity.national_number.digits).formatted(),
            address.street_and_number,
            f"{address.zip_code} {address.municipality}",
        ]
        ctx.screens.join.prepare(lines, ctx.backend.mutualities)
        self._changed(ctx.screens.join.values())

    def _changed(self, values: dict) -> None:
        previous = values.get("previous_mutuality")
        self.ctx.screens.join.show_effective(
            bool(previous), self.ctx.backend.effective_date(previous)
        )

    def _back(self) -> None:
        self.ctx.trigger(T.BACK if self.ctx.mode == TerminalMode.COUNTER else T.LOGOUT)

    def _sign(self, values: dict) -> None:
        ctx, screens = self.ctx, self.ctx.screens
        visit = ctx.visit
        backend = ctx.backend
        language = ctx.language()
        screens.join.show_error("")

        def checked(_draft):
            visit.join_values = values
            if ctx.trigger(T.SIGN).after == S.SIGN_PIN:
                identity = visit.holder.identity
                screens.sign_pin.prepare(f"{identity.first_names} {identity.surname}")

        ctx.run(
            lambda _r: backend.check_join(visit.holder, values, language=language),
            checked,
            screens.join.show_problem,
            lock=screens.join,
        )

    def _sign_pin_submitted(self) -> None:
        ctx, screens = self.ctx, self.ctx.screens
        pin = screens.sign_pin.pad.take_pin()
        if ctx.trigger(T.PIN_SUBMITTED).after != S.SIGNING:
            return
        screens.busy.show_busy("sign")
        visit = ctx.visit
        backend = ctx.backend
        actor = ctx.actor()
        language = ctx.language()
        holder, values = visit.holder, visit.join_values

        def sign(reader):
            return backend.sign_and_queue_join(
                reader, holder, values, pin, actor=actor, language=language
            )

        def done(result):
            effective_on, previous, offline = result
            message = Message(
                "affiliation_queued",
                "success",
                {"effective_on": effective_on, "previous": previous},
            )
            ctx.show_message(with_offline_note(message, offline))
            ctx.trigger(T.SIGNED)

        def failed(exc):
            if isinstance(exc, card_errors.PinIncorrect):
                ctx.trigger(T.PIN_WRONG)
                screens.sign_pin.show_wrong_pin(exc.tries_left)
                return
            if not isinstance(exc, card_errors.DeviceError):
                ctx.queue_failed(exc)  # not the card: refused, offline, or a fault
                return
            ctx.show_message(card_problem(exc))
            ctx.trigger(T.CARD_FAILED)

        ctx.run_card(sign, done, failed)
