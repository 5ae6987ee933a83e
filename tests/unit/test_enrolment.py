"""`guichet-enrol`: an enrolment file becomes the terminal's settings, CA and credentials, or,
broken, changes nothing and says why (exit status 2)."""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path

import pytest

from app.cli.enrol import main
from app.config import load_settings
from app.enrolment import Enrolment, update_settings_text
from tests.support.postgres import make_test_pki

HASH = "scrypt$ln=15,r=8,p=1$c2FsdA$a2V5"


@pytest.fixture(scope="module")
def ca_pem(tmp_path_factory) -> str:
    ca_file, _, _ = make_test_pki(tmp_path_factory.mktemp("pki"))
    return ca_file.read_text()


def enrolment(ca_pem: str, **changes) -> Enrolment:
    values = dict(
        terminal_id="borne_eupen_1", agency="EUP", mode="kiosk", host="db.mutuality.example",
        port=5432, dbname="guichet", user="borne_eupen_1", password="Zq-3x_secret",
        ca_pem=ca_pem, staff_code_hash=HASH,
    )  # fmt: skip
    values.update(changes)
    return Enrolment(**values)


def write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "enrolment.toml"
    path.write_text(content)
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_enrol_writes_the_settings_the_ca_and_the_credentials(tmp_path, ca_pem, capsys):
    config = tmp_path / "etc"
    path = write(tmp_path, enrolment(ca_pem).to_toml())
    assert main([str(path), "--config-dir", str(config)]) == 0
    said = capsys.readouterr().out
    assert "borne_eupen_1" in said and f"delete {path}" in said
    files = snapshot(config)
    assert set(files) == {
        "guichet.toml", "central-ca.pem", "credentials/central-password",
        "credentials/staff-code-hash",
    }  # fmt: skip
    assert files["credentials/central-password"] == b"Zq-3x_secret"
    assert b"Zq-3x_secret" not in files["guichet.toml"]
    assert stat.S_IMODE((config / "credentials/central-password").stat().st_mode) == 0o600
    settings = load_settings(
        config / "guichet.toml", environ={"CREDENTIALS_DIRECTORY": str(config / "credentials")}
    )
    assert settings.central_url == (
        "postgresql+psycopg://borne_eupen_1@db.mutuality.example:5432/guichet"
        f"?sslmode=verify-full&sslrootcert={config}/central-ca.pem"
    )
    assert (settings.central_password, settings.staff_code_hash) == ("Zq-3x_secret", HASH)
    assert not list(config.rglob(".*"))  # no temporary file left


def test_enrol_again_keeps_the_settings_the_file_does_not_set(tmp_path, ca_pem):
    config = tmp_path / "etc"
    config.mkdir()
    (config / "guichet.toml").write_text(
        '# our printer\nprinter = "Accueil"\nlanguages = ["de", "fr"]\n'
        'central_url = "postgresql+psycopg://old@localhost/guichet"\nagency = "OLD"\n'
    )
    path = write(tmp_path, enrolment(ca_pem, staff_code_hash="").to_toml())
    assert main([str(path), "--config-dir", str(config)]) == 0
    text = (config / "guichet.toml").read_text()
    assert text.startswith('# our printer\nprinter = "Accueil"\nlanguages = ["de", "fr"]\n')
    data = tomllib.loads(text)
    assert data["agency"] == "EUP" and data["terminal_id"] == "borne_eupen_1"
    assert "old@localhost" not in text
    assert not (config / "credentials" / "staff-code-hash").exists()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda t: t.replace("format = 1", "format = 7"), "format 1 expected"),
        (lambda t: t.replace('agency = "EUP"', 'agency = ""'), "agency is missing"),
        (lambda t: t.replace('mode = "kiosk"', 'mode = "desktop"'), "mode must be one of"),
        (lambda t: t.replace("port = 5432", "port = 99999"), "central.port"),
        (lambda t: t.replace('"db.mutuality.example"', '"db host"'), "central.host"),
        (lambda t: t.replace('user = "borne_eupen_1"', 'user = "Robert"'), "central.user"),
        (lambda t: t.replace('password = "Zq-3x_secret"', 'password = ""'), "central.password"),
        (lambda t: t.replace("BEGIN CERTIFICATE", "BEGIN NOTHING"), "central.ca"),
        (lambda t: t.replace(HASH, "246810"), "staff_code_hash"),
        (lambda t: t[: len(t) // 2], "not an enrolment file"),
        (lambda t: "\x00\xff", "not"),
    ],
)
def test_a_broken_file_changes_nothing_and_says_why(tmp_path, ca_pem, capsys, damage, message):
    config = tmp_path / "etc"
    config.mkdir()
    (config / "guichet.toml").write_text('printer = "Accueil"\n')
    before = snapshot(config)
    path = write(tmp_path, damage(enrolment(ca_pem).to_toml()))
    assert main([str(path), "--config-dir", str(config)]) == 2
    err = capsys.readouterr().err
    assert message in err and "nothing was changed" in err
    assert "Traceback" not in err and "Zq-3x_secret" not in err
    assert snapshot(config) == before
    assert sorted(p.name for p in config.iterdir()) == ["guichet.toml"]


def test_broken_settings_already_there_stop_the_enrolment(tmp_path, ca_pem, capsys):
    config = tmp_path / "etc"
    config.mkdir()
    (config / "guichet.toml").write_text('language = "it"\n')
    path = write(tmp_path, enrolment(ca_pem).to_toml())
    assert main([str(path), "--config-dir", str(config)]) == 2
    assert "language must be one of" in capsys.readouterr().err
    assert sorted(p.name for p in config.iterdir()) == ["guichet.toml"]


def test_a_missing_file_is_said_plainly(tmp_path, capsys):
    assert main([str(tmp_path / "nowhere.toml"), "--config-dir", str(tmp_path / "etc")]) == 2
    assert "cannot be read" in capsys.readouterr().err
    assert not (tmp_path / "etc").exists()


def test_a_value_over_several_lines_is_rewritten_whole_and_right():
    text = 'languages = [\n  "nl",\n  "fr",\n]\nterminal_id = "x"\n'
    result = update_settings_text(text, {"languages": ["fr"], "terminal_id": "y"}, [])
    assert tomllib.loads(result) == {"languages": ["fr"], "terminal_id": "y"}
