"""The Alembic baseline builds exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import CheckConstraint, inspect

from app.store import migrate
from app.store.db import make_engine
from app.store.models import Base


def _schema_diff(engine, metadata=Base.metadata) -> list:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, metadata)


def _missing_checks(engine) -> dict[str, set[str]]:
    """The CHECK constraints the models declare (closed lists, rules) that the database lacks:
    Alembic's comparison does not look at them."""
    inspector = inspect(engine)
    missing = {}
    for name, table in Base.metadata.tables.items():
        declared = {
            str(c.name) for c in table.constraints if isinstance(c, CheckConstraint) and c.name
        }
        present = {c["name"] for c in inspector.get_check_constraints(name)}
        if declared - present:
            missing[name] = declared - present
    return missing


def _check_upgrade_matches_models(url: str) -> None:
    engine = make_engine(url)
    try:
        assert migrate.current_revision(engine) is None
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert _schema_diff(engine) == []
        assert _missing_checks(engine) == {}
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        migrate.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()


def test_upgrade_head_on_empty_sqlite_matches_the_models(tmp_path):
    _check_upgrade_matches_models(f"sqlite:///{tmp_path / 'empty.sqlite'}")


@pytest.mark.postgres
def test_upgrade_head_on_empty_postgresql_matches_the_models(postgres_url):
    _check_upgrade_matches_models(postgres_url)


def test_a_model_change_without_migration_is_detected(tmp_path):
    """The comparison above can fail: a column the migrations lack shows up as a difference."""
    from sqlalchemy import Column, MetaData, String, Table

    engine = make_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    migrate.upgrade(engine)
    extended = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(extended)
    Table("member", extended, Column("nickname", String(20)), extend_existing=True)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, extended)
    assert any(d[0] == "add_column" and d[3].name == "nickname" for d in diff)
    engine.dispose()


def test_the_terminal_database_migrations_match_its_models_and_go_back_down(tmp_path):
    from app.sync.terminal import TERMINAL_MIGRATIONS, TerminalBase, open_terminal_db

    engine = open_terminal_db(tmp_path / "terminal.sqlite")
    assert migrate.current_revision(engine) == migrate.head_revision(TERMINAL_MIGRATIONS)
    assert _schema_diff(engine, TerminalBase.metadata) == []
    with engine.connect() as connection:
        journal = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    assert journal == "wal"
    migrate.downgrade(engine, "base", TERMINAL_MIGRATIONS)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()


def _statement_max_days_after_upgrade(url: str) -> list:
    import datetime as dt
    from decimal import Decimal

    from sqlalchemy import select

    from app.store.models import FederationParameter
    from app.store.seed import seed_database

    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        seed_database(engine, households=1, seed=1, as_of=dt.date(2026, 11, 25))
        with engine.begin() as connection:  # a database seeded before 0005 said 366
            connection.execute(
                FederationParameter.__table__.update()
                .where(FederationParameter.name == "statement_max_days")
                .values(value=Decimal(366))
            )
        migrate.downgrade(engine, "0004")
        migrate.upgrade(engine)
        with engine.connect() as connection:
            return sorted(
                set(
                    connection.execute(
                        select(FederationParameter.value).where(
                            FederationParameter.name == "statement_max_days"
                        )
                    ).scalars()
                )
            )
    finally:
        engine.dispose()


def test_a_database_seeded_with_366_statement_days_is_brought_to_365(tmp_path):
    assert _statement_max_days_after_upgrade(f"sqlite:///{tmp_path / 'old.sqlite'}") == [365]


@pytest.mark.postgres
def test_the_statement_days_are_brought_to_365_on_postgresql_too(postgres_url):
    assert _statement_max_days_after_upgrade(postgres_url) == [365]


def test_an_existing_database_with_questions_and_orders_goes_to_0006_and_back(tmp_path):
    """The demo database of an earlier version holds questions with their history and orders
    (rows other tables refer to): the tables copied by 0006 keep every row and reference."""
    import datetime as dt

    from sqlalchemy import func, select

    from app.store.models import ContactRequest, ContactRequestEvent, DocumentOrder
    from app.store.seed import seed_database

    engine = make_engine(f"sqlite:///{tmp_path / 'demo.sqlite'}")
    try:
        migrate.upgrade(engine)
        seed_database(engine, households=120, seed=1, as_of=dt.date(2026, 11, 25))

        def counts():
            with engine.connect() as connection:
                return tuple(
                    connection.execute(select(func.count()).select_from(model)).scalar()
                    for model in (ContactRequest, ContactRequestEvent, DocumentOrder)
                )

        before = counts()
        assert all(before), before  # there is something to keep
        migrate.downgrade(engine, "0005")
        migrate.upgrade(engine)
        assert counts() == before
        with engine.connect() as connection:
            answered = connection.execute(
                select(func.count()).select_from(ContactRequest)
                .where(ContactRequest.status == "answered")
            ).scalar()  # fmt: skip
            assert answered > 0  # the status taken from each question's latest event
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
