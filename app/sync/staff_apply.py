"""The central worker's side of the counter's work: orders and questions, accounts, blocking
forms and posted letters, each a staff operation applied once, and written to the audit log in
the same transaction (the medical adviser's work, certificates and partial resumptions, is in
incapacity_apply.py, with the same checks from here).

Who may do what is checked here, not only on the counter's screen:
- on PostgreSQL the clerk is the one whose own database login pushed the operation: the staff
  row whose `db_role` is `inbox_operation.inserted_by` (filled in by the server, never by the
  terminal). The actor must be "staff:<that clerk's login>": a counter that claims another
  person, or a kiosk that claims to be a clerk, is refused. Supervisor rights are membership of
  the PostgreSQL role `guichet_supervisors`, a medical adviser's of `guichet_advisers`;
- on the embedded SQLite database (no roles) the actor's staff row, its role and its
  `medical_adviser`;
- the clerk is active; supervisors alone reactivate an online account, post the letters (they
  carry passwords) and take over what another clerk has taken; medical advisers alone check a
  received certificate and decide a partial resumption.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.domain.clock import brussels_today
from app.domain.codes import (
    AccountStatus,
    DocumentDirection,
    Language,
    MemberRole,
    OrderStatus,
    RequestStatus,
    StaffRole,
)
from app.domain.membership import age_on
from app.store.models import (
    AuditEntry,
    ContactRequest,
    ContactRequestEvent,
    Document,
    DocumentOrder,
    InboxOperation,
    Member,
    OnlineAccount,
    PostalLetter,
    Staff,
)
from app.store.parameters import majority_age
from app.sync import operations as ops

OPEN_ORDER = (OrderStatus.RECEIVED, OrderStatus.PROCESSING)
OPEN_REQUEST = (RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS)
BLOCKING_FORM_TITLE = {
    Language.FR: "Formulaire de blocage",
    Language.NL: "Blokkeringsformulier",
    Language.DE: "Sperrformular",
    Language.EN: "Blocking form",
}

# What each action is called in the audit log.
AUDIT_ACTIONS = {
    "staff.order.take": "order_taken",
    "staff.order.fulfil": "order_sent",
    "staff.order.reject": "order_refused",
    "staff.request.take": "request_taken",
    "staff.request.answer": "request_answered",
    "staff.account.reactivate": "account_reactivated",
    "staff.access.block": "blocking_form_registered",
    "staff.letters.posted": "letter_posted",
    "staff.certificate.register": "certificate_registered",
    "staff.certificate.check": "certificate_checked",
    "staff.resumption.take": "resumption_taken",
    "staff.resumption.decide": "resumption_decided",
}
SUPERVISOR_KINDS = frozenset({"staff.account.reactivate", "staff.letters.posted"})
ADVISER_KINDS = frozenset({"staff.certificate.check", "staff.resumption.decide"})


def _day(moment: dt.datetime) -> dt.date:
    return brussels_today(moment)


SUPERVISORS_ROLE = "guichet_supervisors"  # PostgreSQL: its members are supervisors
ADVISERS_ROLE = "guichet_advisers"  # PostgreSQL: its members are medical advisers


@dataclass(frozen=True)
class Clerk:
    """The staff member behind a staff operation, and whether they are a supervisor or a
    medical adviser."""

    staff: Staff
    supervisor: bool
    adviser: bool = False

    @property
    def id(self) -> int:
        return self.staff.id


def _is_member_of(session: Session, group: str, login_role: str) -> bool:
    """PostgreSQL: `login_role` is a member of `group` (false when that role, or the login,
    does not exist)."""
    return bool(
        session.execute(
            text(
                "SELECT pg_has_role(u.oid, s.oid, 'member') FROM pg_roles s, pg_roles u "
                "WHERE s.rolname = :group AND u.rolname = :login"
            ),
            {"group": group, "login": login_role},
        ).scalar()
    )


def acting_staff(session: Session, operation: InboxOperation) -> Clerk:
    """The clerk behind a staff operation, after the checks of this module's docstring."""
    prefix, _, login = operation.actor.partition(":")
    if session.get_bind().dialect.name == "postgresql":
        staff = None
        if operation.inserted_by is not None:
            staff = session.scalars(
                select(Staff).where(Staff.db_role == operation.inserted_by)
            ).first()
        if staff is None:
            raise ops.OperationRejected("not_allowed", "not pushed by a clerk's own login")
        if prefix != "staff" or login != staff.login:
            raise ops.OperationRejected("not_allowed", "the counter claims another person")
        supervisor = _is_member_of(session, SUPERVISORS_ROLE, operation.inserted_by)
        adviser = _is_member_of(session, ADVISERS_ROLE, operation.inserted_by)
    else:
        staff = session.scalars(select(Staff).where(Staff.login == login)).first()
        if prefix != "staff" or staff is None:
            raise ops.OperationRejected("not_allowed", "not an active staff member")
        supervisor = staff.role != StaffRole.CLERK
        adviser = bool(staff.medical_adviser)
    if not staff.active:
        raise ops.OperationRejected("not_allowed", "not an active staff member")
    if operation.kind in SUPERVISOR_KINDS and not supervisor:
        raise ops.OperationRejected("supervisor_only", "a supervisor's decision")
    if operation.kind in ADVISER_KINDS and not adviser:
        raise ops.OperationRejected("adviser_only", "a medical adviser's decision")
    return Clerk(staff, supervisor, adviser)


