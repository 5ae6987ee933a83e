"""Each terminal counts its own queue tickets of the day ("B-017"): the counter is raised in the
same transaction that queues the ticket in the outbox, so a crash never prints a number twice
and never skips one silently.

Revision ID: t0003
Revises: t0002
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "t0003"
down_revision: str | None = "t0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ticket_counter",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_ticket_counter")),
    )


def downgrade() -> None:
    op.drop_table("ticket_counter")
