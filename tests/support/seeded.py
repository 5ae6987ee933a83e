"""Seeded central databases for the tests: migrated and seeded once per run for each recipe,
then copied for each test (a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL).

Migrating and seeding took about 2 s per PostgreSQL test; a copy takes a small part of that.
Each test still gets a database of its own that it may change, holding what `migrate.upgrade`
and `seed_database` make (the seed is deterministic: same recipe, same rows). Database-level
grants are not copied by a template: the tests that need logins grant them on their copy
(app/store/roles.py), as before.
"""

from __future__ import annotations

import atexit
import copy
import datetime as dt
import shutil
import tempfile
from pathlib import Path

import psycopg
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from app.store import migrate
from app.store.db import make_engine
from app.store.seed import SeedSummary, seed_database

_templates: dict[tuple, tuple[object, SeedSummary]] = {}
_folder: Path | None = None


def _sqlite_folder() -> Path:
    global _folder
    if _folder is None:
        _folder = Path(tempfile.mkdtemp(prefix="guichet-seeded-"))
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def _seed(url: str, households: int, seed: int, as_of: dt.date) -> SeedSummary:
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        return seed_database(engine, households=households, seed=seed, as_of=as_of)
    finally:
        engine.dispose()  # no connection left: SQLite folds its WAL in, PostgreSQL may copy it


def seeded_copy(
    url: str, *, households: int, seed: int, as_of: dt.date
) -> tuple[Engine, SeedSummary]:
    """The database at `url` (SQLite file to be, or an existing empty PostgreSQL database on a
    server where the URL's user is the administrator) replaced by a copy of the seeded
    template for this recipe; the engine and the seed's summary."""
    target = make_url(url)
    recipe = (households, seed, as_of)
    if target.get_backend_name() == "sqlite":
        key = ("sqlite", *recipe)
        if key not in _templates:
            path = _sqlite_folder() / f"seeded-{households}-{seed}-{as_of:%Y%m%d}.sqlite"
            _templates[key] = (path, _seed(f"sqlite:///{path}", *recipe))
        path, summary = _templates[key]
        shutil.copyfile(path, target.database)
    else:
        key = ("postgres", target.host, target.port, *recipe)
        if key not in _templates:
            name = f"tpl_seeded_{households}_{seed}_{as_of:%Y%m%d}"
            _admin(target, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            _admin(target, f'CREATE DATABASE "{name}"')
            _templates[key] = (
                name,
                _seed(target.set(database=name).render_as_string(hide_password=False), *recipe),
            )
        name, summary = _templates[key]
        _admin(target, f'DROP DATABASE "{target.database}" WITH (FORCE)')
        _admin(target, f'CREATE DATABASE "{target.database}" TEMPLATE "{name}" STRATEGY FILE_COPY')
    return make_engine(url), copy.deepcopy(summary)


def _admin(target, sql: str) -> None:
    with psycopg.connect(
        host=target.host, port=target.port, user=target.username, dbname="postgres",
        autocommit=True,
    ) as connection:  # fmt: skip
        connection.execute(sql)
