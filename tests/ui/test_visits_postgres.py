"""Whole visits in real windows against PostgreSQL, as a terminal in a contact point runs them:
the program signs in with the terminal's own login, the central side's gatekeeper checks the
card (or the password) and opens the visit, row-level security opens the member's file to this
terminal for that visit only, and what the member changes arrives with the visit's proof."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import NoResultFound

from app.services import member_file
from app.services.errors import Refused
from app.services.session import Step
from app.store.demo_cases import demo_cases
from app.store.models import InboxOperation, Member, Visit
from app.sync import apply, exchange
from tests.integration.services.conftest import pg_central  # noqa: F401  (fixture)
from tests.support.fleet import Fleet
from tests.ui.kiosk_harness import TODAY, traces_of
from tests.ui.test_file_screens import open_section, open_with_card, open_with_password, wait_idle

pytestmark = pytest.mark.postgres
S = Step


@pytest.fixture
def fleet(pg_central, postgres_server, trust):  # noqa: F811
    fleet = Fleet(pg_central, postgres_server, trust)
    yield fleet
    fleet.close()


@pytest.fixture
def pg_cases(pg_central) -> dict:  # noqa: F811
    with pg_central.connect() as connection:
        return demo_cases(connection)


def readable(engine, niss: str) -> bool:
    try:
        member_file.my_data(engine, member_file.FileSession(niss, "eid"), TODAY)
    except (Refused, NoResultFound):  # refused, or the visit closed between two statements
        return False
    return True


def test_a_card_visit_through_the_central_gatekeeper_on_postgresql(
    make_kiosk, fleet, pg_cases, trust
):
    member = pg_cases["active_account"]
    engine, gate = fleet.terminal("borne_lln")
    kiosk = make_kiosk(central_engine=engine, gate=gate, terminal_id="borne_lln")
    assert not readable(engine, member.niss)

    open_with_card(kiosk, member)
    file = open_section(kiosk, "reimbursements")
    wait_idle(kiosk)
    assert file.reimbursements.table.rowCount() > 0  # read through row-level security
    file = open_section(kiosk, "data")
    wait_idle(kiosk)
    file.data.contact_edits["email"].setText("me@example.be")
    kiosk.click(file.data.save_button)
    wait_idle(kiosk)
    assert "sent to the mutuality" in file.data.contact_done.text()

    kiosk.slot.remove()
    kiosk.wait_for(S.WELCOME)
    kiosk.assert_nothing_left_of(*traces_of(member))
    # The visit is closed: this terminal's login reads nothing of the member any more.
    kiosk.qtbot.waitUntil(lambda: not readable(engine, member.niss), timeout=5000)
    with fleet.central.connect() as connection:
        visit = connection.execute(select(Visit).where(Visit.niss == member.niss)).one()
    assert visit.login_role == "borne_lln" and visit.closed_at is not None

    # Pushed after the visit ended (a connection lost at card-out): its proof still holds.
    exchange.push(kiosk.outbox.engine, engine)
    [outcome] = apply.apply_pending(fleet.central, forms=apply.SignedForms(tuple(trust.roots)))
    assert outcome.state == "applied", outcome.reason
    with fleet.central.connect() as connection:
        email = connection.execute(select(Member.email).where(Member.id == member.id)).scalar()
        pushed_by = connection.execute(select(InboxOperation.inserted_by)).scalar()
    assert (email, pushed_by) == ("me@example.be", "borne_lln")


def test_a_password_visit_through_the_central_gatekeeper_on_postgresql(make_kiosk, fleet, pg_cases):
    member = pg_cases["active_account"]
    engine, gate = fleet.terminal("borne_lln")
    kiosk = make_kiosk(central_engine=engine, gate=gate, terminal_id="borne_lln")
    open_with_password(kiosk, member)
    assert readable(engine, member.niss)
    open_section(kiosk, "data")
    wait_idle(kiosk)
    assert member.last_name in kiosk.texts()
    kiosk.controller.home.finish.emit()  # "Finish"
    kiosk.wait_for(S.WELCOME)
    kiosk.assert_nothing_left_of(*traces_of(member))
    kiosk.qtbot.waitUntil(lambda: not readable(engine, member.niss), timeout=5000)


def test_a_clerk_signs_in_as_themselves_and_opens_a_file_through_a_recorded_visit(
    make_kiosk, fleet, pg_cases
):
    from app.store.models import AuditEntry, Staff
    from app.store.roles import add_staff

    member = pg_cases["active_account"]
    add_staff(fleet.central, "clerk", password="clerk-own-secret")
    engine, gate = fleet.terminal("guichet_lln", counter=True)
    kiosk = make_kiosk("counter", central_engine=engine, gate=gate, terminal_id="guichet_lln")
    screen = kiosk.controller.staff_login
    screen.login.setText("clerk")
    screen.password.setText("clerk-demo")  # the demo's table hash: not the clerk's login
    kiosk.click(screen.login_button)
    kiosk.qtbot.waitUntil(lambda: screen.error.text() != "")
    assert kiosk.step == S.STAFF_LOGIN
    screen.password.setText("clerk-own-secret")
    kiosk.click(screen.login_button)
    kiosk.wait_for(S.DESK)

    desk = kiosk.controller.desk
    desk.niss.setText(member.niss)
    desk.reason.setCurrentIndex(desk.reason.findData("follow_up"))
    kiosk.click(desk.search_button)
    kiosk.wait_for(S.MEMBER_FILE)
    assert member.last_name in kiosk.controller.member_file.summary.text()
    with fleet.central.connect() as connection:
        clerk_id = connection.execute(select(Staff.id).where(Staff.login == "clerk")).scalar()
        visit = connection.execute(select(Visit).where(Visit.niss == member.niss)).one()
        audited = connection.execute(
            select(AuditEntry.staff_id, AuditEntry.detail).where(
                AuditEntry.action == "member_file_opened"
            )
        ).all()
    # The visit is the clerk's own login's, with the reason; the audit names the clerk.
    assert (visit.login_role, visit.mode, visit.reason) == ("staff_clerk", "staff", "follow_up")
    assert visit.staff_id == clerk_id
    assert [tuple(a) for a in audited] == [(clerk_id, "national number; follow_up")]

    kiosk.click(kiosk.controller.member_file.back_button)
    kiosk.wait_for(S.DESK)
    kiosk.click(desk.logout_button)
    kiosk.wait_for(S.STAFF_LOGIN)
    # Signed out: the counter's connections are its own login's again.
    kiosk.qtbot.waitUntil(lambda: kiosk.backend._clerk.signed_in is None, timeout=5000)
    with engine.connect() as connection:
        assert connection.execute(select(func.current_user())).scalar() == "guichet_lln"
