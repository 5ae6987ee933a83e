"""Locking an account after repeated wrong passwords: 5 failures in a row lock it for 15 minutes.

The rule, for e-Mut accounts and staff alike:
* while the account is locked, an attempt is refused without being checked or counted;
* a success resets the count;
* a failure adds one; the 5th in a row locks the account for 15 minutes from that failure;
* once the lock has run out, counting starts again from zero (5 fresh tries).

The stores apply the same rule with atomic UPDATEs (two terminals guessing at once both count);
these pure functions are its reference and the source of the constants.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MAX_FAILED_ATTEMPTS = 5
LOCK_DURATION = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class LockoutState:
    failed_attempts: int
    locked_until: dt.datetime | None


def is_locked(locked_until: dt.datetime | None, now: dt.datetime) -> bool:
    return locked_until is not None and now < locked_until


def locks_after(failed_attempts: int) -> bool:
    """Whether this many failures in a row lock the account."""
    return failed_attempts >= MAX_FAILED_ATTEMPTS


def next_state(
    failed_attempts: int, locked_until: dt.datetime | None, now: dt.datetime, success: bool
) -> LockoutState:
    """The account's count and lock after one attempt made at `now`."""
    if is_locked(locked_until, now):
        return LockoutState(failed_attempts, locked_until)
    if locked_until is not None:  # the lock ran out: a fresh start
        failed_attempts = 0
    if success:
        return LockoutState(0, None)
    failed_attempts += 1
    return LockoutState(
        failed_attempts, now + LOCK_DURATION if locks_after(failed_attempts) else None
    )
