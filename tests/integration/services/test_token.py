"""Logging in with the token card: username, password and the code at the asked position."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.codes import LoginMode
from app.services.errors import AccountLocked, BadCredentials, InvalidUsername, Refused
from app.services.identity_provider import TokenChallenge
from app.services.local_token_provider import LocalTokenProvider, token_card
from app.services.login import token_login
from app.store.models import OnlineAccount, OnlineLogin
from app.store.seed import DEMO_PASSWORD
from tests.integration.services.conftest import NOW

SECRET = b"guichet-demo-token-secret"


class Clock:
    def __init__(self, at: dt.datetime):
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


@pytest.fixture
def clock():
    return Clock(NOW)


@pytest.fixture
def provider(central, clock):
    return LocalTokenProvider(central, SECRET, clock=clock)


def code_for(niss: str, challenge: TokenChallenge) -> str:
    return token_card(SECRET, niss)[challenge.position - 1]


def test_a_token_card_has_24_codes_of_6_digits_of_its_own():
    card = token_card(SECRET, "85073003328")
    assert len(card) == 24 and all(len(c) == 6 and c.isdigit() for c in card)
    assert len(set(card)) > 20  # codes differ from one position to the next
    assert token_card(SECRET, "85.07.30-033.28") == card  # any written form, the same card
    assert token_card(SECRET, "17073003384") != card
    assert token_card(b"another-secret-of-16+", "85073003328") != card


def test_the_right_password_and_code_log_in_with_mode_token(central, provider):
    niss = central.cases["active_account"]
    challenge = provider.challenge(niss)
    assert 1 <= challenge.position <= 24
    success = token_login(
        central, provider, challenge, niss, DEMO_PASSWORD, code_for(niss, challenge),
        terminal="borne-test-1", now=NOW,
    )  # fmt: skip
    assert success.mode == LoginMode.TOKEN and success.member.niss == niss
    with Session(central) as session:
        modes = session.scalars(
            select(OnlineLogin.mode).where(OnlineLogin.terminal == "borne-test-1")
        ).all()
    assert modes == [LoginMode.TOKEN]


def test_a_wrong_code_counts_as_a_failure_and_five_lock(central, provider):
    niss = central.cases["active_account"]
    for number in range(5):
        challenge = provider.challenge(niss)
        wrong = f"{(int(code_for(niss, challenge)) + 1) % 10**6:06d}"
        expected = AccountLocked if number == 4 else BadCredentials
        with pytest.raises(expected):
            token_login(central, provider, challenge, niss, DEMO_PASSWORD, wrong,
                        terminal="borne-test-1", now=NOW)  # fmt: skip
    with Session(central) as session:
        account = session.scalars(select(OnlineAccount).where(OnlineAccount.username == niss)).one()
    assert account.failed_attempts == 5


def test_a_wrong_password_with_the_right_code_fails(central, provider):
    niss = central.cases["active_account"]
    challenge = provider.challenge(niss)
    with pytest.raises(BadCredentials):
        token_login(central, provider, challenge, niss, "guess", code_for(niss, challenge),
                    terminal="borne-test-1", now=NOW)  # fmt: skip


def test_a_challenge_is_good_once_for_its_username_for_five_minutes(central, provider, clock):
    niss = central.cases["active_account"]
    other = central.cases["bim"]
    challenge = provider.challenge(niss)
    code = code_for(niss, challenge)
    assert provider.verify(challenge, niss, DEMO_PASSWORD, code) == niss
    with pytest.raises(Refused) as refused:  # used already
        provider.verify(challenge, niss, DEMO_PASSWORD, code)
    assert refused.value.code == "challenge_expired"
    challenge = provider.challenge(niss)
    with pytest.raises(Refused):  # drawn for someone else
        provider.verify(challenge, other, DEMO_PASSWORD, code_for(other, challenge))
    challenge = provider.challenge(niss)
    clock.at = NOW + dt.timedelta(minutes=5)
    with pytest.raises(Refused):  # too old
        provider.verify(challenge, niss, DEMO_PASSWORD, code_for(niss, challenge))
    forged = TokenChallenge(position=1, challenge_id="made-up")
    with pytest.raises(Refused):
        provider.verify(forged, niss, DEMO_PASSWORD, code_for(niss, forged))


def test_an_unknown_username_gets_a_challenge_like_anyone(central, provider):
    challenge = provider.challenge("85073003328")
    with pytest.raises(BadCredentials):
        provider.verify(challenge, "85073003328", DEMO_PASSWORD, "000000")
    with pytest.raises(InvalidUsername):
        provider.challenge("not a number")
