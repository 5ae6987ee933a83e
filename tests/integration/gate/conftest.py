"""The gatekeeper's tests: a seeded central database, and cards as software keys of the test PKI
(the card's own signing through PKCS#11 is tested in tests/unit/devices and the UI tests)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding
from cryptography.hazmat.primitives.serialization import Encoding

from app.gate.client import GateClient, LocalTransport
from app.gate.gatekeeper import Gatekeeper
from app.services.local_token_provider import LocalTokenProvider
from tests.integration.services.conftest import (  # noqa: F401  (fixtures)
    central,
    deliver,
    forms,
    outbox,
    pg_central,
    terminal,
)
from tests.support.fleet import TOKEN_SECRET

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


@dataclass
class SoftCard:
    """A card's Authentication key and certificates: what the gatekeeper checks."""

    niss: str
    key: object
    certificate_der: bytes
    ca_der: bytes

    def sign(self, data: bytes) -> bytes:
        if isinstance(self.key, ec.EllipticCurvePrivateKey):
            return self.key.sign(data, ec.ECDSA(hashes.SHA384()))
        return self.key.sign(data, padding.PKCS1v15(), hashes.SHA256())


@pytest.fixture
def soft_card(pki, pki_dir):
    def make(niss: str, *, ec_family: bool = False, surname: str = "Test") -> SoftCard:
        keys = pki.card_keys(
            ec_family=ec_family, surname=surname, given_names="Card",
            national_number=niss, cache=pki_dir / "gate-cards",
        )  # fmt: skip
        family = pki.family(ec_family)
        return SoftCard(
            niss,
            keys.auth.key,
            keys.auth.cert.public_bytes(Encoding.DER),
            family.ca.cert.public_bytes(Encoding.DER),
        )

    return make


class Clock:
    def __init__(self, now: dt.datetime = NOW):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def gatekeeper(central, trust, clock):  # noqa: F811
    return Gatekeeper(
        central,
        trust_roots=trust.roots,
        identity_provider=LocalTokenProvider(central, TOKEN_SECRET, clock=clock),
        now=clock,
    )


@pytest.fixture
def gate(gatekeeper) -> GateClient:
    return GateClient(LocalTransport(gatekeeper, "borne-test"))
