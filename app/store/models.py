"""The central database's schema: the mutuality's members, their cover, payments and requests.

Money is Decimal (ExactDecimal); rules that change with time (ages, contributions, fees, ceilings,
payment dates) are dated rows, looked up for the date they apply to.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.domain.codes import (
    AccountStatus,
    AgreementDecision,
    AnswerChannel,
    CertificateKind,
    Channel,
    ConvocationStatus,
    DocumentDirection,
    InboxState,
    IncapacityPhase,
    Language,
    LoginMode,
    MafKind,
    MemberRole,
    MemberStatus,
    OrderKind,
    OrderStatus,
    PaymentKind,
    RequestStatus,
    Sex,
    StaffRole,
    WorkStatus,
)
from app.store.types import ExactDecimal, Money


class LetterKind(StrEnum):
    """A letter the mutuality posts because a terminal asked for it."""

    CREDENTIALS = "credentials"  # a new online account's username and initial password
    NEW_PASSWORD = "new_password"  # after "I forgot my password"


class AffiliationStatus(StrEnum):
    RECEIVED = "received"  # signed at a terminal or a counter, waiting for staff
    ACCEPTED = "accepted"
    REFUSED = "refused"


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def code_enum(enum_cls: type[StrEnum], name: str) -> Enum:
    """A closed list stored as its string values (VARCHAR + CHECK), the same on every backend."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda cls: [m.value for m in cls],
        validate_strings=True,
    )


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


Timestamp = DateTime(timezone=True)


# --- Organisation -------------------------------------------------------------------------


class Federation(Base):
    """A regional federation of the mutuality; some rules (majority age) differ per federation."""

    __tablename__ = "federation"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name_fr: Mapped[str] = mapped_column(String(120))
    name_nl: Mapped[str] = mapped_column(String(120))
    name_de: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))

    parameters: Mapped[list[FederationParameter]] = relationship(back_populates="federation")
    agencies: Mapped[list[Agency]] = relationship(back_populates="federation")


