"""The central worker: applies inbox operations to the member data, each exactly once.

Each operation is applied in one transaction together with the change of its inbox row to
`applied` (or `rejected`, with its reason): a crash at any point leaves either both or neither.
Operations are taken in arrival order (the inbox id); a terminal pushes its own in its own
sequence, so they are applied in the order it made them, whatever its clock says.

Only one worker applies at a time on PostgreSQL (an advisory lock), so that order holds.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from app.domain.codes import InboxState, OrderStatus, RequestStatus
from app.store.models import (
    ContactRequest,
    ContactRequestEvent,
    DocumentOrder,
    InboxOperation,
    Insurability,
    Member,
)
from app.sync import operations as ops

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3  # after this many unexpected failures an operation is held for staff
WORKER_LOCK = 0x6775_6963  # "guic": the advisory lock key of the one central worker


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Outcome:
    operation_id: str
    state: InboxState
    reason: str | None = None


Handler = Callable[[Session, InboxOperation, ops.Payload, dt.datetime], dict]


def _member(session: Session, niss: str) -> Member:
    member = session.scalars(select(Member).where(Member.niss == niss)).first()
    if member is None:
        raise ops.OperationRejected("unknown_member", "no member with this national number")
    return member


def _contact_request(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.ContactRequestCreateV1)
    member = _member(session, payload.member_niss)
    request = ContactRequest(
        member_id=member.id,
        topic=payload.topic,
        subject=payload.subject,
        message=payload.message,
        channel=payload.channel,
        created_at=operation.created_at,
        operation_id=operation.operation_id,
    )
    session.add(request)
    session.flush()
    session.add(ContactRequestEvent(request_id=request.id, at=now, status=RequestStatus.RECEIVED))
    return {"request_id": request.id}


def _cover_in_order(session: Session, member: Member, today: dt.date) -> bool:
    return (
        session.scalar(
            select(func.count())
            .select_from(Insurability)
            .where(
                Insurability.member_id == member.id,
                Insurability.valid_from <= today,
                (Insurability.valid_to.is_(None)) | (Insurability.valid_to >= today),
            )
        )
        > 0
    )


def _document_order(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.DocumentOrderCreateV1)
    member = _member(session, payload.member_niss)
    for_member = _member(session, payload.for_niss)
    if for_member.id != member.id and for_member.holder_id != member.id:
        raise ops.OperationRejected("not_allowed", "the order is for someone else's file")
    if payload.kind == "ehic" and not _cover_in_order(session, for_member, now.date()):
        raise ops.OperationRejected("cover_not_in_order", "no insurability on this date")
    order = DocumentOrder(
        member_id=member.id,
        for_member_id=for_member.id,
        kind=payload.kind,
        quantity=payload.quantity,
        channel=payload.channel,
        terminal=operation.terminal_id,
        ordered_at=operation.created_at,
        status=OrderStatus.RECEIVED,
        operation_id=operation.operation_id,
    )
    session.add(order)
    session.flush()
    return {"order_id": order.id}


def _contact_update(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.ContactUpdateV1)
    member = _member(session, payload.member_niss)
    if payload.phone is not None:
        member.phone = payload.phone or None
    if payload.email is not None:
        member.email = payload.email or None
    return {"member_id": member.id}


HANDLERS: dict[str, Handler] = {
    "contact_request.create": _contact_request,
    "document_order.create": _document_order,
    "member.contact.update": _contact_update,
}


def _next_query(dialect: str):
    query = (
        select(InboxOperation)
        .where(InboxOperation.state == InboxState.RECEIVED)
        .order_by(InboxOperation.id)
        .limit(1)
    )
    if dialect == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return query


def apply_next(engine: Engine, *, now: Callable[[], dt.datetime] = utcnow) -> Outcome | None:
    """Apply the oldest received operation; None when there is none."""
    with Session(engine) as session, session.begin():
        operation = session.scalars(_next_query(engine.dialect.name)).first()
        if operation is None:
            return None
        at = now()
        try:
            payload = ops.validate(operation.kind, operation.version, operation.payload)
            with session.begin_nested():
                result = HANDLERS[operation.kind](session, operation, payload, at)
        except ops.OperationRejected as exc:
            operation.state = InboxState.REJECTED
            operation.reason = exc.code
            operation.detail = exc.detail[:2000]
            operation.applied_at = at
        except (OperationalError, DBAPIError) as exc:
            if getattr(exc, "connection_invalidated", False) or isinstance(exc, OperationalError):
                raise  # the database is gone: nothing was applied, try again later
            _failed(operation, exc)
        except Exception as exc:  # a defect in a handler: never loop on it, never drop it
            _failed(operation, exc)
        else:
            operation.state = InboxState.APPLIED
            operation.result = result
            operation.applied_at = at
        return Outcome(str(operation.operation_id), operation.state, operation.reason)


def _failed(operation: InboxOperation, exc: Exception) -> None:
    operation.attempts = (operation.attempts or 0) + 1
    # The driver's own message, without SQLAlchemy's dump of the statement's parameters.
    cause = getattr(exc, "orig", None) or exc
    operation.detail = f"{type(cause).__name__}: {cause}"[:2000]
    # The log names the operation only: its payload is a member's data and stays out of logs.
    log.error(
        "operation %s (%s) failed: %s", operation.operation_id, operation.kind, type(cause).__name__
    )
    if operation.attempts >= MAX_ATTEMPTS:
        operation.state = InboxState.HELD
        operation.reason = "held"


def apply_pending(engine: Engine, limit: int | None = None) -> list[Outcome]:
    """Apply received operations until none is left (or `limit` were handled)."""
    outcomes: list[Outcome] = []
    while limit is None or len(outcomes) < limit:
        outcome = apply_next(engine)
        if outcome is None:
            break
        outcomes.append(outcome)
    return outcomes


class WorkerLock:
    """The one-worker lock: a PostgreSQL advisory lock held on its own connection."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.connection = None

    def acquire(self) -> bool:
        if self.engine.dialect.name != "postgresql":
            return True  # SQLite serialises writers itself
        self.connection = self.engine.connect()
        got = self.connection.execute(
            text("SELECT pg_try_advisory_lock(:key)"), {"key": WORKER_LOCK}
        ).scalar_one()
        if not got:
            self.connection.close()
            self.connection = None
        return bool(got)

    def release(self) -> None:
        if self.connection is not None:
            self.connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": WORKER_LOCK})
            self.connection.close()
            self.connection = None
