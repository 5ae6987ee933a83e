"""The real roles on the test PostgreSQL server: terminals, a counter and a clerk, each with its
own login (app/store/roles.py), on a seeded central database (the services' `pg_central`)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from app.store.db import make_engine
from app.store.roles import add_staff, add_terminal
from tests.integration.services.conftest import pg_central  # noqa: F401  (the fixture)

AGENCY = "MWP-MONS"


def refused(engine: Engine, statement: str, params: dict | None = None) -> bool:
    """True when the server refuses the statement (a right missing, or row-level security's
    check on a new row); False when it runs (and is committed)."""
    with engine.begin() as connection:
        try:
            connection.execute(text(statement), params or {})
        except DBAPIError as exc:
            message = str(exc.orig)
            assert "permission denied" in message or "row-level security" in message, message
            return True
    return False


def rows(engine: Engine, statement: str, params: dict | None = None) -> list:
    with engine.connect() as connection:
        return connection.execute(text(statement), params or {}).all()


def scalar(engine: Engine, statement: str, params: dict | None = None):
    with engine.begin() as connection:
        result = connection.execute(text(statement), params or {})
        return result.scalar() if result.returns_rows else None


@dataclass
class Logins:
    """The owner's engine and one engine per login; `visit` opens a visit as the gatekeeper
    would (rows written by the owner)."""

    owner: Engine
    server: object
    engines: dict[str, Engine] = field(default_factory=dict)

    def login(self, name: str, password: str) -> Engine:
        engine = make_engine(self.server.url(self.owner.url.database, name, password))
        self.engines[name] = engine
        return engine

    def visit(
        self,
        login_role: str,
        niss: str,
        persons: list[int],
        *,
        member_id: int | None = None,
        lifetime: dt.timedelta = dt.timedelta(minutes=30),
        mode: str = "eid",
    ) -> uuid.UUID:
        visit_id = uuid.uuid4()
        with self.owner.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO visit (id, login_role, terminal_id, niss, member_id, mode, key, "
                    "opened_at, expires_at) VALUES (:id, :login, :login, :niss, :member, :mode, "
                    ":key, now(), now() + :lifetime)"
                ),
                {
                    "id": visit_id,
                    "login": login_role,
                    "niss": niss,
                    "member": member_id,
                    "mode": mode,
                    "key": b"\0" * 32,
                    "lifetime": lifetime,
                },
            )
            for person in persons:
                connection.execute(
                    text("INSERT INTO visit_person (visit_id, member_id) VALUES (:v, :m)"),
                    {"v": visit_id, "m": person},
                )
        return visit_id

    def dispose(self) -> None:
        for engine in self.engines.values():
            engine.dispose()


@pytest.fixture
def logins(pg_central, postgres_server):  # noqa: F811  (pg_central is the imported fixture)
    """Two kiosks (kiosk_a, kiosk_b), a counter (counter_c), the demo clerk (staff_clerk) and
    supervisor (staff_supervisor)."""
    made = Logins(pg_central, postgres_server)
    for name, counter in (("kiosk_a", False), ("kiosk_b", False), ("counter_c", True)):
        add_terminal(pg_central, name, agency_code=AGENCY, password=f"{name}-pw", counter=counter)
        made.login(name, f"{name}-pw")
    add_staff(pg_central, "clerk", password="clerk-pw")
    made.login("staff_clerk", "clerk-pw")
    add_staff(pg_central, "supervisor", password="supervisor-pw")
    made.login("staff_supervisor", "supervisor-pw")
    yield made
    made.dispose()