def _audit(session, operation, staff: Clerk, member_id: int | None, at, detail: str) -> None:
    session.add(
        AuditEntry(
            at=at,
            staff_id=staff.id,
            terminal=operation.terminal_id,
            action=AUDIT_ACTIONS[operation.kind],
            member_id=member_id,
            detail=detail,
        )
    )


def _member(session: Session, niss: str) -> Member:
    member = session.scalars(select(Member).where(Member.niss == niss)).first()
    if member is None:
        raise ops.OperationRejected("unknown_member", "no member with this national number")
    return member


def _order(session: Session, payload: ops.StaffOrderV1) -> DocumentOrder:
    order = session.get(DocumentOrder, payload.order_id, with_for_update=True)
    member = _member(session, payload.member_niss)
    if order is None or order.member_id != member.id:
        raise ops.OperationRejected("unknown_order", "no such order of this member")
    return order


def _may_take_over(staff: Clerk, holder_id: int | None) -> bool:
    return holder_id in (None, staff.id) or staff.supervisor


def _open_order(session: Session, payload: ops.StaffOrderV1, staff: Clerk) -> DocumentOrder:
    """The order to send or refuse: still open, and not another clerk's (but a supervisor's)."""
    order = _order(session, payload)
    if order.status not in OPEN_ORDER:
        raise ops.OperationRejected("already_done", f"the order is {order.status}")
    if not _may_take_over(staff, order.handled_by):
        raise ops.OperationRejected("taken_by_another", "another clerk has taken this order")
    return order


def order_take(session, operation, payload, now) -> dict:
    staff = acting_staff(session, operation)
    order = _order(session, payload)
    if order.status not in OPEN_ORDER:
        raise ops.OperationRejected("already_done", f"the order is {order.status}")
    if order.status == OrderStatus.PROCESSING and not _may_take_over(staff, order.handled_by):
        raise ops.OperationRejected("taken_by_another", "another clerk has taken this order")
    order.status, order.handled_by, order.handled_at = OrderStatus.PROCESSING, staff.id, now
    _audit(session, operation, staff, order.member_id, now, f"order {order.id}")
    return {"order_id": order.id, "status": str(order.status)}


