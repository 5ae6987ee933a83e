"""The mutuality's organisation (federations, their dated rules, agencies), its members and
their online accounts."""

from __future__ import annotations

import datetime as dt
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
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.domain.codes import (
    AccountStatus,
    Language,
    LoginMode,
    MemberRole,
    MemberStatus,
    Sex,
)
from app.store.models.base import Base, Timestamp, code_enum
from app.store.types import ExactDecimal

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
    # The password in use came from a letter (credentials, or a forgotten password's): set at
    # the login that used it, cleared when the member chooses their own (issue 19).
    password_must_change: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )

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
