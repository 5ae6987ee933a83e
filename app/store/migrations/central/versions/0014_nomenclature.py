"""The nomenclature as NomenSoft gives it (issue 16): dates, groups and age bands of codes and fees, and the word index the search reads.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from collections.abc import Sequence

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # written with issue 16


def downgrade() -> None:
    pass
