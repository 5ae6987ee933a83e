"""The medical adviser's part of the counter's queue (kind MEDICAL): partial resumption requests
not yet decided and received certificates not yet checked, listed with the orders and the
questions by app/services/queue.py (which makes them QueueItems and gives these functions under
its own name too); and what the counter does with them, each a staff
operation in the counter's outbox, applied once by the central worker
(app/sync/incapacity_apply.py), which checks the clerk and their rights again.

Roles: any clerk registers a paper certificate received (dated the day it came in) and takes
a request; medical advisers alone (`StaffSession.medical_adviser`; on PostgreSQL membership of
guichet_advisers) check a certificate and authorise or refuse a partial resumption.

On PostgreSQL a clerk's login reads every partial resumption and the unchecked certificates
(migration 0012's row-level security: the queue's), no other certificate outside a visit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.domain.clock import BRUSSELS, brussels_today, stored_utc
from app.domain.codes import CertificateKind, ResumptionStatus, WorkStatus
from app.services.accounts import parse_niss
from app.services.errors import InvalidForm, Refused
from app.services.member_file import Queued
from app.services.staff import StaffSession
from app.store.models import (
    Agency,
    Household,
    IncapacityCertificate,
    Member,
    PartialResumption,
    Staff,
)
from app.sync.terminal import Outbox

MEDICAL = "medical"  # QueueItem.kind
RESUMPTION, CERTIFICATE = "resumption", "certificate"  # QueueItem.subkind of a MEDICAL item
REGISTERED_KINDS = (CertificateKind.INITIAL, CertificateKind.PROLONGATION)
MAX_REASON = 500  # partial_resumption.reason
MAX_DOCTOR = 120  # incapacity_certificate.doctor_name


def _start_of(day: dt.date) -> dt.datetime:
    """A day's start in Brussels, in UTC (a certificate is dated, not timed)."""
    return dt.datetime.combine(day, dt.time(), tzinfo=BRUSSELS).astimezone(dt.UTC)


class QueueItem(Protocol):
    """What these functions read of app/services/queue.QueueItem."""

    kind: str
    subkind: str | None
    item_id: int
    member_niss: str


def medical_items(
    session: Session, staff_id: int, *, agency_id: int | None, now: dt.datetime
) -> list[dict[str, Any]]:
    """The open partial resumptions and the unchecked certificates, with their member: each
    a QueueItem's fields."""
    taker = aliased(Staff)
    items: list[dict[str, Any]] = []
    resumptions = (
        select(
            PartialResumption,
            Member,
            Agency.id.label("agency_id"),
            Agency.name.label("agency_name"),
            taker.full_name.label("taker"),
        )
        .join(Member, Member.id == PartialResumption.member_id)
        .join(Household, Household.id == Member.household_id)
        .join(Agency, Agency.id == Household.agency_id)
        .outerjoin(taker, taker.id == PartialResumption.assigned_to)
        .where(PartialResumption.status == ResumptionStatus.RECEIVED)
    )
    certificates = (
        select(
            IncapacityCertificate,
            Member,
            Agency.id.label("agency_id"),
            Agency.name.label("agency_name"),
        )
        .join(Member, Member.id == IncapacityCertificate.member_id)
        .join(Household, Household.id == Member.household_id)
        .join(Agency, Agency.id == Household.agency_id)
        .where(IncapacityCertificate.checked_on.is_(None))
    )
    if agency_id is not None:
        resumptions = resumptions.where(Household.agency_id == agency_id)
        certificates = certificates.where(Household.agency_id == agency_id)

    def item(row, record, received_at: dt.datetime, **fields) -> dict[str, Any]:
        member = row.Member
        return {
            "kind": MEDICAL,
            "item_id": record.id,
            "member_niss": member.niss,
            "member_name": f"{member.first_names} {member.last_name}",
            "agency_id": row.agency_id,
            "agency_name": row.agency_name,
            "received_at": received_at,
            "age": now - received_at,
            "quantity": None,
            "for_name": None,
            **fields,
        }

    for row in session.execute(resumptions):
        request = row.PartialResumption
        items.append(
            item(
                row,
                request,
                stored_utc(request.created_at),
                status=str(request.status),
                taken_by=row.taker,
                taken_by_me=request.assigned_to == staff_id,
                what=RESUMPTION,
                subkind=RESUMPTION,
                starts_on=request.starts_on,
                work_hours=request.work_hours,
                reference_hours=request.reference_hours,
                employer=request.employer,
                self_employed=request.self_employed,
                reached_on=request.reached_on,
                timeliness=str(request.timeliness),
            )
        )
    for row in session.execute(certificates):
        certificate = row.IncapacityCertificate
        items.append(
            item(
                row,
                certificate,
                _start_of(certificate.received_on),
                status=ResumptionStatus.RECEIVED.value,
                taken_by=None,
                taken_by_me=False,
                what=CERTIFICATE,
                subkind=CERTIFICATE,
                certificate_kind=str(certificate.kind),
                covers_from=certificate.covers_from,
                covers_to=certificate.covers_to,
                received_on=certificate.received_on,
                channel=str(certificate.channel),
                doctor_name=certificate.doctor_name,
            )
        )
    return items


