"""The out-of-order screen: the notice in four languages at once, the staff gesture and code,
the reason on the staff panel; `guichet` with a broken configuration in kiosk mode shows it
(READY and the watchdog going) instead of stopping with a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app.domain.passwords import hash_password
from tests.support.systemd import NotifySocket
from ui.out_of_order import OutOfOrderWindow, read_staff_code_hash

NOTICES = {
    "fr": "Cette borne est hors service. Notre personnel au guichet va vous aider.",
    "nl": "Deze terminal is buiten gebruik. Ons personeel aan het loket helpt u verder.",
    "de": "Dieses Terminal ist außer Betrieb. Unser Personal am Schalter hilft Ihnen weiter.",
    "en": "This terminal is out of order. Our staff at the counter will help you.",
}
REASON = "/etc/guichet/guichet.toml: unknown setting 'agence'"


@pytest.fixture
def out_of_order(qtbot, translations):
    def make(language: str = "fr", **options) -> OutOfOrderWindow:
        translations.set_language(language)
        window = OutOfOrderWindow(REASON, version="1.2.3", **options)
        qtbot.addWidget(window)
        window.resize(1280, 1024)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def tap_corner(window: OutOfOrderWindow, qtbot, times: int = 5) -> None:
    for _tap in range(times):
        window.staff_corner.click()


def test_the_notice_says_it_in_french_dutch_german_and_english_at_once(out_of_order):
    window = out_of_order("nl")
    shown = {label.property("language"): label.text() for label in window.notices}
    assert shown == NOTICES
    assert all(label.accessibleName() == label.text() for label in window.notices)
    assert window.staff_corner.accessibleName()
    assert REASON not in {label.text() for label in window.findChildren(QLabel)}


def test_five_taps_open_the_staff_panel_with_the_reason_when_no_code_is_set(out_of_order, qtbot):
    window = out_of_order()
    tap_corner(window, qtbot, 4)
    assert window.pages.currentWidget() is window.notice
    tap_corner(window, qtbot, 1)
    assert window.pages.currentWidget() is window.panel
    assert window.reason_text.toPlainText() == REASON
    assert "1.2.3" in window.details.text()
    window.back_button.click()
    assert window.pages.currentWidget() is window.notice


def test_with_a_staff_code_the_panel_needs_it(out_of_order, qtbot):
    window = out_of_order("en", staff_code_hash=hash_password("135790"))
    tap_corner(window, qtbot)
    assert window.pages.currentWidget() is window.code_page
    for digit in "111111":
        window.pad.keys[digit].click()
    window.pad.ok.click()
    qtbot.waitUntil(lambda: window.code_message.text() == "Wrong code. Please try again.")
    assert window.pages.currentWidget() is window.code_page
    for digit in "135790":
        window.pad.keys[digit].click()
    window.pad.ok.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.panel)
    assert window.reason_text.toPlainText() == REASON


def test_the_staff_code_hash_comes_from_systemds_credentials(tmp_path):
    (tmp_path / "staff-code-hash").write_text("scrypt$ln=15,r=8,p=1$abc$def\n")
    assert read_staff_code_hash({"CREDENTIALS_DIRECTORY": str(tmp_path)}) == (
        "scrypt$ln=15,r=8,p=1$abc$def"
    )
    (tmp_path / "staff-code-hash").write_text("")  # empty: not set
    assert read_staff_code_hash({"CREDENTIALS_DIRECTORY": str(tmp_path)}) == ""
    assert read_staff_code_hash({}) == ""


def unclipped(window) -> list[str]:
    """The visible labels and buttons whose text does not fit their size."""
    clipped = []
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text():
            needed = (
                label.heightForWidth(label.width())
                if label.wordWrap()
                else label.sizeHint().height()
            )
            if needed > label.height() or (
                not label.wordWrap() and label.sizeHint().width() > label.width()
            ):
                clipped.append(f"{label.objectName()}: {label.text()!r}")
    for button in window.findChildren(QPushButton):
        if button.isVisible() and button.text() and button.sizeHint().width() > button.width():
            clipped.append(f"{button.objectName()}: {button.text()!r}")
    return clipped


@pytest.mark.parametrize("language", ["fr", "nl", "de", "en"])
def test_notice_code_pad_and_panel_fit_1280_by_1024(out_of_order, qtbot, tmp_path, language):
    window = out_of_order(language, staff_code_hash=hash_password("135790"), can_restart=True)
    shots = os.environ.get("SCREENSHOTS_DIR")  # set it to look at the pictures
    for page in ("notice", "code_page", "panel"):
        window.pages.setCurrentWidget(getattr(window, page))
        qtbot.wait(50)
        assert unclipped(window) == [], page
        picture = window.grab()
        assert (picture.width(), picture.height()) == (1280, 1024)
        if shots:
            picture.save(os.path.join(shots, f"out_of_order_{page}_{language}.png"))


STAFF_CODE = {"fr": "Code du personnel", "nl": "Personeelscode", "de": "Mitarbeitercode",
              "en": "Staff code"}  # fmt: skip


@pytest.mark.parametrize("language", ["fr", "nl", "de", "en"])
def test_every_control_is_named_in_the_staff_language_and_the_pad_holds_the_staff_code(
    out_of_order, translations, qtbot, language
):
    """A screen reader hears each control of the notice, the code pad and the panel in the
    language shown; the pad's field is the staff code, not a card's PIN, after a switch too."""
    from tests.support.access import access_problems

    window = out_of_order("en" if language != "en" else "fr",
                          staff_code_hash=hash_password("135790"), can_restart=True)  # fmt: skip
    translations.set_language(language)  # switched while shown: the pad's own words come last
    qtbot.wait(20)  # the change reaches the window, then its children
    for page in ("notice", "code_page", "panel"):
        window.pages.setCurrentWidget(getattr(window, page))
        assert access_problems(window, language) == [], page
    assert window.pad.field.accessibleName() == STAFF_CODE[language]


# -- inside `guichet` ----------------------------------------------------------------------------


def test_a_broken_configuration_shows_the_reason_on_the_staff_panel(tmp_path, qtbot, qapp):
    from ui import app as guichet

    config = tmp_path / "guichet.toml"
    config.write_text('agence = "1234"\n')
    seen: dict[str, str] = {}

    def look() -> None:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, OutOfOrderWindow)
                     and w.isVisible()]  # fmt: skip
        seen["fullscreen"] = str(window.isFullScreen())
        tap_corner(window, qtbot)  # the terminal's staff code cannot be read: none asked
        seen["page"] = window.pages.currentWidget().objectName() or "panel"
        seen["reason"] = window.reason_text.toPlainText()
        window.restart_button.click()  # quits; systemd would start it again

    QTimer.singleShot(500, look)
    status = guichet.main(["--mode", "kiosk", "--config", str(config)])
    assert status == 0
    assert seen["fullscreen"] == "True"
    assert "unknown setting 'agence'" in seen["reason"]
    assert qapp.quitOnLastWindowClosed()  # the kiosk guard let go


def test_guichet_with_a_broken_configuration_is_out_of_order_not_a_traceback(tmp_path):
    config = tmp_path / "guichet.toml"
    config.write_text('agence = "1234"\n')
    systemd = NotifySocket()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **systemd.env(1_000_000)}
    process = subprocess.Popen(
        [sys.executable, "-m", "ui.app", "--mode", "kiosk", "--config", str(config)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        systemd.wait(lambda: systemd.ready() is not None, timeout=60)
        status = systemd.ready().assignments["STATUS"]
        assert status.startswith("out-of-order: ") and "unknown setting 'agence'" in status
        systemd.wait(lambda: systemd.pings() >= 2, timeout=30)  # the watchdog goes on
        assert process.poll() is None  # it stays up: systemd must not restart it in a loop
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
        systemd.close()
    assert "unknown setting 'agence'" in err  # the journal has the reason too
    assert "Traceback" not in err


def test_the_counter_with_a_broken_configuration_stops_with_a_message(tmp_path):
    config = tmp_path / "guichet.toml"
    config.write_text('agence = "1234"\n')
    result = subprocess.run(
        [sys.executable, "-m", "ui.app", "--mode", "counter", "--config", str(config)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "unknown setting 'agence'" in result.stderr
    assert "Traceback" not in result.stderr


def test_guichet_out_of_order_runs_on_its_own(tmp_path):
    picture = tmp_path / "out_of_order.png"
    systemd = NotifySocket()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "ui.out_of_order", "--screenshot", str(picture)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **systemd.env()},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        systemd.wait(lambda: systemd.ready() is not None, timeout=10)
        assert "guichet-kiosk" in systemd.ready().assignments["STATUS"]
    finally:
        systemd.close()
    assert picture.stat().st_size > 0
    assert "Traceback" not in result.stderr
