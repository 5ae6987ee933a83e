"""The counter's work: the queue of orders, questions and the medical adviser's items (partial
resumptions, received certificates: app/services/medical_queue.py), the letters waiting for
the post, and two decisions about a member's file (an online account made active again, a
blocking form).

Reads go to the central database with the counter's role; every change is a staff operation in
the counter's outbox ("staff:<login>"), applied once by the central worker, which checks the
clerk and their role again and writes the audit entry with the change
(app/sync/staff_apply.py). What a clerk opens or prints is audited at once, in the same
transaction as the read (as opening a member's file is, app/services/staff.py).

Roles: clerks work the queue and register blocking forms; supervisors also reactivate online
accounts, print the letters (they carry passwords in clear) and take over what another clerk
has taken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.orm import Session, aliased

from app.domain.clock import stored_utc
from app.domain.codes import (
    MemberRole,
    OrderStatus,
    RequestStatus,
    StaffRole,
)
from app.domain.membership import age_on
from app.services.accidents import ACCIDENT, accident_items
from app.services.errors import InvalidForm, Refused, reaching_central
from app.services.medical_queue import (  # the contract's names here too (contracts.md C)
    MEDICAL,
    check_certificate,  # noqa: F401
    decide_resumption,  # noqa: F401
    medical_items,
    register_certificate,  # noqa: F401
    take_resumption,
)
from app.services.member_file import Queued
from app.services.staff import StaffSession
from app.store.models import (
    Agency,
    AuditEntry,
    ContactRequest,
    ContactRequestEvent,
    DocumentOrder,
    Household,
    Member,
    OnlineAccount,
    PostalLetter,
    Staff,
)
from app.store.parameters import majority_age
from app.sync.terminal import Outbox

ORDER, REQUEST = "order", "request"
OPEN_ORDERS = (OrderStatus.RECEIVED, OrderStatus.PROCESSING)
OPEN_REQUESTS = (RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS)
ALL_AGENCIES = None
MAX_ANSWER = 5000
MAX_NOTE = 150  # with the reason's code, what document_order.reason holds


def _supervisor(staff: StaffSession) -> None:
    if staff.role == StaffRole.CLERK:
        raise Refused("supervisor_only")


def _audit(
    connection: Connection,
    staff: StaffSession,
    action: str,
    member_id,
    *,
    terminal,
    now,
    detail: str,
) -> None:
    # Inline: the counter's role adds audit entries and cannot read them back.
    connection.execute(
        insert(AuditEntry)
        .inline()
        .values(
            at=stored_utc(now),
            staff_id=staff.staff_id,
            terminal=terminal,
            action=action,
            member_id=member_id,
            detail=detail,
        )
    )


# --- The queue ------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueItem:
    kind: str  # "order", "request" or "medical"
    item_id: int  # a medical item's: the partial_resumption's or the incapacity_certificate's
    member_niss: str
    member_name: str
    agency_id: int
    agency_name: str
    received_at: dt.datetime
    age: dt.timedelta  # how long it has waited
    status: str  # OrderStatus / RequestStatus value
    taken_by: str | None  # the clerk's name
    taken_by_me: bool
    what: str  # an order: its kind; a question: its title
    quantity: int | None  # an order's
    for_name: str | None  # whom an order is for
    # A medical item's (medical_queue.py): "resumption" or "certificate", and what it says.
    subkind: str | None = None
    starts_on: dt.date | None = None  # a partial resumption's: its start, hours a week,
    work_hours: Decimal | None = None  # of a full-time week's, the employer, the day it
    reference_hours: Decimal | None = None  # reached us and its Timeliness value
    employer: str | None = None
    self_employed: bool | None = None
    reached_on: dt.date | None = None
    timeliness: str | None = None
    certificate_kind: str | None = None  # a certificate's: CertificateKind, what it covers,
    covers_from: dt.date | None = None  # the day it came in, CertificateChannel, the doctor
    covers_to: dt.date | None = None
    received_on: dt.date | None = None
    channel: str | None = None
    doctor_name: str | None = None
    presumed_on: dt.date | None = None  # an accident declaration's (its received_on, channel)
    due_on: dt.date | None = None
    was_accident: bool | None = None  # and what the member answered on it (AccidentKind
    accident_kind: str | None = None  # value), its signed form among the member's documents
    happened_on: dt.date | None = None
    place: str | None = None
    description: str | None = None
    third_party: bool | None = None
    third_party_name: str | None = None
    third_party_address: str | None = None
    insurer: str | None = None
    policy_number: str | None = None
    police_report: str | None = None
    document_id: int | None = None


@dataclass(frozen=True)
class Agencies:
    mine: int | None
    all: tuple[tuple[int, str], ...]  # (id, name), by name


@reaching_central
def agencies(central: Engine, staff: StaffSession) -> Agencies:
    with central.connect() as connection:
        rows = connection.execute(select(Agency.id, Agency.name).order_by(Agency.name)).all()
    return Agencies(staff.agency_id, tuple((r.id, r.name) for r in rows))


@reaching_central
def open_items(
    central: Engine,
    staff: StaffSession,
    *,
    agency_id: int | None = ALL_AGENCIES,
    kinds: tuple[str, ...] = (ORDER, REQUEST, MEDICAL, ACCIDENT),
    now: dt.datetime,
) -> tuple[QueueItem, ...]:
    """The orders, questions and medical items not yet done, oldest first, of one agency (the
    member's household's) or all of them."""
    now = stored_utc(now)
    items: list[QueueItem] = []
    taker = aliased(Staff)
    with Session(central) as connection:  # ORM rows: several tables of the same columns
        if ORDER in kinds:
            beneficiary = aliased(Member)
            query = (
                select(
                    DocumentOrder,
                    Member,
                    beneficiary,
                    Agency.id.label("agency_id"),
                    Agency.name.label("agency_name"),
                    taker.full_name.label("taker"),
                )
                .join(Member, Member.id == DocumentOrder.member_id)
                .join(beneficiary, beneficiary.id == DocumentOrder.for_member_id)
                .join(Household, Household.id == Member.household_id)
                .join(Agency, Agency.id == Household.agency_id)
                .outerjoin(taker, taker.id == DocumentOrder.handled_by)
                .where(DocumentOrder.status.in_(OPEN_ORDERS))
            )
            if agency_id is not None:
                query = query.where(Household.agency_id == agency_id)
            for row in connection.execute(query):
                order = row.DocumentOrder
                items.append(
                    QueueItem(
                        ORDER,
                        order.id,
                        row.Member.niss,
                        f"{row.Member.first_names} {row.Member.last_name}",
                        row.agency_id,
                        row.agency_name,
                        stored_utc(order.ordered_at),
                        now - stored_utc(order.ordered_at),
                        str(order.status),
                        row.taker,
                        order.handled_by == staff.staff_id,
                        str(order.kind),
                        order.quantity,
                        f"{row[2].first_names} {row[2].last_name}",
                    )
                )
        if REQUEST in kinds:
            query = (
                select(
                    ContactRequest,
                    Member,
                    Agency.id.label("agency_id"),
                    Agency.name.label("agency_name"),
                    taker.full_name.label("taker"),
                )
                .join(Member, Member.id == ContactRequest.member_id)
                .join(Household, Household.id == Member.household_id)
                .join(Agency, Agency.id == Household.agency_id)
                .outerjoin(taker, taker.id == ContactRequest.assigned_to)
                .where(ContactRequest.status.in_(OPEN_REQUESTS))
            )
            if agency_id is not None:
                query = query.where(Household.agency_id == agency_id)
            for row in connection.execute(query):
                request = row.ContactRequest
                items.append(
                    QueueItem(
                        REQUEST,
                        request.id,
                        row.Member.niss,
                        f"{row.Member.first_names} {row.Member.last_name}",
                        row.agency_id,
                        row.agency_name,
                        stored_utc(request.created_at),
                        now - stored_utc(request.created_at),
                        str(request.status),
                        row.taker,
                        request.assigned_to == staff.staff_id,
                        request.subject,
                        None,
                        None,
                    )
                )
        if MEDICAL in kinds:
            rows = medical_items(connection, staff.staff_id, agency_id=agency_id, now=now)
            items += [QueueItem(**row) for row in rows]
        if ACCIDENT in kinds:
            rows = accident_items(connection, staff.staff_id, agency_id=agency_id, now=now)
            items += [QueueItem(**row) for row in rows]
    return tuple(sorted(items, key=lambda item: (item.received_at, item.kind, item.item_id)))


@dataclass(frozen=True)
class HistoryStep:
    at: dt.datetime
    status: str
    by: str | None
    note: str | None


@dataclass(frozen=True)
class RequestDetail:
    item: QueueItem
    topic: str
    message: str
    answer_by: str | None
    phone: str | None
    mobile: str | None
    email: str | None
    street_and_number: str
    box: str | None
    postcode: str
    municipality: str
    language: str
    history: tuple[HistoryStep, ...]


@reaching_central
def request_detail(
    central: Engine, staff: StaffSession, item: QueueItem, *, terminal: str, now: dt.datetime
) -> RequestDetail:
    """A question in full, with how to answer the member; opening it is audited."""
    if item.kind != REQUEST:
        raise ValueError("not a question")
    with Session(central, expire_on_commit=False) as connection, connection.begin():
        row = connection.execute(
            select(ContactRequest, Member)
            .join(Member, Member.id == ContactRequest.member_id)
            .where(ContactRequest.id == item.item_id)
        ).one_or_none()
        if row is None:
            raise Refused("unknown_request")
        request, member = row.ContactRequest, row.Member
        steps = connection.execute(
            select(ContactRequestEvent, Staff.full_name)
            .outerjoin(Staff, Staff.id == ContactRequestEvent.staff_id)
            .where(ContactRequestEvent.request_id == request.id)
            .order_by(ContactRequestEvent.at, ContactRequestEvent.id)
        ).all()
        _audit(
            connection,
            staff,
            "request_opened",
            member.id,
            terminal=terminal,
            now=now,
            detail=f"request {request.id}",
        )
    return RequestDetail(
        item=item,
        topic=request.topic,
        message=request.message,
        answer_by=str(request.answer_by) if request.answer_by else None,
        phone=member.phone,
        mobile=member.mobile,
        email=member.email,
        street_and_number=f"{member.street} {member.house_number}",
        box=member.box,
        postcode=member.postcode,
        municipality=member.municipality,
        language=str(member.language),
        history=tuple(
            HistoryStep(
                stored_utc(e.ContactRequestEvent.at),
                str(e.ContactRequestEvent.status),
                e.full_name,
                e.ContactRequestEvent.note,
            )
            for e in steps
        ),
    )


def _queue(outbox: Outbox, staff: StaffSession, kind: str, payload: dict) -> Queued:
    return Queued(str(outbox.enqueue(kind, payload, actor=staff.actor)))


def _may_work_on(staff: StaffSession, item: QueueItem) -> None:
    if item.taken_by is not None and not item.taken_by_me and staff.role == StaffRole.CLERK:
        raise Refused("taken_by_another")


def take(outbox: Outbox, staff: StaffSession, item: QueueItem) -> Queued:
    """Take an order, a question or a partial resumption: it is yours; another clerk sees who
    has it."""
    _may_work_on(staff, item)
    if item.kind == MEDICAL:
        return take_resumption(outbox, staff, item)
    key = "order_id" if item.kind == ORDER else "request_id"
    return _queue(
        outbox,
        staff,
        f"staff.{item.kind}.take",
        {"member_niss": item.member_niss, key: item.item_id},
    )


def fulfil_order(outbox: Outbox, staff: StaffSession, item: QueueItem) -> Queued:
    """The documents are in the post: the order is sent, the member sees it so."""
    if item.kind != ORDER:
        raise ValueError("not an order")
    _may_work_on(staff, item)
    return _queue(
        outbox,
        staff,
        "staff.order.fulfil",
        {"member_niss": item.member_niss, "order_id": item.item_id},
    )


def refuse_order(
    outbox: Outbox, staff: StaffSession, item: QueueItem, reason: str, note: str = ""
) -> Queued:
    if item.kind != ORDER:
        raise ValueError("not an order")
    _may_work_on(staff, item)
    from app.domain.codes import OrderRefusal

    try:
        reason = OrderRefusal(reason).value
    except ValueError:
        raise InvalidForm({"reason": "choose_reason"}) from None
    note = (note or "").strip()
    if reason == OrderRefusal.OTHER and not note:
        raise InvalidForm({"note": "note_required"})
    if len(note) > MAX_NOTE:
        raise InvalidForm({"note": "too_long"})
    payload = {
        "member_niss": item.member_niss,
        "order_id": item.item_id,
        "reason": reason,
        "note": note or None,
    }
    return _queue(outbox, staff, "staff.order.reject", payload)


def answer_request(outbox: Outbox, staff: StaffSession, item: QueueItem, answer: str) -> Queued:
    """The answer, as the member will read it in "My requests" (and receives it as asked)."""
    if item.kind != REQUEST:
        raise ValueError("not a question")
    _may_work_on(staff, item)
    answer = (answer or "").strip()
    if not answer:
        raise InvalidForm({"answer": "answer_required"})
    if len(answer) > MAX_ANSWER:
        raise InvalidForm({"answer": "too_long"})
    return _queue(
        outbox,
        staff,
        "staff.request.answer",
        {"member_niss": item.member_niss, "request_id": item.item_id, "answer": answer},
    )


# --- Letters waiting for the post -----------------------------------------------------------


@dataclass(frozen=True)
class WaitingLetter:
    letter_id: int
    kind: str  # LetterKind value
    member_name: str
    postcode: str
    leaves_on: dt.date


@reaching_central
def letters_waiting(central: Engine, staff: StaffSession) -> tuple[WaitingLetter, ...]:
    """The letters not posted yet (credentials, new passwords), oldest first."""
    _supervisor(staff)
    with central.connect() as connection:
        rows = connection.execute(
            select(
                PostalLetter.id,
                PostalLetter.kind,
                PostalLetter.leaves_on,
                Member.first_names,
                Member.last_name,
                Member.postcode,
            )
            .join(Member, Member.id == PostalLetter.member_id)
            .where(PostalLetter.sent_on.is_(None), PostalLetter.pdf.is_not(None))
            .order_by(PostalLetter.leaves_on, PostalLetter.id)
        ).all()
    return tuple(
        WaitingLetter(r.id, str(r.kind), f"{r.first_names} {r.last_name}", r.postcode, r.leaves_on)
        for r in rows
    )


@reaching_central
def letters_batch(
    central: Engine,
    staff: StaffSession,
    letter_ids: list[int],
    *,
    terminal: str,
    now: dt.datetime,
) -> bytes:
    """The letters as one PDF to print, each printing audited; they are marked posted once
    they leave (`mark_letters_posted`)."""
    _supervisor(staff)
    if not letter_ids:
        raise InvalidForm({"letters": "no_letters"})
    with central.begin() as connection:
        rows = connection.execute(
            select(PostalLetter.id, PostalLetter.member_id, PostalLetter.pdf)
            .where(
                PostalLetter.id.in_(letter_ids),
                PostalLetter.sent_on.is_(None),
                PostalLetter.pdf.is_not(None),
            )
            .order_by(PostalLetter.leaves_on, PostalLetter.id)
        ).all()
        if len(rows) != len(set(letter_ids)):
            raise Refused("letters_changed")  # posted or gone since the list was read
        for row in rows:
            _audit(
                connection,
                staff,
                "letter_printed",
                row.member_id,
                terminal=terminal,
                now=now,
                detail=f"letter {row.id}",
            )
    from app.documents.render import concatenate

    return concatenate([bytes(row.pdf) for row in rows])


def mark_letters_posted(
    outbox: Outbox, staff: StaffSession, letter_ids: list[int], *, posted_on: dt.date
) -> Queued:
    _supervisor(staff)
    if not letter_ids:
        raise InvalidForm({"letters": "no_letters"})
    return Queued(
        str(
            outbox.enqueue(
                "staff.letters.posted",
                {"letter_ids": sorted(set(letter_ids)), "posted_on": posted_on.isoformat()},
                actor=staff.actor,
            )
        )
    )


# --- Decisions about a member's file --------------------------------------------------------


@dataclass(frozen=True)
class DependantAccess:
    niss: str
    name: str
    age: int
    of_age: bool  # a blocking form can be registered from majority on
    blocked_on: dt.date | None


@dataclass(frozen=True)
class CounterFacts:
    """What the counter's member file shows to decide: the account, the dependants' access."""

    account_status: str | None  # AccountStatus value; None: no online account
    deactivation_reason: str | None
    dependants: tuple[DependantAccess, ...]


@reaching_central
def counter_facts(central: Engine, niss: str, today: dt.date) -> CounterFacts:
    with central.connect() as connection:
        member = connection.execute(select(Member).where(Member.niss == niss)).one_or_none()
        if member is None:
            raise Refused("unknown_member")
        account = connection.execute(
            select(OnlineAccount.status, OnlineAccount.deactivation_reason).where(
                OnlineAccount.member_id == member.id
            )
        ).first()
        majority = majority_age(connection, household_id=member.household_id, on=today)
        dependants = connection.execute(
            select(Member)
            .where(Member.holder_id == member.id, Member.role == MemberRole.DEPENDANT)
            .order_by(Member.birth_date)
        ).all()
    return CounterFacts(
        account_status=str(account.status) if account else None,
        deactivation_reason=account.deactivation_reason if account else None,
        dependants=tuple(
            DependantAccess(
                d.niss,
                f"{d.first_names} {d.last_name}",
                age_on(d.birth_date, today),
                age_on(d.birth_date, today) >= majority,
                d.access_blocked_on,
            )
            for d in dependants
        ),
    )


def reactivate_account(outbox: Outbox, staff: StaffSession, member_niss: str) -> Queued:
    _supervisor(staff)
    return Queued(
        str(
            outbox.enqueue(
                "staff.account.reactivate", {"member_niss": member_niss}, actor=staff.actor
            )
        )
    )


def register_blocking_form(
    outbox: Outbox,
    staff: StaffSession,
    dependant: DependantAccess,
    *,
    received_on: dt.date,
    today: dt.date,
) -> Queued:
    """The form a dependant of age signed and returned: their holder no longer sees them."""
    if not dependant.of_age:
        raise Refused("not_of_age")
    if received_on > today:
        raise InvalidForm({"received_on": "in_future"})
    payload = {"member_niss": dependant.niss, "received_on": received_on.isoformat()}
    return Queued(str(outbox.enqueue("staff.access.block", payload, actor=staff.actor)))
