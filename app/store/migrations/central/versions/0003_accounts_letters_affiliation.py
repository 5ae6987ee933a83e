"""Accounts, letters and joining: postal letters, affiliation requests, signed documents kept,
staff lockout.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True)


def upgrade() -> None:
    op.create_table(
        "postal_letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("letter_kind", "credentials", "new_password"), nullable=False),
        sa.Column("language", _enum("language", "fr", "nl", "de", "en"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("leaves_on", sa.Date(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("operation_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_postal_letter_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_postal_letter")),
        sa.UniqueConstraint("operation_id", name=op.f("uq_postal_letter_operation_id")),
    )
    with op.batch_alter_table("postal_letter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_postal_letter_member_id"), ["member_id"], unique=False)
        batch_op.create_index(
            "ix_postal_letter_sent_leaves", ["sent_on", "leaves_on"], unique=False
        )

    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content", sa.LargeBinary(), nullable=True))
        batch_op.alter_column("member_id", existing_type=sa.Integer(), nullable=True)

    op.create_table(
        "affiliation_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("niss", sa.String(length=11), nullable=False),
        sa.Column("surname", sa.String(length=120), nullable=False),
        sa.Column("first_names", sa.String(length=120), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", _enum("sex", "M", "F", "X"), nullable=True),
        sa.Column("nationality", sa.String(length=60), nullable=True),
        sa.Column("street_and_number", sa.String(length=160), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("municipality", sa.String(length=80), nullable=False),
        sa.Column("language", _enum("language", "fr", "nl", "de", "en"), nullable=False),
        sa.Column("role", _enum("member_role", "holder", "dependant"), nullable=False),
        sa.Column("holder_member_id", sa.Integer(), nullable=True),
        sa.Column("previous_mutuality", sa.String(length=3), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column(
            "channel", _enum("channel", "terminal", "counter", "online", "post"), nullable=False
        ),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "status",
            _enum("affiliation_status", "received", "accepted", "refused"),
            nullable=False,
        ),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("operation_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "(role = 'holder' AND holder_member_id IS NULL)"
            " OR (role = 'dependant' AND holder_member_id IS NOT NULL)",
            name=op.f("ck_affiliation_request_role_holder"),
        ),
        sa.CheckConstraint("length(niss) = 11", name=op.f("ck_affiliation_request_niss_length")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_affiliation_request_document_id_document"),
        ),
        sa.ForeignKeyConstraint(
            ["holder_member_id"],
            ["member.id"],
            name=op.f("fk_affiliation_request_holder_member_id_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_affiliation_request")),
        sa.UniqueConstraint("operation_id", name=op.f("uq_affiliation_request_operation_id")),
    )
    with op.batch_alter_table("affiliation_request", schema=None) as batch_op:
        batch_op.create_index(
            "ix_affiliation_request_niss_status", ["niss", "status"], unique=False
        )

    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_attempts")

    with op.batch_alter_table("affiliation_request", schema=None) as batch_op:
        batch_op.drop_index("ix_affiliation_request_niss_status")
    op.drop_table("affiliation_request")

    # Documents of people who never became members cannot stay without their request.
    op.execute("DELETE FROM document WHERE member_id IS NULL")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.alter_column("member_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("content")

    with op.batch_alter_table("postal_letter", schema=None) as batch_op:
        batch_op.drop_index("ix_postal_letter_sent_leaves")
        batch_op.drop_index(batch_op.f("ix_postal_letter_member_id"))
    op.drop_table("postal_letter")