def order_fulfil(session, operation, payload, now) -> dict:
    staff = acting_staff(session, operation)
    order = _open_order(session, payload, staff)
    order.status, order.handled_by, order.handled_at = OrderStatus.SENT, staff.id, now
    order.sent_on = _day(now)
    _audit(session, operation, staff, order.member_id, now, f"order {order.id}")
    return {"order_id": order.id, "status": str(order.status)}


def order_reject(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.StaffOrderRejectV1)
    staff = acting_staff(session, operation)
    order = _open_order(session, payload, staff)
    order.status, order.handled_by, order.handled_at = OrderStatus.REJECTED, staff.id, now
    order.reason = str(payload.reason) + (f": {payload.note}" if payload.note else "")
    _audit(session, operation, staff, order.member_id, now, f"order {order.id}: {payload.reason}")
    return {"order_id": order.id, "status": str(order.status)}


def _request(session: Session, payload: ops.StaffRequestV1) -> ContactRequest:
    request = session.get(ContactRequest, payload.request_id, with_for_update=True)
    member = _member(session, payload.member_niss)
    if request is None or request.member_id != member.id:
        raise ops.OperationRejected("unknown_request", "no such question of this member")
    return request


def request_take(session, operation, payload, now) -> dict:
    staff = acting_staff(session, operation)
    request = _request(session, payload)
    if request.status not in OPEN_REQUEST:
        raise ops.OperationRejected("already_done", f"the question is {request.status}")
    if request.status == RequestStatus.IN_PROGRESS and request.assigned_to == staff.id:
        return {"request_id": request.id, "status": str(request.status)}  # theirs already
    if request.status == RequestStatus.IN_PROGRESS and not _may_take_over(
        staff, request.assigned_to
    ):
        raise ops.OperationRejected("taken_by_another", "another clerk has taken this question")
    request.status, request.assigned_to = RequestStatus.IN_PROGRESS, staff.id
    session.add(
        ContactRequestEvent(
            request_id=request.id, at=now, status=RequestStatus.IN_PROGRESS, staff_id=staff.id
        )
    )
    _audit(session, operation, staff, request.member_id, now, f"request {request.id}")
    return {"request_id": request.id, "status": str(request.status)}


def request_answer(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.StaffRequestAnswerV1)
    staff = acting_staff(session, operation)
    request = _request(session, payload)
    if request.status not in OPEN_REQUEST:
        raise ops.OperationRejected("already_done", f"the question is {request.status}")
    if not _may_take_over(staff, request.assigned_to):
        raise ops.OperationRejected("taken_by_another", "another clerk has taken this question")
    request.status, request.assigned_to = RequestStatus.ANSWERED, staff.id
    session.add(
        ContactRequestEvent(
            request_id=request.id,
            at=now,
            status=RequestStatus.ANSWERED,
            staff_id=staff.id,
            note=payload.answer,
        )
    )
    _audit(session, operation, staff, request.member_id, now, f"request {request.id}")
    return {"request_id": request.id, "status": str(request.status)}


def account_reactivate(session, operation, payload, now) -> dict:
    staff = acting_staff(session, operation)
    member = _member(session, payload.member_niss)
    account = session.scalars(
        select(OnlineAccount).where(OnlineAccount.member_id == member.id).with_for_update()
    ).first()
    if account is None:
        raise ops.OperationRejected("no_account", "this member has no online account")
    if account.status != AccountStatus.DEACTIVATED:
        raise ops.OperationRejected("not_deactivated", f"the account is {account.status}")
    account.status = AccountStatus.ACTIVE
    account.failed_attempts, account.locked_until = 0, None
    _audit(session, operation, staff, member.id, now, f"was: {account.deactivation_reason}")
    return {"member_id": member.id, "status": str(account.status)}


