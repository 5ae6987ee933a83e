"""The central side of a PostgreSQL deployment for tests: the schema owner's engine, the
gatekeeper service answering through the database, and terminals with their own logins."""

from __future__ import annotations

from sqlalchemy import select

from app.gate.client import DatabaseTransport, GateClient
from app.gate.gatekeeper import Gatekeeper
from app.gate.service import GatekeeperService
from app.services.local_token_provider import LocalTokenProvider
from app.store.db import make_engine
from app.store.models import Agency
from app.store.roles import add_terminal, ensure_groups

TOKEN_SECRET = b"gate-test-token-secret"


class Fleet:
    """The central side (owner engine, gatekeeper service) and terminals with their logins."""

    def __init__(self, central, server, trust):
        self.central = central
        self.server = server
        ensure_groups(central)
        self.service = GatekeeperService(
            central,
            Gatekeeper(
                central,
                trust_roots=trust.roots,
                identity_provider=LocalTokenProvider(central, TOKEN_SECRET),
            ),
        ).start()
        assert self.service.ready.wait(10)
        with central.connect() as connection:
            self.agency = connection.execute(select(Agency.code).limit(1)).scalar_one()
        self.engines = []
        self.transports = []

    def terminal(self, name: str, *, counter: bool = False) -> tuple:
        add_terminal(
            self.central, name, agency_code=self.agency, password=f"{name}-secret", counter=counter
        )
        engine = make_engine(self.server.url(self.central.url.database, name, f"{name}-secret"))
        transport = DatabaseTransport(engine, name)
        self.engines.append(engine)
        self.transports.append(transport)
        return engine, GateClient(transport)

    def close(self) -> None:
        self.service.stop()
        for transport in self.transports:
            transport.dispose()
        for engine in self.engines:
            engine.dispose()
