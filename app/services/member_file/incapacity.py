"""My incapacity: the running (else the latest) period, its certificates and what they cover,
what the next certificate must say and by when, the indemnity estimate, the next payments and
the partial resumption requests; and the certificate checker with the member's own period.

Every rule's figure is the federation's dated parameter, read once per call through the
RuleBook (app/store/parameters.rule_book); the rules themselves are app/domain/incapacity.py's
and app/domain/indemnity_estimate.py's. One query per table: a member with ten years of
incapacity history opens the page as fast as one with a single period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, Engine, func, select

from app.domain.codes import CertificateKind, IncapacityPhase
from app.domain.incapacity import (
    CertificateCheck,
    NextCertificate,
    PreviousPeriod,
    check_certificate,
    expected_first_paid_day,
    first_declaration_deadline,
    next_certificate,
)
from app.domain.indemnity_estimate import Estimate, estimate
from app.domain.payment_calendar import PayDate
from app.services.errors import Refused, reaching_central
from app.services.member_file.access import FileSession, _target
from app.services.member_file.indemnities import IncapacityPeriod, _phase_on, next_pay_dates
from app.store.models import (
    Household,
    Incapacity,
    IncapacityCertificate,
    IndemnityPayment,
    Member,
    PartialResumption,
)
from app.store.parameters import rule_book

NO_INCAPACITY = "no_incapacity"
# How many payments ahead the page shows: two months of year-1 payments (twice a month), two
# of invalidity (once a month).
NEXT_PAYMENTS = {IncapacityPhase.PRIMARY.value: 4, IncapacityPhase.INVALIDITY.value: 2}


@dataclass(frozen=True)
class CertificateRow:
    kind: str  # CertificateKind value
    channel: str  # CertificateChannel value
    received_on: dt.date
    covers_from: dt.date
    covers_to: dt.date | None  # None: a resumption certificate (from that day on)
    doctor_name: str
    # Late: the indemnity is so much less (late_penalty_rate, 0.10) on the paid days from
    # late_from to late_until; None when it came in time (or cut no paid day).
    late_penalty_rate: Decimal | None = None
    late_from: dt.date | None = None
    late_until: dt.date | None = None


@dataclass(frozen=True)
class ResumptionRow:
    starts_on: dt.date
    work_hours: Decimal
    reference_hours: Decimal
    employer: str
    # ResumptionStatus value; in "My requests" also WAITING_HERE / ON_ITS_WAY
    # (app/services/requests.py): signed here, not reached the mutuality yet
    status: str
    timeliness: str | None  # Timeliness value; None: not reached yet
    reached_on: dt.date | None  # None: not reached yet
    decided_at: dt.datetime | None
    reason: str | None  # a refusal's, in words
    signed_on: dt.date | None = None  # not reached yet: the day the member signed it here


@dataclass(frozen=True)
class MyIncapacity:
    today: dt.date
    period: IncapacityPeriod | None  # the running one, else the latest; None: never
    running: bool
    certificates: tuple[CertificateRow, ...]  # of that period, oldest first
    days_covered: int  # calendar days of the period a certificate covers
    uncovered: tuple[tuple[dt.date, dt.date], ...]  # days no certificate covers (gaps)
    next_certificate: NextCertificate | None  # running only
    declaration_deadline: dt.date | None  # the first declaration's
    estimate_now: Estimate | None  # running only
    estimate_after_year: Estimate | None  # year 1 only: what invalidity would pay
    next_payments: tuple[PayDate, ...]  # published or expected (PayDate.published)
    resumptions: tuple[ResumptionRow, ...]  # newest first
    history: int  # how many earlier periods


# --- reading ---------------------------------------------------------------------------------


def _period(row, today: dt.date) -> IncapacityPeriod:
    return IncapacityPeriod(
        incapacity_id=row.id,
        work_status=str(row.work_status),
        started_on=row.started_on,
        ended_on=row.ended_on,
        declared_on=row.declared_on,
        invalidity_from=row.invalidity_from,
        late_penalty_rate=row.late_penalty_rate,
        phase=_phase_on(row, today),
    )


def _periods(connection: Connection, member_id: int):
    """Every incapacity of the member, newest first, each with the federation whose rules
    apply (`federation_id`): one query."""
    return connection.execute(
        select(Incapacity, Household.federation_id)
        .join(Member, Member.id == Incapacity.member_id)
        .join(Household, Household.id == Member.household_id)
        .where(Incapacity.member_id == member_id)
        .order_by(Incapacity.started_on.desc(), Incapacity.id.desc())
    ).all()


def _current(rows, today: dt.date):
    """(the running period's row, else the latest's, or None; running)."""
    for row in rows:
        if row.started_on <= today and (row.ended_on is None or row.ended_on >= today):
            return row, True
    return (rows[0] if rows else None), False


def _certificates(connection: Connection, incapacity_id: int) -> tuple[CertificateRow, ...]:
    return tuple(
        CertificateRow(
            kind=str(r.kind),
            channel=str(r.channel),
            received_on=r.received_on,
            covers_from=r.covers_from,
            covers_to=r.covers_to,
            doctor_name=r.doctor_name,
            late_penalty_rate=r.late_penalty_rate,
            late_from=r.late_from,
            late_until=r.late_until,
        )
        for r in connection.execute(
            select(
                IncapacityCertificate.kind,
                IncapacityCertificate.channel,
                IncapacityCertificate.received_on,
                IncapacityCertificate.covers_from,
                IncapacityCertificate.covers_to,
                IncapacityCertificate.doctor_name,
                IncapacityCertificate.late_penalty_rate,
                IncapacityCertificate.late_from,
                IncapacityCertificate.late_until,
            )
            .where(IncapacityCertificate.incapacity_id == incapacity_id)
            .order_by(IncapacityCertificate.covers_from, IncapacityCertificate.received_on)
        )
    )


def coverage(
    started_on: dt.date, ended_on: dt.date | None, certificates: tuple[CertificateRow, ...]
) -> tuple[int, tuple[tuple[dt.date, dt.date], ...], dt.date | None]:
    """(days covered, the gaps, the last day covered) from the period's start: every calendar
    day must be covered (domain.md §13); a resumption certificate covers nothing."""
    spans = sorted(
        (c.covers_from, c.covers_to)
        for c in certificates
        if c.kind != CertificateKind.RESUMPTION and c.covers_to is not None
    )
    covered = 0
    gaps: list[tuple[dt.date, dt.date]] = []
    next_day = started_on  # the first day not yet covered
    last: dt.date | None = None
    for start, end in spans:
        if ended_on is not None:
            end = min(end, ended_on)
        if end < next_day:
            continue
        if start > next_day:
            gaps.append((next_day, start - dt.timedelta(days=1)))
        start = max(start, next_day)
        covered += (end - start).days + 1
        next_day = end + dt.timedelta(days=1)
        last = end
    return covered, tuple(gaps), last


def _resumptions(connection: Connection, member_id: int) -> tuple[ResumptionRow, ...]:
    return tuple(
        ResumptionRow(
            starts_on=r.starts_on,
            work_hours=r.work_hours,
            reference_hours=r.reference_hours,
            employer=r.employer,
            status=str(r.status),
            timeliness=str(r.timeliness),
            reached_on=r.reached_on,
            decided_at=r.decided_at,
            reason=r.reason,
        )
        for r in connection.execute(
            select(
                PartialResumption.starts_on,
                PartialResumption.work_hours,
                PartialResumption.reference_hours,
                PartialResumption.employer,
                PartialResumption.status,
                PartialResumption.timeliness,
                PartialResumption.reached_on,
                PartialResumption.decided_at,
                PartialResumption.reason,
            )
            .where(PartialResumption.member_id == member_id)
            .order_by(PartialResumption.created_at.desc(), PartialResumption.id.desc())
        )
    )


def _federation_id(connection: Connection, member: Member) -> int:
    return connection.execute(
        select(Household.federation_id).where(Household.id == member.household_id)
    ).scalar_one()


def one_year_after(day: dt.date) -> dt.date:
    """The same day a year later (29 February: 1 March): invalidity follows a year of primary
    incapacity."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return dt.date(day.year + 1, 3, 1)


