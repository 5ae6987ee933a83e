"""The daily indemnity a member may expect, with its calculation lines (domain.md §6, §14).

An estimate "by the rules in force on" a day: every rate and amount is a dated row of the
federation's rules (a RuleBook, app/domain/incapacity.py). The rates and ceilings are those of
the incapacity's start (the invalidity rate: of the invalidity's start), as the indemnity was
set then; the minimum amounts and the withholdings those of the day estimated. Where no ceiling
is known for an old start, the one in force on the day estimated is used, and says from when.

- Year 1: `primary_indemnity_rate` (60 %) of the gross daily wage capped at
  `capped_daily_wage`, in a six-day week, at most `primary_max_daily`; from the
  `minimum_from_month`-th month (4th) at least `minimum_m4_<regular|non_regular>_with_dependants`
  or `minimum_m4_others`, from the `minimum_family_from_month`-th (7th) at least
  `minimum_<regular|non_regular>_<family>`; `primary_withholding_rate` (11 %) withheld.
- Invalidity: `invalidity_rate_<family>` (65 / 55 / 40 %) of the capped wage, the same
  minimum amounts; `invalidity_withholding_rate` (3.5 %) withheld.
- Self-employed: the flat daily rate `self_employed_flat_<family>`.

Not known is said, not guessed: an unknown wage gives no amount (the lines still show the
rules); an unknown family situation gives no amount where it decides the rate, and no minimum
in year 1. A member not known to be a regular worker gets the non-regular minimum (the lower:
at least that much).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from app.domain.codes import FamilySituation, IncapacityPhase, WorkStatus
from app.domain.incapacity import RuleBook
from app.domain.money import money


@dataclass(frozen=True)
class EstimateLine:
    code: str  # "wage", "wage_unknown", "family_unknown", "capped_wage", "rate", "maximum",
    #            "minimum", "flat_rate", "gross", "withholding", "net"
    amount: Decimal | None  # euros a day (or None)
    rate: Decimal | None  # e.g. Decimal("0.60")
    since: dt.date | None  # the rule's valid_from


@dataclass(frozen=True)
class Estimate:
    phase: str  # IncapacityPhase value
    on: dt.date  # the day it is computed for ("by the rules in force on ...")
    daily_gross: Decimal | None  # None: not known (the lines say why)
    withholding_rate: Decimal
    daily_net: Decimal | None
    lines: tuple[EstimateLine, ...]
    figures_from: dt.date  # the oldest valid_from among the amounts used: "figures from ..."


def month_of_incapacity(started_on: dt.date, on: dt.date) -> int:
    """1 in the incapacity's first month (from its first day), 4 three months later."""
    if on < started_on:
        return 1
    delta = relativedelta(on, started_on)
    return delta.years * 12 + delta.months + 1


class _Reader:
    """The rules read for one estimate, remembering when each amount's figure dates from."""

    def __init__(self, rules: RuleBook):
        self.rules = rules
        self.amounts_from: list[dt.date] = []
        self.rules_from: list[dt.date] = []

    def read(self, name: str, on: dt.date, *, amount: bool) -> tuple[Decimal, dt.date]:
        value, since = self.rules.value(name, on), self.rules.valid_from(name, on)
        (self.amounts_from if amount else self.rules_from).append(since)
        return value, since

    def read_from_start(self, name: str, start: dt.date, on: dt.date) -> tuple[Decimal, dt.date]:
        """An amount of the start's rules; the day's own when none is known that far back."""
        try:
            return self.read(name, start, amount=True)
        except KeyError:
            return self.read(name, on, amount=True)

    def figures_from(self) -> dt.date:
        # Rates are "since ever" rows: the amounts are the figures that age (indexation).
        return min(self.amounts_from or self.rules_from)


