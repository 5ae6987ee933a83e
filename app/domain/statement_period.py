"""Which periods an indemnity statement may cover (domain.md §13): at most one year, within the
nine years before the current one, and not in the future."""

from __future__ import annotations

import datetime as dt

# The mutuality's text: "a period of at most one year, within the 9 years before the current
# year". Both figures are parameters of `check_statement_period` (defaults below) so a federation
# that dates another value can pass it.
MAX_DAYS = 365
YEARS_BACK = 9

# Result codes: each means one thing wherever it is raised (the screens' catalogue has one
# sentence per code), so a period's are apart from a text's "too_long" and a date's "in_future".
END_BEFORE_START = "end_before_start"
TOO_LONG = "period_too_long"
TOO_OLD = "too_old"
IN_FUTURE = "period_in_future"


class InvalidPeriod(ValueError):
    """The period cannot be certified; `code` says why (one of the four codes of this module)."""

    def __init__(self, code: str, detail: str):
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def earliest_start(today: dt.date, *, years_back: int = YEARS_BACK) -> dt.date:
    """The first day a statement may cover: 1 January of (current year − 9); 2017-01-01 in 2026."""
    return dt.date(today.year - years_back, 1, 1)


def check_statement_period(
    start: dt.date,
    end: dt.date,
    *,
    today: dt.date,
    max_days: int = MAX_DAYS,
    years_back: int = YEARS_BACK,
) -> None:
    """Raise InvalidPeriod unless `start`..`end` (both days included) may be certified `today`.

    Reading of "at most one year": at most 365 calendar days, both ends counted, whatever the
    years crossed. 2025-01-01..2025-12-31 (365 days) is accepted; 2024-01-01..2024-12-31 (a leap
    year, 366 days) is refused, as the issue's example "a statement period of 366 days is
    refused" asks. This is stricter than "end before the anniversary of the start" (end < start
    + 1 year), which would accept the whole of 2024; where the two differ (a period holding a 29
    February) the 366-day example wins, and the member asks for two statements.

    "Within the 9 years before the current year": the start is on or after 1 January of (current
    year − 9), so in 2026 the years 2017 to 2025 and the current year up to `today` are open.

    Checked in this order, the first failing rule giving the code: "end_before_start",
    "period_too_long", "too_old", "period_in_future" (the end is after `today`).
    """
    if end < start:
        raise InvalidPeriod(END_BEFORE_START, f"the end {end} is before the start {start}")
    days = (end - start).days + 1
    if days > max_days:
        raise InvalidPeriod(TOO_LONG, f"{days} days, more than {max_days}")
    earliest = earliest_start(today, years_back=years_back)
    if start < earliest:
        raise InvalidPeriod(TOO_OLD, f"starts {start}, before {earliest}")
    if end > today:
        raise InvalidPeriod(IN_FUTURE, f"ends {end}, after today {today}")


def default_period(today: dt.date, *, max_days: int = MAX_DAYS) -> tuple[dt.date, dt.date]:
    """The period a statement screen proposes: last calendar year, the one most asked for (tax
    return, another insurer), cut to `max_days` when it is longer (a leap year: 1 January to
    30 December; the member can still choose other dates)."""
    start = dt.date(today.year - 1, 1, 1)
    end = min(dt.date(today.year - 1, 12, 31), start + dt.timedelta(days=max_days - 1))
    return start, end
