"""`guichet-central`: migrate, seed (idempotent for make), status, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.cli.central import main
from app.store.db import make_engine
from app.store.models import Member, Payment, ReimbursementLine

AS_OF = "2026-11-22"


def seed_args(url: str, households: int = 20, *extra: str) -> list[str]:
    return ["--url", url, "seed", "--households", str(households), "--seed", "7", "--as-of", AS_OF,
            *extra]  # fmt: skip


def test_migrate_then_status_reports_the_latest_revision(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    assert main(["--url", url, "status"]) == 1  # nothing there yet
    assert main(["--url", url, "migrate"]) == 0
    assert "was empty" in capsys.readouterr().out
    assert main(["--url", url, "status"]) == 0
    assert "households 0" in capsys.readouterr().out


def test_seeding_twice_is_refused_kept_with_if_empty_and_redone_with_replace(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    assert main(seed_args(url)) == 0
    out = capsys.readouterr().out
    assert "seeded 20 households" in out
    assert "no_online_account" in out  # the demo members are listed for the README's demo

    assert main(seed_args(url)) == 1
    assert "use --replace" in capsys.readouterr().err

    assert main(seed_args(url, 20, "--if-empty")) == 0
    assert "left as it is" in capsys.readouterr().out

    assert main(seed_args(url, 25, "--replace")) == 0
    engine = make_engine(url)
    with engine.connect() as connection:
        from app.store.models import Household

        assert connection.execute(select(func.count()).select_from(Household)).scalar_one() == 25
    engine.dispose()


def test_an_unreachable_database_is_reported_in_one_line(capsys):
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    assert main(["--url", url, "migrate"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("guichet-central: database error:")
    assert "Traceback" not in err


def _fingerprint(url: str) -> tuple:
    engine = make_engine(url)
    with engine.connect() as connection:
        members = connection.execute(
            select(Member.niss, Member.last_name, Member.birth_date, Member.iban).order_by(
                Member.id
            )
        ).all()
        totals = connection.execute(
            select(func.count(), func.sum(ReimbursementLine.reimbursed))
        ).one()
        paid = connection.execute(select(func.sum(Payment.amount))).scalar_one()
    engine.dispose()
    return members, tuple(totals), paid


@pytest.mark.postgres
def test_the_same_seed_gives_the_same_data_on_postgresql_as_on_sqlite(tmp_path, postgres_url):
    sqlite_url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    assert main(seed_args(sqlite_url, 30)) == 0
    assert main(seed_args(postgres_url, 30)) == 0
    on_sqlite = _fingerprint(sqlite_url)
    on_postgres = _fingerprint(postgres_url)
    assert on_sqlite == on_postgres
    assert on_sqlite[1][0] > 0  # there are reimbursement lines, with exact Decimal sums


@pytest.mark.postgres
def test_replace_on_postgresql_drops_and_seeds_again(postgres_url, capsys):
    assert main(seed_args(postgres_url, 10)) == 0
    assert main(seed_args(postgres_url, 12, "--replace")) == 0
    assert "seeded 12 households" in capsys.readouterr().out
