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


def upgrade(engine: Engine, revision: str = "head", location: Path = CENTRAL_MIGRATIONS) -> None:
    """Run the migrations on `engine` (the same connection, so an in-memory SQLite works too)."""
    config = alembic_config(engine.url.render_as_string(hide_password=False), location)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str, location: Path = CENTRAL_MIGRATIONS) -> None:
    config = alembic_config(engine.url.render_as_string(hide_password=False), location)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(location: Path = CENTRAL_MIGRATIONS) -> str:
    script = ScriptDirectory.from_config(alembic_config("sqlite://", location))
    head = script.get_current_head()
    assert head is not None
    return head
