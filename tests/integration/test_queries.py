"""The reimbursements screen's own statement, as the queries benchmark times it.

The benchmark (tests/bench/queries.py) catches the statement `member_file.reimbursements` runs,
the service the screen calls, so that its figures vouch for that statement and no other; and
that statement reads a member's rows through the indexes that start with the member's id, so
that its cost follows the member's history, not the size of the tables.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.domain.codes import LoginMode
from app.services import member_file
from app.store.db import make_engine
from app.store.models import Agency
from app.store.roles import add_terminal
from tests.bench.queries import PAGE, ScreenStatements
from tests.support.seeded import seeded_copy
from tests.support.visits import member_visit

AS_OF = dt.date(2026, 11, 22)
CASE = "maf_ceiling_reached"  # a family with more than a page of lines


def _screen_calls(engine, session):
    """The screen's calls, in its order: the first page by care date (its default), the next
    page through the keyset ("More"), the first page by processing date (the other order)."""
    first = member_file.reimbursements(engine, session, None, limit=PAGE, today=AS_OF)
    assert first.after is not None  # more than a page: the keyset is used
    return {
        "first": lambda: member_file.reimbursements(engine, session, None, today=AS_OF),
        "more": lambda: member_file.reimbursements(
            engine, session, None, after=first.after, today=AS_OF
        ),
        "processing": lambda: member_file.reimbursements(
            engine, session, None, order="processing", today=AS_OF
        ),
    }


def test_the_benchmark_times_the_statement_the_reimbursements_screen_runs(tmp_path):
    engine, summary = seeded_copy(
        f"sqlite:///{tmp_path / 'c.sqlite'}", households=8, seed=11, as_of=AS_OF
    )
    session = member_file.FileSession(summary.cases[CASE][0], LoginMode.EID)
    screen = ScreenStatements(engine)
    try:
        for kind, call in _screen_calls(engine, session).items():
            page, statement, parameters, seconds = screen.run(call)
            assert page.lines and seconds > 0
            if kind != "more":
                assert len(page.lines) == PAGE  # the screen's page
            # The statement caught is the one whose rows the screen shows, in their order.
            with engine.connect() as connection:
                rows = connection.exec_driver_sql(statement, parameters).all()
            assert [row.id for row in rows] == [line.line_id for line in page.lines], kind
    finally:
        screen.close()
        engine.dispose()


@pytest.mark.postgres
def test_the_screens_statement_reads_the_members_rows_through_their_indexes(
    postgres_server, postgres_url
):
    central, summary = seeded_copy(postgres_url, households=8, seed=11, as_of=AS_OF)
    with central.connect() as connection:
        agency = connection.execute(select(Agency.code).limit(1)).scalar_one()
    add_terminal(central, "t_queries", agency_code=agency, password="t_queries-secret")
    terminal = make_engine(
        postgres_server.url(central.url.database, "t_queries", "t_queries-secret")
    )
    niss = summary.cases[CASE][0]
    member_visit(central, None, niss, login_role="t_queries", terminal_id="t_queries")
    session = member_file.FileSession(niss, LoginMode.EID)
    screen = ScreenStatements(terminal)
    try:
        for kind, call in _screen_calls(terminal, session).items():
            page, statement, parameters, _seconds = screen.run(call)
            assert page.lines
            with terminal.connect() as connection:
                # On a small table a sequential scan is cheaper; with it priced out the
                # planner still takes one where no index serves the statement.
                connection.exec_driver_sql("SET enable_seqscan = off")
                plan = "\n".join(
                    row[0]
                    for row in connection.exec_driver_sql(
                        "EXPLAIN (COSTS OFF) " + statement, parameters
                    )
                )
            for table in ("reimbursement_line", "payment", "member"):
                assert f"Seq Scan on {table} " not in plan + " ", (kind, plan)
            assert "ix_reimbursement_line_beneficiary_care" in plan, (kind, plan)
    finally:
        screen.close()
        terminal.dispose()
        central.dispose()
