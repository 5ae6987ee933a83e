"""The central side decides who is at a terminal: the gatekeeper opens a visit only for the
person it verified itself (card signature over its own challenge, password, token), refuses
every other answer with its reason (written to the audit log), and a visit ends."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.gate.client import GateRefusal
from app.gate.visits import CHALLENGE_LIFETIME, VISIT_LIFETIME
from app.services.errors import AccountLocked, BadCredentials, InvalidUsername
from app.services.local_token_provider import token_code
from app.store.models import AuditEntry, Member, OnlineLogin, Visit, VisitPerson
from app.store.seed import DEMO_PASSWORD
from tests.integration.gate.conftest import TOKEN_SECRET


def open_with(gate, card, *, niss=None, challenge=None, signature=None):
    challenge_id, nonce = challenge or gate.challenge()
    return gate.open_eid(
        challenge_id,
        signature if signature is not None else card.sign(nonce),
        niss=niss or card.niss,
        certificate_der=card.certificate_der,
        ca_der=card.ca_der,
    )


def refusals(central) -> list[str]:
    with central.connect() as connection:
        return list(
            connection.execute(
                select(AuditEntry.detail)
                .where(AuditEntry.action == "visit_refused")
                .order_by(AuditEntry.id)
            ).scalars()
        )


def visit_row(central, visit_id) -> Visit:
    with central.connect() as connection:
        return connection.execute(select(Visit).where(Visit.id == visit_id)).one()


def persons(central, visit_id) -> set[str]:
    with central.connect() as connection:
        return set(
            connection.execute(
                select(Member.niss)
                .join(VisitPerson, VisitPerson.member_id == Member.id)
                .where(VisitPerson.visit_id == visit_id)
            ).scalars()
        )


@pytest.mark.parametrize("ec_family", [False, True], ids=["rsa-1.7", "ec-1.8"])
def test_a_card_signing_the_central_challenge_opens_a_visit_for_its_holder(
    central, gate, soft_card, ec_family
):
    niss = central.cases["active_account"]
    visit, route = open_with(gate, soft_card(niss, ec_family=ec_family))
    assert route.kind == "active_account" and route.first_name
    assert visit.niss == niss and len(visit.key) == 32
    row = visit_row(central, visit.visit_id)
    assert (row.mode, row.closed_at) == ("eid", None)
    assert niss in persons(central, visit.visit_id)
    with central.connect() as connection:  # the login is recorded centrally, mode eid
        assert connection.execute(select(OnlineLogin.mode)).scalars().all()[-1] == "eid"


def test_a_holder_s_visit_covers_the_dependants_they_may_see_and_no_one_else(
    central, gate, soft_card
):
    cases = central.cases
    with central.connect() as connection:
        holder = connection.execute(
            select(Member.niss).where(
                Member.id
                == select(Member.holder_id)
                .where(Member.niss == cases["dependant_under_18"])
                .scalar_subquery()
            )
        ).scalar_one()
    visit, _route = open_with(gate, soft_card(holder))
    # Not the dependant of age who returned the blocking form.
    assert persons(central, visit.visit_id) == {
        holder,
        cases["dependant_under_18"],
        cases["dependant_18_or_more"],
    }


def test_a_challenge_is_good_once(central, gate, soft_card):
    card = soft_card(central.cases["active_account"])
    challenge = gate.challenge()
    signature = card.sign(challenge[1])
    open_with(gate, card, challenge=challenge, signature=signature)
    with pytest.raises(GateRefusal) as replayed:  # the same signature sent again
        open_with(gate, card, challenge=challenge, signature=signature)
    assert replayed.value.reason == "challenge_used"
    assert refusals(central) == ["challenge_used"]


def test_a_challenge_too_old_is_refused(central, gate, soft_card, clock):
    card = soft_card(central.cases["active_account"])
    challenge = gate.challenge()
    signature = card.sign(challenge[1])
    clock.now += CHALLENGE_LIFETIME + dt.timedelta(seconds=1)
    with pytest.raises(GateRefusal) as old:
        open_with(gate, card, challenge=challenge, signature=signature)
    assert old.value.reason == "challenge_expired"


def test_a_signature_over_another_challenge_is_refused(central, gate, soft_card):
    card = soft_card(central.cases["active_account"])
    _first_id, first_nonce = gate.challenge()
    second = gate.challenge()
    with pytest.raises(GateRefusal) as wrong:  # an old signature replayed on a new challenge
        open_with(gate, card, challenge=second, signature=card.sign(first_nonce))
    assert wrong.value.reason == "signature_invalid"


def test_another_person_s_certificate_is_refused(central, gate, soft_card):
    someone = soft_card("85073003328")  # a valid card, of somebody else
    with pytest.raises(GateRefusal) as other:
        open_with(gate, someone, niss=central.cases["active_account"])
    assert other.value.reason == "holder_mismatch"
    assert refusals(central) == ["holder_mismatch"]


def test_a_certificate_outside_the_eid_roots_is_refused(central, trust, clock, soft_card):
    from app.gate.client import GateClient, LocalTransport
    from app.gate.gatekeeper import Gatekeeper

    strict = GateClient(  # a gatekeeper that trusts only the EC root: an RSA card fails
        LocalTransport(Gatekeeper(central, trust_roots=[trust.roots[1]], now=clock), "borne-test")
    )
    with pytest.raises(GateRefusal) as untrusted:
        open_with(strict, soft_card(central.cases["active_account"]))
    assert untrusted.value.reason == "certificate_invalid"


def test_a_card_of_someone_who_is_no_member_opens_a_visit_for_joining_only(
    central, gate, soft_card
):
    visit, route = open_with(gate, soft_card("85073003328"))
    assert route.kind == "not_member"
    assert persons(central, visit.visit_id) == set()


def test_the_password_is_checked_centrally_and_counts_failures(central, gate):
    niss = central.cases["active_account"]
    with pytest.raises(InvalidUsername):
        gate.password("not a number", DEMO_PASSWORD)
    for _ in range(4):
        with pytest.raises(BadCredentials):
            gate.password(niss, "wrong")
    with pytest.raises(AccountLocked):  # the fifth failure locks, counted centrally
        gate.password(niss, "wrong")
    with pytest.raises(AccountLocked):
        gate.password(niss, DEMO_PASSWORD)


def test_a_password_login_opens_a_visit(central, gate):
    niss = central.cases["active_account"]
    visit, logged_in = gate.password(niss, DEMO_PASSWORD)
    assert (logged_in.niss, logged_in.mode) == (niss, "password")
    assert visit_row(central, visit.visit_id).mode == "password"


def test_a_token_login_is_checked_centrally(central, gate):
    niss = central.cases["active_account"]
    position, challenge_id = gate.token_challenge(niss)
    code = token_code(TOKEN_SECRET, niss, position)
    with pytest.raises(BadCredentials):
        gate.token(
            position, challenge_id, niss, DEMO_PASSWORD, "000000" if code != "000000" else "1"
        )
    position, challenge_id = gate.token_challenge(niss)
    code = token_code(TOKEN_SECRET, niss, position)
    visit, logged_in = gate.token(position, challenge_id, niss, DEMO_PASSWORD, code)
    assert logged_in.mode == "token" and visit_row(central, visit.visit_id).mode == "token"


def test_a_visit_ends_when_closed_and_a_login_holds_one_at_a_time(central, gate, soft_card):
    niss = central.cases["active_account"]
    visit, _ = gate.password(niss, DEMO_PASSWORD)
    row = visit_row(central, visit.visit_id)
    assert row.expires_at - row.opened_at == VISIT_LIFETIME
    gate.close(visit.visit_id, "card_out")
    row = visit_row(central, visit.visit_id)
    assert row.closed_at is not None and row.close_reason == "card_out"
