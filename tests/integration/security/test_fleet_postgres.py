"""The fleet's heartbeats with the real roles: a terminal writes its own row of terminal_status
through guichet_heartbeat and nothing else of it, reads none of it; supervisors read it all,
clerks nothing; the row's times are the server's."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy.exc import DBAPIError

from app.domain.codes import StaffRole
from app.services.fleet import record_heartbeat, terminals
from app.services.staff import StaffSession
from tests.integration.security.conftest import refused, rows, scalar

pytestmark = pytest.mark.postgres

REPORT = {
    "version": "1.4.2",
    "uptime_s": 3600,
    "restarts": 0,
    "last_sync_age_s": 30,
    "waiting": 0,
    "oldest_waiting_age_s": None,
    "reader_present": True,
    "printer_state": "idle",
    "printer_reasons": [],
    "supplies": [{"name": "Black", "type": "toner", "level": 80, "low": 10, "high": 100}],
    "disk_free_bytes": 20 * 1024**3,
}
BEAT = "SELECT guichet_heartbeat(CAST(:r AS jsonb))"


def beat(engine, **changes) -> dt.datetime:
    return scalar(engine, BEAT, {"r": json.dumps({**REPORT, **changes})})


def status(owner, login: str):
    found = rows(owner, "SELECT * FROM terminal_status WHERE login_role = :l", {"l": login})
    return found[0] if found else None


def test_a_terminal_reports_and_its_own_row_changes_in_place(logins):
    a = logins.engines["kiosk_a"]
    first = beat(a)
    row = status(logins.owner, "kiosk_a")
    assert row.version == "1.4.2" and row.reader_present is True and row.waiting == 0
    assert row.reported_at == first
    beat(a, version="1.4.3", waiting=14, oldest_waiting_age_s=7200, reader_present=False)
    assert scalar(logins.owner, "SELECT count(*) FROM terminal_status") == 1  # in place
    row = status(logins.owner, "kiosk_a")
    assert (row.version, row.waiting, row.reader_present) == ("1.4.3", 14, False)
    assert row.reported_at > first
    assert status(logins.owner, "kiosk_b") is None


def test_the_reports_times_are_the_servers_whatever_the_terminal_says(logins):
    a = logins.engines["kiosk_a"]
    # A terminal whose clock is a year off sends ages, and a forged reported_at is ignored.
    server_now = beat(a, uptime_s=600, last_sync_age_s=120, reported_at="2020-01-01T00:00:00Z")
    row = status(logins.owner, "kiosk_a")
    assert row.reported_at == server_now
    assert row.started_at == server_now - dt.timedelta(seconds=600)
    assert row.last_sync_at == server_now - dt.timedelta(seconds=120)
    assert abs(scalar(logins.owner, "SELECT now()") - server_now) < dt.timedelta(minutes=1)


def test_a_printer_problem_keeps_its_start_while_it_lasts(logins):
    a = logins.engines["kiosk_a"]
    began = beat(a, printer_state="stopped", printer_reasons=["media-empty-error"])
    beat(a, printer_state="stopped", printer_reasons=["media-empty-error", "toner-low-warning"])
    reasons = status(logins.owner, "kiosk_a").printer_reasons
    assert dt.datetime.fromisoformat(reasons["media-empty-error"]) == began
    assert dt.datetime.fromisoformat(reasons["toner-low-warning"]) > began
    beat(a, printer_reasons=["none"])
    assert status(logins.owner, "kiosk_a").printer_reasons == {}


def test_a_terminal_cannot_touch_another_terminals_row_by_any_means(logins):
    a, b = logins.engines["kiosk_a"], logins.engines["kiosk_b"]
    beat(b, version="b-version")
    before = status(logins.owner, "kiosk_b")
    # The function writes the caller's row only: nothing in the report names another one.
    beat(a, login_role="kiosk_b", terminal="kiosk_b", name="kiosk_b")
    assert status(logins.owner, "kiosk_b") == before
    for statement in (
        "UPDATE terminal_status SET version = 'forged' WHERE login_role = 'kiosk_b'",
        "UPDATE terminal_status SET version = 'forged'",
        "DELETE FROM terminal_status WHERE login_role = 'kiosk_b'",
        "INSERT INTO terminal_status (login_role, waiting, printer_state, reported_at) "
        "VALUES ('kiosk_b', 0, 'idle', now()) ON CONFLICT (login_role) DO UPDATE SET "
        "version = 'forged'",
        "TRUNCATE terminal_status",
        "UPDATE terminal SET agency_id = NULL",
    ):
        assert refused(a, statement), statement
    assert status(logins.owner, "kiosk_b") == before


@pytest.mark.parametrize("login", ("kiosk_a", "counter_c", "staff_clerk"))
def test_terminals_and_clerks_read_nothing_of_the_fleet(logins, login):
    beat(logins.engines["kiosk_a"])
    beat(logins.engines["counter_c"])
    engine = logins.engines[login]
    for statement in (
        "SELECT * FROM terminal_status",
        "SELECT count(*) FROM terminal_status",
        "SELECT version FROM terminal_status WHERE login_role = session_user",
        "SELECT * FROM terminal",
    ):
        assert refused(engine, statement), (login, statement)


def test_a_clerk_is_no_terminal_and_cannot_report(logins):
    with pytest.raises(DBAPIError) as error:
        beat(logins.engines["staff_clerk"])
    assert "not a registered terminal" in str(error.value.orig)
    assert scalar(logins.owner, "SELECT count(*) FROM terminal_status") == 0


def test_a_report_that_is_not_one_is_refused_and_changes_nothing(logins):
    a = logins.engines["kiosk_a"]
    beat(a)
    before = status(logins.owner, "kiosk_a")
    for report, message in (
        ("[]", "a JSON object"),
        (json.dumps({**REPORT, "padding": "x" * 20000}), "over 16384 bytes"),
        (json.dumps({**REPORT, "waiting": "many"}), "invalid input syntax"),
    ):
        with pytest.raises(DBAPIError) as error:
            scalar(a, BEAT, {"r": report})
        assert message in str(error.value.orig)
    assert status(logins.owner, "kiosk_a") == before


def test_a_supervisor_reads_the_fleet_through_the_service(logins):
    beat(logins.engines["kiosk_a"], printer_state="stopped", printer_reasons=["media-empty-error"])
    record_heartbeat(logins.engines["kiosk_b"], REPORT, terminal="ignored-on-postgresql")
    supervisor = logins.engines["staff_supervisor"]
    assert scalar(supervisor, "SELECT count(*) FROM terminal_status") == 2
    staff = StaffSession(0, "supervisor", "Supervisor", StaffRole.SUPERVISOR, None)
    fleet = terminals(supervisor, staff, agency_id=None)
    by_name = {t.name: t for t in fleet.terminals}
    assert set(by_name) == {"kiosk_a", "kiosk_b", "counter_c"}
    assert by_name["kiosk_a"].colour == "red"
    assert [r.code for r in by_name["kiosk_a"].reasons] == ["out_of_paper"]
    assert by_name["kiosk_b"].colour == "green" and by_name["kiosk_b"].version == "1.4.2"
    assert [r.code for r in by_name["counter_c"].reasons] == ["never_reported"]
    assert fleet.terminals[-1].name == "kiosk_b"  # red first, green last
    # The clerk's login cannot, even if the program let them ask.
    clerk = StaffSession(0, "clerk", "Clerk", StaffRole.SUPERVISOR, None)
    with pytest.raises(DBAPIError):
        terminals(logins.engines["staff_clerk"], clerk, agency_id=None)