def _or_none(compute):
    """A figure the rules cannot give on that day (no row then: KeyError) is not shown."""
    try:
        return compute()
    except KeyError:
        return None


def _estimates(row, phase: str, today: dt.date, rules) -> tuple[Estimate | None, ...]:
    def on(day: dt.date, phase: str, invalidity_from: dt.date | None):
        return _or_none(
            lambda: estimate(
                on=day,
                phase=phase,
                work_status=str(row.work_status),
                started_on=row.started_on,
                invalidity_from=invalidity_from,
                gross_daily_wage=row.gross_daily_wage,
                family_situation=(
                    str(row.family_situation) if row.family_situation is not None else None
                ),
                regular_worker=row.regular_worker,
                rules=rules,
            )
        )

    now = on(today, phase, row.invalidity_from)
    after = None
    if phase == IncapacityPhase.PRIMARY:
        invalidity_from = row.invalidity_from or one_year_after(row.started_on)
        after = on(max(today, invalidity_from), IncapacityPhase.INVALIDITY.value, invalidity_from)
    return now, after


@reaching_central
def my_incapacity(
    central: Engine, session: FileSession, target_niss: str, today: dt.date
) -> MyIncapacity:
    """The "My incapacity" page of the member or of a dependant they may see (else
    Refused("not_allowed"))."""
    with central.connect() as connection:
        _viewer, target = _target(connection, session, target_niss, today)
        rows = _periods(connection, target.id)
        resumptions = _resumptions(connection, target.id)
        row, running = _current(rows, today)
        if row is None:
            return MyIncapacity(
                today, None, False, (), 0, (), None, None, None, None, (), resumptions, 0
            )
        period = _period(row, today)
        certificates = _certificates(connection, row.id)
        days, gaps, covered_until = coverage(row.started_on, row.ended_on, certificates)
        rules = rule_book(connection, federation_id=row.federation_id)
        deadline = _or_none(
            lambda: first_declaration_deadline(row.started_on, str(row.work_status), rules)
        )
        following = estimate_now = estimate_after = None
        payments: tuple[PayDate, ...] = ()
        if running and period.phase is not None:
            if covered_until is not None:
                following = _or_none(lambda: next_certificate(covered_until, rules))
            estimate_now, estimate_after = _estimates(row, period.phase, today, rules)
            first_paid = _or_none(
                lambda: expected_first_paid_day(row.started_on, str(row.work_status), rules)
            )
            if period.phase == IncapacityPhase.INVALIDITY:
                first_paid = row.invalidity_from
            payments = next_pay_dates(
                connection,
                period.phase,
                today,
                NEXT_PAYMENTS[period.phase],
                covering_from=first_paid,
            )
        return MyIncapacity(
            today=today,
            period=period,
            running=running,
            certificates=certificates,
            days_covered=days,
            uncovered=gaps,
            next_certificate=following,
            declaration_deadline=deadline,
            estimate_now=estimate_now,
            estimate_after_year=estimate_after,
            next_payments=payments,
            resumptions=resumptions,
            history=len(rows) - 1,
        )


