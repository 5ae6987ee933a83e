"""The terminal's heartbeat, collected from its real parts (its database, CUPS, its disk) and
written to the central database: on the embedded SQLite database here (PostgreSQL with the
real roles: tests/integration/security/test_fleet_postgres.py)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import func, select

from app.domain.codes import StaffRole
from app.fleet.heartbeat import Heartbeat, count_start
from app.services.fleet import terminals
from app.services.staff import StaffSession
from app.store.db import make_engine
from app.store.models import Agency, TerminalStatus
from app.sync.exchange import record_state
from app.sync.terminal import Outbox, OutboxEntry, open_terminal_db
from devices.printer import Printer
from devices.printer_status import OutOfPaper
from tests.integration.services.conftest import central  # noqa: F401  (the fixture)

# ruff: noqa: F811  (the fixture `central`, imported above, is each test's argument)

SUPERVISOR = StaffSession(2, "supervisor", "Supervisor", StaffRole.SUPERVISOR, None)
NISS = "85073003328"


@pytest.fixture
def terminal(tmp_path):
    engine = open_terminal_db(tmp_path / "terminal.sqlite")
    yield engine
    engine.dispose()


def ask(outbox: Outbox, when: dt.datetime) -> None:
    outbox.enqueue(
        "contact_request.create",
        {"member_niss": NISS, "topic": "other", "subject": "Question", "message": "?",
         "channel": "terminal", "answer_by": "letter"},
        actor="member", now=when,
    )  # fmt: skip


def heartbeat(terminal, central, tmp_path, printer: Printer, **options) -> Heartbeat:
    return Heartbeat(terminal, central, terminal_id="kiosk-mons-1", data_dir=tmp_path,
                     printer=printer, **options)  # fmt: skip


def no_cups(tmp_path) -> Printer:
    return Printer("Kiosk", server=str(tmp_path / "no-cups.sock"), timeout=1)


def judged(central, name: str = "kiosk-mons-1"):
    fleet = terminals(central, SUPERVISOR, agency_id=None)
    return next(t for t in fleet.terminals if t.name == name)


def test_the_terminal_reports_its_outbox_last_sync_reader_and_disk(terminal, central, tmp_path):
    now = dt.datetime.now(dt.UTC)
    outbox = Outbox(terminal, "kiosk-mons-1")
    for minutes in (130, 125):
        ask(outbox, now - dt.timedelta(minutes=minutes))
    record_state(terminal, "last_success", (now - dt.timedelta(hours=2)).isoformat())
    beat = heartbeat(terminal, central, tmp_path, no_cups(tmp_path), reader_present=lambda: False,
                     agency_code="MWP-MONS")  # fmt: skip

    report = beat.collect()
    assert report["waiting"] == 2
    assert 125 * 60 <= report["oldest_waiting_age_s"] < 131 * 60
    assert 7200 <= report["last_sync_age_s"] < 7260
    assert report["reader_present"] is False
    assert report["printer_state"] == "cups-down"  # no CUPS there: a state, not an error
    assert report["disk_free_bytes"] > 0
    assert beat.run_once()

    with central.connect() as connection:
        row = connection.execute(select(TerminalStatus)).one()
        mons = connection.execute(select(Agency.id).where(Agency.code == "MWP-MONS")).scalar()
    assert row.waiting == 2 and row.reader_present is False
    state = judged(central)
    assert state.agency_id == mons and state.kind == "kiosk"
    assert state.colour == "red"
    codes = {r.code: r for r in state.reasons}
    assert set(codes) == {"offline", "print_service_down", "no_card_reader"}
    assert (codes["offline"].count, codes["offline"].minutes) == (2, 120)


def test_the_row_is_updated_in_place_every_minute(terminal, central, tmp_path):
    beat = heartbeat(terminal, central, tmp_path, no_cups(tmp_path), reader_present=lambda: True)
    for _ in range(3):
        assert beat.run_once()
    with central.connect() as connection:
        assert connection.execute(select(func.count()).select_from(TerminalStatus)).scalar() == 1


def test_a_report_that_cannot_be_sent_is_dropped_never_queued(terminal, tmp_path):
    unreachable = make_engine(
        "postgresql+psycopg://kiosk@127.0.0.1:9/guichet", connect_args={"connect_timeout": 2}
    )
    outbox = Outbox(terminal, "kiosk-mons-1")
    ask(outbox, dt.datetime.now(dt.UTC))
    beat = heartbeat(terminal, unreachable, tmp_path, no_cups(tmp_path))
    assert beat.run_once() is False
    assert beat.run_once() is False
    assert beat.failures == 2
    with terminal.connect() as connection:  # nothing of the heartbeat's in the outbox
        assert connection.execute(select(func.count()).select_from(OutboxEntry)).scalar() == 1
    unreachable.dispose()


def test_the_loop_reports_on_its_own_thread_and_stops_at_once(terminal, central, tmp_path):
    beat = heartbeat(terminal, central, tmp_path, no_cups(tmp_path), interval=3600)
    beat.start()
    try:
        deadline = time.monotonic() + 10
        while beat.sent == 0:
            assert time.monotonic() < deadline, "no heartbeat sent"
            time.sleep(0.02)
    finally:
        beat.stop()
    assert judged(central).version == beat.version


def test_restarts_are_counted_per_boot_and_per_day(terminal):
    day = dt.date(2026, 12, 8)
    assert [count_start(terminal, today=day, boot="boot-1") for _ in range(4)] == [0, 1, 2, 3]
    assert count_start(terminal, today=day, boot="boot-2") == 0  # the machine rebooted
    assert count_start(terminal, today=day + dt.timedelta(days=1), boot="boot-2") == 0


@pytest.mark.cups
def test_out_of_paper_and_the_toner_level_come_from_cups(cups, terminal, central, tmp_path):
    """A printer whose backend reports media-empty-error (and stops) with its toner at 7 %."""
    cups.test_printer("Empty", reasons=("media-empty-error",), then="4", toner=7)
    printer = Printer("Empty", server=str(cups.daemon.socket), timeout=5)
    job = printer.submit(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(OutOfPaper):
        job.wait(timeout=10, interval=0.05)
    beat = heartbeat(terminal, central, tmp_path, printer)

    report = beat.collect()
    assert report["printer_state"] == "stopped"
    assert "media-empty-error" in report["printer_reasons"]
    assert {"name": "Black", "type": "toner", "level": 7, "low": 10, "high": 100} in report[
        "supplies"
    ]
    assert beat.run_once()
    state = judged(central)
    assert [(r.code, r.colour) for r in state.reasons] == [
        ("out_of_paper", "red"),
        ("toner_low", "amber"),
    ]
    assert state.reasons[1].count == 7

    unknown = Printer("NoSuchQueue", server=str(cups.daemon.socket), timeout=5)
    assert heartbeat(terminal, central, tmp_path, unknown).collect()["printer_state"] == "none"
