"""Appointments: the file section's actions (book, move, cancel, the confirmation printed or
saved) and the counter's slot screen (the day list per agency, slots opened and withdrawn).

`AppointmentsController` is made by FileController (ui/file_controller.py), which lends it its
means as it does to the incapacity section's: `run` off the GUI thread (late answers dropped),
the visit's session, language and actor, and its printing and saving. A change goes through the
outbox; its answer is awaited as the counter's certificate form awaits its own: the outbox is
asked what became of the operation (`appointment_outcome`) every second for a while. A slot
someone took just before (`slot_taken`) brings the next free times of the same agency and
service at once. Nothing of the member is kept here: the page holds what it shows.

`SlotsController` drives ui/screens/appointment_slots.py for a clerk signed in at the counter.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.domain.clock import BRUSSELS
from app.domain.codes import OutboxState
from app.services.session import Step, Trigger
from ui.messages import error_text, rejection_text

log = logging.getLogger(__name__)
S, T = Step, Trigger
FOLLOW_EVERY_MS = 1000
FOLLOW_TRIES = 20  # results come back with the sync worker's next round
SLOT_TAKEN = "slot_taken"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files a bare tr() there


def sent_of(queued) -> tuple[str, bool]:
    """(operation id, offline now) of what a backend method queued: a `Sent`, or the
    `Queued` with the offline flag."""
    if isinstance(queued, tuple):
        queued, offline = queued
        return str(queued.operation_id), bool(offline)
    return str(queued.operation_id), bool(queued.offline)


class Follower(QObject):
    """Asks `outcome(operation_id)` every second until the central side answered, or we stop
    asking (`unanswered`): what the counter's queue does for its own operations."""

    def __init__(self, context, outcome, parent=None):
        super().__init__(parent)
        self.sc = context
        self.outcome = outcome  # operation id → Outcome (state, reason)
        self._following: dict[str, tuple] = {}
        self._tries: dict[str, int] = {}

    def follow(self, operation_id: str, *, applied, refused, unanswered) -> None:
        self._following[operation_id] = (applied, refused, unanswered)
        self._tries[operation_id] = FOLLOW_TRIES
        QTimer.singleShot(FOLLOW_EVERY_MS, self, lambda: self.check(operation_id))

    def check(self, operation_id: str | None = None) -> None:
        """Look now (the tests call it once results are back)."""
        outcome = self.outcome
        for op in [operation_id] if operation_id else list(self._following):
            if op not in self._following:
                continue

            def seen(result, op=op) -> None:
                if op not in self._following:
                    return
                applied, refused, _unanswered = self._following[op]
                if result.state == OutboxState.APPLIED:
                    del self._following[op]
                    applied()
                elif result.state == OutboxState.REJECTED:
                    del self._following[op]
                    refused(result.reason)
                else:
                    self._not_yet(op)

            self.sc.run(lambda _r, op=op: outcome(op), seen, lambda _e, op=op: self._not_yet(op))

    def _not_yet(self, op: str) -> None:
        if op not in self._following:
            return
        self._tries[op] -= 1
        if self._tries[op] > 0:
            QTimer.singleShot(FOLLOW_EVERY_MS, self, lambda: self.check(op))
            return
        self._following.pop(op)[2]()

    def stop(self) -> None:
        self._following.clear()
        self._tries.clear()


