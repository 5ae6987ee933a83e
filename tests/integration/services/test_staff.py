"""Counter staff: their login and lockout, and every member file they open in the audit log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain.codes import MemberStatus, StaffRole
from app.services import staff
from app.services.errors import (
    AccountDeactivated,
    AccountLocked,
    BadCredentials,
    InvalidForm,
    Refused,
)
from app.store.models import AuditEntry, Member, Staff
from tests.integration.services.conftest import NOW

MINUTE = dt.timedelta(minutes=1)


def audit(central) -> list[AuditEntry]:
    with Session(central) as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


@pytest.fixture
def clerk(central) -> staff.StaffSession:
    return staff.staff_login(central, "clerk", "clerk-demo", now=NOW)


def test_a_clerk_logs_in_with_their_login_and_password(clerk):
    assert (clerk.login, clerk.full_name, clerk.role) == (
        "clerk",
        "Céline Dufrêne",
        StaffRole.CLERK,
    )
    assert clerk.agency_id is not None and clerk.actor == "staff:clerk"


def test_a_clerk_is_locked_out_after_five_failures_for_fifteen_minutes(central):
    for number in range(4):
        with pytest.raises(BadCredentials):
            staff.staff_login(central, "clerk", "guess", now=NOW + number * MINUTE)
    with pytest.raises(AccountLocked) as locked:
        staff.staff_login(central, "clerk", "guess", now=NOW + 4 * MINUTE)
    assert locked.value.until == NOW + 19 * MINUTE
    with pytest.raises(AccountLocked):
        staff.staff_login(central, "clerk", "clerk-demo", now=NOW + 18 * MINUTE)
    assert staff.staff_login(central, "clerk", "clerk-demo", now=NOW + 19 * MINUTE).login == "clerk"
    with Session(central) as session:
        row = session.scalars(select(Staff).where(Staff.login == "clerk")).one()
    assert row.failed_attempts == 0 and row.locked_until is None


def test_an_unknown_login_and_a_wrong_password_look_alike(central):
    with pytest.raises(BadCredentials):
        staff.staff_login(central, "nobody", "clerk-demo", now=NOW)
    with pytest.raises(BadCredentials):
        staff.staff_login(central, "supervisor", "clerk-demo", now=NOW)


def test_an_inactive_clerk_cannot_log_in(central):
    with central.begin() as connection:
        connection.execute(update(Staff).where(Staff.login == "clerk").values(active=False))
    with pytest.raises(AccountDeactivated):
        staff.staff_login(central, "clerk", "clerk-demo", now=NOW)


def test_opening_a_member_file_is_written_to_the_audit_log(central, clerk):
    niss = central.cases["bim"]
    dotted = f"{niss[:2]}.{niss[2:4]}.{niss[4:6]}-{niss[6:9]}.{niss[9:]}"
    before = len(audit(central))
    member = staff.open_member_file(central, clerk, dotted, terminal="guichet-1", now=NOW)
    assert member.niss == niss
    entries = audit(central)[before:]
    assert [(e.action, e.staff_id, e.member_id, e.terminal) for e in entries] == [
        ("member_file_opened", clerk.staff_id, member.member_id, "guichet-1")
    ]
    assert entries[0].at.replace(tzinfo=dt.UTC) == NOW


def test_a_number_that_is_no_member_opens_nothing_and_logs_nothing(central, clerk):
    before = len(audit(central))
    with pytest.raises(Refused) as refused:
        staff.open_member_file(central, clerk, "85073003328", terminal="guichet-1", now=NOW)
    assert refused.value.code == "unknown_member"
    with pytest.raises(InvalidForm) as invalid:
        staff.open_member_file(central, clerk, "850730033", terminal="guichet-1", now=NOW)
    assert invalid.value.problems == {"niss": "niss_length"}
    assert len(audit(central)) == before


def test_a_card_read_at_the_counter_finds_the_member_or_nobody_to_enrol(central, clerk):
    niss = central.cases["maf_ceiling_reached"]
    found = staff.find_by_card(central, clerk, niss, terminal="guichet-1", now=NOW)
    assert found.niss == niss and audit(central)[-1].member_id == found.member_id
    assert staff.find_by_card(central, clerk, "85073003328", terminal="guichet-1", now=NOW) is None
    with central.begin() as connection:
        connection.execute(
            update(Member)
            .where(Member.niss == niss)
            .values(status=MemberStatus.LEFT, left_on=dt.date(2026, 1, 1))
        )
    # Someone who left is enrolled again; a clerk can still open the old file by number.
    assert staff.find_by_card(central, clerk, niss, terminal="guichet-1", now=NOW) is None
    assert staff.open_member_file(central, clerk, niss, terminal="guichet-1", now=NOW).niss == niss
