"""Fixtures for the services: a seeded central database, a terminal's outbox, and a clock."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy.orm import Session

from app.store.db import make_engine
from app.store.demo_cases import demo_cases
from app.sync import apply, exchange
from app.sync.terminal import Outbox, open_terminal_db
from tests.integration.services.families import add_families
from tests.support.seeded import seeded_copy

AS_OF = dt.date(2026, 11, 22)  # the demo's "today" (a Sunday)
TODAY = dt.date(2026, 11, 25)  # a Wednesday
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


def seeded(url: str):
    engine, _summary = seeded_copy(url, households=8, seed=11, as_of=AS_OF)
    with Session(engine) as session:
        engine.cases = {
            name: member.niss for name, member in demo_cases(session.connection()).items()
        }
    return engine


@pytest.fixture
def central(tmp_path):
    """A seeded central database (SQLite); `central.cases` = {case: NISS}."""
    engine = seeded(f"sqlite:///{tmp_path / 'central.sqlite'}")
    yield engine
    engine.dispose()


@pytest.fixture
def pg_central(postgres_url):
    """The same, on the test PostgreSQL server."""
    engine = seeded(postgres_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def families_template(tmp_path_factory):
    """A seeded central database (SQLite) with the member-file families of families.py, made
    once per run: (file, World, demo cases). Never opened for writing after this."""
    path = tmp_path_factory.mktemp("families") / "template.sqlite"
    engine = seeded(f"sqlite:///{path}")
    world = add_families(engine)
    cases = engine.cases
    engine.dispose()  # the last connection folds the WAL into the file, so it can be copied
    return path, world, cases


def _families_engine(template, path):
    source, world, cases = template
    shutil.copyfile(source, path)
    engine = make_engine(f"sqlite:///{path}")
    engine.cases = cases
    engine.world = world
    return engine


@pytest.fixture(scope="session")
def families_read(families_template, tmp_path_factory):
    """The families' database shared by the tests that only read it (`.world`, `.cases`)."""
    engine = _families_engine(families_template, tmp_path_factory.mktemp("read") / "c.sqlite")
    yield engine
    engine.dispose()


@pytest.fixture
def families(families_template, tmp_path):
    """A copy of the families' database of its own, for a test that changes it."""
    engine = _families_engine(families_template, tmp_path / "families.sqlite")
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


@pytest.fixture(scope="session")
def forms(pki) -> apply.SignedForms:
    """What the tests' central worker checks signed forms against: the test PKI's roots."""
    return apply.SignedForms(tuple(pki.roots))


@pytest.fixture
def deliver(terminal, forms):
    """Push the terminal's outbox to `central`, apply everything (the worker's clock at
    `now`, signed forms checked against the test PKI), bring the results back; the outcomes
    in order."""

    def run(central, now: dt.datetime = NOW):
        exchange.push(terminal, central)
        outcomes = []
        while (outcome := apply.apply_next(central, now=lambda: now, forms=forms)) is not None:
            outcomes.append(outcome)
        exchange.pull_results(terminal, central)
        return outcomes

    return run
