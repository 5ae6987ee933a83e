"""Settings: defaults < TOML file < GUICHET_* environment < command line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.config import ConfigError, load_settings, load_terminal_settings


def test_defaults_give_a_kiosk_in_french_on_the_embedded_database(tmp_path):
    settings = load_settings(tmp_path / "absent.toml", environ={})
    assert settings.mode == "kiosk"
    assert settings.language == "fr"
    assert settings.effective_central_url.startswith("sqlite:///")
    assert settings.effective_central_url.endswith("central.sqlite")


def test_file_then_environment_then_command_line(tmp_path):
    config = tmp_path / "guichet.toml"
    config.write_text('mode = "counter"\nlanguage = "nl"\ndata_dir = "/srv/guichet"\n')
    from_file = load_settings(config, environ={})
    assert (from_file.mode, from_file.language, from_file.data_dir) == (
        "counter",
        "nl",
        Path("/srv/guichet"),
    )
    env = {"GUICHET_LANGUAGE": "de", "GUICHET_CENTRAL_URL": "postgresql+psycopg://localhost/db"}
    from_env = load_settings(config, environ=env)
    assert from_env.language == "de"
    assert from_env.mode == "counter"
    assert from_env.effective_central_url == "postgresql+psycopg://localhost/db"
    from_cli = load_settings(config, environ=env, language="en", mode=None)
    assert from_cli.language == "en"
    assert from_cli.mode == "counter"


def test_the_config_file_can_be_named_by_the_environment(tmp_path):
    config = tmp_path / "other.toml"
    config.write_text('language = "de"\n')
    assert load_settings(environ={"GUICHET_CONFIG": str(config)}).language == "de"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('mode = "desktop"\n', "mode must be one of kiosk, counter"),
        ('language = "it"\n', "language must be one of fr, nl, de, en"),
        ('colour = "red"\n', "unknown setting 'colour'"),
        ("mode = \n", "guichet.toml"),
    ],
)
def test_a_bad_setting_is_refused_with_its_name(tmp_path, content, message):
    config = tmp_path / "guichet.toml"
    config.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_settings(config, environ={})


def test_the_printer_is_cups_default_destination_unless_a_queue_is_named(tmp_path):
    assert load_settings(tmp_path / "absent.toml", environ={}).printer is None
    assert load_settings(tmp_path / "absent.toml", environ={"GUICHET_PRINTER": ""}).printer is None
    config = tmp_path / "guichet.toml"
    config.write_text('printer = "Kiosk_HP-M404"\n')
    assert load_settings(config, environ={}).printer == "Kiosk_HP-M404"
    assert load_settings(config, environ={"GUICHET_PRINTER": "Accueil"}).printer == "Accueil"


@pytest.mark.parametrize("name", ["Kiosk printer", "printers/Kiosk", "Kiosk#2", "x" * 128])
def test_a_printer_name_cups_would_refuse_is_refused(tmp_path, name):
    with pytest.raises(ConfigError, match="printer must be a CUPS queue name"):
        load_settings(tmp_path / "absent.toml", environ={"GUICHET_PRINTER": name})


REMOTE = "postgresql+psycopg://borne_lln_1@db.mutuality.example:5432/guichet"
VERIFIED = "?sslmode=verify-full&sslrootcert=/etc/guichet/central-ca.pem"


def test_the_languages_offered_and_the_first_one_the_default(tmp_path):
    config = tmp_path / "guichet.toml"
    config.write_text('languages = ["nl", "fr"]\n')
    settings = load_settings(config, environ={})
    assert settings.languages == ("nl", "fr")
    assert settings.language == "nl"
    assert load_settings(config, environ={"GUICHET_LANGUAGE": "fr"}).language == "fr"
    german_only = load_settings(config, environ={"GUICHET_LANGUAGES": "de"})
    assert (german_only.languages, german_only.language) == (("de",), "de")
    with pytest.raises(ConfigError, match="not one of the languages this terminal offers"):
        load_settings(config, environ={"GUICHET_LANGUAGE": "de"})


@pytest.mark.parametrize("languages", ["[]", '["fr", "it"]', '["fr", "fr"]', '"fr nl"'])
def test_a_list_of_languages_guichet_does_not_speak_is_refused(tmp_path, languages):
    config = tmp_path / "guichet.toml"
    config.write_text(f"languages = {languages}\n")
    with pytest.raises(ConfigError, match="languages in"):
        load_settings(config, environ={})


def credentials(tmp_path, **files: str) -> Path:
    folder = tmp_path / "credentials"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def test_secrets_come_from_systemd_credentials(tmp_path):
    folder = credentials(
        tmp_path, **{"central-password": "s3cret-Pass\n", "staff-code-hash": "scrypt$x\n"}
    )
    config = tmp_path / "guichet.toml"
    config.write_text(f'central_url = "{REMOTE}{VERIFIED}"\nagency = "LLN"\n')
    settings = load_settings(config, environ={"CREDENTIALS_DIRECTORY": str(folder)})
    assert settings.central_password == "s3cret-Pass"
    assert settings.staff_code_hash == "scrypt$x"
    assert settings.agency == "LLN"
    assert "s3cret" not in repr(settings) and "scrypt" not in repr(settings)
    # The environment wins over the credential file (a developer's shell).
    env = {"CREDENTIALS_DIRECTORY": str(folder), "GUICHET_CENTRAL_PASSWORD": "other"}
    assert load_settings(config, environ=env).central_password == "other"


def test_an_empty_credential_file_means_not_set(tmp_path):
    folder = credentials(tmp_path, **{"central-password": "", "staff-code-hash": "\n"})
    settings = load_settings(
        tmp_path / "absent.toml", environ={"CREDENTIALS_DIRECTORY": str(folder)}
    )
    assert (settings.central_password, settings.staff_code_hash) == ("", "")


def test_a_password_in_the_settings_file_is_refused_saying_where_it_belongs(tmp_path):
    config = tmp_path / "guichet.toml"
    config.write_text('central_password = "s3cret"\n')
    with pytest.raises(ConfigError) as refused:
        load_settings(config, environ={})
    assert "/etc/guichet/credentials/central-password" in str(refused.value)
    assert "GUICHET_CENTRAL_PASSWORD" in str(refused.value)
    assert "s3cret" not in str(refused.value)


def test_a_url_with_a_password_in_a_world_readable_file_is_refused(tmp_path):
    config = tmp_path / "guichet.toml"
    config.write_text('central_url = "postgresql+psycopg://borne:s3cret@localhost/guichet"\n')
    os.chmod(config, 0o644)
    with pytest.raises(ConfigError, match="every user can read") as refused:
        load_settings(config, environ={})
    assert "s3cret" not in str(refused.value)
    os.chmod(config, 0o600)  # readable by the service alone: accepted
    assert load_settings(config, environ={}).central_url.endswith("@localhost/guichet")


def test_a_url_with_a_password_and_a_credential_too_is_refused(tmp_path):
    folder = credentials(tmp_path, **{"central-password": "s3cret"})
    env = {
        "CREDENTIALS_DIRECTORY": str(folder),
        "GUICHET_CENTRAL_URL": "postgresql+psycopg://borne:other@localhost/guichet",
    }
    with pytest.raises(ConfigError, match="take the password out of central_url"):
        load_settings(tmp_path / "absent.toml", environ=env)


@pytest.mark.parametrize(
    "query",
    ["", "?sslmode=require", "?sslmode=verify-ca&sslrootcert=/ca.pem", "?sslmode=verify-full"],
)
def test_a_server_over_the_network_needs_verify_full_tls(tmp_path, query):
    with pytest.raises(ConfigError, match="sslmode=verify-full"):
        load_settings(tmp_path / "absent.toml", environ={"GUICHET_CENTRAL_URL": REMOTE + query})


@pytest.mark.parametrize(
    "url",
    [
        REMOTE + VERIFIED,
        "postgresql+psycopg://guichet@localhost/guichet",
        "postgresql+psycopg://guichet@127.0.0.1:5433/guichet",
        "postgresql+psycopg://guichet@[::1]/guichet",
        "postgresql+psycopg:///guichet?host=/run/postgresql",
        "sqlite:////var/lib/guichet/central.sqlite",
    ],
)
def test_tls_is_not_asked_on_the_same_machine(tmp_path, url):
    settings = load_settings(tmp_path / "absent.toml", environ={"GUICHET_CENTRAL_URL": url})
    assert settings.central_url == url


def test_a_terminal_outside_the_demo_refuses_to_run_without_the_staff_code_hash(tmp_path):
    absent = tmp_path / "absent.toml"
    with pytest.raises(ConfigError, match="staff_code_hash must be set on a real terminal"):
        load_terminal_settings(absent, environ={})
    # The central tools read the same settings and need no staff code.
    assert load_settings(absent, environ={}).staff_code_hash == ""


def test_the_demo_runs_on_the_demo_staff_code_and_a_terminal_on_its_own(tmp_path):
    absent = tmp_path / "absent.toml"
    assert load_terminal_settings(absent, environ={}, simulated_card="demo").demo
    folder = tmp_path / "credentials"
    folder.mkdir()
    (folder / "staff-code-hash").write_text("scrypt$hash-of-the-code\n")
    settings = load_terminal_settings(absent, environ={"CREDENTIALS_DIRECTORY": str(folder)})
    assert not settings.demo and settings.staff_code_hash == "scrypt$hash-of-the-code"


def test_a_kiosk_has_no_ticket_letter_unless_given_one_but_the_demos_has_a(tmp_path):
    """Two kiosks of an agency upgraded without a letter would both print "A-001": a letter
    comes from the enrolment file (or the settings), "A" only for the demo's one kiosk."""
    assert load_settings(tmp_path / "absent.toml", environ={}).ticket_letter == ""
    demo = load_settings(tmp_path / "absent.toml", environ={}, simulated_card="demo")
    assert demo.ticket_letter == "A"
    config = tmp_path / "guichet.toml"
    config.write_text('ticket_letter = "c"\n')
    assert load_settings(config, environ={}, simulated_card="demo").ticket_letter == "C"
    config.write_text('ticket_letter = ""\n')  # the demo told to print none
    assert load_settings(config, environ={}, simulated_card="demo").ticket_letter == ""
