"""After an upgrade the program restarts (quits; systemd starts the new one) only at the idle
welcome screen: an update found during a visit waits for the visit to end and the card to be
out; STATUS=updating goes to systemd first."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.appliance.update import PendingUpdate
from app.services.session import Step, Trigger
from tests.support.systemd import NotifySocket
from tests.ui.kiosk_harness import member_profile
from ui.watchdog import UpdateWatch, Watchdog


class Disk:
    """What the package manager installed: the version the checks find."""

    def __init__(self, version: str):
        self.version = version

    def __call__(self) -> str:
        return self.version


class Terminal:
    def __init__(self, kiosk, systemd):
        self.kiosk = kiosk
        self.systemd = systemd
        self.disk = Disk("1.0.0")
        self.quits: list[str] = []  # the status told to systemd when the program quit
        self.watchdog = Watchdog(parent=kiosk.window)
        self.watchdog.follow(kiosk.controller.activity, kiosk.controller.step_changed)
        self.watchdog.ready()
        self.update = UpdateWatch(
            self.watchdog,
            kiosk.controller.activity,
            self.quit,
            pending=PendingUpdate(running="1.0.0"),
            installed=self.disk,
        )

    def quit(self) -> None:
        self.quits.append(self.watchdog.status)

    def told_updating(self) -> None:
        self.kiosk.qtbot.waitUntil(lambda: self.systemd.statuses()[-1:] == ["updating"])

    def upgraded_to(self, version: str) -> None:
        self.disk.version = version
        for _check in range(2):  # confirmed on two checks in a row
            self.update.check()


@pytest.fixture
def terminal(make_kiosk, monkeypatch):
    systemd = NotifySocket()
    for name, value in systemd.env().items():
        monkeypatch.setenv(name, value)
    yield Terminal(make_kiosk(), systemd)
    systemd.close()


def test_an_update_during_a_visit_waits_for_the_card_to_leave(terminal, cases):
    kiosk = terminal.kiosk
    member = cases["active_account"]
    kiosk.insert(kiosk.card(member_profile(member, pin="2580")))
    kiosk.wait_for(Step.PIN)
    terminal.upgraded_to("1.1.0")
    assert terminal.update.pending.due
    kiosk.qtbot.wait(1500)  # the retries while the visit goes on
    assert terminal.quits == []
    kiosk.type_pin("2580")
    kiosk.wait_for(Step.HOME)
    terminal.update.check()
    assert terminal.quits == []

    kiosk.slot.remove()  # the member takes the card: the welcome screen comes back
    kiosk.wait_for(Step.WELCOME)
    kiosk.qtbot.waitUntil(lambda: bool(terminal.quits), timeout=10_000)
    assert terminal.quits == ["updating"]
    terminal.told_updating()


def test_a_card_left_in_the_reader_after_a_timeout_still_holds_the_restart(terminal, cases):
    kiosk = terminal.kiosk
    kiosk.insert(kiosk.card(member_profile(cases["active_account"], pin="2580")))
    kiosk.wait_for(Step.PIN)
    kiosk.controller.trigger(Trigger.TIMEOUT)  # the member walked away, the card stayed
    kiosk.wait_for(Step.WELCOME)
    terminal.upgraded_to("1.1.0")
    kiosk.qtbot.wait(1500)
    assert terminal.quits == []
    kiosk.slot.remove()
    kiosk.qtbot.waitUntil(lambda: bool(terminal.quits), timeout=10_000)
    assert terminal.quits == ["updating"]


def test_at_the_idle_welcome_screen_it_restarts_once_the_update_is_confirmed(terminal):
    terminal.disk.version = "1.1.0"
    terminal.update.check()
    assert terminal.quits == []  # seen once: dpkg may still be unpacking
    terminal.update.check()
    terminal.kiosk.qtbot.waitUntil(lambda: bool(terminal.quits), timeout=10_000)
    assert terminal.quits == ["updating"]
    terminal.told_updating()


def test_without_an_update_it_never_restarts(terminal):
    for _check in range(3):
        terminal.update.check()
    terminal.kiosk.qtbot.wait(700)
    assert terminal.quits == []
    terminal.kiosk.qtbot.waitUntil(lambda: terminal.systemd.statuses() == ["idle"])


# -- the real program ----------------------------------------------------------------------------


def _dist_info(site: Path, version: str) -> Path:
    folder = site / f"guichet-{version}.dist-info"
    folder.mkdir()
    (folder / "METADATA").write_text(f"Metadata-Version: 2.1\nName: guichet\nVersion: {version}\n")
    return folder


def test_the_program_quits_for_an_update_installed_while_it_stands_idle(tmp_path):
    """An upgrade as apt does it: the guichet metadata on disk changes under the running
    program; at the welcome screen it says STATUS=updating and exits 0 (systemd restarts it)."""
    root = Path(__file__).resolve().parents[2]
    site = tmp_path / "site-packages"
    site.mkdir()
    old = _dist_info(site, "1.0.0")  # first on the path: the version the program runs as
    systemd = NotifySocket()
    runner = (
        "import sys, ui.watchdog as w; w.UPDATE_CHECK_MS = 200; "  # not a minute, for the test
        "from ui.app import main; sys.exit(main(sys.argv[1:]))"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": f"{site}{os.pathsep}{root}",
        **systemd.env(),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", runner, "--simulated-card", "demo", "--mode", "kiosk"],
        cwd=tmp_path,  # not the checkout, whose own metadata would come first
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        systemd.wait(lambda: systemd.ready() is not None, timeout=60)
        shutil.rmtree(old)
        _dist_info(site, "1.1.0")
        status = process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
        _out, err = process.communicate(timeout=30)
        systemd.close()
    assert status == 0, err
    assert systemd.statuses()[-1] == "updating"
    assert "restarting for version 1.1.0" in err
