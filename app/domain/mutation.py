"""Joining the mutuality: when an affiliation or a mutation takes effect, and from which insurers.

The mutuality's own rule (domain.md §13): the documents of a mutation must reach it by the 5th
of the month before a quarter starts; the change then takes effect on that quarter's first day.
The deadline day is a dated, per-federation parameter (`mutation_deadline_day`); 5 is its value
everywhere today and the default here.

This project's decision, not a text's: a first affiliation (no previous mutuality: a newcomer
to Belgium, a young person's first own right, someone insured nowhere) takes effect on the day
its documents are received. Nobody may stay uninsured until the next quarter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DEFAULT_DEADLINE_DAY = 5
QUARTER_START_MONTHS = (1, 4, 7, 10)


def _quarter_starts_after(day: dt.date):
    """The first days of quarters strictly after `day`, in order, without end."""
    year = day.year
    while True:
        for month in QUARTER_START_MONTHS:
            start = dt.date(year, month, 1)
            if start > day:
                yield start
        year += 1


def mutation_deadline(quarter_start: dt.date, deadline_day: int = DEFAULT_DEADLINE_DAY) -> dt.date:
    """The last day documents may arrive for a change starting on `quarter_start`."""
    if quarter_start.day != 1 or quarter_start.month not in QUARTER_START_MONTHS:
        raise ValueError(f"{quarter_start} is not the first day of a quarter")
    if not 1 <= deadline_day <= 28:
        raise ValueError("the deadline day must be between 1 and 28")
    month_before = quarter_start - dt.timedelta(days=1)
    return month_before.replace(day=deadline_day)


def mutation_effective_date(
    received_on: dt.date, deadline_day: int = DEFAULT_DEADLINE_DAY
) -> dt.date:
    """The first day of the first quarter whose deadline `received_on` still meets.

    Received 2026-11-25 or 2026-12-05: 2027-01-01 (deadline 2026-12-05); 2026-12-06: 2027-04-01.
    """
    for start in _quarter_starts_after(received_on):
        if received_on <= mutation_deadline(start, deadline_day):
            return start
    raise AssertionError("unreachable: every quarter has a deadline")  # pragma: no cover


def affiliation_effective_date(
    received_on: dt.date,
    *,
    previous_mutuality: str | None,
    deadline_day: int = DEFAULT_DEADLINE_DAY,
) -> dt.date:
    """A mutation follows the quarter rule; a first affiliation counts from its receipt."""
    if previous_mutuality is None:
        return received_on
    return mutation_effective_date(received_on, deadline_day)


@dataclass(frozen=True)
class Mutuality:
    """A Belgian health insurer (a national union of mutualities, or the public fund)."""

    code: str
    name_fr: str
    name_nl: str
    name_de: str
    name_en: str

    def name(self, language: str) -> str:
        return getattr(self, f"name_{language}", self.name_en)


# The insurers a member can come from (domain.md §11, national union codes 100 to 600).
MUTUALITIES = (
    Mutuality(
        "100", "Alliance nationale des mutualités chrétiennes",
        "Landsbond der christelijke mutualiteiten", "Landesbund der christlichen Krankenkassen",
        "National Alliance of Christian Mutualities",
    ),
    Mutuality(
        "200", "Union nationale des mutualités neutres",
        "Landsbond van de neutrale ziekenfondsen", "Landesbund der neutralen Krankenkassen",
        "National Union of Neutral Mutualities",
    ),
    Mutuality(
        "300", "Union nationale des mutualités socialistes",
        "Nationaal verbond van socialistische mutualiteiten",
        "Landesbund der sozialistischen Krankenkassen", "National Union of Socialist Mutualities",
    ),
    Mutuality(
        "400", "Union nationale des mutualités libérales",
        "Landsbond van liberale mutualiteiten", "Landesbund der liberalen Krankenkassen",
        "National Union of Liberal Mutualities",
    ),
    Mutuality(
        "500", "Union nationale des mutualités libres",
        "Landsbond van de onafhankelijke ziekenfondsen", "Landesbund der freien Krankenkassen",
        "National Union of Independent Mutualities",
    ),
    Mutuality(
        "600", "Caisse auxiliaire d'assurance maladie-invalidité (CAAMI)",
        "Hulpkas voor ziekte- en invaliditeitsverzekering (HZIV)",
        "Hilfskasse für Kranken- und Invalidenversicherung (HKIV)",
        "Auxiliary Fund for Sickness and Disability Insurance (CAAMI/HZIV)",
    ),
)  # fmt: skip
MUTUALITY_CODES = frozenset(m.code for m in MUTUALITIES)


def mutuality(code: str) -> Mutuality | None:
    """The insurer with this code, or None when it is not one of the list."""
    return next((m for m in MUTUALITIES if m.code == code), None)
