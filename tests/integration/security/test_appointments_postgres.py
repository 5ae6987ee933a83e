"""Appointments on PostgreSQL with the real logins (migration 0016, app/store/roles.py): two
terminals' logins booking one slot at the same moment and two workers applying at once —
exactly one booking, the other refused `slot_taken`; a terminal's login reads no appointment
outside a visit, and the member's own within it; the slots are readable by every login; a
clerk's login reads the day list of their own agency with the members' names, and no
appointment of another agency; a supervisor's login reads every agency's.

One seeded database for the module on the session's server; the tests' clock is Wednesday
25/11/2026 10:00 UTC (the seed's slots are the weeks after Sunday 22/11/2026).
"""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.domain.clock import brussels_time
from app.domain.codes import InboxState, LoginMode, OutboxState, StaffRole
from app.services import appointments as appt
from app.services.counter_backend import outcome_of
from app.services.member_file import FileSession
from app.services.staff import StaffSession
from app.store.db import make_engine
from app.store.demo_cases import demo_cases
from app.store.models import Agency, Appointment, Staff
from app.store.roles import add_staff, add_terminal
from app.sync import apply, exchange
from app.sync.terminal import Outbox, open_terminal_db
from tests.integration.services.conftest import AS_OF, NOW
from tests.support.seeded import seeded_copy
from tests.support.visits import member_visit

pytestmark = pytest.mark.postgres

AGENCY = "MWP-MONS"
KIOSKS = {"appt_kiosk_a": "appt-a-pw", "appt_kiosk_b": "appt-b-pw"}
FAR_CLERK = "appt_far_clerk"  # a clerk of another agency than the demo card's
STAFF_LOGINS = {"clerk": "clerk-pw", "supervisor": "supervisor-pw", FAR_CLERK: "far-pw"}


class World:
    def __init__(self, server, name: str):
        self.owner, _summary = seeded_copy(server.url(name), households=8, seed=11, as_of=AS_OF)
        with self.owner.connect() as connection:
            self.cases = {case: m.niss for case, m in demo_cases(connection).items()}
        for login, password in KIOSKS.items():
            add_terminal(self.owner, login, agency_code=AGENCY, password=password)
        with self.owner.begin() as connection:
            # The seed's clerk works at the agency of the demo card's household (where its
            # appointment is); another clerk at the other agency with the most appointments.
            self.home_agency = connection.execute(
                text("SELECT h.agency_id FROM member m JOIN household h ON h.id = m.household_id "
                     "WHERE m.niss = :n"), {"n": self.cases["active_account"]},
            ).scalar_one()  # fmt: skip
            connection.execute(
                text("UPDATE staff SET agency_id = :a WHERE login = 'clerk'"),
                {"a": self.home_agency},
            )
            self.far_agency = connection.execute(
                text("SELECT s.agency_id FROM appointment a "
                     "JOIN appointment_slot s ON s.id = a.slot_id WHERE s.agency_id <> :home "
                     "GROUP BY s.agency_id ORDER BY count(*) DESC, s.agency_id LIMIT 1"),
                {"home": self.home_agency},
            ).scalar_one()  # fmt: skip
            connection.execute(
                text("INSERT INTO staff (login, full_name, password_hash, role, agency_id, "
                     "active, created_at) VALUES (:login, 'Far Clerk', 'x', 'clerk', :agency, "
                     "true, now())"), {"login": FAR_CLERK, "agency": self.far_agency},
            )  # fmt: skip
        for login, password in STAFF_LOGINS.items():
            add_staff(self.owner, login, password=password)
        self.engines = {
            login: make_engine(server.url(name, login, pw)) for login, pw in KIOSKS.items()
        }
        for login, password in STAFF_LOGINS.items():
            role = f"staff_{login}"
            self.engines[role] = make_engine(server.url(name, role, password))

    def dispose(self) -> None:
        for engine in (*self.engines.values(), self.owner):
            engine.dispose()


@pytest.fixture(scope="module")
def world(postgres_server):
    name = f"t_appointments_{uuid.uuid4().hex[:8]}"
    postgres_server.create_database(name)
    made = World(postgres_server, name)
    yield made
    made.dispose()
    postgres_server.drop_database(name)


@pytest.fixture
def terminals(tmp_path):
    made = []

    def make(login: str) -> Outbox:
        engine = open_terminal_db(tmp_path / f"{login}.sqlite")
        made.append(engine)
        return Outbox(engine, login)

    yield make
    for engine in made:
        engine.dispose()


def count(engine, statement: str, params: dict | None = None) -> int:
    with engine.connect() as connection:
        return connection.execute(text(statement), params or {}).scalar_one()


