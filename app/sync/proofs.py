"""Proofs: every change for a member carries one, and the central worker checks it.

A terminal's database login lets it insert operations into the inbox, nothing more: anyone who
holds it (a copied configuration file, a stolen disk) could insert any operation. So the
worker applies a member's change only with a proof that the member was there:

- **visit proof** (`mac`): the central side opened a visit once it verified the member
  (app/gate/visits.py) and handed the terminal program a random key, kept in memory only for
  the visit. The program signs each operation's canonical content with it (HMAC-SHA256). The
  worker checks that the visit exists, that the MAC matches, that (on PostgreSQL) the login
  that pushed the operation (`inserted_by`, written by the server) is the visit's, that the
  visit covers the operation's member (the member verified or a person of the visit), and that
  the operation reached the inbox (`received_at`, the server's clock on PostgreSQL) between the
  visit's opening and its end plus PROOF_GRACE.
- **card proof** (`card`): what a terminal queues while the central side is out of reach cannot
  be in a visit the central side knows of, so the card itself signs the canonical content with
  its Authentication key (after the PIN, as in the identification). The worker checks it as the
  identification is checked: the certificate chains to the eID roots, the signature holds, and
  the certificate's national number is the member's, or a holder's who may act for them under
  the access rule of the member's file. Without trust roots the operation is held, like a
  signed form.

Some operations need no proof by their nature (NO_PROOF_BY_NATURE, each with its reason), and
staff operations prove who the clerk is by the clerk's own database login (staff_apply.py).

The proof, as stored in the outbox and the inbox (small, versioned):
    {"v": 1, "mac": "<base64 HMAC-SHA256>"}                          within a visit
    {"v": 1, "card": {"cert": "<b64 DER>", "ca": "<b64 DER>"|null,
                      "sig": "<b64 raw PKCS#11 signature>"}}             offline, no visit
    {"v": 1, "mac": ..., "card": {...}}                                  a visit, offline now
It holds the card's certificate (a name and a national number): the terminal erases it with
the payload once the operation is settled.

Refusals carry one of PROOF_REASONS and are written to the audit log (`operation_refused`,
the kind and the reason, nothing of the payload).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.clock import brussels_today, stored_utc
from app.domain.codes import RequestTopic
from app.store.models import AuditEntry, InboxOperation, Member, Visit, VisitPerson
from app.sync import operations as ops

# How long after its visit ended an operation made during it is still taken: a connection lost
# at card-out (or a central database down for the rest of the day) loses nothing. The key never
# leaves the terminal program's memory, so the grace gives nothing to someone who holds only
# the terminal's database credentials after the visit.
PROOF_GRACE = dt.timedelta(hours=24)
PROOF_VERSION = 1

# Why an operation without a valid proof was refused (the inbox's `reason`, the audit's detail).
NO_PROOF = "no_proof"  # none, or a visit that does not cover the member
PROOF_INVALID = "proof_invalid"  # MAC or signature does not match: copied, replayed, forged
PROOF_OTHER_TERMINAL = "proof_other_terminal"  # a visit opened for another terminal's login
PROOF_EXPIRED = "proof_expired"  # received outside the visit (and its grace)
PROOF_OTHER_PERSON = "proof_other_person"  # the card of someone who may not act for the member
PROOF_REASONS = frozenset(
    {NO_PROOF, PROOF_INVALID, PROOF_OTHER_TERMINAL, PROOF_EXPIRED, PROOF_OTHER_PERSON}
)
REFUSED_ACTION = "operation_refused"  # the audit log's action for a refused proof
VISITS_READ = "guichet_visits_read"  # session.info's key of a batch's visits (read_visits)


def _cannot_log_in(payload: Mapping[str, Any]) -> bool:
    # The question alone: v2's contact fields would change the file, and that needs a proof.
    return payload.get("topic") == RequestTopic.CANNOT_LOG_IN.value and all(
        payload.get(name) is None for name in ("phone", "mobile", "email")
    )


# What needs no proof by its nature: kind → (when it applies, why).
NO_PROOF_BY_NATURE: dict[str, tuple[Callable[[Mapping[str, Any]], bool], str]] = {
    "affiliation.request": (
        lambda payload: True,
        "the request is a form signed with the applicant's card (or their holder's), checked "
        "by the worker as a signed form",
    ),
    "account.password_reset": (
        lambda payload: True,
        "the new password goes by post to the home address on file, one letter at a time "
        "(the handler refuses a second while one waits)",
    ),
    "account.register": (
        lambda payload: True,
        "no card (e-Mut's classic route): the credentials go by post to the home address on "
        "file, and the handler opens no second account",
    ),
    "contact_request.create": (
        _cannot_log_in,
        '"I cannot log in" (topic cannot_log_in, no contact details for the file): whoever '
        "asks cannot be identified; kept apart, marked unverified",
    ),
    "ticket.issue": (
        lambda payload: True,
        "a queue ticket is anonymous: a service and a number, no member; the worker checks "
        "its letter is the pushing kiosk's (app/sync/ticket_apply.py)",
    ),
}


class ProofNotCheckable(Exception):
    """A card proof arrived and the worker has no trust roots: the operation is held, never
    applied unchecked (`guichet-central worker --trust-roots`)."""


def _as_dict(payload: Any) -> Mapping[str, Any]:
    if isinstance(payload, BaseModel):
        return payload.model_dump(mode="json")
    return payload if isinstance(payload, Mapping) else {}


def needs_member_proof(kind: str, payload: Any) -> bool:
    """Whether an operation of `kind` with `payload` must carry a member's proof: every member
    operation but those of NO_PROOF_BY_NATURE; staff operations prove the clerk otherwise."""
    if kind in ops.STAFF_KINDS:
        return False
    rule = NO_PROOF_BY_NATURE.get(kind)
    return rule is None or not rule[0](_as_dict(payload))


def canonical(
    *,
    operation_id: uuid.UUID | str,
    kind: str,
    version: int,
    payload: Any,
    member_niss: str | None,
    actor: str,
    visit_id: uuid.UUID | str | None,
) -> bytes:
    """The bytes a proof covers: the same on the terminal and after a round trip through the
    inbox (PostgreSQL's jsonb reorders keys; sorted keys and fixed separators undo that)."""
    return json.dumps(
        {
            "operation_id": str(operation_id),
            "kind": kind,
            "version": version,
            "payload": payload,
            "member_niss": member_niss,
            "actor": actor,
            "visit_id": str(visit_id) if visit_id is not None else None,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode()


def canonical_of(operation: InboxOperation) -> bytes:
    return canonical(
        operation_id=operation.operation_id,
        kind=operation.kind,
        version=operation.version,
        payload=operation.payload,
        member_niss=operation.member_niss,
        actor=operation.actor,
        visit_id=operation.visit_id,
    )


# --- The terminal's side ------------------------------------------------------------------


@dataclass(frozen=True)
class VisitKey:
    """The visit the central side opened, and its MAC key (in memory only, for the visit)."""

    visit_id: uuid.UUID
    key: bytes = field(repr=False)


@dataclass(frozen=True)
class CardKey:
    """The card in the reader: its Authentication certificate (DER) and CA, and a signer.

    `sign(content)` returns the raw PKCS#11 signature of `content` by the Authentication key:
    RSA: CKM_SHA256_RSA_PKCS (PKCS#1 v1.5 over SHA-256); EC P-384: CKM_ECDSA over the SHA-384
    digest of `content`, raw r‖s (devices.pkcs11.Pkcs11Signer.sign does both)."""

    certificate_der: bytes = field(repr=False)
    ca_der: bytes | None = field(repr=False)
    ec_key: bool
    sign: Callable[[bytes], bytes] = field(repr=False)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def mac(key: bytes, content: bytes) -> bytes:
    return hmac.new(key, content, hashlib.sha256).digest()


class Prover:
    """What the terminal proves its member's operations with, during a visit (set by the
    session when the central side opens one, cleared when it ends).

    A MAC with the visit's key when there is a visit; the card's signature too when a card key
    is there and either no visit could be opened (the central side out of reach) or
    `is_online()` says the connection is lost now (True or None: the MAC is enough)."""

    def __init__(
        self,
        visit: VisitKey | None = None,
        card: CardKey | None = None,
        is_online: Callable[[], bool | None] = lambda: None,
    ):
        if visit is None and card is None:
            raise ValueError("a prover needs a visit key or a card key")
        self.visit = visit
        self.card = card
        self.is_online = is_online

    @property
    def visit_id(self) -> uuid.UUID | None:
        return self.visit.visit_id if self.visit is not None else None

    def prove(self, content: bytes) -> dict:
        proof: dict[str, Any] = {"v": PROOF_VERSION}
        if self.visit is not None:
            proof["mac"] = _b64(mac(self.visit.key, content))
        if self.card is not None and (self.visit is None or self.is_online() is False):
            proof["card"] = {
                "cert": _b64(self.card.certificate_der),
                "ca": _b64(self.card.ca_der) if self.card.ca_der is not None else None,
                "sig": _b64(self.card.sign(content)),
            }
        return proof


# --- The worker's side --------------------------------------------------------------------


def _bytes(value: Any, what: str) -> bytes:
    if not isinstance(value, str):
        raise ops.OperationRejected(PROOF_INVALID, f"the proof's {what} is missing")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ops.OperationRejected(PROOF_INVALID, f"the proof's {what} is not base64") from exc


def check_proof(
    session: Session,
    operation: InboxOperation,
    payload: Any,
    *,
    trust_roots: tuple | list | None,
    dialect: str,
) -> None:
    """Raise OperationRejected (one of PROOF_REASONS) unless the operation may be applied for
    its member; ProofNotCheckable when only a card proof could tell and there are no roots.

    `payload` is the validated payload (`ops.validate`); the MAC and the signature cover the
    operation as stored (canonical_of)."""
    if not needs_member_proof(operation.kind, payload):
        return
    proof = operation.proof
    if not isinstance(proof, dict) or not (proof.get("mac") or proof.get("card")):
        raise ops.OperationRejected(NO_PROOF, "no proof that the member was there")
    niss = getattr(payload, "member_niss", None)
    if niss is None or operation.member_niss != niss:
        raise ops.OperationRejected(PROOF_INVALID, "the operation and its payload name two people")
    content = canonical_of(operation)
    visit_refusal = None
    if proof.get("mac"):
        try:
            _check_visit(session, operation, niss, proof["mac"], content, dialect)
            return
        except ops.OperationRejected as refused:
            visit_refusal = refused
    if proof.get("card"):
        _check_card(session, operation, niss, proof["card"], content, trust_roots)
        return
    assert visit_refusal is not None
    raise visit_refusal


def read_visits(session: Session, operations: Iterable[InboxOperation]) -> None:
    """Read at once the visits a batch of operations names (app/sync/apply.py), so that each
    proof's check finds its visit in the session (`session.get`) instead of asking for it.

    A visit read once for the whole batch decides each of its operations as a read just before
    that operation would: read after they were all taken from the inbox, so after each one
    arrived; its key, login, member, opening and lifetime never change, and its end only comes
    earlier when it is closed, at the moment it is (`now()`), so after each of them arrived
    too: `received <= end + PROOF_GRACE` holds before the close exactly when it holds after."""
    ids = {o.visit_id for o in operations if o.visit_id is not None}
    if ids:
        # Held in the session's info for the batch: the session itself keeps only what changed.
        session.info[VISITS_READ] = session.scalars(select(Visit).where(Visit.id.in_(ids))).all()


def _check_visit(
    session: Session, operation: InboxOperation, niss: str, given: Any, content: bytes, dialect
) -> None:
    if operation.visit_id is None:
        raise ops.OperationRejected(PROOF_INVALID, "a MAC without a visit")
    visit = session.get(Visit, operation.visit_id)
    if visit is None:
        raise ops.OperationRejected(PROOF_INVALID, "no such visit")
    if not hmac.compare_digest(mac(visit.key, content), _bytes(given, "MAC")):
        raise ops.OperationRejected(PROOF_INVALID, "the MAC does not match the operation")
    if dialect == "postgresql" and (
        visit.login_role is None or visit.login_role != operation.inserted_by
    ):
        raise ops.OperationRejected(PROOF_OTHER_TERMINAL, "the visit is another login's")
    if niss != visit.niss:
        covered = session.scalar(
            select(Member.id)
            .join(VisitPerson, VisitPerson.member_id == Member.id)
            .where(VisitPerson.visit_id == visit.id, Member.niss == niss)
        )
        if covered is None:
            raise ops.OperationRejected(NO_PROOF, "the visit does not cover this member")
    ended = stored_utc(visit.expires_at)
    if visit.closed_at is not None:
        ended = min(ended, stored_utc(visit.closed_at))
    received = stored_utc(operation.received_at)
    if not stored_utc(visit.opened_at) <= received <= ended + PROOF_GRACE:
        raise ops.OperationRejected(PROOF_EXPIRED, "received outside the visit")


def _check_card(
    session: Session,
    operation: InboxOperation,
    niss: str,
    card: Any,
    content: bytes,
    trust_roots,
) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    from devices.belpic import verify
    from devices.errors import VerificationFailed
    from devices.identification import certificate_national_number

    if not isinstance(card, dict):
        raise ops.OperationRejected(PROOF_INVALID, "the card proof is not an object")
    if trust_roots is None:
        raise ProofNotCheckable(operation.kind)
    certificate_der = _bytes(card.get("cert"), "certificate")
    ca_der = _bytes(card["ca"], "CA certificate") if card.get("ca") is not None else None
    signature = _bytes(card.get("sig"), "signature")
    received = stored_utc(operation.received_at)
    try:
        cert = verify.load_certificate(certificate_der, "authentication")
        intermediates = [verify.load_certificate(ca_der, "CA")] if ca_der is not None else []
        verify.verify_chain(cert, intermediates, verify.TrustStore.of(trust_roots), at=received)
        try:
            usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        except x509.ExtensionNotFound:
            usage = None
        if usage is not None and not usage.digital_signature:
            raise ops.OperationRejected(PROOF_INVALID, "not the card's Authentication key")
        ec_key = isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
        digest = hashes.SHA384() if ec_key else hashes.SHA256()
        verify.verify_challenge_signature(cert, content, signature, digest)
        holder = certificate_national_number(cert).digits
    except VerificationFailed as exc:
        raise ops.OperationRejected(PROOF_INVALID, f"card proof: {exc.reason.value}") from exc
    if holder == niss:
        return
    # A holder's card for a dependant they may see (the rule of the member's file).
    from app.sync.member_apply import may_see

    members = {
        m.niss: m for m in session.scalars(select(Member).where(Member.niss.in_((holder, niss))))
    }
    day = brussels_today(received)
    if (
        holder not in members
        or niss not in members
        or not may_see(session, members[holder], members[niss], day)
    ):
        raise ops.OperationRejected(PROOF_OTHER_PERSON, "the card of someone else")


def audit_refusal(
    session: Session, operation: InboxOperation, reason: str, at: dt.datetime
) -> None:
    """The audit log's entry for an operation refused for its proof: which kind, why, whose
    file when known; nothing of the payload."""
    member_id = None
    if operation.member_niss:
        member_id = session.scalar(select(Member.id).where(Member.niss == operation.member_niss))
    session.add(
        AuditEntry(
            at=at,
            staff_id=None,
            terminal=operation.terminal_id,
            action=REFUSED_ACTION,
            member_id=member_id,
            detail=f"{operation.kind}: {reason}",
        )
    )
