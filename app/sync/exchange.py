"""Moving operations between a terminal's outbox and the central inbox, and results back.

push:   pending outbox rows → central inbox (INSERT ... ON CONFLICT DO NOTHING on the operation id:
        a second push of the same operation changes nothing), then marked `sent` locally.
        Killed between the two steps, the next push sends them again, harmlessly.
pull:   for `sent` rows, the central state; settled ones (applied / rejected) take their result
        or reason, and their personal payload and proof are erased from the terminal.
reference: central reference tables copied into the terminal cache when their digest changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable

from sqlalchemy import Engine, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from app.domain.clock import utc_now
from app.domain.codes import InboxState, OutboxState
from app.store.models import (
    Agency,
    Federation,
    FederationParameter,
    InboxOperation,
    NomenclatureCode,
    NomenclatureFee,
    PaymentCalendar,
)
from app.sync.terminal import OutboxEntry, ReferenceCache, SyncState

REFERENCE_TABLES = (Federation, FederationParameter, Agency, NomenclatureCode, NomenclatureFee,
                    PaymentCalendar)  # fmt: skip


# Kinds whose payload the terminal erases as soon as the central inbox holds them.
ERASED_ON_PUSH = ("document.email",)


class SequenceConflict(RuntimeError):
    """The central inbox already holds another operation under this terminal's sequence number:
    the terminal's database was replaced without a new terminal id. Nothing is dropped: the
    operations stay pending and the error is shown until staff fix the terminal id."""


def _insert(engine: Engine):
    if engine.dialect.name == "postgresql":
        return postgresql.insert(InboxOperation).on_conflict_do_nothing()
    return sqlite.insert(InboxOperation).on_conflict_do_nothing()


def push(
    terminal: Engine, central: Engine, *, batch: int = 200, now: dt.datetime | None = None
) -> int:
    """Send up to `batch` pending operations, oldest first; returns how many went.

    `now`: when they arrive (the tests' clock). PostgreSQL's trigger writes its own."""
    with terminal.connect() as local:
        rows = local.execute(
            select(OutboxEntry)
            .where(OutboxEntry.state == OutboxState.PENDING)
            .order_by(OutboxEntry.seq)
            .limit(batch)
        ).all()
    if not rows:
        return 0
    received_at = now or utc_now()
    values = [
        {
            "operation_id": row.operation_id,
            "terminal_id": row.terminal_id,
            "terminal_seq": row.seq,
            "kind": row.kind,
            "version": row.version,
            "payload": row.payload,
            "actor": row.actor,
            "member_niss": row.member_niss,
            "created_at": row.created_at,
            "received_at": received_at,
            "state": InboxState.RECEIVED,
            "attempts": 0,
            "visit_id": row.visit_id,
            "proof": row.proof,
        }
        for row in rows
    ]
    ids = [row.operation_id for row in rows]
    try:
        with central.begin() as remote:
            remote.execute(_insert(central), values)
            stored = set(
                remote.execute(
                    select(InboxOperation.operation_id).where(InboxOperation.operation_id.in_(ids))
                ).scalars()
            )
    except SQLAlchemyError as exc:
        cause = getattr(exc, "orig", None) or exc
        with terminal.begin() as local:
            local.execute(
                update(OutboxEntry)
                .where(OutboxEntry.operation_id.in_(ids))
                .values(attempts=OutboxEntry.attempts + 1, last_error=type(cause).__name__)
            )
        raise
    missing = [i for i in ids if i not in stored]
    erased = 0
    with terminal.begin() as local:
        sent_ids = [i for i in ids if i in stored]
        if sent_ids:
            local.execute(
                update(OutboxEntry)
                .where(OutboxEntry.operation_id.in_(sent_ids))
                .where(OutboxEntry.state == OutboxState.PENDING)
                .values(state=OutboxState.SENT, sent_at=received_at)
            )
            # A document to send by e-mail (issue 19) leaves the terminal once the central side
            # holds it: its PDF is not kept until the result comes back.
            erased = local.execute(
                update(OutboxEntry)
                .where(OutboxEntry.operation_id.in_(sent_ids))
                .where(OutboxEntry.kind.in_(ERASED_ON_PUSH))
                .values(payload=None, proof=None)
            ).rowcount
        if missing:
            local.execute(
                update(OutboxEntry)
                .where(OutboxEntry.operation_id.in_(missing))
                .values(
                    attempts=OutboxEntry.attempts + 1,
                    last_error="sequence conflict in the central inbox",
                )
            )
    if sent_ids and erased:
        # The database is WAL: the erased PDF's old page stays in the write-ahead log until a
        # checkpoint; this one copies the pages back (secure_delete zeroes the freed space,
        # app/sync/terminal.py) and empties the log. A reader in the way only delays it.
        with terminal.connect() as local:
            local.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    if missing:
        raise SequenceConflict(f"{len(missing)} operation(s) refused: terminal sequence in use")
    return len(rows)


def pull_results(terminal: Engine, central: Engine, *, batch: int = 500) -> int:
    """Settle the `sent` operations the central worker has handled; returns how many."""
    with terminal.connect() as local:
        sent = list(
            local.execute(
                select(OutboxEntry.operation_id)
                .where(OutboxEntry.state == OutboxState.SENT)
                .order_by(OutboxEntry.seq)
                .limit(batch)
            ).scalars()
        )
    if not sent:
        return 0
    with central.connect() as remote:
        results = remote.execute(
            select(
                InboxOperation.operation_id,
                InboxOperation.state,
                InboxOperation.reason,
                InboxOperation.result,
            ).where(
                InboxOperation.operation_id.in_(sent),
                InboxOperation.state != InboxState.RECEIVED,
            )
        ).all()
    settled = 0
    now = utc_now()
    with terminal.begin() as local:
        for operation_id, state, reason, result in results:
            if state == InboxState.HELD:
                local.execute(
                    update(OutboxEntry)
                    .where(OutboxEntry.operation_id == operation_id)
                    .values(last_error="held by the central worker for staff")
                )
                continue
            local.execute(
                update(OutboxEntry)
                .where(OutboxEntry.operation_id == operation_id)
                .values(
                    state=OutboxState.APPLIED
                    if state == InboxState.APPLIED
                    else OutboxState.REJECTED,
                    reason=reason,
                    result=result,
                    settled_at=now,
                    payload=None,  # the member's data leaves the terminal once settled
                    member_niss=None,
                    proof=None,  # the card's certificate names its holder
                    last_error=None,
                )
            )
            settled += 1
    return settled


def _digest(rows: Iterable[dict]) -> str:
    text = json.dumps(list(rows), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def pull_reference(terminal: Engine, central: Engine) -> list[str]:
    """Refresh the cached reference tables whose content changed; returns their names."""
    changed = []
    now = utc_now()
    with central.connect() as remote:
        tables = {}
        for model in REFERENCE_TABLES:
            table = model.__table__
            order = list(table.primary_key.columns)
            rows = [
                {key: _jsonable(value) for key, value in row._mapping.items()}
                for row in remote.execute(select(table).order_by(*order))
            ]
            tables[table.name] = rows
    with terminal.begin() as local:
        current = dict(local.execute(select(ReferenceCache.name, ReferenceCache.digest)).all())
        for name, rows in tables.items():
            digest = _digest(rows)
            if current.get(name) == digest:
                continue
            local.execute(ReferenceCache.__table__.delete().where(ReferenceCache.name == name))
            local.execute(
                ReferenceCache.__table__.insert(),
                {"name": name, "digest": digest, "rows": rows, "fetched_at": now},
            )
            changed.append(name)
    return changed


def _jsonable(value):
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if hasattr(value, "as_tuple"):  # Decimal: exact, as text
        return str(value)
    return value


def record_state(terminal: Engine, key: str, value: str | None) -> None:
    with terminal.begin() as local:
        local.execute(SyncState.__table__.delete().where(SyncState.key == key))
        local.execute(
            SyncState.__table__.insert(), {"key": key, "value": value, "updated_at": utc_now()}
        )
