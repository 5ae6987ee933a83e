"""The rules of an incapacity of work: when a certificate must arrive, what it continues, what
a late one costs, and a partial resumption's deadline and effect (domain.md §6, §13, §14).

Pure: every deadline, rate and amount is a dated row of the member's federation
(`federation_parameter`), read through a RuleBook on the day it applies to; a rule changed from
a date is a new row, never a change here. app/store/parameters.py gives a RuleBook over the
database (`rule_book`) or over rows in memory (`MemoryRuleBook`).

A rule is read on the first day the certificate (or the resumption) concerns: a first
declaration on the incapacity's first day, a prolongation on the day after the previous end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Protocol

from dateutil.relativedelta import relativedelta

from app.domain.codes import IncapacityPhase, Timeliness, WorkStatus
from app.domain.money import money
from app.domain.workdays import next_working_day, working_days_back

ONE_DAY = dt.timedelta(days=1)
FRACTION = Decimal("0.0001")


class RuleBook(Protocol):
    """One federation's dated rules."""

    federation_id: int

    def value(self, name: str, on: dt.date) -> Decimal:
        """The value of `name` on `on`; KeyError when no row is valid that day."""
        ...

    def valid_from(self, name: str, on: dt.date) -> dt.date:
        """The day the row valid on `on` took effect ("figures from ...")."""
        ...


