"""Belgian working days: Monday to Friday, except the legal holidays (python `holidays`, BE)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _belgian_holidays(year: int) -> frozenset[dt.date]:
    # The public category: the 10 legal holidays (plus Easter and Whit Sunday, Sundays anyway).
    return frozenset(holidays.country_holidays("BE", years=year))


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _belgian_holidays(day.year)


def next_working_day(day: dt.date) -> dt.date:
    """`day` itself if it is a working day, otherwise the first working day after it."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def add_working_days(day: dt.date, count: int) -> dt.date:
    """The `count`-th working day after `day` (count >= 0; 0 gives `day` unchanged)."""
    if count < 0:
        raise ValueError("count must not be negative")
    while count:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def working_days_back(day: dt.date, count: int) -> dt.date:
    """The `count`-th working day before `day`."""
    if count < 0:
        raise ValueError("count must not be negative")
    while count:
        day -= dt.timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def last_working_day_of_month(year: int, month: int) -> dt.date:
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    day = first_next - dt.timedelta(days=1)
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day
