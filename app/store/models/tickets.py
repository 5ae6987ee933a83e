"""Queue tickets at a contact point: printed by its terminals, called by its counter desks.
Anonymous: a ticket names a service and a number, never a person."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.codes import ContactService, TicketStatus
from app.store.models.base import Base, Timestamp, code_enum


class QueueTicket(Base):
    """One ticket. Its number is the printing terminal's letter and its own count of the day
    ("B-017"), so two terminals of an agency never print the same one, even offline."""

    __tablename__ = "queue_ticket"
    __table_args__ = (
        UniqueConstraint("agency_id", "issued_on", "number"),
        Index("ix_queue_ticket_agency_day_status", "agency_id", "issued_on", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"))
    terminal: Mapped[str] = mapped_column(String(40))  # the registered name that pushed it
    number: Mapped[str] = mapped_column(String(8))
    service: Mapped[ContactService] = mapped_column(code_enum(ContactService, "contact_service"))
    issued_on: Mapped[dt.date] = mapped_column(Date)  # the Brussels day
    issued_at: Mapped[dt.datetime] = mapped_column(Timestamp)  # the terminal's clock
    received_at: Mapped[dt.datetime] = mapped_column(Timestamp)  # the central worker's
    status: Mapped[TicketStatus] = mapped_column(
        code_enum(TicketStatus, "ticket_status"), server_default=TicketStatus.WAITING.value
    )
    called_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    desk: Mapped[str | None] = mapped_column(String(40))
    called_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    done_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    operation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)
