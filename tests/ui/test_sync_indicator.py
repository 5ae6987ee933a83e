"""The header says plainly when the central database is out of reach, and what waits."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from app.config import Settings
from app.store import migrate
from app.store.db import make_engine
from app.store.seed import seed_database
from app.sync.runtime import SyncRuntime
from app.sync.worker import SyncStatus
from ui.widgets.sync_indicator import SyncBridge

UNREACHABLE = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1"


def request(niss: str) -> dict:
    return {"member_niss": niss, "topic": "t", "subject": "Question", "message": "Bonjour",
            "channel": "terminal"}  # fmt: skip


def test_offline_with_waiting_operations_in_each_language(make_window, translations, qtbot):
    window = make_window("kiosk", "fr")
    indicator = window.sync_indicator
    assert indicator.text() == "Connexion…"
    indicator.show_status(SyncStatus(online=False, pending=2))
    assert indicator.text() == "Hors ligne — 2 opérations en attente"
    assert indicator.property("state") == "offline"
    for language, text in (
        ("nl", "Offline — 2 verrichtingen wachten"),
        ("de", "Offline — 2 Vorgänge warten"),
        ("en", "Offline — 2 operations waiting"),
        ("fr", "Hors ligne — 2 opérations en attente"),
    ):
        translations.set_language(language)
        qtbot.waitUntil(lambda text=text: indicator.text() == text)
    indicator.show_status(SyncStatus(online=False, pending=1))
    assert indicator.text() == "Hors ligne — 1 opération en attente"
    indicator.show_status(SyncStatus(online=True, pending=0))
    assert indicator.text() == "En ligne" and indicator.property("state") == "online"


def test_the_runtime_reports_offline_then_online_through_the_header(make_window, qtbot, tmp_path):
    """A real SyncRuntime on its threads: unreachable first, then the embedded database."""
    window = make_window("kiosk", "fr")
    bridge = SyncBridge()
    bridge.status.connect(window.sync_indicator.show_status)

    offline = SyncRuntime(
        Settings(data_dir=tmp_path, central_url=UNREACHABLE), on_status=bridge.publish
    )
    central = make_engine(f"sqlite:///{tmp_path / 'central.sqlite'}")
    migrate.upgrade(central)
    niss = seed_database(central, households=6, seed=1, as_of=dt.date(2026, 11, 22)).cases[
        "active_account"
    ][0]
    offline.outbox.enqueue("contact_request.create", request(niss), actor="member", version=1)
    offline.outbox.enqueue("contact_request.create", request(niss), actor="member", version=1)
    offline.start()
    qtbot.waitUntil(
        lambda: window.sync_indicator.text() == "Hors ligne — 2 opérations en attente",
        timeout=10000,
    )
    offline.stop()

    # The same terminal database, now with the embedded central database and its worker.
    online = SyncRuntime(Settings(data_dir=tmp_path), on_status=bridge.publish, interval=0.1)
    online.start()
    try:
        qtbot.waitUntil(lambda: window.sync_indicator.text() == "En ligne", timeout=10000)
    finally:
        online.stop()
    assert online.outbox.pending_count() == 0
    central.dispose()


LONGEST_STATES = [
    SyncStatus(online=False, pending=14),
    SyncStatus(online=False, pending=14, problem="tls", detail="localhost:5432"),
    SyncStatus(online=False, pending=14, problem="auth", detail="localhost:5432"),
    SyncStatus(online=True, pending=14),
]


@pytest.mark.parametrize("mode", ["kiosk", "counter"])
@pytest.mark.parametrize("language", ["fr", "nl", "de", "en"])
def test_the_header_keeps_every_word_whole_at_1280_in_every_state(make_window, mode, language):
    """The language names, the mode and the connection state, however long in German, fit a
    1280 px screen: the counter's header once cut the language buttons beside 'Offline — 2
    Vorgänge warten' (their stylesheet minimum let the layout squeeze them)."""
    window = make_window(mode, language)
    window.resize(1280, 1024)
    window.show()
    indicator = window.sync_indicator
    for status in LONGEST_STATES:
        indicator.show_status(status)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1280, indicator.text()
        assert window.width() == 1280
        for button in window.language_bar.buttons.values():
            assert button.width() >= button.sizeHint().width(), (button.text(), indicator.text())
        assert indicator.height() >= indicator.heightForWidth(indicator.width()), indicator.text()
        brand = window.brand
        assert brand.height() >= brand.heightForWidth(brand.width())
