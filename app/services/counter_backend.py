"""The counter's work as the screens call it: the queue, the letters, two decisions about a file.

One object with the central database, the counter's outbox and the clock bound; each method is
a use case of app/services/queue.py and returns its plain values. Every change is queued as a
staff operation (the central worker checks the clerk again); what a clerk opens or prints is
audited at once. Returns True from a change when the central database is out of reach now (the
change waits in the outbox, and the screen says so).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Engine

from app.services import queue
from app.services.staff import StaffSession
from app.sync.terminal import Outbox


class CounterBackend:
    def __init__(
        self,
        central: Engine,
        outbox: Outbox,
        *,
        terminal_id: str,
        on_queued: Callable[[], None] = lambda: None,
        is_online: Callable[[], bool | None] = lambda: None,
        today: Callable[[], dt.date] = dt.date.today,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ):
        self.central = central
        self.outbox = outbox
        self.terminal_id = terminal_id
        self.on_queued = on_queued
        self.is_online = is_online
        self.today = today
        self.now = now

    def _queued(self) -> bool:
        self.on_queued()
        return self.is_online() is False

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

    def take(self, staff: StaffSession, item: queue.QueueItem) -> bool:
        queue.take(self.outbox, staff, item)
        return self._queued()

    def fulfil_order(self, staff: StaffSession, item: queue.QueueItem) -> bool:
        queue.fulfil_order(self.outbox, staff, item)
        return self._queued()

    def refuse_order(
        self, staff: StaffSession, item: queue.QueueItem, reason: str, note: str
    ) -> bool:
        queue.refuse_order(self.outbox, staff, item, reason, note)
        return self._queued()

    def answer_request(self, staff: StaffSession, item: queue.QueueItem, answer: str) -> bool:
        queue.answer_request(self.outbox, staff, item, answer)
        return self._queued()

    # -- letters ---------------------------------------------------------------------------
    def letters_waiting(self, staff: StaffSession) -> tuple[queue.WaitingLetter, ...]:
        return queue.letters_waiting(self.central, staff)

    def letters_batch(self, staff: StaffSession, letter_ids: list[int]) -> bytes:
        return queue.letters_batch(
            self.central, staff, letter_ids, terminal=self.terminal_id, now=self.now()
        )

    def mark_letters_posted(self, staff: StaffSession, letter_ids: list[int]) -> bool:
        queue.mark_letters_posted(self.outbox, staff, letter_ids, posted_on=self.today())
        return self._queued()

    # -- decisions about a file ------------------------------------------------------------
    def counter_facts(self, niss: str) -> queue.CounterFacts:
        return queue.counter_facts(self.central, niss, self.today())

    def reactivate_account(self, staff: StaffSession, niss: str) -> bool:
        queue.reactivate_account(self.outbox, staff, niss)
        return self._queued()

    def register_blocking_form(self, staff: StaffSession, dependant: queue.DependantAccess) -> bool:
        today = self.today()
        queue.register_blocking_form(self.outbox, staff, dependant, received_on=today, today=today)
        return self._queued()
