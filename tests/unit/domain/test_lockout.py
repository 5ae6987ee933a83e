"""Lockout: 5 wrong passwords in a row lock an account for 15 minutes; a success resets."""

from __future__ import annotations

import datetime as dt

from app.domain.lockout import LOCK_DURATION, MAX_FAILED_ATTEMPTS, LockoutState, next_state

T0 = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


def minutes(n: float) -> dt.timedelta:
    return dt.timedelta(minutes=n)


def test_the_rule_is_five_failures_and_fifteen_minutes():
    assert MAX_FAILED_ATTEMPTS == 5 and minutes(15) == LOCK_DURATION


def test_four_failures_do_not_lock_the_fifth_does():
    state = LockoutState(0, None)
    for attempt in range(1, 5):
        state = next_state(state.failed_attempts, state.locked_until, T0 + minutes(attempt), False)
        assert state == LockoutState(attempt, None)
    state = next_state(state.failed_attempts, state.locked_until, T0 + minutes(5), False)
    assert state == LockoutState(5, T0 + minutes(20))


def test_a_success_resets_the_count():
    assert next_state(4, None, T0, True) == LockoutState(0, None)
    assert next_state(next_state(4, None, T0, True).failed_attempts, None, T0, False) == (
        LockoutState(1, None)
    )


def test_while_locked_an_attempt_changes_nothing_even_the_right_password():
    until = T0 + minutes(15)
    assert next_state(5, until, T0 + minutes(14), False) == LockoutState(5, until)
    assert next_state(5, until, T0 + minutes(14), True) == LockoutState(5, until)


def test_after_fifteen_minutes_the_count_starts_again():
    until = T0 + minutes(15)
    assert next_state(5, until, until, True) == LockoutState(0, None)
    assert next_state(5, until, until, False) == LockoutState(1, None)
