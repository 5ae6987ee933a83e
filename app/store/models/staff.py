"""The mutuality's staff and the audit log of who did or saw what."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.codes import (
    StaffRole,
)
from app.store.models.base import Base, Timestamp, code_enum

# --- Staff and audit ----------------------------------------------------------------------


class Staff(Base):
    """A counter clerk or supervisor."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[StaffRole] = mapped_column(code_enum(StaffRole, "staff_role"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    # The same lockout as members' accounts (app/domain/lockout.py).
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    # The clerk's own PostgreSQL login (`guichet-central staff add`): the inbox's trigger names
    # it, and the central side trusts that name only. NULL on the embedded SQLite database.
    db_role: Mapped[str | None] = mapped_column(String(63), unique=True)
    # A medical adviser (médecin-conseil) decides partial resumptions and checks certificates
    # (migration 0012). On PostgreSQL the worker asks membership of guichet_advisers instead.
    medical_adviser: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class AuditEntry(Base):
    """Who did or saw what: every member file a clerk opens is recorded here."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_member_at", "member_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(Timestamp)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    terminal: Mapped[str | None] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    detail: Mapped[str | None] = mapped_column(Text)
