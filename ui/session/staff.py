"""Staff: the kiosk's staff code and maintenance screen; the clerk's login and desk."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.services.session import Step, Trigger
from ui.session.context import SessionContext

S, T = Step, Trigger


class Staff(QObject):
    def __init__(self, ctx: SessionContext, *, supervisor):
        super().__init__(ctx)
        self.ctx = ctx
        self._supervisor = supervisor  # whether the clerk may see the fleet's terminals
        self.guard = None  # kiosk mode: ui.lockdown.KioskGuard, set by ui.app
        self.sync_status = None
        screens = ctx.screens
        screens.welcome.staff_requested.connect(lambda: ctx.trigger(T.STAFF_CODE_ASKED))
        screens.staff_code.pad.submitted.connect(self._staff_code_submitted)
        screens.staff_code.cancelled.connect(lambda: ctx.trigger(T.BACK))
        screens.maintenance.back.connect(lambda: ctx.trigger(T.BACK))
        screens.maintenance.exit_requested.connect(self._exit_program)
        screens.staff_login.submitted.connect(self._staff_login)
        screens.desk.search.connect(self._desk_search)
        screens.desk.logout.connect(lambda: ctx.trigger(T.LOGOUT))
        screens.member_file.back.connect(lambda: ctx.trigger(T.BACK))

    # -- the kiosk's maintenance ---------------------------------------------------------------
    def _staff_code_submitted(self) -> None:
        ctx, screen = self.ctx, self.ctx.screens.staff_code
        code = screen.pad.take_pin()
        backend = ctx.backend

        def checked(ok: bool) -> None:  # scrypt takes ~50 ms: not on the GUI thread
            if ok:
                ctx.trigger(T.STAFF_CODE_OK)
            else:
                screen.show_wrong_pin(-1)

        ctx.run(lambda _r: backend.check_staff_code(code), checked, ctx.queue_failed)

    def show_maintenance(self) -> None:
        """The card from its state machine, the central database, the escape attempts."""
        ctx, status = self.ctx, self.sync_status
        ctx.screens.maintenance.show_status(
            card=ctx.card.state,
            simulated=ctx.card.simulated,
            online=None if status is None else status.online,
            pending=0 if status is None else status.pending,
            refused=0 if self.guard is None else self.guard.refused,
            problem=None if status is None else status.problem,
            detail=None if status is None else status.detail,
        )

    def refresh_maintenance(self, *_news) -> None:
        if self.ctx.machine.step == S.MAINTENANCE:
            self.show_maintenance()

    def show_sync_status(self, status) -> None:
        self.sync_status = status
        self.refresh_maintenance()

    def _exit_program(self) -> None:
        if self.guard is not None:
            self.guard.allow_exit()
        self.ctx.window.close()

    # -- the counter -----------------------------------------------------------------------------
    def _staff_login(self, login: str, password: str) -> None:
        ctx, screens = self.ctx, self.ctx.screens
        backend = ctx.backend

        def done(staff):
            ctx.staff = staff
            screens.desk.show_clerk(staff.full_name)
            screens.desk.show_supervisor(self._supervisor())
            ctx.trigger(T.STAFF_LOGGED_IN)

        ctx.run(
            lambda _r: backend.staff_login(login, password),
            done,
            screens.staff_login.show_problem,
            lock=screens.staff_login,
        )

    def _desk_search(self, niss_text: str) -> None:
        ctx, screens = self.ctx, self.ctx.screens
        backend = ctx.backend
        staff = ctx.staff

        def done(found):
            niss, lines = found
            ctx.visit.niss = niss
            if ctx.trigger(T.MEMBER_FOUND).after == S.MEMBER_FILE:
                screens.member_file.show_member(lines)

        reason = screens.desk.consult_reason()
        ctx.run(
            lambda _r: backend.open_member_file(staff, niss_text, reason=reason),
            done,
            screens.desk.show_problem,
            lock=screens.desk,
        )
