"""Accidents presumed from reimbursed care (domain.md §10, §14): which care suggests one, and
how a beneficiary's care is grouped into presumed accidents. Pure functions over plain values.

No public INAMI list of "accident codes" exists: each mutuality flags codes or combinations of
codes, and those are dated data (`accident_rule`). A rule's `codes` are groups separated by
"+", codes within a group by ","; it matches when a beneficiary has a line of every group
within `window_days` of the first of them ("590015": an emergency admission alone;
"102550+455015": an orthopaedist's consultation and a limb X-ray within the window). A rule
applies to care given while it was valid, for its federation (None: every federation).

The lines a rule matched are one presumed accident with the others that follow within the
federation's `accident_same_event_days` of its first care date (the presumed date). Two
detections of one accident (care read in two runs) are two declarations, both to be returned
(domain.md §14): a run only groups the lines it reads. A line is in one declaration only: a
line an earlier declaration holds may complete a combination with new care, but it is never
attached again and never dates the new one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

CODE = re.compile(r"^[0-9]{6}$")


def parse_codes(codes: str) -> tuple[frozenset[str], ...]:
    """ "590015" → ({"590015"},); "102550+455015,290015" → ({"102550"}, {"455015", "290015"}).
    ValueError for an empty group or a code that is not six digits."""
    groups = []
    for part in codes.split("+"):
        group = frozenset(code.strip() for code in part.split(",") if code.strip())
        if not group or any(not CODE.match(code) for code in group):
            raise ValueError(f"not a rule's codes: {codes!r}")
        groups.append(group)
    return tuple(groups)


@dataclass(frozen=True)
class DetectionRule:
    id: int
    name: str
    groups: tuple[frozenset[str], ...]
    window_days: int
    valid_from: dt.date
    valid_to: dt.date | None = None
    federation_id: int | None = None

    @classmethod
    def of(cls, row) -> DetectionRule:
        """From an `accident_rule` row (or anything with its attributes)."""
        return cls(
            id=row.id,
            name=row.name,
            groups=parse_codes(row.codes),
            window_days=int(row.window_days),
            valid_from=row.valid_from,
            valid_to=row.valid_to,
            federation_id=row.federation_id,
        )

    @property
    def codes(self) -> frozenset[str]:
        return frozenset().union(*self.groups)

    def applies(self, federation_id: int | None, day: dt.date) -> bool:
        """In force for care given on `day` to a member of this federation."""
        if self.federation_id is not None and self.federation_id != federation_id:
            return False
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class CareLine:
    """A reimbursement line as detection reads it; `new`: not read by an earlier run (a match
    needs one); `declared`: an earlier declaration holds it (it only completes a combination)."""

    id: int
    beneficiary_id: int
    care_date: dt.date
    code: str
    new: bool = True
    declared: bool = False


@dataclass(frozen=True)
class PresumedAccident:
    beneficiary_id: int
    presumed_on: dt.date  # the first care date that raised it
    lines: tuple[tuple[int, int], ...]  # (reimbursement line id, rule id), by care date


def rule_codes(rules: Iterable[DetectionRule]) -> frozenset[str]:
    """Every code some rule names: the lines worth reading."""
    return frozenset().union(*(rule.codes for rule in rules))


def _matches(
    lines: list[CareLine], rule: DetectionRule, federation_id: int | None
) -> list[tuple[dt.date, list[CareLine]]]:
    """The rule's matches among one beneficiary's lines (by care date): (first care date of the
    lines to attach, those lines), each holding at least one new line. A declared line counts
    towards a combination (and opens its window) but is not among the lines to attach."""
    window = dt.timedelta(days=rule.window_days)
    found = []
    taken: set[int] = set()
    candidates = [line for line in lines if line.code in rule.codes]
    for index, first in enumerate(candidates):
        if first.id in taken or not rule.applies(federation_id, first.care_date):
            continue
        within = [c for c in candidates[index:] if c.care_date <= first.care_date + window]
        if len(rule.groups) == 1:
            within = [first]
        if not all(any(c.code in group for c in within) for group in rule.groups):
            continue
        attached = [c for c in within if not c.declared]
        if not any(c.new for c in attached):
            continue
        taken.update(c.id for c in within)
        found.append((min(c.care_date for c in attached), attached))
    return found


def presumed_accidents(
    lines: Iterable[CareLine],
    rules: Iterable[DetectionRule],
    *,
    same_event_days: int | Mapping[int | None, int],
    federation_of: Mapping[int, int | None] | None = None,
) -> list[PresumedAccident]:
    """The accidents the rules presume from `lines`, per beneficiary and presumed date (in that
    order). `same_event_days`: one figure, or one per federation; `federation_of`:
    beneficiary → federation id (None when not given)."""
    rules = tuple(rules)
    per_beneficiary: dict[int, list[CareLine]] = {}
    for line in lines:
        per_beneficiary.setdefault(line.beneficiary_id, []).append(line)
    found: list[PresumedAccident] = []
    for beneficiary_id in sorted(per_beneficiary):
        own = sorted(per_beneficiary[beneficiary_id], key=lambda line: (line.care_date, line.id))
        federation_id = (federation_of or {}).get(beneficiary_id)
        days = (
            same_event_days
            if isinstance(same_event_days, int)
            else same_event_days.get(federation_id, 0)
        )
        matches: list[tuple[dt.date, int, list[CareLine]]] = []
        for rule in rules:
            matches += [
                (day, rule.id, within) for day, within in _matches(own, rule, federation_id)
            ]
        matches.sort(key=lambda match: (match[0], match[1]))
        # A line goes to its earliest match (and that match's rule) only: a later match keeps
        # the lines left, dated by the first of them, or none at all.
        kept: list[tuple[dt.date, int, list[CareLine]]] = []
        attached: set[int] = set()
        for _day, rule_id, within in matches:
            left = [line for line in within if line.id not in attached]
            if left:
                attached.update(line.id for line in left)
                kept.append((min(line.care_date for line in left), rule_id, left))
        kept.sort(key=lambda match: (match[0], match[1]))
        clusters: list[tuple[dt.date, dict[int, tuple[dt.date, int]]]] = []
        for day, rule_id, left in kept:
            if not clusters or day > clusters[-1][0] + dt.timedelta(days=days):
                clusters.append((day, {}))
            clusters[-1][1].update((line.id, (line.care_date, rule_id)) for line in left)
        for day, raised in clusters:
            ordered = sorted(raised.items(), key=lambda item: (item[1][0], item[0]))
            found.append(
                PresumedAccident(
                    beneficiary_id, day, tuple((line_id, rule) for line_id, (_d, rule) in ordered)
                )
            )
    return found
