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


def test_staff_code_prints_a_hash_the_kiosk_accepts(monkeypatch, capsys):
    import io

    from app.domain.passwords import verify_password

    monkeypatch.setattr("sys.stdin", io.StringIO("135790\n"))
    assert main(["staff-code"]) == 0
    hashed = capsys.readouterr().out.strip()
    assert verify_password("135790", hashed)
    assert not verify_password("246810", hashed)
    monkeypatch.setattr("sys.stdin", io.StringIO("12ab\n"))
    assert main(["staff-code"]) == 2
    assert "6 to 12 digits" in capsys.readouterr().err


def test_token_card_prints_the_24_codes_of_the_demo_token(capsys):
    from app.services.local_token_provider import token_card

    assert main(["token-card", "85.07.30-033.28"]) == 0
    lines = capsys.readouterr().out.splitlines()
    codes = token_card(b"guichet-demo-token", "85073003328")
    assert lines == [f"{n:>2}  {code}" for n, code in enumerate(codes, 1)]
    assert main(["token-card", "85073003329"]) == 2


@pytest.mark.postgres
def test_roles_makes_the_staff_group_that_adds_audit_entries_but_cannot_read_them(
    postgres_url, capsys
):
    """The group roles and their rights; terminals and clerks get their own logins with
    `terminal add` and `staff add` (tests/integration/security/test_admin_cli.py)."""
    import sqlalchemy as sa

    assert main(["--url", postgres_url, "migrate"]) == 0
    assert main(["--url", postgres_url, "roles"]) == 0
    assert "guichet_staff" in capsys.readouterr().out
    engine = make_engine(postgres_url)
    with engine.connect() as connection:
        rights = connection.execute(
            sa.text(
                "SELECT has_table_privilege('guichet_staff', 'audit_log', 'INSERT'), "
                "has_table_privilege('guichet_staff', 'audit_log', 'SELECT'), "
                "has_table_privilege('guichet_staff', 'audit_log', 'DELETE'), "
                "has_table_privilege('guichet_terminals', 'audit_log', 'INSERT')"
            )
        ).one()
    engine.dispose()
    assert tuple(rights) == (True, False, False, False)
    assert main(["--url", "sqlite:///:memory:", "roles"]) == 2


# --- `import payment-calendar` ----------------------------------------------------------------


def _calendar(url: str) -> list[tuple]:
    from app.store.models import PaymentCalendar

    engine = make_engine(url)
    with engine.connect() as connection:
        found = connection.execute(
            select(
                PaymentCalendar.phase,
                PaymentCalendar.covers_from,
                PaymentCalendar.pay_on,
                PaymentCalendar.source,
            ).order_by(PaymentCalendar.phase, PaymentCalendar.covers_from)
        ).all()
    engine.dispose()
    return [tuple(row) for row in found]


def test_import_payment_calendar_loads_the_shipped_file_and_says_its_warnings(tmp_path, capsys):
    import datetime as dt

    from sqlalchemy import delete

    from app.store.models import PaymentCalendar
    from app.store.payment_calendar import SHIPPED, shipped_rows

    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    assert main(["--url", url, "migrate"]) == 0
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(delete(PaymentCalendar))
    engine.dispose()
    capsys.readouterr()

    assert main(["--url", url, "import", "payment-calendar", str(SHIPPED)]) == 0
    out = capsys.readouterr().out
    shipped = shipped_rows()
    assert f"{len(shipped)} row(s) loaded" in out
    # 27/07/2025, the invalidity's July date as published, is a Sunday: kept, and said.
    assert "warning: line" in out and "2025-07-27 is not a Belgian working day" in out
    loaded = _calendar(url)
    assert len(loaded) == len(shipped)
    assert ("primary", dt.date(2025, 1, 1), dt.date(2025, 1, 16)) in [row[:3] for row in loaded]
    assert ("invalidity", dt.date(2025, 12, 1), dt.date(2025, 12, 19)) in [
        row[:3] for row in loaded
    ]

    # A date the publisher moved: the period's row is replaced, nothing else touched.
    moved = tmp_path / "moved.csv"
    moved.write_text(
        "phase,covers_from,covers_to,paid_on,source\n"
        "primary,2025-01-01,2025-01-15,2025-01-17,corrected notice\n",
        encoding="utf-8",
    )
    assert main(["--url", url, "import", "payment-calendar", str(moved)]) == 0
    assert "1 row(s) loaded" in capsys.readouterr().out
    after = _calendar(url)
    assert len(after) == len(shipped)
    assert ("primary", dt.date(2025, 1, 1), dt.date(2025, 1, 17), "corrected notice") in after


def test_import_payment_calendar_refuses_a_bad_file_and_loads_none_of_it(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    assert main(["--url", url, "migrate"]) == 0
    before = _calendar(url)
    capsys.readouterr()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "phase,covers_from,covers_to,paid_on,source\n"
        "primary,2026-01-01,2026-01-15,2026-01-16,a good line first\n"
        "primary,2026-01-16,2026-01-31,31/01/2026,a date written the other way\n",
        encoding="utf-8",
    )
    assert main(["--url", url, "import", "payment-calendar", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "paid_on '31/01/2026' is not a date" in err
    assert "nothing loaded" in err
    assert _calendar(url) == before  # not even the good line

    assert main(["--url", url, "import", "payment-calendar", str(tmp_path / "none.csv")]) == 2
    assert "cannot be read" in capsys.readouterr().err
    assert _calendar(url) == before


def test_import_payment_calendar_refuses_a_period_the_payments_do_not_follow(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    assert main(["--url", url, "migrate"]) == 0
    before = _calendar(url)
    capsys.readouterr()
    split = tmp_path / "split.csv"
    split.write_text(
        "phase,covers_from,covers_to,paid_on,source\n"
        "invalidity,2026-01-01,2026-01-31,2026-01-28,a good line first\n"
        "primary,2026-01-05,2026-01-15,2026-01-16,a week late\n",
        encoding="utf-8",
    )
    assert main(["--url", url, "import", "payment-calendar", str(split)]) == 2
    err = capsys.readouterr().err
    assert "line 3: primary 2026-01-05 to 2026-01-15 is not a payment period" in err
    assert "would never be shown" in err and "nothing loaded" in err
    assert _calendar(url) == before
