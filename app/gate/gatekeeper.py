"""The gatekeeper: the central side's answer to "who is at this terminal?".

It runs with the schema owner's rights (the central worker's process on PostgreSQL, in the
program itself on the embedded demo) and is the only code that opens a visit:

- eID: it issues a fresh random challenge (good once, for a minute, for the login that asked);
  the card's Authentication key signs it at the terminal; here the signature is checked with the
  card's certificate, the certificate's chain to the eID roots the gatekeeper was given, and the
  certificate's national number against the one the terminal read. A replayed signature, a
  challenge used twice or too old, another person's certificate: refused, each with its reason.
- password: the password comes here (over the database's TLS) and is checked against its scrypt
  hash, the lockout counted here; a terminal never reads a hash.
- token: the identity provider's challenge and answer are checked here.
- a clerk's look at a member's file: the clerk is the database login that asks (their own), the
  reason is recorded with the visit and in the audit log.

Every refusal is written to the audit log with its reason. Answers are plain JSON, the same on
both transports (app/gate/client.py).
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import Engine, insert, select, update
from sqlalchemy.orm import Session

from app.domain.clock import stored_utc, utc_now
from app.domain.codes import AccountStatus, LoginMode, RouteKind, StaffRole
from app.domain.niss import Niss
from app.gate import visits
from app.gate.visits import GateRefused, VisitGrant
from app.services import accounts, login, staff
from app.services.errors import (
    AccountLocked,
    InvalidForm,
    InvalidUsername,
    Refused,
    ServiceError,
)
from app.services.identity_provider import IdentityProvider, TokenChallenge
from app.store.db import writer
from app.store.models import AuditEntry, OnlineAccount, Staff, Terminal, Visit
from devices.belpic import verify
from devices.errors import DeviceError, VerificationFailed
from devices.identification import certificate_national_number

log = logging.getLogger(__name__)

KINDS = (
    "challenge", "eid", "password", "token_challenge", "token", "staff_visit", "close",
    "change_password",
)  # fmt: skip
REFUSED = "visit_refused"


def first_name(member) -> str:
    return member.first_names.split(" ")[0] if member is not None else ""


def address_lines(member) -> list[str]:
    street = f"{member.street} {member.house_number}"
    if member.box:
        street += f" bte {member.box}"
    return [
        f"{member.first_names} {member.last_name}",
        street,
        f"{member.postcode} {member.municipality}",
    ]


def grant_json(grant: VisitGrant) -> dict[str, Any]:
    return {
        "visit_id": str(grant.visit_id),
        "key": base64.b64encode(grant.key).decode(),
        "niss": grant.niss,
        "expires_at": grant.expires_at.isoformat(),
        "persons": len(grant.persons),
    }


def error_json(exc: ServiceError) -> dict[str, Any]:
    """A typed service error as an answer; app/gate/client.py raises the same type again."""
    answer: dict[str, Any] = {"ok": False, "error": exc.code}
    if isinstance(exc, AccountLocked):
        answer["until"] = exc.until.isoformat()
    elif isinstance(exc, InvalidUsername):
        answer["problem"] = exc.reason
    elif isinstance(exc, InvalidForm):
        answer["problems"] = exc.problems
        if exc.values:
            answer["values"] = exc.values
    elif isinstance(exc, Refused):
        answer["detail"] = str(exc)
    return answer


class Gatekeeper:
    """Opens and closes visits on `central` (the owner's engine)."""

    def __init__(
        self,
        central: Engine,
        *,
        trust_roots: Sequence[x509.Certificate],
        identity_provider: IdentityProvider | None = None,
        lifetime: dt.timedelta = visits.VISIT_LIFETIME,
        now: Callable[[], dt.datetime] = utc_now,
    ):
        self.central = writer(central)  # it reads, then writes (SQLite: take the lock first)
        self.trust = verify.TrustStore(tuple(trust_roots))
        self.identity_provider = identity_provider
        self.lifetime = lifetime
        self.now = now

    # -- the one entry point ---------------------------------------------------------------
    def handle(
        self, kind: str, body: dict | None, *, login_role: str | None, terminal_id: str = ""
    ) -> dict[str, Any]:
        """Answer one request; never raises for a refusal (the answer says it)."""
        body = body if isinstance(body, dict) else {}
        terminal_id = self._terminal_name(login_role, body.get("terminal_id") or terminal_id)
        try:
            if kind not in KINDS:
                raise GateRefused("unknown_request", str(kind)[:30])
            return getattr(self, f"_{kind}")(body, login_role=login_role, terminal_id=terminal_id)
        except GateRefused as refusal:
            self._audit_refusal(refusal, terminal_id)
            return {"ok": False, "error": "refused", "reason": refusal.reason}
        except ServiceError as exc:
            return error_json(exc)
        except (KeyError, ValueError, TypeError) as exc:  # a malformed body: refused, said so
            refusal = GateRefused("malformed", type(exc).__name__)
            self._audit_refusal(refusal, terminal_id)
            return {"ok": False, "error": "refused", "reason": refusal.reason}

    def _terminal_name(self, login_role: str | None, claimed) -> str:
        """Which terminal asks: on PostgreSQL the one registered for the login (whatever the
        request says); on the embedded database, which has no logins, the program's word."""
        if login_role is None:
            return str(claimed or "")[:40]
        with self.central.connect() as connection:
            name = connection.execute(
                select(Terminal.name).where(Terminal.login_role == login_role)
            ).scalar()
        return (name or login_role)[:40]

    def _audit_refusal(self, refusal: GateRefused, terminal_id: str) -> None:
        # No member named: what a refused request claims proves nothing about anyone.
        with self.central.begin() as connection:
            connection.execute(
                insert(AuditEntry).values(
                    at=self.now(), terminal=terminal_id, action=REFUSED, detail=refusal.reason
                )
            )
        log.info("visit refused on %s: %s", terminal_id, refusal.reason)

    def _open(self, niss: str, mode: str, *, login_role, terminal_id, **extra) -> VisitGrant:
        with Session(self.central) as session, session.begin():
            return visits.open_visit(
                session,
                niss=niss,
                mode=mode,
                terminal_id=terminal_id,
                login_role=login_role,
                now=self.now(),
                lifetime=self.lifetime,
                **extra,
            )

    # -- eID -------------------------------------------------------------------------------
    def _challenge(self, body, *, login_role, terminal_id) -> dict:
        with Session(self.central) as session, session.begin():
            challenge_id, nonce = visits.issue_challenge(
                session, login_role=login_role, now=self.now()
            )
        return {
            "ok": True,
            "challenge_id": str(challenge_id),
            "nonce": base64.b64encode(nonce).decode(),
        }

    def _eid(self, body, *, login_role, terminal_id) -> dict:
        niss = self._verify_card(body, login_role=login_role)
        today = login.local_day(self.now())
        owner = accounts.card_owner(self.central, niss, today=today)
        kind = RouteKind(owner.kind)
        if kind in (RouteKind.ACTIVE_ACCOUNT, RouteKind.ACCOUNT_PENDING):
            # Identified with the card and its PIN: the account opens (a pending one too).
            login.eid_login(self.central, niss, terminal=terminal_id, now=self.now())
            kind = RouteKind.ACTIVE_ACCOUNT
        grant = self._open(niss, LoginMode.EID, login_role=login_role, terminal_id=terminal_id)
        member = owner.member
        return {
            "ok": True,
            "visit": grant_json(grant),
            "route": {
                "kind": kind,
                "first_name": first_name(member),
                "address_lines": address_lines(member) if member is not None else [],
            },
        }

    def _verify_card(self, body: dict, *, login_role: str | None) -> str:
        try:
            challenge_id = uuid.UUID(str(body.get("challenge_id")))
            signature = base64.b64decode(body["signature"], validate=True)
            certificate = x509.load_der_x509_certificate(
                base64.b64decode(body["certificate"], validate=True)
            )
            ca_text = body.get("ca")
            intermediates = (
                [x509.load_der_x509_certificate(base64.b64decode(ca_text, validate=True))]
                if ca_text
                else []
            )
            claimed = Niss.parse(str(body.get("niss", ""))).digits
        except (KeyError, ValueError, TypeError) as exc:
            raise GateRefused("malformed", type(exc).__name__) from exc
        now = self.now()
        with Session(self.central) as session, session.begin():
            # Used even when what follows fails: a challenge is good for one try only.
            nonce = visits.use_challenge(session, challenge_id, login_role=login_role, now=now)
        try:
            verify.verify_chain(certificate, intermediates, self.trust, at=now)
        except (VerificationFailed, DeviceError) as exc:
            raise GateRefused("certificate_invalid", str(exc)) from exc
        ec_key = isinstance(certificate.public_key(), ec.EllipticCurvePublicKey)
        digest = hashes.SHA384() if ec_key else hashes.SHA256()
        try:
            verify.verify_challenge_signature(certificate, nonce, signature, digest)
        except (VerificationFailed, ValueError) as exc:
            raise GateRefused("signature_invalid", "not a signature of this challenge") from exc
        try:
            holder = certificate_national_number(certificate).digits
        except (VerificationFailed, DeviceError) as exc:
            raise GateRefused("holder_mismatch", "no national number in the certificate") from exc
        if holder != claimed:
            raise GateRefused("holder_mismatch", "the certificate is another person's")
        return holder

    # -- password and token ----------------------------------------------------------------
    def _password(self, body, *, login_role, terminal_id) -> dict:
        username = str(body.get("username", ""))
        password = str(body.get("password", ""))
        result = login.password_login(
            self.central, username, password, terminal=terminal_id, now=self.now()
        )
        return self._logged_in(result, login_role=login_role, terminal_id=terminal_id)

    def _token_challenge(self, body, *, login_role, terminal_id) -> dict:
        if self.identity_provider is None:
            raise Refused("no_identity_provider")
        challenge = self.identity_provider.challenge(str(body.get("username", "")))
        return {"ok": True, "position": challenge.position, "challenge_id": challenge.challenge_id}

    def _token(self, body, *, login_role, terminal_id) -> dict:
        if self.identity_provider is None:
            raise Refused("no_identity_provider")
        challenge = TokenChallenge(int(body.get("position", 0)), str(body.get("challenge_id")))
        result = login.token_login(
            self.central,
            self.identity_provider,
            challenge,
            str(body.get("username", "")),
            str(body.get("password", "")),
            str(body.get("code", "")),
            terminal=terminal_id,
            now=self.now(),
        )
        return self._logged_in(result, login_role=login_role, terminal_id=terminal_id)

    def _logged_in(self, result: login.LoginSuccess, *, login_role, terminal_id) -> dict:
        if result.first_login:
            # A pending account's first login with its letter's password makes it active.
            with self.central.begin() as connection:
                connection.execute(
                    update(OnlineAccount)
                    .where(
                        OnlineAccount.member_id == result.member.member_id,
                        OnlineAccount.status == AccountStatus.PENDING_LETTER,
                    )
                    .values(
                        status=AccountStatus.ACTIVE,
                        activated_at=result.logged_in_at,
                        # until the member chooses their own, whenever they log in again
                        password_must_change=True,
                    )
                )
        grant = self._open(
            result.member.niss, result.mode, login_role=login_role, terminal_id=terminal_id
        )
        return {
            "ok": True,
            "visit": grant_json(grant),
            "login": {
                "niss": result.member.niss,
                "first_name": first_name(result.member),
                "mode": str(result.mode),
                "must_change": result.must_change,
            },
        }

    # -- a clerk on a member's file --------------------------------------------------------
    def _staff_visit(self, body, *, login_role, terminal_id) -> dict:
        clerk = self._clerk(body, login_role=login_role)
        reason = str(body.get("reason") or "").strip()[:200]
        if not reason:
            raise InvalidForm({"reason": "required"})
        by_card = body.get("by") == "card"
        if by_card:
            member = staff.find_by_card(
                self.central, clerk, str(body.get("niss", "")), terminal=terminal_id,
                now=self.now(), reason=reason,
            )  # fmt: skip
            if member is None:
                return {"ok": True, "found": False}
        else:
            member = staff.open_member_file(
                self.central, clerk, str(body.get("niss", "")), terminal=terminal_id,
                now=self.now(), reason=reason,
            )  # fmt: skip
        grant = self._open(
            member.niss,
            "staff",
            login_role=login_role,
            terminal_id=terminal_id,
            staff_id=clerk.staff_id,
            reason=reason,
        )
        return {"ok": True, "found": True, "visit": grant_json(grant), "niss": member.niss}

    def _clerk(self, body: dict, *, login_role: str | None) -> staff.StaffSession:
        """The clerk is the database login that asks (PostgreSQL); on the embedded database,
        which has no logins, the program's own word."""
        with self.central.connect() as connection:
            query = select(Staff.id, Staff.login, Staff.full_name, Staff.role, Staff.agency_id)
            if login_role is not None:
                query = query.where(Staff.db_role == login_role, Staff.active.is_(True))
            else:
                query = query.where(
                    Staff.login == str(body.get("staff_login", "")), Staff.active.is_(True)
                )
            row = connection.execute(query).first()
        if row is None:
            raise GateRefused("not_staff", "this login is no clerk's")
        role = StaffRole(row.role)
        return staff.StaffSession(row.id, row.login, row.full_name, role, row.agency_id)

    # -- the member's own password ---------------------------------------------------------
    def _change_password(self, body, *, login_role, terminal_id) -> dict:
        """Within a visit this login holds open for a member it verified (card, password or
        token): the current password checked here, the new one judged and hashed here."""
        try:
            visit_id = uuid.UUID(str(body.get("visit_id")))
        except ValueError as exc:
            raise GateRefused("malformed", "visit_id") from exc
        now = self.now()
        with Session(self.central) as session:
            visit = session.get(Visit, visit_id)
            if (
                visit is None
                or visit.closed_at is not None
                or stored_utc(visit.expires_at) <= now
                or (login_role is not None and visit.login_role != login_role)
                or visit.mode not in (LoginMode.EID, LoginMode.PASSWORD, LoginMode.TOKEN)
            ):
                raise GateRefused("no_visit", "no open visit of a member for this login")
            niss = Niss.parse(visit.niss)
        login.change_password(
            self.central,
            niss,
            str(body.get("current", "")),
            str(body.get("new", "")),
            str(body.get("again", "")),
            terminal=terminal_id,
            now=now,
        )
        return {"ok": True}

    # -- the end ---------------------------------------------------------------------------
    def _close(self, body, *, login_role, terminal_id) -> dict:
        try:
            visit_id = uuid.UUID(str(body.get("visit_id")))
        except ValueError as exc:
            raise GateRefused("malformed", "visit_id") from exc
        with Session(self.central) as session, session.begin():
            closed = visits.close_visit(
                session,
                visit_id,
                login_role=login_role,
                now=self.now(),
                reason=str(body.get("reason") or "closed"),
            )
        return {"ok": True, "closed": closed}
