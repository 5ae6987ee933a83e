"""A hospital stay's daily personal share and the rooms' rules (domain.md §9, §14), and what
"Is my file in order?" answers, as values.

Pure: every figure is read through a `Lookup` of the dated per-federation parameters (the
`hospital_share_*` rows and `hospital_long_stay_from_day`), by the stay's first day, and the
answer says which date and source its figures come from. A new set of shares is a new row,
never a change here.

The shares (domain.md §14): day 1, then from day 2, and from the long-stay day (91) a lower
share for an ordinary member with dependants only; BIM members and dependants pay their own
day-1 and day-2 shares throughout. The day of discharge is not a day of stay: a stay of
`nights` nights bills `nights` days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.domain.codes import HospitalCategory, RoomType

LONG_STAY_FROM_DAY = "hospital_long_stay_from_day"
DAY1, DAY2 = "day1", "day2"
LONG_ORDINARY_FAMILY = "hospital_share_long_ordinary_family"
CENT = Decimal("0.01")


def share_name(day: str, category: HospitalCategory) -> str:
    """The parameter's name: hospital_share_day1_ordinary, hospital_share_day2_bim, …"""
    return f"hospital_share_{day}_{HospitalCategory(category).value}"


@dataclass(frozen=True)
class DatedFigure:
    """One parameter's value on a day, with the day its row took effect and its source."""

    name: str
    value: Decimal
    valid_from: dt.date
    source: str | None = None


# (name, day) → the figure valid that day; KeyError when no row is.
Lookup = Callable[[str, dt.date], DatedFigure]


def lookup_in(rows: Iterable[Mapping]) -> Lookup:
    """A Lookup over one federation's parameter rows (mappings of `federation_parameter`'s
    columns: name, value, valid_from, valid_to, source): the latest row started by the day and
    not ended before it, as app/store/parameters.py reads them."""
    by_name: dict[str, list[Mapping]] = {}
    for row in rows:
        by_name.setdefault(row["name"], []).append(row)

    def lookup(name: str, on: dt.date) -> DatedFigure:
        valid = [
            row
            for row in by_name.get(name, ())
            if row["valid_from"] <= on and (row["valid_to"] is None or row["valid_to"] >= on)
        ]
        if not valid:
            raise KeyError(f"no {name} on {on}")
        row = max(valid, key=lambda r: r["valid_from"])
        return DatedFigure(name, Decimal(row["value"]), row["valid_from"], row.get("source"))

    return lookup


@dataclass(frozen=True)
class DailyShares:
    """What one category pays a day on the stay's first day: day 1, from day 2 up to the day
    before `long_from_day`, and from `long_from_day` on."""

    category: HospitalCategory
    with_dependants: bool  # an ordinary member with dependants: the lower long-stay share
    day1: Decimal
    day2: Decimal
    long: Decimal
    long_from_day: int
    figures: tuple[DatedFigure, ...]  # the rows read, each with its date and source

    @property
    def valid_from(self) -> dt.date:
        """The day the newest of these figures took effect ("figures in force since …")."""
        return max(figure.valid_from for figure in self.figures)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.source for f in self.figures if f.source))


def daily_shares(
    category: HospitalCategory | str,
    lookup: Lookup,
    on: dt.date,
    *,
    with_dependants: bool = False,
) -> DailyShares:
    """The daily shares of `category` for a stay starting on `on` (KeyError without rows)."""
    category = HospitalCategory(category)
    family = category == HospitalCategory.ORDINARY and with_dependants
    day1 = lookup(share_name(DAY1, category), on)
    day2 = lookup(share_name(DAY2, category), on)
    long_from = lookup(LONG_STAY_FROM_DAY, on)
    long = lookup(LONG_ORDINARY_FAMILY, on) if family else day2
    figures = tuple(dict.fromkeys((day1, day2, long, long_from)))
    return DailyShares(
        category=category,
        with_dependants=family,
        day1=day1.value,
        day2=day2.value,
        long=long.value,
        long_from_day=int(long_from.value),
        figures=figures,
    )


@dataclass(frozen=True)
class StayBand:
    """Days `first_day` to `last_day` of the stay (counted from 1), each at `daily`."""

    first_day: int
    last_day: int
    daily: Decimal

    @property
    def days(self) -> int:
        return self.last_day - self.first_day + 1

    @property
    def amount(self) -> Decimal:
        return (self.daily * self.days).quantize(CENT)


@dataclass(frozen=True)
class StayEstimate:
    """The personal share of a stay of `days` days for one category, band by band."""

    shares: DailyShares
    first_day: dt.date
    days: int
    bands: tuple[StayBand, ...]  # day 1; days 2 to the day before the long stay; from it

    @property
    def total(self) -> Decimal:
        return sum((band.amount for band in self.bands), Decimal("0.00"))


def estimate_from(shares: DailyShares, first_day: dt.date, days: int) -> StayEstimate:
    """The stay's personal share with these shares (days ≥ 1; ValueError otherwise)."""
    if days < 1:
        raise ValueError("a stay has at least one day")
    long_from = shares.long_from_day
    bands = [StayBand(1, 1, shares.day1)]
    if days >= 2:
        bands.append(StayBand(2, min(days, long_from - 1), shares.day2))
    if days >= long_from:
        bands.append(StayBand(long_from, days, shares.long))
    return StayEstimate(shares, first_day, days, tuple(bands))


def stay_estimate(
    category: HospitalCategory | str,
    days: int,
    first_day: dt.date,
    lookup: Lookup,
    *,
    with_dependants: bool = False,
) -> StayEstimate:
    """The personal share of a stay of `days` days starting on `first_day`, the figures read
    by that day: an ordinary member, 10 days from 2024 → 47.08 + 9 × 19.81 = 225.37 €."""
    shares = daily_shares(category, lookup, first_day, with_dependants=with_dependants)
    return estimate_from(shares, first_day, days)


