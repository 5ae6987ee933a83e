"""The gatekeeper on the real PostgreSQL server, with a terminal's own login: the terminal asks
through the database (guichet_gate_ask / LISTEN / guichet_gate_answer), the gatekeeper answers
as the schema owner, and row-level security lets the terminal read the member's file during the
visit only."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from app.gate.client import GateRefusal
from app.services import member_file
from app.services.errors import BadCredentials, Refused
from app.store.models import OnlineLogin, Visit
from app.store.seed import DEMO_PASSWORD
from tests.support.fleet import Fleet

pytestmark = pytest.mark.postgres
TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def fleet(pg_central, postgres_server, trust):
    fleet = Fleet(pg_central, postgres_server, trust)
    yield fleet
    fleet.close()


def open_with(gate, card, *, niss=None):
    challenge_id, nonce = gate.challenge()
    return gate.open_eid(
        challenge_id,
        card.sign(nonce),
        niss=niss or card.niss,
        certificate_der=card.certificate_der,
        ca_der=card.ca_der,
    )


def my_data(engine, niss: str, mode: str = "eid"):
    return member_file.my_data(engine, member_file.FileSession(niss, mode), TODAY)


def test_a_card_visit_opens_the_member_s_file_to_this_terminal_only_until_it_ends(fleet, soft_card):
    niss = fleet.central.cases["active_account"]
    terminal, gate = fleet.terminal("borne_a")
    other, _other_gate = fleet.terminal("borne_b")
    with pytest.raises(Refused):  # no visit: the terminal's login reads nothing of a member
        my_data(terminal, niss)

    visit, route = open_with(gate, soft_card(niss))
    assert route.kind == "active_account"
    assert my_data(terminal, niss).niss == niss
    with pytest.raises(Refused):  # another terminal's login: nothing
        my_data(other, niss)

    gate.close(visit.visit_id, "card_out")
    with pytest.raises(Refused):
        my_data(terminal, niss)
    with fleet.central.connect() as connection:
        row = connection.execute(select(Visit).where(Visit.id == visit.visit_id)).one()
        assert (row.login_role, row.close_reason) == ("borne_a", "card_out")


def test_a_visit_s_reads_stop_at_its_lifetime_s_end(fleet, soft_card):
    niss = fleet.central.cases["active_account"]
    terminal, gate = fleet.terminal("borne_a")
    visit, _route = open_with(gate, soft_card(niss))
    assert my_data(terminal, niss).niss == niss
    with fleet.central.begin() as connection:  # time passes: the visit's lifetime is over
        connection.execute(
            text("UPDATE visit SET expires_at = now() - interval '1 second' WHERE id = :id"),
            {"id": visit.visit_id},
        )
    with pytest.raises(Refused):
        my_data(terminal, niss)


def test_a_challenge_is_the_asking_terminal_s_own(fleet, soft_card):
    niss = fleet.central.cases["active_account"]
    _terminal, gate = fleet.terminal("borne_a")
    _other, other_gate = fleet.terminal("borne_b")
    card = soft_card(niss)
    challenge_id, nonce = gate.challenge()
    with pytest.raises(GateRefusal) as stolen:  # B answers A's challenge
        other_gate.open_eid(
            challenge_id, card.sign(nonce), niss=niss,
            certificate_der=card.certificate_der, ca_der=card.ca_der,
        )  # fmt: skip
    assert stolen.value.reason == "challenge_unknown"


def test_the_password_goes_to_the_central_side_which_opens_the_visit(fleet):
    niss = fleet.central.cases["active_account"]
    terminal, gate = fleet.terminal("borne_a")
    with pytest.raises(BadCredentials):
        gate.password(niss, "wrong")
    _visit, logged_in = gate.password(niss, DEMO_PASSWORD)
    assert logged_in.mode == "password"
    assert my_data(terminal, niss, "password").niss == niss
    with fleet.central.connect() as connection:
        assert (
            connection.execute(
                select(OnlineLogin.terminal).order_by(OnlineLogin.id.desc()).limit(1)
            ).scalar()
            == "borne_a"
        )
    with fleet.central.connect() as connection:  # the password left nothing behind
        assert connection.execute(text("SELECT count(*) FROM gate_request")).scalar() == 0
