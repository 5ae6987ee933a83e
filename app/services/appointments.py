"""Appointments at an agency (issue 16 item 4, domain.md §14): the free slots of a service, a
member's appointments, booking, moving and cancelling them through the outbox, the confirmation
to print; at the counter, an agency's day list and the slots its staff open and withdraw.

The slots (`appointment_slot`) are readable by every login: `booked` and `withdrawn` say
nothing of who. A member's appointments are read under the visit's row-level security (a
clerk's login reads those at their own agency, a supervisor's all, for the day list), plus
those still waiting in this terminal's outbox. Every change is an operation
(app/sync/contact_point_operations.py) carrying the visit's proof like every member operation;
the central worker (app/sync/appointment_apply.py) decides: a slot taken meanwhile is refused
`slot_taken` and nothing is booked twice, and the member is offered the next free slots
(`free_slots` again). What can be seen here is refused at once: a slot already begun
(`slot_past`), a slot the central side already shows taken or withdrawn (`slot_taken`, when it
can be reached), an appointment not the member's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import Connection, Engine, and_, false, select, true

from app.domain.clock import BRUSSELS, brussels_today, stored_utc, utc_now
from app.domain.codes import AppointmentStatus, Channel, ContactService, StaffRole
from app.services.errors import CentralUnavailable, InvalidForm, Refused, reaching_central
from app.services.member_file import FileSession, Queued, _viewer
from app.services.staff import StaffSession
from app.store.models import Agency, Appointment, AppointmentSlot, Household, Member
from app.sync.operations import OperationKind as K
from app.sync.terminal import Outbox

HORIZON_DAYS = 28  # how far ahead the free slots are offered: a screen's reach, not a rule
MAX_SUBJECT = 200  # the payload's field (contact_point_operations.Short)
MAX_MINUTES = 240  # the slot's CHECK constraint
MAX_TIMES = 200  # slots opened or withdrawn in one operation (StaffSlotsOpenV1)
PAST_SHOWN = 10  # the member's latest appointments already held, after the coming ones
MEMBER_KINDS = (K.APPOINTMENT_BOOK, K.APPOINTMENT_MOVE, K.APPOINTMENT_CANCEL)


@dataclass(frozen=True)
class Slot:
    id: int
    agency_id: int
    agency_name: str
    service: str  # ContactService value
    starts_at: dt.datetime  # aware UTC; screens show Brussels time
    minutes: int


@dataclass(frozen=True)
class AppointmentView:
    id: int | None  # None while it waits in this terminal's outbox
    slot: Slot
    status: str  # AppointmentStatus value
    subject: str | None
    member_name: str
    waiting_here: bool  # queued here, no answer yet
    operation_id: str | None


@dataclass(frozen=True)
class DayEntry:
    slot: Slot
    booked: bool
    withdrawn: bool
    member_name: str | None
    member_niss: str | None
    subject: str | None


def _utc(moment: dt.datetime) -> dt.datetime:
    """A moment in UTC; a naive one is Brussels wall time (what a clerk types)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=BRUSSELS).astimezone(dt.UTC)
    return moment.astimezone(dt.UTC)


def _service(service: str) -> ContactService:
    try:
        return ContactService(service)
    except ValueError:
        raise InvalidForm({"service": "unknown_service"}) from None


def _slot_columns():
    return (
        AppointmentSlot.id,
        AppointmentSlot.agency_id,
        Agency.name.label("agency_name"),
        AppointmentSlot.service,
        AppointmentSlot.starts_at,
        AppointmentSlot.minutes,
    )


def _slot(row) -> Slot:
    return Slot(
        id=row.id,
        agency_id=row.agency_id,
        agency_name=row.agency_name,
        service=str(ContactService(row.service)),
        starts_at=stored_utc(row.starts_at),
        minutes=row.minutes,
    )


def _name(member) -> str:
    return f"{member.first_names} {member.last_name}"


# --- Free slots ------------------------------------------------------------------------------


def _free(service: ContactService, start: dt.datetime, end: dt.datetime):
    return and_(
        AppointmentSlot.service == service,
        AppointmentSlot.starts_at > start,
        AppointmentSlot.starts_at < end,
        AppointmentSlot.booked.is_(False),
        AppointmentSlot.withdrawn.is_(False),
    )


