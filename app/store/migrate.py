"""Alembic, driven from code: bring a database (central, or a terminal's) to the current schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

CENTRAL_MIGRATIONS = Path(__file__).parent / "migrations" / "central"


def alembic_config(url: str, location: Path = CENTRAL_MIGRATIONS) -> Config:
    config = Config()
    config.set_main_option("script_location", str(location))
    # Percent signs in a URL (encoded passwords) would be read as interpolation by ConfigParser.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _migrate(engine: Engine, location: Path, run) -> None:
    """Run `run(config)` in one transaction on `engine`'s connection.

    SQLite changes a table's constraints by copying it to a new table and dropping the old one
    (Alembic's batch mode); with foreign keys enforced, dropping a table other rows refer to
    deletes through them, or fails. So enforcement is off while the migration runs (it can only
    be switched outside a transaction), every reference is checked before the commit, and it
    is on again after.
    """
    config = alembic_config(engine.url.render_as_string(hide_password=False), location)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                run(config)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"the migration broke {len(broken)} reference(s)")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")


def upgrade(engine: Engine, revision: str = "head", location: Path = CENTRAL_MIGRATIONS) -> None:
    """Run the migrations on `engine` (the same connection, so an in-memory SQLite works too)."""
    _migrate(engine, location, lambda config: command.upgrade(config, revision))


def downgrade(engine: Engine, revision: str, location: Path = CENTRAL_MIGRATIONS) -> None:
    _migrate(engine, location, lambda config: command.downgrade(config, revision))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(location: Path = CENTRAL_MIGRATIONS) -> str:
    script = ScriptDirectory.from_config(alembic_config("sqlite://", location))
    head = script.get_current_head()
    assert head is not None
    return head
