"""Queue tickets at a contact point: a kiosk prints one for a service, a counter desk calls the
next, the agency's kiosks show the tickets called.

How two kiosks of an agency never print the same number, with or without the central
database: each kiosk has its own letter (`guichet-central terminal add --ticket-letter`, one per
kiosk of an agency, carried to the kiosk by its enrolment file) and counts its own tickets of
the day in its own database ("B-017"). The count is raised in the transaction that queues the
ticket in the outbox, so a crash never prints a number twice nor skips one unseen. When the
central database answers, the count is first raised to the highest number of the day it holds
under the kiosk's letter: a kiosk reinstalled at noon goes on from there instead of printing
"B-001" again. The central worker checks the letter is the pushing kiosk's (by its registered
login) and the unique (agency, day, number) refuses any duplicate (app/sync/ticket_apply.py).

The expected wait: the tickets of that service waiting ahead × the median time between a desk's
successive calls, over the agency's latest calls of the day; before the day has any, the dated
`ticket_default_service_minutes`. Without the central database it cannot be estimated, and the
ticket says so. A ticket names no person: a kiosk reads its own agency's tickets
(migration 0017's row-level security), and nobody needs a visit for it.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
import string
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from app.domain.clock import brussels_today, utc_now
from app.domain.codes import ContactService, OutboxState, TicketStatus
from app.services.errors import Refused, reaching_central
from app.services.staff import StaffSession
from app.store.db import writer
from app.store.models import Agency, QueueTicket, Terminal
from app.store.parameters import federation_parameter
from app.sync.operations import OperationKind as K
from app.sync.terminal import Outbox, OutboxEntry, ReferenceCache, TicketCounter

LAST_NUMBER = 999  # "B-999": the payload's three digits
# How many of the day's latest intervals between a desk's calls the median is taken over: the
# pace of the last hour or so rather than the morning's (a method, not a mutuality rule).
RECENT_CALLS = 12
CALLED_SHOWN = 6  # the welcome screen lists the agency's last tickets called
TICKET_ACTOR = "kiosk"  # a ticket is anonymous: nobody identified asks for it
SERVICES = tuple(ContactService)


@dataclass(frozen=True)
class TicketAgency:
    """The agency a kiosk stands in, as a ticket prints it."""

    id: int
    federation_id: int
    code: str
    name: str


@dataclass(frozen=True)
class ExpectedWait:
    ahead: int  # tickets of the service waiting before this one
    minutes: int  # ahead × the median service time, rounded up


@dataclass(frozen=True)
class IssuedTicket:
    number: str  # "B-017"
    service: str  # ContactService value
    agency: TicketAgency | None
    issued_at: dt.datetime  # aware UTC; the ticket prints Brussels time
    wait: ExpectedWait | None  # None: the central database cannot be reached to estimate it
    operation_id: str


@dataclass(frozen=True)
class CalledTicket:
    number: str
    desk: str
    service: str
    called_at: dt.datetime


@dataclass(frozen=True)
class WaitingCount:
    service: str
    waiting: int


@dataclass(frozen=True)
class CallResult:
    """What became of a desk's call: `number` once applied (None: nobody was waiting)."""

    state: OutboxState
    reason: str | None
    number: str | None


# -- the kiosk's side: its own count, in its own database ----------------------------------------


def issue(
    outbox: Outbox, *, letter: str, service: str, now: dt.datetime, after: int = 0
) -> tuple[str, uuid.UUID]:
    """The next number of the day for `service`, queued for the central side: the count is
    raised (past `after`, the highest the central side holds, when known) and the ticket queued
    in one transaction of the kiosk's database."""
    if not (len(letter) == 1 and "A" <= letter <= "Z"):
        raise Refused("no_ticket_letter")
    service = ContactService(service)
    day = brussels_today(now)
    table = TicketCounter.__table__
    with outbox.engine.begin() as connection:
        # An UPDATE first: SQLite takes its write lock there, so two threads of one kiosk
        # never read the same count.
        raised = connection.execute(
            table.update()
            .where(table.c.day == day)
            .values(last=func.max(table.c.last, after) + 1)  # SQLite's max of two
        ).rowcount
        if not raised:
            connection.execute(table.insert().values(day=day, last=after + 1))
        last = connection.execute(select(table.c.last).where(table.c.day == day)).scalar_one()
        if last > LAST_NUMBER:
            raise Refused("tickets_exhausted")
        number = f"{letter}-{last:03d}"
        operation_id = outbox.enqueue(
            K.TICKET_ISSUE,
            {"number": number, "service": service.value, "issued_on": day,
             "issued_at": now.isoformat()},
            actor=TICKET_ACTOR,
            connection=connection,
            now=now,
        )  # fmt: skip
    return number, operation_id


