"""The member screens' central queries: newest first, paged without gaps or repeats."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.store import migrate
from app.store.db import make_engine
from app.store.models import Member, ReimbursementLine
from app.store.queries import reimbursement_lines
from app.store.seed import seed_database


def test_pages_of_a_members_lines_cover_all_of_them_newest_first(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    migrate.upgrade(engine)
    summary = seed_database(engine, households=6, seed=2, as_of=dt.date(2026, 11, 22))
    niss = summary.cases["maf_ceiling_reached"][0]  # many lines
    with engine.connect() as connection:
        member_id = connection.execute(select(Member.id).where(Member.niss == niss)).scalar_one()
        every = connection.execute(
            select(ReimbursementLine.id, ReimbursementLine.care_date)
            .where(ReimbursementLine.beneficiary_id == member_id)
            .order_by(ReimbursementLine.care_date.desc(), ReimbursementLine.id.desc())
        ).all()
        assert len(every) > 40
        pages, before = [], None
        while page := reimbursement_lines(connection, [member_id], limit=7, before=before):
            pages.extend(page)
            before = (page[-1].care_date, page[-1].id)
    engine.dispose()
    assert [(row.id, row.care_date) for row in pages] == [tuple(row) for row in every]
    first = pages[0]
    assert first.processed_on >= first.care_date and first.communication
