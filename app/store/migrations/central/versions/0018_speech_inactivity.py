"""Speech guidance's idle limit (issue 17): while speech is on, a visit waits longer for the
member before it ends (EN 301 549 / WCAG 2.2.1, timing adjustable), a dated federation rule
that terminals read from their copy of the reference tables. Added for every federation of an
existing database, as it stood when this was made.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-10
"""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from app.store.types import ExactDecimal

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SPEECH_TIMING = "EN 301 549 / WCAG 2.2.1 timing adjustable; this mutuality's choice ⚠ to confirm"
RULES = (("speech_inactivity_seconds", Decimal(240), dt.date(2025, 6, 28), SPEECH_TIMING),)

federation = sa.table("federation", sa.column("id", sa.Integer))
parameter = sa.table(
    "federation_parameter",
    sa.column("federation_id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("value", ExactDecimal(scale=4)),
    sa.column("valid_from", sa.Date),
    sa.column("valid_to", sa.Date),
    sa.column("source", sa.String),
)


def upgrade() -> None:
    connection = op.get_bind()
    federations = connection.execute(sa.select(federation.c.id)).scalars().all()
    present = set(
        connection.execute(
            sa.select(parameter.c.federation_id, parameter.c.name, parameter.c.valid_from).where(
                parameter.c.name.in_({name for name, *_ in RULES})
            )
        ).all()
    )
    rows = [
        {"federation_id": federation_id, "name": name, "value": value,
         "valid_from": valid_from, "valid_to": None, "source": source}
        for federation_id in federations
        for name, value, valid_from, source in RULES
        if (federation_id, name, valid_from) not in present
    ]  # fmt: skip
    if rows:
        op.bulk_insert(parameter, rows)


def downgrade() -> None:
    op.execute(parameter.delete().where(parameter.c.name.in_([name for name, *_ in RULES])))