def _pending_here(outbox: Outbox, service: str, day: dt.date, but: uuid.UUID | None) -> int:
    """This kiosk's tickets of `service` today not yet pushed (the central side does not know
    them yet)."""
    with outbox.engine.connect() as connection:
        rows = connection.execute(
            select(OutboxEntry.operation_id, OutboxEntry.payload).where(
                OutboxEntry.kind == K.TICKET_ISSUE, OutboxEntry.state == OutboxState.PENDING
            )
        ).all()
    return sum(
        1
        for operation_id, payload in rows
        if operation_id != but
        and payload
        and payload.get("service") == service
        and payload.get("issued_on") == day.isoformat()
    )


# -- the central side's figures ----------------------------------------------------------------


def highest_number(connection, *, agency_id: int, letter: str, day: dt.date) -> int:
    """The highest number of `day` the central database holds under `letter` at the agency
    (0: none)."""
    number = connection.execute(
        select(func.max(QueueTicket.number)).where(
            QueueTicket.agency_id == agency_id,
            QueueTicket.issued_on == day,
            QueueTicket.number.like(f"{letter}-%"),
        )
    ).scalar()
    return int(number.partition("-")[2]) if number else 0  # "B-017": three digits, sorted


def _agency_row(connection, *, code: str) -> TicketAgency | None:
    query = select(Agency.id, Agency.federation_id, Agency.code, Agency.name)
    query = query.where(Agency.code == code) if code else query.order_by(Agency.id).limit(1)
    row = connection.execute(query).first()
    return TicketAgency(*row) if row is not None else None


def _cached_agency(terminal: Engine, code: str) -> TicketAgency | None:
    """The agency from the kiosk's copy of the reference tables (the central side out of reach)."""
    with terminal.connect() as connection:
        rows = connection.execute(
            select(ReferenceCache.rows).where(ReferenceCache.name == "agency")
        ).scalar()
    for row in rows or ():
        if row.get("code") == code:
            return TicketAgency(row["id"], row["federation_id"], row["code"], row["name"])
    return None


def median_service_minutes(connection, *, agency_id: int, day: dt.date) -> float | None:
    """The median time between a desk's successive calls, over the agency's latest
    RECENT_CALLS intervals of `day`; None before the day has any."""
    rows = connection.execute(
        select(QueueTicket.desk, QueueTicket.called_at)
        .where(
            QueueTicket.agency_id == agency_id,
            QueueTicket.issued_on == day,
            QueueTicket.called_at.is_not(None),
        )
        .order_by(QueueTicket.called_at)
    ).all()
    last_call: dict[str, dt.datetime] = {}
    intervals: list[tuple[dt.datetime, float]] = []
    for desk, called_at in rows:
        called_at = _aware(called_at)
        before = last_call.get(desk)
        if before is not None:
            intervals.append((called_at, (called_at - before).total_seconds() / 60))
        last_call[desk] = called_at
    if not intervals:
        return None
    recent = sorted(intervals)[-RECENT_CALLS:]
    return statistics.median(minutes for _at, minutes in recent)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def expected_wait(
    connection, agency: TicketAgency, *, service: str, day: dt.date, also_ahead: int = 0
) -> ExpectedWait:
    """The wait of a ticket of `service` taken now: the tickets waiting ahead (and
    `also_ahead` the central side does not know yet) × the median service time of the day,
    else the federation's dated default."""
    ahead = (
        also_ahead
        + connection.execute(
            select(func.count())
            .select_from(QueueTicket)
            .where(
                QueueTicket.agency_id == agency.id,
                QueueTicket.issued_on == day,
                QueueTicket.service == ContactService(service),
                QueueTicket.status == TicketStatus.WAITING,
            )
        ).scalar_one()
    )
    minutes = median_service_minutes(connection, agency_id=agency.id, day=day)
    if minutes is None:
        minutes = float(
            federation_parameter(
                connection,
                "ticket_default_service_minutes",
                federation_id=agency.federation_id,
                on=day,
            )
        )
    return ExpectedWait(ahead, math.ceil(ahead * minutes))


