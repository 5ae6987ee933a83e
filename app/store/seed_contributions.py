"""The demo's households' contributions, paid or not (issue 16).

One complementary-insurance contribution per household and quarter (domain.md §13: per holder,
whatever the number of dependants), its amount the federation's `holder_contribution` on the
quarter's first day, due that day: from the first quarter of the year before the demo's day to
the quarter it falls in. Most are paid; the demo cases' households all are, but the
`UNPAID_CASE` household's latest, so that "Is my file in order?" can be seen red with a demo
card. Its own random stream: the households the seeder made stay as they were.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select

from app.domain.codes import MemberRole, MemberStatus
from app.store import reference as ref
from app.store.models import Household, Member

STREAM = 16_003  # this module's own random stream, whatever the seed
UNPAID_CASE = "active_account"  # the demo case whose household owes its latest contribution
UNPAID_CHANCE = 0.03  # a quarter left unpaid by one of the other households
HOLDER_CONTRIBUTION = "holder_contribution"


def _quarters(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    """(first day, last day) of each quarter from the one holding `first` to `last`'s."""
    quarters = []
    year, month = first.year, (first.month - 1) // 3 * 3 + 1
    while dt.date(year, month, 1) <= last:
        start = dt.date(year, month, 1)
        year, month = (year + 1, 1) if month == 10 else (year, month + 3)
        quarters.append((start, dt.date(year, month, 1) - dt.timedelta(days=1)))
    return quarters


def seed(generator: Any, connection: Any) -> None:
    """Add this part's rows through `generator._add(table, row)` / `generator._id(table)`,
    with its own random stream (never `generator.rng`); the households are already written."""
    rng = random.Random(STREAM)
    as_of: dt.date = generator.as_of
    codes = {f.number: f.code for f in ref.FEDERATIONS}
    case_niss = {niss for nisses in generator.cases.values() for niss in nisses}
    unpaid_niss = set(generator.cases.get(UNPAID_CASE, ()))
    holders = connection.execute(
        select(
            Household.id, Household.federation_id, Household.created_on, Member.niss,
            Member.status, Member.left_on,
        )
        .join(Member, Member.household_id == Household.id)
        .where(Member.role == MemberRole.HOLDER)
        .order_by(Household.id)
    ).all()  # fmt: skip
    cases = {
        row.household_id
        for row in connection.execute(select(Member.household_id).where(Member.niss.in_(case_niss)))
    }
    quarters = _quarters(dt.date(as_of.year - 1, 1, 1), as_of)
    for household in holders:
        ends = household.left_on if household.status == MemberStatus.LEFT else None
        owed = [
            (start, end)
            for start, end in quarters
            if end >= household.created_on and (ends is None or start <= ends)
        ]
        for index, (start, end) in enumerate(owed):
            amount = generator.rules.value(
                HOLDER_CONTRIBUTION, codes[household.federation_id], start
            )
            if household.niss in unpaid_niss:
                paid = index < len(owed) - 1  # its latest one is not paid
            elif household.id in cases:
                paid = True
            else:
                paid = rng.random() >= UNPAID_CHANCE
            generator._add(
                "contribution",
                {
                    "id": generator._id("contribution"),
                    "household_id": household.id,
                    "period_from": start,
                    "period_to": end,
                    "amount": amount,
                    "due_on": start,
                    "paid_on": min(start + dt.timedelta(days=rng.randrange(28)), as_of)
                    if paid
                    else None,
                },
            )