def access_block(session, operation, payload, now) -> dict:
    """The dependant's blocking form: from the day it was received, once they are of age."""
    assert isinstance(payload, ops.StaffBlockingFormV1)
    staff = acting_staff(session, operation)
    member = _member(session, payload.member_niss)
    if member.role != MemberRole.DEPENDANT:
        raise ops.OperationRejected("not_a_dependant", "a holder's file is theirs alone")
    if payload.received_on > _day(now):
        raise ops.OperationRejected("in_future", "the form cannot be received after today")
    majority = majority_age(
        session.connection(), household_id=member.household_id, on=payload.received_on
    )
    if age_on(member.birth_date, payload.received_on) < majority:
        # domain.md §13: until majority the holder sees the dependant's data, form or not.
        raise ops.OperationRejected("not_of_age", "the dependant is not of age")
    if member.access_blocked_on is None or payload.received_on < member.access_blocked_on:
        member.access_blocked_on = payload.received_on
    document = Document(
        member_id=member.id,
        kind="blocking_form",
        title=BLOCKING_FORM_TITLE[Language(member.language)],
        direction=DocumentDirection.RECEIVED,
        dated_on=payload.received_on,
        signed=True,  # on paper: the signed form itself stays in the paper file
        signed_on=payload.received_on,
        operation_id=operation.operation_id,
    )
    session.add(document)
    _audit(session, operation, staff, member.id, now, f"received {payload.received_on}")
    session.flush()
    return {"member_id": member.id, "document_id": document.id}


def letters_posted(session, operation, payload, now) -> dict:
    """Each letter of the batch is sent from `posted_on`, and its PDF is erased."""
    assert isinstance(payload, ops.StaffLettersPostedV1)
    staff = acting_staff(session, operation)
    letters = session.scalars(
        select(PostalLetter).where(PostalLetter.id.in_(payload.letter_ids)).with_for_update()
    ).all()
    if len(letters) != len(set(payload.letter_ids)):
        raise ops.OperationRejected("unknown_letter", "a letter of the batch does not exist")
    posted = []
    for letter in letters:
        if letter.sent_on is None:
            letter.sent_on, letter.pdf = payload.posted_on, None
            posted.append(letter.id)
            _audit(session, operation, staff, letter.member_id, now, f"letter {letter.id}")
    return {"posted": sorted(posted)}


HANDLERS = {
    "staff.order.take": order_take,
    "staff.order.fulfil": order_fulfil,
    "staff.order.reject": order_reject,
    "staff.request.take": request_take,
    "staff.request.answer": request_answer,
    "staff.account.reactivate": account_reactivate,
    "staff.access.block": access_block,
    "staff.letters.posted": letters_posted,
}


def audit_outcome(
    session: Session, operation: InboxOperation, *, applied: bool, reason=None, at: dt.datetime
) -> None:
    """The audit log's side of an operation a clerk made, beyond the staff actions' own
    entries: a member's order, question or contact change made at the counter, and every
    staff action the worker refused (a forged one too), with why."""
    prefix, _, login = operation.actor.partition(":")
    staff_kind = operation.kind in ops.STAFF_KINDS
    if applied and (staff_kind or prefix != "staff"):
        return  # a staff action audits itself; a member's own operation is not staff work
    if not applied and not staff_kind:
        return
    if session.get_bind().dialect.name == "postgresql":
        # Whose login pushed it, whatever the actor claims (a forged claim names nobody else).
        staff = None
        if operation.inserted_by is not None:
            staff = session.scalars(
                select(Staff).where(Staff.db_role == operation.inserted_by)
            ).first()
    else:
        staff = session.scalars(select(Staff).where(Staff.login == login)).first()
        staff = staff if prefix == "staff" else None
    member = None
    if operation.member_niss:
        member = session.scalars(select(Member).where(Member.niss == operation.member_niss)).first()
    session.add(
        AuditEntry(
            at=at,
            staff_id=staff.id if staff is not None else None,
            terminal=operation.terminal_id,
            action="staff_action_refused" if not applied else "done_at_the_counter",
            member_id=member.id if member is not None else None,
            detail=f"{operation.kind}: {reason}" if reason else operation.kind,
        )
    )
