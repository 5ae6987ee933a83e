"""The demo's appointment slots (issue 16): each agency's, for the weeks after the demo's day.

On working days only (Monday to Friday but the Belgian legal holidays: app/domain/workdays.py)
from the day after `as_of`, WEEKS weeks ahead, within the agencies' opening hours (reference.
OPENING_HOURS): an adviser every half hour, the social service by the hour on Tuesdays and
Thursdays, the medical adviser on Monday, Wednesday and Friday afternoons. A few times are not
offered (a clerk away), a few are booked by members who are not demo cases, and the
`BOOKED_CASE` member (a demo card) has one coming appointment with an adviser at their
household's agency. Its own random stream: the households the seeder made stay as they were.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select

from app.domain.clock import BRUSSELS
from app.domain.codes import AppointmentStatus, Channel, ContactService, MemberRole
from app.domain.workdays import is_working_day
from app.store import reference as ref
from app.store.models import Household, Member, Staff

STREAM = 16_004  # this module's own random stream, whatever the seed
WEEKS = 4
# (service, weekdays (0 = Monday), Brussels start times, minutes)
OFFER = (
    (ContactService.ADVISER, (0, 1, 2, 3, 4),
     ("09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "14:00", "14:30", "15:00", "15:30"),
     30),
    (ContactService.SOCIAL, (1, 3), ("09:30", "10:30", "11:30"), 60),
    (ContactService.MEDICAL, (0, 2, 4), ("14:00", "14:30", "15:00", "15:30"), 30),
)  # fmt: skip
NOT_OFFERED = 0.1  # a time left out (a clerk away)
BOOKED = 0.2  # a time booked by another member
BOOKED_CASE = "active_account"
BOOKED_CASE_DAY = 5  # their appointment: on the 5th working day after the demo's day …
BOOKED_CASE_TIME = "10:00"  # … at this time, with an adviser
BOOKED_CASE_SUBJECT = "Questions about my reimbursements"
SUBJECTS = (None, None, "Change of address", "Reimbursement of care abroad", "Hospital stay",
            "Incapacity for work", "Pregnancy and birth")  # fmt: skip


def _at(day: dt.date, time: str) -> dt.datetime:
    hour, minute = map(int, time.split(":"))
    return dt.datetime.combine(day, dt.time(hour, minute), BRUSSELS).astimezone(dt.UTC)


def _working_days(as_of: dt.date) -> list[dt.date]:
    days = (as_of + dt.timedelta(days=n) for n in range(1, WEEKS * 7 + 1))
    return [day for day in days if is_working_day(day)]


def seed(generator: Any, connection: Any) -> None:
    """Add this part's rows through `generator._add(table, row)` / `generator._id(table)`,
    with its own random stream (never `generator.rng`); the households are already written."""
    rng = random.Random(STREAM)
    as_of: dt.date = generator.as_of
    days = _working_days(as_of)
    case_niss = {niss for nisses in generator.cases.values() for niss in nisses}
    members: dict[int, list[int]] = {}  # agency → its households' adult members, not cases
    for row in connection.execute(
        select(Member.id, Member.niss, Household.agency_id)
        .join(Household, Household.id == Member.household_id)
        .where(Member.role == MemberRole.HOLDER)
        .order_by(Member.id)
    ):
        if row.niss not in case_niss:
            members.setdefault(row.agency_id, []).append(row.id)
    clerks = dict(
        connection.execute(select(Staff.agency_id, Staff.id).order_by(Staff.id.desc())).all()
    )
    chosen = None
    niss = next(iter(generator.cases.get(BOOKED_CASE, ())), None)
    if niss is not None and len(days) >= BOOKED_CASE_DAY:
        member_id, agency_id = connection.execute(
            select(Member.id, Household.agency_id)
            .join(Household, Household.id == Member.household_id)
            .where(Member.niss == niss)
        ).one()
        chosen = (member_id, agency_id, _at(days[BOOKED_CASE_DAY - 1], BOOKED_CASE_TIME))
    for agency in ref.agency_rows():
        for day in days:
            for service, weekdays, times, minutes in OFFER:
                if day.weekday() not in weekdays:
                    continue
                for time in times:
                    starts_at = _at(day, time)
                    case = (
                        chosen is not None
                        and service == ContactService.ADVISER
                        and (chosen[1], chosen[2]) == (agency["id"], starts_at)
                    )
                    if rng.random() < NOT_OFFERED and not case:
                        continue
                    booker = None
                    if case:
                        booker = chosen[0]
                    elif rng.random() < BOOKED and members.get(agency["id"]):
                        booker = rng.choice(members[agency["id"]])
                    slot_id = generator._id("appointment_slot")
                    generator._add(
                        "appointment_slot",
                        {"id": slot_id, "agency_id": agency["id"], "service": service,
                         "starts_at": starts_at, "minutes": minutes, "booked": booker is not None,
                         "withdrawn": False, "created_by": clerks.get(agency["id"])},
                    )  # fmt: skip
                    if booker is not None:
                        _appointment(generator, rng, slot_id, booker, starts_at, as_of,
                                     case=case, clerk=clerks.get(agency["id"]))  # fmt: skip


def _appointment(generator, rng, slot_id, member_id, starts_at, as_of, *, case, clerk) -> None:
    at_counter = not case and rng.random() < 0.4
    booked_on = as_of - dt.timedelta(days=rng.randint(0, 10))
    generator._add(
        "appointment",
        {
            "id": generator._id("appointment"),
            "slot_id": slot_id,
            "member_id": member_id,
            "status": AppointmentStatus.BOOKED,
            "subject": BOOKED_CASE_SUBJECT if case else rng.choice(SUBJECTS),
            "channel": Channel.COUNTER if at_counter else Channel.TERMINAL,
            "booked_at": _at(booked_on, f"{rng.randint(9, 15):02d}:{rng.choice((5, 25, 40)):02d}"),
            "booked_by": clerk if at_counter else None,
            "cancelled_at": None,
            "replaced_by_id": None,
            "operation_id": None,
        },
    )
