"""Queue tickets (issue 16 item 5): two kiosks of one agency never print the same number, also
while the central database is out of reach; the worker takes a ticket only under its kiosk's
letter; a desk calls the oldest waiting ticket of a service and the previous one is done; the
expected wait comes from the day's calls, or the dated default before there are any."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

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
        exchange.push(self.engine, central)
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


def test_a_ticket_under_another_kiosks_letter_or_twice_is_refused(central, kiosks):
    register(central, "borne_a", "A")
    register(central, "borne_b", "B")
    impostor = kiosks("borne_b", "A", central)  # B's registration, A's letter
    impostor.take(ADVISER)
    [outcome] = impostor.push_to(central)
    assert (outcome.state, outcome.reason) == (InboxState.REJECTED, "ticket_letter_mismatch")

    # Two kiosks registered with one letter (by hand, past `terminal add`'s check): the
    # unique (agency, day, number) refuses the second A-001.
    register(central, "borne_a2", "A")
    first, again = kiosks("borne_a", "A", central), kiosks("borne_a2", "A", central)
    first.take(SOCIAL)
    again.take(SOCIAL)
    assert first.push_to(central)[0].state == InboxState.APPLIED
    [outcome] = again.push_to(central)
    assert (outcome.state, outcome.reason) == (InboxState.REJECTED, "ticket_number_taken")
    assert ticket_rows(central) == [("A-001", SOCIAL, TicketStatus.WAITING)]


def test_an_unregistered_terminal_or_a_counter_prints_no_ticket(central, kiosks):
    register(central, "counter_1", None)
    for name in ("counter_1", "borne_x"):
        kiosk = kiosks(name, "C", central)
        kiosk.desk._register_here = lambda _agency: None  # not the demo's self-registration
        kiosk.take(ADVISER)
        [outcome] = kiosk.push_to(central)
        assert outcome.state == InboxState.REJECTED
        assert outcome.reason in ("ticket_letter_mismatch", "unknown_terminal")
    assert ticket_rows(central) == []
    with pytest.raises(Refused) as refused:
        kiosks("borne_y", "", central).desk.issue(ADVISER)
    assert refused.value.code == "no_ticket_letter"


def call(central, counter: Outbox, clerk: StaffSession, service: str, at) -> str | None:
    operation_id = tickets.call_next(counter, clerk, service=service, desk=counter.terminal_id)
    exchange.push(counter.engine, central)
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
    first ticket (at its agency, under its letter), as its heartbeat does."""
    kiosk = kiosks("demo_borne", "D", central)
    kiosk.take(ADVISER)
    with central.connect() as connection:
        row = connection.execute(
            select(Terminal.ticket_letter, Terminal.kind).where(Terminal.name == "demo_borne")
        ).one()
    assert tuple(row) == ("D", "kiosk")
    assert kiosk.push_to(central)[0].state == InboxState.APPLIED


@pytest.mark.postgres
def test_on_postgresql_letters_are_one_per_kiosk_and_a_kiosk_reads_its_agencys_tickets(
    pg_central, postgres_server, tmp_path
):
    from app.store.roles import RoleError, add_terminal

    central = pg_central
    add = lambda name, **kw: add_terminal(  # noqa: E731
        central, name, agency_code=kw.pop("agency", AGENCY), password=f"{name}-pw", **kw
    )
    assert add("borne_a") == "A"
    assert add("borne_c", ticket_letter="C") == "C"
    assert add("borne_b") == "B"  # the agency's next free letter
    assert add("borne_a") == "A"  # made again: it keeps its own
    assert add("guichet_1", counter=True) is None
    with pytest.raises(RoleError):
        add("borne_d", ticket_letter="C")  # another kiosk's of this agency
    assert add("borne_t", agency="MWP-TOUR", ticket_letter="C") == "C"  # another agency

    def login(name):
        return make_engine(postgres_server.url(central.url.database, name, f"{name}-pw"))

    a_engine, b_engine, tour_engine = login("borne_a"), login("borne_b"), login("borne_t")
    a = Kiosk(tmp_path, "borne_a", "A", a_engine)
    # borne_b's login printing under A: the server names the login, whatever the kiosk says.
    wrong = Kiosk(tmp_path, "borne_x", "A", b_engine)
    tour = Kiosk(tmp_path, "borne_t", "C", tour_engine)
    tour.desk.agency_code = "MWP-TOUR"
    try:
        ticket = a.take(ADVISER)
        assert (ticket.number, ticket.wait.minutes) == ("A-001", 0)
        wrong.take(ADVISER)
        tour.take(ADVISER)
        for kiosk in (a, wrong, tour):
            exchange.push(kiosk.engine, kiosk.desk.central)
        outcomes = apply.apply_pending(central, now=lambda: NOW)
        assert [(o.state, o.reason) for o in outcomes] == [
            (InboxState.APPLIED, None),
            (InboxState.REJECTED, "ticket_letter_mismatch"),
            (InboxState.APPLIED, None),
        ]
        with central.begin() as connection:  # A-001 called, as a desk would
            connection.execute(
                update(QueueTicket)
                .where(QueueTicket.number == "A-001")
                .values(status="called", called_at=NOW, desk="guichet_1")
            )
        assert [t.number for t in a.desk.called()] == ["A-001"]
        assert tour.desk.called() == ()  # Tournai's kiosk reads Tournai's tickets only
        with a_engine.connect() as connection:
            seen = connection.execute(text("SELECT number FROM queue_ticket")).scalars().all()
            assert seen == ["A-001"]
            with pytest.raises(Exception, match="permission denied"):
                connection.execute(text("SELECT terminal FROM queue_ticket"))
    finally:
        for kiosk in (a, wrong, tour):
            kiosk.dispose()
        for engine in (a_engine, b_engine, tour_engine):
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
