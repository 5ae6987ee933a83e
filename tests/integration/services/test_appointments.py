"""Appointments at an agency (issue 16 item 4): the free slots, booking, moving and cancelling
through the real outbox and the central worker on the embedded SQLite database, the printed
confirmation, the counter's day list and the slots its staff open and withdraw.

One seeded database for the module (the demo's day Sunday 22/11/2026, the tests' clock
Wednesday 25/11/2026 10:00 UTC); each test works on its own members, agency or day. The seed
gives the demo card "active_account" an appointment with an adviser on Friday 27/11/2026 at
10:00 in Brussels.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.clock import BRUSSELS, brussels_time
from app.domain.codes import InboxState, LoginMode, OutboxState, StaffRole
from app.domain.workdays import is_working_day
from app.services import appointments as appt
from app.services.counter_backend import Outcome, outcome_of
from app.services.errors import InvalidForm, Refused
from app.services.member_file import FileSession
from app.services.staff import StaffSession
from app.store.models import Agency, Appointment, AppointmentSlot, AuditEntry, Household, Member
from app.store.models import Staff as StaffRow
from app.sync import apply, exchange
from app.sync.terminal import Outbox, open_terminal_db
from tests.integration.services.conftest import AS_OF, NOW, seeded
from tests.integration.services.helpers import inbox, pdf_text
from tests.support.visits import member_visit

ADVISER, SOCIAL = "adviser", "social"
FRIDAY = dt.date(2026, 11, 27)
_names = itertools.count(1)


@pytest.fixture(scope="module")
def central(tmp_path_factory):
    engine = seeded(f"sqlite:///{tmp_path_factory.mktemp('appointments') / 'central.sqlite'}")
    yield engine
    engine.dispose()


@pytest.fixture
def new_outbox(tmp_path):
    """A terminal of its own (its own database and id), as many as a test needs."""
    made = []

    def make() -> Outbox:
        number = next(_names)
        engine = open_terminal_db(tmp_path / f"terminal-{number}.sqlite")
        made.append(engine)
        return Outbox(engine, f"borne-appointments-{number}")

    yield make
    for engine in made:
        engine.dispose()


def deliver(central, *outboxes: Outbox, now: dt.datetime = NOW) -> list[apply.Outcome]:
    """Push every terminal's outbox, let the central worker apply all (its clock at `now`),
    bring the results back."""
    for outbox in outboxes:
        exchange.push(outbox.engine, central)
    outcomes = []
    while (outcome := apply.apply_next(central, now=lambda: now)) is not None:
        outcomes.append(outcome)
    for outbox in outboxes:
        exchange.pull_results(outbox.engine, central)
    return outcomes


def at_visit(central, outbox: Outbox, case: str) -> FileSession:
    """The demo case's member at this terminal, in a visit the central side opened."""
    niss = central.cases[case]
    member_visit(central, outbox, niss)
    return FileSession(niss, LoginMode.EID)


def agency_of(central, niss: str) -> tuple[int, str]:
    with central.connect() as connection:
        return connection.execute(
            select(Agency.id, Agency.code)
            .join(Household, Household.agency_id == Agency.id)
            .join(Member, Member.household_id == Household.id)
            .where(Member.niss == niss)
        ).one()


def desk(central, login: str) -> StaffSession:
    with central.connect() as connection:
        row = connection.execute(select(StaffRow).where(StaffRow.login == login)).one()
    return StaffSession(row.id, row.login, row.full_name, StaffRole(row.role), row.agency_id)


def slot_row(central, slot_id: int) -> AppointmentSlot:
    with Session(central) as session:
        return session.get(AppointmentSlot, slot_id)


def booked_in(central, slot_id: int) -> list[Appointment]:
    with Session(central) as session:
        return list(
            session.scalars(
                select(Appointment).where(
                    Appointment.slot_id == slot_id, Appointment.status == "booked"
                )
            )
        )


def on_day(central, agency_id: int, service: str, day: dt.date) -> list[appt.Slot]:
    """The free slots of that Brussels day."""
    start = dt.datetime.combine(day, dt.time(0), BRUSSELS) - dt.timedelta(seconds=1)
    return [
        slot
        for slot in appt.free_slots(
            central, agency_id=agency_id, service=service, now=NOW, after=start, limit=100
        )
        if brussels_time(slot.starts_at).date() == day
    ]


# --- What the seed offers ---------------------------------------------------------------------


