"""What members ask for and what is sent to them: documents, orders, questions, the letters
waiting for the post, and requests to join."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.codes import (
    AffiliationStatus,
    AnswerChannel,
    Channel,
    DocumentDirection,
    Language,
    LetterKind,
    MemberRole,
    OrderKind,
    OrderStatus,
    RequestStatus,
    ResumptionStatus,
    Sex,
    Timeliness,
)
from app.store.models.base import Base, Timestamp, code_enum
from app.store.types import ExactDecimal

# --- Documents, orders, questions, letters and joining ------------------------------------


class Document(Base):
    """A document in the member's file: received from them or sent to them, signed or not.

    `member_id` is empty for a document from someone not yet a member (a signed affiliation
    request, linked from its `affiliation_request`); `content` holds the file itself when the
    mutuality keeps it (a signed form received at a terminal).
    """

    __tablename__ = "document"
    __table_args__ = (Index("ix_document_member_dated", "member_id", "dated_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    direction: Mapped[DocumentDirection] = mapped_column(
        code_enum(DocumentDirection, "document_direction")
    )
    dated_on: Mapped[dt.date] = mapped_column(Date)
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    operation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)


class DocumentOrder(Base):
    """A member's order of documents (stickers, envelopes, certificate form, EHIC)."""

    __tablename__ = "document_order"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index("ix_document_order_member_ordered", "member_id", "ordered_at"),
        Index("ix_document_order_status_ordered", "status", "ordered_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    for_member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    kind: Mapped[OrderKind] = mapped_column(code_enum(OrderKind, "order_kind"))
    quantity: Mapped[int] = mapped_column(Integer)
    channel: Mapped[Channel] = mapped_column(code_enum(Channel, "channel"))
    terminal: Mapped[str | None] = mapped_column(String(40))
    ordered_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    status: Mapped[OrderStatus] = mapped_column(code_enum(OrderStatus, "order_status"))
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    operation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)
    # Why it was refused (a code: cover_not_in_order, or the clerk's reason code).
    reason: Mapped[str | None] = mapped_column(String(200))
    # The clerk who took it, and when (the counter's queue).
    handled_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    handled_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)


class ContactRequest(Base):
    """A question a member asked, followed through its status history to an answer."""

    __tablename__ = "contact_request"
    __table_args__ = (
        Index("ix_contact_request_member_created", "member_id", "created_at"),
        Index("ix_contact_request_status_created", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    topic: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(200))
    message: Mapped[str] = mapped_column(Text)
    channel: Mapped[Channel] = mapped_column(code_enum(Channel, "channel"))
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    operation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)
    # How the member asked to be answered (None: asked before the choice existed).
    answer_by: Mapped[AnswerChannel | None] = mapped_column(
        code_enum(AnswerChannel, "answer_channel")
    )
    # The latest step of its history (the events), kept here for the counter's queue.
    status: Mapped[RequestStatus] = mapped_column(
        code_enum(RequestStatus, "request_status"), server_default=RequestStatus.RECEIVED.value
    )
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    events: Mapped[list[ContactRequestEvent]] = relationship(
        back_populates="request", order_by="ContactRequestEvent.at"
    )


class ContactRequestEvent(Base):
    """One step of a request's history: its new status, who moved it, and the answer if any."""

    __tablename__ = "contact_request_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("contact_request.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(Timestamp)
    status: Mapped[RequestStatus] = mapped_column(code_enum(RequestStatus, "request_status"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str | None] = mapped_column(Text)

    request: Mapped[ContactRequest] = relationship(back_populates="events")


class PostalLetter(Base):
    """A letter waiting for the post (or posted): an account's credentials, a new password.

    The PDF carries a password in clear: terminals never read this table; a counter's role
    does, for a supervisor to print the day's letters (the screen checks the supervisor, and
    each printing is audited); the PDF is erased once the letter is posted (`sent_on`), so a
    password lives in the database for the few days the letter waits, never longer.
    """

    __tablename__ = "postal_letter"
    __table_args__ = (Index("ix_postal_letter_sent_leaves", "sent_on", "leaves_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[LetterKind] = mapped_column(code_enum(LetterKind, "letter_kind"))
    language: Mapped[Language] = mapped_column(code_enum(Language, "language"))
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    leaves_on: Mapped[dt.date] = mapped_column(Date)  # 3 Belgian working days after creation
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)  # erased once posted
    operation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)


class MajorityNotice(Base):
    """A dependant who came of age, handled once by the majority job (app/sync/majority.py):
    their own account opened with its credentials letter (unless they had one), and the letter
    about the holder's access with the blocking form enclosed (unless the form was already
    received). `member_id` is unique: a second run, or two at once, adds nothing.

    The central side's own bookkeeping: no terminal or clerk login reads it (app/store/roles.py
    grants nothing on it).
    """

    __tablename__ = "majority_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), unique=True)
    majority_on: Mapped[dt.date] = mapped_column(Date)  # the day they came of age
    handled_on: Mapped[dt.date] = mapped_column(Date)  # the day the job ran for (Brussels)
    handled_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("online_account.id"))  # opened
    credentials_letter_id: Mapped[int | None] = mapped_column(ForeignKey("postal_letter.id"))
    access_letter_id: Mapped[int | None] = mapped_column(ForeignKey("postal_letter.id"))


