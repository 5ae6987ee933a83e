"""Who may see whom: domain.md §13, with ages on both sides of 16 and 18."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.access import AccessReason, Party, decide, may_see

TODAY = dt.date(2026, 11, 25)
MWP = 16  # majority age in Mons Wallonie Picarde
ANT = 18  # every other federation

HOLDER = Party(1, "holder", None, dt.date(1980, 3, 2))


def born_years_ago(years: int, days_more: int = 0) -> dt.date:
    return TODAY.replace(year=TODAY.year - years) - dt.timedelta(days=days_more)


def dependant(age: int, *, blocked: bool = False, member_id: int = 2, holder_id: int = 1) -> Party:
    return Party(
        member_id,
        "dependant",
        holder_id,
        born_years_ago(age, days_more=30),
        access_blocked_on=TODAY - dt.timedelta(days=10) if blocked else None,
    )


@pytest.mark.parametrize(
    ("age", "blocked", "majority", "visible", "reason"),
    [
        (15, False, MWP, True, AccessReason.DEPENDANT_MINOR),
        (17, False, MWP, True, AccessReason.DEPENDANT_ADULT),
        (17, True, MWP, False, AccessReason.BLOCKED),
        (17, False, ANT, True, AccessReason.DEPENDANT_MINOR),
        # Before majority a blocking form changes nothing: the holder still sees a minor.
        (17, True, ANT, True, AccessReason.DEPENDANT_MINOR),
        (19, True, ANT, False, AccessReason.BLOCKED),
        (19, False, ANT, True, AccessReason.DEPENDANT_ADULT),
        (15, True, MWP, True, AccessReason.DEPENDANT_MINOR),
    ],
)
def test_the_holder_sees_a_dependant_until_majority_then_unless_blocked(
    age, blocked, majority, visible, reason
):
    decision = decide(HOLDER, dependant(age, blocked=blocked), TODAY, majority)
    assert decision.allowed is visible
    assert decision.reason == reason
    assert may_see(HOLDER, dependant(age, blocked=blocked), TODAY, majority) is visible


def test_majority_is_reached_on_the_birthday_itself():
    turning_16 = Party(2, "dependant", 1, born_years_ago(16), access_blocked_on=dt.date(2026, 1, 1))
    eve = TODAY - dt.timedelta(days=1)
    assert decide(HOLDER, turning_16, eve, MWP).reason == AccessReason.DEPENDANT_MINOR
    assert decide(HOLDER, turning_16, TODAY, MWP).reason == AccessReason.BLOCKED


def test_a_blocking_form_dated_in_the_future_does_not_block_yet():
    adult = Party(2, "dependant", 1, born_years_ago(20), access_blocked_on=TODAY + dt.timedelta(1))
    assert may_see(HOLDER, adult, TODAY, ANT)
    assert not may_see(HOLDER, adult, TODAY + dt.timedelta(days=1), ANT)


def test_a_stranger_sees_nothing():
    someone_elses_child = dependant(10, holder_id=99)
    assert decide(HOLDER, someone_elses_child, TODAY, ANT).reason == AccessReason.STRANGER
    other_holder = Party(5, "holder", None, dt.date(1970, 1, 1))
    assert not may_see(HOLDER, other_holder, TODAY, ANT)
    # A dependant of age does not see their holder, nor their brother.
    adult_child = dependant(19, member_id=3)
    assert not may_see(adult_child, HOLDER, TODAY, ANT)
    assert not may_see(adult_child, dependant(12, member_id=4), TODAY, ANT)


def test_oneself_is_visible():
    assert decide(HOLDER, HOLDER, TODAY, ANT).reason == AccessReason.SELF
    blocked_adult = dependant(19, blocked=True)
    assert decide(blocked_adult, blocked_adult, TODAY, ANT).reason == AccessReason.SELF


@pytest.mark.parametrize(
    ("age", "majority", "own_access"),
    [(15, MWP, False), (16, MWP, True), (17, ANT, False), (18, ANT, True)],
)
def test_a_dependant_sees_their_own_file_only_from_majority(age, majority, own_access):
    person = Party(2, "dependant", 1, born_years_ago(age))
    decision = decide(person, person, TODAY, majority)
    assert decision.allowed is own_access
    if not own_access:
        assert decision.reason == AccessReason.VIEWER_TOO_YOUNG
