"""The services under the real logins on PostgreSQL (app/store/roles.py, migration 0008).

A terminal's own login reads a member's file through the member-file services only within a
visit the central side opened for it; it keeps no login bookkeeping (the gatekeeper does) and
never reads a hash. A clerk's own login opens files and adds audit entries under its own name,
and reads none back. What an attacker gets from these logins: tests/integration/security.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import ProgrammingError

from app.domain.codes import LoginMode
from app.services import member_file as mf
from app.services import queue, staff
from app.services.errors import Refused
from app.services.member_file import FileSession
from app.store.db import make_engine
from app.store.models import Agency, AuditEntry, Member
from app.store.roles import add_staff, add_terminal
from tests.integration.services.conftest import NOW, TODAY

pytestmark = pytest.mark.postgres


def terminal_role(central, role: str, password: str, *, counter: bool = False) -> None:
    """A terminal's own login (`guichet-central terminal add`), in the first agency."""
    with central.connect() as connection:
        agency = connection.execute(select(Agency.code).order_by(Agency.id)).scalar()
    add_terminal(central, role, agency_code=agency, password=password, counter=counter)


def counter_role(central, role: str, password: str) -> None:
    terminal_role(central, role, password, counter=True)


def as_role(central, postgres_server, make, role: str):
    """An engine signed in as `role`, made by `make(central, role, password)`."""
    make(central, role, f"{role}-secret")
    return make_engine(postgres_server.url(central.url.database, role, f"{role}-secret"))


def as_staff(central, postgres_server, login: str):
    """An engine signed in as the clerk's own login (`guichet-central staff add`)."""
    role = add_staff(central, login, password=f"{login}-secret")
    return make_engine(postgres_server.url(central.url.database, role, f"{login}-secret"))


def visit_for(owner, login_role: str, niss: str, *, today=TODAY, mode: str = "eid") -> uuid.UUID:
    """Open a visit for `niss` on `login_role`, as the gatekeeper does once it verified them:
    the member and the dependants the access rules let them see (the owner decides)."""
    people = [p.niss for p in mf.visible_people(owner, FileSession(niss, mode), today)]
    visit_id = uuid.uuid4()
    with owner.begin() as connection:
        member_id = connection.execute(select(Member.id).where(Member.niss == niss)).scalar()
        ids = connection.execute(select(Member.id).where(Member.niss.in_(people))).scalars()
        connection.execute(
            text(
                "INSERT INTO visit (id, login_role, terminal_id, niss, member_id, mode, key, "
                "opened_at, expires_at) VALUES (:id, :login, :login, :niss, :member, :mode, "
                "'\\x00', now(), now() + interval '30 minutes')"
            ),
            {"id": visit_id, "login": login_role, "niss": niss, "member": member_id, "mode": mode},
        )
        for person in ids:
            connection.execute(
                text("INSERT INTO visit_person (visit_id, member_id) VALUES (:v, :m)"),
                {"v": visit_id, "m": person},
            )
    return visit_id


def close_visit(engine, visit_id: uuid.UUID, reason: str = "card_out") -> None:
    with engine.begin() as connection:
        connection.execute(
            text("SELECT guichet_visit_close(:id, :r)"), {"id": visit_id, "r": reason}
        )


def denied(engine, statement: str) -> bool:
    with engine.connect() as connection:
        try:
            connection.execute(text(statement))
        except ProgrammingError as exc:
            return "permission denied" in str(exc)
    return False


def test_a_terminal_reads_a_file_through_the_services_within_its_visit_only(
    pg_central, postgres_server
):
    terminal = as_role(pg_central, postgres_server, terminal_role, "guichet_terminal")
    niss = pg_central.cases["active_account"]  # a holder with dependants
    session = FileSession(niss, LoginMode.EID)
    try:
        with pytest.raises(Refused):  # no visit: not even the member's own row
            mf.visible_people(terminal, session, TODAY)
        visit = visit_for(pg_central, "guichet_terminal", niss)
        people = mf.visible_people(terminal, session, TODAY)
        assert people == mf.visible_people(pg_central, session, TODAY) and len(people) > 1
        assert mf.my_data(terminal, session, TODAY) == mf.my_data(pg_central, session, TODAY)
        everyone = mf.reimbursements(terminal, session, None, order="processing", limit=500)
        assert everyone.lines
        assert everyone == mf.reimbursements(
            pg_central, session, None, order="processing", limit=500
        )
        assert mf.documents(terminal, session, niss, TODAY) == mf.documents(
            pg_central, session, niss, TODAY
        )
        stranger = FileSession(pg_central.cases["bim"], LoginMode.EID)
        with pytest.raises(Refused):  # the visit is that family's, nobody else's
            mf.visible_people(terminal, stranger, TODAY)
        close_visit(terminal, visit)
        with pytest.raises(Refused):
            mf.visible_people(terminal, session, TODAY)

        for forbidden in (
            "SELECT password_hash FROM online_account",
            # Login bookkeeping is the gatekeeper's now.
            "UPDATE online_account SET failed_attempts = 0",
            "INSERT INTO online_login (account_id, mode, logged_in_at) VALUES (1, 'eid', now())",
            f"UPDATE member SET phone = '0' WHERE niss = '{niss}'",
            "SELECT * FROM staff",
            "SELECT * FROM audit_log",
            "INSERT INTO audit_log (at, action) VALUES (now(), 'x')",
            "SELECT * FROM postal_letter",
            "SELECT surname FROM affiliation_request",
            "DELETE FROM online_login",
            "SELECT * FROM visit",
        ):
            assert denied(terminal, forbidden), forbidden
    finally:
        terminal.dispose()


def test_a_clerks_own_login_opens_files_and_only_adds_to_the_audit_log(pg_central, postgres_server):
    clerk = as_staff(pg_central, postgres_server, "clerk")
    # The clerk is who the database login says; the screens still want the staff record.
    desk = staff.staff_login(pg_central, "clerk", "clerk-demo", now=NOW)
    try:
        niss = pg_central.cases["bim"]
        member = staff.open_member_file(clerk, desk, niss, terminal="guichet-pg", now=NOW)
        assert (
            staff.find_by_card(clerk, desk, "85073003328", terminal="guichet-pg", now=NOW) is None
        )
        assert queue.open_items(clerk, desk, now=NOW) == queue.open_items(pg_central, desk, now=NOW)
        with pg_central.connect() as connection:
            entries = connection.execute(
                select(AuditEntry.action, AuditEntry.member_id, AuditEntry.staff_id).where(
                    AuditEntry.terminal == "guichet-pg"
                )
            ).all()
        assert entries == [("member_file_opened", member.member_id, desk.staff_id)]

        for forbidden in (
            "UPDATE audit_log SET action = 'nothing'",
            "DELETE FROM audit_log",
            "SELECT * FROM audit_log",
            "SELECT password_hash FROM staff",
            "UPDATE staff SET failed_attempts = 0",
            "UPDATE staff SET password_hash = 'x'",
            "UPDATE staff SET role = 'admin'",
            "UPDATE postal_letter SET sent_on = now()",  # it reads them to print; posting is
            "UPDATE postal_letter SET pdf = NULL",  # the worker's, through the inbox
            f"UPDATE member SET phone = '0' WHERE niss = '{niss}'",
            "UPDATE online_account SET status = 'active'",
            "SELECT password_hash FROM online_account",
        ):
            assert denied(clerk, forbidden), forbidden
    finally:
        clerk.dispose()
