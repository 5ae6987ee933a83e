"""The open visits of a login, found without reading the visit history.

Every row-level security policy calls `guichet_visible_members()` (and its kin), which looks
for the open visits of `session_user`. The index on (login_role, closed_at) served only the
`closed_at IS NULL` part: `login_role = session_user` compares a varchar with a `name` and
stayed a filter, so each call read the index of every visit still open or not — a cost that
grew with the visit history (500,000 closed visits: about 400 buffers, 1 ms warm, 9 ms cold,
for every page a member opens). A partial index of the open visits alone holds the few visits
open at any time: one buffer, whatever the history (measured by tests/bench/queries.py's
`guichet_visible_members()` plan).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-11
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = sa.text("closed_at IS NULL")


def upgrade() -> None:
    op.create_index(
        "ix_visit_open_login_role",
        "visit",
        ["login_role"],
        postgresql_where=OPEN,
        sqlite_where=OPEN,
    )


def downgrade() -> None:
    op.drop_index("ix_visit_open_login_role", table_name="visit")
