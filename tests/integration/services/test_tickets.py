"""Queue tickets (issue 16 item 5): two kiosks of one agency never print the same number, also
while the central database is out of reach, nor a kiosk reinstalled at noon; the worker takes a
ticket only under its kiosk's letter and with a plausible date; a desk calls the waiting ticket
of a service that arrived first and the ticket its clerk called before is done; the expected
wait comes from the day's calls, or the dated default before there are any."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.domain.clock import utc_now
from app.domain.codes import ContactService, InboxState, OutboxState, StaffRole, TicketStatus
from app.services import tickets
from app.services.errors import Refused
from app.services.staff import StaffSession
from app.store.db import make_engine
from app.store.models import Agency, QueueTicket, Staff, Terminal
from app.sync import apply, exchange
from app.sync.terminal import Outbox, OutboxEntry, TicketCounter, open_terminal_db
from tests.integration.services.conftest import NOW

AGENCY = "MWP-MONS"  # the demo clerk's agency
UNREACHABLE = "postgresql+psycopg://guichet@127.0.0.1:9/nowhere?connect_timeout=1"
ADVISER, SOCIAL = ContactService.ADVISER.value, ContactService.SOCIAL.value


def register(central, name: str, letter: str | None, *, agency: str = AGENCY) -> None:
    """What `guichet-central terminal add NAME --ticket-letter X` registers (PostgreSQL's;
    the embedded database has no logins: the worker reads the registration by name)."""
    with central.begin() as connection:
        agency_id = connection.execute(select(Agency.id).where(Agency.code == agency)).scalar()
        connection.execute(
            Terminal.__table__.insert().values(
                login_role=name, name=name, agency_id=agency_id, kind="kiosk", created_at=NOW,
                ticket_letter=letter,
            )
        )  # fmt: skip


def reinstall(central, old: str, new: str) -> None:
    """A kiosk reinstalled: a new database, so a new terminal id (its sequence starts again,
    app/sync/exchange.py), registered with the letter the old one had."""
    with central.begin() as connection:
        letter = connection.execute(
            select(Terminal.ticket_letter).where(Terminal.name == old)
        ).scalar_one()
        connection.execute(update(Terminal).where(Terminal.name == old).values(ticket_letter=None))
    register(central, new, letter)


class Kiosk:
    """One kiosk: its own database and outbox, its letter, a central database it may not
    reach."""

    def __init__(self, tmp_path, name: str, letter: str, central, *, at=NOW):
        self.engine = open_terminal_db(tmp_path / f"{name}.sqlite")
        self.outbox = Outbox(self.engine, name)
        self.clock = [at]
        self.desk = tickets.TicketDesk(
            central, self.outbox, agency_code=AGENCY, letter=letter, now=lambda: self.clock[0]
        )

    def take(self, service: str, *, minutes_later: int = 1) -> tickets.IssuedTicket:
        self.clock[0] += dt.timedelta(minutes=minutes_later)
        return self.desk.issue(service)

    def push_to(self, central, at=NOW) -> list[apply.Outcome]:
        exchange.push(self.engine, central, now=at)  # arrives at `at`
        outcomes = apply.apply_pending(central, now=lambda: at)
        exchange.pull_results(self.engine, central)
        return outcomes

    def dispose(self) -> None:
        self.engine.dispose()


@pytest.fixture
def kiosks(tmp_path):
    made: list[Kiosk] = []

    def make(name: str, letter: str, central) -> Kiosk:
        made.append(Kiosk(tmp_path, name, letter, central))
        return made[-1]

    yield make
    for kiosk in made:
        kiosk.dispose()


@pytest.fixture
def offline():
    engine = make_engine(UNREACHABLE)
    yield engine
    engine.dispose()


def clerk_session(central, login: str = "clerk") -> StaffSession:
    with Session(central) as session:
        staff = session.scalars(select(Staff).where(Staff.login == login)).one()
        return StaffSession(
            staff.id, staff.login, staff.full_name, StaffRole(staff.role), staff.agency_id
        )


def ticket_rows(central) -> list[tuple[str, str, str]]:
    with central.connect() as connection:
        return [
            (row.number, row.service, row.status)
            for row in connection.execute(
                select(QueueTicket.number, QueueTicket.service, QueueTicket.status).order_by(
                    QueueTicket.number
                )
            )
        ]


def test_two_kiosks_printing_offline_never_print_the_same_number(central, offline, kiosks):
    register(central, "borne_a", "A")
    register(central, "borne_b", "B")
    a, b = kiosks("borne_a", "A", offline), kiosks("borne_b", "B", offline)
    printed = []
    for service in (ADVISER, SOCIAL, ADVISER):
        for kiosk in (a, b):
            ticket = kiosk.take(service)
            assert ticket.wait is None  # "the wait cannot be estimated now"
            printed.append(ticket.number)
    assert printed == ["A-001", "B-001", "A-002", "B-002", "A-003", "B-003"]

    outcomes = a.push_to(central) + b.push_to(central)
    assert [o.state for o in outcomes] == [InboxState.APPLIED] * 6
    assert sorted(number for number, *_ in ticket_rows(central)) == sorted(printed)
    with a.engine.connect() as connection:  # settled: nothing left to send
        states = connection.execute(select(OutboxEntry.state)).scalars().all()
    assert states == [OutboxState.APPLIED] * 3


def test_a_failed_queueing_takes_no_number(central, kiosks, monkeypatch):
    """The count and the outbox move together: a ticket that could not be queued leaves the
    count where it was, so the next one takes its number and none is printed twice."""
    register(central, "borne_a", "A")
    kiosk = kiosks("borne_a", "A", central)

    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    with monkeypatch.context() as patched:
        patched.setattr(kiosk.outbox, "enqueue", broken)
        with pytest.raises(OSError):
            kiosk.take(ADVISER)
    assert kiosk.take(ADVISER).number == "A-001"
    with kiosk.engine.connect() as connection:
        assert connection.execute(select(TicketCounter.last)).scalar_one() == 1
        assert len(connection.execute(select(OutboxEntry.seq)).all()) == 1


def test_a_ticket_under_another_kiosks_letter_or_twice_is_refused(central, offline, kiosks):
    register(central, "borne_a", "A")
    register(central, "borne_b", "B")
    impostor = kiosks("borne_b", "A", central)  # B's registration, A's letter
    impostor.take(ADVISER)
    [outcome] = impostor.push_to(central)
    assert (outcome.state, outcome.reason) == (InboxState.REJECTED, "ticket_letter_mismatch")

    # A kiosk reinstalled while the central database is out of reach counts from 1 again:
    # the unique (agency, day, number) refuses its A-001 a second time.
    first = kiosks("borne_a", "A", central)
    first.take(SOCIAL)
    assert first.push_to(central)[0].state == InboxState.APPLIED
    reinstall(central, "borne_a", "borne_a2")
    reinstalled = kiosks("borne_a2", "A", offline)
    assert reinstalled.take(SOCIAL).number == "A-001"
    [outcome] = reinstalled.push_to(central)
    assert (outcome.state, outcome.reason) == (InboxState.REJECTED, "ticket_number_taken")
    assert ticket_rows(central) == [("A-001", SOCIAL, TicketStatus.WAITING)]


def test_a_letter_is_one_capital_letter_and_one_kiosks_of_its_agency(central):
    register(central, "borne_a", "A")
    register(central, "borne_t", "A", agency="MWP-TOUR")  # another agency: its own A
    register(central, "counter_1", None)
    register(central, "counter_2", None)  # counters print none, as many as there are
    for name, letter in (("borne_a2", "A"), ("borne_l", "b"), ("borne_2", "AB"), ("borne_9", "9")):
        with pytest.raises(IntegrityError):
            register(central, name, letter)


def test_an_unregistered_terminal_or_a_counter_prints_no_ticket(central, kiosks):
    register(central, "counter_1", None)
    for name, reason in (("counter_1", "ticket_letter_mismatch"), ("borne_x", "unknown_terminal")):
        kiosk = kiosks(name, "C", central)
        kiosk.desk._register_here = lambda _agency: None  # not the demo's self-registration
        kiosk.take(ADVISER)
        [outcome] = kiosk.push_to(central)
        assert (outcome.state, outcome.reason) == (InboxState.REJECTED, reason)
    assert ticket_rows(central) == []
    with pytest.raises(Refused) as refused:
        kiosks("borne_y", "", central).desk.issue(ADVISER)
    assert refused.value.code == "no_ticket_letter"


def test_a_reinstalled_kiosk_goes_on_from_the_central_count(central, kiosks):
    """Reinstalled at noon, its own count is gone: the central database's highest number of
    the day under its letter is where it goes on from, so none of its tickets is refused."""
    register(central, "borne_a", "A")
    before = kiosks("borne_a", "A", central)
    assert [before.take(ADVISER).number for _ in range(3)] == ["A-001", "A-002", "A-003"]
    before.push_to(central)
    reinstall(central, "borne_a", "borne_a2")
    reinstalled = kiosks("borne_a2", "A", central)
    assert reinstalled.take(SOCIAL).number == "A-004"
    assert reinstalled.push_to(central)[0].state == InboxState.APPLIED
    assert reinstalled.take(SOCIAL).number == "A-005"  # its own count, raised


def test_a_kiosks_clock_cannot_move_its_ticket_up_the_queue(central, kiosks, tmp_path):
    """The desk calls in order of arrival at the central side; a ticket dated two days away
    from its arrival, or later than it (past a clock's drift), is refused."""
    register(central, "borne_a", "A")
    register(central, "borne_b", "B")
    a, b = kiosks("borne_a", "A", central), kiosks("borne_b", "B", central)
    b.take(ADVISER)  # B-001 at 10:01, arrives at 10:01
    assert b.push_to(central, at=NOW + dt.timedelta(minutes=1))[0].state == InboxState.APPLIED
    a.clock[0] = NOW - dt.timedelta(hours=2)  # A's clock says 08:01
    a.take(ADVISER)  # A-001, arrives at 10:05
    assert a.push_to(central, at=NOW + dt.timedelta(minutes=5))[0].state == InboxState.APPLIED
    counter = Outbox(open_terminal_db(tmp_path / "counter.sqlite"), "guichet_1")
    clerk = clerk_session(central)
    assert call(central, counter, clerk, ADVISER, NOW + dt.timedelta(minutes=10)) == "B-001"
    counter.engine.dispose()

    for clock, state, reason in (
        (NOW - dt.timedelta(days=2), InboxState.REJECTED, "ticket_clock_wrong"),
        (NOW + dt.timedelta(minutes=10), InboxState.REJECTED, "ticket_clock_wrong"),
        (NOW + dt.timedelta(minutes=4), InboxState.APPLIED, None),  # within a clock's drift
        (NOW - dt.timedelta(hours=12), InboxState.APPLIED, None),  # yesterday, 23:00 Brussels
    ):
        a.clock[0] = clock
        a.take(SOCIAL, minutes_later=0)
        [outcome] = a.push_to(central, at=NOW)
        assert (outcome.state, outcome.reason) == (state, reason), clock


def test_a_clerk_closes_only_the_tickets_they_called(central, kiosks, tmp_path):
    """Another clerk naming this desk calls a ticket of their own; this desk's ticket stays
    called until its clerk calls the next one."""
    register(central, "borne_a", "A")
    a = kiosks("borne_a", "A", central)
    for _ in range(3):
        a.take(ADVISER)
    a.push_to(central)
    counter = Outbox(open_terminal_db(tmp_path / "counter.sqlite"), "guichet_1")
    clerk, other = clerk_session(central), clerk_session(central, "adviser")
    at = NOW + dt.timedelta(minutes=10)
    assert call(central, counter, clerk, ADVISER, at) == "A-001"
    assert call(central, counter, other, ADVISER, at) == "A-002"  # names guichet_1 too
    rows = {number: status for number, _service, status in ticket_rows(central)}
    assert (rows["A-001"], rows["A-002"]) == (TicketStatus.CALLED, TicketStatus.CALLED)
    assert call(central, counter, clerk, ADVISER, at) == "A-003"
    rows = {number: status for number, _service, status in ticket_rows(central)}
    assert (rows["A-001"], rows["A-002"]) == (TicketStatus.DONE, TicketStatus.CALLED)
    with pytest.raises(Refused) as refused:  # a call this counter's outbox does not hold
        tickets.TicketDesk(central, counter).call_result(str(uuid.uuid4()))
    assert refused.value.code == "unknown_operation"
    counter.engine.dispose()


def call(central, counter: Outbox, clerk: StaffSession, service: str, at) -> str | None:
    operation_id = tickets.call_next(counter, clerk, service=service, desk=counter.terminal_id)
    exchange.push(counter.engine, central, now=at)
    [outcome] = apply.apply_pending(central, now=lambda: at)
    assert outcome.state == InboxState.APPLIED, outcome.reason
    exchange.pull_results(counter.engine, central)
    return tickets.TicketDesk(central, counter).call_result(str(operation_id)).number


def test_the_desk_calls_the_oldest_waiting_ticket_and_the_previous_one_is_done(
    central, kiosks, tmp_path
):
    register(central, "borne_a", "A")
    register(central, "borne_b", "B")
    a, b = kiosks("borne_a", "A", central), kiosks("borne_b", "B", central)
    a.take(ADVISER)  # A-001 10:01
    b.take(ADVISER, minutes_later=2)  # B-001 10:02
    a.take(SOCIAL, minutes_later=2)  # A-002 10:03
    a.push_to(central), b.push_to(central)
    counter = Outbox(open_terminal_db(tmp_path / "counter.sqlite"), "guichet_1")
    clerk = clerk_session(central)
    at = NOW + dt.timedelta(minutes=10)

    assert call(central, counter, clerk, ADVISER, at) == "A-001"
    assert call(central, counter, clerk, ADVISER, at + dt.timedelta(minutes=7)) == "B-001"
    rows = {number: status for number, _service, status in ticket_rows(central)}
    assert rows == {"A-001": TicketStatus.DONE, "B-001": TicketStatus.CALLED,
                    "A-002": TicketStatus.WAITING}  # fmt: skip
    assert call(central, counter, clerk, SOCIAL, at + dt.timedelta(minutes=9)) == "A-002"
    assert call(central, counter, clerk, ADVISER, at + dt.timedelta(minutes=12)) is None
    rows = {number: status for number, _service, status in ticket_rows(central)}
    assert rows == {"A-001": TicketStatus.DONE, "B-001": TicketStatus.DONE,
                    "A-002": TicketStatus.DONE}  # fmt: skip

    # The welcome screen: the agency's last tickets called, the latest first, with the desk.
    called = a.desk.called()
    assert [(t.number, t.desk) for t in called] == [
        ("A-002", "guichet_1"), ("B-001", "guichet_1"), ("A-001", "guichet_1")
    ]  # fmt: skip
    desk = tickets.TicketDesk(central, counter, now=lambda: at)
    assert {c.service: c.waiting for c in desk.waiting(clerk)} == {
        ADVISER: 0, SOCIAL: 0, ContactService.MEDICAL.value: 0
    }  # fmt: skip
    counter.engine.dispose()


def test_the_expected_wait_comes_from_the_days_calls_else_the_default(central, kiosks):
    register(central, "borne_a", "A")
    kiosk = kiosks("borne_a", "A", central)
    # Nobody called yet today: the dated default (10 minutes) for each ticket ahead.
    first = kiosk.take(ADVISER)
    assert (first.wait.ahead, first.wait.minutes) == (0, 0)
    second = kiosk.take(ADVISER)  # the first is not pushed yet: it is ahead all the same
    assert (second.wait.ahead, second.wait.minutes) == (1, 10)
    kiosk.push_to(central)
    third = kiosk.take(ADVISER)
    assert (third.wait.ahead, third.wait.minutes) == (2, 20)

    # Calls at desk 1 at 09:00, 09:06 and 09:18, at desk 2 at 09:10 (alone, no interval):
    # intervals 6 and 12 minutes, median 9.
    day = NOW.date()
    with central.begin() as connection:
        agency_id = connection.execute(select(Agency.id).where(Agency.code == AGENCY)).scalar()
        for number, desk, minute in (("Z-001", "d1", 0), ("Z-002", "d1", 6), ("Z-003", "d2", 10),
                                     ("Z-004", "d1", 18)):  # fmt: skip
            called = dt.datetime(2026, 11, 25, 9, minute, tzinfo=dt.UTC)
            connection.execute(
                QueueTicket.__table__.insert().values(
                    agency_id=agency_id, terminal="borne_z", number=number, service=SOCIAL,
                    issued_on=day, issued_at=called, received_at=called, status="done",
                    called_at=called, desk=desk, done_at=called, operation_id=uuid.uuid4(),
                )
            )  # fmt: skip
    fourth = kiosk.take(ADVISER)
    assert (fourth.wait.ahead, fourth.wait.minutes) == (3, 27)
    # A social ticket: nobody of that service waits.
    assert kiosk.take(SOCIAL).wait.ahead == 0


def test_the_ticket_pdf_says_the_number_the_service_and_the_wait(central, kiosks):
    from tests.integration.services.helpers import pdf_text

    register(central, "borne_a", "A")
    kiosk = kiosks("borne_a", "A", central)
    kiosk.take(SOCIAL)
    ticket = kiosk.take(SOCIAL)
    said = " ".join(pdf_text(kiosk.desk.ticket_pdf(ticket, language="fr")).split())
    assert "A-002" in said and "Service social" in said
    assert "Attente estimée : environ 10 min (1 avant vous)" in said
    assert "Mons – Grand-Place" in said and "25/11/2026 à 11:02" in said


def test_a_kiosk_of_the_demo_registers_itself_with_its_letter(central, kiosks):
    """The embedded database has no `terminal add`: the demo's kiosk registers itself on its
    first ticket (at its agency, under its letter), as its heartbeat does; a second demo kiosk
    on the same letter takes the agency's next free one, as `terminal add` would."""
    kiosk = kiosks("demo_borne", "D", central)
    kiosk.take(ADVISER)
    second = kiosks("demo_borne_2", "D", central)
    assert second.take(ADVISER).number == "A-001"
    with central.connect() as connection:
        rows = connection.execute(
            select(Terminal.name, Terminal.ticket_letter, Terminal.kind).order_by(Terminal.name)
        ).all()
    assert [tuple(row) for row in rows] == [
        ("demo_borne", "D", "kiosk"), ("demo_borne_2", "A", "kiosk")
    ]  # fmt: skip
    assert kiosk.push_to(central)[0].state == InboxState.APPLIED
    assert second.push_to(central)[0].state == InboxState.APPLIED


def test_migration_0017_gives_the_kiosks_registered_before_their_agencys_next_letters(central):
    from app.store import migrate

    migrate.downgrade(central, "0016")
    with central.begin() as connection:
        agencies = dict(connection.execute(text("SELECT code, id FROM agency")).all())
        for minute, (name, kind, agency) in enumerate((
            ("mons_2", "kiosk", "MWP-MONS"), ("mons_1", "kiosk", "MWP-MONS"),
            ("desk_m", "counter", "MWP-MONS"), ("tour_1", "kiosk", "MWP-TOUR"),
            ("lost", "kiosk", None),
        )):  # fmt: skip
            connection.execute(
                text("INSERT INTO terminal (login_role, name, agency_id, kind, created_at) "
                     "VALUES (:n, :n, :agency, :kind, :at)"),
                {"n": name, "agency": agencies.get(agency), "kind": kind,
                 "at": NOW + dt.timedelta(minutes=minute)},
            )  # fmt: skip
    migrate.upgrade(central)
    with central.connect() as connection:
        letters = dict(connection.execute(select(Terminal.name, Terminal.ticket_letter)).all())
    assert letters == {"mons_2": "A", "mons_1": "B", "desk_m": None, "tour_1": "A", "lost": None}


@pytest.mark.postgres
def test_on_postgresql_letters_are_one_per_kiosk_a_desk_one_of_the_agencys_counters(
    pg_central, postgres_server, tmp_path
):
    """Also: a kiosk reads its own agency's tickets only."""
    from app.store.roles import RoleError, add_staff, add_terminal

    central = pg_central
    add = lambda name, **kw: add_terminal(  # noqa: E731
        central, name, agency_code=kw.pop("agency", AGENCY), password=f"{name}-pw", **kw
    )
    assert add("borne_a") == "A"
    assert add("borne_c", ticket_letter="C") == "C"
    assert add("borne_b") == "B"  # the agency's next free letter
    assert add("borne_a") == "A"  # made again: it keeps its own
    assert add("guichet_1", counter=True) is None
    assert add("guichet_t", agency="MWP-TOUR", counter=True) is None
    with pytest.raises(RoleError):
        add("borne_d", ticket_letter="C")  # another kiosk's of this agency
    assert add("borne_t", agency="MWP-TOUR", ticket_letter="C") == "C"  # another agency
    for letter in ("b", "É"):  # one capital letter, whatever the server's collation sorts
        with pytest.raises(IntegrityError), central.begin() as connection:
            connection.execute(
                update(Terminal).where(Terminal.name == "borne_b").values(ticket_letter=letter)
            )
    add_staff(central, "clerk", password="clerk-pw")

    def login(name, password=None):
        return make_engine(
            postgres_server.url(central.url.database, name, password or f"{name}-pw")
        )

    a_engine, b_engine, tour_engine = login("borne_a"), login("borne_b"), login("borne_t")
    clerk_engine = login("staff_clerk", "clerk-pw")
    # The server dates a ticket's arrival (its own clock): the kiosks' clocks are today's too.
    now = utc_now()
    a = Kiosk(tmp_path, "borne_a", "A", a_engine, at=now)
    # borne_b's login printing under A: the server names the login, whatever the kiosk says.
    wrong = Kiosk(tmp_path, "borne_x", "A", b_engine, at=now)
    tour = Kiosk(tmp_path, "borne_t", "C", tour_engine, at=now)
    tour.desk.agency_code = "MWP-TOUR"
    try:
        ticket = a.take(ADVISER)
        assert (ticket.number, ticket.wait.minutes) == ("A-001", 0)
        wrong.take(ADVISER)
        tour.take(ADVISER)
        for kiosk in (a, wrong, tour):
            exchange.push(kiosk.engine, kiosk.desk.central)
        outcomes = apply.apply_pending(central, now=utc_now)
        assert [(o.state, o.reason) for o in outcomes] == [
            (InboxState.APPLIED, None),
            (InboxState.REJECTED, "ticket_letter_mismatch"),
            (InboxState.APPLIED, None),
        ]
        # The clerk's desk call: a kiosk's name, or a counter of another agency, is no desk.
        counter = Outbox(open_terminal_db(tmp_path / "counter.sqlite"), "guichet_1")
        clerk = clerk_session(central)
        for desk in ("borne_a", "guichet_t", "guichet_1"):
            tickets.call_next(counter, clerk, service=ADVISER, desk=desk)
        exchange.push(counter.engine, clerk_engine)
        outcomes = apply.apply_pending(central, now=utc_now)
        counter.engine.dispose()
        assert [(o.state, o.reason) for o in outcomes] == [
            (InboxState.REJECTED, "unknown_terminal"),
            (InboxState.REJECTED, "unknown_terminal"),
            (InboxState.APPLIED, None),
        ]
        assert [(t.number, t.desk) for t in a.desk.called()] == [("A-001", "guichet_1")]
        assert tour.desk.called() == ()  # Tournai's kiosk reads Tournai's tickets only
        with a_engine.connect() as connection:
            seen = connection.execute(text("SELECT number FROM queue_ticket")).scalars().all()
            assert seen == ["A-001"]
            with pytest.raises(Exception, match="permission denied"):
                connection.execute(text("SELECT terminal FROM queue_ticket"))
    finally:
        for kiosk in (a, wrong, tour):
            kiosk.dispose()
        for engine in (a_engine, b_engine, tour_engine, clerk_engine):
            engine.dispose()


def test_the_enrolment_file_gives_the_kiosk_its_ticket_letter(tmp_path, capsys):
    from app.cli.enrol import main as enrol
    from app.config import load_settings
    from app.enrolment import Enrolment, EnrolmentError, parse
    from tests.support.postgres import make_test_pki

    ca_file, _, _ = make_test_pki(tmp_path / "pki")
    enrolment = Enrolment(
        terminal_id="borne_b", agency=AGENCY, mode="kiosk", host="db.mutuality.example",
        port=5432, dbname="guichet", user="borne_b", password="pw-secret",
        ca_pem=ca_file.read_text(), ticket_letter="B",
    )  # fmt: skip
    path = tmp_path / "enrolment.toml"
    path.write_text(enrolment.to_toml())
    config = tmp_path / "etc"
    assert enrol([str(path), "--config-dir", str(config)]) == 0
    assert "B-001" in capsys.readouterr().out
    settings = load_settings(config / "guichet.toml", environ={"GUICHET_CENTRAL_PASSWORD": "x"})
    assert (settings.agency, settings.ticket_letter) == (AGENCY, "B")
    counter = enrolment.to_toml().replace('mode = "kiosk"', 'mode = "counter"')
    with pytest.raises(EnrolmentError, match="counter prints no queue tickets"):
        parse(counter, "enrolment.toml")
