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


def brussels_today(now: dt.datetime | None = None) -> dt.date:
    """The calendar date in Brussels at `now` (an aware moment; the current one by default)."""
    return (now or utc_now()).astimezone(BRUSSELS).date()
