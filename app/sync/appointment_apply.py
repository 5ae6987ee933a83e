"""The central worker's side of appointments (issue 16 item 4): a member books, moves or
cancels an appointment; a clerk opens and withdraws an agency's slots. Each handler runs inside
the worker's transaction (app/sync/apply.py), after the operation's proof was checked (the
visit's, as every member operation; the clerk's own login for the slots).

Nothing is booked twice. The unique index `ux_appointment_slot_booked` (one booked appointment
per slot) decides: the booking's row is inserted in a SAVEPOINT, and the loser of two members
taking one slot at once gets the IntegrityError there, is rolled back to it and refused
`slot_taken`; the worker's transaction and its record of the operation stay sound. The slot's
row is locked first (FOR UPDATE on PostgreSQL), so a withdrawal and a booking do not cross.
A move takes the new slot before it frees the old one, in the same transaction: refused, the
member keeps their appointment. Refusals: `slot_taken` (taken, withdrawn, or gone),
`slot_past` (it began before the worker applies it), `not_your_appointment`, `already_done`
(cancelled or moved meanwhile), `appointment_past`; for the slots `unknown_agency`,
`other_agency` (a clerk manages their own agency's, a supervisor any), `slot_booked` (cancel
the appointment first), `slot_past`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.clock import stored_utc
from app.domain.codes import AppointmentStatus, Channel
from app.store.models import Agency, Appointment, AppointmentSlot, AuditEntry, Member, Staff
from app.sync import operations as ops
from app.sync.member_apply import Handler
from app.sync.operations import OperationKind as K
from app.sync.staff_apply import Clerk, acting_staff

BOOKED_INDEX = "ux_appointment_slot_booked"
SLOTS_OPENED = "slots_opened"  # the audit log's actions
SLOTS_WITHDRAWN = "slots_withdrawn"


def _member(session: Session, niss: str) -> Member:
    member = session.scalars(select(Member).where(Member.niss == niss)).first()
    if member is None:
        raise ops.OperationRejected("unknown_member", "no member with this national number")
    return member


def _lock_slots(session: Session, slot_ids: list[int]) -> dict[int, AppointmentSlot]:
    """The slots, locked in id order (two moves crossing never wait on each other)."""
    found = session.scalars(
        select(AppointmentSlot)
        .where(AppointmentSlot.id.in_(sorted(set(slot_ids))))
        .order_by(AppointmentSlot.id)
        .with_for_update()
    ).all()
    return {slot.id: slot for slot in found}


def _bookable(slot: AppointmentSlot | None, now: dt.datetime) -> AppointmentSlot:
    # Whether it is booked is not asked here: the unique index answers that (_take).
    if slot is None or slot.withdrawn:
        raise ops.OperationRejected("slot_taken", "no such slot, or withdrawn")
    if stored_utc(slot.starts_at) <= now:
        raise ops.OperationRejected("slot_past", f"the slot began at {slot.starts_at}")
    return slot


def _clerk_id(session: Session, operation) -> int | None:
    """The clerk who booked for the member at the counter (None: the member at a terminal):
    on PostgreSQL the login that pushed it, on SQLite the actor's staff row."""
    prefix, _, login = operation.actor.partition(":")
    if prefix != "staff":
        return None
    if session.get_bind().dialect.name == "postgresql":
        if operation.inserted_by is None:
            return None
        return session.scalar(select(Staff.id).where(Staff.db_role == operation.inserted_by))
    return session.scalar(select(Staff.id).where(Staff.login == login))


def _taken_by_index(exc: IntegrityError) -> bool:
    message = str(exc.orig)
    return BOOKED_INDEX in message or "appointment.slot_id" in message


def _take(
    session: Session,
    operation,
    member: Member,
    slot: AppointmentSlot,
    *,
    subject: str | None,
    channel: str,
    now: dt.datetime,
) -> Appointment:
    """The member's appointment in `slot`, inserted in its own SAVEPOINT: refused
    `slot_taken` when the unique index finds the slot booked (by a member applied before, or
    at the same moment by another worker)."""
    appointment = Appointment(
        slot_id=slot.id,
        member_id=member.id,
        status=AppointmentStatus.BOOKED,
        subject=subject,
        channel=Channel(channel),
        booked_at=now,
        booked_by=_clerk_id(session, operation),
        operation_id=operation.operation_id,
    )
    try:
        with session.begin_nested():
            session.add(appointment)
            session.flush()
    except IntegrityError as exc:
        if not _taken_by_index(exc):
            raise
        raise ops.OperationRejected("slot_taken", "booked by another member") from None
    slot.booked = True
    return appointment


def _own_booked(session: Session, member: Member, appointment_id: int) -> Appointment:
    appointment = session.get(Appointment, appointment_id, with_for_update=True)
    if appointment is None or appointment.member_id != member.id:
        raise ops.OperationRejected("not_your_appointment", "not this member's appointment")
    if appointment.status != AppointmentStatus.BOOKED:
        raise ops.OperationRejected("already_done", f"the appointment is {appointment.status}")
    return appointment


def _result(appointment: Appointment, slot: AppointmentSlot) -> dict:
    return {
        "appointment_id": appointment.id,
        "slot_id": slot.id,
        "starts_at": stored_utc(slot.starts_at).isoformat(),
    }


def _book(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.AppointmentBookV1)
    member = _member(session, payload.member_niss)
    slot = _bookable(_lock_slots(session, [payload.slot_id]).get(payload.slot_id), now)
    appointment = _take(
        session, operation, member, slot, subject=payload.subject, channel=payload.channel,
        now=now,
    )  # fmt: skip
    return _result(appointment, slot)