def test_the_demo_card_has_its_appointment_and_the_free_slots_are_offered(central, new_outbox):
    outbox = new_outbox()
    session = at_visit(central, outbox, "active_account")
    agency_id, _code = agency_of(central, session.niss)
    mine = appt.my_appointments(central, session, now=NOW, outbox=outbox)
    assert len(mine) == 1
    (seen,) = mine
    assert (seen.status, seen.waiting_here, seen.slot.service) == ("booked", False, ADVISER)
    assert seen.slot.agency_id == agency_id and seen.id is not None
    assert brussels_time(seen.slot.starts_at).replace(tzinfo=None) == dt.datetime(
        2026, 11, 27, 10, 0
    )
    assert seen.subject == "Questions about my reimbursements"

    free = appt.free_slots(central, agency_id=agency_id, service=ADVISER, now=NOW, limit=200)
    assert free and all(slot.starts_at > NOW for slot in free)
    assert [s.starts_at for s in free] == sorted(s.starts_at for s in free)
    assert seen.slot.id not in {slot.id for slot in free}  # booked: not offered
    # Working days only, within the opening hours, the coming weeks of the demo's day.
    local = [brussels_time(slot.starts_at) for slot in free]
    assert all(is_working_day(moment.date()) for moment in local)
    assert all(dt.time(8, 30) <= moment.time() <= dt.time(16, 0) for moment in local)
    assert max(moment.date() for moment in local) <= AS_OF + dt.timedelta(days=28)
    # Christmas is a legal holiday: no slot.
    assert dt.date(2026, 12, 25) not in {moment.date() for moment in local}
    assert (agency_id, free[0].agency_name) in appt.agencies_with_slots(
        central, service=ADVISER, now=NOW
    )
    # The next page starts after the last slot of the first.
    page = appt.free_slots(central, agency_id=agency_id, service=ADVISER, now=NOW, limit=5)
    following = appt.free_slots(
        central, agency_id=agency_id, service=ADVISER, now=NOW, limit=5, after=page[-1].starts_at
    )
    assert following[0].starts_at > page[-1].starts_at and following[:1] == tuple(free[5:6])


# --- Booking, moving, cancelling through the outbox -------------------------------------------


def test_a_member_books_moves_and_cancels_through_the_outbox_and_the_worker(central, new_outbox):
    outbox = new_outbox()
    session = at_visit(central, outbox, "bim")
    agency_id, _code = agency_of(central, session.niss)
    first, second = on_day(central, agency_id, ADVISER, dt.date(2026, 12, 2))[:2]

    queued = appt.book(
        outbox,
        session,
        first,
        "My hospital bill",
        actor="member",
        channel="terminal",
        central=central,
        now=NOW,
    )
    (waiting,) = appt.my_appointments(central, session, now=NOW, outbox=outbox)
    assert (waiting.id, waiting.waiting_here, waiting.operation_id) == (
        None,
        True,
        queued.operation_id,
    )
    assert (waiting.slot, waiting.subject) == (first, "My hospital bill")
    assert outcome_of(outbox, queued.operation_id).state == OutboxState.PENDING

    assert [o.state for o in deliver(central, outbox)] == [InboxState.APPLIED]
    assert outcome_of(outbox, queued.operation_id) == Outcome(OutboxState.APPLIED, None)
    (booked,) = appt.my_appointments(central, session, now=NOW, outbox=outbox)
    assert (booked.status, booked.waiting_here, booked.slot) == ("booked", False, first)
    assert slot_row(central, first.id).booked
    assert first not in appt.free_slots(
        central, agency_id=agency_id, service=ADVISER, now=NOW, limit=500
    )
    assert booked_in(central, first.id)[0].channel == "terminal"

    # The confirmation: who, whom, when in Brussels time, where, what to bring, in 4 languages.
    with central.connect() as connection:
        agency = connection.execute(select(Agency).where(Agency.id == agency_id)).one()
    said = {
        language: " ".join(
            pdf_text(appt.confirmation_pdf(central, session, booked, language=language)).split()
        )
        for language in ("fr", "nl", "de", "en")
    }
    for language, words in said.items():
        assert agency.name in words and agency.phone in words and "eID" in words, language
        assert "My hospital bill" in words
    when = brussels_time(first.starts_at)
    assert f"mercredi 2 décembre 2026 à {when:%H} h {when:%M}" in said["fr"]
    assert f"Wednesday 2 December 2026 at {when:%H:%M}" in said["en"]
    assert f"woensdag 2 december 2026 om {when:%H.%M} uur" in said["nl"]
    assert f"Mittwoch, 2. Dezember 2026, um {when:%H:%M} Uhr" in said["de"]

    # Moved: the new slot is taken, then the old one freed, in one transaction.
    moving = appt.move(
        outbox,
        session,
        booked.id,
        second,
        actor="member",
        channel="terminal",
        central=central,
        now=NOW,
    )
    (shown,) = appt.my_appointments(central, session, now=NOW, outbox=outbox)
    assert (shown.id, shown.slot, shown.waiting_here) == (booked.id, second, True)
    assert shown.operation_id == moving.operation_id
    assert [o.state for o in deliver(central, outbox)] == [InboxState.APPLIED]
    (moved,) = appt.my_appointments(central, session, now=NOW, outbox=outbox)
    assert (moved.slot, moved.waiting_here, moved.subject) == (second, False, "My hospital bill")
    assert not slot_row(central, first.id).booked and slot_row(central, second.id).booked
    with Session(central) as db:
        old = db.get(Appointment, booked.id)
        assert (old.status, old.replaced_by_id) == ("moved", moved.id)

    # Cancelled: the slot is free again.
    cancelling = appt.cancel(
        outbox, session, moved.id, actor="member", channel="terminal", central=central, now=NOW
    )
    (shown,) = appt.my_appointments(central, session, now=NOW, outbox=outbox)
    assert (shown.status, shown.operation_id) == ("cancelled", cancelling.operation_id)
    with pytest.raises(Refused) as refused:
        appt.confirmation_pdf(central, session, shown, language="fr")
    assert refused.value.code == "appointment_waiting"
    assert [o.state for o in deliver(central, outbox)] == [InboxState.APPLIED]
    assert appt.my_appointments(central, session, now=NOW, outbox=outbox) == ()
    assert not slot_row(central, second.id).booked
    assert second in on_day(central, agency_id, ADVISER, dt.date(2026, 12, 2))
    # Cancelled again (a second terminal's stale screen): done already.
    with pytest.raises(Refused) as refused:
        appt.cancel(
            outbox, session, moved.id, actor="member", channel="terminal", central=central, now=NOW
        )
    assert refused.value.code == "already_done"


