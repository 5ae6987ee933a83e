"""systemd's notify protocol (app/appliance/notify.py) against a socket standing in for systemd,
and the update check (app/appliance/update.py) against distribution metadata on disk."""

from __future__ import annotations

import shutil

import pytest

from app.appliance.notify import Notifier, out_of_order_status, watchdog_interval_ms
from app.appliance.update import PendingUpdate, installed_version
from app.version import UNKNOWN
from tests.support.systemd import NotifySocket


@pytest.fixture(params=[False, True], ids=["path", "abstract"])
def systemd(request, monkeypatch):
    sock = NotifySocket(abstract=request.param)
    for name, value in sock.env(watchdog_usec=30_000_000).items():
        monkeypatch.setenv(name, value)
    yield sock
    sock.close()


def test_ready_status_and_pings_reach_systemd(systemd):
    notifier = Notifier()
    assert notifier.enabled
    notifier.ready("idle")
    notifier.ping()
    notifier.status("visit")
    systemd.wait(lambda: len(systemd.messages()) == 3)
    ready, ping, status = systemd.messages()
    assert ready.assignments == {"READY": "1", "STATUS": "idle"}
    assert ping.assignments == {"WATCHDOG": "1"}
    assert status.assignments == {"STATUS": "visit"}


def test_nothing_is_sent_without_notify_socket(monkeypatch):
    sock = NotifySocket()
    try:
        monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
        notifier = Notifier()
        assert not notifier.enabled
        notifier.ready("idle")
        notifier.ping()
        # What was sent to the socket would be there once something sent after it arrives.
        monkeypatch.setenv("NOTIFY_SOCKET", sock.address)
        Notifier().ping()
        sock.wait(lambda: sock.pings() == 1)
        assert [d.text for d in sock.messages()] == ["WATCHDOG=1"]
    finally:
        sock.close()


def test_pings_are_asked_at_half_of_watchdog_usec():
    assert watchdog_interval_ms("30000000") == 15_000
    assert watchdog_interval_ms("1000000") == 500
    assert watchdog_interval_ms("") is None  # no WatchdogSec= in the unit
    assert watchdog_interval_ms("0") is None
    assert watchdog_interval_ms("soon") is None


def test_a_reason_is_one_status_line_in_utf8_and_cannot_add_assignments(systemd):
    reason = "/etc/guichet/guichet.toml: unknown setting 'agence' — see\nREADY=1"
    Notifier().status(out_of_order_status(reason))
    systemd.wait(lambda: systemd.messages())
    (datagram,) = systemd.messages()
    assert datagram.assignments == {
        "STATUS": "out-of-order: /etc/guichet/guichet.toml: unknown setting 'agence' — see READY=1"
    }


# -- updates ----------------------------------------------------------------------------------


def test_an_update_is_due_once_the_new_version_is_seen_on_two_checks_in_a_row():
    pending = PendingUpdate(running="1.0.0")
    assert not pending.observe("1.0.0")
    assert not pending.observe("1.1.0")  # dpkg may still be unpacking
    assert pending.observe("1.1.0")
    assert pending.version == "1.1.0"


def test_metadata_missing_between_two_checks_starts_the_count_again():
    pending = PendingUpdate(running="1.0.0")
    pending.observe("1.1.0")
    assert not pending.observe(None)  # the old metadata gone, the new one not yet there
    assert not pending.observe("1.1.0")
    assert pending.observe("1.1.0")


def test_the_running_version_back_on_disk_cancels_the_restart():
    pending = PendingUpdate(running="1.0.0")
    pending.observe("1.1.0")
    pending.observe("1.1.0")
    assert pending.due
    assert not pending.observe("1.0.0")
    assert not pending.due


def test_a_program_whose_own_version_is_unknown_never_restarts_for_an_update():
    pending = PendingUpdate(running=UNKNOWN)
    assert not pending.observe("1.1.0")
    assert not pending.observe("1.1.0")


def _dist_info(site, name: str, version: str):
    folder = site / f"{name.replace('-', '_')}-{version}.dist-info"
    folder.mkdir()
    (folder / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    return folder


def test_the_installed_version_is_read_from_disk_each_time(tmp_path, monkeypatch):
    site = tmp_path / "site-packages"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    old = _dist_info(site, "guichet-update-probe", "1.0.0")
    assert installed_version("guichet-update-probe") == "1.0.0"
    shutil.rmtree(old)  # what an upgrade does to the metadata: the old goes, the new comes
    assert installed_version("guichet-update-probe") is None
    _dist_info(site, "guichet-update-probe", "1.1.0")
    assert installed_version("guichet-update-probe") == "1.1.0"
