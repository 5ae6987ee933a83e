"""The program under systemd's watchdog, against a socket standing in for systemd: READY once
the welcome screen is drawn, WATCHDOG=1 from the GUI thread at half of WATCHDOG_USEC (and none
while that thread is blocked), STATUS following the visit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer

from app.services.session import Step
from tests.support.systemd import NotifySocket
from tests.ui.kiosk_harness import member_profile
from ui.printing import Printer
from ui.watchdog import Watchdog


@pytest.fixture
def systemd(monkeypatch):
    sock = NotifySocket()
    yield sock
    sock.close()


def use(sock: NotifySocket, monkeypatch, watchdog_usec: int | None = None) -> None:
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    for name, value in sock.env(watchdog_usec).items():
        monkeypatch.setenv(name, value)


def start_guichet(sock: NotifySocket, *args: str, watchdog_usec: int = 30_000_000):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **sock.env(watchdog_usec)}
    return subprocess.Popen(
        [sys.executable, "-m", "ui.app", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop(process: subprocess.Popen) -> str:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=30)
    return err


class PaintSeen(QObject):
    def __init__(self, widget):
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


# -- in-process: the GUI thread ----------------------------------------------------------------


def test_ready_is_sent_once_the_welcome_screen_is_painted(systemd, monkeypatch, make_window, qtbot):
    use(systemd, monkeypatch)
    window = make_window()
    painted = PaintSeen(window.current_screen)
    watchdog = Watchdog(parent=window)
    watchdog.ready_when_drawn(window.current_screen)
    qtbot.wait(200)
    assert systemd.ready() is None  # not drawn yet: not ready
    window.show()
    qtbot.waitUntil(lambda: systemd.ready() is not None, timeout=10_000)
    assert painted.painted
    assert systemd.ready().assignments == {"READY": "1", "STATUS": "idle"}


def test_pings_come_from_a_timer_at_half_the_asked_interval(systemd, monkeypatch, qtbot):
    use(systemd, monkeypatch, watchdog_usec=30_000_000)
    watchdog = Watchdog()
    assert watchdog.timer.interval() == 15_000 and watchdog.timer.isActive()
    watchdog.deleteLater()


def test_no_watchdog_asked_no_pings(systemd, monkeypatch, qtbot):
    use(systemd, monkeypatch, watchdog_usec=None)
    watchdog = Watchdog()
    assert not watchdog.timer.isActive()
    watchdog.deleteLater()


def test_pings_stop_while_the_gui_thread_is_blocked_and_resume_after(systemd, monkeypatch, qtbot):
    use(systemd, monkeypatch, watchdog_usec=100_000)  # a ping every 50 ms
    watchdog = Watchdog()
    qtbot.waitUntil(lambda: systemd.pings() >= 3, timeout=10_000)
    during: dict[str, int] = {}

    def block() -> None:  # a frozen screen: the GUI thread busy for 1.5 s
        time.sleep(0.2)  # a ping sent just before is counted by now
        during["start"] = systemd.pings()
        time.sleep(1.5)  # 30 pings would have been due
        during["end"] = systemd.pings()

    QTimer.singleShot(0, block)
    qtbot.waitUntil(lambda: "end" in during, timeout=10_000)
    assert during["end"] == during["start"], "pings went on while the GUI thread was blocked"
    qtbot.waitUntil(lambda: systemd.pings() > during["end"] + 2, timeout=10_000)
    watchdog.deleteLater()


def test_status_follows_a_card_visit(systemd, monkeypatch, make_kiosk, cases):
    use(systemd, monkeypatch)
    kiosk = make_kiosk()
    watchdog = Watchdog(parent=kiosk.window)
    watchdog.follow(kiosk.controller.activity, kiosk.controller.step_changed)
    watchdog.ready()
    member = cases["active_account"]
    kiosk.insert(kiosk.card(member_profile(member, pin="2580")))
    kiosk.qtbot.waitUntil(lambda: systemd.statuses()[-1:] == ["visit"], timeout=10_000)
    kiosk.slot.remove()
    kiosk.qtbot.waitUntil(lambda: systemd.statuses()[-1:] == ["idle"], timeout=10_000)
    assert systemd.statuses() == ["idle", "visit", "idle"]


def test_status_says_printing_while_a_document_prints(systemd, monkeypatch, make_kiosk, cases,
                                                       cups):  # fmt: skip
    cups.test_printer("WatchdogSlow", delay=2)  # the job takes 2 s in the printer
    kiosk = make_kiosk(printer=Printer("WatchdogSlow", server=str(cups.daemon.socket)))
    use(systemd, monkeypatch)
    watchdog = Watchdog(parent=kiosk.window)
    watchdog.follow(kiosk.controller.activity, kiosk.controller.step_changed)
    watchdog.ready()
    kiosk.insert(kiosk.card(member_profile(cases["active_account"], pin="2580")))
    kiosk.wait_for(Step.PIN)
    kiosk.type_pin("2580")
    kiosk.wait_for(Step.HOME)
    kiosk.click(kiosk.controller.home.section_tiles["reimbursements"])
    kiosk.wait_for(Step.FILE)
    page = kiosk.controller.file.reimbursements
    kiosk.qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=10_000)
    page.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    kiosk.click(page.print_button)
    kiosk.qtbot.waitUntil(lambda: systemd.statuses()[-1:] == ["printing"], timeout=20_000)
    status = kiosk.controller.file.status
    kiosk.qtbot.waitUntil(lambda: status.property("kind") == "success", timeout=20_000)
    kiosk.qtbot.waitUntil(lambda: systemd.statuses()[-1:] == ["visit"], timeout=5_000)


# -- the real program ----------------------------------------------------------------------------


@pytest.mark.parametrize("abstract", [False, True], ids=["path", "abstract"])
def test_the_program_tells_systemd_it_is_ready_and_alive(abstract):
    sock = NotifySocket(abstract=abstract)
    process = start_guichet(
        sock, "--simulated-card", "demo", "--mode", "kiosk", watchdog_usec=1_000_000
    )
    try:
        sock.wait(lambda: sock.ready() is not None, timeout=60)
        assert sock.ready().assignments["STATUS"] == "idle"
        # Asked for a ping every 0.5 s: over 3 s about 6 of them (slack for a busy machine).
        start = sock.pings()
        time.sleep(3)
        assert 3 <= sock.pings() - start <= 9
        assert process.poll() is None
    finally:
        err = stop(process)
        sock.close()
    assert "Traceback" not in err
