"""The member's file at the terminal: what a session may read, for whom, and contact changes.

Every read takes the `FileSession` it serves and the person whose data is asked for, and checks
the access rule (app/domain/access.py) first: a person the session may not see (a stranger, an
adult dependant who returned the blocking form) gets `Refused("not_allowed")`, whatever the
call. Reads return frozen dataclasses; money stays Decimal, positive and negative as booked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, select

from app.domain import phone as phone_rules
from app.domain.access import AccessReason, Party, decide
from app.domain.codes import (
    AgreementDecision,
    IncapacityPhase,
    Language,
    LoginMode,
    MemberRole,
)
from app.domain.iban import formatted_iban
from app.domain.membership import age_on
from app.services.errors import InvalidForm, Refused, reaching_central
from app.store.models import (
    Agency,
    Dmg,
    Document,
    Federation,
    Household,
    Incapacity,
    IndemnityPayment,
    Insurability,
    MafCounter,
    MedicalAgreement,
    MedicalConvocation,
    Member,
    NomenclatureCode,
    NomenclatureFee,
    Payment,
    PaymentCalendar,
    ReimbursementLine,
    YoungSaverAccount,
)
from app.store.parameters import federation_parameter
from app.sync import operations as ops
from app.sync.terminal import Outbox

DEFAULT_MAJORITY_AGE = 18
BRUSSELS = ZoneInfo("Europe/Brussels")
MAF_YEARS = 3
NOT_ALLOWED = "not_allowed"
# One message for a stranger and for a number, payment or document that does not exist, so
# that nothing (not even a log line) tells who is a member or what exists.
NOT_IN_FILE = "not in this file"


@dataclass(frozen=True)
class FileSession:
    """Whose session it is and how they logged in (a LoginMode value)."""

    niss: str
    login_mode: str

    def __post_init__(self) -> None:
        LoginMode(self.login_mode)  # ValueError for anything else


# --- Access -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    niss: str
    first_names: str
    last_name: str
    birth_date: dt.date
    role: str  # MemberRole value
    is_self: bool
    access: str  # AccessReason value: self / dependant_minor / dependant_adult


def _party(member: Member) -> Party:
    return Party(
        member.id, member.role, member.holder_id, member.birth_date, member.access_blocked_on
    )


def _member_by_niss(connection: Connection, niss: str) -> Member | None:
    return connection.execute(select(Member).where(Member.niss == niss)).first()


def _majority_age(connection: Connection, member: Member, today: dt.date) -> int:
    federation_id = connection.execute(
        select(Household.federation_id).where(Household.id == member.household_id)
    ).scalar_one()
    return int(
        federation_parameter(
            connection,
            "majority_age",
            on=today,
            federation_id=federation_id,
            default=DEFAULT_MAJORITY_AGE,
        )
    )


def _viewer(connection: Connection, session: FileSession, today: dt.date) -> Member:
    viewer = _member_by_niss(connection, session.niss)
    if viewer is None:
        raise Refused("unknown_member")
    decision = decide(
        _party(viewer), _party(viewer), today, _majority_age(connection, viewer, today)
    )
    if not decision.allowed:
        raise Refused(NOT_ALLOWED, decision.reason)
    return viewer


def _target(
    connection: Connection, session: FileSession, target_niss: str, today: dt.date
) -> tuple[Member, Member]:
    """(viewer, target) when the session may see the target, else Refused("not_allowed").

    An unknown national number is refused the same way: nobody learns who is a member.
    """
    viewer = _viewer(connection, session, today)
    target = viewer if target_niss == viewer.niss else _member_by_niss(connection, target_niss)
    if target is None:
        raise Refused(NOT_ALLOWED, NOT_IN_FILE)
    decision = decide(
        _party(viewer), _party(target), today, _majority_age(connection, target, today)
    )
    if decision.reason == AccessReason.STRANGER:
        raise Refused(NOT_ALLOWED, NOT_IN_FILE)
    if not decision.allowed:
        raise Refused(NOT_ALLOWED, decision.reason)
    return viewer, target


def _visible(connection: Connection, viewer: Member, today: dt.date) -> list[tuple[Member, str]]:
    """The viewer, then the dependants they may see, each with the reason."""
    people = [(viewer, AccessReason.SELF.value)]
    dependants = connection.execute(
        select(Member)
        .where(Member.holder_id == viewer.id, Member.role == MemberRole.DEPENDANT)
        .order_by(Member.birth_date, Member.id)
    ).all()
    for dependant in dependants:
        majority = _majority_age(connection, dependant, today)
        decision = decide(_party(viewer), _party(dependant), today, majority)
        if decision.allowed:
            people.append((dependant, decision.reason.value))
    return people


def _person(member: Member, reason: str) -> Person:
    return Person(
        niss=member.niss,
        first_names=member.first_names,
        last_name=member.last_name,
        birth_date=member.birth_date,
        role=str(MemberRole(member.role)),
        is_self=reason == AccessReason.SELF,
        access=reason,
    )


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


@reaching_central
def visible_people(central: Engine, session: FileSession, today: dt.date) -> list[Person]:
    """Oneself first, then the dependants this session may see today."""
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        return [_person(m, reason) for m, reason in _visible(connection, viewer, today)]


# --- My data ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Address:
    street: str
    house_number: str
    box: str | None
    postcode: str
    municipality: str
    country: str


@dataclass(frozen=True)
class InsurabilityPeriod:
    ct1: str
    ct2: str
    bim: bool
    valid_from: dt.date
    valid_to: dt.date | None


@dataclass(frozen=True)
class MyData:
    niss: str
    affiliation_number: str
    first_names: str
    last_name: str
    birth_date: dt.date
    language: str
    address: Address
    phone: str | None
    mobile: str | None
    email: str | None
    iban: str | None
    role: str  # holder / dependant
    status: str  # MemberStatus value
    federation_code: str
    federation_name: str  # in the member's language
    federation_names: dict[str, str]  # in each language, for a screen in another one
    holder_name: str | None  # for a dependant: through whom they are insured
    bim: bool  # on the day asked (the current insurability's CT1 ends in 1)
    cover_in_order: bool  # an insurability valid on the day asked
    current: InsurabilityPeriod | None
    insurability: tuple[InsurabilityPeriod, ...]  # newest first
    dependants: tuple[Person, ...]  # the ones this session may see


def _covers(period: InsurabilityPeriod, day: dt.date) -> bool:
    return period.valid_from <= day and (period.valid_to is None or period.valid_to >= day)


@reaching_central
def my_data(central: Engine, session: FileSession, today: dt.date) -> MyData:
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        people = _visible(connection, viewer, today)
        periods = tuple(
            InsurabilityPeriod(row.ct1, row.ct2, row.bim, row.valid_from, row.valid_to)
            for row in connection.execute(
                select(Insurability)
                .where(Insurability.member_id == viewer.id)
                .order_by(Insurability.valid_from.desc())
            )
        )
        current = next((p for p in periods if _covers(p, today)), None)
        federation = connection.execute(
            select(Federation)
            .join(Household, Household.federation_id == Federation.id)
            .where(Household.id == viewer.household_id)
        ).one()
        language = Language(viewer.language)
        holder_name = None
        if viewer.holder_id is not None:
            row = connection.execute(
                select(Member.first_names, Member.last_name).where(Member.id == viewer.holder_id)
            ).one()
            holder_name = f"{row.first_names} {row.last_name}"
        return MyData(
            niss=viewer.niss,
            affiliation_number=viewer.affiliation_number,
            first_names=viewer.first_names,
            last_name=viewer.last_name,
            birth_date=viewer.birth_date,
            language=language.value,
            address=Address(
                viewer.street,
                viewer.house_number,
                viewer.box,
                viewer.postcode,
                viewer.municipality,
                viewer.country,
            ),
            phone=viewer.phone,
            mobile=viewer.mobile,
            email=viewer.email,
            iban=viewer.iban,
            role=str(MemberRole(viewer.role)),
            status=str(viewer.status),
            federation_code=federation.code,
            federation_name=getattr(federation, f"name_{language.value}"),
            federation_names={
                code.value: getattr(federation, f"name_{code.value}") for code in Language
            },
            holder_name=holder_name,
            bim=bool(current and current.bim),
            cover_in_order=current is not None,
            current=current,
            insurability=periods,
            dependants=tuple(_person(m, reason) for m, reason in people[1:]),
        )


# --- Reimbursements and payments ----------------------------------------------------------


def personal_share(official_fee: Decimal, supplement: Decimal, reimbursement: Decimal) -> Decimal:
    """What the patient pays in the end: official fee + supplement − reimbursement.

    domain.md §3: a recognised GP without DMG, 25.68 € fee, 19.68 € reimbursed, no supplement
    → 6.00 €; a specialist asking a 10 € supplement on a 37.15 € fee reimbursed 25.15 € → 22.00 €.
    """
    return Decimal(official_fee) + Decimal(supplement) - Decimal(reimbursement)


@dataclass(frozen=True)
class Reimbursement:
    line_id: int
    beneficiary_niss: str
    beneficiary_name: str
    care_date: dt.date
    provider: str
    nomenclature_code: str
    label: str  # in the language asked for
    official_fee: Decimal
    supplement: Decimal
    reimbursed: Decimal
    personal_share: Decimal  # official fee + supplement − reimbursement (the calculator)
    payment_id: int
    processed_on: dt.date


@dataclass(frozen=True)
class ReimbursementPage:
    lines: tuple[Reimbursement, ...]
    after: tuple[dt.date, int] | None  # give it back as `after` for the next page; None = last


Order = Literal["care", "processing"]


def _label_column(language: str):
    return getattr(NomenclatureCode, f"label_{Language(language).value}")


def reimbursement_line_query(language: str):
    return (
        select(
            ReimbursementLine.id,
            ReimbursementLine.beneficiary_id,
            Member.niss,
            Member.first_names,
            Member.last_name,
            ReimbursementLine.care_date,
            ReimbursementLine.provider_name,
            ReimbursementLine.nomenclature_code,
            _label_column(language).label("label"),
            ReimbursementLine.official_fee,
            ReimbursementLine.supplement,
            ReimbursementLine.reimbursed,
            Payment.id.label("payment_id"),
            Payment.processed_on,
        )
        .join(Payment, Payment.id == ReimbursementLine.payment_id)
        .join(Member, Member.id == ReimbursementLine.beneficiary_id)
        .join(NomenclatureCode, NomenclatureCode.code == ReimbursementLine.nomenclature_code)
    )


def _reimbursement(row) -> Reimbursement:
    return Reimbursement(
        line_id=row.id,
        beneficiary_niss=row.niss,
        beneficiary_name=f"{row.first_names} {row.last_name}",
        care_date=row.care_date,
        provider=row.provider_name,
        nomenclature_code=row.nomenclature_code,
        label=row.label,
        official_fee=row.official_fee,
        supplement=row.supplement,
        reimbursed=row.reimbursed,
        personal_share=personal_share(row.official_fee, row.supplement, row.reimbursed),
        payment_id=row.payment_id,
        processed_on=row.processed_on,
    )


@reaching_central
def reimbursements(
    central: Engine,
    session: FileSession,
    target_niss: str | None,
    *,
    order: Order = "care",
    after: tuple[dt.date, int] | None = None,
    limit: int = 50,
    language: str = "fr",
    today: dt.date | None = None,
) -> ReimbursementPage:
    """One page of reimbursed services, newest first (by care date or by processing date).

    `target_niss` None: every person the session may see. Keyset paging: `after` is the
    previous page's `after`, so page 100 costs what page 1 does.
    """
    if order not in ("care", "processing"):
        raise ValueError(f"unknown order {order!r}")
    if limit < 1:
        raise ValueError(f"a page holds at least one line, not {limit}")
    today = _today(today)
    with central.connect() as connection:
        if target_niss is None:
            viewer = _viewer(connection, session, today)
            ids = [m.id for m, _reason in _visible(connection, viewer, today)]
        else:
            ids = [_target(connection, session, target_niss, today)[1].id]
        date_column = ReimbursementLine.care_date if order == "care" else Payment.processed_on
        query = (
            reimbursement_line_query(language)
            .where(ReimbursementLine.beneficiary_id.in_(ids))
            .order_by(date_column.desc(), ReimbursementLine.id.desc())
            .limit(limit)
        )
        if after is not None:
            day, line_id = after
            query = query.where(
                (date_column < day) | ((date_column == day) & (ReimbursementLine.id < line_id))
            )
        lines = tuple(_reimbursement(row) for row in connection.execute(query))
    following = None
    if len(lines) == limit:
        last = lines[-1]
        following = (last.care_date if order == "care" else last.processed_on, last.line_id)
    return ReimbursementPage(lines, following)


@dataclass(frozen=True)
class PaymentDetail:
    payment_id: int
    processed_on: dt.date
    nature: str  # PaymentKind value: reimbursement / maf_refund
    iban: str
    iban_formatted: str
    amount: Decimal
    communication: str
    services: tuple[Reimbursement, ...]  # the ones concerning people this session may see
    services_total: Decimal  # sum of their reimbursements


@reaching_central
def payment_detail(
    central: Engine,
    session: FileSession,
    payment_id: int,
    *,
    language: str = "fr",
    today: dt.date | None = None,
) -> PaymentDetail:
    """One payment and the services it paid; refused unless it concerns someone visible.

    Services of a person the session may not see (a blocked dependant's care paid to the
    holder's account) are left out of the list, of its total and of the amount told; the
    account is shown in full only when the payee is someone the session may see.
    """
    today = _today(today)
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        visible_ids = {m.id for m, _reason in _visible(connection, viewer, today)}
        payment = connection.execute(select(Payment).where(Payment.id == payment_id)).first()
        if payment is None:
            raise Refused(NOT_ALLOWED, NOT_IN_FILE)
        rows = connection.execute(
            reimbursement_line_query(language)
            .where(ReimbursementLine.payment_id == payment_id)
            .order_by(ReimbursementLine.care_date, ReimbursementLine.id)
        ).all()
        # A reimbursement concerns its patients; a payment without lines (a MAF refund), its payee.
        concerned = {r.beneficiary_id for r in rows} or {payment.payee_id}
        if not concerned & visible_ids:
            raise Refused(NOT_ALLOWED, NOT_IN_FILE)
        services = tuple(_reimbursement(r) for r in rows if r.beneficiary_id in visible_ids)
        services_total = sum((s.reimbursed for s in services), Decimal("0.00"))
        # Part of the transfer paid someone this session may not see: its whole amount would
        # give that person's reimbursements away (amount − the listed total), and the account
        # is the payee's. Only the visible part is told, and the account only to its owner.
        # On PostgreSQL row-level security already keeps the hidden lines from this query, so
        # the amount told is the visible lines' total whenever the payment has lines at all.
        hidden = bool(rows)
        own_account = payment.payee_id in visible_ids
        return PaymentDetail(
            payment_id=payment.id,
            processed_on=payment.processed_on,
            nature=str(payment.kind),
            iban=payment.iban if own_account else "",
            iban_formatted=formatted_iban(payment.iban) if own_account else _masked(payment.iban),
            amount=services_total if hidden else payment.amount,
            communication=payment.communication,
            services=services,
            services_total=services_total,
        )


def _masked(iban: str) -> str:
    """BE•• •••• •••• 7034: whose account it is stays between its owner and the mutuality."""
    compact = iban.replace(" ", "")
    return f"{compact[:2]}•• •••• •••• {compact[-4:]}" if len(compact) > 6 else "••••"


# --- Indemnities --------------------------------------------------------------------------


@dataclass(frozen=True)
class IncapacityPeriod:
    incapacity_id: int
    work_status: str
    started_on: dt.date
    ended_on: dt.date | None
    declared_on: dt.date
    invalidity_from: dt.date | None
    late_penalty_rate: Decimal
    phase: str | None  # IncapacityPhase on the day asked; None when the incapacity has ended


@dataclass(frozen=True)
class Convocation:
    scheduled_at: dt.datetime  # aware, in Belgian time (stored in UTC)
    adviser_name: str
    status: str  # ConvocationStatus value
    agency_name: str
    agency_address: str  # "street number, postcode municipality"


@dataclass(frozen=True)
class IndemnityLine:
    phase: str
    covers_from: dt.date
    covers_to: dt.date
    days: int
    daily_amount: Decimal
    gross: Decimal
    withholding: Decimal
    net: Decimal
    paid_on: dt.date
    iban: str


@dataclass(frozen=True)
class NextPayment:
    phase: str
    covers_from: dt.date
    covers_to: dt.date
    pay_on: dt.date


@dataclass(frozen=True)
class Indemnities:
    periods: tuple[IncapacityPeriod, ...]  # newest first
    convocations: tuple[Convocation, ...]  # next first, then the past ones newest first
    payments: tuple[IndemnityLine, ...]  # newest first
    next_payments: tuple[NextPayment, ...]  # for the running incapacity, from the calendar


def _phase_on(row, day: dt.date) -> str | None:
    if row.ended_on is not None and row.ended_on < day:
        return None
    if row.invalidity_from is not None and row.invalidity_from <= day:
        return IncapacityPhase.INVALIDITY.value
    return IncapacityPhase.PRIMARY.value


def _next_payments(
    connection: Connection, phase: str, today: dt.date, count: int
) -> tuple[NextPayment, ...]:
    rows = connection.execute(
        select(PaymentCalendar)
        .where(PaymentCalendar.phase == phase, PaymentCalendar.pay_on >= today)
        .order_by(PaymentCalendar.pay_on, PaymentCalendar.covers_from)
        .limit(count)
    )
    return tuple(NextPayment(str(r.phase), r.covers_from, r.covers_to, r.pay_on) for r in rows)


@reaching_central
def next_payment_dates(
    central: Engine, phase: str, today: dt.date, count: int = 2
) -> tuple[NextPayment, ...]:
    """The payment calendar's next dates (from `today` on) for a phase: reference data."""
    with central.connect() as connection:
        return _next_payments(connection, str(IncapacityPhase(phase)), today, count)


def _belgian_time(moment: dt.datetime) -> dt.datetime:
    """A stored moment (UTC; SQLite gives it back without its zone) as the member reads it."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(BRUSSELS)


@reaching_central
def indemnities(
    central: Engine, session: FileSession, target_niss: str, today: dt.date
) -> Indemnities:
    with central.connect() as connection:
        _viewer_row, target = _target(connection, session, target_niss, today)
        incapacities = connection.execute(
            select(Incapacity)
            .where(Incapacity.member_id == target.id)
            .order_by(Incapacity.started_on.desc())
        ).all()
        periods = tuple(
            IncapacityPeriod(
                incapacity_id=r.id,
                work_status=str(r.work_status),
                started_on=r.started_on,
                ended_on=r.ended_on,
                declared_on=r.declared_on,
                invalidity_from=r.invalidity_from,
                late_penalty_rate=r.late_penalty_rate,
                phase=_phase_on(r, today),
            )
            for r in incapacities
        )
        convocation_rows = connection.execute(
            select(
                MedicalConvocation.scheduled_at,
                MedicalConvocation.adviser_name,
                MedicalConvocation.status,
                Agency.name,
                Agency.street,
                Agency.house_number,
                Agency.postcode,
                Agency.municipality,
            )
            .join(Agency, Agency.id == MedicalConvocation.agency_id)
            .where(MedicalConvocation.member_id == target.id)
            .order_by(MedicalConvocation.scheduled_at.desc())
        ).all()
        convocations = [
            Convocation(
                scheduled_at=_belgian_time(r.scheduled_at),
                adviser_name=r.adviser_name,
                status=str(r.status),
                agency_name=r.name,
                agency_address=f"{r.street} {r.house_number}, {r.postcode} {r.municipality}",
            )
            for r in convocation_rows
        ]
        upcoming = sorted(
            (c for c in convocations if c.scheduled_at.date() >= today),
            key=lambda c: c.scheduled_at,
        )
        past = [c for c in convocations if c.scheduled_at.date() < today]
        payments = tuple(
            IndemnityLine(
                phase=str(r.phase),
                covers_from=r.covers_from,
                covers_to=r.covers_to,
                days=r.days,
                daily_amount=r.daily_amount,
                gross=r.gross,
                withholding=r.withholding,
                net=r.net,
                paid_on=r.paid_on,
                iban=r.iban,
            )
            for r in connection.execute(
                select(IndemnityPayment)
                .where(IndemnityPayment.member_id == target.id)
                .order_by(IndemnityPayment.paid_on.desc(), IndemnityPayment.covers_from.desc())
            )
        )
        running = {p.phase for p in periods if p.phase is not None}
        next_payments: tuple[NextPayment, ...] = ()
        for phase in sorted(running):
            next_payments += _next_payments(connection, phase, today, 2)
        return Indemnities(periods, tuple(upcoming + past), payments, next_payments)


# --- DMG ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DmgAdvantage:
    """What a GP consultation costs the patient without and with the DMG (official fees)."""

    nomenclature_code: str
    label: str
    official_fee: Decimal
    personal_share_without: Decimal
    personal_share_with: Decimal  # 0.00 for a BIM young person up to 24 (domain.md §3)


@dataclass(frozen=True)
class DmgFile:
    doctor_name: str
    doctor_inami: str
    opened_on: dt.date
    valid_until: dt.date
    valid: bool  # on the day asked


@dataclass(frozen=True)
class DmgInfo:
    current: DmgFile | None  # the latest one, valid or not; None when there never was one
    history: tuple[DmgFile, ...]  # newest first
    advantages: tuple[DmgAdvantage, ...]  # for this person's cover (ordinary or BIM)


GP_CODES = ("101032", "101076", "101010")


def _fee_on(connection: Connection, code: str, day: dt.date, with_dmg: bool):
    return connection.execute(
        select(NomenclatureFee)
        .where(
            NomenclatureFee.code == code,
            NomenclatureFee.with_dmg == with_dmg,
            NomenclatureFee.valid_from <= day,
            (NomenclatureFee.valid_to.is_(None)) | (NomenclatureFee.valid_to >= day),
        )
        .order_by(NomenclatureFee.valid_from.desc())
        .limit(1)
    ).first()


def _bim_on(connection: Connection, member_id: int, day: dt.date) -> bool:
    return bool(
        connection.execute(
            select(Insurability.bim)
            .where(
                Insurability.member_id == member_id,
                Insurability.valid_from <= day,
                (Insurability.valid_to.is_(None)) | (Insurability.valid_to >= day),
            )
            .order_by(Insurability.valid_from.desc())
            .limit(1)
        ).scalar()
    )


def _young_free_with_dmg(connection: Connection, member: Member, today: dt.date) -> bool:
    """domain.md §3: a BIM child or young person up to 24 (a dated parameter, from 1 October
    2023) pays no personal share at the GP when they have a DMG. The caller checks the BIM."""
    federation_id = connection.execute(
        select(Household.federation_id).where(Household.id == member.household_id)
    ).scalar_one()
    max_age = federation_parameter(
        connection, "bim_young_free_max_age", on=today, federation_id=federation_id, default=-1
    )
    return age_on(member.birth_date, today) <= max_age


@reaching_central
def dmg(
    central: Engine,
    session: FileSession,
    target_niss: str,
    today: dt.date,
    *,
    language: str = "fr",
) -> DmgInfo:
    with central.connect() as connection:
        _viewer_row, target = _target(connection, session, target_niss, today)
        history = tuple(
            DmgFile(
                r.doctor_name,
                r.doctor_inami,
                r.opened_on,
                r.valid_until,
                r.opened_on <= today <= r.valid_until,
            )
            for r in connection.execute(
                select(Dmg).where(Dmg.member_id == target.id).order_by(Dmg.opened_on.desc())
            )
        )
        bim = _bim_on(connection, target.id, today)
        free_with_dmg = bim and _young_free_with_dmg(connection, target, today)
        advantages = []
        for code in GP_CODES:
            without = _fee_on(connection, code, today, False)
            with_dmg = _fee_on(connection, code, today, True)
            if without is None or with_dmg is None:
                continue
            label = connection.execute(
                select(_label_column(language)).where(NomenclatureCode.code == code)
            ).scalar_one()
            column = "reimbursement_bim" if bim else "reimbursement_ordinary"
            advantages.append(
                DmgAdvantage(
                    code,
                    label,
                    without.official_fee,
                    without.official_fee - getattr(without, column),
                    Decimal("0.00")
                    if free_with_dmg
                    else with_dmg.official_fee - getattr(with_dmg, column),
                )
            )
        return DmgInfo(history[0] if history else None, history, tuple(advantages))


# --- MAF ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MafYear:
    year: int
    kind: str  # MafKind value
    ceiling: Decimal
    personal_shares: Decimal  # counted towards the ceiling
    refunded: Decimal
    still_due: Decimal  # above the ceiling and not refunded yet
    remaining: Decimal  # still to pay before the ceiling is reached (0 once it is)
    reached_on: dt.date | None
    updated_on: dt.date


@reaching_central
def maf(
    central: Engine, session: FileSession, target_niss: str, today: dt.date
) -> tuple[MafYear, ...]:
    """The household's MAF counters of the last 3 years (this year first)."""
    with central.connect() as connection:
        _viewer_row, target = _target(connection, session, target_niss, today)
        rows = connection.execute(
            select(MafCounter)
            .where(
                MafCounter.household_id == target.household_id,
                MafCounter.year > today.year - MAF_YEARS,
                MafCounter.year <= today.year,
            )
            .order_by(MafCounter.year.desc())
        ).all()
        zero = Decimal("0.00")
        return tuple(
            MafYear(
                year=r.year,
                kind=str(r.kind),
                ceiling=r.ceiling,
                personal_shares=r.personal_shares,
                refunded=r.refunded,
                still_due=max(zero, r.personal_shares - r.ceiling - r.refunded),
                remaining=max(zero, r.ceiling - r.personal_shares),
                reached_on=r.reached_on,
                updated_on=r.updated_on,
            )
            for r in rows
        )


# --- Young savers -------------------------------------------------------------------------


@dataclass(frozen=True)
class YoungSaver:
    niss: str
    name: str
    age: int
    has_account: bool
    opened_on: dt.date | None
    saved: Decimal
    still_possible: Decimal  # up to the account's ceiling


@reaching_central
def young_savers(central: Engine, session: FileSession, today: dt.date) -> tuple[YoungSaver, ...]:
    """The member and the dependants they may see who are of young-saver age (14 to 30)."""
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        result = []
        for person, _reason in _visible(connection, viewer, today):
            federation_id = connection.execute(
                select(Household.federation_id).where(Household.id == person.household_id)
            ).scalar_one()

            def parameter(name: str, default: str, federation_id=federation_id) -> Decimal:
                return federation_parameter(
                    connection,
                    name,
                    on=today,
                    federation_id=federation_id,
                    default=Decimal(default),
                )

            age = age_on(person.birth_date, today)
            if (
                not parameter("young_saver_min_age", "14")
                <= age
                <= parameter("young_saver_max_age", "30")
            ):
                continue
            ceiling = parameter("young_saver_max_balance", "500.00")
            account = connection.execute(
                select(YoungSaverAccount).where(
                    YoungSaverAccount.member_id == person.id,
                    YoungSaverAccount.closed_on.is_(None),
                )
            ).first()
            saved = account.balance if account is not None else Decimal("0.00")
            result.append(
                YoungSaver(
                    niss=person.niss,
                    name=f"{person.first_names} {person.last_name}",
                    age=age,
                    has_account=account is not None,
                    opened_on=account.opened_on if account is not None else None,
                    saved=saved,
                    still_possible=max(Decimal("0.00"), ceiling - saved),
                )
            )
        return tuple(result)


# --- Medical agreements -------------------------------------------------------------------


@dataclass(frozen=True)
class Agreement:
    kind: str
    reference: str
    requested_on: dt.date
    decision: str  # AgreementDecision value
    decided_on: dt.date | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    valid: bool  # granted and valid on the day asked


@reaching_central
def medical_agreements(
    central: Engine, session: FileSession, target_niss: str, today: dt.date
) -> tuple[Agreement, ...]:
    with central.connect() as connection:
        _viewer_row, target = _target(connection, session, target_niss, today)
        return tuple(
            Agreement(
                kind=r.kind,
                reference=r.reference,
                requested_on=r.requested_on,
                decision=str(r.decision),
                decided_on=r.decided_on,
                valid_from=r.valid_from,
                valid_to=r.valid_to,
                valid=r.decision == AgreementDecision.GRANTED
                and r.valid_from is not None
                and r.valid_from <= today
                and (r.valid_to is None or r.valid_to >= today),
            )
            for r in connection.execute(
                select(MedicalAgreement)
                .where(MedicalAgreement.member_id == target.id)
                .order_by(MedicalAgreement.requested_on.desc())
            )
        )


# --- My documents -------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentInfo:
    document_id: int
    kind: str
    title: str
    direction: str  # received (from the member) / sent (to the member)
    dated_on: dt.date
    signed: bool
    signed_on: dt.date | None
    has_content: bool  # the file itself is kept and can be opened


@dataclass(frozen=True)
class DocumentContent:
    document_id: int
    title: str
    content: bytes
    sha256: str


@reaching_central
def documents(
    central: Engine, session: FileSession, target_niss: str, today: dt.date
) -> tuple[DocumentInfo, ...]:
    """The documents in a person's file, newest first (metadata only)."""
    with central.connect() as connection:
        _viewer_row, target = _target(connection, session, target_niss, today)
        rows = connection.execute(
            select(
                Document.id,
                Document.kind,
                Document.title,
                Document.direction,
                Document.dated_on,
                Document.signed,
                Document.signed_on,
                Document.content.is_not(None).label("has_content"),
            )
            .where(Document.member_id == target.id)
            .order_by(Document.dated_on.desc(), Document.id.desc())
        )
        return tuple(
            DocumentInfo(
                r.id,
                r.kind,
                r.title,
                str(r.direction),
                r.dated_on,
                bool(r.signed),
                r.signed_on,
                bool(r.has_content),
            )
            for r in rows
        )


@reaching_central
def document_content(
    central: Engine, session: FileSession, document_id: int, today: dt.date
) -> DocumentContent:
    """The file of one document, when the session may see its owner and the file is kept."""
    with central.connect() as connection:
        owner = connection.execute(
            select(Member.niss)
            .join(Document, Document.member_id == Member.id)
            .where(Document.id == document_id)
        ).scalar()
        if owner is None:
            raise Refused(NOT_ALLOWED, NOT_IN_FILE)
        _target(connection, session, owner, today)
        row = connection.execute(
            select(Document.title, Document.content).where(Document.id == document_id)
        ).one()
        if row.content is None:
            raise Refused("document_not_kept", "only the document's description is kept")
        content = bytes(row.content)
        return DocumentContent(document_id, row.title, content, hashlib.sha256(content).hexdigest())


# --- Changing one's contact data ----------------------------------------------------------


@dataclass(frozen=True)
class Queued:
    operation_id: str


def _contact_problems(phone: str | None, mobile: str | None, email: str | None) -> dict[str, str]:
    problems = {}
    if phone_rules.phone_problem(phone):
        problems["phone"] = "invalid_phone"
    if problem := phone_rules.mobile_problem(mobile):
        problems["mobile"] = problem
    if ops.email_problem(email):
        problems["email"] = "invalid_email"
    if phone is None and mobile is None and email is None:
        problems["form"] = "nothing_to_change"
    return problems


def _clean(value: str | None) -> str | None:
    return value.strip() if value is not None else None


def change_contact(
    outbox: Outbox,
    session: FileSession,
    *,
    phone: str | None = None,
    mobile: str | None = None,
    email: str | None = None,
    actor: str = "member",
) -> Queued:
    """Queue new contact data for the session's own file.

    None keeps a value, "" clears it. Every problem is reported at once, as
    InvalidForm({"phone"|"mobile"|"email"|"form": code}).
    """
    phone, mobile, email = _clean(phone), _clean(mobile), _clean(email)
    if problems := _contact_problems(phone, mobile, email):
        raise InvalidForm(problems)
    payload = {"member_niss": session.niss, "phone": phone, "mobile": mobile, "email": email}
    operation_id = outbox.enqueue("member.contact.update", payload, actor=actor, version=2)
    return Queued(str(operation_id))