class AppointmentsController(QObject):
    def __init__(self, files):
        super().__init__(files)
        self.files = files  # ui.file_controller.FileController
        self.page = page = files.screen.appointments
        self.follower = Follower(files.sc, lambda op: self._backend.appointment_outcome(op), self)
        page.service_chosen.connect(self._agencies)
        page.slots_asked.connect(self._slots)
        page.book.connect(self._book)
        page.move.connect(self._move)
        page.cancel.connect(self._cancel)
        page.print_confirmation.connect(lambda a: self._confirmation(a, save=False))
        page.save_confirmation.connect(lambda a: self._confirmation(a, save=True))

    @property
    def _backend(self):
        return self.files.backend

    def visit_ended(self) -> None:
        self.follower.stop()

    # -- reads -----------------------------------------------------------------------------
    def _reload(self, then=None) -> None:
        """The member's list again (a change queued, applied or refused)."""
        f, backend, page = self.files, self._backend, self.page
        session = f._session()

        def shown(appointments) -> None:
            page.show_appointments(appointments)
            if then is not None:
                then(appointments)

        f._run(lambda _r: backend.my_appointments(session), *f._latest("appointments", shown))

    def _agencies(self, service: str) -> None:
        f, backend = self.files, self._backend
        session = f._session()

        def agencies(_r):  # and the member's own, offered first
            return service, backend.agencies_with_slots(service), backend.home_agency(session)

        f._run(agencies, *f._latest("appointment_agencies", self.page.show_agencies))

    def _slots(self, agency_id: int, service: str, after=None) -> None:
        f, backend = self.files, self._backend
        f._run(
            lambda _r: (agency_id, service, backend.free_slots(agency_id, service, after=after)),
            *f._latest("appointment_slots", self.page.show_slots),
        )

    # -- changes ---------------------------------------------------------------------------
    def _book(self, slot, subject: str) -> None:
        f, backend = self.files, self._backend
        session, actor = f._session(), f._actor()
        self._send(
            lambda _r: backend.book_appointment(session, slot, subject or None, actor=actor), slot
        )

    def _move(self, appointment, slot) -> None:
        f, backend = self.files, self._backend
        session, actor = f._session(), f._actor()
        self._send(
            lambda _r: backend.move_appointment(session, appointment.id, slot, actor=actor), slot
        )

    def _send(self, queue_it, slot) -> None:
        """Booked or moved: waits for the central side's answer; booked, the confirmation is
        offered; a time someone took first, the next free times of that agency and service."""
        page = self.page

        def queued(result) -> None:
            operation_id, offline = sent_of(result)
            page.waiting(offline)
            self._reload()
            self.follower.follow(
                operation_id,
                applied=lambda: self._reload(lambda mine: self._booked(mine, slot)),
                refused=lambda why: self._refused(why, slot),
                unanswered=lambda: (page.unanswered(), self._reload()),
            )

        def failed(exc) -> None:  # seen taken already on this side: the same answer
            if getattr(exc, "code", None) == SLOT_TAKEN:
                self._refused(SLOT_TAKEN, slot)
            else:
                page.show_problem(error_text(exc))

        self.files._run(queue_it, queued, failed, lock=page.booking)

    def _booked(self, mine, slot) -> None:
        """Applied: the member's appointment in that slot now (its id, for the confirmation)."""
        done = next(
            (a for a in mine if a.slot.id == slot.id and a.id is not None and not a.waiting_here),
            None,
        )
        if done is None:  # applied, yet not among theirs: the list shows where it is
            self.page.unanswered()
            return
        self.page.booked(done)

    def _refused(self, reason: str | None, slot) -> None:
        self._reload()
        if reason == SLOT_TAKEN:
            self.page.slot_taken()
            self._slots(slot.agency_id, slot.service, after=slot.starts_at)
        else:
            self.page.show_problem(rejection_text(reason))

    def _cancel(self, appointment) -> None:
        f, backend, page = self.files, self._backend, self.page
        session, actor = f._session(), f._actor()

        def queued(result) -> None:
            operation_id, offline = sent_of(result)
            page.cancel_sent(offline)
            self._reload()
            self.follower.follow(
                operation_id,
                applied=lambda: (page.cancelled(), self._reload()),
                refused=lambda why: (page.show_problem(rejection_text(why)), self._reload()),
                unanswered=self._reload,
            )

        f._run(
            lambda _r: backend.cancel_appointment(session, appointment.id, actor=actor),
            queued,
            lambda exc: page.show_problem(error_text(exc)),
            lock=page.mine,
        )

    def _confirmation(self, appointment, *, save: bool) -> None:
        f, backend = self.files, self._backend
        session, language = f._session(), f._language()
        f._output(
            lambda: backend.appointment_confirmation(session, appointment, language=language),
            tr("appointment-confirmation"),
            save,
        )