@reaching_central
def agencies_with_slots(
    central: Engine, *, service: str, now: dt.datetime
) -> tuple[tuple[int, str], ...]:
    """(id, name) of the agencies with a free slot of `service` in the coming HORIZON_DAYS,
    by name."""
    wanted = _service(service)
    now = _utc(now)
    with central.connect() as connection:
        rows = connection.execute(
            select(Agency.id, Agency.name)
            .where(
                select(AppointmentSlot.id)
                .where(
                    AppointmentSlot.agency_id == Agency.id,
                    _free(wanted, now, now + dt.timedelta(days=HORIZON_DAYS)),
                )
                .exists()
            )
            .order_by(Agency.name)
        ).all()
    return tuple((row.id, row.name) for row in rows)


@reaching_central
def free_slots(
    central: Engine,
    *,
    agency_id: int,
    service: str,
    now: dt.datetime,
    days: int = HORIZON_DAYS,
    limit: int = 40,
    after: dt.datetime | None = None,
) -> tuple[Slot, ...]:
    """The agency's free slots of `service` that start after `now` (and after `after`: the
    next page, or the next ones after a slot taken meanwhile) within `days`, earliest first."""
    wanted = _service(service)
    now = _utc(now)
    start = max(now, _utc(after)) if after is not None else now
    with central.connect() as connection:
        rows = connection.execute(
            select(*_slot_columns())
            .join(Agency, Agency.id == AppointmentSlot.agency_id)
            .where(
                AppointmentSlot.agency_id == agency_id,
                _free(wanted, start, now + dt.timedelta(days=days)),
            )
            .order_by(AppointmentSlot.starts_at, AppointmentSlot.id)
            .limit(limit)
        ).all()
    return tuple(_slot(row) for row in rows)


def _slot_rows(connection: Connection, slot_ids: Iterable[int]) -> dict[int, Slot]:
    ids = set(slot_ids)
    if not ids:
        return {}
    rows = connection.execute(
        select(*_slot_columns())
        .join(Agency, Agency.id == AppointmentSlot.agency_id)
        .where(AppointmentSlot.id.in_(ids))
    ).all()
    return {row.id: _slot(row) for row in rows}


# --- The member's appointments ---------------------------------------------------------------


def _booked_of(connection: Connection, member_id: int):
    """The member's booked appointments with their slots (row-level security: a visit's)."""
    return connection.execute(
        select(
            Appointment.id.label("appointment_id"),
            Appointment.status,
            Appointment.subject,
            Appointment.operation_id,
            *_slot_columns(),
        )
        .join(AppointmentSlot, AppointmentSlot.id == Appointment.slot_id)
        .join(Agency, Agency.id == AppointmentSlot.agency_id)
        .where(Appointment.member_id == member_id, Appointment.status == AppointmentStatus.BOOKED)
        .order_by(AppointmentSlot.starts_at)
    ).all()


@reaching_central
def my_appointments(
    central: Engine, session: FileSession, *, now: dt.datetime, outbox: Outbox | None = None
) -> tuple[AppointmentView, ...]:
    """The member's booked appointments, coming ones first (earliest first), then the latest
    PAST_SHOWN already held; with what this terminal's outbox still holds for them: a booking
    (id None), a move (the new slot) or a cancellation (status cancelled), `waiting_here`."""
    now = _utc(now)
    waiting = outbox.unsettled(session.niss, [str(kind) for kind in MEMBER_KINDS]) if outbox else []
    with central.connect() as connection:
        viewer = _viewer(connection, session, brussels_today(now))
        name = _name(viewer)
        rows = _booked_of(connection, viewer.id)
        wanted = {entry.payload["slot_id"] for entry in waiting if "slot_id" in entry.payload}
        slots = _slot_rows(connection, wanted)
    applied = {str(row.operation_id) for row in rows if row.operation_id is not None}
    views = {
        row.appointment_id: AppointmentView(
            row.appointment_id, _slot(row), str(AppointmentStatus(row.status)), row.subject,
            name, waiting_here=False, operation_id=None,
        )
        for row in rows
    }  # fmt: skip
    booking: list[AppointmentView] = []
    for entry in reversed(waiting):  # oldest first: a later operation wins
        operation_id, payload = str(entry.operation_id), entry.payload
        if operation_id in applied:  # applied, its answer not back here yet
            continue
        waits = {"waiting_here": True, "operation_id": operation_id}
        if entry.kind == K.APPOINTMENT_BOOK:
            if payload["slot_id"] in slots:
                booked = str(AppointmentStatus.BOOKED)
                booking.append(
                    AppointmentView(
                        None, slots[payload["slot_id"]], booked, payload.get("subject"), name,
                        **waits,
                    )
                )  # fmt: skip
            continue
        current = views.get(payload["appointment_id"])
        if current is None:
            continue  # cancelled or moved already, or not theirs: the worker will say
        if entry.kind == K.APPOINTMENT_MOVE and payload["slot_id"] in slots:
            views[current.id] = replace(current, slot=slots[payload["slot_id"]], **waits)
        elif entry.kind == K.APPOINTMENT_CANCEL:
            views[current.id] = replace(current, status=str(AppointmentStatus.CANCELLED), **waits)
    every = [*booking, *views.values()]
    coming = sorted((v for v in every if v.slot.starts_at > now), key=lambda v: v.slot.starts_at)
    held = sorted(
        (v for v in every if v.slot.starts_at <= now), key=lambda v: v.slot.starts_at, reverse=True
    )
    return (*coming, *held[:PAST_SHOWN])


