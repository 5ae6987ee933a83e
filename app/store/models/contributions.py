"""What a household pays the mutuality: the complementary-insurance contribution, per period
(domain.md §13: 11.40 per holder), and whether it was paid."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from app.store.models.base import Base
from app.store.types import Money


class Contribution(Base):
    """A contribution due for a period (a quarter or a month), paid or not."""

    __tablename__ = "contribution"
    __table_args__ = (
        Index("ix_contribution_household_period", "household_id", "period_from"),
        CheckConstraint("period_to >= period_from", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"))
    period_from: Mapped[dt.date] = mapped_column(Date)
    period_to: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    due_on: Mapped[dt.date] = mapped_column(Date)
    paid_on: Mapped[dt.date | None] = mapped_column(Date)
