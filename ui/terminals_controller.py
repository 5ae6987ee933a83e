"""The supervisor's Terminals screen: the fleet read off the GUI thread, on opening, with
"Refresh", and again every minute while it shows (the terminals report every minute).

Given the session's context (ui/session/context.py) in counter mode, whose `run` it uses
(late results dropped).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from app.domain.codes import StaffRole
from app.services.session import Step, Trigger
from ui.messages import error_text

log = logging.getLogger(__name__)
S, T = Step, Trigger
REFRESH_EVERY_MS = 60_000


class TerminalsController(QObject):
    def __init__(self, context, backend, screen):
        super().__init__(context)
        self.sc = context
        self.backend = backend  # app.services.counter_backend.CounterBackend
        self.screen = screen  # ui.screens.terminals.TerminalsScreen
        self._asked = 0
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_EVERY_MS)
        self.timer.timeout.connect(self.refresh)
        screen.back.connect(lambda: self.sc.trigger(T.BACK))
        screen.refresh.connect(self.refresh)
        context.step_changed.connect(self._step_changed)

    def supervisor(self) -> bool:
        staff = self.sc.staff
        return staff is not None and staff.role != StaffRole.CLERK

    def open(self) -> None:
        """From the desk (its button shows to supervisors only; a clerk's login could not read
        the fleet anyway): the supervisor's agency first."""
        if not self.supervisor() or self.sc.trigger(T.OPEN_TERMINALS).after != S.TERMINALS:
            return
        staff, backend, screen = self.sc.staff, self.backend, self.screen

        def loaded(agencies) -> None:
            names = dict(agencies.all)
            mine = agencies.mine
            screen.show_agency((mine, names[mine]) if mine in names else None)
            self.refresh()

        self.sc.run(lambda _r: backend.agencies(staff), loaded, self._failed)

    def refresh(self) -> None:
        if self.sc.machine.step != S.TERMINALS:
            return
        staff, backend, screen = self.sc.staff, self.backend, self.screen
        agency_id = screen.agency_id
        self._asked += 1
        number = self._asked

        def shown(fleet) -> None:
            if number == self._asked:  # an older answer arriving late is dropped
                screen.show_fleet(fleet)

        self.sc.run(lambda _r: backend.terminals(staff, agency_id=agency_id), shown, self._failed)

    def _step_changed(self, step: str) -> None:
        if step == S.TERMINALS:
            self.timer.start()
        else:
            self.timer.stop()

    def _failed(self, exc: BaseException) -> None:
        if not getattr(exc, "code", None):
            log.error("reading the terminals failed: %s", type(exc).__name__)
        self.screen.show_problem(error_text(exc))
