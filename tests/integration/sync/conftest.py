"""Fixtures for the outbox/inbox path: a seeded central database and terminal databases."""

from __future__ import annotations

import datetime as dt

import pytest

from app.sync.terminal import Outbox, open_terminal_db
from tests.support.seeded import seeded_copy

AS_OF = dt.date(2026, 11, 22)


def seeded_engine(url: str):
    return seeded_copy(url, households=8, seed=11, as_of=AS_OF)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def central(request, tmp_path):
    """A seeded central database, on SQLite and on the test PostgreSQL server."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'central.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")
    engine, summary = seeded_engine(url)
    engine.summary = summary  # the demo members of each case, for the tests
    yield engine
    engine.dispose()


@pytest.fixture
def terminal(tmp_path):
    engine = open_terminal_db(tmp_path / "terminal.sqlite")
    yield engine
    engine.dispose()


@pytest.fixture
def outbox(terminal):
    return Outbox(terminal, "borne-test-1")
