"""Alembic environment of the central database."""

from app.store.migration_env import run
from app.store.models import Base

run(Base.metadata)