@reaching_central
def called_tickets(
    central: Engine, *, agency_id: int, day: dt.date, limit: int = CALLED_SHOWN
) -> tuple[CalledTicket, ...]:
    """The agency's last tickets called today, the latest first: what its kiosks show."""
    with central.connect() as connection:
        rows = connection.execute(
            select(QueueTicket.number, QueueTicket.desk, QueueTicket.service,
                   QueueTicket.called_at)
            .where(
                QueueTicket.agency_id == agency_id,
                QueueTicket.issued_on == day,
                QueueTicket.called_at.is_not(None),
            )
            .order_by(QueueTicket.called_at.desc(), QueueTicket.id.desc())
            .limit(limit)
        ).all()  # fmt: skip
    return tuple(
        CalledTicket(number, desk or "", str(ContactService(service)), _aware(called_at))
        for number, desk, service, called_at in rows
    )


@reaching_central
def waiting_counts(central: Engine, *, agency_id: int, day: dt.date) -> tuple[WaitingCount, ...]:
    """How many tickets of each service wait at the agency today."""
    with central.connect() as connection:
        counts = dict(
            connection.execute(
                select(QueueTicket.service, func.count())
                .where(
                    QueueTicket.agency_id == agency_id,
                    QueueTicket.issued_on == day,
                    QueueTicket.status == TicketStatus.WAITING,
                )
                .group_by(QueueTicket.service)
            ).all()
        )
    return tuple(
        WaitingCount(service.value, counts.get(service, counts.get(service.value, 0)))
        for service in SERVICES
    )


def call_next(outbox: Outbox, staff: StaffSession, *, service: str, desk: str) -> uuid.UUID:
    """The desk calls the next ticket of `service` at the clerk's agency: the central worker
    picks the oldest waiting one, marks the desk's previous one done and returns the number."""
    if staff.agency_id is None:
        raise Refused("no_agency")
    return outbox.enqueue(
        K.STAFF_TICKET_CALL,
        {"service": ContactService(service).value, "desk": desk},
        actor=staff.actor,
    )


# -- what the screens call ---------------------------------------------------------------------


