"""The central worker: applies inbox operations to the member data, each exactly once.

Each operation is applied in one transaction together with the change of its inbox row to
`applied` (or `rejected`, with its reason): a crash at any point leaves either both or neither.
Operations are taken in arrival order (the inbox id); a terminal pushes its own in its own
sequence, so they are applied in the order it made them, whatever its clock says.

Only one worker applies at a time on PostgreSQL (an advisory lock), so that order holds.

Before a handler runs, the operation's proof is checked (app/sync/proofs.py): a member's change
is applied only within a visit the central side opened for that member, or with the card's
signature over it; a staff operation only for the clerk whose own login pushed it
(staff_apply.py). A refusal for want of a proof is audited.

The handlers are apart: a member's own operations in member_apply.py, a clerk's in
staff_apply.py, incapacity's (the member's and the counter's) in incapacity_apply.py; this
module takes the next operation, checks it, runs its handler and records the outcome.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from cryptography import x509
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from app.domain.clock import utc_now
from app.domain.codes import InboxState
from app.domain.iban import formatted_iban
from app.domain.niss import Niss
from app.store.db import writer
from app.store.models import InboxOperation
from app.sync import (
    accident_apply,
    appointment_apply,
    incapacity_apply,
    member_apply,
    proofs,
    staff_apply,
    ticket_apply,
)
from app.sync import operations as ops
from app.sync.member_apply import Handler
from app.sync.operations import OperationKind as K

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3  # after this many unexpected failures an operation is held for staff
WORKER_LOCK = 0x6775_6963  # "guic": the advisory lock key of the one central worker


@dataclass(frozen=True)
class Outcome:
    operation_id: str
    state: InboxState
    reason: str | None = None


HANDLERS: dict[str, Handler] = {
    **member_apply.HANDLERS,
    **staff_apply.HANDLERS,
    **incapacity_apply.HANDLERS,
    **ticket_apply.HANDLERS,
    **appointment_apply.HANDLERS,
    **accident_apply.HANDLERS,
}


@dataclass(frozen=True)
class SignedForms:
    """What the worker checks a signed form against: the roots of the eID cards' chains (the
    Belgium Root CAs; the test PKI's in the demo and the tests)."""

    trust_roots: tuple[x509.Certificate, ...]


class FormsNotCheckable(Exception):
    """A signed form arrived and the worker has no trust roots: it is held, never applied
    unchecked (`guichet-central worker --trust-roots`)."""


def _bank_form(payload: ops.BankUpdateV1) -> tuple[bytes, set[str], list[list[str]]]:
    # Signed by the member themself, and the form names the account the request sets.
    return payload.pdf_bytes(), {payload.member_niss}, [[formatted_iban(payload.iban)]]


def _affiliation_form(payload: ops.AffiliationRequestV1) -> tuple[bytes, set[str], list[list[str]]]:
    # Signed by the applicant (or, for a dependant, the holder they join), and it is theirs.
    signers = {payload.member_niss} | ({payload.holder_niss} if payload.holder_niss else set())
    return payload.pdf_bytes(), signers, [[Niss(payload.member_niss).formatted()]]


def _resumption_form(payload: ops.PartialResumptionV1) -> tuple[bytes, set[str], list[list[str]]]:
    # Signed by the member themself, and the form is theirs and this request's: its title,
    # first day, hours and employer as the form prints them, in one of its languages (any
    # form the member ever signed is not enough).
    from app.documents.incapacity_forms import resumption_form_says
    from app.documents.texts import LANGUAGES

    niss = Niss(payload.member_niss).formatted()
    request = {
        "starts_on": payload.starts_on,
        "work_hours": payload.work_hours,
        "reference_hours": payload.reference_hours,
        "employer": payload.employer,
        "self_employed": payload.self_employed,
    }
    says = [[niss, *resumption_form_says(**request, language=language)] for language in LANGUAGES]
    return payload.pdf_bytes(), {payload.member_niss}, says


# The operations that carry a form signed with an eID card: (pdf, who may sign, what it says:
# every sentence of one of the lists, e.g. one per language the form is printed in).
SIGNED_FORM_OF: dict[str, Callable[[ops.Payload], tuple[bytes, set[str], list[list[str]]]]] = {
    K.BANK_UPDATE: _bank_form,
    K.AFFILIATION_REQUEST: _affiliation_form,
    K.PARTIAL_RESUMPTION: _resumption_form,
    **accident_apply.SIGNED_FORMS,
}


