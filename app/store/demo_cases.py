"""Which demo members stand for which case, read back from a seeded database.

The seeder makes its fixed households first, in the order of `SPECIAL_HOUSEHOLDS`, each holder
before its dependants: households 1, 2, … and their members in id order map onto those specs (a
new one is only ever added at the end). So the cases can be found again at any time, without a
demo-only table in the central schema.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from app.store.models import Member
from app.store.seed import SPECIAL_HOUSEHOLDS


def demo_cases(connection: Connection) -> dict[str, Member]:
    """{case: member row} for every case the seeded database holds."""
    found: dict[str, Member] = {}
    for household_id, spec in enumerate(SPECIAL_HOUSEHOLDS, start=1):
        members = connection.execute(
            select(Member).where(Member.household_id == household_id).order_by(Member.id)
        ).all()
        if not members:
            break
        holder, *dependants = members
        for case in spec.holder_cases:
            found[case] = holder
        for dep_spec, member in zip(spec.dependants or (), dependants, strict=False):
            for case in dep_spec.cases:
                found[case] = member
    return found