def _minimum(
    reader: _Reader,
    *,
    on: dt.date,
    month: int,
    family: str | None,
    regular_worker: bool | None,
) -> tuple[tuple[Decimal, dt.date] | None, bool]:
    """The minimum daily amount in force on `on` in the incapacity's `month` (None: none that
    month, or none known that day), and whether it needed the family situation."""
    regular = "regular" if regular_worker else "non_regular"
    try:
        if month >= reader.rules.value("minimum_family_from_month", on):
            name = f"minimum_{regular}_{family}"
        elif month >= reader.rules.value("minimum_from_month", on):
            name = (
                f"minimum_m4_{regular}_with_dependants"
                if family == FamilySituation.WITH_DEPENDANTS
                else "minimum_m4_others"
            )
        else:
            return None, False
        if family is None:
            return None, True
        return reader.read(name, on, amount=True), True
    except KeyError:
        return None, False


def estimate(
    *,
    on: dt.date,
    phase: str,
    work_status: str,
    started_on: dt.date,
    invalidity_from: dt.date | None,
    gross_daily_wage: Decimal | None,
    family_situation: str | None,
    regular_worker: bool | None,
    rules: RuleBook,
) -> Estimate:
    """The daily amount on `on` for an incapacity started on `started_on` in `phase`."""
    reader = _Reader(rules)
    invalidity = phase == IncapacityPhase.INVALIDITY
    withholding_name = "invalidity_withholding_rate" if invalidity else "primary_withholding_rate"
    withholding, withholding_since = reader.read(withholding_name, on, amount=False)
    lines: list[EstimateLine] = []
    gross: Decimal | None

    if work_status == WorkStatus.SELF_EMPLOYED:
        if family_situation is None:
            gross = None
            lines.append(EstimateLine("family_unknown", None, None, None))
            for family in FamilySituation:
                flat, since = reader.read(f"self_employed_flat_{family}", on, amount=True)
                lines.append(EstimateLine("flat_rate", flat, None, since))
        else:
            flat, since = reader.read(f"self_employed_flat_{family_situation}", on, amount=True)
            gross = money(flat)
            lines.append(EstimateLine("flat_rate", gross, None, since))
    else:
        if gross_daily_wage is None:
            lines.append(EstimateLine("wage_unknown", None, None, None))
        else:
            lines.append(EstimateLine("wage", money(gross_daily_wage), None, None))
        cap, cap_since = reader.read_from_start("capped_daily_wage", started_on, on)
        lines.append(EstimateLine("capped_wage", cap, None, cap_since))
        if invalidity:
            rate_day = invalidity_from or started_on
            if family_situation is None:
                rate = None
                lines.append(EstimateLine("family_unknown", None, None, None))
            else:
                rate, rate_since = reader.read(
                    f"invalidity_rate_{family_situation}", rate_day, amount=False
                )
        else:
            rate, rate_since = reader.read("primary_indemnity_rate", started_on, amount=False)
        raw = (
            money(min(gross_daily_wage, cap) * rate)
            if gross_daily_wage is not None and rate is not None
            else None
        )
        if rate is not None:
            lines.append(EstimateLine("rate", raw, rate, rate_since))
        gross = raw
        if not invalidity:
            maximum, maximum_since = reader.read_from_start("primary_max_daily", started_on, on)
            lines.append(EstimateLine("maximum", maximum, None, maximum_since))
            if gross is not None:
                gross = min(gross, maximum)
        minimum, needs_family = _minimum(
            reader,
            on=on,
            month=month_of_incapacity(started_on, on),
            family=family_situation,
            regular_worker=regular_worker,
        )
        if minimum is not None:
            lines.append(EstimateLine("minimum", minimum[0], None, minimum[1]))
            if gross is not None:
                gross = max(gross, minimum[0])
        elif needs_family and not invalidity:  # invalidity said so with its rate
            lines.append(EstimateLine("family_unknown", None, None, None))

    net = None
    if gross is not None:
        lines.append(EstimateLine("gross", gross, None, None))
        withheld = money(gross * withholding)
        net = gross - withheld
        lines.append(EstimateLine("withholding", withheld, withholding, withholding_since))
        lines.append(EstimateLine("net", net, None, None))
    else:
        lines.append(EstimateLine("withholding", None, withholding, withholding_since))
    return Estimate(
        phase=phase,
        on=on,
        daily_gross=gross,
        withholding_rate=withholding,
        daily_net=net,
        lines=tuple(lines),
        figures_from=reader.figures_from(),
    )
