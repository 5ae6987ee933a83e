"""Logging in to e-Mut at a terminal: with the password, with the eID card, or a new password.

The username is the national number, typed in any of its written forms. Login bookkeeping is
synchronous, on the central database (the terminal's role may update exactly the columns
failed_attempts, locked_until and last_login_at of online_account and insert online_login): a
lockout that waited for the outbox would let a stranger keep guessing from another terminal.
Counting is an atomic `failed_attempts = failed_attempts + 1`, so two terminals guessing at
once both count. The rule itself is app/domain/lockout.py's.

Decisions of this project:
* An unknown username and a wrong password give the same BadCredentials, after the same work
  (a password hash is checked either way), so nobody learns who has an account.
* A locked account says so (AccountLocked with its end): that much is learnt only after five
  wrong passwords. A deactivated account says so only to someone who knows its password.
* A pending account (its credentials letter on its way) logs in with the initial password of
  its letter, which makes it active: the terminal queues `account.first_login` (its role may
  not change an account's status). A pending account with no password at all (made before
  letters carried one) answers AccountPending: there is nothing to guess.
* The eID login is not limited by the password lockout (the card and its PIN are another
  proof) and leaves the failure count alone; it is open to active and pending accounts.
* A password login with a letter's password answers `must_change` (issue 19): the member
  chooses their own first (`change_password`, called by the gatekeeper within the visit).
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, case, insert, or_, select, update
from sqlalchemy.orm import DeclarativeBase

from app.domain import password_policy
from app.domain.clock import brussels_today, stored_utc, utc_now
from app.domain.codes import AccountStatus, LoginMode
from app.domain.lockout import LOCK_DURATION, is_locked, locks_after
from app.domain.niss import InvalidNiss, Niss
from app.domain.passwords import hash_password, verify_password
from app.services.accounts import (
    MemberSummary,
    is_current_member,
    letter_leaves_on,
    member_row,
    summary_of,
)
from app.services.errors import (
    AccountDeactivated,
    AccountLocked,
    AccountPending,
    BadCredentials,
    InvalidForm,
    InvalidUsername,
    Refused,
    niss_problem,
    reaching_central,
)
from app.services.identity_provider import IdentityProvider, TokenChallenge
from app.store.models import AuditEntry, Member, OnlineAccount, OnlineLogin
from app.sync.terminal import Outbox

MEMBER_ACTOR = "member"  # no national number in an actor: actors outlive the payloads


@dataclass(frozen=True)
class LoginSuccess:
    member: MemberSummary
    mode: LoginMode
    logged_in_at: dt.datetime
    first_login: bool = False  # a pending account's first use of its letter's password
    must_change: bool = False  # logged in with a letter's password: choose one first


@dataclass(frozen=True)
class PasswordLetterQueued:
    operation_id: uuid.UUID
    leaves_on: dt.date


# --- Time and usernames -------------------------------------------------------------------


def utc(moment: dt.datetime) -> dt.datetime:
    """`moment` in UTC; the services take aware datetimes only (SQLite compares them as text)."""
    if moment.tzinfo is None:
        raise ValueError("a timezone-aware datetime is needed")
    return moment.astimezone(dt.UTC)


def local_day(moment: dt.datetime) -> dt.date:
    """The Brussels date of an aware moment (ValueError for a naive one)."""
    return brussels_today(utc(moment))


def parse_username(text: str) -> Niss:
    """The national number in any of its three forms; InvalidUsername for anything else."""
    try:
        return Niss.parse(text or "")
    except InvalidNiss as exc:
        raise InvalidUsername(niss_problem(exc)) from exc


@functools.cache
def decoy_hash() -> str:
    # Checked when the username is unknown, so that it costs what a wrong password costs.
    return hash_password("not a password", salt=b"guichet-decoy-00")


# --- The lockout, as atomic updates (online accounts and staff alike) ----------------------


def _not_locked(table, now: dt.datetime):
    return or_(table.c.locked_until.is_(None), table.c.locked_until <= now)


def record_failure(
    connection: Connection, model: type[DeclarativeBase], row_id: int, now: dt.datetime
) -> dt.datetime | None:
    """Count one failure; the lock's end when this failure locks the account (or it was).

    A lock that has run out starts the count again from one.
    """
    table = model.__table__
    attempts = connection.execute(
        update(table)
        .where(table.c.id == row_id, _not_locked(table, now))
        .values(
            failed_attempts=case(
                (table.c.locked_until.is_(None), table.c.failed_attempts + 1), else_=1
            ),
            locked_until=None,
        )
        .returning(table.c.failed_attempts)
    ).scalar()
    if attempts is None:  # locked meanwhile, from another terminal
        return stored_utc(
            connection.execute(select(table.c.locked_until).where(table.c.id == row_id)).scalar()
        )
    if locks_after(attempts):
        until = now + LOCK_DURATION
        connection.execute(update(table).where(table.c.id == row_id).values(locked_until=until))
        return until
    return None


def record_success(
    connection: Connection, model: type[DeclarativeBase], row_id: int, now: dt.datetime, **values
) -> bool:
    """Reset the count (and set `values`) unless the account got locked meanwhile."""
    table = model.__table__
    done = connection.execute(
        update(table)
        .where(table.c.id == row_id, _not_locked(table, now))
        .values(failed_attempts=0, locked_until=None, **values)
    )
    return done.rowcount == 1


def _locked_until(connection: Connection, model, row_id: int) -> dt.datetime:
    table = model.__table__
    until = connection.execute(select(table.c.locked_until).where(table.c.id == row_id)).scalar()
    return stored_utc(until) or utc_now()


# --- Accounts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Account:
    id: int
    member_id: int
    status: AccountStatus
    password_hash: str | None
    locked_until: dt.datetime | None
    member_current: bool
    new_password_hash: str | None = None
    password_must_change: bool = False


def _account(connection: Connection, niss: Niss, today: dt.date) -> _Account | None:
    row = connection.execute(
        select(
            OnlineAccount.id,
            OnlineAccount.member_id,
            OnlineAccount.status,
            OnlineAccount.password_hash,
            OnlineAccount.new_password_hash,
            OnlineAccount.locked_until,
            OnlineAccount.password_must_change,
            Member.status.label("member_status"),
            Member.left_on,
        )
        .join(Member, Member.id == OnlineAccount.member_id)
        .where(OnlineAccount.username == niss.digits)
    ).first()
    if row is None:
        return None
    return _Account(
        id=row.id,
        member_id=row.member_id,
        status=AccountStatus(row.status),
        password_hash=row.password_hash,
        locked_until=stored_utc(row.locked_until),
        member_current=is_current_member(row.member_status, row.left_on, today),
        new_password_hash=row.new_password_hash,
        password_must_change=bool(row.password_must_change),
    )


def authenticate(central: Engine, niss: Niss, password: str, now: dt.datetime, *,
                 code_ok: bool = True) -> None:  # fmt: skip
    """Check the account's password (and the caller's second factor, `code_ok`).

    Counts a failure (and may lock); raises BadCredentials, AccountLocked, AccountPending or
    AccountDeactivated; returns when the credentials are right. The success itself is
    recorded by `record_login`.
    """
    now = utc(now)
    with central.connect() as connection:
        account = _account(connection, niss, local_day(now))
    if account is None:
        _verify_twice(password, None, None)
        raise BadCredentials()
    renewed = (
        account.new_password_hash is not None
        and code_ok
        and verify_password(password, account.new_password_hash)
    )
    if renewed:
        # The password of a "forgotten password" letter, used for the first time: it replaces
        # the old one now (until then the old one kept working: a stranger asking for a new
        # password locks nobody out), and opens an account a stranger's guesses had locked.
        with central.begin() as connection:
            connection.execute(
                update(OnlineAccount)
                .where(OnlineAccount.id == account.id)
                .values(
                    password_hash=account.new_password_hash,
                    new_password_hash=None,
                    failed_attempts=0,
                    locked_until=None,
                    password_must_change=True,  # the letter's: the member chooses their own
                )
            )
        if account.status == AccountStatus.DEACTIVATED or not account.member_current:
            raise AccountDeactivated()
        return
    if is_locked(account.locked_until, now):
        raise AccountLocked(account.locked_until)
    if account.password_hash is None:
        if account.status == AccountStatus.PENDING_LETTER:
            raise AccountPending()
        _verify_twice(password, None, None)
        raise BadCredentials()
    # The hash is checked outside any transaction: scrypt takes a while, rows stay free.
    right = verify_password(password, account.password_hash) and code_ok
    if not right:
        if account.new_password_hash is None:
            verify_password(password, decoy_hash())  # as long as with a letter on its way
        with central.begin() as connection:
            until = record_failure(connection, OnlineAccount, account.id, now)
        if until is not None:
            raise AccountLocked(until)
        raise BadCredentials()
    if account.status == AccountStatus.DEACTIVATED or not account.member_current:
        raise AccountDeactivated()


def _verify_twice(password: str, first: str | None, second: str | None) -> None:
    """What a wrong password costs (its hash, and a new one's or a decoy), for everyone."""
    verify_password(password, first or decoy_hash())
    verify_password(password, second or decoy_hash())


def record_login(
    central: Engine,
    niss: Niss,
    mode: LoginMode,
    *,
    terminal: str,
    now: dt.datetime,
    outbox: Outbox | None = None,
) -> LoginSuccess:
    """Write the login (online_login, last_login_at) and give the member's summary.

    Password and token logins reset the failure count; a pending account's first such login
    queues its activation on `outbox`.
    """
    now = utc(now)
    with central.begin() as connection:
        account = _account(connection, niss, local_day(now))
        if account is None:
            raise Refused("no_account")
        if account.status == AccountStatus.DEACTIVATED or not account.member_current:
            raise AccountDeactivated()
        if mode == LoginMode.EID:
            connection.execute(
                update(OnlineAccount)
                .where(OnlineAccount.id == account.id)
                .values(last_login_at=now)
            )
        elif not record_success(connection, OnlineAccount, account.id, now, last_login_at=now):
            raise AccountLocked(_locked_until(connection, OnlineAccount, account.id))
        connection.execute(
            insert(OnlineLogin).values(
                account_id=account.id, mode=mode, logged_in_at=now, terminal=terminal
            )
        )
        member = summary_of(member_row(connection, member_id=account.member_id))
    first_login = account.status == AccountStatus.PENDING_LETTER and mode != LoginMode.EID
    if first_login and outbox is not None:
        outbox.enqueue("account.first_login", {"member_niss": niss.digits}, actor=MEMBER_ACTOR)
    # The password just used came from a letter (the credentials', or a forgotten one's).
    must_change = mode == LoginMode.PASSWORD and (first_login or account.password_must_change)
    return LoginSuccess(member, mode, now, first_login, must_change)


# --- The three ways in --------------------------------------------------------------------


@reaching_central
def password_login(
    central: Engine,
    username: str,
    password: str,
    *,
    terminal: str,
    now: dt.datetime,
    outbox: Outbox | None = None,
) -> LoginSuccess:
    """Log in with the national number and the e-Mut password.

    Give the terminal's `outbox` so that a pending account's first login activates it.
    """
    niss = parse_username(username)
    authenticate(central, niss, password, now)
    return record_login(
        central, niss, LoginMode.PASSWORD, terminal=terminal, now=now, outbox=outbox
    )


@reaching_central
def eid_login(central: Engine, niss: str, *, terminal: str, now: dt.datetime) -> LoginSuccess:
    """The member identified by eID and PIN opens their e-Mut account (active or pending).

    Refused("no_account") without an account: that session goes to activation instead.
    """
    return record_login(central, parse_username(niss), LoginMode.EID, terminal=terminal, now=now)


@reaching_central
def token_login(
    central: Engine,
    provider: IdentityProvider,
    challenge: TokenChallenge,
    username: str,
    password: str,
    code: str,
    *,
    terminal: str,
    now: dt.datetime,
    outbox: Outbox | None = None,
) -> LoginSuccess:
    """Log in with the token card through `provider` (identity_provider.py); the login is
    recorded with mode "token"."""
    niss = parse_username(provider.verify(challenge, username, password, code))
    return record_login(central, niss, LoginMode.TOKEN, terminal=terminal, now=now, outbox=outbox)


def forgot_password(
    central: Engine, outbox: Outbox, *, niss_text: str, actor: str, today: dt.date
) -> PasswordLetterQueued:
    """Queue a new password by post. The answer is the same whether or not the number has an
    account: the central side refuses an unknown one ("unknown_member", "no_account") where
    only staff see it. The date told is the latest any federation's `letter_working_days`
    gives today (the terminal may not read whose number it is)."""
    niss = parse_username(niss_text)
    leaves_on = letter_leaves_on(central, outbox, today)
    operation_id = outbox.enqueue(
        "account.password_reset", {"member_niss": niss.digits}, actor=actor
    )
    return PasswordLetterQueued(operation_id, leaves_on)


# --- Changing the password (the gatekeeper's, on the central side) --------------------------


@reaching_central
def change_password(
    central: Engine,
    niss: Niss,
    current: str,
    new: str,
    again: str,
    *,
    terminal: str,
    now: dt.datetime,
) -> None:
    """Replace the member's password, within a visit the gatekeeper checked (app/gate).

    The new one is typed twice and must pass app/domain/password_policy.py with the member's
    own data; the current one is checked as at a login (a wrong one counts towards the lock).
    The letter's password, and a forgotten password's letter still on its way, stop working.
    Raises InvalidForm (every problem, with the policy's figures), AccountLocked,
    AccountDeactivated; a terminal never reads or writes a hash: this runs centrally.
    """
    figures = {"minimum": password_policy.MIN_LENGTH, "maximum": password_policy.MAX_LENGTH}
    if not current:
        raise InvalidForm({"current": "password_current_missing"}, figures)
    if new != again:
        raise InvalidForm({"again": "password_mismatch"}, figures)
    with central.connect() as connection:
        member = connection.execute(
            select(Member.id, Member.first_names, Member.last_name, Member.birth_date).where(
                Member.niss == niss.digits
            )
        ).first()
    if member is None:
        raise Refused("no_account")
    found = password_policy.problems(
        new,
        national_number=niss.digits,
        birth_date=member.birth_date,
        personal=(member.first_names, member.last_name),
        not_again=(current,),
    )
    if found:
        problems: dict[str, str] = {}
        for number, code in enumerate(found):
            problems[f"new{number or ''}"] = code
        raise InvalidForm(problems, figures)
    try:
        authenticate(central, niss, current, now)
    except BadCredentials:
        raise InvalidForm({"current": "password_current_wrong"}, figures) from None
    with central.connect() as connection:
        account = _account(connection, niss, local_day(utc(now)))
    if account is None:
        raise Refused("no_account")
    if account.new_password_hash is not None and verify_password(new, account.new_password_hash):
        raise InvalidForm({"new": "password_same_as_before"}, figures)
    with central.begin() as connection:
        connection.execute(
            update(OnlineAccount)
            .where(OnlineAccount.id == account.id)
            .values(
                password_hash=hash_password(new),
                new_password_hash=None,  # a forgotten password's letter on its way: void
                password_must_change=False,
                failed_attempts=0,
                locked_until=None,
            )
        )
        connection.execute(
            insert(AuditEntry).values(
                at=utc(now), terminal=terminal[:40], action="password_changed",
                member_id=member.id,
            )
        )  # fmt: skip
