"""Adding a terminal and enrolling it, end to end on the tests' TLS PostgreSQL:
`guichet-central terminal add --enrolment-file` → the file (0600) → `guichet-enrol` into a
configuration folder → the program's settings from there, its password from systemd's
credentials folder → the terminal's engine over verify-full TLS, with its login's rights."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli.central import main as central_main
from app.cli.enrol import main as enrol_main
from app.config import load_settings
from app.store.db import central_engine
from tests.integration.security.conftest import AGENCY, scalar

pytestmark = pytest.mark.postgres

SKELETON = """\
# Guichet terminal settings (the package's skeleton)
# The CUPS queue of the printer:
printer = "Kiosk_HP-M404"
# The languages offered, the first one the default:
languages = ["nl", "fr"]
terminal_id = "unset"
"""


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_terminal_add_then_enrol_gives_a_terminal_that_connects_over_verified_tls(
    pg_central, postgres_server, tmp_path, monkeypatch, capsys
):
    admin_url = pg_central.url.render_as_string(hide_password=False)
    enrolment = tmp_path / "borne_enrol_1.toml"
    monkeypatch.setenv("STAFF_CODE", "97531864")
    add = [
        "--url", admin_url, "terminal", "add", "borne_enrol_1", "--agency", AGENCY,
        "--enrolment-file", str(enrolment), "--central-host", "localhost",
        "--central-port", str(postgres_server.port), "--ca", str(postgres_server.ca_file),
        "--staff-code-env", "STAFF_CODE",
    ]  # fmt: skip
    assert central_main(add) == 0
    said = capsys.readouterr().out
    assert "guichet-enrol" in said
    assert mode_of(enrolment) == 0o600
    content = enrolment.read_text()
    assert "BEGIN CERTIFICATE" in content and 'user = "borne_enrol_1"' in content
    assert "97531864" not in content  # the staff code travels as its hash only

    config = tmp_path / "etc" / "guichet"
    config.mkdir(parents=True)
    (config / "guichet.toml").write_text(SKELETON)
    assert enrol_main([str(enrolment), "--config-dir", str(config)]) == 0
    said = capsys.readouterr().out
    assert "borne_enrol_1" in said and "Next: delete" in said

    settings_file = config / "guichet.toml"
    credentials = config / "credentials"
    assert mode_of(settings_file) == 0o644
    assert mode_of(config / "central-ca.pem") == 0o644
    assert mode_of(credentials) == 0o700
    assert mode_of(credentials / "central-password") == 0o600
    assert mode_of(credentials / "staff-code-hash") == 0o600
    written = settings_file.read_text()
    password = (credentials / "central-password").read_text()
    assert len(password) >= 40 and password not in written  # 256 random bits, not in the file
    assert "# The CUPS queue of the printer:" in written  # the skeleton's comments kept

    settings = load_settings(settings_file, environ={"CREDENTIALS_DIRECTORY": str(credentials)})
    assert (settings.terminal_id, settings.agency, settings.mode) == (
        "borne_enrol_1",
        AGENCY,
        "kiosk",
    )
    assert settings.printer == "Kiosk_HP-M404" and settings.languages == ("nl", "fr")
    assert "sslmode=verify-full" in settings.central_url
    assert f"sslrootcert={config}/central-ca.pem" in settings.central_url
    assert settings.central_password == password
    from app.domain.passwords import verify_password

    assert verify_password("97531864", settings.staff_code_hash)

    engine = central_engine(settings)
    try:
        with engine.connect() as connection:
            assert connection.execute(
                text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).scalar_one()
            assert connection.execute(text("SELECT session_user")).scalar_one() == "borne_enrol_1"
            agencies = connection.execute(text("SELECT code FROM agency")).scalars().all()
            assert AGENCY in agencies  # its reference tables
            # Nothing of a member outside a visit the central side opened.
            assert connection.execute(text("SELECT count(*) FROM member")).scalar_one() == 0
    finally:
        engine.dispose()
    assert scalar(pg_central, "SELECT count(*) FROM member") > 0


def test_terminal_add_writes_no_file_over_another_and_changes_nothing_then(
    pg_central, postgres_server, tmp_path, capsys
):
    taken = tmp_path / "taken.toml"
    taken.write_text("something else\n")
    add = [
        "--url", pg_central.url.render_as_string(hide_password=False), "terminal", "add",
        "borne_enrol_2", "--agency", AGENCY, "--enrolment-file", str(taken),
        "--central-host", "localhost", "--ca", str(postgres_server.ca_file),
    ]  # fmt: skip
    assert central_main(add) == 2
    assert "exists already" in capsys.readouterr().err
    assert taken.read_text() == "something else\n"
    assert scalar(pg_central, "SELECT count(*) FROM terminal") == 0

    # An unknown agency: no login, and no enrolment file left behind.
    fresh = tmp_path / "fresh.toml"
    add[add.index(str(taken))] = str(fresh)
    add[add.index(AGENCY)] = "NO-SUCH"
    assert central_main(add) == 2
    assert "no agency" in capsys.readouterr().err
    assert not fresh.exists()

    # A CA file that holds no certificate: refused before anything is made.
    bad_ca = tmp_path / "ca.pem"
    bad_ca.write_text("not a certificate\n")
    add[add.index("NO-SUCH")] = AGENCY
    add[add.index(str(postgres_server.ca_file))] = str(bad_ca)
    assert central_main(add) == 2
    assert "ca.pem" in capsys.readouterr().err
    assert not fresh.exists()
    assert scalar(pg_central, "SELECT count(*) FROM terminal") == 0
