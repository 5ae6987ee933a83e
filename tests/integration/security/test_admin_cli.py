"""`guichet-central terminal add`, `staff add` and `roles`, run as the database administrator."""

from __future__ import annotations

import pytest

from app.cli.central import main
from tests.integration.security.conftest import AGENCY, rows, scalar

pytestmark = pytest.mark.postgres

GROUPS = {
    "guichet_terminals", "guichet_counters", "guichet_staff", "guichet_supervisors",
    "guichet_advisers",
}  # fmt: skip


def url_of(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def groups_of(engine, login: str) -> set[str]:
    """The roles `login` is directly a member of."""
    return {
        name
        for (name,) in rows(
            engine,
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :login",
            {"login": login},
        )
    }


def scram(engine, login: str) -> bool:
    stored = scalar(engine, "SELECT rolpassword FROM pg_authid WHERE rolname = :r", {"r": login})
    return stored is not None and stored.startswith("SCRAM-SHA-256$")


def test_roles_makes_the_groups_once_and_again(pg_central, capsys):
    url = url_of(pg_central)
    assert main(["--url", url, "roles"]) == 0
    assert main(["--url", url, "roles"]) == 0  # idempotent
    assert "guichet_terminals" in capsys.readouterr().out
    made = rows(
        pg_central,
        "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname = ANY(:names)",
        {"names": list(GROUPS)},
    )
    assert {name for name, _ in made} == GROUPS and not any(login for _, login in made)
    assert groups_of(pg_central, "guichet_counters") == {"guichet_terminals"}
    assert groups_of(pg_central, "guichet_supervisors") == {"guichet_staff"}
    rights = rows(
        pg_central,
        "SELECT has_table_privilege(:g, 'audit_log', 'INSERT'), "
        "has_table_privilege(:g, 'audit_log', 'SELECT'), "
        "has_table_privilege(:g, 'member', 'UPDATE'), "
        "has_column_privilege(:g, 'online_account', 'password_hash', 'SELECT'), "
        "has_column_privilege(:g, 'inbox_operation', 'payload', 'SELECT'), "
        "has_column_privilege(:g, 'inbox_operation', 'payload', 'INSERT')",
        {"g": "guichet_staff"},
    )
    assert tuple(rights[0]) == (True, False, False, False, False, True)


def test_terminal_add_makes_a_login_of_its_own(pg_central, monkeypatch, capsys):
    url = url_of(pg_central)
    monkeypatch.setenv("GUICHET_TERMINAL_PASSWORD", "borne-secret")
    add = ["--url", url, "terminal", "add", "borne_mons_1", "--agency", AGENCY]
    assert main([*add, "--password-env", "GUICHET_TERMINAL_PASSWORD"]) == 0
    assert "borne_mons_1" in capsys.readouterr().out
    assert groups_of(pg_central, "borne_mons_1") == {"guichet_terminals"}
    assert scram(pg_central, "borne_mons_1")
    terminal = "SELECT t.kind, a.code FROM terminal t JOIN agency a ON a.id = t.agency_id"
    assert rows(pg_central, terminal) == [("kiosk", AGENCY)]
    login = rows(
        pg_central,
        "SELECT rolcanlogin, rolsuper, rolcreaterole, rolinherit FROM pg_roles "
        "WHERE rolname = 'borne_mons_1'",
    )
    assert tuple(login[0]) == (True, False, False, True)

    # Again, as a counter: the same login, moved to the counters' group.
    assert main([*add, "--password-env", "GUICHET_TERMINAL_PASSWORD", "--counter"]) == 0
    assert groups_of(pg_central, "borne_mons_1") == {"guichet_counters"}
    assert rows(pg_central, terminal) == [("counter", AGENCY)]


@pytest.mark.parametrize(
    ("name", "agency", "message"),
    [
        ("Borne-1", AGENCY, "not a plain role name"),
        ("borne; drop table member", AGENCY, "not a plain role name"),
        ("1borne", AGENCY, "not a plain role name"),
        ("guichet_staff", AGENCY, "reserved"),
        ("staff_clerk", AGENCY, "reserved"),
        ("borne_x", "NO-SUCH", "no agency"),
        ("guichet_admin", AGENCY, "another kind"),  # the administrator itself: left alone
    ],
)
def test_terminal_add_refuses_what_it_cannot_make(
    pg_central, monkeypatch, capsys, name, agency, message
):
    monkeypatch.setenv("GUICHET_TERMINAL_PASSWORD", "borne-secret")
    args = ["--url", url_of(pg_central), "terminal", "add", name, "--agency", agency]
    assert main([*args, "--password-env", "GUICHET_TERMINAL_PASSWORD"]) == 2
    assert message in capsys.readouterr().err
    assert scalar(pg_central, "SELECT count(*) FROM terminal") == 0


def test_passwords_come_from_the_environment_only(pg_central, monkeypatch, capsys):
    monkeypatch.delenv("GUICHET_TERMINAL_PASSWORD", raising=False)
    args = ["--url", url_of(pg_central), "terminal", "add", "borne_x", "--agency", AGENCY]
    assert main([*args, "--password-env", "GUICHET_TERMINAL_PASSWORD"]) == 2
    assert "GUICHET_TERMINAL_PASSWORD holds no password" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # no --password option at all
        main([*args, "--password", "on-the-command-line"])
    # Neither a password nor an enrolment file to write a new one into.
    assert main(args) == 2
    assert "--enrolment-file" in capsys.readouterr().err


def test_staff_add_gives_a_clerk_and_a_supervisor_their_own_logins(pg_central, monkeypatch, capsys):
    url = url_of(pg_central)
    monkeypatch.setenv("STAFF_PASSWORD", "clerk-secret")
    assert main(["--url", url, "staff", "add", "clerk", "--password-env", "STAFF_PASSWORD"]) == 0
    assert "staff_clerk" in capsys.readouterr().out
    assert groups_of(pg_central, "staff_clerk") == {"guichet_staff"}
    assert scram(pg_central, "staff_clerk")
    assert (
        main(["--url", url, "staff", "add", "supervisor", "--password-env", "STAFF_PASSWORD"]) == 0
    )
    assert groups_of(pg_central, "staff_supervisor") == {"guichet_staff", "guichet_supervisors"}
    assert dict(rows(pg_central, "SELECT login, db_role FROM staff WHERE db_role IS NOT NULL")) == {
        "clerk": "staff_clerk",
        "supervisor": "staff_supervisor",
    }
    # A clerk made supervisor by hand, and back.
    add_clerk = ["--url", url, "staff", "add", "clerk", "--password-env", "STAFF_PASSWORD"]
    assert main([*add_clerk, "--supervisor"]) == 0
    assert "guichet_supervisors" in groups_of(pg_central, "staff_clerk")
    assert main([*add_clerk, "--no-supervisor"]) == 0
    assert groups_of(pg_central, "staff_clerk") == {"guichet_staff"}

    assert main(["--url", url, "staff", "add", "nobody", "--password-env", "STAFF_PASSWORD"]) == 2
    assert "no staff member with the login 'nobody'" in capsys.readouterr().err


def test_the_commands_refuse_sqlite_and_a_database_not_migrated(postgres_url, tmp_path, capsys):
    sqlite = f"sqlite:///{tmp_path / 'central.sqlite'}"
    assert main(["--url", sqlite, "migrate"]) == 0
    capsys.readouterr()
    for command in (["roles"], ["terminal", "add", "borne_x", "--agency", AGENCY,
                                "--password-env", "HOME"]):  # fmt: skip
        assert main(["--url", sqlite, *command]) == 2
        assert "PostgreSQL only" in capsys.readouterr().err
        assert main(["--url", postgres_url, *command]) == 2
        assert "guichet-central migrate" in capsys.readouterr().err


def test_roles_takes_back_what_the_former_shared_login_was_granted(pg_central, capsys):
    """`roles` of an earlier version made one login for every counter, with every column of
    the inbox and the password hashes: whatever it holds directly is revoked."""
    if not rows(pg_central, "SELECT 1 FROM pg_roles WHERE rolname = 'guichet_counter'"):
        scalar(pg_central, "CREATE ROLE guichet_counter LOGIN")
    for grant in (
        "GRANT SELECT ON inbox_operation, online_account, staff, audit_log TO guichet_counter",
        "GRANT UPDATE (failed_attempts) ON online_account TO guichet_counter",
        "GRANT INSERT ON online_login TO guichet_counter",
    ):
        scalar(pg_central, grant)
    assert main(["--url", url_of(pg_central), "roles"]) == 0
    left = rows(
        pg_central,
        "SELECT has_table_privilege('guichet_counter', 'inbox_operation', 'SELECT'), "
        "has_column_privilege('guichet_counter', 'online_account', 'password_hash', 'SELECT'), "
        "has_column_privilege('guichet_counter', 'online_account', 'failed_attempts', 'UPDATE'),"
        " has_table_privilege('guichet_counter', 'online_login', 'INSERT'), "
        "has_table_privilege('guichet_counter', 'staff', 'SELECT')",
    )
    assert tuple(left[0]) == (False, False, False, False, False)