def _check_signed_form(kind: str, payload: ops.Payload, forms: SignedForms | None) -> None:
    if kind not in SIGNED_FORM_OF:
        return
    if forms is None:
        raise FormsNotCheckable(kind)
    from app.documents.signing import FORM_MISMATCH, check_signed_form

    pdf, signers, alternatives = SIGNED_FORM_OF[kind](payload)
    first, *others = alternatives
    problem = check_signed_form(pdf, forms.trust_roots, signers=signers, must_say=first)
    if problem == FORM_MISMATCH and others:
        # The signature holds (checked above); what it says is read once for the others.
        from app.documents.render import DocumentError, pdf_text

        try:
            said = " ".join(pdf_text(pdf).split())
        except DocumentError:
            said = ""
        if any(all(" ".join(s.split()) in said for s in says) for says in others):
            problem = None
    if problem is not None:
        raise ops.OperationRejected("signature_invalid", problem)


def _next_query(dialect: str):
    query = (
        select(InboxOperation)
        .where(InboxOperation.state == InboxState.RECEIVED)
        .order_by(InboxOperation.id)
        .limit(1)
    )
    if dialect == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return query


def apply_next(
    engine: Engine,
    *,
    now: Callable[[], dt.datetime] = utc_now,
    forms: SignedForms | None = None,
) -> Outcome | None:
    """Apply the oldest received operation; None when there is none.

    `forms`: the trust roots a signed form's card signature, and a card proof, are checked
    against; without them an operation that needs one is held (kept for staff, never applied
    unchecked).
    """
    with Session(writer(engine)) as session, session.begin():
        operation = session.scalars(_next_query(engine.dialect.name)).first()
        if operation is None:
            return None
        at = now()
        try:
            payload = ops.validate(operation.kind, operation.version, operation.payload)
            proofs.check_proof(
                session,
                operation,
                payload,
                trust_roots=forms.trust_roots if forms is not None else None,
                dialect=engine.dialect.name,
            )
            _check_signed_form(operation.kind, payload, forms)
            with session.begin_nested():
                result = HANDLERS[operation.kind](session, operation, payload, at)
        except ops.OperationRejected as exc:
            operation.state = InboxState.REJECTED
            operation.reason = exc.code
            operation.detail = exc.detail[:2000]
            operation.applied_at = at
            if exc.code in proofs.PROOF_REASONS:
                proofs.audit_refusal(session, operation, exc.code, at)
            else:
                staff_apply.audit_outcome(session, operation, applied=False, reason=exc.code, at=at)
        except (FormsNotCheckable, proofs.ProofNotCheckable) as exc:
            what = "signed form" if isinstance(exc, FormsNotCheckable) else "card proof"
            log.warning(
                "operation %s (%s) held: the worker has no trust roots to check its %s",
                operation.operation_id,
                operation.kind,
                what,
            )
            operation.state = InboxState.HELD
            operation.reason = "held"
            operation.detail = f"no trust roots: the {what} cannot be checked"
        except (OperationalError, DBAPIError) as exc:
            if getattr(exc, "connection_invalidated", False) or isinstance(exc, OperationalError):
                raise  # the database is gone: nothing was applied, try again later
            _failed(operation, exc)
        except Exception as exc:  # a defect in a handler: never loop on it, never drop it
            _failed(operation, exc)
        else:
            operation.state = InboxState.APPLIED
            operation.result = result
            operation.applied_at = at
            staff_apply.audit_outcome(session, operation, applied=True, at=at)
        return Outcome(str(operation.operation_id), operation.state, operation.reason)


def _failed(operation: InboxOperation, exc: Exception) -> None:
    operation.attempts = (operation.attempts or 0) + 1
    # The driver's own message, without SQLAlchemy's dump of the statement's parameters.
    cause = getattr(exc, "orig", None) or exc
    operation.detail = f"{type(cause).__name__}: {cause}"[:2000]
    # The log names the operation only: its payload is a member's data and stays out of logs.
    log.error(
        "operation %s (%s) failed: %s", operation.operation_id, operation.kind, type(cause).__name__
    )
    if operation.attempts >= MAX_ATTEMPTS:
        operation.state = InboxState.HELD
        operation.reason = "held"


def apply_pending(
    engine: Engine,
    limit: int | None = None,
    *,
    forms: SignedForms | None = None,
    now: Callable[[], dt.datetime] = utc_now,
) -> list[Outcome]:
    """Apply received operations until none is left (or `limit` were handled)."""
    outcomes: list[Outcome] = []
    while limit is None or len(outcomes) < limit:
        outcome = apply_next(engine, forms=forms, now=now)
        if outcome is None:
            break
        outcomes.append(outcome)
    return outcomes


class WorkerLock:
    """The one-worker lock: a PostgreSQL advisory lock held on its own connection."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.connection = None

    def acquire(self) -> bool:
        if self.engine.dialect.name != "postgresql":
            return True  # SQLite serialises writers itself
        self.connection = self.engine.connect()
        got = self.connection.execute(
            text("SELECT pg_try_advisory_lock(:key)"), {"key": WORKER_LOCK}
        ).scalar_one()
        if not got:
            self.connection.close()
            self.connection = None
        return bool(got)

    def release(self) -> None:
        if self.connection is not None:
            self.connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": WORKER_LOCK})
            self.connection.close()
            self.connection = None
