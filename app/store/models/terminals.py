"""What terminals send and who is at them: the inbox, the registered terminals and their
heartbeats, the visits the gatekeeper opens, its challenges and requests."""

from __future__ import annotations

import datetime as dt
import string
import uuid

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.codes import (
    InboxState,
)
from app.store.models.base import Base, Timestamp, code_enum

# The letters a kiosk's queue tickets may carry, as SQL ("'A', 'B', …"): migration 0017's CHECK.
TICKET_LETTERS = ", ".join(f"'{letter}'" for letter in string.ascii_uppercase)

# --- The inbox: every write a terminal makes arrives here first ------------------------------


class InboxOperation(Base):
    """An operation pushed by a terminal; the central worker applies or rejects it, once.

    `operation_id` is made on the terminal, so a second push of the same operation changes
    nothing. `terminal_seq` is the terminal's own order: one terminal's operations are applied in
    that order whatever its clock says (`created_at` is the terminal's clock, for display only).
    """

    __tablename__ = "inbox_operation"
    __table_args__ = (
        UniqueConstraint("terminal_id", "terminal_seq"),
        Index("ix_inbox_operation_state_id", "state", "id"),
        Index("ix_inbox_operation_member_received", "member_niss", "received_at"),
    )

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    operation_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    terminal_id: Mapped[str] = mapped_column(String(40))
    terminal_seq: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))
    actor: Mapped[str] = mapped_column(String(80))
    member_niss: Mapped[str | None] = mapped_column(String(11))
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    received_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    state: Mapped[InboxState] = mapped_column(code_enum(InboxState, "inbox_state"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str | None] = mapped_column(String(200))
    detail: Mapped[str | None] = mapped_column(Text)
    result: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))
    applied_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    # The database role that inserted it: on PostgreSQL a trigger writes the session's login
    # role whatever the INSERT said (migration 0006), so a staff action from a kiosk's role is
    # told apart; NULL on the embedded SQLite database, which has no roles.
    inserted_by: Mapped[str | None] = mapped_column(String(63))
    # The proof that a member's change comes from that member (app/sync/proofs.py): the visit
    # the central side opened, and a MAC with that visit's key or the card's signature.
    visit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    proof: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))


# --- Who is at a terminal: decided by the central side (app/gate) ----------------------------


class Terminal(Base):
    """A terminal or a counter, registered with its own database login
    (`guichet-central terminal add`)."""

    __tablename__ = "terminal"
    __table_args__ = (
        # One upper-case letter, one kiosk of an agency each (migration 0017): two kiosks on
        # one letter would print the same numbers. Listed, not a range: a collation may sort
        # "b" or "É" between "A" and "Z".
        CheckConstraint(f"ticket_letter IN ({TICKET_LETTERS})", name="ticket_letter"),
        Index(
            "ux_terminal_agency_ticket_letter",
            "agency_id",
            "ticket_letter",
            unique=True,
            postgresql_where=text("ticket_letter IS NOT NULL"),
            sqlite_where=text("ticket_letter IS NOT NULL"),
        ),
    )

    login_role: Mapped[str] = mapped_column(String(63), primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    kind: Mapped[str] = mapped_column(String(10))  # kiosk / counter
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    # The letter of its queue tickets ("B-017"), one per kiosk of an agency (migration 0017).
    ticket_letter: Mapped[str | None] = mapped_column(String(1))


class TerminalStatus(Base):
    """A terminal's last heartbeat, updated in place every minute by the terminal itself
    (`guichet_heartbeat(jsonb)` on PostgreSQL, migration 0009; app/services/fleet.py). Every
    time here is the central server's: the terminal sends ages, the server dates them."""

    __tablename__ = "terminal_status"

    login_role: Mapped[str] = mapped_column(
        ForeignKey("terminal.login_role", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[str | None] = mapped_column(String(40))
    started_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)  # this run of the program
    restarts: Mapped[int | None] = mapped_column(Integer)  # starts today since boot, minus one
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)  # last successful sync
    waiting: Mapped[int] = mapped_column(Integer)  # operations in its outbox, not yet settled
    oldest_waiting_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    reader_present: Mapped[bool | None] = mapped_column(Boolean)  # None: unknown
    # idle / processing / stopped (IPP printer-state), none (no printer), cups-down
    printer_state: Mapped[str] = mapped_column(String(20))
    # printer-state-reasons keyword → since when (ISO timestamp, the server's clock)
    printer_reasons: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))
    # [{"name", "type", "level", "low", "high"}]: IPP marker-* (levels in %, -1/-2/-3 unknown)
    supplies: Mapped[list | None] = mapped_column(JSON(none_as_null=True))
    disk_free_bytes: Mapped[int | None] = mapped_column(BigInteger)  # of the data dir
    reported_at: Mapped[dt.datetime] = mapped_column(Timestamp)


class Visit(Base):
    """A member (or a clerk on a member's file) at a terminal, opened by the central side once
    it verified who is there; a terminal's login reads a member's rows only within one."""

    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_login_role_closed", "login_role", "closed_at"),
        # the open visits alone: what every row-level security policy looks up (migration 0011)
        Index(
            "ix_visit_open_login_role",
            "login_role",
            postgresql_where=text("closed_at IS NULL"),
            sqlite_where=text("closed_at IS NULL"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    login_role: Mapped[str | None] = mapped_column(String(63))  # NULL on SQLite (no roles)
    terminal_id: Mapped[str] = mapped_column(String(40))
    niss: Mapped[str] = mapped_column(String(11))  # who was verified (or whose file a clerk opened)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    mode: Mapped[str] = mapped_column(String(20))  # eid / password / token / staff
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str | None] = mapped_column(String(200))  # a clerk's reason to consult
    key: Mapped[bytes] = mapped_column(LargeBinary)  # the operations' MAC key: never read back
    opened_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    expires_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    closed_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    close_reason: Mapped[str | None] = mapped_column(String(40))


class VisitPerson(Base):
    """Whom a visit lets the terminal read: the member and the dependants the rules let them see."""

    __tablename__ = "visit_person"

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True)


class VisitChallenge(Base):
    """A fresh random challenge for a card to sign: used once, within its lifetime."""

    __tablename__ = "visit_challenge"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    login_role: Mapped[str | None] = mapped_column(String(63))
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    issued_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    used_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)


class GateRequest(Base):
    """A terminal's question to the gatekeeper and its answer, gone once read. UNLOGGED on
    PostgreSQL: a password on its way to be checked is never written to the WAL."""

    __tablename__ = "gate_request"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    login_role: Mapped[str | None] = mapped_column(String(63))
    kind: Mapped[str] = mapped_column(String(30))
    body: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    answer: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))
    answered_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    # The asking connection (PostgreSQL backend and its start): only it takes the answer.
    asker_pid: Mapped[int | None] = mapped_column(Integer)
    asker_started: Mapped[dt.datetime | None] = mapped_column(Timestamp)
