"""Preparing a hospital stay (issue 16): contributions due and paid per household, the
daily personal shares of a stay as dated rows.

On PostgreSQL a login reads a household's contributions only within a visit of one of its
members (row-level security, as migration 0008's household-wide tables: the MAF counter).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

import app.store.types
from app.store.types import ExactDecimal

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SINCE_EVER = dt.date(2000, 1, 1)
D = Decimal

HOSPITAL_2018 = "domain.md §14: daily personal share, set of 1/1/2018"
HOSPITAL_2019 = "domain.md §14: daily personal share, set of 1/7/2019"
HOSPITAL_NOW = "domain.md §14, uzleuven.be (current, undated ⚠: dated here 1/1/2024)"
SETS = (
    (dt.date(2018, 1, 1), HOSPITAL_2018, "43.20", "15.93", "5.66", "5.66", "5.66", "32.93", "5.66"),
    (dt.date(2019, 7, 1), HOSPITAL_2019, "43.52", "16.25", "5.77", "5.77", "5.77", "33.04", "5.77"),
    (dt.date(2024, 1, 1), HOSPITAL_NOW, "47.08", "19.81", "7.03", "7.03", "7.03", "34.30", "7.03"),
)  # fmt: skip
NAMES = (
    "hospital_share_day1_ordinary",
    "hospital_share_day2_ordinary",
    "hospital_share_long_ordinary_family",
    "hospital_share_day1_bim",
    "hospital_share_day2_bim",
    "hospital_share_day1_dependant",
    "hospital_share_day2_dependant",
)
RULES = (
    *(
        (name, D(value), since, source)
        for since, source, *values in SETS
        for name, value in zip(NAMES, values, strict=True)
    ),
    ("hospital_long_stay_from_day", D(91), SINCE_EVER, "domain.md §14: from day 91"),
)

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


def _add_rules(rules) -> None:
    """The dated rows, for every federation, as they stood when this migration was made."""
    connection = op.get_bind()
    federations = connection.execute(sa.select(federation.c.id)).scalars().all()
    present = set(
        connection.execute(
            sa.select(parameter.c.federation_id, parameter.c.name, parameter.c.valid_from).where(
                parameter.c.name.in_({name for name, *_ in rules})
            )
        ).all()
    )
    rows = [
        {"federation_id": federation_id, "name": name, "value": value,
         "valid_from": valid_from, "valid_to": None, "source": source}
        for federation_id in federations
        for name, value, valid_from, source in rules
        if (federation_id, name, valid_from) not in present
    ]  # fmt: skip
    if rows:
        op.bulk_insert(parameter, rows)


def _drop_rules(rules) -> None:
    op.execute(parameter.delete().where(parameter.c.name.in_({name for name, *_ in rules})))


# The household of a member in a visit: the member subquery names the visible ids itself, so a
# clerk's read of every member does not widen it (migration 0008's maf_counter).
CONTRIBUTION_READ = (
    "household_id IN (SELECT m.household_id FROM member m "
    "WHERE m.id IN (SELECT guichet_visible_members()))"
)


def upgrade() -> None:
    op.create_table(
        "contribution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("amount", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.CheckConstraint("period_to >= period_from", name=op.f("ck_contribution_period")),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_contribution_household_id_household")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contribution")),
    )
    with op.batch_alter_table("contribution") as batch_op:
        batch_op.create_index(
            "ix_contribution_household_period", ["household_id", "period_from"], unique=False
        )
    _add_rules(RULES)
    if op.get_bind().dialect.name == "postgresql":
        op.execute('ALTER TABLE "contribution" ENABLE ROW LEVEL SECURITY')
        op.execute(
            "CREATE POLICY guichet_read_select ON contribution FOR SELECT TO PUBLIC "
            f"USING ({CONTRIBUTION_READ})"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY guichet_read_select ON contribution")
    _drop_rules(RULES)
    op.drop_table("contribution")
