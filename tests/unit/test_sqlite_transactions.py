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


def test_a_transaction_that_reads_then_writes_waits_for_another_writer_instead_of_failing(
    tmp_path,
):
    """WAL: a transaction that began by reading cannot write once another connection wrote
    ("database is locked" at once). The worker and the gatekeeper read, then write, while the
    program's other threads write too (a visit closed at card-out): they take the lock first."""
    import threading

    from app.store.db import writer

    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
    second_done = threading.Event()

    def second_writer() -> None:  # e.g. a visit closed in the background
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO t VALUES (2)"))
        second_done.set()

    with writer(engine).begin() as connection:  # e.g. the worker applying an operation
        connection.execute(text("SELECT count(*) FROM t")).scalar()
        thread = threading.Thread(target=second_writer)
        thread.start()
        assert not second_done.wait(0.3)  # it waits for the lock, it does not slip in between
        connection.execute(text("INSERT INTO t VALUES (1)"))  # no "database is locked"
    thread.join(10)
    assert second_done.is_set()
    with engine.connect() as connection:
        assert sorted(connection.execute(text("SELECT x FROM t")).scalars()) == [1, 2]
    engine.dispose()