class TicketDesk:
    """A terminal's tickets with its central database, outbox, agency, letter and clock bound.

    `agency_code`: the agency the terminal stands in (its enrolment); empty in the demo, whose
    embedded database then serves its first agency. `letter`: its ticket letter (a kiosk's
    only; empty: it prints none)."""

    def __init__(
        self,
        central: Engine,
        outbox: Outbox,
        *,
        agency_code: str = "",
        letter: str = "",
        on_queued: Callable[[], None] = lambda: None,
        is_online: Callable[[], bool | None] = lambda: None,
        now: Callable[[], dt.datetime] = utc_now,
    ):
        self.central = central
        self.outbox = outbox
        self.agency_code = agency_code
        self.letter = (letter or "").strip().upper()
        self.on_queued = on_queued
        self.is_online = is_online
        self.now = now
        self._agency: TicketAgency | None = None
        self._registered = False  # the demo's self-registration (_register_here) is done

    @property
    def embedded(self) -> bool:
        return self.central.dialect.name == "sqlite"

    @property
    def prints(self) -> bool:
        """Whether this terminal prints tickets: a letter, and an agency (or the demo's)."""
        return bool(self.letter) and (bool(self.agency_code) or self.embedded)

    def agency(self) -> TicketAgency | None:
        """The terminal's agency: from the central database, else from its cached copy."""
        if self._agency is None:
            try:
                with self.central.connect() as connection:
                    self._agency = _agency_row(connection, code=self.agency_code)
            except SQLAlchemyError:
                if self.agency_code:
                    self._agency = _cached_agency(self.outbox.engine, self.agency_code)
        return self._agency

    def issue(self, service: str) -> IssuedTicket:
        """Print-ready: the number (always, offline too) and the expected wait (when the
        central database answers)."""
        if not self.prints:
            raise Refused("no_ticket_letter")
        now = self.now()
        day = brussels_today(now)
        agency = self.agency()
        online = agency is not None and self.is_online() is not False
        after = 0
        if online:
            try:
                self._register_here(agency)
                with self.central.connect() as connection:
                    after = highest_number(
                        connection, agency_id=agency.id, letter=self.letter, day=day
                    )
            except SQLAlchemyError:
                online = False  # printed all the same, on the kiosk's own count
        number, operation_id = issue(
            self.outbox, letter=self.letter, service=service, now=now, after=after
        )
        self.on_queued()
        wait = None
        if online:
            try:
                with self.central.connect() as connection:
                    wait = expected_wait(
                        connection,
                        agency,
                        service=service,
                        day=day,
                        also_ahead=_pending_here(self.outbox, service, day, operation_id),
                    )
            except SQLAlchemyError:
                wait = None  # "the wait cannot be estimated now"
        return IssuedTicket(number, str(ContactService(service)), agency, now, wait,
                            str(operation_id))  # fmt: skip

    def _register_here(self, agency: TicketAgency) -> None:
        """The embedded demo database registers no terminals (`terminal add` is PostgreSQL's):
        this kiosk is registered with its letter on its first ticket, as its heartbeat does.
        Its letter taken by another kiosk of the agency (a second demo kiosk), it takes the
        agency's next free one, as `terminal add` would; a letter registered already stays."""
        if not self.embedded or self._registered:
            return
        terminal_id = self.outbox.terminal_id
        table = Terminal.__table__
        with writer(self.central).begin() as connection:  # reads, then writes
            row = connection.execute(
                select(Terminal.ticket_letter, Terminal.agency_id).where(
                    Terminal.name == terminal_id
                )
            ).first()
            if row is not None and row.ticket_letter is not None:
                self._registered = True
                return
            agency_id = (row.agency_id if row is not None else None) or agency.id
            taken = set(
                connection.execute(
                    select(Terminal.ticket_letter).where(
                        Terminal.agency_id == agency_id,
                        Terminal.ticket_letter.is_not(None),
                        Terminal.name != terminal_id,
                    )
                ).scalars()
            )
            free = [letter for letter in string.ascii_uppercase if letter not in taken]
            if not free:
                return  # every letter of the agency is another kiosk's: its tickets are refused
            letter = self.letter if self.letter not in taken else free[0]
            if row is None:
                connection.execute(
                    table.insert().values(
                        login_role=terminal_id, name=terminal_id, agency_id=agency_id,
                        kind="kiosk", created_at=self.now(), ticket_letter=letter,
                    )
                )  # fmt: skip
            else:
                connection.execute(
                    table.update()
                    .where(table.c.name == terminal_id)
                    .values(ticket_letter=letter, agency_id=agency_id)
                )
        self.letter, self._registered = letter, True

    def ticket_pdf(self, ticket: IssuedTicket, *, language: str) -> bytes:
        from app.documents.ticket import ticket_pdf

        return ticket_pdf(ticket, language=language)

    def called(self) -> tuple[CalledTicket, ...]:
        """The agency's last tickets called today (the welcome screen's list)."""
        agency = self.agency()
        if agency is None:
            return ()
        return called_tickets(self.central, agency_id=agency.id, day=brussels_today(self.now()))

    # -- a counter desk ----------------------------------------------------------------------
    def waiting(self, staff: StaffSession) -> tuple[WaitingCount, ...]:
        if staff.agency_id is None:
            return ()
        return waiting_counts(
            self.central, agency_id=staff.agency_id, day=brussels_today(self.now())
        )

    def call_next(self, staff: StaffSession, service: str) -> tuple[str, bool]:
        """Queued: (the operation's id, whether the central database is out of reach now).
        The desk is this counter's terminal id."""
        operation_id = call_next(self.outbox, staff, service=service, desk=self.outbox.terminal_id)
        self.on_queued()
        return str(operation_id), self.is_online() is False

    def call_result(self, operation_id: str) -> CallResult:
        """Refused `unknown_operation`: this counter's outbox does not hold that call (its
        database was replaced since)."""
        entry = self.outbox.entry(uuid.UUID(operation_id))
        if entry is None:
            raise Refused("unknown_operation")
        number = (entry.result or {}).get("number") if entry.result else None
        return CallResult(OutboxState(entry.state), entry.reason, number)
