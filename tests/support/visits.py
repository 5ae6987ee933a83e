"""Visits for the tests: a member at a terminal, as the central side opens it once it verified
them, and the terminal's outbox proving their operations with the visit's key."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from app.gate.visits import VisitGrant, open_visit
from app.store.db import writer
from app.sync.proofs import CardKey, Prover, VisitKey
from app.sync.terminal import Outbox


def session_user(engine: Engine) -> str | None:
    """The login an engine's connections push as (PostgreSQL); None on SQLite."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as connection:
        return connection.execute(text("SELECT session_user")).scalar_one()


def member_visit(
    central_engine: Engine,
    outbox: Outbox | None,
    niss: str,
    *,
    now: dt.datetime | None = None,
    login_role: str | None = None,
    terminal_id: str = "t",
    mode: str = "eid",
    lifetime: dt.timedelta | None = None,
) -> VisitGrant:
    """Open a visit for `niss` (committed) and let `outbox` prove with its key.

    `now`: the visit's opening, the real clock by default (the inbox stamps an operation's
    arrival with the real clock). `login_role`: the terminal's login; on PostgreSQL by default
    the login `central_engine` connects as, the one that pushes in most tests."""
    now = now or dt.datetime.now(dt.UTC)
    if login_role is None:
        login_role = session_user(central_engine)
    # As the gatekeeper does (app/store/db.py writer): on SQLite the program's heartbeat and
    # worker write the same file, and a read-then-write transaction must take the lock first.
    with Session(writer(central_engine)) as session, session.begin():
        grant = open_visit(
            session,
            niss=niss,
            mode=mode,
            terminal_id=terminal_id,
            login_role=login_role,
            now=now,
            lifetime=lifetime,
        )
    if outbox is not None:
        outbox.prover = Prover(VisitKey(grant.visit_id, grant.key))
    return grant


def card_key(keys, ca_cert) -> CardKey:
    """A CardKey signing with a test card's Authentication key (devices.simulated.pki.CardKeys)
    in software, exactly as PKCS#11 would: RSA with CKM_SHA256_RSA_PKCS, EC with CKM_ECDSA over
    the SHA-384 digest, raw r‖s."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, padding, utils

    key = keys.auth.key
    ec_key = isinstance(key, ec.EllipticCurvePrivateKey)

    def sign(content: bytes) -> bytes:
        if not ec_key:
            return key.sign(content, padding.PKCS1v15(), hashes.SHA256())
        der = key.sign(content, ec.ECDSA(hashes.SHA384()))
        r, s = utils.decode_dss_signature(der)
        size = (key.curve.key_size + 7) // 8
        return r.to_bytes(size, "big") + s.to_bytes(size, "big")

    der = serialization.Encoding.DER
    return CardKey(
        certificate_der=keys.auth.cert.public_bytes(der),
        ca_der=ca_cert.public_bytes(der) if ca_cert is not None else None,
        ec_key=ec_key,
        sign=sign,
    )


def card_of(pki, niss: str, *, ec_family: bool = False, cache=None) -> CardKey:
    """The card of `niss` from the test PKI (its Authentication key), as a CardKey."""
    keys = pki.card_keys(
        ec_family=ec_family, surname="Test", given_names="Card", national_number=niss, cache=cache
    )
    return card_key(keys, pki.family(ec_family).ca.cert)
