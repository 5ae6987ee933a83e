"""A central server the terminal refuses (its certificate) or that refuses the terminal (its
login) is not "offline" like a cut cable: the header says which, and the maintenance screen
gives the IT staff the server and what failed. Real exchanges with the tests' TLS PostgreSQL."""

from __future__ import annotations

import pytest

from app.services.session import Step as S
from app.store.db import make_engine
from app.sync.terminal import open_terminal_db
from app.sync.worker import SyncWorker

pytestmark = pytest.mark.postgres


def sync_once(tmp_path, url: str, password: str):
    """One real exchange of a terminal's sync worker with the central server at `url`."""
    terminal = open_terminal_db(tmp_path / "terminal.sqlite")
    central = make_engine(url, password=password)
    try:
        return SyncWorker(terminal, central, "borne_test").run_once()
    finally:
        central.dispose()
        terminal.dispose()


@pytest.fixture
def tls_refused(postgres_server, tmp_path):
    """The server's certificate names localhost; the terminal asked for 127.0.0.1."""
    url = postgres_server.verify_full_url("postgres", "borne_test", host="127.0.0.1")
    return sync_once(tmp_path, url, "any")


@pytest.fixture
def login_refused(postgres_server, tmp_path):
    return sync_once(tmp_path, postgres_server.verify_full_url("postgres", "borne_nobody"), "pw")


def test_the_header_says_the_servers_certificate_is_refused(make_window, tls_refused):
    assert (tls_refused.online, tls_refused.problem) == (False, "tls")
    window = make_window("kiosk", "en")
    window.sync_indicator.show_status(tls_refused)
    assert window.sync_indicator.text() == "Offline — the central server's certificate is refused"
    assert window.sync_indicator.property("state") == "offline"
    assert window.sync_indicator.property("problem") == "tls"


def test_the_header_says_the_server_refuses_the_terminals_login(make_window, login_refused):
    assert (login_refused.online, login_refused.problem) == (False, "auth")
    window = make_window("kiosk", "en")
    window.sync_indicator.show_status(login_refused)
    assert (
        window.sync_indicator.text() == "Offline — the central server refuses this terminal's login"
    )


def open_maintenance(kiosk) -> None:
    welcome = kiosk.window.screens["welcome"]
    for _ in range(welcome.STAFF_TAPS):
        kiosk.click(welcome.staff_corner)
    kiosk.wait_for(S.STAFF_CODE)
    kiosk.type_pin("246810", kiosk.controller.staff_code)
    kiosk.wait_for(S.MAINTENANCE)


def test_the_maintenance_screen_names_the_server_and_what_failed(
    make_kiosk, tls_refused, login_refused, postgres_server
):
    kiosk = make_kiosk()
    open_maintenance(kiosk)
    screen = kiosk.controller.maintenance
    kiosk.controller.show_sync_status(tls_refused)
    assert screen.sync.text().startswith(
        "Central database: offline, its server's certificate is refused"
    )
    assert screen.sync_detail.isVisibleTo(screen)
    detail = screen.sync_detail.text()
    assert f"127.0.0.1:{postgres_server.port}" in detail
    assert 'does not match host name "127.0.0.1"' in detail

    kiosk.controller.show_sync_status(login_refused)
    assert screen.sync.text().startswith(
        "Central database: offline, it refuses this terminal's login"
    )
    assert 'password authentication failed for user "borne_nobody"' in screen.sync_detail.text()

    back_online = login_refused.__class__(online=True, pending=0)
    kiosk.controller.show_sync_status(back_online)
    assert screen.sync.text().startswith("Central database: online")
    assert not screen.sync_detail.isVisibleTo(screen)