def _queue(outbox: Outbox, staff: StaffSession, kind: str, payload: dict) -> Queued:
    return Queued(str(outbox.enqueue(kind, payload, actor=staff.actor)))


def _adviser(staff: StaffSession) -> None:
    if not staff.medical_adviser:
        raise Refused("adviser_only")


def _medical(item: QueueItem, subkind: str) -> None:
    if item.kind != MEDICAL or item.subkind != subkind:
        raise ValueError(f"not a {subkind}")


def take_resumption(outbox: Outbox, staff: StaffSession, item: QueueItem) -> Queued:
    """Take a partial resumption request: it is yours; another clerk sees who has it."""
    _medical(item, RESUMPTION)
    payload = {"member_niss": item.member_niss, "resumption_id": item.item_id}
    return _queue(outbox, staff, "staff.resumption.take", payload)


def decide_resumption(
    outbox: Outbox, staff: StaffSession, item: QueueItem, *, authorised: bool, reason: str | None
) -> Queued:
    """The medical adviser authorises or refuses a partial resumption; a refusal says why (the
    member reads the reason in "My requests"). Refused("adviser_only") for anyone else."""
    _medical(item, RESUMPTION)
    _adviser(staff)
    reason = (reason or "").strip()
    if not authorised and not reason:
        raise InvalidForm({"reason": "reason_required"})
    if len(reason) > MAX_REASON:
        raise InvalidForm({"reason": "too_long"})
    payload = {
        "member_niss": item.member_niss,
        "resumption_id": item.item_id,
        "authorised": authorised,
        "reason": reason or None,
    }
    return _queue(outbox, staff, "staff.resumption.decide", payload)


def check_certificate(outbox: Outbox, staff: StaffSession, item: QueueItem) -> Queued:
    """The medical adviser saw a received certificate: it leaves the queue."""
    _medical(item, CERTIFICATE)
    _adviser(staff)
    payload = {"member_niss": item.member_niss, "certificate_id": item.item_id}
    return _queue(outbox, staff, "staff.certificate.check", payload)


def register_certificate(
    outbox: Outbox,
    staff: StaffSession,
    member_niss: str,
    *,
    kind: str,
    covers_from: dt.date | None,
    covers_to: dt.date | None,
    received_on: dt.date,
    doctor_name: str,
    work_status: str | None = None,
    today: dt.date | None = None,
) -> Queued:
    """A paper certificate received, dated the day it came in (never after today); the central
    worker files it as a prolongation, a relapse or a new incapacity. InvalidForm with every
    problem at once: niss, kind, work_status (a first certificate's), covers_from/covers_to,
    received_on, doctor."""
    problems: dict[str, str] = {}
    niss = None
    try:
        niss = parse_niss(member_niss)
    except InvalidForm as invalid:
        problems.update(invalid.problems)
    if kind not in REGISTERED_KINDS:
        problems["kind"] = "choose_kind"
    if kind == CertificateKind.INITIAL and work_status not in {s.value for s in WorkStatus}:
        problems["work_status"] = "choose_work_status"
    if covers_from is None or covers_to is None:
        problems["covers_to" if covers_from else "covers_from"] = "certificate_dates_missing"
    elif covers_to < covers_from:
        problems["covers_to"] = "certificate_ends_before_start"
    if received_on > (today or brussels_today()):
        problems["received_on"] = "in_future"
    doctor_name = (doctor_name or "").strip()
    if not doctor_name:
        problems["doctor"] = "doctor_required"
    elif len(doctor_name) > MAX_DOCTOR:
        problems["doctor"] = "too_long"
    if problems:
        raise InvalidForm(problems)
    assert niss is not None and covers_from and covers_to
    payload = {
        "member_niss": niss.digits,
        "kind": kind,
        "covers_from": covers_from.isoformat(),
        "covers_to": covers_to.isoformat(),
        "received_on": received_on.isoformat(),
        "doctor_name": doctor_name,
        "work_status": work_status if kind == CertificateKind.INITIAL else None,
    }
    return _queue(outbox, staff, "staff.certificate.register", payload)
