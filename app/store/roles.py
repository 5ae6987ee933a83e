"""Least privilege on PostgreSQL: what a terminal's database role may do, and nothing more.

A terminal may insert operations into the inbox and read them back (their results), and read
the tables the member screens show. It cannot read staff credentials, the audit log, or member
password hashes, and it cannot change member data: every change goes through the inbox and the
central worker, which connects as the owner of the schema.
"""

from __future__ import annotations

import re

from sqlalchemy import Engine, text

# What the member screens read (columns of online_account are listed: never the password hash).
TERMINAL_READS = (
    "federation", "federation_parameter", "agency", "household", "member", "insurability",
    "online_login", "nomenclature_code", "nomenclature_fee", "payment", "reimbursement_line",
    "dmg", "incapacity", "incapacity_certificate", "indemnity_payment", "payment_calendar",
    "medical_convocation", "maf_ceiling", "maf_counter", "young_saver_account",
    "young_saver_movement", "medical_agreement", "document", "document_order",
    "contact_request", "contact_request_event",
)  # fmt: skip
ONLINE_ACCOUNT_COLUMNS = (
    "id", "member_id", "username", "status", "created_at", "activated_at", "deactivated_at",
    "deactivation_reason", "locked_until", "last_login_at",
)  # fmt: skip
NEVER = ("staff", "audit_log")
ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def grant_terminal_role(engine: Engine, role: str, password: str | None) -> None:
    """Create (or update) the terminal's LOGIN role with exactly the rights above."""
    if engine.dialect.name != "postgresql":
        raise ValueError("database roles exist on PostgreSQL only")
    if not ROLE_NAME.match(role):
        raise ValueError(f"not a plain role name: {role!r}")
    with engine.begin() as connection:
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
        for table in TERMINAL_READS:
            connection.execute(text(f'GRANT SELECT ON "{table}" TO "{role}"'))
        columns = ", ".join(ONLINE_ACCOUNT_COLUMNS)
        connection.execute(text(f'GRANT SELECT ({columns}) ON online_account TO "{role}"'))
        connection.execute(text(f'GRANT SELECT, INSERT ON inbox_operation TO "{role}"'))
        connection.execute(text(f'GRANT USAGE ON SEQUENCE inbox_operation_id_seq TO "{role}"'))
