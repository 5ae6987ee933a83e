"""The counter's work as the screens call it: the queue, the letters, two decisions about a file.

One object with the central database, the counter's outbox and the clock bound; each method is
a use case of app/services/queue.py and returns its plain values. Every change is queued as a
staff operation (the central worker checks the clerk again); what a clerk opens or prints is
audited at once. A change returns `Sent`: the operation's id, to follow what the central worker
made of it, and whether the central database is out of reach now (it waits in the outbox).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from app.domain.clock import brussels_today, utc_now
from app.domain.codes import OutboxState
from app.services import accidents, fleet, queue
from app.services import appointments as appt
from app.services.member_file import Queued
from app.services.staff import StaffSession
from app.sync.terminal import Outbox


@dataclass(frozen=True)
class Sent:
    """A staff operation queued: its id (to follow its outcome) and whether the central
    database is out of reach now (it waits in the counter's outbox)."""

    operation_id: str
    offline: bool


@dataclass(frozen=True)
class Outcome:
    state: OutboxState  # pending, sent (not settled yet), applied, rejected
    reason: str | None  # why the central worker refused it


def outcome_of(outbox: Outbox, operation_id: str) -> Outcome:
    """Where an operation queued on `outbox` is, once its result came back (or not yet)."""
    entry = outbox.entry(uuid.UUID(operation_id))
    if entry is None:
        return Outcome(OutboxState.REJECTED, "unknown_operation")
    return Outcome(OutboxState(entry.state), entry.reason)


class CounterBackend:
    def __init__(
        self,
        central: Engine,
        outbox: Outbox,
        *,
        terminal_id: str,
        on_queued: Callable[[], None] = lambda: None,
        is_online: Callable[[], bool | None] = lambda: None,
        today: Callable[[], dt.date] = brussels_today,
        now: Callable[[], dt.datetime] = utc_now,
    ):
        self.central = central
        self.outbox = outbox
        self.terminal_id = terminal_id
        self.on_queued = on_queued
        self.is_online = is_online
        self.today = today
        self.now = now

    def _sent(self, queued: Queued) -> Sent:
        self.on_queued()
        return Sent(queued.operation_id, self.is_online() is False)

    def outcome(self, operation_id: str) -> Outcome:
        """Where a queued staff operation is: the counter's outbox knows once results are back."""
        return outcome_of(self.outbox, operation_id)

    # -- the queue -------------------------------------------------------------------------
    def agencies(self, staff: StaffSession) -> queue.Agencies:
        return queue.agencies(self.central, staff)

    def open_items(self, staff: StaffSession, *, agency_id: int | None, kinds: tuple[str, ...]):
        return queue.open_items(
            self.central, staff, agency_id=agency_id, kinds=kinds, now=self.now()
        )

    def request_detail(self, staff: StaffSession, item: queue.QueueItem) -> queue.RequestDetail:
        return queue.request_detail(
            self.central, staff, item, terminal=self.terminal_id, now=self.now()
        )

    def take(self, staff: StaffSession, item: queue.QueueItem) -> Sent:
        return self._sent(queue.take(self.outbox, staff, item))

    def fulfil_order(self, staff: StaffSession, item: queue.QueueItem) -> Sent:
        return self._sent(queue.fulfil_order(self.outbox, staff, item))

    def refuse_order(
        self, staff: StaffSession, item: queue.QueueItem, reason: str, note: str
    ) -> Sent:
        return self._sent(queue.refuse_order(self.outbox, staff, item, reason, note))

    def answer_request(self, staff: StaffSession, item: queue.QueueItem, answer: str) -> Sent:
        return self._sent(queue.answer_request(self.outbox, staff, item, answer))

    # -- the medical adviser's items ---------------------------------------------------------
    def decide_resumption(
        self, staff: StaffSession, item: queue.QueueItem, *, authorised: bool, reason: str | None
    ) -> Sent:
        return self._sent(
            queue.decide_resumption(self.outbox, staff, item, authorised=authorised, reason=reason)
        )

    def check_certificate(self, staff: StaffSession, item: queue.QueueItem) -> Sent:
        return self._sent(queue.check_certificate(self.outbox, staff, item))

    def register_certificate(self, staff: StaffSession, member_niss: str, **form) -> Sent:
        """A paper certificate received (kind, covers_from, covers_to, received_on,
        doctor_name, work_status: app/services/queue.register_certificate)."""
        return self._sent(
            queue.register_certificate(self.outbox, staff, member_niss, **form, today=self.today())
        )

    # -- accident declarations (app/services/accidents.py) -----------------------------------
    def register_paper_accident(
        self, staff: StaffSession, member_niss: str, declaration_id: int, received_on: dt.date
    ) -> Sent:
        """A paper declaration received, dated the day it came in: the block lifts."""
        return self._sent(
            accidents.register_paper(
                self.outbox, staff, member_niss, declaration_id, received_on, today=self.today()
            )
        )

    def handle_accident(self, staff: StaffSession, item: queue.QueueItem) -> Sent:
        return self._sent(accidents.handle(self.outbox, staff, item))

    def accident_declarations(self, staff: StaffSession, member_niss: str, *, language="fr"):
        """The open member's declarations, read within the clerk's visit."""
        return accidents.counter_declarations(
            self.central, member_niss, self.today(), language=language, outbox=self.outbox
        )

    # -- the fleet (a supervisor's) ---------------------------------------------------------
    def terminals(self, staff: StaffSession, *, agency_id: int | None) -> fleet.Fleet:
        """The terminals of an agency (None: all), green, amber or red, with their reasons."""
        return fleet.terminals(self.central, staff, agency_id=agency_id)

    # -- letters ---------------------------------------------------------------------------
    def letters_waiting(self, staff: StaffSession) -> tuple[queue.WaitingLetter, ...]:
        return queue.letters_waiting(self.central, staff)

    def letters_batch(self, staff: StaffSession, letter_ids: list[int]) -> bytes:
        return queue.letters_batch(
            self.central, staff, letter_ids, terminal=self.terminal_id, now=self.now()
        )

    def mark_letters_posted(self, staff: StaffSession, letter_ids: list[int]) -> Sent:
        return self._sent(
            queue.mark_letters_posted(self.outbox, staff, letter_ids, posted_on=self.today())
        )

    # -- decisions about a file ------------------------------------------------------------
    def counter_facts(self, niss: str) -> queue.CounterFacts:
        return queue.counter_facts(self.central, niss, self.today())

    def reactivate_account(self, staff: StaffSession, niss: str) -> Sent:
        return self._sent(queue.reactivate_account(self.outbox, staff, niss))

    def register_blocking_form(
        self,
        staff: StaffSession,
        dependant: queue.DependantAccess,
        received_on: dt.date | None = None,
    ) -> Sent:
        """`received_on`: the day the form came in (today by default; by post, earlier)."""
        today = self.today()
        return self._sent(
            queue.register_blocking_form(
                self.outbox, staff, dependant, received_on=received_on or today, today=today
            )
        )

    # -- appointments: an agency's slots and day list, a member's booking at the counter ------
    def agencies_with_slots(self, service: str) -> tuple[tuple[int, str], ...]:
        return appt.agencies_with_slots(self.central, service=service, now=self.now())

    def free_slots(self, agency_id: int, service: str, *, after=None) -> tuple[appt.Slot, ...]:
        return appt.free_slots(
            self.central, agency_id=agency_id, service=service, now=self.now(), after=after
        )

    def day_list(
        self, staff: StaffSession, agency_id: int, day: dt.date
    ) -> tuple[appt.DayEntry, ...]:
        return appt.day_list(self.central, staff, agency_id=agency_id, day=day)

    def open_slots(
        self,
        staff: StaffSession,
        *,
        agency_code: str,
        service: str,
        starts_at: list[dt.datetime],
        minutes: int,
    ) -> Sent:
        """Slots to open (a time without its zone is Brussels time)."""
        return self._sent(
            appt.open_slots(self.outbox, staff, agency_code=agency_code, service=service,
                            starts_at=starts_at, minutes=minutes, now=self.now())
        )  # fmt: skip

    def withdraw_slots(self, staff: StaffSession, slot_ids: list[int]) -> Sent:
        return self._sent(appt.withdraw_slots(self.outbox, staff, slot_ids))

    def book_appointment(self, staff: StaffSession, session, slot: appt.Slot, subject) -> Sent:
        """For the member whose file is open (`session`: their FileSession, the visit's proof)."""
        return self._sent(
            appt.book(self.outbox, session, slot, subject, actor=staff.actor, channel="counter",
                      central=self.central, now=self.now())
        )  # fmt: skip

    def move_appointment(
        self, staff: StaffSession, session, appointment_id: int, slot: appt.Slot
    ) -> Sent:
        return self._sent(
            appt.move(self.outbox, session, appointment_id, slot, actor=staff.actor,
                      channel="counter", central=self.central, now=self.now())
        )  # fmt: skip

    def cancel_appointment(self, staff: StaffSession, session, appointment_id: int) -> Sent:
        return self._sent(
            appt.cancel(self.outbox, session, appointment_id, actor=staff.actor,
                        channel="counter", central=self.central, now=self.now())
        )  # fmt: skip

    def agency_code(self, agency_id: int) -> str:
        return appt.agency_code(self.central, agency_id)
