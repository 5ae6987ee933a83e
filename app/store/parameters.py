"""A federation's dated rule on a given day (mutation deadline, majority age, letter delay...).

The rows live in `federation_parameter` (app/store/reference.py seeds them, each with its
source). One reading of "valid on a day" serves the database (`federation_parameter`) and rows
already in memory (`parameter_in_rows`: the seeder's own rows, a terminal's cached copy). A
`MemoryRuleBook` is the incapacity rules' RuleBook (app/domain/incapacity.py) over such rows;
`rule_book` loads one federation's rows from the database once and gives one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal

from sqlalchemy import Connection, select

from app.domain.workdays import add_working_days
from app.store.models import Federation, FederationParameter, Household

LETTER_WORKING_DAYS = "letter_working_days"  # a letter leaves within so many working days


def federation_parameter(
    connection: Connection,
    name: str,
    *,
    on: dt.date,
    federation_id: int | None = None,
    federation_code: str | None = None,
    default: Decimal | int | None = None,
) -> Decimal:
    """The value of `name` for the federation on `on`; `default` when it has none that day.

    With no federation given, or none with the parameter, `default` (a KeyError without one).
    """
    query = (
        select(FederationParameter.value)
        .where(
            FederationParameter.name == name,
            FederationParameter.valid_from <= on,
            (FederationParameter.valid_to.is_(None)) | (FederationParameter.valid_to >= on),
        )
        .order_by(FederationParameter.valid_from.desc())
        .limit(1)
    )
    value = None
    if federation_id is not None:
        value = connection.execute(
            query.where(FederationParameter.federation_id == federation_id)
        ).scalar()
    elif federation_code is not None:
        value = connection.execute(
            query.join(Federation, Federation.id == FederationParameter.federation_id).where(
                Federation.code == federation_code
            )
        ).scalar()
    if value is not None:
        return Decimal(value)
    if default is None:
        raise KeyError(f"no {name} for this federation on {on}")
    return Decimal(default)


def majority_age(connection: Connection, *, household_id: int, on: dt.date) -> int:
    """The majority age of a household's federation on `on` (domain.md §13: 18, or 16 for Mons
    Wallonie Picarde): a dependant sees their own file from it, the holder theirs until it."""
    federation_id = connection.execute(
        select(Household.federation_id).where(Household.id == household_id)
    ).scalar_one()
    return int(federation_parameter(connection, "majority_age", on=on, federation_id=federation_id))


def _day(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _valid_row(
    rows: Iterable[Mapping], name: str, *, on: dt.date, federation_id: int
) -> tuple[dt.date, Decimal] | None:
    """The (valid_from, value) of the row of `name` valid on `on`: the latest that started."""
    best: tuple[dt.date, Decimal] | None = None
    for row in rows:
        if row["name"] != name or row["federation_id"] != federation_id:
            continue
        valid_from, valid_to = _day(row["valid_from"]), _day(row["valid_to"])
        valid = valid_from <= on and (valid_to is None or valid_to >= on)
        if valid and (best is None or valid_from > best[0]):
            best = (valid_from, Decimal(row["value"]))
    return best


def parameter_in_rows(
    rows: Iterable[Mapping], name: str, *, on: dt.date, federation_id: int
) -> Decimal | None:
    """`federation_parameter`'s reading over rows in memory (dicts of the table's columns;
    dates and values as objects or as the text a cached copy holds); None when none is valid."""
    best = _valid_row(rows, name, on=on, federation_id=federation_id)
    return best[1] if best is not None else None


class MemoryRuleBook:
    """One federation's dated rules over rows in memory (the RuleBook of
    app/domain/incapacity.py): the seeder's own rows (reference.parameter_rows()), or the rows
    `rule_book` read from the database. Rows of other federations are ignored."""

    def __init__(self, rows: Iterable[Mapping], federation_id: int):
        self.federation_id = federation_id
        self._rows: dict[str, list[Mapping]] = {}
        for row in rows:
            if row["federation_id"] == federation_id:
                self._rows.setdefault(row["name"], []).append(row)

    def _row(self, name: str, on: dt.date) -> tuple[dt.date, Decimal]:
        best = _valid_row(self._rows.get(name, ()), name, on=on, federation_id=self.federation_id)
        if best is None:
            raise KeyError(f"no {name} for federation {self.federation_id} on {on}")
        return best

    def value(self, name: str, on: dt.date) -> Decimal:
        """The value of `name` on `on`; KeyError when no row is valid that day."""
        return self._row(name, on)[1]

    def valid_from(self, name: str, on: dt.date) -> dt.date:
        """The day the row valid on `on` took effect (what "figures from ..." says)."""
        return self._row(name, on)[0]


def rule_book(connection: Connection, *, federation_id: int) -> MemoryRuleBook:
    """The federation's rules, every row read in one query (a few dozen rows), then answered
    from memory for as many days and names as the caller asks."""
    rows = (
        connection.execute(
            select(
                FederationParameter.federation_id,
                FederationParameter.name,
                FederationParameter.value,
                FederationParameter.valid_from,
                FederationParameter.valid_to,
            ).where(FederationParameter.federation_id == federation_id)
        )
        .mappings()
        .all()
    )
    return MemoryRuleBook(rows, federation_id)


def latest_letter_day(
    rows: Iterable[Mapping], day: dt.date, *, federation_id: int | None
) -> dt.date:
    """The day a letter asked for on `day` leaves by post at the latest: `letter_working_days`
    Belgian working days later (domain.md §13), as the central worker dates it.

    With a federation, that federation's rule. Without one (someone the terminal may not
    identify, as for a forgotten password), the latest any federation's rule gives, so that the
    promise holds whoever asked and tells nothing of who they are. KeyError without a rule.
    """
    rows = [row for row in rows if row["name"] == LETTER_WORKING_DAYS]
    ids = {federation_id} if federation_id is not None else {row["federation_id"] for row in rows}
    counts = [
        count
        for fid in ids
        if (count := parameter_in_rows(rows, LETTER_WORKING_DAYS, on=day, federation_id=fid))
        is not None
    ]
    if not counts:
        raise KeyError(f"no {LETTER_WORKING_DAYS} on {day}")
    return add_working_days(day, int(max(counts)))


def letter_day(connection: Connection, day: dt.date, *, federation_id: int | None) -> dt.date:
    """`latest_letter_day` over the central database's rows."""
    query = select(
        FederationParameter.federation_id,
        FederationParameter.name,
        FederationParameter.value,
        FederationParameter.valid_from,
        FederationParameter.valid_to,
    ).where(FederationParameter.name == LETTER_WORKING_DAYS)
    if federation_id is not None:
        query = query.where(FederationParameter.federation_id == federation_id)
    rows = connection.execute(query).mappings().all()
    return latest_letter_day(rows, day, federation_id=federation_id)
