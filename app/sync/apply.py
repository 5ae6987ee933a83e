"""The central worker: applies inbox operations to the member data, each exactly once.

Operations are applied in batches (`apply_batch`): up to BATCH_SIZE of the oldest received,
locked FOR UPDATE SKIP LOCKED, in one transaction, each with the change of its inbox row to
`applied` (or `rejected`, with its reason, or its failed attempt counted) and its audit entry.
A crash or a lost connection at any point leaves the whole batch as it was, to be tried again,
or the whole batch applied: never an operation without its record, nor a record without it.
One transaction a batch, not one an operation, and the batch's rows written together
(`_Batch`), is what makes the worker about ten times faster than with a transaction an
operation (issue 18; tests/bench/sync.py measures both, side by side).

Operations are taken in arrival order (the inbox id) and applied one after another within the
batch; a terminal pushes its own in its own sequence, so they are applied in the order it made
them, whatever its clock says. An operation that fails and will be tried again ends its batch,
so that nothing after it is applied before it.

Only one worker applies at a time on PostgreSQL (an advisory lock), so that order holds.

Before a handler runs, the operation's proof is checked (app/sync/proofs.py): a member's change
is applied only within a visit the central side opened for that member, or with the card's
signature over it; a staff operation only for the clerk whose own login pushed it
(staff_apply.py). A refusal for want of a proof is audited.

The handlers are apart: a member's own operations in member_apply.py, a clerk's in
staff_apply.py, incapacity's (the member's and the counter's) in incapacity_apply.py; this
module takes the next operations, checks them, runs their handlers and records the outcomes.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography import x509
from sqlalchemy import Engine, Table, event, inspect, select, text, update
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import ORMExecuteState, Session

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
    mail,
    member_apply,
    proofs,
    staff_apply,
    ticket_apply,
)
from app.sync import operations as ops
from app.sync.member_apply import Handler, Result
from app.sync.operations import OperationKind as K

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3  # after this many unexpected failures an operation is held for staff
BATCH_SIZE = 100  # operations a transaction (apply_batch)
BATCH_SECONDS = 2.0  # a batch takes no new operation after this long
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
    **mail.HANDLERS,  # "Send to my e-mail" (issue 19)
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


def _batch_query(dialect: str, size: int):
    query = (
        select(InboxOperation)
        .where(InboxOperation.state == InboxState.RECEIVED)
        .order_by(InboxOperation.id)
        .limit(size)
    )
    if dialect == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return query


def _read_afresh(state: ORMExecuteState) -> None:
    """The operations of a batch share one session, and each reads what it queries as the
    database has it now, as with a session of its own: what an operation before it changed
    (written first: autoflush), or the gatekeeper since (an online account's login count)."""
    if state.is_select and not (state.is_column_load or state.is_relationship_load):
        state.update_execution_options(populate_existing=True)


@dataclass(frozen=True)
class _Verdict:
    """What became of one operation of a batch: its inbox row is written from it (`_row`)
    with the batch's others, one statement for them all."""

    state: InboxState
    at: dt.datetime
    result: Result | None = None
    rejected: ops.OperationRejected | None = None
    held: str | None = None  # what could not be checked without trust roots
    failure: Exception | None = None

    def made(self) -> _Verdict:
        """With its result made, once the operation's rows are written (a new row's id)."""
        if not callable(self.result):
            return self
        return _Verdict(self.state, self.at, result=self.result())


def _checked(
    session: Session, operation: InboxOperation, at: dt.datetime, forms: SignedForms | None
) -> tuple[ops.Payload | None, _Verdict | None]:
    """Its payload, and its verdict when it may not be applied: its kind, payload, proof or
    signed form refused, or held for want of trust roots. Reads only: a refusal here has
    nothing to undo."""
    try:
        payload = ops.validate(operation.kind, operation.version, operation.payload)
        proofs.check_proof(
            session,
            operation,
            payload,
            trust_roots=forms.trust_roots if forms is not None else None,
            dialect=session.get_bind().dialect.name,
        )
        _check_signed_form(operation.kind, payload, forms)
    except ops.OperationRejected as exc:
        return None, _Verdict(InboxState.REJECTED, at, rejected=exc)
    except (FormsNotCheckable, proofs.ProofNotCheckable) as exc:
        what = "signed form" if isinstance(exc, FormsNotCheckable) else "card proof"
        return None, _Verdict(InboxState.HELD, at, held=what)
    return payload, None


def _database_gone(exc: Exception) -> bool:
    """The connection lost (or the server's OperationalError: a deadlock, a shutdown): nothing
    of the batch is applied, and the whole batch is tried again later."""
    return isinstance(exc, OperationalError) or (
        isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)
    )


