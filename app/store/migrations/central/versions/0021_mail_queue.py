"""The mail queue (issue 19, "Send to my e-mail"): a document a member asked at a terminal to
have sent to the e-mail address on file, until the central worker's sender hands it to the mail
server (app/sync/mail.py); the PDF is erased once sent.

Terminals' and clerks' logins get no right on the table (PDFs, addresses): it is never in
app/store/roles.py's lists. A terminal reads the state of its visit's member's mails only,
through `guichet_mail_status(operation_id)` (SECURITY DEFINER): the state, when it was sent and
whether it was given up, nothing else.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SETTINGS = "SECURITY DEFINER SET search_path = public, pg_temp"
# The schema owner (the worker, the tools) may ask too; a terminal or a clerk only for a member
# of its own open visit (guichet_visible_members(), keyed to session_user).
MAIL_STATUS = f"""
    CREATE FUNCTION guichet_mail_status(operation uuid)
    RETURNS TABLE (state text, sent_at timestamptz, failed boolean)
    LANGUAGE sql STABLE {SETTINGS} AS $$
        SELECT q.state::text, q.sent_at, q.state = 'failed'
        FROM mail_queue q
        WHERE q.operation_id = guichet_mail_status.operation
          AND (q.member_id IN (SELECT guichet_visible_members())
               OR session_user = (SELECT r.rolname FROM pg_class c
                                  JOIN pg_roles r ON r.oid = c.relowner
                                  WHERE c.oid = 'mail_queue'::regclass))
    $$"""


def upgrade() -> None:
    op.create_table(
        "mail_queue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("operation_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("to_address", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("document_kind", sa.String(length=40), nullable=False),
        sa.Column("file_name", sa.String(length=60), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_try_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.String(length=300), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "state IN ('queued', 'sent', 'failed')", name=op.f("ck_mail_queue_state")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_mail_queue_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_queue")),
        sa.UniqueConstraint("operation_id", name=op.f("uq_mail_queue_operation_id")),
    )
    with op.batch_alter_table("mail_queue") as batch_op:
        batch_op.create_index("ix_mail_queue_due", ["state", "next_try_at"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(MAIL_STATUS)
        op.execute("REVOKE ALL ON FUNCTION guichet_mail_status(uuid) FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION guichet_mail_status(uuid)")
    with op.batch_alter_table("mail_queue") as batch_op:
        batch_op.drop_index("ix_mail_queue_due")
    op.drop_table("mail_queue")
