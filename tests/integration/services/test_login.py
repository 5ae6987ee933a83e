"""Logging in at a terminal: password (with its lockout), eID, and "I forgot my password"."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import Session

from app.domain.codes import AccountStatus, InboxState, LoginMode
from app.services import accounts, login
from app.services.errors import (
    AccountDeactivated,
    AccountLocked,
    AccountPending,
    BadCredentials,
    CentralUnavailable,
    InvalidUsername,
    Refused,
)
from app.services.staff import staff_login
from app.store.models import LetterKind, OnlineAccount, OnlineLogin
from app.store.seed import DEMO_PASSWORD
from tests.integration.services.conftest import NOW, TODAY
from tests.integration.services.helpers import inbox, letter_password, letters, pdf_text

NOT_A_MEMBER = "85073003328"


def written_forms(niss: str) -> list[str]:
    return [niss, f"{niss[:6]} {niss[6:9]} {niss[9:]}",
            f"{niss[:2]}.{niss[2:4]}.{niss[4:6]}-{niss[6:9]}.{niss[9:]}"]  # fmt: skip


def account(central, niss: str) -> OnlineAccount:
    with Session(central) as session:
        return session.scalars(select(OnlineAccount).where(OnlineAccount.username == niss)).one()


def logins(central, niss: str) -> list[OnlineLogin]:
    with Session(central) as session:
        return list(
            session.scalars(
                select(OnlineLogin)
                .join(OnlineAccount)
                .where(OnlineAccount.username == niss, OnlineLogin.terminal == "borne-test-1")
                .order_by(OnlineLogin.id)
            )
        )


def attempt(central, niss, password, at):
    return login.password_login(central, niss, password, terminal="borne-test-1", now=at)


def test_the_username_is_the_national_number_in_any_of_its_forms(central):
    niss = central.cases["active_account"]
    for number, text in enumerate(written_forms(niss)):
        at = NOW + dt.timedelta(minutes=number)
        success = attempt(central, text, DEMO_PASSWORD, at)
        assert success.member.niss == niss and success.mode == LoginMode.PASSWORD
    recorded = logins(central, niss)
    assert [(r.mode, r.terminal) for r in recorded] == [(LoginMode.PASSWORD, "borne-test-1")] * 3
    assert account(central, niss).last_login_at.replace(tzinfo=dt.UTC) == NOW + dt.timedelta(
        minutes=2
    )


def test_text_that_is_no_national_number_is_refused_before_any_check(central):
    with pytest.raises(InvalidUsername) as invalid:
        attempt(central, "12345678912", DEMO_PASSWORD, NOW)
    assert invalid.value.reason == "niss_check_digits"
    with pytest.raises(InvalidUsername) as invalid:
        attempt(central, "manon", DEMO_PASSWORD, NOW)
    assert invalid.value.reason in ("niss_length", "niss_invalid")


def test_an_unknown_user_and_a_wrong_password_get_the_same_answer(central):
    with pytest.raises(BadCredentials) as unknown:
        attempt(central, NOT_A_MEMBER, DEMO_PASSWORD, NOW)
    with pytest.raises(BadCredentials) as wrong:
        attempt(central, central.cases["active_account"], "guess", NOW)
    assert type(unknown.value) is type(wrong.value) and str(unknown.value) == str(wrong.value)
    # A member without an account is no different from a stranger.
    with pytest.raises(BadCredentials):
        attempt(central, central.cases["no_online_account"], DEMO_PASSWORD, NOW)


def test_five_failures_lock_for_fifteen_minutes_then_it_opens_again(central):
    niss = central.cases["active_account"]
    minute = dt.timedelta(minutes=1)
    for number in range(4):
        with pytest.raises(BadCredentials):
            attempt(central, niss, "guess", NOW + number * minute)
    assert account(central, niss).failed_attempts == 4
    with pytest.raises(AccountLocked) as locked:
        attempt(central, niss, "guess", NOW + 4 * minute)  # the fifth
    assert locked.value.until == NOW + 19 * minute
    # Even the right password is refused while locked, and it is not counted.
    with pytest.raises(AccountLocked):
        attempt(central, niss, DEMO_PASSWORD, NOW + 18 * minute)
    assert account(central, niss).failed_attempts == 5
    success = attempt(central, niss, DEMO_PASSWORD, NOW + 19 * minute)
    assert success.member.niss == niss
    state = account(central, niss)
    assert state.failed_attempts == 0 and state.locked_until is None


def test_after_a_lock_runs_out_a_failure_counts_from_one(central):
    niss = central.cases["active_account"]
    for number in range(5):
        with pytest.raises((BadCredentials, AccountLocked)):
            attempt(central, niss, "guess", NOW + dt.timedelta(seconds=number))
    with pytest.raises(BadCredentials):
        attempt(central, niss, "guess", NOW + dt.timedelta(minutes=16))
    assert account(central, niss).failed_attempts == 1


def test_a_success_resets_the_failure_count(central):
    niss = central.cases["active_account"]
    for _ in range(4):
        with pytest.raises(BadCredentials):
            attempt(central, niss, "guess", NOW)
    attempt(central, niss, DEMO_PASSWORD, NOW)
    for _ in range(4):
        with pytest.raises(BadCredentials):
            attempt(central, niss, "guess", NOW)
    assert account(central, niss).failed_attempts == 4  # not locked: the count started over


def test_a_deactivated_account_says_so_only_to_whoever_knows_its_password(central):
    niss = central.cases["deactivated_account"]
    with pytest.raises(BadCredentials):
        attempt(central, niss, "guess", NOW)
    with pytest.raises(AccountDeactivated):
        attempt(central, niss, DEMO_PASSWORD, NOW)
    assert logins(central, niss) == []


def test_a_pending_account_without_a_password_yet_says_its_letter_is_coming(central):
    niss = central.cases["active_account"]
    with central.begin() as connection:
        connection.execute(
            update(OnlineAccount)
            .where(OnlineAccount.username == niss)
            .values(status=AccountStatus.PENDING_LETTER, password_hash=None)
        )
    with pytest.raises(AccountPending):
        attempt(central, niss, DEMO_PASSWORD, NOW)


def test_the_eid_login_records_its_mode_for_active_and_pending_accounts(central):
    niss = central.cases["active_account"]
    success = login.eid_login(central, niss, terminal="borne-test-1", now=NOW)
    assert success.mode == LoginMode.EID and success.member.niss == niss
    assert [r.mode for r in logins(central, niss)] == [LoginMode.EID]
    with central.begin() as connection:
        connection.execute(
            update(OnlineAccount)
            .where(OnlineAccount.username == niss)
            .values(status=AccountStatus.PENDING_LETTER, locked_until=NOW + dt.timedelta(hours=1))
        )
    # Pending, and locked by password guesses: the card and its PIN still open it.
    assert login.eid_login(central, niss, terminal="borne-test-1", now=NOW).first_login is False


def test_the_eid_login_is_not_for_members_without_account_or_deactivated(central):
    with pytest.raises(Refused) as refused:
        login.eid_login(central, central.cases["no_online_account"], terminal="b", now=NOW)
    assert refused.value.code == "no_account"
    with pytest.raises(AccountDeactivated):
        login.eid_login(central, central.cases["deactivated_account"], terminal="b", now=NOW)


def test_a_forgotten_password_comes_by_post_and_unlocks(central, outbox, deliver):
    niss = central.cases["active_account"]
    for _ in range(5):
        with pytest.raises((BadCredentials, AccountLocked)):
            attempt(central, niss, "guess", NOW)
    queued = login.forgot_password(
        central, outbox, niss_text=written_forms(niss)[2], actor="member", today=TODAY
    )
    assert queued.leaves_on == dt.date(2026, 11, 30)
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    member = accounts.card_owner(central, niss, today=TODAY).member
    (letter,) = letters(central, member.member_id)
    assert letter.kind == LetterKind.NEW_PASSWORD and member.last_name in pdf_text(letter.pdf)
    new_password = letter_password(letter.pdf)
    with pytest.raises(AccountLocked):  # the guesses locked it; the letter's password opens it
        attempt(central, niss, DEMO_PASSWORD, NOW + dt.timedelta(minutes=1))
    assert attempt(central, niss, new_password, NOW + dt.timedelta(minutes=2)).member.niss == niss
    with pytest.raises(BadCredentials):  # from its first use on, the old one is gone
        attempt(central, niss, DEMO_PASSWORD, NOW + dt.timedelta(minutes=3))


def test_a_stranger_asking_for_a_new_password_locks_nobody_out(central, outbox, deliver):
    niss = central.cases["active_account"]
    login.forgot_password(central, outbox, niss_text=niss, actor="member", today=TODAY)
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    # The member never asked: their own password still works, the letter's too until then.
    assert attempt(central, niss, DEMO_PASSWORD, NOW).member.niss == niss
    member = accounts.card_owner(central, niss, today=TODAY).member
    (letter,) = letters(central, member.member_id)
    assert attempt(central, niss, letter_password(letter.pdf), NOW).member.niss == niss


def test_asking_again_before_the_letter_left_changes_nothing(central, outbox, deliver):
    niss = central.cases["active_account"]
    login.forgot_password(central, outbox, niss_text=niss, actor="member", today=TODAY)
    second = login.forgot_password(central, outbox, niss_text=niss, actor="member", today=TODAY)
    deliver(central)
    assert inbox(central, second.operation_id).reason == "letter_already_queued"
    member_id = accounts.card_owner(central, niss, today=TODAY).member.member_id
    first_password = letter_password(letters(central, member_id)[0].pdf)
    assert attempt(central, niss, first_password, NOW).member.niss == niss


def test_a_forgotten_password_for_a_stranger_looks_the_same_at_the_terminal(
    central, outbox, deliver
):
    known = login.forgot_password(
        central, outbox, niss_text=central.cases["active_account"], actor="member", today=TODAY
    )
    unknown = login.forgot_password(
        central, outbox, niss_text=NOT_A_MEMBER, actor="member", today=TODAY
    )
    assert type(known) is type(unknown) and known.leaves_on == unknown.leaves_on
    no_account = login.forgot_password(
        central, outbox, niss_text=central.cases["no_online_account"], actor="member", today=TODAY
    )
    deliver(central)
    assert inbox(central, unknown.operation_id).reason == "unknown_member"
    assert inbox(central, no_account.operation_id).reason == "no_account"
    with pytest.raises(InvalidUsername):
        login.forgot_password(central, outbox, niss_text="1234", actor="member", today=TODAY)


def test_a_naive_time_is_refused(central):
    with pytest.raises(ValueError):
        attempt(central, central.cases["active_account"], DEMO_PASSWORD, dt.datetime(2026, 1, 1))


def test_logins_say_offline_when_the_central_database_is_out_of_reach():
    engine = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1")
    with pytest.raises(CentralUnavailable):
        login.password_login(engine, NOT_A_MEMBER, "x", terminal="borne-test-1", now=NOW)
    with pytest.raises(CentralUnavailable):
        login.eid_login(engine, NOT_A_MEMBER, terminal="borne-test-1", now=NOW)
    with pytest.raises(CentralUnavailable):
        staff_login(engine, "clerk", "clerk-demo", now=NOW)
    engine.dispose()