def _move(session, operation, payload, now) -> dict:
    """The new slot taken first, then the old one freed: refused, nothing changes."""
    assert isinstance(payload, ops.AppointmentMoveV1)
    member = _member(session, payload.member_niss)
    old = _own_booked(session, member, payload.appointment_id)
    slots = _lock_slots(session, [old.slot_id, payload.slot_id])
    if stored_utc(slots[old.slot_id].starts_at) <= now:
        raise ops.OperationRejected("appointment_past", "the appointment has begun")
    slot = _bookable(slots.get(payload.slot_id), now)
    new = _take(
        session, operation, member, slot, subject=old.subject, channel=payload.channel, now=now
    )
    old.status, old.cancelled_at, old.replaced_by_id = AppointmentStatus.MOVED, now, new.id
    slots[old.slot_id].booked = False
    return {**_result(new, slot), "moved_from": old.id}


def _cancel(session, operation, payload, now) -> dict:
    assert isinstance(payload, ops.AppointmentCancelV1)
    member = _member(session, payload.member_niss)
    old = _own_booked(session, member, payload.appointment_id)
    slot = _lock_slots(session, [old.slot_id])[old.slot_id]
    if stored_utc(slot.starts_at) <= now:
        raise ops.OperationRejected("appointment_past", "the appointment has begun")
    old.status, old.cancelled_at = AppointmentStatus.CANCELLED, now
    slot.booked = False
    return {"appointment_id": old.id, "slot_id": slot.id, "status": str(old.status)}


# --- The counter: an agency's slots ------------------------------------------------------


def _may_manage(clerk: Clerk, agency_id: int) -> None:
    if not clerk.supervisor and clerk.staff.agency_id != agency_id:
        raise ops.OperationRejected("other_agency", "a clerk manages their own agency's slots")


def _audit(session, operation, clerk: Clerk, action: str, at, detail: str) -> None:
    session.add(
        AuditEntry(
            at=at,
            staff_id=clerk.id,
            terminal=operation.terminal_id,
            action=action,
            member_id=None,
            detail=detail[:2000],
        )
    )


def _slots_open(session, operation, payload, now) -> dict:
    """New slots (a withdrawn one at the same time is offered again); one already offered
    stays as it is."""
    assert isinstance(payload, ops.StaffSlotsOpenV1)
    clerk = acting_staff(session, operation)
    agency = session.scalars(select(Agency).where(Agency.code == payload.agency_code)).first()
    if agency is None:
        raise ops.OperationRejected("unknown_agency", f"no agency {payload.agency_code!r}")
    _may_manage(clerk, agency.id)
    if any(moment.tzinfo is None for moment in payload.starts_at):
        raise ops.OperationRejected("invalid_payload", "a time without its zone")
    times = sorted({moment.astimezone(dt.UTC) for moment in payload.starts_at})
    if times[0] <= now:
        raise ops.OperationRejected("slot_past", f"{times[0].isoformat()} has passed")
    existing = {
        stored_utc(slot.starts_at): slot
        for slot in session.scalars(
            select(AppointmentSlot)
            .where(
                AppointmentSlot.agency_id == agency.id,
                AppointmentSlot.service == payload.service,
                AppointmentSlot.starts_at.in_(times),
            )
            .with_for_update()
        )
    }
    opened, kept = [], 0
    for moment in times:
        slot = existing.get(moment)
        if slot is None:
            slot = AppointmentSlot(
                agency_id=agency.id, service=payload.service, starts_at=moment,
                minutes=payload.minutes, booked=False, withdrawn=False, created_by=clerk.id,
            )  # fmt: skip
            session.add(slot)
        elif slot.withdrawn and not slot.booked:
            slot.withdrawn, slot.minutes = False, payload.minutes
        else:
            kept += 1
            continue
        opened.append(slot)
    session.flush()
    ids = [slot.id for slot in opened]
    _audit(session, operation, clerk, SLOTS_OPENED, now,
           f"{agency.code} {payload.service}: {', '.join(map(str, ids)) or 'none'}")  # fmt: skip
    return {"opened": ids, "already_open": kept}


def _slots_withdraw(session, operation, payload, now) -> dict:
    """Free slots withdrawn, all or none: a booked one refuses the list."""
    assert isinstance(payload, ops.StaffSlotsWithdrawV1)
    clerk = acting_staff(session, operation)
    slots = _lock_slots(session, payload.slot_ids)
    missing = set(payload.slot_ids) - set(slots)
    if missing:
        raise ops.OperationRejected("invalid_payload", f"no slots {sorted(missing)}")
    for slot in slots.values():
        _may_manage(clerk, slot.agency_id)
        if slot.booked:
            raise ops.OperationRejected("slot_booked", f"slot {slot.id} is booked")
    for slot in slots.values():
        slot.withdrawn = True
    ids = sorted(slots)
    _audit(session, operation, clerk, SLOTS_WITHDRAWN, now, ", ".join(map(str, ids)))
    return {"withdrawn": ids}


HANDLERS: dict[str, Handler] = {
    K.APPOINTMENT_BOOK: _book,
    K.APPOINTMENT_MOVE: _move,
    K.APPOINTMENT_CANCEL: _cancel,
    K.STAFF_SLOTS_OPEN: _slots_open,
    K.STAFF_SLOTS_WITHDRAW: _slots_withdraw,
}
