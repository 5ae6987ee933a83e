"""The central side's mail queue (issue 19): a document a member asked at a terminal to have sent
to the e-mail address on file, until the sender (app/sync/mail.py) hands it to the mail server.

Terminals' logins have no right on this table (it holds PDFs and addresses): a terminal learns
its visit's member's mail state through `guichet_mail_status(operation_id)` only (migration 0021).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import Base, Timestamp

MAIL_STATES = ("queued", "sent", "failed")  # failed: given up, with its reason


class MailMessage(Base):
    """One document to send: to whom (read from the member's file when the operation was
    applied, never from the terminal), in which language, the PDF until it is sent (then
    erased), and the sender's tries."""

    __tablename__ = "mail_queue"
    __table_args__ = (
        CheckConstraint("state IN ('queued', 'sent', 'failed')", name="state"),
        Index("ix_mail_queue_due", "state", "next_try_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    operation_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)  # the inbox operation's
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    to_address: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(2))
    document_kind: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(60))
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)  # erased (NULL) once sent
    state: Mapped[str] = mapped_column(String(10), default="queued")
    queued_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    last_error: Mapped[str | None] = mapped_column(String(300))
    sent_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    failed_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
