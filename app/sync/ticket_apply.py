"""The central worker's side of queue tickets: a kiosk's ticket recorded, a desk's call.

A ticket (`ticket.issue`) is anonymous: it needs no proof by its nature (app/sync/proofs.py),
but its letter must be the pushing kiosk's. The kiosk is the one registered under the login
that pushed it (`inserted_by`, written by PostgreSQL's trigger); on the embedded SQLite
database, which has no logins, the one registered under the operation's terminal name. Its
agency is the registration's, never the terminal's say. The unique (agency, day, number)
refuses a number twice. Its dates are the kiosk's clock: a day more than one day away from the
Brussels day it arrived, or a time later than its arrival (past a clock's drift), is refused
(`ticket_clock_wrong`); the queue's order is the central side's arrival, never the kiosk's time.

A desk's call (`staff.ticket.call`) is a clerk's (staff_apply.acting_staff): the ticket of the
service at the clerk's agency today that arrived first and still waits is called to the desk,
the ticket this clerk called there before is done, and the number goes back in the operation's
result (None: nobody waits). The desk is the payload's say: on PostgreSQL it must be a
registered counter of the clerk's agency; the embedded SQLite database registers no counters.
A clerk never closes another clerk's ticket, whatever desk they name.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.clock import brussels_today, stored_utc
from app.domain.codes import TicketStatus
from app.store.models import AuditEntry, InboxOperation, QueueTicket, Terminal
from app.sync import operations as ops
from app.sync.staff_apply import acting_staff

# How far a kiosk's clock may run ahead of the central server's (a clock's drift, not a rule of
# the mutuality): a ticket's time later than its arrival by more is the kiosk's clock, or a
# forged payload jumping the queue.
CLOCK_DRIFT = dt.timedelta(minutes=5)
DAYS_AWAY = 1  # a ticket of yesterday arriving after midnight is taken, not one of last week


def _pushing_terminal(session: Session, operation: InboxOperation) -> Terminal:
    if session.get_bind().dialect.name == "postgresql":
        terminal = None
        if operation.inserted_by is not None:
            terminal = session.get(Terminal, operation.inserted_by)
    else:
        terminal = session.scalars(
            select(Terminal).where(Terminal.name == operation.terminal_id)
        ).first()
    if terminal is None or terminal.agency_id is None:
        raise ops.OperationRejected("unknown_terminal", "not pushed by a registered kiosk")
    return terminal


def ticket_issue(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.TicketIssueV1)
    terminal = _pushing_terminal(session, operation)
    letter = payload.number[0]
    if terminal.ticket_letter is None or terminal.ticket_letter != letter:
        raise ops.OperationRejected(
            "ticket_letter_mismatch", f"letter {letter} is not {terminal.name}'s"
        )
    taken = session.scalar(
        select(QueueTicket.id).where(
            QueueTicket.agency_id == terminal.agency_id,
            QueueTicket.issued_on == payload.issued_on,
            QueueTicket.number == payload.number,
        )
    )
    if taken is not None:
        raise ops.OperationRejected("ticket_number_taken", f"{payload.number} exists already")
    received_at = stored_utc(operation.received_at) if operation.received_at else now
    received_on = brussels_today(received_at)
    if abs((payload.issued_on - received_on).days) > DAYS_AWAY:
        raise ops.OperationRejected(
            "ticket_clock_wrong", f"issued on {payload.issued_on}, received on {received_on}"
        )
    issued_at = stored_utc(payload.issued_at)
    if issued_at > received_at + CLOCK_DRIFT:
        raise ops.OperationRejected(
            "ticket_clock_wrong", f"issued at {issued_at}, received at {received_at}"
        )
    ticket = QueueTicket(
        agency_id=terminal.agency_id,
        terminal=terminal.name,
        number=payload.number,
        service=payload.service,
        issued_on=payload.issued_on,
        issued_at=issued_at,
        received_at=received_at,
        status=TicketStatus.WAITING,
        operation_id=operation.operation_id,
    )
    session.add(ticket)
    session.flush()
    return {"ticket_id": ticket.id, "number": ticket.number}


def ticket_call(session, operation, payload, now: dt.datetime) -> dict:
    assert isinstance(payload, ops.StaffTicketCallV1)
    clerk = acting_staff(session, operation)
    agency_id = clerk.staff.agency_id
    if agency_id is None:
        raise ops.OperationRejected("no_agency", "the clerk belongs to no agency")
    if session.get_bind().dialect.name == "postgresql":
        counter = session.scalar(
            select(Terminal.login_role).where(
                Terminal.name == payload.desk,
                Terminal.kind == "counter",
                Terminal.agency_id == agency_id,
            )
        )
        if counter is None:
            raise ops.OperationRejected(
                "unknown_terminal", f"{payload.desk} is not a counter of the clerk's agency"
            )
    day = brussels_today(now)
    previous = session.scalars(
        select(QueueTicket)
        .where(
            QueueTicket.agency_id == agency_id,
            QueueTicket.desk == payload.desk,
            QueueTicket.called_by == clerk.id,
            QueueTicket.status == TicketStatus.CALLED,
        )
        .with_for_update()
    ).all()
    for ticket in previous:
        ticket.status, ticket.done_at = TicketStatus.DONE, now
    following = session.scalars(
        select(QueueTicket)
        .where(
            QueueTicket.agency_id == agency_id,
            QueueTicket.issued_on == day,
            QueueTicket.service == payload.service,
            QueueTicket.status == TicketStatus.WAITING,
        )
        .order_by(QueueTicket.received_at, QueueTicket.id)  # arrival, not the kiosk's clock
        .limit(1)
        .with_for_update()
    ).first()
    if following is None:
        return {"number": None, "service": str(payload.service)}
    following.status, following.called_at = TicketStatus.CALLED, now
    following.desk, following.called_by = payload.desk, clerk.id
    session.add(
        AuditEntry(
            at=now,
            staff_id=clerk.id,
            terminal=operation.terminal_id,
            action="ticket_called",
            member_id=None,
            detail=f"{following.number} to {payload.desk}",
        )
    )
    return {"ticket_id": following.id, "number": following.number, "service": str(payload.service)}


HANDLERS = {
    "ticket.issue": ticket_issue,
    "staff.ticket.call": ticket_call,
}