def test_two_members_book_one_slot_at_once_one_is_refused_and_offered_the_next(central, new_outbox):
    """Two terminals, one slot, no answer yet at either: both queue it; one worker applies
    both: the unique index books one, the other is refused slot_taken (its record sound),
    nothing is booked twice, and the next free slots are offered without it."""
    first_terminal, second_terminal = new_outbox(), new_outbox()
    one = at_visit(central, first_terminal, "invalidity")
    other = at_visit(central, second_terminal, "no_online_account")
    with central.connect() as connection:
        agency_id = connection.execute(select(Agency.id).where(Agency.code == "MWP-MONS")).scalar()
    slot = on_day(central, agency_id, ADVISER, dt.date(2026, 12, 3))[0]
    a = appt.book(
        first_terminal,
        one,
        slot,
        None,
        actor="member",
        channel="terminal",
        central=central,
        now=NOW,
    )
    b = appt.book(
        second_terminal,
        other,
        slot,
        None,
        actor="member",
        channel="terminal",
        central=central,
        now=NOW,
    )

    outcomes = deliver(central, first_terminal, second_terminal)
    assert [(o.state, o.reason) for o in outcomes] == [
        (InboxState.APPLIED, None),
        (InboxState.REJECTED, "slot_taken"),
    ]
    (winner,) = booked_in(central, slot.id)
    with central.connect() as connection:
        assert (
            winner.member_id
            == connection.execute(select(Member.id).where(Member.niss == one.niss)).scalar()
        )
    assert slot_row(central, slot.id).booked
    loser = inbox(central, uuid.UUID(b.operation_id))
    assert (loser.state, loser.reason, loser.attempts) == (InboxState.REJECTED, "slot_taken", 0)
    assert loser.detail == "booked by another member"  # the unique index said it
    assert inbox(central, uuid.UUID(a.operation_id)).state == InboxState.APPLIED
    assert outcome_of(second_terminal, b.operation_id) == Outcome(
        OutboxState.REJECTED, "slot_taken"
    )
    assert appt.my_appointments(central, other, now=NOW, outbox=second_terminal) == ()
    offered = appt.free_slots(
        central, agency_id=agency_id, service=ADVISER, now=NOW, after=slot.starts_at
    )
    assert offered and slot not in offered and offered[0].starts_at > slot.starts_at
    # Asked again with the central side in reach: refused at once.
    with pytest.raises(Refused) as refused:
        appt.book(
            second_terminal,
            other,
            slot,
            None,
            actor="member",
            channel="terminal",
            central=central,
            now=NOW,
        )
    assert refused.value.code == "slot_taken"
    # A move onto the taken slot is refused too, and the member keeps their appointment.
    appt.book(second_terminal, other, offered[0], None, actor="member", channel="terminal", now=NOW)
    deliver(central, second_terminal)
    (kept,) = appt.my_appointments(central, other, now=NOW, outbox=second_terminal)
    appt.move(
        second_terminal, other, kept.id, slot, actor="member", channel="terminal", now=NOW
    )  # offline: the worker decides
    assert [(o.state, o.reason) for o in deliver(central, second_terminal)] == [
        (InboxState.REJECTED, "slot_taken")
    ]
    assert appt.my_appointments(central, other, now=NOW, outbox=second_terminal) == (kept,)
    assert len(booked_in(central, slot.id)) == 1 and slot_row(central, offered[0].id).booked


