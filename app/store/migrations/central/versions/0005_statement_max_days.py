"""An indemnity statement covers at most 365 days (a period of 366 days is refused): the seeded
parameter said 366.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from app.store.types import ExactDecimal

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# The value goes through its column type: a scaled integer on SQLite, NUMERIC on PostgreSQL.
parameter = sa.table(
    "federation_parameter",
    sa.column("name", sa.String),
    sa.column("value", ExactDecimal(scale=4)),
)


def _replace(old: int, new: int) -> None:
    op.execute(
        parameter.update()
        .where(parameter.c.name == "statement_max_days", parameter.c.value == Decimal(old))
        .values(value=Decimal(new))
    )


def upgrade() -> None:
    _replace(366, 365)


def downgrade() -> None:
    _replace(365, 366)
