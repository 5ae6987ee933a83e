"""The published payment calendar: read from a file, checked, loaded into `payment_calendar`.

`guichet-central import payment-calendar FILE` and the demo seed use it. The file is CSV with a
header `phase,covers_from,covers_to,paid_on,source` (dates as YYYY-MM-DD; `#` lines are
comments). Each row is one payment period as the payments follow them (year 1: the 1st to
the 15th and the 16th to the month's end; invalidity: the whole month), else it is refused
with its line. app/store/data/payment_calendar.csv ships the 2025 national calendar
(domain.md §14) and the mutuality's own December 2025 dates (§13). A row for a period already
loaded replaces it (a date moved by the publisher); nothing else is touched.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete, insert, tuple_

from app.domain.codes import IncapacityPhase
from app.domain.payment_calendar import PayDate, expected_dates
from app.domain.workdays import is_working_day
from app.store.models import PaymentCalendar

SHIPPED = Path(__file__).parent / "data" / "payment_calendar.csv"
COLUMNS = ("phase", "covers_from", "covers_to", "paid_on", "source")
MAX_SOURCE = 200


class CalendarError(ValueError):
    """A file that cannot be loaded: the line and what is wrong with it."""


@dataclass(frozen=True)
class CalendarRow:
    date: PayDate
    source: str


@dataclass(frozen=True)
class Loaded:
    rows: int
    warnings: tuple[str, ...]  # e.g. a payment date on a weekend or a holiday, kept as published


def _day(text: str, line: int, column: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise CalendarError(f"line {line}: {column} {text!r} is not a date (YYYY-MM-DD)") from None


def parse(text: str) -> tuple[list[CalendarRow], list[str]]:
    """The rows of a calendar file, or CalendarError naming the first bad line."""
    text = text.removeprefix("\ufeff")  # a spreadsheet's "CSV UTF-8" starts with a BOM
    lines = [
        (number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not lines:
        raise CalendarError("the file has no header and no rows")
    header_line, header = lines[0]
    names = [name.strip() for name in next(csv.reader([header]))]
    if tuple(names) != COLUMNS:  # more columns would be refused on every row
        raise CalendarError(f"line {header_line}: the header must be {','.join(COLUMNS)}")
    rows: list[CalendarRow] = []
    warnings: list[str] = []
    seen: dict[tuple[str, dt.date], int] = {}
    for number, line in lines[1:]:
        fields = next(csv.reader(io.StringIO(line)))
        if len(fields) != len(COLUMNS):
            raise CalendarError(f"line {number}: {len(COLUMNS)} fields expected")
        phase = fields[0].strip()
        if phase not in {p.value for p in IncapacityPhase}:
            raise CalendarError(f"line {number}: phase {phase!r} is not primary or invalidity")
        start = _day(fields[1], number, "covers_from")
        end = _day(fields[2], number, "covers_to")
        paid = _day(fields[3], number, "paid_on")
        source = fields[4].strip()
        if end < start:
            raise CalendarError(f"line {number}: covers_to is before covers_from")
        if not source or len(source) > MAX_SOURCE:
            raise CalendarError(f"line {number}: a source of 1 to {MAX_SOURCE} characters")
        if (phase, start) in seen:
            raise CalendarError(
                f"line {number}: the period {phase} from {start} is already on line "
                f"{seen[(phase, start)]}"
            )
        for other in rows:
            if other.date.phase == phase and (
                other.date.covers_from <= end and start <= other.date.covers_to
            ):
                raise CalendarError(
                    f"line {number}: the period {phase} {start} to {end} overlaps the one "
                    f"from {other.date.covers_from} on line {seen[(phase, other.date.covers_from)]}"
                )
        periods = [
            (d.covers_from, d.covers_to) for d in expected_dates(phase, start.year, start.month)
        ]
        if (start, end) not in periods:
            # Shown by the period's start (calendar_for): any other period would never be.
            raise CalendarError(
                f"line {number}: {phase} {start} to {end} is not a payment period, so it would "
                f"never be shown; {phase} is paid for "
                + " or ".join(f"{first} to {last}" for first, last in periods)
            )
        seen[(phase, start)] = number
        if not is_working_day(paid):
            warnings.append(f"line {number}: {paid} is not a Belgian working day (kept)")
        rows.append(CalendarRow(PayDate(phase, start, end, paid, True), source))
    return rows, warnings


def load(connection: Connection, rows: list[CalendarRow]) -> None:
    """Insert the rows, replacing those of the same periods."""
    if not rows:
        return
    keys = [(row.date.phase, row.date.covers_from) for row in rows]
    connection.execute(
        delete(PaymentCalendar).where(
            tuple_(PaymentCalendar.phase, PaymentCalendar.covers_from).in_(keys)
        )
    )
    connection.execute(
        insert(PaymentCalendar),
        [
            {
                "phase": row.date.phase,
                "covers_from": row.date.covers_from,
                "covers_to": row.date.covers_to,
                "pay_on": row.date.pay_on,
                "source": row.source,
            }
            for row in rows
        ],
    )


def import_file(connection: Connection, path: Path) -> Loaded:
    rows, warnings = parse(path.read_text(encoding="utf-8"))
    load(connection, rows)
    return Loaded(len(rows), tuple(warnings))


def shipped_rows() -> list[CalendarRow]:
    return parse(SHIPPED.read_text(encoding="utf-8"))[0]