def _try_alone(
    session: Session, operation: InboxOperation, at: dt.datetime, forms: SignedForms | None
) -> _Verdict:
    """Check and apply one operation in a SAVEPOINT of its own: its refusal or its defect
    rolls back its own work only. Raises when the database is gone."""
    try:
        with session.begin_nested():
            payload, verdict = _checked(session, operation, at, forms)
            if verdict is not None:
                return verdict
            result = HANDLERS[operation.kind](session, operation, payload, at)
            session.flush()
            return _Verdict(InboxState.APPLIED, at, result=result).made()
    except ops.OperationRejected as exc:
        return _Verdict(InboxState.REJECTED, at, rejected=exc)
    except Exception as exc:  # a defect in a handler: never loop on it, never drop it
        if _database_gone(exc):
            raise
        held = (operation.attempts or 0) + 1 >= MAX_ATTEMPTS
        return _Verdict(InboxState.HELD if held else InboxState.RECEIVED, at, failure=exc)


def _number_new_rows(session: Session) -> None:
    """Give the run's new rows their ids from their tables' sequences, one query a table, so
    that the flush sends each table's rows as one pipelined executemany of a short INSERT.

    Left to the flush, PostgreSQL's ids come back through RETURNING: SQLAlchemy then writes a
    run's rows as one INSERT … VALUES of up to 1,000 parameters, and psycopg re-parses such a
    statement at each execution (it caches only those of at most 50 parameters): a quarter of
    py-spy's samples of the worker (issue 18, tests/bench/sync.py); timed without the sampler,
    the worker is about 6% faster without it. PostgreSQL only: SQLite's ids come back without
    RETURNING anyway.
    """
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return
    waiting: dict[Table, list[tuple[object, str]]] = {}
    for instance in session.new:
        mapper = inspect(instance).mapper
        table = mapper.local_table
        if not isinstance(table, Table) or len(mapper.primary_key) != 1:
            continue
        column = mapper.primary_key[0]
        if table.autoincrement_column is not column:
            continue  # not a SERIAL or IDENTITY id
        key = mapper.get_property_by_column(column).key
        if getattr(instance, key) is None:
            waiting.setdefault(table, []).append((instance, key))
    for table, rows in waiting.items():
        if len(rows) < 2:
            continue  # one row: RETURNING costs no more than the query
        with session.no_autoflush:
            ids = session.scalars(
                text("SELECT nextval(pg_get_serial_sequence(:table, :column)) "
                     "FROM generate_series(1, :count)"),
                {"table": table.fullname, "column": table.autoincrement_column.name,
                 "count": len(rows)},
            ).all()  # fmt: skip
        # In the order they were added, as the flush would have numbered them.
        rows.sort(key=lambda row: inspect(row[0]).insert_order)
        for (instance, key), number in zip(rows, sorted(ids), strict=True):
            setattr(instance, key, number)


class _Batch:
    """A batch's operations, tried in their order within its transaction.

    In runs, each in one SAVEPOINT: the operations from the first not yet tried up to the next
    to be tried alone (or the batch's end), their rows written together when the run ends (an
    INSERT a table for the run, not statements each: a round trip each was most of the time an
    operation took). An operation refused by its checks (`_checked`) changed nothing, and the
    run goes on. One that fails in its handler, refused by a rule or by a defect, rolls its run
    back: the run is tried again without it, then it alone, in a savepoint of its own
    (`_try_alone`, as every operation was tried before batches), for its refusal or its attempt
    counted; nothing of the others is lost. A run whose writes fail together (a constraint) is
    tried again an operation at a time, each alone.

    Each operation's audit entry is written in its turn (the audit log keeps the operations'
    order), its inbox row with the batch's others at its end (`_row`)."""

    def __init__(
        self,
        session: Session,
        operations: list[InboxOperation],
        forms: SignedForms | None,
        now: Callable[[], dt.datetime],
    ):
        self.session = session
        self.operations = operations
        self.forms = forms
        self.now = now
        self.alone: set[int] = set()  # positions to try in a savepoint of their own
        self.rows: list[dict] = []  # the inbox rows of the operations tried, as they become
        self.ends = time.monotonic() + BATCH_SECONDS

    def apply(self) -> list[dict]:
        """The inbox rows of the operations tried, in order, as written (`_row`). The batch
        ends early at an operation that failed and is tried again later (nothing of its
        terminal after it is applied before it) and once BATCH_SECONDS have gone: what it
        left is still received, for the next."""
        position = 0
        while position < len(self.operations) and (position == 0 or not self._late()):
            if position not in self.alone:
                position = self._run(position)
                continue
            operation = self.operations[position]
            verdict = _try_alone(self.session, operation, self.now(), self.forms)
            _audit(self.session, operation, verdict)
            self.rows.append(_row(operation, verdict))
            position += 1
            if verdict.state == InboxState.RECEIVED:
                break
        if self.rows:  # one statement for them all: ORM bulk UPDATE by primary key
            self.session.execute(update(InboxOperation), self.rows)
        return self.rows

    def _late(self) -> bool:
        return time.monotonic() > self.ends

    def _run(self, start: int) -> int:
        """The operations from `start` in one savepoint: the position after them, or `start`
        again when one failed (marked to be tried alone, the run rolled back)."""
        run: list[tuple[InboxOperation, _Verdict]] = []
        position = start
        savepoint = self.session.begin_nested()
        try:
            while (
                position < len(self.operations)
                and position not in self.alone
                and not (run and self._late())
            ):
                blamed = [position]
                operation, at = self.operations[position], self.now()
                payload, verdict = _checked(self.session, operation, at, self.forms)
                if verdict is None:
                    result = HANDLERS[operation.kind](self.session, operation, payload, at)
                    verdict = _Verdict(InboxState.APPLIED, at, result=result)
                _audit(self.session, operation, verdict)
                run.append((operation, verdict))
                position += 1
            blamed = list(range(start, position))  # the run's writes: none in particular
            _number_new_rows(self.session)
            self.session.flush()
            run = [(operation, verdict.made()) for operation, verdict in run]
        except Exception as exc:
            if _database_gone(exc):
                raise
            savepoint.rollback()
            self.alone.update(blamed)
            return start
        savepoint.commit()
        self.rows.extend(_row(operation, verdict) for operation, verdict in run)
        return position