def test_a_withdrawn_or_past_slot_is_refused(central, new_outbox):
    counter, outbox = new_outbox(), new_outbox()
    clerk = desk(central, "clerk")  # at MWP-MONS
    session = at_visit(central, outbox, "dmg_expired")
    with central.connect() as connection:
        mons = connection.execute(select(Agency.id).where(Agency.code == "MWP-MONS")).scalar()
    withdrawn, later, *_ = on_day(central, mons, ADVISER, dt.date(2026, 12, 4))
    appt.withdraw_slots(counter, clerk, [withdrawn.id])
    assert [o.state for o in deliver(central, counter)] == [InboxState.APPLIED]
    assert slot_row(central, withdrawn.id).withdrawn
    assert withdrawn not in on_day(central, mons, ADVISER, dt.date(2026, 12, 4))
    # Refused at once with the central side in reach; queued offline, the worker refuses.
    with pytest.raises(Refused) as refused:
        appt.book(
            outbox,
            session,
            withdrawn,
            None,
            actor="member",
            channel="terminal",
            central=central,
            now=NOW,
        )
    assert refused.value.code == "slot_taken"
    appt.book(outbox, session, withdrawn, None, actor="member", channel="terminal", now=NOW)
    assert [o.reason for o in deliver(central, outbox)] == ["slot_taken"]
    assert booked_in(central, withdrawn.id) == []

    # A slot already begun: refused at once; queued before it began and applied after, the
    # worker refuses it.
    begun = later.starts_at + dt.timedelta(minutes=1)
    with pytest.raises(Refused) as refused:
        appt.book(outbox, session, later, None, actor="member", channel="terminal", now=begun)
    assert refused.value.code == "slot_past"
    appt.book(outbox, session, later, None, actor="member", channel="terminal", now=NOW)
    assert [o.reason for o in deliver(central, outbox, now=begun)] == ["slot_past"]
    assert not slot_row(central, later.id).booked


def test_another_members_appointment_is_not_theirs(central, new_outbox):
    mine, theirs = new_outbox(), new_outbox()
    owner = at_visit(central, mine, "active_account")
    (appointment,) = appt.my_appointments(central, owner, now=NOW, outbox=mine)
    stranger = at_visit(central, theirs, "maf_ceiling_reached")
    elsewhere = on_day(central, appointment.slot.agency_id, ADVISER, dt.date(2026, 12, 7))[0]
    for change in (
        lambda **kw: appt.cancel(theirs, stranger, appointment.id, **kw),
        lambda **kw: appt.move(theirs, stranger, appointment.id, elsewhere, **kw),
    ):
        with pytest.raises(Refused) as refused:
            change(actor="member", channel="terminal", central=central, now=NOW)
        assert refused.value.code == "not_your_appointment"
        change(actor="member", channel="terminal", now=NOW)  # offline: the worker decides
    assert [o.reason for o in deliver(central, theirs)] == ["not_your_appointment"] * 2
    with pytest.raises(Refused) as refused:
        appt.confirmation_pdf(central, stranger, appointment, language="en")
    assert refused.value.code == "not_your_appointment"
    assert appt.my_appointments(central, owner, now=NOW, outbox=mine) == (appointment,)
    assert booked_in(central, appointment.slot.id)[0].id == appointment.id


# --- The counter -----------------------------------------------------------------------------


