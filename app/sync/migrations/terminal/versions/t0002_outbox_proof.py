"""The outbox keeps each operation's proof (app/sync/proofs.py): the visit it was made in and a
MAC with that visit's key, or the card's signature. The proof holds the card's certificate (a
name and a national number): it is erased with the payload once the operation is settled.

Revision ID: t0002
Revises: t0001
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "t0002"
down_revision: str | None = "t0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("visit_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("proof", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("proof")
        batch.drop_column("visit_id")