def mons(world) -> int:
    with world.owner.connect() as connection:
        return connection.execute(select(Agency.id).where(Agency.code == AGENCY)).scalar_one()


def test_two_terminals_book_one_slot_at_the_same_moment_exactly_one_booking(world, terminals):
    logins = list(KIOSKS)
    outboxes = [terminals(login) for login in logins]
    members = [world.cases["invalidity"], world.cases["no_online_account"]]
    visits = [
        member_visit(world.owner, outbox, niss, login_role=login, terminal_id=login).visit_id
        for outbox, login, niss in zip(outboxes, logins, members, strict=True)
    ]
    # Each terminal reads the free slots as its own login and takes the first of a day.
    slot = appt.free_slots(world.engines[logins[0]], agency_id=mons(world), service="adviser",
                           now=NOW)[0]  # fmt: skip
    assert (
        slot
        == appt.free_slots(
            world.engines[logins[1]], agency_id=mons(world), service="adviser", now=NOW
        )[0]
    )
    queued = [
        appt.book(outbox, FileSession(niss, LoginMode.EID), slot, None, actor="member",
                  channel="terminal", central=world.engines[login], now=NOW)
        for outbox, login, niss in zip(outboxes, logins, members, strict=True)
    ]  # fmt: skip

    # Both push at the same moment, each as its own login; two workers apply at once.
    start = threading.Barrier(2)

    def push(index: int) -> int:
        start.wait()
        return exchange.push(outboxes[index].engine, world.engines[logins[index]])

    with ThreadPoolExecutor(2) as pool:
        assert list(pool.map(push, range(2))) == [1, 1]
    applying = threading.Barrier(2)

    def work(_index: int):
        applying.wait()
        return apply.apply_next(world.owner, now=lambda: NOW)

    with ThreadPoolExecutor(2) as pool:
        outcomes = [o for o in pool.map(work, range(2)) if o is not None]
    while (outcome := apply.apply_next(world.owner, now=lambda: NOW)) is not None:
        outcomes.append(outcome)
    assert sorted((o.state, o.reason or "") for o in outcomes) == [
        (InboxState.APPLIED, ""),
        (InboxState.REJECTED, "slot_taken"),
    ]
    with Session(world.owner) as session:
        booked = session.scalars(
            select(Appointment).where(
                Appointment.slot_id == slot.id, Appointment.status == "booked"
            )
        ).all()
    assert len(booked) == 1
    # The unique index decided, and the loser's record is sound: refused once, not failed.
    assert (
        count(
            world.owner,
            "SELECT count(*) FROM inbox_operation WHERE state = 'rejected' AND attempts = 0 "
            "AND detail = 'booked by another member' AND operation_id = ANY(:ids)",
            {"ids": [uuid.UUID(q.operation_id) for q in queued]},
        )
        == 1
    )
    for outbox, login in zip(outboxes, logins, strict=True):
        exchange.pull_results(outbox.engine, world.engines[login])
    states = sorted(
        (outcome_of(outbox, q.operation_id).state, outcome_of(outbox, q.operation_id).reason or "")
        for outbox, q in zip(outboxes, queued, strict=True)
    )
    assert states == [(OutboxState.APPLIED, ""), (OutboxState.REJECTED, "slot_taken")]
    # The slot is no longer offered, to either login.
    for login, visit in zip(logins, visits, strict=True):
        assert slot not in appt.free_slots(
            world.engines[login], agency_id=mons(world), service="adviser", now=NOW
        )
        close(world.engines[login], visit)


def close(engine, visit_id) -> None:
    with engine.begin() as connection:
        connection.execute(text("SELECT guichet_visit_close(:id, 'finish')"), {"id": visit_id})


def test_a_terminal_login_reads_no_appointment_outside_a_visit_but_every_slot(world):
    kiosk = world.engines["appt_kiosk_a"]
    everyone = count(world.owner, "SELECT count(*) FROM appointment")
    assert everyone >= 1
    assert count(kiosk, "SELECT count(*) FROM appointment") == 0
    # The slots, booked or not, are every login's to read (nothing of who).
    slots = count(world.owner, "SELECT count(*) FROM appointment_slot")
    assert count(kiosk, "SELECT count(*) FROM appointment_slot") == slots > 0
    assert count(kiosk, "SELECT count(*) FROM appointment_slot WHERE booked") == count(
        world.owner, "SELECT count(*) FROM appointment_slot WHERE booked"
    )

    # Within the demo card's visit: theirs, and nobody else's.
    niss = world.cases["active_account"]
    grant = member_visit(world.owner, None, niss, login_role="appt_kiosk_a")
    with world.owner.connect() as connection:
        member_id = connection.execute(
            text("SELECT id FROM member WHERE niss = :n"), {"n": niss}
        ).scalar()
    theirs = count(
        world.owner, "SELECT count(*) FROM appointment WHERE member_id = :m", {"m": member_id}
    )
    assert count(kiosk, "SELECT count(*) FROM appointment") == theirs >= 1
    (seen,) = appt.my_appointments(kiosk, FileSession(niss, LoginMode.EID), now=NOW)
    assert brussels_time(seen.slot.starts_at).hour == 10 and seen.status == "booked"
    close(kiosk, grant.visit_id)
    assert count(kiosk, "SELECT count(*) FROM appointment") == 0


