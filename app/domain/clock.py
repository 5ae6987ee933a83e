"""The one clock of the core: the mutuality's time zone and "now" in UTC.

Dates a member sees (a letter's date, a deadline, "today" in a visit) are Brussels dates;
every stored moment is UTC. Code that needs "now" takes it from here, or takes a `now`
callable defaulting to `utc_now`, so that tests can set the clock.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


def utc_now() -> dt.datetime:
    """The current moment, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def stored_utc(moment: dt.datetime | None) -> dt.datetime | None:
    """A stored moment read back, aware in UTC: SQLite gives it without its zone, which is UTC
    (PostgreSQL gives it aware). None stays None."""
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def brussels_time(moment: dt.datetime) -> dt.datetime:
    """A stored moment (aware, or naive UTC as SQLite gives it) as a person in Belgium reads it."""
    return stored_utc(moment).astimezone(BRUSSELS)


def brussels_today(now: dt.datetime | None = None) -> dt.date:
    """The calendar date in Brussels at `now` (a stored moment, aware or naive UTC; the current
    one by default)."""
    return brussels_time(now or utc_now()).date()