# --- the certificate checker -----------------------------------------------------------------


def previous_period(row, certificates: tuple[CertificateRow, ...], on: dt.date, rules):
    """The PreviousPeriod the checker compares a new certificate with."""
    _days, _gaps, covered_until = coverage(row.started_on, row.ended_on, certificates)
    if row.ended_on is not None:
        covered_until = min(covered_until or row.ended_on, row.ended_on)
    phase = (
        IncapacityPhase.INVALIDITY.value
        if row.invalidity_from is not None and row.invalidity_from <= on
        else IncapacityPhase.PRIMARY.value
    )
    return PreviousPeriod(
        started_on=row.started_on,
        covered_until=covered_until,
        phase=phase,
        first_paid_day=expected_first_paid_day(row.started_on, str(row.work_status), rules),
    )


@reaching_central
def check_my_certificate(
    central: Engine,
    session: FileSession,
    target_niss: str,
    *,
    covers_from: dt.date | None,
    covers_to: dt.date | None,
    received_on: dt.date | None,
    electronic: bool,
    today: dt.date,
    work_status: str | None = None,
) -> CertificateCheck:
    """What a certificate would be for this member's running (else latest) period: first,
    prolongation, relapse or new, its deadline, late or not and what it costs, with their own
    work status, daily amount (the latest payment's) and household size.

    `received_on`: today when not given. `work_status`: for a first certificate of someone with
    no period here (else the period's); Refused("no_incapacity") when neither says it."""
    received_on = received_on or today
    with central.connect() as connection:
        _viewer, target = _target(connection, session, target_niss, today)
        rows = _periods(connection, target.id)
        row, _running = _current(rows, today)
        if row is None and work_status is None:
            raise Refused(NO_INCAPACITY)
        federation = row.federation_id if row is not None else _federation_id(connection, target)
        rules = rule_book(connection, federation_id=federation)
        previous = None
        if row is not None:
            previous = previous_period(
                row, _certificates(connection, row.id), covers_from or received_on, rules
            )
        daily = connection.execute(
            select(IndemnityPayment.daily_amount)
            .where(IndemnityPayment.member_id == target.id)
            .order_by(IndemnityPayment.paid_on.desc(), IndemnityPayment.covers_from.desc())
            .limit(1)
        ).scalar()
        members = connection.execute(
            select(func.count())
            .select_from(Member)
            .where(Member.household_id == target.household_id)
        ).scalar_one()
        return check_certificate(
            covers_from=covers_from,
            covers_to=covers_to,
            received_on=received_on,
            electronic=electronic,
            previous=previous,
            work_status=work_status or str(row.work_status),
            daily_amount=daily,
            household_members=members,
            rules=rules,
        )
