"""The central worker's side of queue tickets: a kiosk's ticket recorded, a desk's call.

A ticket (`ticket.issue`) is anonymous: it needs no proof by its nature (app/sync/proofs.py),
but its letter must be the pushing kiosk's. The kiosk is the one registered under the login
that pushed it (`inserted_by`, written by PostgreSQL's trigger); on the embedded SQLite
database, which has no logins, the one registered under the operation's terminal name. Its
agency is the registration's, never the terminal's say. The unique (agency, day, number)
refuses a number twice.

A desk's call (`staff.ticket.call`) is a clerk's (staff_apply.acting_staff): the oldest waiting
ticket of the service at the clerk's agency today is called to the desk, the desk's previous
ticket is done, and the number goes back in the operation's result (None: nobody waits).
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
    ticket = QueueTicket(
        agency_id=terminal.agency_id,
        terminal=terminal.name,
        number=payload.number,
        service=payload.service,
        issued_on=payload.issued_on,
        issued_at=payload.issued_at,
        received_at=stored_utc(operation.received_at) if operation.received_at else now,
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
    day = brussels_today(now)
    previous = session.scalars(
        select(QueueTicket)
        .where(
            QueueTicket.agency_id == agency_id,
            QueueTicket.desk == payload.desk,
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
        .order_by(QueueTicket.issued_at, QueueTicket.id)
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
