"""Engines and sessions for the central database (PostgreSQL in production, SQLite embedded)."""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    from app.config import Settings


def make_engine(url: str, *, password: str | None = None, **kwargs) -> Engine:
    """An engine with the pragmas SQLite needs to behave like a real database (foreign keys on).

    `password` (a login's secret from the credentials) goes to the driver as a connect
    argument: never into the URL, which error messages and logs may show."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:
            # The driver must not manage transactions itself: by default it starts one only
            # before a data change, so a SAVEPOINT opened first becomes the outermost
            # transaction and its RELEASE commits, half-way through our own transaction (an
            # operation's effect committed without the record that it was applied). With the
            # driver in autocommit, the BEGIN below makes SQLAlchemy's transactions real.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection) -> None:
            immediate = connection.get_execution_options().get(IMMEDIATE)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    if password:
        kwargs["connect_args"] = {**kwargs.get("connect_args", {}), "password": password}
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    if password:
        _PASSWORDS[engine] = password
    return engine


# The password each engine was given, for the program's own psycopg connections beside the
# engine's pool (the gatekeeper's LISTEN, a terminal's requests): see `connect_kwargs`.
_PASSWORDS: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def connect_kwargs(engine: Engine) -> dict[str, str]:
    """What psycopg.connect needs beside the engine's URL to sign in as the engine does."""
    password = _PASSWORDS.get(engine)
    return {"password": password} if password else {}


def central_engine(settings: Settings, **kwargs) -> Engine:
    """The central database's engine, signed in with the settings' credential if there is one."""
    return make_engine(
        settings.effective_central_url, password=settings.central_password or None, **kwargs
    )


IMMEDIATE = "guichet_sqlite_begin_immediate"


def writer(engine: Engine) -> Engine:
    """The engine for transactions that read, then write (the central worker's, the
    gatekeeper's). On SQLite (WAL) such a transaction that began as a reader cannot become a
    writer once another connection has written: "database is locked" at once, whatever the busy
    timeout. BEGIN IMMEDIATE takes the write lock first, so a second writer waits its turn."""
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(**{IMMEDIATE: True})
