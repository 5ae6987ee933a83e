"""Who is insured on a given day, and who may have an online account of their own."""

from __future__ import annotations

import datetime as dt

from app.domain.codes import MemberRole, MemberStatus


def is_insured_on(status: MemberStatus | str, left_on: dt.date | None, day: dt.date) -> bool:
    """A member on `day`: not left nor deceased (a leaving date still ahead counts as insured)."""
    if MemberStatus(status) in (MemberStatus.LEFT, MemberStatus.DECEASED):
        return left_on is not None and left_on > day
    return True


def age_on(born: dt.date, day: dt.date) -> int:
    """Age in whole years on `day` (someone born on 29 February ages on 1 March)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def own_account_refusal(
    role: MemberRole | str, born: dt.date, day: dt.date, majority_age: int
) -> str | None:
    """Why this member may not have an online account of their own yet, or None.

    domain.md §13: a dependant sees nothing of their own online until their federation's
    majority age (18, or 16 in Mons Wallonie Picarde): "too_young".
    """
    if MemberRole(role) == MemberRole.DEPENDANT and age_on(born, day) < majority_age:
        return "too_young"
    return None
