"""A dependant's own access at majority (issue 19): the letter about the holder's access, a
new kind of postal letter, and the dependants the majority job handled (`majority_notice`,
one row a dependant: `member_id` unique, so the job runs once per dependant however often and
however many at once).

`postal_letter.kind` is a closed list stored as VARCHAR with a CHECK (app/store/models/base.py
`code_enum`, never a native PostgreSQL enum): the column grows to the longest value and the
CHECK is made again with the new value, on PostgreSQL by ALTER TABLE, on SQLite by batch's
copy of the table. Nobody but the schema owner reads the new table (app/store/roles.py grants
nothing on it).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS_BEFORE = ("credentials", "new_password")
KINDS = (*KINDS_BEFORE, "holder_access")
CHECK = "ck_postal_letter_letter_kind"


def _kinds(kinds: tuple[str, ...]) -> str:
    return "kind IN (" + ", ".join(f"'{kind}'" for kind in kinds) + ")"


def _letter_kinds(kinds: tuple[str, ...], before: tuple[str, ...]) -> None:
    with op.batch_alter_table("postal_letter") as batch_op:
        batch_op.drop_constraint(op.f(CHECK), type_="check")
        batch_op.alter_column(
            "kind",
            existing_type=sa.String(length=max(map(len, before))),
            type_=sa.String(length=max(map(len, kinds))),
            existing_nullable=False,
        )
        batch_op.create_check_constraint(op.f(CHECK), _kinds(kinds))


def upgrade() -> None:
    _letter_kinds(KINDS, KINDS_BEFORE)
    op.create_table(
        "majority_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("majority_on", sa.Date(), nullable=False),
        sa.Column("handled_on", sa.Date(), nullable=False),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("credentials_letter_id", sa.Integer(), nullable=True),
        sa.Column("access_letter_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"],
                                name=op.f("fk_majority_notice_member_id_member")),
        sa.ForeignKeyConstraint(["account_id"], ["online_account.id"],
                                name=op.f("fk_majority_notice_account_id_online_account")),
        sa.ForeignKeyConstraint(
            ["credentials_letter_id"], ["postal_letter.id"],
            name=op.f("fk_majority_notice_credentials_letter_id_postal_letter"),
        ),
        sa.ForeignKeyConstraint(
            ["access_letter_id"], ["postal_letter.id"],
            name=op.f("fk_majority_notice_access_letter_id_postal_letter"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_majority_notice")),
        sa.UniqueConstraint("member_id", name=op.f("uq_majority_notice_member_id")),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_table("majority_notice")
    # The letters of a kind the older schema does not know cannot stay under its CHECK.
    op.execute(sa.text(f"DELETE FROM postal_letter WHERE NOT ({_kinds(KINDS_BEFORE)})"))
    _letter_kinds(KINDS_BEFORE, KINDS)
