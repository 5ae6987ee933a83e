"""A password to change (issue 19): after a login with a letter's password (a new account's
credentials letter, or a forgotten password's letter) the member must choose their own before
anything else. Set by the gatekeeper at that login, cleared when the member changes it. The
change itself is a gate request (`change_password`): guichet_gate_ask takes that kind now
(PostgreSQL; its body, the passwords, is erased once answered as a login's is).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


GATE_KINDS_BEFORE = ("challenge", "eid", "password", "token_challenge", "token", "staff_visit",
                     "close")  # fmt: skip
GATE_KINDS = (*GATE_KINDS_BEFORE, "change_password")
GATE_BODY_MAX = 65536  # as migration 0008


def _gate_ask(kinds: tuple[str, ...]) -> str:
    """guichet_gate_ask as migration 0008 made it, taking `kinds`."""
    allowed = ", ".join(f"'{k}'" for k in kinds)
    return f"""
        CREATE OR REPLACE FUNCTION guichet_gate_ask(request_id uuid, kind text, body jsonb)
        RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
        BEGIN
            IF guichet_gate_ask.kind IS NULL OR guichet_gate_ask.kind NOT IN ({allowed}) THEN
                RAISE EXCEPTION 'guichet: not a gate request kind: %',
                    left(guichet_gate_ask.kind, 40) USING ERRCODE = '22023';
            END IF;
            IF octet_length(guichet_gate_ask.body::text) > {GATE_BODY_MAX} THEN
                RAISE EXCEPTION 'guichet: gate request body over {GATE_BODY_MAX} bytes'
                    USING ERRCODE = '54000';
            END IF;
            INSERT INTO gate_request
                (id, login_role, kind, body, created_at, asker_pid, asker_started)
            VALUES (guichet_gate_ask.request_id, session_user, guichet_gate_ask.kind,
                    guichet_gate_ask.body::json, now(), pg_backend_pid(),
                    (SELECT a.backend_start FROM pg_stat_activity a
                     WHERE a.pid = pg_backend_pid()));
            PERFORM pg_notify('guichet_gate', '');
        END $$"""


def upgrade() -> None:
    with op.batch_alter_table("online_account") as table:
        table.add_column(
            sa.Column(
                "password_must_change", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_gate_ask(GATE_KINDS))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_gate_ask(GATE_KINDS_BEFORE))
    with op.batch_alter_table("online_account") as table:
        table.drop_column("password_must_change")
