"""The services under the least-privilege roles, on the real PostgreSQL server.

The terminal's role logs members in (it counts failures and writes logins itself: a lockout
through the outbox would come too late) and can do nothing else to accounts; the counter's
role logs clerks in and adds audit entries it can neither read, change nor delete.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import ProgrammingError

from app.domain.codes import LoginMode
from app.services import accounts, login, staff
from app.services.accounts import OwnerKind
from app.services.errors import BadCredentials
from app.store.db import make_engine
from app.store.models import AuditEntry, OnlineAccount, OnlineLogin, Staff
from app.store.roles import grant_counter_role, grant_terminal_role
from app.store.seed import DEMO_PASSWORD
from tests.integration.services.conftest import NOW, TODAY

pytestmark = pytest.mark.postgres


def as_role(central, postgres_server, grant, role: str):
    grant(central, role, f"{role}-secret")
    return make_engine(postgres_server.url(central.url.database, role, f"{role}-secret"))


def denied(engine, statement: str) -> bool:
    with engine.connect() as connection:
        try:
            connection.execute(text(statement))
        except ProgrammingError as exc:
            return "permission denied" in str(exc)
    return False


def test_the_terminal_role_does_login_bookkeeping_and_nothing_more(pg_central, postgres_server):
    terminal = as_role(pg_central, postgres_server, grant_terminal_role, "guichet_terminal")
    niss = pg_central.cases["active_account"]

    success = login.password_login(terminal, niss, DEMO_PASSWORD, terminal="borne-pg", now=NOW)
    assert success.member.niss == niss
    with pytest.raises(BadCredentials):
        login.password_login(terminal, niss, "guess", terminal="borne-pg", now=NOW)
    assert login.eid_login(terminal, niss, terminal="borne-pg", now=NOW).mode == LoginMode.EID
    assert accounts.card_owner(terminal, niss, today=TODAY).kind == OwnerKind.ACTIVE_ACCOUNT
    stranger = accounts.card_owner(terminal, "85073003328", today=TODAY)
    assert stranger.kind == OwnerKind.NOT_MEMBER  # it may ask whether a request is waiting
    with pg_central.connect() as connection:
        assert (
            connection.execute(
                select(OnlineAccount.failed_attempts).where(OnlineAccount.username == niss)
            ).scalar()
            == 1
        )
        modes = connection.execute(
            select(OnlineLogin.mode).where(OnlineLogin.terminal == "borne-pg")
        ).scalars()
        assert list(modes) == [LoginMode.PASSWORD, LoginMode.EID]

    for forbidden in (
        f"UPDATE online_account SET status = 'active' WHERE username = '{niss}'",
        f"UPDATE online_account SET username = '85073003328' WHERE username = '{niss}'",
        "UPDATE online_account SET password_hash = 'x'",
        f"UPDATE member SET phone = '0' WHERE niss = '{niss}'",
        "UPDATE staff SET failed_attempts = 0",
        "SELECT password_hash FROM staff",
        "SELECT * FROM audit_log",
        "INSERT INTO audit_log (at, action) VALUES (now(), 'x')",
        "SELECT * FROM postal_letter",
        "SELECT surname FROM affiliation_request",
        "DELETE FROM online_login",
        # Which role pushed an operation is the server's to say, not the terminal's.
        "INSERT INTO inbox_operation (operation_id, terminal_id, terminal_seq, kind, version, "
        "actor, created_at, received_at, state, attempts, inserted_by) VALUES "
        "(gen_random_uuid(), 't', 1, 'x', 1, 'staff:clerk', now(), now(), 'received', 0, "
        "'guichet_counter')",
    ):
        assert denied(terminal, forbidden), forbidden
    terminal.dispose()


def test_two_terminals_guessing_at_once_both_count(pg_central, postgres_server):
    terminal = as_role(pg_central, postgres_server, grant_terminal_role, "guichet_terminal")
    niss = pg_central.cases["active_account"]
    guesses = 4
    start = threading.Barrier(guesses)
    errors: list[BaseException] = []

    def guess():
        start.wait()
        try:
            login.password_login(terminal, niss, "guess", terminal="borne-pg", now=NOW)
        except BadCredentials:
            pass
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=guess) for _ in range(guesses)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    with pg_central.connect() as connection:
        assert (
            connection.execute(
                select(OnlineAccount.failed_attempts).where(OnlineAccount.username == niss)
            ).scalar()
            == guesses
        )
    terminal.dispose()


def test_the_counter_role_logs_clerks_in_and_only_adds_to_the_audit_log(
    pg_central, postgres_server
):
    counter = as_role(pg_central, postgres_server, grant_counter_role, "guichet_counter")
    with pytest.raises(BadCredentials):
        staff.staff_login(counter, "clerk", "guess", now=NOW)
    clerk = staff.staff_login(counter, "clerk", "clerk-demo", now=NOW)
    niss = pg_central.cases["bim"]
    member = staff.open_member_file(counter, clerk, niss, terminal="guichet-pg", now=NOW)
    assert staff.find_by_card(counter, clerk, "85073003328", terminal="guichet-pg", now=NOW) is None
    with pg_central.connect() as connection:
        entries = connection.execute(
            select(AuditEntry.action, AuditEntry.member_id).where(
                AuditEntry.terminal == "guichet-pg"
            )
        ).all()
        assert entries == [("member_file_opened", member.member_id)]
        assert (
            connection.execute(select(Staff.failed_attempts).where(Staff.login == "clerk")).scalar()
            == 0
        )

    for forbidden in (
        "UPDATE audit_log SET action = 'nothing'",
        "DELETE FROM audit_log",
        "SELECT * FROM audit_log",
        "UPDATE staff SET password_hash = 'x'",
        "UPDATE staff SET role = 'admin'",
        "UPDATE postal_letter SET sent_on = now()",  # it reads them to print; posting is the
        "UPDATE postal_letter SET pdf = NULL",  # worker's, through the inbox
        f"UPDATE member SET phone = '0' WHERE niss = '{niss}'",
        "UPDATE online_account SET status = 'active'",
    ):
        assert denied(counter, forbidden), forbidden
    counter.dispose()
