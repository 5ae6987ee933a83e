"""Who may see whose file online: oneself, and one's dependants under the mutuality's rules.

domain.md §13 (the mutuality's text is the specification):
* a dependant sees nothing of their own online until they reach majority;
* the holder sees a dependant's data until the dependant's majority: 18, or 16 in the federation
  "Mons Wallonie Picarde" (a dated federation parameter, `majority_age`, passed in here);
* after majority the holder's access stays, unless the dependant returned the signed blocking
  form (`access_blocked_on`); the form only closes the view of a dependant of age (one
  recorded earlier takes effect on the day of majority);
* a dependant who reached majority may have their own access (their own account).

Pure: the caller gives both people as `Party` values and the majority age of the target's
federation on `today`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.domain.codes import MemberRole
from app.domain.membership import age_on


class AccessReason(StrEnum):
    """Why a viewer may (or may not) see a target's file."""

    SELF = "self"  # one's own file
    DEPENDANT_MINOR = "dependant_minor"  # one's dependant, below majority
    DEPENDANT_ADULT = "dependant_adult"  # one's dependant, of age, no blocking form
    BLOCKED = "blocked"  # one's dependant, of age, who returned the blocking form
    VIEWER_TOO_YOUNG = "viewer_too_young"  # a dependant below majority sees nothing online
    STRANGER = "stranger"  # not oneself and not one's dependant


ALLOWED = frozenset({AccessReason.SELF, AccessReason.DEPENDANT_MINOR, AccessReason.DEPENDANT_ADULT})


@dataclass(frozen=True, slots=True)
class Party:
    """What the rule needs to know about a person."""

    member_id: int
    role: MemberRole | str
    holder_id: int | None
    birth_date: dt.date
    access_blocked_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class AccessDecision:
    allowed: bool
    reason: AccessReason


def has_majority(birth_date: dt.date, today: dt.date, majority_age: int) -> bool:
    return age_on(birth_date, today) >= majority_age


def is_blocked(target: Party, today: dt.date, majority_age: int) -> bool:
    """The holder's view is closed: the target is of age and their blocking form has arrived."""
    return (
        target.access_blocked_on is not None
        and target.access_blocked_on <= today
        and has_majority(target.birth_date, today, majority_age)
    )


def decide(viewer: Party, target: Party, today: dt.date, majority_age: int) -> AccessDecision:
    """May `viewer` see `target`'s file on `today`, and why.

    `majority_age` is the majority age of the federation both belong to (a dependant is in
    their holder's household, so in the same federation).
    """
    if MemberRole(viewer.role) == MemberRole.DEPENDANT and not has_majority(
        viewer.birth_date, today, majority_age
    ):
        return AccessDecision(False, AccessReason.VIEWER_TOO_YOUNG)
    if viewer.member_id == target.member_id:
        return AccessDecision(True, AccessReason.SELF)
    if MemberRole(target.role) != MemberRole.DEPENDANT or target.holder_id != viewer.member_id:
        return AccessDecision(False, AccessReason.STRANGER)
    if not has_majority(target.birth_date, today, majority_age):
        return AccessDecision(True, AccessReason.DEPENDANT_MINOR)
    if is_blocked(target, today, majority_age):
        return AccessDecision(False, AccessReason.BLOCKED)
    return AccessDecision(True, AccessReason.DEPENDANT_ADULT)


def may_see(viewer: Party, target: Party, today: dt.date, majority_age: int) -> bool:
    return decide(viewer, target, today, majority_age).allowed