# --- Booking, moving, cancelling -----------------------------------------------------------


def _not_begun(slot: Slot, now: dt.datetime) -> None:
    if slot.starts_at <= now:
        raise Refused("slot_past", f"the slot started at {slot.starts_at.isoformat()}")


def _checked_against_central(central: Engine | None, check) -> None:
    """`check(connection)` on the central database when it is there: out of reach, the change
    still waits in the outbox and the worker applies the same rules."""
    if central is None:
        return
    try:
        _with_connection(central, check)
    except CentralUnavailable:
        return


@reaching_central
def _with_connection(central: Engine, check) -> None:
    with central.connect() as connection:
        check(connection)


def _still_free(slot_id: int):
    def check(connection: Connection) -> None:
        row = connection.execute(
            select(AppointmentSlot.booked, AppointmentSlot.withdrawn).where(
                AppointmentSlot.id == slot_id
            )
        ).first()
        if row is None or row.booked or row.withdrawn:
            raise Refused("slot_taken", "taken or withdrawn")

    return check


def _own_booked(session: FileSession, appointment_id: int, now: dt.datetime, then=None):
    """A check that the appointment is the member's, booked and not begun (then `then`)."""

    def check(connection: Connection) -> None:
        viewer = _viewer(connection, session, brussels_today(now))
        row = connection.execute(
            select(Appointment.member_id, Appointment.status, AppointmentSlot.starts_at)
            .join(AppointmentSlot, AppointmentSlot.id == Appointment.slot_id)
            .where(Appointment.id == appointment_id)
        ).first()
        if row is None or row.member_id != viewer.id:
            raise Refused("not_your_appointment")
        if row.status != AppointmentStatus.BOOKED:
            raise Refused("already_done", f"the appointment is {row.status}")
        if stored_utc(row.starts_at) <= now:
            raise Refused("appointment_past")
        if then is not None:
            then(connection)

    return check


def _subject(subject: str | None) -> str | None:
    subject = (subject or "").strip() or None
    if subject is not None and len(subject) > MAX_SUBJECT:
        raise InvalidForm({"subject": "too_long"}, {"subject": subject, "max": MAX_SUBJECT})
    return subject


def book(
    outbox: Outbox,
    session: FileSession,
    slot: Slot,
    subject: str | None,
    *,
    actor: str,
    channel: str,
    central: Engine | None = None,
    now: dt.datetime | None = None,
) -> Queued:
    """Queue a booking of `slot` for the session's member. Refused("slot_past") for a slot
    already begun; with `central` reachable, Refused("slot_taken") for one it shows taken or
    withdrawn. InvalidForm({"subject": "too_long"}) past MAX_SUBJECT characters."""
    now = _utc(now or utc_now())
    subject = _subject(subject)
    way = Channel(channel)  # the backend's own: ValueError is a defect
    _not_begun(slot, now)
    _checked_against_central(central, _still_free(slot.id))
    payload = {"member_niss": session.niss, "slot_id": slot.id, "subject": subject,
               "channel": way.value}  # fmt: skip
    return Queued(str(outbox.enqueue(K.APPOINTMENT_BOOK.value, payload, actor=actor, version=1)))


