"""Counter staff: logging in, and opening a member's file, which is always written to the audit log.

On the embedded demo database a clerk logs in with the staff table's hash (staff_login); on
PostgreSQL each clerk signs in to the database as themselves (app/gate/clerk.py, their own
login from `guichet-central staff add`). Opening a member's file is a visit the gatekeeper
opens (app/gate/gatekeeper.py), which calls open_member_file / find_by_card here as the schema
owner: the audit entry names the clerk and the reason. Enrolling at the counter uses
app/services/enrolment.py with actor "staff:<login>".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, select

from app.domain.clock import stored_utc
from app.domain.codes import StaffRole
from app.domain.lockout import is_locked
from app.domain.passwords import verify_password
from app.services.accounts import (
    MemberSummary,
    is_current_member,
    member_row,
    parse_niss,
    summary_of,
)
from app.services.errors import (
    AccountDeactivated,
    AccountLocked,
    BadCredentials,
    Refused,
    reaching_central,
)
from app.services.login import (
    decoy_hash,
    local_day,
    record_failure,
    record_success,
    utc,
)
from app.store.models import AuditEntry, Staff

FILE_OPENED = "member_file_opened"


@dataclass(frozen=True)
class StaffSession:
    staff_id: int
    login: str
    full_name: str
    role: StaffRole
    agency_id: int | None
    # A medical adviser (checks certificates, decides partial resumptions): the staff row's
    # `medical_adviser`; on PostgreSQL membership of guichet_advisers (app/gate/clerk.py). The
    # central worker checks it again.
    medical_adviser: bool = False

    @property
    def actor(self) -> str:
        """How the outbox names what this clerk queues."""
        return f"staff:{self.login}"


@reaching_central
def staff_login(central: Engine, login: str, password: str, *, now: dt.datetime) -> StaffSession:
    """A clerk's login: BadCredentials, AccountLocked (5 failures: 15 minutes) or
    AccountDeactivated (a staff account no longer active, said only after the right password)."""
    now = utc(now)
    login = (login or "").strip()
    with central.connect() as connection:
        row = connection.execute(
            select(
                Staff.id,
                Staff.login,
                Staff.full_name,
                Staff.role,
                Staff.agency_id,
                Staff.active,
                Staff.password_hash,
                Staff.locked_until,
                Staff.medical_adviser,
            ).where(Staff.login == login)
        ).first()
    if row is None:
        verify_password(password, decoy_hash())
        raise BadCredentials()
    locked_until = stored_utc(row.locked_until)
    if is_locked(locked_until, now):
        raise AccountLocked(locked_until)
    if not verify_password(password, row.password_hash):
        with central.begin() as connection:
            until = record_failure(connection, Staff, row.id, now)
        if until is not None:
            raise AccountLocked(until)
        raise BadCredentials()
    if not row.active:
        raise AccountDeactivated()
    with central.begin() as connection:
        if not record_success(connection, Staff, row.id, now):
            raise AccountLocked(
                stored_utc(
                    connection.execute(
                        select(Staff.locked_until).where(Staff.id == row.id)
                    ).scalar()
                )
            )
    return StaffSession(
        row.id,
        row.login,
        row.full_name,
        StaffRole(row.role),
        row.agency_id,
        medical_adviser=bool(row.medical_adviser),
    )


def _audit(
    connection: Connection,
    staff: StaffSession,
    member_id: int,
    *,
    terminal: str,
    now: dt.datetime,
    detail: str,
) -> None:
    # An inline insert has no RETURNING: the counter role may add audit rows, not read them.
    connection.execute(
        insert(AuditEntry)
        .inline()
        .values(
            at=now,
            staff_id=staff.staff_id,
            terminal=terminal,
            action=FILE_OPENED,
            member_id=member_id,
            detail=detail,
        )
    )


@reaching_central
def open_member_file(
    central: Engine,
    staff: StaffSession,
    niss_text: str,
    *,
    terminal: str,
    now: dt.datetime,
    reason: str | None = None,
) -> MemberSummary:
    """The member's file, by national number typed in any form; recorded in the audit log in
    the same transaction. Any member who ever was, left ones too (a clerk may need the
    history). InvalidForm({"niss": ...}) on a bad number, Refused("unknown_member")."""
    niss = parse_niss(niss_text)
    now = utc(now)
    with central.begin() as connection:
        row = member_row(connection, niss=niss.digits)
        if row is None:
            raise Refused("unknown_member")
        detail = "national number" + (f"; {reason}" if reason else "")
        _audit(connection, staff, row.id, terminal=terminal, now=now, detail=detail)
        return summary_of(row)


@reaching_central
def find_by_card(
    central: Engine,
    staff: StaffSession,
    niss: str,
    *,
    terminal: str,
    now: dt.datetime,
    reason: str | None = None,
) -> MemberSummary | None:
    """The member whose card the clerk read, recorded in the audit log; None for someone who
    is not a member today (never was, left, died): the clerk then enrols them."""
    digits = parse_niss(niss).digits
    now = utc(now)
    with central.begin() as connection:
        row = member_row(connection, niss=digits)
        if row is None or not is_current_member(row.status, row.left_on, local_day(now)):
            return None
        detail = "eID card" + (f"; {reason}" if reason else "")
        _audit(connection, staff, row.id, terminal=terminal, now=now, detail=detail)
        return summary_of(row)
