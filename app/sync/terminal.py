"""The terminal's own database: its outbox, its reference-data cache and its sync state.

One SQLite file per terminal, in WAL mode, with its own Alembic migrations. It holds no member
file: an operation's personal payload (and its proof, which names the card's holder) is erased
once the central side has settled it (applied or rejected); its id, kind, state and reason
stay, so nothing is lost and nothing lingers.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    Date,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Text,
    Uuid,
    event,
    func,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.domain.clock import utc_now
from app.domain.codes import OutboxState
from app.store import migrate
from app.store.db import make_engine
from app.store.models import NAMING, code_enum
from app.sync import operations as ops
from app.sync import proofs

TERMINAL_MIGRATIONS = Path(__file__).parent / "migrations" / "terminal"
Timestamp = DateTime(timezone=True)


class TerminalBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class OutboxEntry(TerminalBase):
    """An operation made on this terminal, from the moment it is queued until it is settled."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    operation_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    kind: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))  # erased once settled
    actor: Mapped[str] = mapped_column(String(80))
    member_niss: Mapped[str | None] = mapped_column(String(11))  # erased once settled
    terminal_id: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    state: Mapped[OutboxState] = mapped_column(code_enum(OutboxState, "outbox_state"), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    settled_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    reason: Mapped[str | None] = mapped_column(String(200))
    result: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))
    # The visit it was made in and its proof (app/sync/proofs.py); the proof is erased once
    # settled (it holds the card's certificate when the card signed).
    visit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    proof: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))


class ReferenceCache(TerminalBase):
    """A copy of one central reference table (agencies, fees, calendar...), with its watermark."""

    __tablename__ = "reference_cache"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))  # sha256 of the rows: the watermark
    rows: Mapped[list] = mapped_column(JSON(none_as_null=True))
    fetched_at: Mapped[dt.datetime] = mapped_column(Timestamp)


class SyncState(TerminalBase):
    """Small facts about the exchange with the central database (last success, last error)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(Timestamp)


class TicketCounter(TerminalBase):
    """The last queue ticket number this terminal printed on a day (app/services/tickets.py):
    raised in the transaction that queues the ticket, so a crash never reuses one."""

    __tablename__ = "ticket_counter"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)  # the Brussels day
    last: Mapped[int] = mapped_column(Integer)


def open_terminal_db(path: Path | str) -> Engine:
    """The terminal's database at `path`, created or migrated to the current schema."""
    url = "sqlite://" if str(path) == ":memory:" else f"sqlite:///{path}"
    engine = make_engine(url)

    @event.listens_for(engine, "connect")
    def _secure_delete(dbapi_connection, _record) -> None:
        # What a member queued (a document to e-mail, a signed form, a question) is deleted
        # from the outbox once the central side holds it: overwritten with zeros, so that the
        # file's free pages keep nothing of them for whoever takes the terminal's disk.
        # Debian's SQLite is built with it on; said here, it does not depend on the build.
        dbapi_connection.execute("PRAGMA secure_delete=ON")

    migrate.upgrade(engine, location=TERMINAL_MIGRATIONS)
    return engine


class Outbox:
    """Queue operations on this terminal; the sync worker takes them to the central inbox.

    `prover`: set by the session while a visit is open (or a card signs offline), cleared when
    it ends; a member's operation queued meanwhile carries its proof. Without one it carries
    none, and the central worker refuses it (`no_proof`) unless it needs none by its nature.
    """

    def __init__(self, engine: Engine, terminal_id: str):
        self.engine = engine
        self.terminal_id = terminal_id
        self.prover: proofs.Prover | None = None

    def enqueue(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        actor: str,
        version: int | None = None,
        connection: Connection | None = None,
        now: dt.datetime | None = None,
    ) -> uuid.UUID:
        """Validate and queue one operation; give `connection` to join a larger transaction.

        Raises OperationRejected at once when the payload is not valid: the member corrects it
        at the terminal instead of learning later that it was refused.
        """
        version = version or ops.latest_version(kind)
        model = ops.validate(kind, version, payload)
        operation_id = uuid.uuid4()
        content = model.model_dump(mode="json")
        visit_id = proof = None
        prover = self.prover
        if prover is not None and proofs.needs_member_proof(kind, content):
            visit_id = prover.visit_id
            proof = prover.prove(
                proofs.canonical(
                    operation_id=operation_id,
                    kind=kind,
                    version=version,
                    payload=content,
                    member_niss=model.member_niss,
                    actor=actor,
                    visit_id=visit_id,
                )
            )
        row = {
            "operation_id": operation_id,
            "kind": kind,
            "version": version,
            "payload": content,
            "actor": actor,
            "member_niss": model.member_niss,
            "terminal_id": self.terminal_id,
            "created_at": now or utc_now(),
            "state": OutboxState.PENDING,
            "attempts": 0,
            "visit_id": visit_id,
            "proof": proof,
        }
        table = OutboxEntry.__table__
        if connection is not None:
            connection.execute(table.insert(), row)
        else:
            with self.engine.begin() as own:
                own.execute(table.insert(), row)
        return operation_id

    def pending_count(self) -> int:
        """Operations not yet settled by the central side (queued or sent)."""
        with self.engine.connect() as connection:
            return connection.execute(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.state.in_((OutboxState.PENDING, OutboxState.SENT)))
            ).scalar_one()

    def unsettled(self, member_niss: str, kinds: Collection[str]) -> list[OutboxEntry]:
        """This member's operations of `kinds` not yet settled centrally (waiting here, or sent
        and not applied yet), newest first: what "My orders" shows as on its way."""
        from sqlalchemy.orm import Session

        with Session(self.engine) as session:
            return list(
                session.scalars(
                    select(OutboxEntry)
                    .where(
                        OutboxEntry.member_niss == member_niss,
                        OutboxEntry.kind.in_(tuple(kinds)),
                        OutboxEntry.state.in_((OutboxState.PENDING, OutboxState.SENT)),
                    )
                    .order_by(OutboxEntry.seq.desc())
                )
            )

    def entry(self, operation_id: uuid.UUID) -> OutboxEntry | None:
        from sqlalchemy.orm import Session

        with Session(self.engine) as session:
            seq = self._seq(session, operation_id)
            return session.get(OutboxEntry, seq) if seq is not None else None

    @staticmethod
    def _seq(session, operation_id: uuid.UUID) -> int | None:
        return session.scalar(
            select(OutboxEntry.seq).where(OutboxEntry.operation_id == operation_id)
        )
