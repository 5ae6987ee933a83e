"""Settings: defaults < TOML file < GUICHET_* environment < command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import ConfigError, load_settings


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
    env = {"GUICHET_LANGUAGE": "de", "GUICHET_CENTRAL_URL": "postgresql+psycopg://h/db"}
    from_env = load_settings(config, environ=env)
    assert from_env.language == "de"
    assert from_env.mode == "counter"
    assert from_env.effective_central_url == "postgresql+psycopg://h/db"
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
