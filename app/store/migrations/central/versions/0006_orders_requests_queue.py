"""Orders and questions worked at the counter: who took them, why an order was refused, how a
member wants an answer, a request's current status; and which database role pushed each inbox
operation (PostgreSQL fills it in), so a staff action is known to come from a counter.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = ("received", "in_progress", "answered", "closed")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True)


def upgrade() -> None:
    with op.batch_alter_table("document_order") as batch:
        batch.add_column(sa.Column("reason", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("handled_by", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key(
            op.f("fk_document_order_handled_by_staff"), "staff", ["handled_by"], ["id"]
        )
        batch.create_index("ix_document_order_status_ordered", ["status", "ordered_at"])

    with op.batch_alter_table("contact_request") as batch:
        batch.add_column(
            sa.Column(
                "answer_by", _enum("answer_channel", "email", "letter", "phone"), nullable=True
            )
        )
        batch.add_column(
            sa.Column(
                "status",
                _enum("request_status", *STATUSES),
                nullable=False,
                server_default="received",
            )
        )
        batch.add_column(sa.Column("assigned_to", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_contact_request_assigned_to_staff"), "staff", ["assigned_to"], ["id"]
        )
        batch.create_index("ix_contact_request_status_created", ["status", "created_at"])
    # A request's status is its latest event.
    op.execute(
        """
        UPDATE contact_request SET status = (
            SELECT e.status FROM contact_request_event e
            WHERE e.request_id = contact_request.id
            ORDER BY e.at DESC, e.id DESC LIMIT 1
        )
        WHERE EXISTS (SELECT 1 FROM contact_request_event e WHERE e.request_id = contact_request.id)
        """
    )

    with op.batch_alter_table("inbox_operation") as batch:
        batch.add_column(sa.Column("inserted_by", sa.String(length=63), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        # Whatever the INSERT says, and whatever a role was granted before this column existed
        # (a table-wide INSERT covers new columns): the server writes who logged in.
        op.execute(
            """
            CREATE FUNCTION inbox_operation_inserted_by() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                NEW.inserted_by := session_user;
                RETURN NEW;
            END $$
            """
        )
        op.execute(
            "CREATE TRIGGER inbox_operation_inserted_by BEFORE INSERT ON inbox_operation "
            "FOR EACH ROW EXECUTE FUNCTION inbox_operation_inserted_by()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER inbox_operation_inserted_by ON inbox_operation")
        op.execute("DROP FUNCTION inbox_operation_inserted_by()")
    with op.batch_alter_table("inbox_operation") as batch:
        batch.drop_column("inserted_by")
    with op.batch_alter_table("contact_request") as batch:
        batch.drop_index("ix_contact_request_status_created")
        batch.drop_constraint(op.f("fk_contact_request_assigned_to_staff"), type_="foreignkey")
        batch.drop_constraint(op.f("ck_contact_request_answer_channel"), type_="check")
        batch.drop_constraint(op.f("ck_contact_request_request_status"), type_="check")
        batch.drop_column("assigned_to")
        batch.drop_column("status")
        batch.drop_column("answer_by")
    with op.batch_alter_table("document_order") as batch:
        batch.drop_index("ix_document_order_status_ordered")
        batch.drop_constraint(op.f("fk_document_order_handled_by_staff"), type_="foreignkey")
        batch.drop_column("handled_at")
        batch.drop_column("handled_by")
        batch.drop_column("reason")