def category_of(*, bim: bool, dependant: bool) -> HospitalCategory:
    """The member's category: BIM (the lowest shares, whoever they are insured through), else
    a dependant's, else the ordinary one."""
    if bim:
        return HospitalCategory.BIM
    if dependant:
        return HospitalCategory.DEPENDANT
    return HospitalCategory.ORDINARY


# -- rooms (domain.md §9) -------------------------------------------------------------------


class NoSupplementCase(StrEnum):
    """When a single room costs no supplement at all (domain.md §9)."""

    MEDICAL_NEED = "medical_need"  # the member's condition needs it
    NO_OTHER_BED = "no_other_bed"  # the service's needs, or no shared or two-bed room free
    INTENSIVE_OR_EMERGENCY = "intensive_or_emergency"  # intensive care, an emergency admission
    CHILD_WITH_PARENT = "child_with_parent"  # a child with a parent, no signed single-room request


@dataclass(frozen=True)
class RoomRule:
    room: RoomType
    room_supplement: bool  # the hospital may charge a room supplement
    fee_supplements: bool  # doctors may charge fee supplements, up to the hospital's percentage


def room_rule(room: RoomType | str, case: NoSupplementCase | str | None = None) -> RoomRule:
    """Shared (three beds or more) and two-bed rooms: no supplement. A single room chosen for
    comfort: a room supplement and fee supplements up to the percentage the hospital states on
    its admission declaration; none in the cases of `NoSupplementCase`."""
    room = RoomType(room)
    chosen_single = room == RoomType.SINGLE and case is None
    return RoomRule(room, room_supplement=chosen_single, fee_supplements=chosen_single)


def room_rules() -> tuple[RoomRule, ...]:
    return tuple(room_rule(room) for room in RoomType)


# -- "Is my file in order?" -----------------------------------------------------------------


class CheckItem(StrEnum):
    """The four points checked before an admission, in the order they are shown."""

    COVER = "cover"  # insured every day of the stay
    CONTRIBUTIONS = "contributions"  # nothing due before the admission left unpaid
    ACCIDENTS = "accidents"  # no accident declaration blocking the family's file
    INSURABILITY = "insurability"  # a member, active: not left, not joining yet


class CheckReason(StrEnum):
    """Why a point is in order or not: the screen and the summary word it."""

    COVERED = "covered"  # `day`: the cover's last day, None when open-ended
    NO_COVER = "no_cover"  # not insured on the day of admission
    COVER_ENDS = "cover_ends"  # `day`: the last day covered, before the stay ends
    PAID = "paid"
    UNPAID = "unpaid"  # `amount` due, `count` contributions, `day` the oldest's due date
    NOT_BLOCKED = "not_blocked"
    BLOCKED = "blocked"  # `day`: blocked since
    ACTIVE = "active"
    LEFT = "left"  # `day`: the day they left (or leave)
    MUTATION_PENDING = "mutation_pending"  # joining from another mutuality, not effective yet
    DECEASED = "deceased"


@dataclass(frozen=True)
class StayCheck:
    item: CheckItem
    ok: bool
    reason: CheckReason
    day: dt.date | None = None
    amount: Decimal | None = None
    count: int = 0


def cover_check(periods: list[tuple[dt.date, dt.date | None]], first: dt.date, last: dt.date):
    """Whether the insurability periods (from, to or None) cover every day first..last."""
    day = first
    for start, end in sorted(periods):
        if start > day:
            continue
        if end is None:
            return StayCheck(CheckItem.COVER, True, CheckReason.COVERED)
        if end >= day:
            day = end + dt.timedelta(days=1)
        if day > last:
            return StayCheck(CheckItem.COVER, True, CheckReason.COVERED, day=end)
    if day == first:
        return StayCheck(CheckItem.COVER, False, CheckReason.NO_COVER)
    return StayCheck(CheckItem.COVER, False, CheckReason.COVER_ENDS, day=day - dt.timedelta(1))


# -- the whole answer -----------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedStay:
    """An admission planned on `admission` for `nights` nights."""

    admission: dt.date
    nights: int

    @property
    def discharge(self) -> dt.date:
        return self.admission + dt.timedelta(days=self.nights)


@dataclass(frozen=True)
class HospitalStay:
    """ "Is my file in order?" for a planned stay, and what it will cost this person a day."""

    person_niss: str
    person_name: str
    stay: PlannedStay
    checks: tuple[StayCheck, ...]  # in CheckItem's order
    category: HospitalCategory  # this person's, from the file
    estimate: StayEstimate  # for this person's category, by the admission day's figures
    categories: tuple[DailyShares, ...]  # every category's shares that day, theirs among them
    rooms: tuple[RoomRule, ...]
    issued_on: dt.date

    @property
    def in_order(self) -> bool:
        return all(check.ok for check in self.checks)

    @property
    def with_dependants(self) -> bool:
        return self.estimate.shares.with_dependants


def every_category(lookup: Lookup, on: dt.date) -> tuple[DailyShares, ...]:
    """The shares of each category on `on`: ordinary without and with dependants, BIM,
    dependant."""
    return (
        daily_shares(HospitalCategory.ORDINARY, lookup, on),
        daily_shares(HospitalCategory.ORDINARY, lookup, on, with_dependants=True),
        daily_shares(HospitalCategory.BIM, lookup, on),
        daily_shares(HospitalCategory.DEPENDANT, lookup, on),
    )