def move(
    outbox: Outbox,
    session: FileSession,
    appointment_id: int,
    slot: Slot,
    *,
    actor: str,
    channel: str,
    central: Engine | None = None,
    now: dt.datetime | None = None,
) -> Queued:
    """Queue the move of the member's appointment to `slot` (the worker takes the new slot
    before it frees the old, in one transaction). Refused as `book`, and with `central`
    reachable Refused("not_your_appointment" | "already_done" | "appointment_past")."""
    now = _utc(now or utc_now())
    way = Channel(channel)
    _not_begun(slot, now)
    _checked_against_central(
        central, _own_booked(session, appointment_id, now, then=_still_free(slot.id))
    )
    payload = {"member_niss": session.niss, "appointment_id": appointment_id,
               "slot_id": slot.id, "channel": way.value}  # fmt: skip
    return Queued(str(outbox.enqueue(K.APPOINTMENT_MOVE.value, payload, actor=actor, version=1)))


def cancel(
    outbox: Outbox,
    session: FileSession,
    appointment_id: int,
    *,
    actor: str,
    channel: str,
    central: Engine | None = None,
    now: dt.datetime | None = None,
) -> Queued:
    """Queue the cancellation of the member's appointment (its slot is free again once
    applied). With `central` reachable, Refused as `move`."""
    now = _utc(now or utc_now())
    way = Channel(channel)
    _checked_against_central(central, _own_booked(session, appointment_id, now))
    payload = {"member_niss": session.niss, "appointment_id": appointment_id,
               "channel": way.value}  # fmt: skip
    return Queued(str(outbox.enqueue(K.APPOINTMENT_CANCEL.value, payload, actor=actor, version=1)))


# --- The confirmation ------------------------------------------------------------------------


@reaching_central
def confirmation_pdf(
    central: Engine,
    session: FileSession,
    appointment: AppointmentView,
    *,
    language: str,
    today: dt.date | None = None,
) -> bytes:
    """The printed confirmation of a booked appointment of the session's member, read again
    from the central side: Refused("appointment_waiting") while it waits for the worker,
    Refused("not_your_appointment") for another's, Refused("already_done") once cancelled."""
    from app.documents.appointment_confirmation import ConfirmationData, confirmation

    if appointment.id is None or appointment.waiting_here:
        raise Refused("appointment_waiting")
    today = today or brussels_today()
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        row = connection.execute(
            select(
                Appointment.member_id, Appointment.status, Appointment.subject,
                AppointmentSlot.service, AppointmentSlot.starts_at, AppointmentSlot.minutes,
                Agency.name, Agency.street, Agency.house_number, Agency.postcode,
                Agency.municipality, Agency.phone,
            )
            .join(AppointmentSlot, AppointmentSlot.id == Appointment.slot_id)
            .join(Agency, Agency.id == AppointmentSlot.agency_id)
            .where(Appointment.id == appointment.id)
        ).first()  # fmt: skip
    if row is None or row.member_id != viewer.id:
        raise Refused("not_your_appointment")
    if row.status != AppointmentStatus.BOOKED:
        raise Refused("already_done", f"the appointment is {row.status}")
    data = ConfirmationData(
        member_name=_name(viewer),
        member_niss=viewer.niss,
        agency_name=row.name,
        agency_street=f"{row.street} {row.house_number}",
        agency_postcode=row.postcode,
        agency_municipality=row.municipality,
        agency_phone=row.phone,
        service=str(ContactService(row.service)),
        starts_at=stored_utc(row.starts_at),
        minutes=row.minutes,
        subject=row.subject,
        reference=appointment.id,
        printed_on=today,
    )
    return confirmation(data, language=language)


# --- The counter -----------------------------------------------------------------------------


