"""The password change on the real PostgreSQL server with a terminal's own login (issue 19): the
terminal asks through the gate and the gatekeeper, as the schema owner, checks and writes; the
terminal's login can neither read nor write a hash, even during its member's visit, and another
terminal cannot use that visit."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.gate.client import GateRefusal
from app.services.errors import BadCredentials
from app.store.seed import DEMO_PASSWORD
from tests.support.fleet import Fleet

pytestmark = pytest.mark.postgres
GOOD = "Brume vélo tiroir septembre"


@pytest.fixture
def fleet(pg_central, postgres_server, trust):
    fleet = Fleet(pg_central, postgres_server, trust)
    yield fleet
    fleet.close()


def test_a_terminal_changes_a_password_through_the_gate_and_never_touches_a_hash(fleet):
    niss = fleet.central.cases["active_account"]
    terminal, gate = fleet.terminal("borne_pw")
    visit, _ = gate.password(niss, DEMO_PASSWORD)
    for statement in (
        "SELECT password_hash FROM online_account",
        "SELECT new_password_hash FROM online_account",
        "UPDATE online_account SET password_hash = 'x', password_must_change = false",
    ):
        with terminal.begin() as connection, pytest.raises(DBAPIError, match="permission denied"):
            connection.execute(text(statement))

    _other, thief = fleet.terminal("borne_other")
    with pytest.raises(GateRefusal) as refused:  # another terminal's login: not its visit
        thief.change_password(visit.visit_id, DEMO_PASSWORD, GOOD, GOOD)
    assert refused.value.reason == "no_visit"

    gate.change_password(visit.visit_id, DEMO_PASSWORD, GOOD, GOOD)
    with pytest.raises(BadCredentials):
        gate.password(niss, DEMO_PASSWORD)
    assert gate.password(niss, GOOD)[1].niss == niss
    with fleet.central.connect() as connection:  # no password left behind in the requests
        assert connection.execute(text("SELECT count(*) FROM gate_request")).scalar() == 0
