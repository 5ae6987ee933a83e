"""When indemnities are paid: the published calendar first, an expected date otherwise.

The payment dates are published (INAMI / CAAMI-HZIV, domain.md §14): the central database holds
them as imported (`guichet-central import payment-calendar`). A period with no published date
gets an *expected* date from the rule below, and whoever shows it says it is expected. The rule
follows the 2025 national calendar's pattern: year 1 is paid twice a month, days 1–15 on the
first working day from the 16th (16/01/2025; the calendar paid 18/02 and 18/12, one and two days
later) and days 16–end on the first working day from the 4th of the next month (04/02,
04/03/2025); invalidity once a month, two working days before its last working day (29/01,
26/02, 27/03, 28/04/2025), in December before the holidays (19/12/2025). Every expected date
falls within two days of the 2025 calendar's (tests/unit/test_payment_calendar.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.codes import IncapacityPhase
from app.domain.workdays import last_working_day_of_month, next_working_day, working_days_back

SECOND_HALF_PAID_ON_DAY = 4  # of the next month (04/02, 04/03/2025)


@dataclass(frozen=True)
class PayDate:
    phase: str  # IncapacityPhase value
    covers_from: dt.date
    covers_to: dt.date
    pay_on: dt.date
    published: bool  # False: expected, computed by the rule (say so)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def expected_dates(phase: str, year: int, month: int) -> tuple[PayDate, ...]:
    """The expected payment(s) of a month's indemnities for a phase, by the rule above."""
    end = month_end(year, month)
    if phase == IncapacityPhase.PRIMARY:
        first = next_working_day(dt.date(year, month, 16))
        next_year, next_month = year + month // 12, month % 12 + 1
        second = next_working_day(dt.date(next_year, next_month, SECOND_HALF_PAID_ON_DAY))
        return (
            PayDate(phase, dt.date(year, month, 1), dt.date(year, month, 15), first, False),
            PayDate(phase, dt.date(year, month, 16), end, second, False),
        )
    if month == 12:
        pay_on = next_working_day(dt.date(year, 12, 19))
    else:
        pay_on = working_days_back(last_working_day_of_month(year, month), 2)
    return (PayDate(phase, dt.date(year, month, 1), end, pay_on, False),)


def calendar_for(
    phase: str, first: dt.date, last: dt.date, published: Iterable[PayDate]
) -> list[PayDate]:
    """Every payment period of `phase` from the month of `first` to the month of `last`: the
    published one where there is one for that period's start, the expected one otherwise."""
    known = {(p.phase, p.covers_from): p for p in published if p.phase == phase}
    result = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        for expected in expected_dates(phase, year, month):
            result.append(known.get((phase, expected.covers_from), expected))
        year, month = year + month // 12, month % 12 + 1
    return result
