"""The central inbox: operations pushed by terminals, applied once by the central worker.

Revision ID: 0002
Revises: 0001_baseline
Create Date: 2026-11-25 05:06:06.049316
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001_baseline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "inbox_operation",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("operation_id", sa.Uuid(), nullable=False),
        sa.Column("terminal_id", sa.String(length=40), nullable=False),
        sa.Column("terminal_seq", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("member_niss", sa.String(length=11), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "received",
                "applied",
                "rejected",
                "held",
                name="inbox_state",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbox_operation")),
        sa.UniqueConstraint("operation_id", name=op.f("uq_inbox_operation_operation_id")),
        sa.UniqueConstraint(
            "terminal_id", "terminal_seq", name=op.f("uq_inbox_operation_terminal_id_terminal_seq")
        ),
    )
    with op.batch_alter_table("inbox_operation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_inbox_operation_member_received", ["member_niss", "received_at"], unique=False
        )
        batch_op.create_index("ix_inbox_operation_state_id", ["state", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("inbox_operation", schema=None) as batch_op:
        batch_op.drop_index("ix_inbox_operation_state_id")
        batch_op.drop_index("ix_inbox_operation_member_received")

    op.drop_table("inbox_operation")
