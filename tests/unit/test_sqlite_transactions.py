"""SQLite through SQLAlchemy: a savepoint inside a transaction must not commit it.

With the driver's own transaction handling, a SAVEPOINT opened before any data change became
the outermost transaction and its RELEASE committed: an operation's effect was committed
without the record that it was applied (found by the SIGKILL chaos runs)."""

from __future__ import annotations

from sqlalchemy import text

from app.store.db import make_engine


def test_releasing_a_savepoint_commits_nothing_until_the_transaction_does(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
    other = engine.connect()
    with engine.connect() as connection:
        transaction = connection.begin()
        connection.execute(text("SELECT count(*) FROM t")).scalar()  # a read first, as apply does
        with connection.begin_nested():
            connection.execute(text("INSERT INTO t VALUES (1)"))
        # Savepoint released, outer transaction still open: nobody else may see the row yet.
        assert other.execute(text("SELECT count(*) FROM t")).scalar() == 0
        transaction.rollback()  # what a crash before the commit amounts to
    assert other.execute(text("SELECT count(*) FROM t")).scalar() == 0
    other.close()
    engine.dispose()