def test_the_day_list_and_the_slots_a_clerk_manages(central, new_outbox):
    counter = new_outbox()
    clerk, supervisor = desk(central, "clerk"), desk(central, "supervisor")
    owner = FileSession(central.cases["active_account"], LoginMode.EID)
    agency_id, code = agency_of(central, owner.niss)
    # Who booked is shown to the agency's own clerks and to supervisors (migration 0016).
    reader = clerk if clerk.agency_id == agency_id else supervisor

    day = appt.day_list(central, reader, agency_id=agency_id, day=FRIDAY)
    assert day and [e.slot.starts_at for e in day] == sorted(e.slot.starts_at for e in day)
    assert all(brussels_time(e.slot.starts_at).date() == FRIDAY for e in day)
    (theirs,) = [e for e in day if e.member_niss == owner.niss]
    assert theirs.booked and theirs.subject == "Questions about my reimbursements"
    assert brussels_time(theirs.slot.starts_at).time() == dt.time(10, 0)
    with central.connect() as connection:
        member = connection.execute(select(Member).where(Member.niss == owner.niss)).one()
    assert theirs.member_name == f"{member.first_names} {member.last_name}"
    assert all((e.member_niss is not None) == e.booked for e in day)

    # A Saturday has no slot; the clerk opens two social-service times at their agency on one.
    saturday = dt.date(2026, 12, 5)
    assert appt.day_list(central, reader, agency_id=agency_id, day=saturday) == ()
    times = [dt.datetime(2026, 12, 5, 9, 0), dt.datetime(2026, 12, 5, 10, 0)]  # Brussels
    with pytest.raises(InvalidForm) as wrong:
        appt.open_slots(
            counter, clerk, agency_code=code, service="lawyer", starts_at=[], minutes=0, now=NOW
        )
    assert wrong.value.problems == {
        "service": "unknown_service",
        "starts_at": "times_required",
        "minutes": "invalid_minutes",
    }
    with pytest.raises(InvalidForm) as wrong:
        appt.open_slots(
            counter,
            clerk,
            agency_code=code,
            service=SOCIAL,
            starts_at=[dt.datetime(2026, 11, 20, 9, 0)],
            minutes=45,
            now=NOW,
        )
    assert wrong.value.problems == {"starts_at": "slot_past"}
    who = clerk if clerk.agency_id == agency_id else supervisor
    appt.open_slots(
        counter, who, agency_code=code, service=SOCIAL, starts_at=times, minutes=45, now=NOW
    )
    assert [o.state for o in deliver(central, counter)] == [InboxState.APPLIED]
    opened = appt.day_list(central, reader, agency_id=agency_id, day=saturday)
    assert [
        (brussels_time(e.slot.starts_at).time(), e.slot.service, e.slot.minutes, e.booked)
        for e in opened
    ] == [(dt.time(9), SOCIAL, 45, False), (dt.time(10), SOCIAL, 45, False)]
    with Session(central) as db:
        assert (
            db.scalar(
                select(AuditEntry.action)
                .where(AuditEntry.staff_id == who.staff_id)
                .order_by(AuditEntry.id.desc())
                .limit(1)
            )
            == "slots_opened"
        )

    # Withdrawn: shown as such in the day list; a booked one is not withdrawn.
    appt.withdraw_slots(counter, who, [opened[0].slot.id])
    appt.withdraw_slots(counter, who, [opened[1].slot.id, theirs.slot.id])
    assert [o.reason for o in deliver(central, counter)] == [None, "slot_booked"]
    after = appt.day_list(central, reader, agency_id=agency_id, day=saturday)
    assert [(e.withdrawn, e.booked) for e in after] == [(True, False), (False, False)]
    assert (
        slot_row(central, theirs.slot.id).booked and not slot_row(central, theirs.slot.id).withdrawn
    )

    # A clerk manages their own agency's slots only; a supervisor any agency's.
    with central.connect() as connection:
        elsewhere = connection.execute(
            select(Agency.code).where(Agency.id != clerk.agency_id).order_by(Agency.id).limit(1)
        ).scalar()
    for staff_member in (clerk, supervisor):
        appt.open_slots(
            counter,
            staff_member,
            agency_code=elsewhere,
            service=SOCIAL,
            starts_at=[dt.datetime(2026, 12, 12, 9, 0)],
            minutes=30,
            now=NOW,
        )
    assert [o.reason for o in deliver(central, counter)] == ["other_agency", None]


def test_the_confirmation_says_everything_in_every_language():
    import string

    from app.documents.texts.appointments import TEXTS

    def names(sentence: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}

    for language in ("nl", "de", "en"):
        assert TEXTS[language].keys() == TEXTS["fr"].keys(), language
        for key, sentence in TEXTS["fr"].items():
            assert names(TEXTS[language][key]) == names(sentence), (language, key)
            assert TEXTS[language][key].strip() and (
                len(sentence) <= 25 or TEXTS[language][key] != sentence
            ), (language, key)
