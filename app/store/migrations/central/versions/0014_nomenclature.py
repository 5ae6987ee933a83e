"""The nomenclature as NomenSoft gives it (issue 16): dates, groups and age bands of codes and fees, and the word index the search reads.

A code gains NomenSoft's dates, group and chapter, and room for its long labels; a fee row its
age band (every row so far: all ages) and the reference of the text that set it (author_doc);
a reimbursement may be missing (the data give none). The search's word index is made from the
codes already there. On PostgreSQL the codes and the index's words compare byte by byte
(COLLATE "C"), whatever the database's collation: the search's prefix ranges need it.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

import app.store.types

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AGE_BANDS = ("all", "under_10", "from_10", "from_75")
FEE_BANDS = "domain.md §14: reimbursement by age band (< 10 y, 10–75 y, 75+ or chronic)"
RULES = (
    ("fee_band_child_below_age", Decimal(10), dt.date(2000, 1, 1), FEE_BANDS),
    ("fee_band_senior_from_age", Decimal(75), dt.date(2000, 1, 1), FEE_BANDS),
)
federation = sa.table("federation", sa.column("id", sa.Integer))
parameter = sa.table(
    "federation_parameter",
    sa.column("federation_id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("value", app.store.types.ExactDecimal(scale=4)),
    sa.column("valid_from", sa.Date),
    sa.column("valid_to", sa.Date),
    sa.column("source", sa.String),
)
code_table = sa.table(
    "nomenclature_code",
    sa.column("code", sa.String),
    sa.column("label_fr", sa.String),
    sa.column("label_nl", sa.String),
)
word_table = sa.table(
    "nomenclature_word",
    sa.column("word", sa.String),
    sa.column("language", sa.String),
    sa.column("code", sa.String),
)


def _money() -> app.store.types.ExactDecimal:
    return app.store.types.ExactDecimal(scale=2, precision=14)


def _byte_order(length: int) -> sa.String:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def _code_collation(collation: str) -> None:
    """The code compared byte by byte (C) on PostgreSQL, or as the database's own."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f'ALTER TABLE nomenclature_code ALTER COLUMN code TYPE varchar(6) COLLATE "{collation}"'
        )


def upgrade() -> None:
    from app.store.nomenclature_import import word_rows  # the same folding as the importer

    with op.batch_alter_table("nomenclature_code") as batch_op:
        for column in ("label_fr", "label_nl"):
            batch_op.alter_column(
                column, existing_type=sa.String(length=200), type_=sa.String(length=1000),
                existing_nullable=False,
            )  # fmt: skip
        batch_op.add_column(sa.Column("valid_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("valid_to", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("group_code", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("chapter", sa.String(length=40), nullable=True))
    # The search finds a prefix by a range (from it to it with its last character raised):
    # codes and index words compare byte by byte whatever the database's collation (an ICU
    # fr-BE one sorts "ne{" before "nez" and "10107:" before "101079").
    _code_collation("C")

    # The new columns by plain ALTER TABLE, their CHECK and the new unique key after them (a
    # batch copy cannot name a column in a CHECK before it exists: see 0012).
    with op.batch_alter_table("nomenclature_fee", recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column(
                "age_band",
                sa.Enum(*AGE_BANDS, name="age_band", native_enum=False, create_constraint=False),
                server_default="all",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("author_doc", sa.String(length=200), nullable=True))
    with op.batch_alter_table("nomenclature_fee") as batch_op:
        batch_op.alter_column("reimbursement_ordinary", existing_type=_money(), nullable=True)
        batch_op.alter_column("reimbursement_bim", existing_type=_money(), nullable=True)
        listed = ", ".join(f"'{band}'" for band in AGE_BANDS)
        batch_op.create_check_constraint(
            op.f("ck_nomenclature_fee_age_band"), f"age_band IN ({listed})"
        )
        batch_op.drop_constraint(
            op.f("uq_nomenclature_fee_code_valid_from_with_dmg"), type_="unique"
        )
        batch_op.create_unique_constraint(
            op.f("uq_nomenclature_fee_code_valid_from_with_dmg_age_band"),
            ["code", "valid_from", "with_dmg", "age_band"],
        )

    op.create_table(
        "nomenclature_word",
        sa.Column("word", _byte_order(60), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.ForeignKeyConstraint(
            ["code"], ["nomenclature_code.code"],
            name=op.f("fk_nomenclature_word_code_nomenclature_code"),
        ),
        sa.PrimaryKeyConstraint("word", "language", "code", name=op.f("pk_nomenclature_word")),
    )  # fmt: skip
    with op.batch_alter_table("nomenclature_word") as batch_op:
        batch_op.create_index(batch_op.f("ix_nomenclature_word_code"), ["code"], unique=False)
    connection = op.get_bind()
    codes = connection.execute(
        sa.select(code_table.c.code, code_table.c.label_fr, code_table.c.label_nl)
    ).all()
    rows = word_rows((code, {"fr": fr, "nl": nl}) for code, fr, nl in codes)
    if rows:
        op.bulk_insert(word_table, rows)
    # The age bands' limits, for every federation, as they stood when this was made.
    federations = connection.execute(sa.select(federation.c.id)).scalars().all()
    present = set(
        connection.execute(
            sa.select(parameter.c.federation_id, parameter.c.name).where(
                parameter.c.name.in_([name for name, *_ in RULES])
            )
        ).all()
    )
    params = [
        {"federation_id": federation_id, "name": name, "value": value,
         "valid_from": valid_from, "valid_to": None, "source": source}
        for federation_id in federations
        for name, value, valid_from, source in RULES
        if (federation_id, name) not in present
    ]  # fmt: skip
    if params:
        op.bulk_insert(parameter, params)


def downgrade() -> None:
    op.execute(parameter.delete().where(parameter.c.name.in_([name for name, *_ in RULES])))
    op.drop_table("nomenclature_word")
    _code_collation("default")
    # Rows only NomenSoft's data could hold go: another age band than all, or no reimbursement.
    op.execute(
        "DELETE FROM nomenclature_fee WHERE age_band <> 'all' "
        "OR reimbursement_ordinary IS NULL OR reimbursement_bim IS NULL"
    )
    with op.batch_alter_table("nomenclature_fee") as batch_op:
        batch_op.drop_constraint(
            op.f("uq_nomenclature_fee_code_valid_from_with_dmg_age_band"), type_="unique"
        )
        batch_op.create_unique_constraint(
            op.f("uq_nomenclature_fee_code_valid_from_with_dmg"),
            ["code", "valid_from", "with_dmg"],
        )
        batch_op.drop_constraint(op.f("ck_nomenclature_fee_age_band"), "check")
        batch_op.alter_column("reimbursement_ordinary", existing_type=_money(), nullable=False)
        batch_op.alter_column("reimbursement_bim", existing_type=_money(), nullable=False)
        batch_op.drop_column("author_doc")
        batch_op.drop_column("age_band")
    for column in ("label_fr", "label_nl"):  # NomenSoft's longer labels, cut to fit again
        op.execute(f"UPDATE nomenclature_code SET {column} = substr({column}, 1, 200)")
    with op.batch_alter_table("nomenclature_code") as batch_op:
        for column in ("chapter", "group_code", "valid_to", "valid_from"):
            batch_op.drop_column(column)
        for column in ("label_fr", "label_nl"):
            batch_op.alter_column(
                column, existing_type=sa.String(length=1000), type_=sa.String(length=200),
                existing_nullable=False,
            )  # fmt: skip