def test_a_clerks_login_reads_the_day_list_with_names_a_terminal_login_without(world):
    niss = world.cases["active_account"]
    with world.owner.connect() as connection:
        clerk = connection.execute(select(Staff).where(Staff.login == "clerk")).one()
        agency_id = connection.execute(
            text("SELECT h.agency_id FROM member m JOIN household h ON h.id = m.household_id "
                 "WHERE m.niss = :n"), {"n": niss},
        ).scalar()  # fmt: skip
    desk = StaffSession(clerk.id, "clerk", clerk.full_name, StaffRole(clerk.role), clerk.agency_id)
    (seen,) = [
        a for a in appt.my_appointments(world.owner, FileSession(niss, LoginMode.EID), now=NOW)
    ]
    day = brussels_time(seen.slot.starts_at).date()
    as_owner = appt.day_list(world.owner, desk, agency_id=agency_id, day=day)
    as_clerk = appt.day_list(world.engines["staff_clerk"], desk, agency_id=agency_id, day=day)
    assert as_clerk == as_owner
    assert [e.member_niss for e in as_clerk if e.slot.id == seen.slot.id] == [niss]
    # A terminal's login sees the slots booked, never by whom.
    as_kiosk = appt.day_list(world.engines["appt_kiosk_b"], desk, agency_id=agency_id, day=day)
    assert [(e.slot, e.booked) for e in as_kiosk] == [(e.slot, e.booked) for e in as_owner]
    assert all(e.member_niss is None and e.subject is None for e in as_kiosk)


def test_a_clerk_reads_their_own_agencys_appointments_only_a_supervisor_every_agencys(world):
    home = world.home_agency
    at = (
        "SELECT count(*) FROM appointment a JOIN appointment_slot s ON s.id = a.slot_id "
        "WHERE s.agency_id = :agency"
    )
    everyone = count(world.owner, "SELECT count(*) FROM appointment")
    at_home = count(world.owner, at, {"agency": home})
    at_far = count(world.owner, at, {"agency": world.far_agency})
    assert at_home > 0 and at_far > 0 and world.far_agency != home
    clerk, far = world.engines["staff_clerk"], world.engines[f"staff_{FAR_CLERK}"]
    # Each clerk: their own agency's appointments, with who and why; none of another's.
    assert count(clerk, "SELECT count(*) FROM appointment") == at_home
    assert count(far, "SELECT count(*) FROM appointment") == at_far
    assert count(far, at, {"agency": home}) == 0
    assert count(clerk, at, {"agency": world.far_agency}) == 0
    assert count(world.engines["staff_supervisor"], "SELECT count(*) FROM appointment") == everyone

    # The home agency's day list to the clerk of the other agency: the slots booked, never by
    # whom, through their own login or (the embedded database has no row-level security) as
    # the owner.
    niss = world.cases["active_account"]
    with world.owner.connect() as connection:
        row = connection.execute(select(Staff).where(Staff.login == FAR_CLERK)).one()
    desk = StaffSession(row.id, FAR_CLERK, row.full_name, StaffRole.CLERK, world.far_agency)
    (seen,) = appt.my_appointments(world.owner, FileSession(niss, LoginMode.EID), now=NOW)
    day = brussels_time(seen.slot.starts_at).date()
    assert seen.slot.agency_id == home
    for engine in (far, world.owner):
        listed = appt.day_list(engine, desk, agency_id=home, day=day)
        assert seen.slot.id in [e.slot.id for e in listed if e.booked]
        assert all(e.member_niss is None and e.subject is None for e in listed)
    # A supervisor's desk reads any agency's with the names.
    boss = replace(desk, role=StaffRole.SUPERVISOR)
    listed = appt.day_list(world.engines["staff_supervisor"], boss, agency_id=home, day=day)
    assert [e.member_niss for e in listed if e.slot.id == seen.slot.id] == [niss]