class Continuation(StrEnum):
    """Where a certificate stands against what came before it."""

    FIRST = "first"  # the first of an incapacity
    PROLONGATION = "prolongation"  # starts the day after the previous end
    RELAPSE = "relapse"  # after a gap short enough to continue the period (a new file)
    NEW = "new"  # after a longer gap: a new incapacity


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole calendar months (31/01 + 1 month = 28 or 29/02)."""
    return day + relativedelta(months=months)


def paid_days(first: dt.date, last: dt.date) -> int:
    """Days paid in a six-day week (Monday to Saturday) from `first` to `last`, both included;
    0 when `last` is before `first` (domain.md §6)."""
    if last < first:
        return 0
    weeks, rest = divmod((last - first).days + 1, 7)
    return weeks * 6 + sum(1 for i in range(rest) if (first + i * ONE_DAY).weekday() != 6)


def _paid_day(day: dt.date, step: dt.timedelta) -> dt.date:
    """`day`, or the paid day next to it (`step` ahead or back) when it is a Sunday."""
    return day + step if day.weekday() == 6 else day


def _whole(rules: RuleBook, name: str, on: dt.date) -> int:
    return int(rules.value(name, on))


def _optional(rules: RuleBook, name: str, on: dt.date) -> Decimal | None:
    try:
        return rules.value(name, on)
    except KeyError:
        return None


# -- deadlines -------------------------------------------------------------------------------


def first_declaration_deadline(started_on: dt.date, work_status: str, rules: RuleBook) -> dt.date:
    """The last day a first declaration reaches the mutuality in time:
    `declaration_days_<status>` calendar days, the first day of incapacity counted or not
    (`declaration_day1_counts_<status>`), moved to the next working day after a weekend or a
    Belgian holiday (domain.md §14: worker 14, employee 28, day 1 counted; unemployed and
    self-employed 7, day 1 not counted)."""
    days = _whole(rules, f"declaration_days_{work_status}", started_on)
    day1_counts = rules.value(f"declaration_day1_counts_{work_status}", started_on) != 0
    last = started_on + dt.timedelta(days=days - 1 if day1_counts else days)
    return next_working_day(last)


def prolongation_deadline(previous_end: dt.date, rules: RuleBook) -> dt.date:
    """The last day a prolongation arrives in time: `prolongation_deadline_hours` after the end
    of the previous certificate's last day, moved to the next working day (domain.md §13: 48 h;
    Friday 08/01/2016 → Sunday 10/01 → Monday 11/01/2016)."""
    hours = _whole(rules, "prolongation_deadline_hours", previous_end + ONE_DAY)
    return next_working_day(previous_end + dt.timedelta(days=-(-hours // 24)))


def continuation(
    previous_end: dt.date, previous_phase: str, new_start: dt.date, rules: RuleBook
) -> str:
    """What a certificate starting on `new_start` is after one covering until `previous_end`:
    a prolongation when it starts the next day (or earlier: an overlap, which
    `check_certificate` refuses); a relapse when it starts within `relapse_days_primary` (14)
    days in the first year, or `relapse_months_invalidity` (3) months in invalidity, counted
    from the day after the previous end; otherwise a new incapacity (domain.md §6; mc.be,
    securex.be, droitsquotidiens.be). End 31/01: a start on 14/02 (the 14th day) is a relapse,
    on 15/02 new; in invalidity, up to 30/04 a relapse, from 01/05 new."""
    after = previous_end + ONE_DAY
    if new_start <= after:
        return Continuation.PROLONGATION.value
    if previous_phase == IncapacityPhase.INVALIDITY:
        months = _whole(rules, "relapse_months_invalidity", new_start)
        last = add_months(after, months) - ONE_DAY
    else:
        last = previous_end + dt.timedelta(days=_whole(rules, "relapse_days_primary", new_start))
    return (Continuation.RELAPSE if new_start <= last else Continuation.NEW).value


def expected_first_paid_day(started_on: dt.date, work_status: str, rules: RuleBook) -> dt.date:
    """The first day the mutuality pays: `paid_from_day_<status>` days after the first day of
    incapacity (after the employer's guaranteed salary; domain.md §6)."""
    return started_on + dt.timedelta(days=_whole(rules, f"paid_from_day_{work_status}", started_on))


@dataclass(frozen=True)
class NextCertificate:
    covered_until: dt.date  # the last day the latest certificate covers
    resume_on: dt.date  # the next working day after it ("If you cannot resume on ...")
    must_start_on: dt.date  # covered_until + 1 ("... must start on Saturday 09/01/2016")
    must_arrive_by: dt.date  # prolongation_deadline(covered_until)
    deadline_hours: int  # prolongation_deadline_hours (48)
    electronic_until: dt.date | None  # the longest an electronic one may cover; None before 2026


def next_certificate(covered_until: dt.date, rules: RuleBook) -> NextCertificate:
    """What the next (prolongation) certificate must say and by when it must arrive."""
    must_start = covered_until + ONE_DAY
    months = _optional(rules, "electronic_certificate_max_months", must_start)
    return NextCertificate(
        covered_until=covered_until,
        resume_on=next_working_day(must_start),
        must_start_on=must_start,
        must_arrive_by=prolongation_deadline(covered_until, rules),
        deadline_hours=_whole(rules, "prolongation_deadline_hours", must_start),
        electronic_until=(
            add_months(must_start, int(months)) - ONE_DAY if months is not None else None
        ),
    )


# -- checking a certificate ------------------------------------------------------------------


@dataclass(frozen=True)
class PreviousPeriod:
    started_on: dt.date
    covered_until: dt.date | None  # the last day covered so far
    phase: str  # IncapacityPhase value on that day
    first_paid_day: dt.date  # started_on + paid_from_day_<status>


@dataclass(frozen=True)
class Waiver:
    """When a late certificate's cut may be waived (domain.md §6, §14)."""

    min_loss: Decimal  # late_waiver_min_loss (25 €): below it, no waiver
    income_limit: Decimal  # late_waiver_income_base + per extra member × (members − 1)
    once_in_years: int  # late_waiver_once_in_years (3)
    self_employed_grace_months: int | None  # 1 for the self-employed (from 2022), else None
    applies: bool | None  # True/False when it can be told; None: the member must ask
    grace_until: dt.date | None = None  # self-employed: no cut if it arrived by this day


@dataclass(frozen=True)
class CertificateCheck:
    problems: tuple[str, ...]  # "certificate_dates_missing", "certificate_ends_before_start",
    #                            "certificate_overlaps" (starts before the previous end + 1)
    kind: str | None  # Continuation value; None when there are problems
    uncovered: tuple[tuple[dt.date, dt.date], ...]  # days not covered before it (a gap)
    deadline: dt.date | None
    late: bool
    late_days: int  # paid days (six-day week) cut, from the first paid day to its arrival
    penalty_rate: Decimal  # late_declaration_penalty (0.10)
    estimated_loss: Decimal | None  # daily amount × rate × late_days; None: no daily amount
    waiver: Waiver | None  # when late
    electronic_needs_no_paper: bool  # sent by the doctor: nothing for the member to send
    electronic_too_long: bool  # electronic, covering more than electronic_certificate_max_months
    # The paid days cut when late: from the first paid day it concerns to its arrival (no
    # further than its last day); None when no paid day is cut.
    late_from: dt.date | None = None
    late_until: dt.date | None = None


def late_waiver(
    *,
    work_status: str,
    kind: str,
    deadline: dt.date,
    received_on: dt.date,
    loss: Decimal | None,
    household_members: int,
    rules: RuleBook,
) -> Waiver:
    """The waiver's conditions for a certificate that arrived late on `received_on`.

    It can be told that it applies for a self-employed member's first declaration (of a period,
    so the once-per-period grace is still unused) that arrived within the grace months; that it
    does not when the loss is under the minimum (or nothing is lost); otherwise the member asks
    (force majeure, or the household's income under the limit, once in so many years)."""
    on = received_on
    members = max(household_members, 1)
    income_limit = rules.value("late_waiver_income_base", on) + rules.value(
        "late_waiver_income_per_member", on
    ) * (members - 1)
    min_loss = rules.value("late_waiver_min_loss", on)
    grace = None
    grace_until = None
    if work_status == WorkStatus.SELF_EMPLOYED:
        months = _optional(rules, "self_employed_late_grace_months", on)
        if months is not None:
            grace = int(months)
            grace_until = add_months(deadline, grace)
    applies: bool | None = None
    if (
        grace_until is not None
        and received_on <= grace_until
        and kind in (Continuation.FIRST, Continuation.NEW)
    ):
        applies = True
    elif loss is not None and loss < min_loss:
        applies = False
    return Waiver(
        min_loss=min_loss,
        income_limit=money(income_limit),
        once_in_years=_whole(rules, "late_waiver_once_in_years", on),
        self_employed_grace_months=grace,
        applies=applies,
        grace_until=grace_until,
    )


def check_certificate(
    *,
    covers_from: dt.date | None,
    covers_to: dt.date | None,
    received_on: dt.date,
    electronic: bool,
    previous: PreviousPeriod | None,
    work_status: str,
    daily_amount: Decimal | None,
    household_members: int,
    rules: RuleBook,
) -> CertificateCheck:
    """What the rules say of a certificate received on `received_on`, after `previous` (the
    member's running or latest period; None: none).

    A late certificate costs `late_declaration_penalty` of the daily amount on each paid day
    (six-day week) from the first paid day it concerns up to the day it arrived, both included
    (no further than the last day it covers): for a first declaration or a new incapacity the
    first paid day after the guaranteed salary; for a prolongation or a relapse its own first
    day (the period is already paid). A relapse's deadline is a prolongation's, counted from
    the day before the relapse starts (domain.md §6: "relapse / extension: 48 h")."""
    penalty_rate = rules.value("late_declaration_penalty", received_on)
    problems: list[str] = []
    if covers_from is None or covers_to is None:
        problems.append("certificate_dates_missing")
    elif covers_to < covers_from:
        problems.append("certificate_ends_before_start")
    if (
        covers_from is not None
        and previous is not None
        and previous.covered_until is not None
        and covers_from <= previous.covered_until
    ):
        problems.append("certificate_overlaps")
    if problems:
        return CertificateCheck(
            problems=tuple(problems),
            kind=None,
            uncovered=(),
            deadline=None,
            late=False,
            late_days=0,
            penalty_rate=penalty_rate,
            estimated_loss=None,
            waiver=None,
            electronic_needs_no_paper=electronic,
            electronic_too_long=False,
        )
    assert covers_from is not None and covers_to is not None

    uncovered: tuple[tuple[dt.date, dt.date], ...] = ()
    if previous is None or previous.covered_until is None:
        kind = Continuation.FIRST.value
        started_on = previous.started_on if previous is not None else covers_from
        deadline = first_declaration_deadline(started_on, work_status, rules)
        first_paid = (
            previous.first_paid_day
            if previous is not None
            else expected_first_paid_day(started_on, work_status, rules)
        )
    else:
        kind = continuation(previous.covered_until, previous.phase, covers_from, rules)
        if covers_from > previous.covered_until + ONE_DAY:
            uncovered = ((previous.covered_until + ONE_DAY, covers_from - ONE_DAY),)
        if kind == Continuation.NEW:
            deadline = first_declaration_deadline(covers_from, work_status, rules)
            first_paid = expected_first_paid_day(covers_from, work_status, rules)
        elif kind == Continuation.PROLONGATION:
            deadline = prolongation_deadline(previous.covered_until, rules)
            first_paid = max(covers_from, previous.first_paid_day)
        else:
            deadline = prolongation_deadline(covers_from - ONE_DAY, rules)
            first_paid = max(covers_from, previous.first_paid_day)

    late = received_on > deadline
    cut_until = min(received_on, covers_to)
    late_days = paid_days(first_paid, cut_until) if late else 0
    loss = money(daily_amount * penalty_rate * late_days) if daily_amount is not None else None
    waiver = (
        late_waiver(
            work_status=work_status,
            kind=kind,
            deadline=deadline,
            received_on=received_on,
            loss=loss,
            household_members=household_members,
            rules=rules,
        )
        if late
        else None
    )
    too_long = False
    if electronic:
        months = _optional(rules, "electronic_certificate_max_months", covers_from)
        too_long = months is not None and covers_to >= add_months(covers_from, int(months))
    return CertificateCheck(
        problems=(),
        kind=kind,
        uncovered=uncovered,
        deadline=deadline,
        late=late,
        late_days=late_days,
        penalty_rate=penalty_rate,
        estimated_loss=loss,
        waiver=waiver,
        electronic_needs_no_paper=electronic,
        electronic_too_long=too_long,
        late_from=_paid_day(first_paid, ONE_DAY) if late_days else None,
        late_until=_paid_day(cut_until, -ONE_DAY) if late_days else None,
    )


# -- partial resumption ----------------------------------------------------------------------


def resumption_deadline(starts_on: dt.date, rules: RuleBook) -> dt.date:
    """The last day a partial resumption request reaches the medical adviser in time:
    `partial_resumption_notice_working_days` working days before it starts (domain.md §13,
    §14: start Monday 12/01/2026 → by Friday 09/01/2026)."""
    return working_days_back(
        starts_on, _whole(rules, "partial_resumption_notice_working_days", starts_on)
    )


def resumption_timeliness(starts_on: dt.date, reached_on: dt.date, rules: RuleBook) -> str:
    """On time by the deadline; late, with a cut (`partial_resumption_late_penalty` from the
    start to the day it was sent), when it reached the mutuality at most
    `partial_resumption_late_days` (14) days after the start; later, no indemnity from the
    resumption day on (domain.md §14)."""
    if reached_on <= resumption_deadline(starts_on, rules):
        return Timeliness.ON_TIME.value
    late_days = _whole(rules, "partial_resumption_late_days", starts_on)
    if reached_on <= starts_on + dt.timedelta(days=late_days):
        return Timeliness.LATE_CUT.value
    return Timeliness.LATE_NO_INDEMNITY.value


def resumption_cut(
    work_hours: Decimal, reference_hours: Decimal, rules: RuleBook, on: dt.date
) -> Decimal:
    """How much of the indemnity a partial resumption cuts (employees, domain.md §14): the work
    fraction minus `partial_resumption_free_fraction` (20 %), never below 0, to four places:
    half time → 0.30; a fifth → 0."""
    if reference_hours <= 0 or work_hours < 0:
        raise ValueError("hours must be positive")
    fraction = Decimal(work_hours) / Decimal(reference_hours)
    cut = fraction - rules.value("partial_resumption_free_fraction", on)
    return max(cut, Decimal(0)).quantize(FRACTION, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class SelfEmployedResumption:
    """A self-employed member's partial resumption and its cut over time (domain.md §14): none
    for the first months, then a flat cut until the 31/12 of a later year, then set by the
    income of three years before (the medical adviser says how much)."""

    starts_on: dt.date
    free_until: dt.date  # the last day without a cut
    cut: Decimal  # the flat cut after it (0.10: −10 %)
    cut_until: dt.date  # the last day of the flat cut (31/12 of year 3)

    def cut_on(self, day: dt.date) -> Decimal | None:
        """The cut on `day`: 0 up to `free_until`, `cut` up to `cut_until`; None after it (set
        by the income, not known here)."""
        if day <= self.free_until:
            return Decimal(0)
        if day <= self.cut_until:
            return self.cut
        return None


def self_employed_resumption(starts_on: dt.date, rules: RuleBook) -> SelfEmployedResumption:
    """The stages of a self-employed member's partial resumption starting on `starts_on`, by
    the rules of that day: no cut for `self_employed_resumption_free_months` (6) months, then
    `self_employed_resumption_cut` (10 %) until the 31/12 of the
    `self_employed_resumption_cut_years`-th (3rd) calendar year, the start's year counted as the
    first; then by income. Start 15/03/2026: no cut until 14/09/2026, −10 % until 31/12/2028."""
    months = _whole(rules, "self_employed_resumption_free_months", starts_on)
    years = _whole(rules, "self_employed_resumption_cut_years", starts_on)
    return SelfEmployedResumption(
        starts_on=starts_on,
        free_until=add_months(starts_on, months) - ONE_DAY,
        cut=rules.value("self_employed_resumption_cut", starts_on),
        cut_until=dt.date(starts_on.year + years - 1, 12, 31),
    )


@dataclass(frozen=True)
class ResumptionLateTiers:
    """What a late partial resumption request costs (domain.md §14): `penalty` less from the
    start to the day it reaches the mutuality, when it reaches it by `cut_until`; after that, no
    indemnity from the start."""

    penalty: Decimal  # partial_resumption_late_penalty (0.10: −10 %)
    cut_until: dt.date  # the start + partial_resumption_late_days (14)


def resumption_late_tiers(starts_on: dt.date, rules: RuleBook) -> ResumptionLateTiers:
    """The late tiers of a partial resumption starting on `starts_on`, by the rules of that day
    (the days `resumption_timeliness` counts): start Monday 12/01/2026 → −10 % when it reaches
    us by Monday 26/01/2026, none paid from 12/01 when later."""
    days = _whole(rules, "partial_resumption_late_days", starts_on)
    return ResumptionLateTiers(
        penalty=rules.value("partial_resumption_late_penalty", starts_on),
        cut_until=starts_on + dt.timedelta(days=days),
    )
