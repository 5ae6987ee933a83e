"""The welcome screen, in the four languages, switchable at any time; kiosk and counter modes."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from resources import TRANSLATIONS

WELCOME = {
    "fr": "Bienvenue à votre mutualité",
    "nl": "Welkom bij uw ziekenfonds",
    "de": "Willkommen bei Ihrer Krankenkasse",
    "en": "Welcome to your mutuality",
}
INSERT_CARD = {
    "fr": "Introduisez votre carte eID dans le lecteur.",
    "nl": "Steek uw eID-kaart in de lezer.",
    "de": "Bitte stecken Sie Ihre eID-Karte in das Lesegerät.",
    "en": "Please insert your eID card into the reader.",
}


def visible_texts(window) -> list[str]:
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window) and w.text()]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    return texts


def test_the_welcome_screen_opens_in_the_configured_language(make_window):
    window = make_window(language="nl")
    window.show()
    screen = window.current_screen
    assert screen.name == "welcome"
    assert screen.title.text() == WELCOME["nl"]
    assert screen.instruction.text() == INSERT_CARD["nl"]
    assert window.language_bar.buttons["nl"].isChecked()


def test_a_member_switches_language_by_touching_its_name(make_window, qtbot):
    window = make_window(language="fr")
    window.show()
    for code in ("nl", "de", "en", "fr"):
        qtbot.mouseClick(window.language_bar.buttons[code], Qt.MouseButton.LeftButton)
        # Qt posts LanguageChange to every widget: the texts change on the next event-loop turn.
        qtbot.waitUntil(lambda c=code: window.current_screen.title.text() == WELCOME[c])
        assert window.current_screen.instruction.text() == INSERT_CARD[code]
        assert window.language_bar.buttons[code].isChecked()
        assert window.translations.language == code
    assert window.windowTitle() == "Guichet — votre mutualité"


def test_language_buttons_keep_their_own_names_in_every_language(make_window, qtbot):
    window = make_window(language="de")
    names = [window.language_bar.buttons[c].text() for c in ("fr", "nl", "de", "en")]
    assert names == ["Français", "Nederlands", "Deutsch", "English"]


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_no_english_source_text_shows_in_another_language(make_window, language):
    english_only = _english_sources_that_are_translated_differently(language)
    window = make_window(mode="kiosk", language=language)
    window.show()
    leaked = [t for t in visible_texts(window) if t in english_only]
    assert leaked == []
    counter = make_window(mode="counter", language=language)
    counter.show()
    assert [t for t in visible_texts(counter) if t in english_only] == []


def _english_sources_that_are_translated_differently(language: str) -> set[str]:
    tree = ET.parse(TRANSLATIONS / f"guichet_{language}.ts")
    return {
        m.findtext("source")
        for m in tree.getroot().iter("message")
        if m.findtext("translation") != m.findtext("source")
    }


@pytest.mark.parametrize("language", ["fr", "nl", "de", "en"])
def test_every_catalogue_translates_every_string_of_the_code(tmp_path, language):
    """lupdate over ui/ finds exactly the strings of the committed catalogue, all translated."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    fresh = tmp_path / f"fresh_{language}.ts"
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )

    def messages(path):
        tree = ET.parse(path)
        return {
            (ctx.findtext("name"), m.findtext("source")): m.find("translation")
            for ctx in tree.getroot().iter("context")
            for m in ctx.iter("message")
        }

    in_code = set(messages(fresh))
    committed = messages(TRANSLATIONS / f"guichet_{language}.ts")
    assert in_code - set(committed) == set(), "strings missing from the catalogue: run make lupdate"
    assert set(committed) - in_code == set(), "catalogue has strings the code no longer uses"
    unfinished = [k for k, t in committed.items() if t.get("type") == "unfinished" or not t.text]
    assert unfinished == []


def test_kiosk_mode_is_frameless_and_full_screen(make_window, qtbot):
    window = make_window(mode="kiosk")
    window.show_for_mode()
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not window.mode_label.isVisible()


def test_counter_mode_is_an_ordinary_window_that_says_counter(make_window, qtbot):
    window = make_window(mode="counter", language="nl")
    window.show_for_mode()
    qtbot.waitExposed(window)
    assert not window.isFullScreen()
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.mode_label.isVisible()
    assert window.mode_label.text() == "Loket"
    assert "eID-kaart van het lid" in window.current_screen.card_hint.text()


def test_touch_targets_are_at_least_64_pixels_high(make_window, qtbot):
    window = make_window()
    window.resize(1280, 1024)
    window.show()
    qtbot.waitExposed(window)
    buttons = window.findChildren(QAbstractButton)
    assert buttons
    assert all(button.height() >= 64 for button in buttons)
    assert window.current_screen.title.font().pixelSize() >= 40


def run_guichet(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "ui.app", "--simulated-card", "demo", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_the_program_saves_a_screenshot_of_the_first_screen(tmp_path):
    from PySide6.QtGui import QImage

    picture = tmp_path / "welcome.png"
    result = run_guichet("--mode", "counter", "--language", "de", "--screenshot", str(picture))
    assert result.returncode == 0, result.stderr
    image = QImage(str(picture))
    assert image.width() >= 640 and image.height() >= 480


def test_without_trusted_roots_a_real_reader_is_refused_with_a_message(tmp_path):
    import os

    from app.domain.passwords import hash_password

    staff_code = hash_password("97531086")  # a real terminal has one (app.config.for_terminal)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GUICHET_STAFF_CODE_HASH": staff_code}
    result = subprocess.run(
        [sys.executable, "-m", "ui.app", "--mode", "kiosk", "--exit-when-ready"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 2
    assert "trust_roots must name the Belgium Root CA certificates" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_setting_stops_the_program_with_a_message_not_a_traceback(tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text('mode = "desktop"\n')
    result = run_guichet("--config", str(config), "--exit-when-ready")
    assert result.returncode == 2
    assert "mode must be one of kiosk, counter" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_real_terminal_refuses_the_demo_staff_code(tmp_path, pki):
    import os

    from cryptography.hazmat.primitives import serialization

    roots = tmp_path / "roots.pem"
    roots.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in pki.roots))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GUICHET_TRUST_ROOTS": str(roots)}
    result = subprocess.run(
        [sys.executable, "-m", "ui.app", "--mode", "kiosk", "--exit-when-ready"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 2
    assert "staff_code_hash must be set on a real terminal" in result.stderr
    assert "Traceback" not in result.stderr
