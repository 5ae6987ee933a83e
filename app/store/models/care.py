"""Cover and what it pays: the nomenclature and reimbursements, the GMD, incapacity of work
and its indemnities, the MAF, the young savers' accounts, the medical adviser's agreements."""

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
    String,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.codes import (
    AgeBand,
    AgreementDecision,
    CertificateChannel,
    CertificateKind,
    ConvocationStatus,
    FamilySituation,
    IncapacityPhase,
    MafKind,
    PaymentKind,
    ResumedAs,
    WorkStatus,
)
from app.store.models.base import Base, Timestamp, code_enum
from app.store.types import ExactDecimal, Money

# --- Nomenclature and reimbursements ------------------------------------------------------


def _byte_order(length: int) -> String:
    """Text compared byte by byte on PostgreSQL whatever the database's collation (migration
    0014): the search's prefix ranges (app/services/nomenclature.py) stop at the prefix with
    its last character raised, which an ICU or libc collation such as fr-BE sorts elsewhere
    ("ne{" before "nez"). SQLite compares bytes already."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class NomenclatureCode(Base):
    """An INAMI/RIZIV nomenclature code (a medical service that can be reimbursed).

    `category` is the program's own grouping (gp, dmg, specialist…: the DMG page reads "gp");
    the dates, group and chapter are NomenSoft's (NOMEN_DETAIL), empty for a code it never
    gave. German and English labels are the reference's own (NomenSoft has none): "" when
    missing, and the French or Dutch one is shown instead."""

    __tablename__ = "nomenclature_code"

    code: Mapped[str] = mapped_column(_byte_order(6), primary_key=True)
    category: Mapped[str] = mapped_column(String(20))
    label_fr: Mapped[str] = mapped_column(String(1000))
    label_nl: Mapped[str] = mapped_column(String(1000))
    label_de: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    # NomenSoft's NOMEN_DETAIL (migration 0014): dbegin, dend, nomen_grp_n, nomen_chap.
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    group_code: Mapped[str | None] = mapped_column(String(20))
    chapter: Mapped[str | None] = mapped_column(String(40))

    fees: Mapped[list[NomenclatureFee]] = relationship(back_populates="nomenclature")


class NomenclatureFee(Base):
    """A code's official fee and reimbursements from a date (ordinary/BIM, with/without DMG,
    for an age band; AgeBand.ALL when the reimbursement does not depend on age).

    A reimbursement is empty when the data give none for that case (the screens say so, they
    never guess one). A new fee from a date is a new row; the previous one is closed the day
    before (app/store/nomenclature_import.py)."""

    __tablename__ = "nomenclature_fee"
    __table_args__ = (
        UniqueConstraint("code", "valid_from", "with_dmg", "age_band"),
        CheckConstraint(
            "reimbursement_ordinary <= official_fee AND reimbursement_bim <= official_fee",
            name="reimbursement_within_fee",
        ),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), ForeignKey("nomenclature_code.code"))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    with_dmg: Mapped[bool] = mapped_column(Boolean)
    official_fee: Mapped[Decimal] = mapped_column(Money())
    reimbursement_ordinary: Mapped[Decimal | None] = mapped_column(Money())
    reimbursement_bim: Mapped[Decimal | None] = mapped_column(Money())
    source: Mapped[str | None] = mapped_column(String(200))
    # Migration 0014: the age band, and NomenSoft's reference of the text that set the
    # amounts (author_doc, "OA2025_362"), one or more.
    age_band: Mapped[AgeBand] = mapped_column(
        code_enum(AgeBand, "age_band"), server_default=AgeBand.ALL.value
    )
    author_doc: Mapped[str | None] = mapped_column(String(200))

    nomenclature: Mapped[NomenclatureCode] = relationship(back_populates="fees")


class NomenclatureWord(Base):
    """The search's word index: each word of a code's French and Dutch labels, folded to
    lower case without accents (app/store/nomenclature_import.py `words`); a prefix of a word
    is found by a range on the primary key."""

    __tablename__ = "nomenclature_word"

    word: Mapped[str] = mapped_column(_byte_order(60), primary_key=True)
    language: Mapped[str] = mapped_column(String(2), primary_key=True)
    code: Mapped[str] = mapped_column(
        String(6), ForeignKey("nomenclature_code.code"), primary_key=True, index=True
    )


class Payment(Base):
    """A transfer from the mutuality to a member's account, grouping reimbursement lines."""

    __tablename__ = "payment"
    __table_args__ = (Index("ix_payment_payee_processed", "payee_id", "processed_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    payee_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    kind: Mapped[PaymentKind] = mapped_column(code_enum(PaymentKind, "payment_kind"))
    processed_on: Mapped[dt.date] = mapped_column(Date)
    iban: Mapped[str] = mapped_column(String(34))
    communication: Mapped[str] = mapped_column(String(140))
    amount: Mapped[Decimal] = mapped_column(Money())

    lines: Mapped[list[ReimbursementLine]] = relationship(back_populates="payment")


class ReimbursementLine(Base):
    """One reimbursed service: for whom, by whom, official fee, supplement and reimbursement."""

    __tablename__ = "reimbursement_line"
    __table_args__ = (
        Index("ix_reimbursement_line_beneficiary_care", "beneficiary_id", "care_date"),
        CheckConstraint("abs(reimbursed) <= abs(official_fee)", name="reimbursed_within_fee"),
        CheckConstraint("supplement >= 0", name="supplement_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id"), index=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    care_date: Mapped[dt.date] = mapped_column(Date)
    provider_name: Mapped[str] = mapped_column(String(120))
    provider_inami: Mapped[str] = mapped_column(String(11))
    nomenclature_code: Mapped[str] = mapped_column(String(6), ForeignKey("nomenclature_code.code"))
    official_fee: Mapped[Decimal] = mapped_column(Money())
    supplement: Mapped[Decimal] = mapped_column(Money())
    reimbursed: Mapped[Decimal] = mapped_column(Money())

    payment: Mapped[Payment] = relationship(back_populates="lines")

    @property
    def personal_share(self) -> Decimal:
        """The ticket modérateur: official fee minus reimbursement (supplements are not in it)."""
        return self.official_fee - self.reimbursed


class Dmg(Base):
    """A global medical file (DMG/GMD) held by a GP, valid to 31 Dec of the 2nd year after."""

    __tablename__ = "dmg"
    __table_args__ = (Index("ix_dmg_member_valid", "member_id", "valid_until"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    doctor_name: Mapped[str] = mapped_column(String(120))
    doctor_inami: Mapped[str] = mapped_column(String(11))
    opened_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)


# --- Incapacity of work -------------------------------------------------------------------


class Incapacity(Base):
    """One incapacity file: primary incapacity, becoming invalidity after a year."""

    __tablename__ = "incapacity"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    work_status: Mapped[WorkStatus] = mapped_column(code_enum(WorkStatus, "work_status"))
    started_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    declared_on: Mapped[dt.date] = mapped_column(Date)
    invalidity_from: Mapped[dt.date | None] = mapped_column(Date)
    late_penalty_rate: Mapped[Decimal] = mapped_column(ExactDecimal(scale=4))
    relapse_of_id: Mapped[int | None] = mapped_column(ForeignKey("incapacity.id"))
    # What the indemnity is computed from (migration 0012): the gross daily wage the mutuality
    # established (before the ceiling), the family situation, a regular worker or not (the
    # minimum amounts differ). Empty when not known: the estimate then says so.
    gross_daily_wage: Mapped[Decimal | None] = mapped_column(Money())
    family_situation: Mapped[FamilySituation | None] = mapped_column(
        code_enum(FamilySituation, "family_situation")
    )
    regular_worker: Mapped[bool | None] = mapped_column(Boolean)
    # Set when the member declared their return (work or unemployment) with the end.
    resumed_as: Mapped[ResumedAs | None] = mapped_column(code_enum(ResumedAs, "resumed_as"))

    certificates: Mapped[list[IncapacityCertificate]] = relationship(back_populates="incapacity")
    payments: Mapped[list[IndemnityPayment]] = relationship(back_populates="incapacity")


class IncapacityCertificate(Base):
    """A medical certificate received for an incapacity (initial, prolongation, resumption)."""

    __tablename__ = "incapacity_certificate"
    __table_args__ = (
        Index(
            "ix_incapacity_certificate_unchecked",
            "received_on",
            postgresql_where=text("checked_on IS NULL"),
            sqlite_where=text("checked_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    incapacity_id: Mapped[int] = mapped_column(ForeignKey("incapacity.id"), index=True)
    # The member it concerns (migration 0012): the medical adviser's queue lists the unchecked
    # certificates with their member without reading the incapacity files.
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[CertificateKind] = mapped_column(code_enum(CertificateKind, "certificate_kind"))
    received_on: Mapped[dt.date] = mapped_column(Date)
    covers_from: Mapped[dt.date] = mapped_column(Date)
    covers_to: Mapped[dt.date | None] = mapped_column(Date)
    doctor_name: Mapped[str] = mapped_column(String(120))
    channel: Mapped[CertificateChannel] = mapped_column(
        code_enum(CertificateChannel, "certificate_channel"),
        server_default=CertificateChannel.PAPER.value,
    )
    # The medical adviser saw it (the queue's "received certificates" until then).
    checked_on: Mapped[dt.date | None] = mapped_column(Date)
    checked_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    operation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, unique=True)
    # A late certificate's own cut (domain.md §6, §14): late_declaration_penalty on the paid
    # days from the first it concerns to the day it arrived; None when on time. The period's
    # late_penalty_rate is its first declaration's only.
    late_penalty_rate: Mapped[Decimal | None] = mapped_column(ExactDecimal(scale=4))
    late_from: Mapped[dt.date | None] = mapped_column(Date)
    late_until: Mapped[dt.date | None] = mapped_column(Date)

    incapacity: Mapped[Incapacity] = relationship(back_populates="certificates")


class IndemnityPayment(Base):
    """An indemnity paid for a period of incapacity."""

    __tablename__ = "indemnity_payment"
    __table_args__ = (Index("ix_indemnity_payment_member_paid", "member_id", "paid_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    incapacity_id: Mapped[int] = mapped_column(ForeignKey("incapacity.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"))
    phase: Mapped[IncapacityPhase] = mapped_column(code_enum(IncapacityPhase, "incapacity_phase"))
    covers_from: Mapped[dt.date] = mapped_column(Date)
    covers_to: Mapped[dt.date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    daily_amount: Mapped[Decimal] = mapped_column(Money())
    gross: Mapped[Decimal] = mapped_column(Money())
    withholding: Mapped[Decimal] = mapped_column(Money())
    net: Mapped[Decimal] = mapped_column(Money())
    paid_on: Mapped[dt.date] = mapped_column(Date)
    iban: Mapped[str] = mapped_column(String(34))

    incapacity: Mapped[Incapacity] = relationship(back_populates="payments")


class PaymentCalendar(Base):
    """When indemnities for a period are paid (primary twice a month, invalidity monthly)."""

    __tablename__ = "payment_calendar"
    __table_args__ = (UniqueConstraint("phase", "covers_from"),)
    # Published dates only (`guichet-central import payment-calendar`); a month without one
    # shows an expected date, computed and marked as such (app/domain/incapacity.py).

    id: Mapped[int] = mapped_column(primary_key=True)
    phase: Mapped[IncapacityPhase] = mapped_column(code_enum(IncapacityPhase, "incapacity_phase"))
    covers_from: Mapped[dt.date] = mapped_column(Date)
    covers_to: Mapped[dt.date] = mapped_column(Date)
    pay_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(200))  # the publication it comes from


class MedicalConvocation(Base):
    """An appointment with the medical adviser (médecin-conseil / adviserend arts)."""

    __tablename__ = "medical_convocation"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    incapacity_id: Mapped[int | None] = mapped_column(ForeignKey("incapacity.id"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"))
    scheduled_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    adviser_name: Mapped[str] = mapped_column(String(120))
    status: Mapped[ConvocationStatus] = mapped_column(
        code_enum(ConvocationStatus, "convocation_status")
    )


# --- MAF ----------------------------------------------------------------------------------


class MafCeiling(Base):
    """A dated MAF ceiling: by income bracket (income), or the fixed social and child ceilings."""

    __tablename__ = "maf_ceiling"
    __table_args__ = (
        UniqueConstraint("kind", "valid_from", "income_from"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MafKind] = mapped_column(code_enum(MafKind, "maf_kind"))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    income_from: Mapped[Decimal] = mapped_column(Money())
    income_to: Mapped[Decimal | None] = mapped_column(Money())
    ceiling: Mapped[Decimal] = mapped_column(Money())
    source: Mapped[str | None] = mapped_column(String(200))


class MafCounter(Base):
    """A household's personal shares counted towards the MAF in a year, and what was refunded."""

    __tablename__ = "maf_counter"
    __table_args__ = (UniqueConstraint("household_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"))
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[MafKind] = mapped_column(code_enum(MafKind, "maf_kind"))
    ceiling: Mapped[Decimal] = mapped_column(Money())
    personal_shares: Mapped[Decimal] = mapped_column(Money())
    refunded: Mapped[Decimal] = mapped_column(Money())
    reached_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_on: Mapped[dt.date] = mapped_column(Date)


# --- Other advantages and files -----------------------------------------------------------


class YoungSaverAccount(Base):
    """A young savers' account (jeunes épargnants / jongerenspaarrekening), for ages 14 to 30."""

    __tablename__ = "young_saver_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), unique=True)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    balance: Mapped[Decimal] = mapped_column(Money())

    movements: Mapped[list[YoungSaverMovement]] = relationship(back_populates="account")


class YoungSaverMovement(Base):
    __tablename__ = "young_saver_movement"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("young_saver_account.id"), index=True)
    booked_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    label: Mapped[str] = mapped_column(String(120))

    account: Mapped[YoungSaverAccount] = relationship(back_populates="movements")


class MedicalAgreement(Base):
    """A medical adviser's agreement (accord / akkoord) for a treatment, with its validity."""

    __tablename__ = "medical_agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    reference: Mapped[str] = mapped_column(String(40))
    requested_on: Mapped[dt.date] = mapped_column(Date)
    decision: Mapped[AgreementDecision] = mapped_column(
        code_enum(AgreementDecision, "agreement_decision")
    )
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
