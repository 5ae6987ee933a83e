"""Accidents (domain.md §10, §14): the care that suggests one, the declarations the mutuality
asks for, and the detection runs that opened them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.codes import AccidentKind, AccidentStatus, Channel
from app.store.models.base import Base, Timestamp, code_enum


class AccidentRule(Base):
    """Care that suggests an accident, as dated data (no public INAMI list exists: each
    mutuality keeps its own). `codes`: groups separated by "+", codes within a group by ",";
    the rule matches when a beneficiary has a line of every group within `window_days` of the
    first. A federation's own rule has its federation; NULL applies to all."""

    __tablename__ = "accident_rule"
    __table_args__ = (
        UniqueConstraint("name", "federation_id", "valid_from"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="dates"),
        CheckConstraint("window_days >= 0", name="window"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    federation_id: Mapped[int | None] = mapped_column(ForeignKey("federation.id"))
    name: Mapped[str] = mapped_column(String(40))  # e.g. "emergency_admission"
    codes: Mapped[str] = mapped_column(String(400))
    window_days: Mapped[int] = mapped_column(Integer, default=0)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(200))


class AccidentDetectionRun(Base):
    """One run of the detection job over the reimbursement lines it had not read yet
    (ids above `from_line_id`, up to `to_line_id`)."""

    __tablename__ = "accident_detection_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    finished_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    from_line_id: Mapped[int] = mapped_column(Integer)  # exclusive
    to_line_id: Mapped[int] = mapped_column(Integer)  # inclusive
    lines_read: Mapped[int] = mapped_column(Integer, default=0)
    declarations_opened: Mapped[int] = mapped_column(Integer, default=0)


class AccidentDeclaration(Base):
    """A declaration the mutuality asks a member to return for a presumed accident: one per
    presumed date and detection (two detections of one accident: two declarations). Due on or
    after the day it was opened; once returned (received or handled), received on a day."""

    __tablename__ = "accident_declaration"
    __table_args__ = (
        Index("ix_accident_declaration_member_presumed", "member_id", "presumed_on"),
        Index("ix_accident_declaration_status_due", "status", "due_on"),
        CheckConstraint("due_on >= opened_on", name="due_after_opened"),
        CheckConstraint(
            "status = 'to_return' OR received_on IS NOT NULL", name="received_when_returned"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    presumed_on: Mapped[dt.date] = mapped_column(Date)  # the first care date that raised it
    opened_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)  # after it, the household's file is blocked
    run_id: Mapped[int | None] = mapped_column(ForeignKey("accident_detection_run.id"))
    status: Mapped[AccidentStatus] = mapped_column(
        code_enum(AccidentStatus, "accident_status"),
        server_default=AccidentStatus.TO_RETURN.value,
    )
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    channel: Mapped[Channel | None] = mapped_column(code_enum(Channel, "channel"))
    # What the member answered (a declaration returned at a terminal; a paper one keeps none).
    was_accident: Mapped[bool | None] = mapped_column(Boolean)
    kind: Mapped[AccidentKind | None] = mapped_column(code_enum(AccidentKind, "accident_kind"))
    happened_on: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(String(2000))
    third_party: Mapped[bool | None] = mapped_column(Boolean)
    third_party_name: Mapped[str | None] = mapped_column(String(200))
    third_party_address: Mapped[str | None] = mapped_column(String(300))
    insurer: Mapped[str | None] = mapped_column(String(200))
    policy_number: Mapped[str | None] = mapped_column(String(60))
    police_report: Mapped[str | None] = mapped_column(String(60))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))  # signed form
    operation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)
    registered_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # a paper one
    handled_on: Mapped[dt.date | None] = mapped_column(Date)
    handled_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    lines: Mapped[list[AccidentDeclarationLine]] = relationship(back_populates="declaration")


class AccidentDeclarationLine(Base):
    """A reimbursement line that raised a declaration, and the rule it matched: a line raises
    one declaration only (a unique index)."""

    __tablename__ = "accident_declaration_line"
    __table_args__ = (Index("ux_accident_declaration_line_line", "line_id", unique=True),)

    declaration_id: Mapped[int] = mapped_column(
        ForeignKey("accident_declaration.id"), primary_key=True
    )
    line_id: Mapped[int] = mapped_column(ForeignKey("reimbursement_line.id"), primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("accident_rule.id"))

    declaration: Mapped[AccidentDeclaration] = relationship(back_populates="lines")
