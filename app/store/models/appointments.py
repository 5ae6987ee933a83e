"""Appointments at an agency (domain.md §14): the slots its staff open per service, and what
members booked in them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    Uuid,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.codes import AppointmentStatus, Channel, ContactService
from app.store.models.base import Base, Timestamp, code_enum


class AppointmentSlot(Base):
    """A time an agency offers for one service. Readable by every terminal: `booked` (kept by
    the central worker) says it is taken, never by whom."""

    __tablename__ = "appointment_slot"
    __table_args__ = (
        UniqueConstraint("agency_id", "service", "starts_at"),
        CheckConstraint("minutes > 0 AND minutes <= 240", name="minutes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"))
    service: Mapped[ContactService] = mapped_column(code_enum(ContactService, "contact_service"))
    starts_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    minutes: Mapped[int] = mapped_column(Integer)
    booked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class Appointment(Base):
    """A member's appointment in a slot. At most one booked per slot (a unique index), so two
    members taking one slot at once: one of them is refused, nothing is booked twice."""

    __tablename__ = "appointment"
    __table_args__ = (
        Index(
            "ux_appointment_slot_booked",
            "slot_id",
            unique=True,
            postgresql_where=text("status = 'booked'"),
            sqlite_where=text("status = 'booked'"),
        ),
        Index("ix_appointment_member", "member_id", "booked_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("appointment_slot.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    status: Mapped[AppointmentStatus] = mapped_column(
        code_enum(AppointmentStatus, "appointment_status")
    )
    subject: Mapped[str | None] = mapped_column(String(200))
    channel: Mapped[Channel] = mapped_column(code_enum(Channel, "channel"))
    booked_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    booked_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # a clerk's
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"))
    operation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)
