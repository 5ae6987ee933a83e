"""Test configuration: headless Qt, isolated settings, fresh databases and windows per test."""

from __future__ import annotations

import os
import uuid

# Set before Qt is imported anywhere: the suite never needs a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest

from app.store import migrate
from app.store.db import make_engine

pytest_plugins = ["tests.support.cards", "tests.support.reader", "tests.support.cups"]


# What runs in `make test`'s second process (GUICHET_TEST_PART=beside): the tests that need
# neither the machine's one pcscd nor a window.
BESIDE = ("tests/appliance/", "tests/integration/", "tests/unit/")


def _beside(item) -> bool:
    path = item.path.relative_to(item.config.rootpath).as_posix()
    return item.get_closest_marker("appliance") is not None or (
        path.startswith(BESIDE)
        and not path.startswith("tests/integration/devices/")
        and "pcscd" not in item.fixturenames
    )


def pytest_collection_modifyitems(config, items):
    """`make test` runs two pytest processes side by side on the machine's two cores:
    GUICHET_TEST_PART=beside takes the clean-root install check (tests/appliance: Debian's
    archive, dpkg, lintian; mostly waiting on the network and the disk), the unit tests and the
    integration tests that use no card reader, each process with its own PostgreSQL and CUPS;
    GUICHET_TEST_PART=suite takes the rest, in its order: the windows, the benchmarks' smoke
    runs and everything that uses the one pcscd a machine can run. Unset: everything."""
    part = os.environ.get("GUICHET_TEST_PART")
    if part not in ("beside", "suite"):
        return
    keep, drop = [], []
    for item in items:
        (keep if _beside(item) == (part == "beside") else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(autouse=True)
def isolated_settings(monkeypatch, tmp_path):
    """No test reads the developer's settings file or GUICHET_* variables."""
    for name in list(os.environ):
        if name.startswith("GUICHET_") and name not in ("GUICHET_PG_BINDIR",):
            monkeypatch.delenv(name)
    monkeypatch.setenv("GUICHET_CONFIG", str(tmp_path / "no-such-config.toml"))
    monkeypatch.setenv("GUICHET_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def central_engine(tmp_path):
    """A fresh, migrated, empty central database (SQLite file)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'central.sqlite'}")
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def postgres_server():
    """One real PostgreSQL server for the whole run, started as a non-root user."""
    from tests.support.postgres import PostgresServer

    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh, empty database on the test server."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = postgres_server.create_database(name)
    yield url
    postgres_server.drop_database(name)