class AffiliationRequest(Base):
    """A person's signed request to join, as a holder or as a dependant, until staff decide.

    The person is not a member yet: their identity is copied from their eID card here, and
    the signed form is a `document` without a member.
    """

    __tablename__ = "affiliation_request"
    __table_args__ = (
        CheckConstraint(
            "(role = 'holder' AND holder_member_id IS NULL)"
            " OR (role = 'dependant' AND holder_member_id IS NOT NULL)",
            name="role_holder",
        ),
        CheckConstraint("length(niss) = 11", name="niss_length"),
        Index("ix_affiliation_request_niss_status", "niss", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    niss: Mapped[str] = mapped_column(String(11))
    surname: Mapped[str] = mapped_column(String(120))
    first_names: Mapped[str] = mapped_column(String(120))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)  # a card may not give day or month
    sex: Mapped[Sex | None] = mapped_column(code_enum(Sex, "sex"))
    nationality: Mapped[str | None] = mapped_column(String(60))
    street_and_number: Mapped[str] = mapped_column(String(160))
    postcode: Mapped[str] = mapped_column(String(10))
    municipality: Mapped[str] = mapped_column(String(80))
    language: Mapped[Language] = mapped_column(code_enum(Language, "language"))
    role: Mapped[MemberRole] = mapped_column(code_enum(MemberRole, "member_role"))
    holder_member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    previous_mutuality: Mapped[str | None] = mapped_column(String(3))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    effective_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[Channel] = mapped_column(code_enum(Channel, "channel"))
    received_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    status: Mapped[AffiliationStatus] = mapped_column(
        code_enum(AffiliationStatus, "affiliation_status")
    )
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    operation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)


class PartialResumption(Base):
    """A request to work part time during an incapacity (travail autorisé / toegelaten arbeid):
    declared by the member (signed with the card at a terminal), decided by the medical
    adviser (domain.md §6, §13, §14)."""

    __tablename__ = "partial_resumption"
    __table_args__ = (
        Index("ix_partial_resumption_member_created", "member_id", "created_at"),
        Index("ix_partial_resumption_status_created", "status", "created_at"),
        CheckConstraint("work_hours > 0 AND work_hours < reference_hours", name="hours"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    incapacity_id: Mapped[int | None] = mapped_column(ForeignKey("incapacity.id"))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    work_hours: Mapped[Decimal] = mapped_column(ExactDecimal(scale=2))  # a week
    reference_hours: Mapped[Decimal] = mapped_column(ExactDecimal(scale=2))  # full time, a week
    employer: Mapped[str] = mapped_column(String(200))
    self_employed: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[Channel] = mapped_column(code_enum(Channel, "channel"))
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    reached_on: Mapped[dt.date] = mapped_column(Date)  # the day it reached the mutuality
    timeliness: Mapped[Timeliness] = mapped_column(code_enum(Timeliness, "timeliness"))
    status: Mapped[ResumptionStatus] = mapped_column(
        code_enum(ResumptionStatus, "resumption_status"),
        server_default=ResumptionStatus.RECEIVED.value,
    )
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str | None] = mapped_column(String(500))  # a refusal's, in words
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))  # signed form
    operation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)
