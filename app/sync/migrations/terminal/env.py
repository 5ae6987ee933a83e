"""Alembic environment of a terminal database."""

from app.store.migration_env import run
from app.sync.terminal import TerminalBase

run(TerminalBase.metadata)
