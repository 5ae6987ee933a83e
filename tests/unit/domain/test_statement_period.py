"""Indemnity statement periods (domain.md §13): at most one year, within the 9 years before the
current year, in the past."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.statement_period import (
    InvalidPeriod,
    check_statement_period,
    default_period,
    earliest_start,
)

D = dt.date
TODAY = D(2026, 11, 25)


def _refusal(start: dt.date, end: dt.date, today: dt.date = TODAY) -> str:
    with pytest.raises(InvalidPeriod) as refused:
        check_statement_period(start, end, today=today)
    assert isinstance(refused.value, ValueError)
    return refused.value.code


def test_a_full_ordinary_year_of_365_days_is_accepted():
    check_statement_period(D(2025, 1, 1), D(2025, 12, 31), today=TODAY)


def test_a_period_of_366_days_is_refused_even_the_leap_calendar_year_2024():
    assert _refusal(D(2024, 1, 1), D(2024, 12, 31)) == "period_too_long"
    assert _refusal(D(2025, 3, 1), D(2026, 3, 1)) == "period_too_long"  # 366 days across two years


def test_365_days_starting_mid_year_are_accepted():
    check_statement_period(D(2025, 3, 1), D(2026, 2, 28), today=TODAY)
    check_statement_period(D(2024, 1, 1), D(2024, 12, 30), today=TODAY)  # 365 days of 2024


def test_a_single_day_is_a_period():
    check_statement_period(D(2026, 11, 25), D(2026, 11, 25), today=TODAY)


def test_the_end_before_the_start_is_refused():
    assert _refusal(D(2025, 6, 2), D(2025, 6, 1)) == "end_before_start"


def test_the_earliest_start_is_the_first_of_january_nine_years_before_the_current_year():
    assert earliest_start(TODAY) == D(2017, 1, 1)
    check_statement_period(D(2017, 1, 1), D(2017, 12, 31), today=TODAY)


def test_a_period_ten_years_back_is_refused():
    assert _refusal(D(2016, 1, 1), D(2016, 12, 30)) == "too_old"
    assert _refusal(D(2016, 12, 31), D(2017, 3, 31)) == "too_old"  # one day too early


def test_the_window_moves_with_the_current_year():
    check_statement_period(D(2017, 1, 1), D(2017, 6, 30), today=D(2026, 12, 31))
    assert _refusal(D(2017, 1, 1), D(2017, 6, 30), today=D(2027, 1, 1)) == "too_old"


def test_a_period_ending_after_today_is_refused():
    assert _refusal(D(2026, 1, 1), D(2026, 11, 26)) == "period_in_future"
    check_statement_period(D(2026, 1, 1), TODAY, today=TODAY)


def test_the_limits_are_parameters():
    check_statement_period(D(2024, 1, 1), D(2024, 12, 31), today=TODAY, max_days=366)
    with pytest.raises(InvalidPeriod):
        check_statement_period(D(2020, 1, 1), D(2020, 1, 31), today=TODAY, years_back=5)


def test_the_proposed_period_is_last_year_and_always_one_that_may_be_certified():
    assert default_period(D(2026, 11, 25)) == (D(2025, 1, 1), D(2025, 12, 31))
    start, end = default_period(D(2029, 3, 1))  # after the leap year 2028
    assert (start, end) == (D(2028, 1, 1), D(2028, 12, 30))
    check_statement_period(start, end, today=D(2029, 3, 1))
