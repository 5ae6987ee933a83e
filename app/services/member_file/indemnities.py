"""Incapacity and invalidity: the periods, the medical adviser's convocations, the indemnities
paid and the next payment dates (published where the calendar has them, else expected)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, Engine, select

from app.domain.clock import brussels_time
from app.domain.codes import IncapacityPhase
from app.domain.payment_calendar import PayDate, calendar_for
from app.services.errors import reaching_central
from app.services.member_file.access import FileSession, _target
from app.store.models import (
    Agency,
    Incapacity,
    IndemnityPayment,
    MedicalConvocation,
    PaymentCalendar,
)


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
    published: bool  # False: an expected date (no published one yet): say so


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


def _month_start(day: dt.date, months: int) -> dt.date:
    """The first day of the month `months` away from `day`'s (negative: earlier)."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def next_pay_dates(
    connection: Connection,
    phase: str,
    today: dt.date,
    count: int,
    *,
    covering_from: dt.date | None = None,
) -> tuple[PayDate, ...]:
    """The next `count` payments of `phase` paid today or later, in order: the published date
    of a period where the calendar (`payment_calendar`) has one, the expected one otherwise
    (app/domain/payment_calendar.py). `covering_from`: only periods ending on or after it (the
    first paid day). One query."""
    first = _month_start(max(today, covering_from or today), -1)
    last = _month_start(first, count + 2) - dt.timedelta(days=1)
    published = [
        PayDate(str(r.phase), r.covers_from, r.covers_to, r.pay_on, True)
        for r in connection.execute(
            select(
                PaymentCalendar.phase,
                PaymentCalendar.covers_from,
                PaymentCalendar.covers_to,
                PaymentCalendar.pay_on,
            ).where(
                PaymentCalendar.phase == phase,
                PaymentCalendar.covers_from >= first,
                PaymentCalendar.covers_from <= last,
            )
        )
    ]
    dates = sorted(
        (
            d
            for d in calendar_for(phase, first, last, published)
            if d.pay_on >= today and (covering_from is None or d.covers_to >= covering_from)
        ),
        key=lambda d: (d.pay_on, d.covers_from),
    )
    return tuple(dates[:count])


def _next_payments(
    connection: Connection, phase: str, today: dt.date, count: int
) -> tuple[NextPayment, ...]:
    return tuple(
        NextPayment(d.phase, d.covers_from, d.covers_to, d.pay_on, d.published)
        for d in next_pay_dates(connection, phase, today, count)
    )


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
                scheduled_at=brussels_time(r.scheduled_at),
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
