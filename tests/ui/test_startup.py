"""The program's start (issue 18): the welcome screen on the glass first, what a visit needs
loaded after (ui/app.py `Loading`), and a member who inserts their card before the load is done
still goes on to the PIN screen."""

from __future__ import annotations

import os
import subprocess
import sys

import pkcs11
import pytest

from app.config import load_terminal_settings
from app.services.session import Step
from devices.pkcs11 import MODULE_LOCK, SOFTHSM_MODULE
from devices.simulated.profile import load_profile
from ui.app import Loading, first_screen


@pytest.fixture
def demo_token():
    """The demo's card setup makes its own SoftHSM2 token directory (ui/wiring.py) and points
    the process at it: the suite's own token is given back afterwards."""
    before = os.environ.get("SOFTHSM2_CONF")
    yield
    if before is not None:
        os.environ["SOFTHSM2_CONF"] = before
        with MODULE_LOCK:
            pkcs11.lib(SOFTHSM_MODULE).reinitialize()


@pytest.fixture
def starting(make_window, qapp, demo_token):
    """The kiosk as `guichet` starts it: the welcome screen shown, nothing loaded yet."""
    settings = load_terminal_settings(None, mode="kiosk", simulated_card="demo")
    window = make_window("kiosk")
    first_screen(window, settings)
    window.show()
    loading = Loading(qapp, window, settings)
    yield window, loading
    guard = getattr(window, "kiosk_guard", None)
    if guard is not None:
        guard.allow_exit()
    if loading.controller is not None:
        loading.controller.stop()
    if loading.runtime is not None:
        loading.runtime.stop()


def test_a_card_inserted_while_the_program_loads_goes_on_to_the_pin_screen(starting, qtbot):
    window, loading = starting
    welcome = window.screens["welcome"]
    steps = loading.steps()
    assert next(steps) is None  # the terminal database and the sync
    assert next(steps) is None  # the card reader, not watched yet
    assert loading.controller is None
    # Nothing that starts a visit answers a tap yet: the buttons wait, shown.
    assert not welcome.login_button.isEnabled() and welcome.login_button.isVisible()
    assert not welcome.staff_corner.isEnabled()
    assert window.current_screen is welcome

    profile = next(p for p in loading.setup.profiles if p.suffix == ".toml")
    holder = load_profile(profile)
    loading.setup.insert(profile)  # the member's card, in before the load is done

    assert [failure for failure in steps] == [None] * 3  # the rest loads without a fault
    controller = loading.controller
    qtbot.waitUntil(lambda: controller.machine.step == Step.PIN, timeout=15_000)
    assert holder.surname in controller.pin.holder_name.text()
    assert welcome.login_button.isEnabled() and welcome.staff_corner.isEnabled()


def test_the_load_runs_by_itself_once_started_and_says_it_is_done(starting, qtbot):
    window, loading = starting
    done = []
    loading.loaded.connect(lambda: done.append("loaded"))
    loading.failed.connect(done.append)
    loading.start()  # the imports in a thread, then one part per turn of the event loop
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert done == ["loaded"]
    assert loading.watchdog.is_ready  # systemd hears READY once a visit can start
    assert window.screens["welcome"].login_button.isEnabled()


def test_the_program_says_ready_at_the_welcome_then_loaded():
    """`--exit-when-ready` (the start-up benchmark): "ready" once the welcome screen is drawn,
    "loaded" once a visit can start, then it quits cleanly."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "ui.app", "--mode", "kiosk", "--simulated-card", "demo",
         "--exit-when-ready"],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ready", "loaded"]
    assert "Traceback" not in result.stderr