def _audit(session: Session, operation: InboxOperation, verdict: _Verdict) -> None:
    """The audit log's entry for an operation, beyond a staff action's own: a refused proof,
    a clerk's refused action, a member's change made at the counter."""
    if verdict.rejected is not None:
        code = verdict.rejected.code
        if code in proofs.PROOF_REASONS:
            proofs.audit_refusal(session, operation, code, verdict.at)
        else:
            staff_apply.audit_outcome(session, operation, applied=False, reason=code,
                                      at=verdict.at)  # fmt: skip
    elif verdict.state == InboxState.APPLIED:
        staff_apply.audit_outcome(session, operation, applied=True, at=verdict.at)


def _row(operation: InboxOperation, verdict: _Verdict) -> dict:
    """The operation's inbox row as its verdict leaves it: state, reason, result and time, or
    its attempt counted."""
    row = {
        "id": operation.id,
        "state": verdict.state,
        "reason": operation.reason,
        "detail": operation.detail,
        "result": operation.result,
        "applied_at": operation.applied_at,
        "attempts": operation.attempts or 0,
    }
    if verdict.failure is not None:
        row["attempts"] += 1
        # The driver's own message, without SQLAlchemy's dump of the statement's parameters.
        cause = getattr(verdict.failure, "orig", None) or verdict.failure
        row["detail"] = f"{type(cause).__name__}: {cause}"[:2000]
        # The log names the operation only: its payload is a member's data, kept out of logs.
        log.error("operation %s (%s) failed: %s", operation.operation_id, operation.kind,
                  type(cause).__name__)  # fmt: skip
        if verdict.state == InboxState.HELD:
            row["reason"] = "held"
    elif verdict.rejected is not None:
        row["reason"] = verdict.rejected.code
        row["detail"] = verdict.rejected.detail[:2000]
        row["applied_at"] = verdict.at
    elif verdict.held is not None:
        log.warning(
            "operation %s (%s) held: the worker has no trust roots to check its %s",
            operation.operation_id,
            operation.kind,
            verdict.held,
        )
        row["reason"] = "held"
        row["detail"] = f"no trust roots: the {verdict.held} cannot be checked"
    else:
        row["result"] = verdict.result
        row["applied_at"] = verdict.at
    return row


def apply_batch(
    engine: Engine,
    *,
    size: int = BATCH_SIZE,
    forms: SignedForms | None = None,
    now: Callable[[], dt.datetime] = utc_now,
) -> list[Outcome]:
    """Apply up to `size` of the oldest received operations in one transaction, in their
    order, each with its record; their outcomes (empty when none is waiting)."""
    # Nothing of the session is read after its commit: expiring it all would be work lost.
    with Session(writer(engine), expire_on_commit=False) as session, session.begin():
        event.listen(session, "do_orm_execute", _read_afresh)
        operations = list(session.scalars(_batch_query(engine.dialect.name, size)))
        proofs.read_visits(session, operations)
        rows = _Batch(session, operations, forms, now).apply()
        ids = {o.id: o.operation_id for o in operations}
        return [Outcome(str(ids[row["id"]]), row["state"], row["reason"]) for row in rows]


def apply_next(
    engine: Engine,
    *,
    now: Callable[[], dt.datetime] = utc_now,
    forms: SignedForms | None = None,
) -> Outcome | None:
    """Apply the oldest received operation alone, in a transaction of its own; None when
    there is none.

    `forms`: the trust roots a signed form's card signature, and a card proof, are checked
    against; without them an operation that needs one is held (kept for staff, never applied
    unchecked).
    """
    outcomes = apply_batch(engine, size=1, forms=forms, now=now)
    return outcomes[0] if outcomes else None


def apply_pending(
    engine: Engine,
    limit: int | None = None,
    *,
    forms: SignedForms | None = None,
    now: Callable[[], dt.datetime] = utc_now,
    batch: int = BATCH_SIZE,
) -> list[Outcome]:
    """Apply received operations, `batch` a transaction, until none is left (or `limit` were
    handled). A lost database raises, with the batches before it committed."""
    outcomes: list[Outcome] = []
    while limit is None or len(outcomes) < limit:
        size = batch if limit is None else min(batch, limit - len(outcomes))
        done = apply_batch(engine, size=size, forms=forms, now=now)
        if not done:
            break
        outcomes.extend(done)
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
