"""A member's own password (issue 19), on the central side, through the gatekeeper: the online
access opened without a card and its letter, the letter's password that must be replaced at
once, the change any logged-in member can make, and the policy's refusals with their reasons.
The terminal asks through the gate; it never reads or writes a hash (the PostgreSQL roles:
test_password_change_postgres.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from app.domain.codes import AccountStatus, InboxState, LetterKind
from app.gate.client import GateRefusal
from app.services import accounts, login
from app.services.errors import BadCredentials, InvalidForm
from app.store.models import AuditEntry, Member, OnlineAccount, Visit
from app.store.seed import DEMO_PASSWORD
from tests.integration.gate.conftest import NOW
from tests.integration.services.helpers import inbox, letter_password, letters, pdf_text

TODAY = NOW.date()
GOOD = "Brume vélo tiroir septembre"  # four unrelated words: what the advice asks for
NOT_A_MEMBER = "85073003328"


def member_of(central, niss: str):
    with central.connect() as connection:
        return connection.execute(
            select(Member.id, Member.first_names, Member.last_name, Member.birth_date).where(
                Member.niss == niss
            )
        ).one()


def account_of(central, niss: str):
    with central.connect() as connection:
        return connection.execute(
            select(OnlineAccount).join(Member).where(Member.niss == niss)
        ).one()


def problems_of(failure) -> list[str]:
    return list(failure.value.problems.values())


def test_without_a_card_the_access_comes_by_post_and_its_password_must_be_replaced_first(
    central, gate, outbox, deliver
):
    """The classic route: the number in any written form, the account opened as with the card,
    the letter to the home address; its password logs in once — to choose another."""
    niss = central.cases["no_online_account"]
    written = f"{niss[:2]}.{niss[2:4]}.{niss[4:6]}-{niss[6:9]}.{niss[9:]}"
    queued = accounts.register_by_number(
        central, outbox, niss_text=written, actor="member", today=TODAY, language="nl"
    )
    assert queued.letter_leaves_on == dt.date(2026, 11, 30)  # 3 working days from a Wednesday
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    member = member_of(central, niss)
    (letter,) = letters(central, member.id)
    assert letter.kind == LetterKind.CREDENTIALS and letter.language == "nl"
    assert member.last_name in pdf_text(letter.pdf)
    from_letter = letter_password(letter.pdf)

    _visit, logged_in = gate.password(niss, from_letter)
    assert logged_in.must_change
    assert account_of(central, niss).status == AccountStatus.ACTIVE
    # Walking away without choosing: the next login with it asks again.
    visit, logged_in = gate.password(niss, from_letter)
    assert logged_in.must_change

    with pytest.raises(InvalidForm) as failure:  # the letter's password cannot stay
        gate.change_password(visit.visit_id, from_letter, from_letter, from_letter)
    assert problems_of(failure) == ["password_same_as_before"]
    gate.change_password(visit.visit_id, from_letter, GOOD, GOOD)

    with pytest.raises(BadCredentials):  # the letter's password stopped working
        gate.password(niss, from_letter)
    _visit, logged_in = gate.password(niss, GOOD)
    assert not logged_in.must_change
    with central.connect() as connection:
        changed = connection.execute(
            select(AuditEntry.terminal, AuditEntry.member_id).where(
                AuditEntry.action == "password_changed"
            )
        ).all()
    assert changed == [("borne-test", member.id)]


def test_the_classic_route_answers_the_same_whoever_the_number_is(central, outbox, deliver):
    """A stranger typing someone's number learns nothing: the same answer for a member without
    access, a member with one, a deactivated one and no member; only staff see the refusals."""
    asked = {
        case: accounts.register_by_number(
            central, outbox, niss_text=central.cases[case] if case else NOT_A_MEMBER,
            actor="member", today=TODAY, language="fr",
        )
        for case in ("no_online_account", "active_account", "deactivated_account", None)
    }  # fmt: skip
    assert len({(type(q), q.letter_leaves_on) for q in asked.values()}) == 1
    deliver(central)
    outcomes = {case: inbox(central, q.operation_id) for case, q in asked.items()}
    assert {case: (o.state, o.reason) for case, o in outcomes.items()} == {
        "no_online_account": (InboxState.APPLIED, None),
        "active_account": (InboxState.REJECTED, "account_exists"),
        "deactivated_account": (InboxState.REJECTED, "account_exists"),
        None: (InboxState.REJECTED, "unknown_member"),
    }
    again = accounts.register_by_number(
        central, outbox, niss_text=central.cases["no_online_account"], actor="member",
        today=TODAY, language="fr",
    )  # fmt: skip
    deliver(central)
    assert inbox(central, again.operation_id).reason == "account_exists"  # one letter, ever
    member = member_of(central, central.cases["no_online_account"])
    assert len(letters(central, member.id)) == 1


def test_a_forgotten_password_s_letter_is_also_replaced_at_once(central, gate, outbox, deliver):
    niss = central.cases["active_account"]
    login.forgot_password(central, outbox, niss_text=niss, actor="member", today=TODAY)
    deliver(central)
    (letter,) = letters(central, member_of(central, niss).id)
    visit, logged_in = gate.password(niss, letter_password(letter.pdf))
    assert logged_in.must_change
    gate.change_password(visit.visit_id, letter_password(letter.pdf), GOOD, GOOD)
    with pytest.raises(BadCredentials):  # neither the letter's nor the old one works now
        gate.password(niss, DEMO_PASSWORD)
    assert not gate.password(niss, GOOD)[1].must_change


def test_any_logged_in_member_changes_theirs_and_a_letter_on_its_way_stops_counting(
    central, gate, outbox, deliver
):
    niss = central.cases["active_account"]
    login.forgot_password(central, outbox, niss_text=niss, actor="member", today=TODAY)
    deliver(central)
    (letter,) = letters(central, member_of(central, niss).id)
    visit, logged_in = gate.password(niss, DEMO_PASSWORD)  # their own: nothing to change first
    assert not logged_in.must_change
    gate.change_password(visit.visit_id, DEMO_PASSWORD, GOOD, GOOD)
    for old in (DEMO_PASSWORD, letter_password(letter.pdf)):
        with pytest.raises(BadCredentials):
            gate.password(niss, old)


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        ("short1", ["password_too_short"]),
        ("password123!", ["password_common", "password_weak"]),
        ("azertyuiop12", ["password_keyboard", "password_weak"]),
        ("{niss}xyz", ["password_has_national_number", "password_has_birth_date"]),
        ("Lune {birth} tiroir", ["password_has_birth_date"]),
        ("{last} est là 2x!", ["password_personal"]),
    ],
)
def test_a_new_password_is_refused_with_what_to_do_better(central, gate, new, expected):
    niss = central.cases["active_account"]
    member = member_of(central, niss)
    new = new.format(niss=niss, birth=member.birth_date.strftime("%d/%m/%Y"), last=member.last_name)
    visit, _ = gate.password(niss, DEMO_PASSWORD)
    with pytest.raises(InvalidForm) as failure:
        gate.change_password(visit.visit_id, DEMO_PASSWORD, new, new)
    found = problems_of(failure)
    assert found[: len(expected)] == expected or set(expected) <= set(found), found
    assert failure.value.values == {"minimum": 10, "maximum": 64}
    assert gate.password(niss, DEMO_PASSWORD)  # nothing changed


def test_the_current_password_is_checked_and_counts_towards_the_lock(central, gate):
    niss = central.cases["active_account"]
    visit, _ = gate.password(niss, DEMO_PASSWORD)
    with pytest.raises(InvalidForm) as failure:
        gate.change_password(visit.visit_id, "not mine", GOOD, GOOD)
    assert problems_of(failure) == ["password_current_wrong"]
    assert account_of(central, niss).failed_attempts == 1
    with pytest.raises(InvalidForm) as failure:
        gate.change_password(visit.visit_id, DEMO_PASSWORD, GOOD, GOOD + "x")
    assert problems_of(failure) == ["password_mismatch"]
    assert gate.password(niss, DEMO_PASSWORD)


def test_a_change_needs_an_open_visit_of_a_verified_member(central, gate, clock):
    niss = central.cases["active_account"]
    visit, _ = gate.password(niss, DEMO_PASSWORD)
    gate.close(visit.visit_id, "ended")
    with pytest.raises(GateRefusal) as refused:
        gate.change_password(visit.visit_id, DEMO_PASSWORD, GOOD, GOOD)
    assert refused.value.reason == "no_visit"
    visit, _ = gate.password(niss, DEMO_PASSWORD)
    clock.now = NOW + dt.timedelta(hours=1)  # past the visit's lifetime
    with pytest.raises(GateRefusal):
        gate.change_password(visit.visit_id, DEMO_PASSWORD, GOOD, GOOD)
    clock.now = NOW
    visit, _ = gate.password(niss, DEMO_PASSWORD)
    with central.begin() as connection:  # a clerk's look at the file is no member's login
        connection.execute(update(Visit).where(Visit.id == visit.visit_id).values(mode="staff"))
    with pytest.raises(GateRefusal):
        gate.change_password(visit.visit_id, DEMO_PASSWORD, GOOD, GOOD)
    assert gate.password(niss, DEMO_PASSWORD)