@reaching_central
def day_list(
    central: Engine, staff: StaffSession, *, agency_id: int, day: dt.date
) -> tuple[DayEntry, ...]:
    """Every slot of the agency on the Brussels `day`, every service, in time order, with who
    booked it and why for the clerk's own agency (a supervisor's: any agency); another
    agency's slots say booked, never by whom. On PostgreSQL the clerk's login reads no more
    (migration 0016's row-level security); the same check here serves the embedded database."""
    theirs = staff.role in (StaffRole.SUPERVISOR, StaffRole.ADMIN) or staff.agency_id == agency_id
    start = dt.datetime.combine(day, dt.time(0), BRUSSELS).astimezone(dt.UTC)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), BRUSSELS).astimezone(dt.UTC)
    booked = and_(
        Appointment.slot_id == AppointmentSlot.id,
        Appointment.status == AppointmentStatus.BOOKED,
        true() if theirs else false(),
    )
    with central.connect() as connection:
        rows = connection.execute(
            select(
                *_slot_columns(),
                AppointmentSlot.booked,
                AppointmentSlot.withdrawn,
                Appointment.subject,
                Member.niss,
                Member.first_names,
                Member.last_name,
            )
            .join(Agency, Agency.id == AppointmentSlot.agency_id)
            .outerjoin(Appointment, booked)
            .outerjoin(Member, Member.id == Appointment.member_id)
            .where(
                AppointmentSlot.agency_id == agency_id,
                AppointmentSlot.starts_at >= start,
                AppointmentSlot.starts_at < end,
            )
            .order_by(AppointmentSlot.starts_at, AppointmentSlot.service, AppointmentSlot.id)
        ).all()
    return tuple(
        DayEntry(
            slot=_slot(row),
            booked=bool(row.booked),
            withdrawn=bool(row.withdrawn),
            member_name=_name(row) if row.niss is not None else None,
            member_niss=row.niss,
            subject=row.subject,
        )
        for row in rows
    )


def open_slots(
    outbox: Outbox,
    staff: StaffSession,
    *,
    agency_code: str,
    service: str,
    starts_at: list[dt.datetime],
    minutes: int,
    now: dt.datetime | None = None,
) -> Queued:
    """Queue slots to open at an agency (a clerk's own; a supervisor's any: the worker checks,
    `other_agency`). A time without its zone is Brussels time. Every problem at once as
    InvalidForm: {"service": "unknown_service"}, {"starts_at": "times_required" |
    "too_many_times" | "slot_past"}, {"minutes": "invalid_minutes"} (with `max_minutes`,
    `max_times` in its values)."""
    now = _utc(now or utc_now())
    values = {"max_minutes": MAX_MINUTES, "max_times": MAX_TIMES}
    problems: dict[str, str] = {}
    try:
        wanted = ContactService(service)
    except ValueError:
        problems["service"] = "unknown_service"
    times = sorted({_utc(moment) for moment in starts_at})
    if not times:
        problems["starts_at"] = "times_required"
    elif len(times) > MAX_TIMES:
        problems["starts_at"] = "too_many_times"
    elif times[0] <= now:
        problems["starts_at"] = "slot_past"
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 < minutes <= MAX_MINUTES:
        problems["minutes"] = "invalid_minutes"
    if problems:
        raise InvalidForm(problems, values)
    payload = {
        "member_niss": None,
        "agency_code": agency_code,
        "service": wanted.value,
        "starts_at": [moment.isoformat() for moment in times],
        "minutes": minutes,
    }
    return Queued(
        str(outbox.enqueue(K.STAFF_SLOTS_OPEN.value, payload, actor=staff.actor, version=1))
    )


def withdraw_slots(outbox: Outbox, staff: StaffSession, slot_ids: list[int]) -> Queued:
    """Queue free slots to withdraw (the worker refuses the whole list if one is booked,
    `slot_booked`, or another agency's, `other_agency`). InvalidForm({"slot_ids":
    "times_required" | "too_many_times"})."""
    ids = sorted(set(slot_ids))
    if not ids:
        raise InvalidForm({"slot_ids": "times_required"}, {"max_times": MAX_TIMES})
    if len(ids) > MAX_TIMES:
        raise InvalidForm({"slot_ids": "too_many_times"}, {"max_times": MAX_TIMES})
    payload = {"member_niss": None, "slot_ids": ids}
    return Queued(
        str(outbox.enqueue(K.STAFF_SLOTS_WITHDRAW.value, payload, actor=staff.actor, version=1))
    )


@reaching_central
def agency_code(central: Engine, agency_id: int) -> str:
    """The code an operation names an agency by (StaffSlotsOpenV1.agency_code), for the agency
    a clerk chose in a list of (id, name)."""
    with central.connect() as connection:
        code = connection.execute(select(Agency.code).where(Agency.id == agency_id)).scalar()
    if code is None:
        raise Refused("unknown_agency")
    return code


@reaching_central
def home_agency(central: Engine, session: FileSession, *, today: dt.date) -> int | None:
    """The agency of the member's household: offered first when they book."""
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        return connection.execute(
            select(Household.agency_id).where(Household.id == viewer.household_id)
        ).scalar()