class FederationParameter(Base):
    """A dated value of one of a federation's rules (majority_age, holder_contribution, ...)."""

    __tablename__ = "federation_parameter"
    __table_args__ = (
        UniqueConstraint("federation_id", "name", "valid_from"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    federation_id: Mapped[int] = mapped_column(ForeignKey("federation.id"))
    name: Mapped[str] = mapped_column(String(40))
    value: Mapped[Decimal] = mapped_column(ExactDecimal(scale=4))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(200))

    federation: Mapped[Federation] = relationship(back_populates="parameters")


class Agency(Base):
    """A contact point (agence / kantoor) where members come to a counter or a terminal."""

    __tablename__ = "agency"

    id: Mapped[int] = mapped_column(primary_key=True)
    federation_id: Mapped[int] = mapped_column(ForeignKey("federation.id"), index=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    street: Mapped[str] = mapped_column(String(120))
    house_number: Mapped[str] = mapped_column(String(12))
    postcode: Mapped[str] = mapped_column(String(4))
    municipality: Mapped[str] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(20))
    opening_hours: Mapped[str | None] = mapped_column(String(200))

    federation: Mapped[Federation] = relationship(back_populates="agencies")


# --- Members ------------------------------------------------------------------------------


class Household(Base):
    """A holder and the people insured through them; the unit of the MAF and the contribution."""

    __tablename__ = "household"

    id: Mapped[int] = mapped_column(primary_key=True)
    federation_id: Mapped[int] = mapped_column(ForeignKey("federation.id"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    created_on: Mapped[dt.date] = mapped_column(Date)

    members: Mapped[list[Member]] = relationship(back_populates="household")
    federation: Mapped[Federation] = relationship()
    agency: Mapped[Agency] = relationship()


class Member(Base):
    """A person insured by the mutuality, as a holder or as a dependant of a holder."""

    __tablename__ = "member"
    __table_args__ = (
        CheckConstraint(
            "(role = 'holder' AND holder_id IS NULL)"
            " OR (role = 'dependant' AND holder_id IS NOT NULL)",
            name="role_holder",
        ),
        CheckConstraint("length(niss) = 11", name="niss_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    niss: Mapped[str] = mapped_column(String(11), unique=True)
    affiliation_number: Mapped[str] = mapped_column(String(20), unique=True)
    first_names: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    sex: Mapped[Sex] = mapped_column(code_enum(Sex, "sex"))
    language: Mapped[Language] = mapped_column(code_enum(Language, "language"))
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    role: Mapped[MemberRole] = mapped_column(code_enum(MemberRole, "member_role"))
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    status: Mapped[MemberStatus] = mapped_column(code_enum(MemberStatus, "member_status"))
    affiliated_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    # Address as in the National Register.
    street: Mapped[str] = mapped_column(String(120))
    house_number: Mapped[str] = mapped_column(String(12))
    box: Mapped[str | None] = mapped_column(String(12))
    postcode: Mapped[str] = mapped_column(String(10))
    municipality: Mapped[str] = mapped_column(String(80))
    country: Mapped[str] = mapped_column(String(2), default="BE")
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    mobile: Mapped[str | None] = mapped_column(String(20))
    iban: Mapped[str | None] = mapped_column(String(34))
    # Date the signed blocking form (formulaire de blocage) was received: from then on the holder
    # no longer sees this (adult) dependant's data.
    access_blocked_on: Mapped[dt.date | None] = mapped_column(Date)

    household: Mapped[Household] = relationship(back_populates="members")
    holder: Mapped[Member | None] = relationship(remote_side=[id], back_populates="dependants")
    dependants: Mapped[list[Member]] = relationship(back_populates="holder")
    insurability: Mapped[list[Insurability]] = relationship(back_populates="member")
    online_account: Mapped[OnlineAccount | None] = relationship(back_populates="member")


class Insurability(Base):
    """A dated insurability situation: the CT1/CT2 codes (last digit of CT1: 1 = BIM)."""

    __tablename__ = "insurability"
    __table_args__ = (
        UniqueConstraint("member_id", "valid_from"),
        CheckConstraint("length(ct1) = 3 AND length(ct2) = 3", name="codes"),
        CheckConstraint("bim = (substr(ct1, 3, 1) = '1')", name="bim_matches_ct1"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    ct1: Mapped[str] = mapped_column(String(3))
    ct2: Mapped[str] = mapped_column(String(3))
    bim: Mapped[bool] = mapped_column(Boolean)

    member: Mapped[Member] = relationship(back_populates="insurability")


# --- Online accounts (e-Mut) --------------------------------------------------------------


class OnlineAccount(Base):
    """A member's e-Mut account; the username is the NISS."""

    __tablename__ = "online_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), unique=True)
    username: Mapped[str] = mapped_column(String(11), unique=True)
    status: Mapped[AccountStatus] = mapped_column(code_enum(AccountStatus, "account_status"))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    # A "forgotten password" letter's password: the old one works until this one is first used.
    new_password_hash: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    activated_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    deactivated_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    deactivation_reason: Mapped[str | None] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(Timestamp)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(Timestamp)

    member: Mapped[Member] = relationship(back_populates="online_account")
    logins: Mapped[list[OnlineLogin]] = relationship(back_populates="account")


class OnlineLogin(Base):
    """One successful login and how it was made: bank details change only after eID or token."""

    __tablename__ = "online_login"
    __table_args__ = (Index("ix_online_login_account_at", "account_id", "logged_in_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("online_account.id"))
    mode: Mapped[LoginMode] = mapped_column(code_enum(LoginMode, "login_mode"))
    logged_in_at: Mapped[dt.datetime] = mapped_column(Timestamp)
    terminal: Mapped[str | None] = mapped_column(String(40))

    account: Mapped[OnlineAccount] = relationship(back_populates="logins")


# --- Nomenclature and reimbursements ------------------------------------------------------


class NomenclatureCode(Base):
    """An INAMI/RIZIV nomenclature code (a medical service that can be reimbursed)."""

    __tablename__ = "nomenclature_code"

    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    category: Mapped[str] = mapped_column(String(20))
    label_fr: Mapped[str] = mapped_column(String(200))
    label_nl: Mapped[str] = mapped_column(String(200))
    label_de: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))

    fees: Mapped[list[NomenclatureFee]] = relationship(back_populates="nomenclature")


class NomenclatureFee(Base):
    """A code's official fee and reimbursements from a date (ordinary/BIM, with/without DMG)."""

    __tablename__ = "nomenclature_fee"
    __table_args__ = (
        UniqueConstraint("code", "valid_from", "with_dmg"),
        CheckConstraint(
            "reimbursement_ordinary <= official_fee AND reimbursement_bim <= official_fee",
            name="reimbursement_within_fee",
        ),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(ForeignKey("nomenclature_code.code"))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    with_dmg: Mapped[bool] = mapped_column(Boolean)
    official_fee: Mapped[Decimal] = mapped_column(Money())
    reimbursement_ordinary: Mapped[Decimal] = mapped_column(Money())
    reimbursement_bim: Mapped[Decimal] = mapped_column(Money())
    source: Mapped[str | None] = mapped_column(String(200))

    nomenclature: Mapped[NomenclatureCode] = relationship(back_populates="fees")


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
    nomenclature_code: Mapped[str] = mapped_column(ForeignKey("nomenclature_code.code"))
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

    certificates: Mapped[list[IncapacityCertificate]] = relationship(back_populates="incapacity")
    payments: Mapped[list[IndemnityPayment]] = relationship(back_populates="incapacity")


class IncapacityCertificate(Base):
    """A medical certificate received for an incapacity (initial, prolongation, resumption)."""

    __tablename__ = "incapacity_certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    incapacity_id: Mapped[int] = mapped_column(ForeignKey("incapacity.id"), index=True)
    kind: Mapped[CertificateKind] = mapped_column(code_enum(CertificateKind, "certificate_kind"))
    received_on: Mapped[dt.date] = mapped_column(Date)
    covers_from: Mapped[dt.date] = mapped_column(Date)
    covers_to: Mapped[dt.date | None] = mapped_column(Date)
    doctor_name: Mapped[str] = mapped_column(String(120))

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

    id: Mapped[int] = mapped_column(primary_key=True)
    phase: Mapped[IncapacityPhase] = mapped_column(code_enum(IncapacityPhase, "incapacity_phase"))
    covers_from: Mapped[dt.date] = mapped_column(Date)
    covers_to: Mapped[dt.date] = mapped_column(Date)
    pay_on: Mapped[dt.date] = mapped_column(Date)


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

    login_role: Mapped[str] = mapped_column(String(63), primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    kind: Mapped[str] = mapped_column(String(10))  # kiosk / counter
    created_at: Mapped[dt.datetime] = mapped_column(Timestamp)


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
    __table_args__ = (Index("ix_visit_login_role_closed", "login_role", "closed_at"),)

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
