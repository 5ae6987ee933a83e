"""A member's own password at the kiosk, and the online access without a card (issue 19), driven
as a member would: the letter's password replaced before anything else, the change from home,
the policy's advice in the member's words, offline said plainly, the access asked for by number.
"""

from __future__ import annotations

from sqlalchemy import select, update

from app.gate.client import GateClient, LocalTransport
from app.services.errors import CentralUnavailable
from app.services.session import Step
from app.store.models import Member, OnlineAccount
from app.store.seed import DEMO_PASSWORD
from tests.ui.test_kiosk_session import open_login, outbox_kinds

S = Step
GOOD = "Brume vélo tiroir septembre"


def must_change(kiosk, niss: str) -> None:
    """As after a login with a letter's password (the gatekeeper sets it then)."""
    with kiosk.central.begin() as connection:
        member_id = connection.execute(select(Member.id).where(Member.niss == niss)).scalar()
        connection.execute(
            update(OnlineAccount)
            .where(OnlineAccount.member_id == member_id)
            .values(password_must_change=True)
        )


def log_in(kiosk, niss: str, password: str = DEMO_PASSWORD) -> None:
    open_login(kiosk)
    login = kiosk.controller.login
    login.username.setText(niss)
    login.password.setText(password)
    kiosk.click(login.login_button)


def change(kiosk, current: str, new: str, again: str | None = None) -> None:
    screen = kiosk.controller.change_password
    screen.current.setText(current)
    screen.new.setText(new)
    screen.again.setText(new if again is None else again)
    kiosk.click(screen.save_button)


def test_a_letter_s_password_is_replaced_before_anything_else(make_kiosk, cases):
    kiosk = make_kiosk()
    niss = cases["active_account"].niss
    must_change(kiosk, niss)
    log_in(kiosk, niss)
    kiosk.wait_for(S.FIRST_PASSWORD)
    screen = kiosk.controller.change_password
    assert screen.title.text() == "Choose your own password"
    assert screen.back_button.text() == "Log out"
    assert screen.accessibleName() == "Choose your own password"

    change(kiosk, DEMO_PASSWORD, "password123!")  # refused: said how to do better
    kiosk.qtbot.waitUntil(lambda: screen.error.text() != "")
    assert "most used passwords" in screen.error.text()
    assert "too easy to guess" in screen.error.text()
    assert kiosk.step == S.FIRST_PASSWORD
    assert (screen.current.text(), screen.new.text(), screen.again.text()) == ("", "", "")

    change(kiosk, DEMO_PASSWORD, GOOD, GOOD + "!")
    kiosk.qtbot.waitUntil(lambda: "not the same" in screen.error.text())

    change(kiosk, DEMO_PASSWORD, GOOD)
    kiosk.wait_for(S.HOME)
    home = kiosk.controller.home
    assert home.notice.text() == "Your password has been changed."
    kiosk.click(home.finish_button)
    kiosk.wait_for(S.WELCOME)
    assert home.notice.text() == ""
    log_in(kiosk, niss, GOOD)  # theirs now, and nothing more to change
    kiosk.wait_for(S.HOME)


def test_logging_out_instead_of_choosing_ends_the_visit(make_kiosk, cases):
    kiosk = make_kiosk()
    niss = cases["active_account"].niss
    must_change(kiosk, niss)
    log_in(kiosk, niss)
    kiosk.wait_for(S.FIRST_PASSWORD)
    kiosk.controller.change_password.current.setText(DEMO_PASSWORD)
    kiosk.click(kiosk.controller.change_password.back_button)
    kiosk.wait_for(S.WELCOME)
    assert kiosk.controller.change_password.current.text() == ""
    kiosk.assert_nothing_left_of(niss)


def test_a_logged_in_member_changes_theirs_from_home_and_may_go_back(make_kiosk, cases):
    kiosk = make_kiosk()
    niss = cases["active_account"].niss
    log_in(kiosk, niss)
    kiosk.wait_for(S.HOME)
    home = kiosk.controller.home
    assert home.password_button.text() == "Change my password"
    kiosk.click(home.password_button)
    kiosk.wait_for(S.CHANGE_PASSWORD)
    screen = kiosk.controller.change_password
    assert screen.title.text() == "Change my password" and screen.back_button.text() == "Back"
    kiosk.click(screen.back_button)
    kiosk.wait_for(S.HOME)
    kiosk.click(home.password_button)
    change(kiosk, "not mine", GOOD)
    kiosk.qtbot.waitUntil(lambda: screen.error.text() != "")
    assert screen.error.text() == "Your current password is not right."
    member = cases["active_account"]
    change(kiosk, DEMO_PASSWORD, f"{member.last_name} est là 2x!")
    kiosk.qtbot.waitUntil(lambda: "name" in screen.error.text())
    change(kiosk, DEMO_PASSWORD, GOOD)
    kiosk.wait_for(S.HOME)


class Unreachable(LocalTransport):
    """The central side out of reach for the change (what DatabaseTransport raises then)."""

    def ask(self, kind, body):
        if kind == "change_password":
            raise CentralUnavailable("OperationalError")
        return super().ask(kind, body)


def test_offline_the_terminal_says_it_cannot_change_a_password_now(make_kiosk, cases):
    probe = make_kiosk()
    gate = GateClient(Unreachable(probe.backend.gate.transport.gatekeeper, "test-terminal-2"))
    kiosk = make_kiosk(gate=gate)
    log_in(kiosk, cases["active_account"].niss)
    kiosk.wait_for(S.HOME)
    kiosk.click(kiosk.controller.home.password_button)
    change(kiosk, DEMO_PASSWORD, GOOD)
    screen = kiosk.controller.change_password
    kiosk.qtbot.waitUntil(lambda: screen.error.text() != "")
    assert screen.error.text().startswith("Your password cannot be changed now")
    assert kiosk.step == S.CHANGE_PASSWORD and outbox_kinds(kiosk) == []  # nothing kept


def test_without_a_card_the_online_access_is_asked_for_by_number(make_kiosk, cases):
    kiosk = make_kiosk()
    open_login(kiosk)
    login = kiosk.controller.login
    assert login.register_button.text() == "No card? Create my online access"
    kiosk.click(login.register_button)
    kiosk.wait_for(S.REGISTER)
    screen = kiosk.controller.register
    screen.username.setText("12.34.56-789.00")  # not a valid number: said, kept
    kiosk.click(screen.send_button)
    kiosk.qtbot.waitUntil(lambda: screen.error.text() != "")
    assert screen.username.text() == "12.34.56-789.00"
    screen.username.setText(cases["no_online_account"].niss)
    kiosk.click(screen.send_button)
    kiosk.wait_for(S.DONE)
    message = kiosk.controller.message
    assert message.title.text() == "Your online access is on its way"
    assert "30" in message.detail.text()  # the day it leaves
    assert outbox_kinds(kiosk) == ["account.register"]
