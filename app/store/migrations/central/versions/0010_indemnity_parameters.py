"""The incapacity indemnities' rates, ceilings and withholdings become dated parameters.

They were constants of the demo seeder; now they are rows of `federation_parameter` (the same
in every federation: national rules), each with its source, read by the day they apply to. A
database seeded before gets them here; one seeded after has them from app/store/reference.py.
The values are written out as they stood when this migration was made: a later change of a rule
is a new row, not an edit of this file.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-10
"""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from app.store.types import ExactDecimal

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SINCE_EVER = dt.date(2000, 1, 1)
RATES = (
    "domain.md §6 and §14: year 1 60 %; invalidity 65 / 55 / 40 % (with dependants, single, "
    "cohabitant)"
)
WITHHOLDING = "domain.md §6 and §14: about 11 % tax in year 1, 3.5 % pension in invalidity"
CEILINGS_2022 = "domain.md §6 and §14, cgslb.be 13/5/2024: incapacities started in 2022–23"
CEILINGS_2024 = (
    "domain.md §6 and §14, cgslb.be 13/5/2024: incapacities from 1/1/2024 (⚠ 'after 1/5/2024')"
)
ROWS = (
    ("primary_indemnity_rate", Decimal("0.60"), SINCE_EVER, RATES),
    ("invalidity_rate_with_dependants", Decimal("0.65"), SINCE_EVER, RATES),
    ("invalidity_rate_single", Decimal("0.55"), SINCE_EVER, RATES),
    ("invalidity_rate_cohabitant", Decimal("0.40"), SINCE_EVER, RATES),
    ("primary_withholding_rate", Decimal("0.11"), SINCE_EVER, WITHHOLDING),
    ("invalidity_withholding_rate", Decimal("0.035"), SINCE_EVER, WITHHOLDING),
    ("capped_daily_wage", Decimal("174.1052"), dt.date(2022, 1, 1), CEILINGS_2022),
    ("capped_daily_wage", Decimal("179.5442"), dt.date(2024, 1, 1), CEILINGS_2024),
    ("primary_max_daily", Decimal("104.46"), dt.date(2022, 1, 1), CEILINGS_2022),
    ("primary_max_daily", Decimal("107.73"), dt.date(2024, 1, 1), CEILINGS_2024),
)

# The value goes through its column type: a scaled integer on SQLite, NUMERIC on PostgreSQL.
parameter = sa.table(
    "federation_parameter",
    sa.column("federation_id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("value", ExactDecimal(scale=4)),
    sa.column("valid_from", sa.Date),
    sa.column("valid_to", sa.Date),
    sa.column("source", sa.String),
)
federation = sa.table("federation", sa.column("id", sa.Integer))


def upgrade() -> None:
    connection = op.get_bind()
    federations = connection.execute(sa.select(federation.c.id)).scalars().all()
    present = set(
        connection.execute(
            sa.select(parameter.c.federation_id, parameter.c.name, parameter.c.valid_from).where(
                parameter.c.name.in_({name for name, *_ in ROWS})
            )
        ).all()
    )
    rows = [
        {
            "federation_id": federation_id,
            "name": name,
            "value": value,
            "valid_from": valid_from,
            "valid_to": None,
            "source": source,
        }
        for federation_id in federations
        for name, value, valid_from, source in ROWS
        if (federation_id, name, valid_from) not in present
    ]
    if rows:
        op.bulk_insert(parameter, rows)


def downgrade() -> None:
    op.execute(parameter.delete().where(parameter.c.name.in_({name for name, *_ in ROWS})))
