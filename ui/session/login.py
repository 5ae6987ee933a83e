"""The visit without a card: a password or a token code, the forgotten password's letter, the
"I cannot log in" question, the online access by post, and the member's own password."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.domain.codes import LoginMode
from app.domain.niss import Niss
from app.services.session import Step, Trigger
from ui.message_screens import Message, with_offline_note
from ui.session.context import SessionContext

S, T = Step, Trigger


class Login(QObject):
    def __init__(self, ctx: SessionContext):
        super().__init__(ctx)
        self.ctx = ctx
        screens = ctx.screens
        screens.welcome.login_requested.connect(lambda: ctx.trigger(T.CHOOSE_LOGIN))
        screens.login.token_button.setVisible(
            getattr(ctx.backend, "identity_provider", None) is not None
        )
        screens.login.submitted.connect(self._password_login)
        screens.login.back.connect(lambda: ctx.trigger(T.BACK))
        screens.login.choose_token.connect(lambda: ctx.trigger(T.CHOOSE_TOKEN))
        screens.login.choose_forgot.connect(lambda: ctx.trigger(T.CHOOSE_FORGOT))
        screens.login.choose_cannot_login.connect(lambda: ctx.trigger(T.CHOOSE_CANNOT_LOGIN))
        screens.token_login.back.connect(lambda: ctx.trigger(T.BACK))
        screens.token_login.ask_position.connect(self._token_position)
        screens.token_login.submitted.connect(self._token_login)
        screens.forgot.back.connect(lambda: ctx.trigger(T.BACK))
        screens.forgot.submitted.connect(self._forgot)
        screens.cannot_login.back.connect(self._cannot_login_back)
        screens.cannot_login.submitted.connect(self._cannot_login_send)
        screens.login.choose_register.connect(lambda: ctx.trigger(T.CHOOSE_REGISTER))
        screens.register.back.connect(lambda: ctx.trigger(T.BACK))
        screens.register.submitted.connect(self._register)
        screens.home.change_password.connect(lambda: ctx.trigger(T.CHOOSE_CHANGE_PASSWORD))
        screens.change_password.back.connect(lambda: ctx.trigger(T.BACK))
        screens.change_password.submitted.connect(self._change_password)

    def entered(self, step: Step) -> None:
        ctx, screens = self.ctx, self.ctx.screens
        visit = ctx.visit
        if step == S.TOKEN_LOGIN:  # a position asked earlier is not valid any more
            self.discard_challenge()
            screens.token_login.ask_again()
        if step == S.CANNOT_LOGIN and visit.niss and not screens.cannot_login.username.text():
            screens.cannot_login.prefill(Niss(visit.niss).formatted())
        if step in (S.FIRST_PASSWORD, S.CHANGE_PASSWORD):
            screens.change_password.set_forced(step == S.FIRST_PASSWORD)

    def discard_challenge(self) -> None:
        """A token position asked is good for one answer: forgotten when not used."""
        visit = self.ctx.visit
        if visit.token_challenge is not None:
            self.ctx.backend.discard_token_challenge(visit.token_challenge)
        visit.token_challenge = None

    def _logged_in(self, result) -> None:
        ctx = self.ctx
        ctx.visit.mode = result.mode
        ctx.visit.niss = result.niss
        ctx.screens.home.show_member(result.first_name, result.mode)
        if getattr(result, "must_change", False):
            # A letter's password: the member chooses their own before anything else.
            ctx.trigger(T.MUST_CHANGE_PASSWORD)
            return
        ctx.trigger(T.LOGGED_IN)

    def _change_password(self, current: str, new: str, again: str) -> None:
        ctx, screen = self.ctx, self.ctx.screens.change_password
        backend = ctx.backend
        screen.show_error("")

        def done(_none) -> None:
            if ctx.trigger(T.PASSWORD_CHANGED).after == S.HOME:
                ctx.screens.home.show_notice("password_changed")

        ctx.run(
            lambda _r: backend.change_password(current, new, again),
            done,
            screen.show_problem,
            lock=screen,
        )

    def _register(self, niss_text: str) -> None:
        ctx, screen = self.ctx, self.ctx.screens.register
        backend = ctx.backend
        language = ctx.language()

        def done(result):
            leaves_on, offline = result
            message = Message("access_letter", "success", {"leaves_on": leaves_on})
            if ctx.trigger(T.QUEUED).after == S.DONE:
                ctx.show_message(with_offline_note(message, offline))

        ctx.run(
            lambda _r: backend.register_by_number(niss_text, language=language),
            done,
            screen.show_problem,
            lock=screen,
        )

    def _password_login(self, username: str, password: str) -> None:
        ctx, screen = self.ctx, self.ctx.screens.login
        backend = ctx.backend
        screen.show_error("")
        ctx.run(
            lambda _r: backend.password_login(username, password),
            self._logged_in,
            screen.show_problem,
            lock=screen,
        )

    def _token_position(self, username: str) -> None:
        ctx, screen = self.ctx, self.ctx.screens.token_login
        backend = ctx.backend
        screen.show_error("")

        def done(challenge):
            ctx.visit.token_challenge = challenge
            screen.show_position(challenge.position)

        ctx.run(
            lambda _r: backend.token_challenge(username), done, screen.show_problem, lock=screen
        )

    def _token_login(self, username: str, password: str, code: str) -> None:
        ctx, screen = self.ctx, self.ctx.screens.token_login
        backend = ctx.backend
        challenge = ctx.visit.token_challenge
        if challenge is None:
            self._token_position(username)
            return

        def failed(exc):
            # A challenge is good for one answer: after any failure a new position is asked.
            ctx.visit.token_challenge = None
            screen.ask_again()
            screen.show_problem(exc)

        ctx.run(
            lambda _r: backend.token_login(challenge, username, password, code),
            self._logged_in,
            failed,
            lock=screen,
        )

    def _forgot(self, niss_text: str) -> None:
        ctx, screen = self.ctx, self.ctx.screens.forgot
        backend = ctx.backend

        def done(result):
            leaves_on, offline = result
            message = Message("password_letter", "success", {"leaves_on": leaves_on})
            if ctx.trigger(T.QUEUED).after == S.DONE:
                ctx.show_message(with_offline_note(message, offline))

        ctx.run(lambda _r: backend.forgot_password(niss_text), done, screen.show_problem,
                lock=screen)  # fmt: skip

    def _cannot_login_back(self) -> None:
        visit = self.ctx.visit
        if visit.mode == LoginMode.EID or visit.route is not None:
            self.ctx.trigger(T.LOGOUT)
        else:
            self.ctx.trigger(T.BACK)

    def _cannot_login_send(self, form: dict) -> None:
        ctx, screen = self.ctx, self.ctx.screens.cannot_login
        backend = ctx.backend
        niss = ctx.visit.niss
        language = ctx.language()

        def done(offline: bool):
            if ctx.trigger(T.QUEUED).after == S.DONE:
                message = Message("help_queued", "success")
                ctx.show_message(with_offline_note(message, offline))

        ctx.run(
            lambda _r: backend.cannot_log_in(form, card_niss=niss, language=language),
            done,
            screen.show_problem,
            lock=screen,
        )
