"""Least privilege on PostgreSQL: what a terminal's (and a counter's) database role may do.

A terminal may insert operations into the inbox and read them back (their results), and read
the tables the member screens show. Every change of member data goes through the inbox and the
central worker, which connects as the owner of the schema. One exception, by design: login
bookkeeping is synchronous (a lockout delayed through the outbox would let a stranger keep
guessing from another terminal), so the terminal may read an account's password hash and
failure count, UPDATE only online_account's failed_attempts, locked_until and last_login_at,
and INSERT into online_login. It still cannot change an account's status or username, member
rows, staff or the audit log, nor read staff credentials, the audit log or postal letters
(they carry passwords in clear until posted).

A counter (staff mode) has the terminal's rights, plus: it reads staff (to log a clerk in) and
may count a clerk's failures (UPDATE staff.failed_attempts, locked_until only), and it may
INSERT into audit_log (every member file a clerk opens) but never read, change or delete an
audit entry. It reads affiliation requests in full (the queue clerks work), and the postal
letters waiting (printed as one batch by a supervisor). The inbox records which role pushed
each operation (`inserted_by`, filled in by the server): staff operations are applied only
when it was a counter's.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, text

# What the member screens read (columns of online_account are listed: see the docstring).
TERMINAL_READS = (
    "federation", "federation_parameter", "agency", "household", "member", "insurability",
    "online_login", "nomenclature_code", "nomenclature_fee", "payment", "reimbursement_line",
    "dmg", "incapacity", "incapacity_certificate", "indemnity_payment", "payment_calendar",
    "medical_convocation", "maf_ceiling", "maf_counter", "young_saver_account",
    "young_saver_movement", "medical_agreement", "document", "document_order",
    "contact_request", "contact_request_event",
)  # fmt: skip
ONLINE_ACCOUNT_COLUMNS = (
    "id", "member_id", "username", "status", "password_hash", "created_at", "activated_at",
    "deactivated_at", "deactivation_reason", "failed_attempts", "locked_until", "last_login_at",
)  # fmt: skip
ONLINE_ACCOUNT_UPDATES = ("failed_attempts", "locked_until", "last_login_at")
# "Is this person's request to join waiting?": no identity or address beyond the number.
AFFILIATION_REQUEST_COLUMNS = ("id", "niss", "status", "received_at", "effective_on")
STAFF_UPDATES = ("failed_attempts", "locked_until")
INBOX_INSERTS = (
    "operation_id", "terminal_id", "terminal_seq", "kind", "version", "payload", "actor",
    "member_niss", "created_at", "received_at", "state", "attempts",
)  # fmt: skip
NEVER = ("staff", "audit_log", "postal_letter")
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def _login_role(connection: Connection, role: str, password: str | None) -> None:
    if not ROLE_NAME.match(role):
        raise ValueError(f"not a plain role name: {role!r}")
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}
    ).first()
    if not exists:
        connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    if password is not None:
        # Identifiers cannot be bound; the password is a literal quoted by the server.
        quoted = connection.execute(text("SELECT quote_literal(:p)"), {"p": password})
        connection.execute(text(f'ALTER ROLE "{role}" PASSWORD {quoted.scalar_one()}'))
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"'))
    connection.execute(text(f'GRANT USAGE ON SCHEMA public TO "{role}"'))
    connection.execute(text(f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{role}"'))
    connection.execute(text(f'REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM "{role}"'))


def _terminal_rights(connection: Connection, role: str) -> None:
    def grant(statement: str) -> None:
        connection.execute(text(f'{statement} TO "{role}"'))

    for table in TERMINAL_READS:
        grant(f'GRANT SELECT ON "{table}"')
    grant(f"GRANT SELECT ({', '.join(ONLINE_ACCOUNT_COLUMNS)}) ON online_account")
    grant(f"GRANT UPDATE ({', '.join(ONLINE_ACCOUNT_UPDATES)}) ON online_account")
    grant("GRANT INSERT ON online_login")
    grant("GRANT USAGE ON SEQUENCE online_login_id_seq")
    grant(f"GRANT SELECT ({', '.join(AFFILIATION_REQUEST_COLUMNS)}) ON affiliation_request")
    # Every column but inserted_by, which a trigger fills in with the login role whatever is
    # granted: the worker tells a counter's staff actions from a terminal's by it.
    grant(f"GRANT SELECT, INSERT ({', '.join(INBOX_INSERTS)}) ON inbox_operation")
    grant("GRANT USAGE ON SEQUENCE inbox_operation_id_seq")


def grant_terminal_role(engine: Engine, role: str, password: str | None) -> None:
    """Create (or update) a terminal's LOGIN role with exactly the rights above."""
    if engine.dialect.name != "postgresql":
        raise ValueError("database roles exist on PostgreSQL only")
    with engine.begin() as connection:
        _login_role(connection, role, password)
        _terminal_rights(connection, role)


def grant_counter_role(engine: Engine, role: str, password: str | None) -> None:
    """Create (or update) a counter's LOGIN role: the terminal's rights, staff logins, and
    audit entries it can add but never read back, change or delete."""
    if engine.dialect.name != "postgresql":
        raise ValueError("database roles exist on PostgreSQL only")
    with engine.begin() as connection:
        _login_role(connection, role, password)
        _terminal_rights(connection, role)
        connection.execute(text(f'GRANT SELECT ON staff TO "{role}"'))
        columns = ", ".join(STAFF_UPDATES)
        connection.execute(text(f'GRANT UPDATE ({columns}) ON staff TO "{role}"'))
        connection.execute(text(f'GRANT SELECT ON affiliation_request TO "{role}"'))
        connection.execute(text(f'GRANT INSERT ON audit_log TO "{role}"'))
        # The letters waiting for the post, printed as one batch at the counter (a supervisor,
        # the screen checks; each printing is audited). Terminals never read them.
        connection.execute(text(f'GRANT SELECT ON postal_letter TO "{role}"'))
        connection.execute(text(f'GRANT USAGE ON SEQUENCE audit_log_id_seq TO "{role}"'))
