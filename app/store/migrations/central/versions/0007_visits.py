"""The central side decides who is at a terminal: registered terminals, visits the gatekeeper
opens once it verified a member (and whom each lets the terminal read), single-use challenges,
the gatekeeper's requests, staff's own database logins, and the proof each inbox operation
carries. The row-level security that keys a terminal's reads to its open visits is 0008.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Timestamp = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "terminal",
        sa.Column("login_role", sa.String(length=63), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_terminal_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("login_role", name=op.f("pk_terminal")),
        sa.UniqueConstraint("name", name=op.f("uq_terminal_name")),
    )
    op.create_table(
        "visit",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("login_role", sa.String(length=63), nullable=True),
        sa.Column("terminal_id", sa.String(length=40), nullable=False),
        sa.Column("niss", sa.String(length=11), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.Column("opened_at", Timestamp, nullable=False),
        sa.Column("expires_at", Timestamp, nullable=False),
        sa.Column("closed_at", Timestamp, nullable=True),
        sa.Column("close_reason", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_visit_member_id_member")
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_visit_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    op.create_index("ix_visit_login_role_closed", "visit", ["login_role", "closed_at"])
    op.create_table(
        "visit_person",
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_visit_person_visit_id_visit")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_visit_person_member_id_member")
        ),
        sa.PrimaryKeyConstraint("visit_id", "member_id", name=op.f("pk_visit_person")),
    )
    op.create_table(
        "visit_challenge",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("login_role", sa.String(length=63), nullable=True),
        sa.Column("nonce", sa.LargeBinary(), nullable=False),
        sa.Column("issued_at", Timestamp, nullable=False),
        sa.Column("used_at", Timestamp, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_challenge")),
    )
    op.create_table(
        "gate_request",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("login_role", sa.String(length=63), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("body", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.Column("answer", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("answered_at", Timestamp, nullable=True),
        sa.Column("asker_pid", sa.Integer(), nullable=True),
        sa.Column("asker_started", Timestamp, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gate_request")),
    )
    with op.batch_alter_table("online_account") as batch:
        # A forgotten password's new one, posted: the old one works until it is first used.
        batch.add_column(sa.Column("new_password_hash", sa.String(length=200), nullable=True))
    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("db_role", sa.String(length=63), nullable=True))
        batch.create_unique_constraint(op.f("uq_staff_db_role"), ["db_role"])
    with op.batch_alter_table("inbox_operation") as batch:
        batch.add_column(sa.Column("visit_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("proof", sa.JSON(none_as_null=True), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        # A password on its way to the gatekeeper is in this table for milliseconds: never in
        # the WAL, never in a replica or an archived segment.
        op.execute("ALTER TABLE gate_request SET UNLOGGED")
        # Who pushed, and when it arrived, are the server's to say: a proof's time is checked
        # against the server's clock, never the terminal's.
        op.execute(
            """
            CREATE OR REPLACE FUNCTION inbox_operation_inserted_by() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                NEW.inserted_by := session_user;
                NEW.received_at := now();
                RETURN NEW;
            END $$
            """
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """
            CREATE OR REPLACE FUNCTION inbox_operation_inserted_by() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                NEW.inserted_by := session_user;
                RETURN NEW;
            END $$
            """
        )
    with op.batch_alter_table("inbox_operation") as batch:
        batch.drop_column("proof")
        batch.drop_column("visit_id")
    with op.batch_alter_table("staff") as batch:
        batch.drop_constraint(op.f("uq_staff_db_role"), type_="unique")
        batch.drop_column("db_role")
    with op.batch_alter_table("online_account") as batch:
        batch.drop_column("new_password_hash")
    op.drop_table("gate_request")
    op.drop_table("visit_challenge")
    op.drop_table("visit_person")
    op.drop_index("ix_visit_login_role_closed", table_name="visit")
    op.drop_table("visit")
    op.drop_table("terminal")