def brussels_starts(day: dt.date, start: dt.time, end: dt.time, every: int) -> list[dt.datetime]:
    """The slots' starts from `start` to `end` (the last one ends by then) every `every` minutes,
    on a Brussels day, as aware UTC moments (a summer-time change is Brussels' own)."""
    first = dt.datetime.combine(day, start, tzinfo=BRUSSELS)
    last = dt.datetime.combine(day, end, tzinfo=BRUSSELS)
    starts, moment = [], first
    while moment + dt.timedelta(minutes=every) <= last:
        starts.append(moment.astimezone(dt.UTC))
        moment += dt.timedelta(minutes=every)
    return starts


class SlotsController(QObject):
    """The counter's slot screen: an agency's day, its slots opened and withdrawn."""

    def __init__(self, context, backend, screen):
        super().__init__(context)
        self.sc = context
        self.backend = backend  # app.services.counter_backend.CounterBackend
        self.screen = screen  # ui.screens.appointment_slots.AppointmentSlotsScreen
        self._asked = 0
        self.follower = Follower(context, lambda op: backend.outcome(op), self)
        screen.back.connect(lambda: self.sc.trigger(T.BACK))
        screen.refresh.connect(self.refresh)
        screen.open_slots.connect(self._open)
        screen.withdraw.connect(self._withdraw)

    def open(self) -> None:
        """From the desk: the clerk's agency, today."""
        if self.sc.trigger(T.OPEN_SLOTS).after != S.APPOINTMENT_SLOTS:
            return
        staff, backend, screen = self.sc.staff, self.backend, self.screen

        def loaded(agencies) -> None:
            screen.show_agencies(agencies, today=self.sc.backend.today())
            self.refresh()

        self.sc.run(lambda _r: backend.agencies(staff), loaded, self._failed)

    def refresh(self) -> None:
        if self.sc.machine.step != S.APPOINTMENT_SLOTS:
            return
        staff, backend, screen = self.sc.staff, self.backend, self.screen
        agency_id, day = screen.agency_id, screen.day
        if agency_id is None or day is None:
            return
        self._asked += 1
        number = self._asked

        def shown(entries) -> None:
            if number == self._asked:  # an older answer arriving late is dropped
                screen.show_day(entries)

        self.sc.run(
            lambda _r: backend.day_list(staff, agency_id=agency_id, day=day), shown, self._failed
        )

    def _open(self, form: dict) -> None:
        """`form`: agency_id, service, day, start, end (times), every (minutes)."""
        staff, backend, screen = self.sc.staff, self.backend, self.screen
        starts = brussels_starts(form["day"], form["start"], form["end"], form["every"])
        if not starts:
            screen.show_problem(tr("No slot fits between these times: check the hours."))
            return
        agency_id = form["agency_id"]
        self._change(
            lambda _r: backend.open_slots(
                staff,
                agency_code=backend.agency_code(agency_id),
                service=form["service"],
                starts_at=starts,
                minutes=form["every"],
            ),
            tr("The slots are open."),
        )

    def _withdraw(self, slot_ids: list) -> None:
        staff, backend = self.sc.staff, self.backend
        self._change(lambda _r: backend.withdraw_slots(staff, list(slot_ids)),
                     tr("The slots are withdrawn."))  # fmt: skip

    def _change(self, queue_it, done: str) -> None:
        screen = self.screen

        def queued(result) -> None:
            operation_id, offline = sent_of(result)
            text = tr("Sent to the mutuality: waiting for its answer.")
            if offline:
                text += " " + tr("It waits on this counter until the connection is back.")
            screen.show_status(text)
            self.follower.follow(
                operation_id,
                applied=lambda: (screen.show_status(done, "success"), self.refresh()),
                refused=lambda why: (screen.show_problem(rejection_text(why)), self.refresh()),
                unanswered=lambda: screen.show_problem(
                    tr("No answer yet: look at the day's list before sending it again.")
                ),
            )

        self.sc.run(queue_it, queued, lambda exc: screen.show_problem(error_text(exc)),
                    lock=screen)  # fmt: skip

    def visit_ended(self) -> None:
        self.follower.stop()

    def _failed(self, exc: BaseException) -> None:
        if not getattr(exc, "code", None) and not self.sc.backend.is_offline(exc):
            log.error("reading the slots failed: %s", type(exc).__name__)
        self.screen.show_problem(error_text(exc))
