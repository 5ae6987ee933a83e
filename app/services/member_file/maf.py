"""The maximum billing (MAF): the household's counters of the last three years (domain.md §5)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Engine, select

from app.services.errors import reaching_central
from app.services.member_file.access import FileSession, _target
from app.store.models import MafCounter

MAF_YEARS = 3


@dataclass(frozen=True)
class MafYear:
    year: int
    kind: str  # MafKind value
    ceiling: Decimal
    personal_shares: Decimal  # counted towards the ceiling
    refunded: Decimal
    still_due: Decimal  # above the ceiling and not refunded yet
    remaining: Decimal  # still to pay before the ceiling is reached (0 once it is)
    reached_on: dt.date | None
    updated_on: dt.date


@reaching_central
def maf(
    central: Engine, session: FileSession, target_niss: str, today: dt.date
) -> tuple[MafYear, ...]:
    """The household's MAF counters of the last 3 years (this year first)."""
    with central.connect() as connection:
        _viewer_row, target = _target(connection, session, target_niss, today)
        rows = connection.execute(
            select(MafCounter)
            .where(
                MafCounter.household_id == target.household_id,
                MafCounter.year > today.year - MAF_YEARS,
                MafCounter.year <= today.year,
            )
            .order_by(MafCounter.year.desc())
        ).all()
        zero = Decimal("0.00")
        return tuple(
            MafYear(
                year=r.year,
                kind=str(r.kind),
                ceiling=r.ceiling,
                personal_shares=r.personal_shares,
                refunded=r.refunded,
                still_due=max(zero, r.personal_shares - r.ceiling - r.refunded),
                remaining=max(zero, r.ceiling - r.personal_shares),
                reached_on=r.reached_on,
                updated_on=r.updated_on,
            )
            for r in rows
        )
