"""Session benchmark: card inserted → the member's home, the PIN typed at once, through pcscd +
vpcd + SoftHSM2 on the demo data (400 households), with the central verification: the
gatekeeper issues the challenge, checks the card's signature and chain, and opens the visit.

    python -m tests.bench.run session

Two runs side by side: the embedded SQLite database (the gatekeeper in the program) and
PostgreSQL as a contact point runs it (the terminal's own login, the gatekeeper service
answering through the database, row-level security on the member's file). For PostgreSQL it
also counts the rows a visit writes (and the ones left behind), by table.

Each run: the virtual card of a demo member with an account goes into the vpcd reader; the
reader monitor sees it, the card is read and verified, and the moment the PIN pad shows, the
PIN is "typed" (the pad's field filled and OK pressed); the clock stops when the home screen
is shown. Then the card is taken out and the next run waits for the welcome screen.

The GUI thread's longest block: a 2 ms QTimer ticks on the GUI thread during the runs; the
longest gap between two ticks, minus the interval, is the longest time the GUI thread could
not process events (the window would not repaint or react).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

RUNS = 10
VISIT_TABLES = ("visit", "visit_person", "visit_challenge", "gate_request", "online_login",
                "audit_log")  # fmt: skip


def _row_counts(engine) -> dict[str, int]:
    from sqlalchemy import text

    with engine.connect() as connection:
        return {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in VISIT_TABLES
        }


def _inserted_rows(engine) -> dict[str, int]:
    """Rows ever inserted per table (PostgreSQL's statistics: rows deleted since count too)."""
    from sqlalchemy import text

    with engine.connect() as connection:
        connection.execute(text("SELECT pg_stat_force_next_flush()"))
        rows = connection.execute(
            text("SELECT relname, n_tup_ins FROM pg_stat_user_tables WHERE relname = ANY(:t)"),
            {"t": list(VISIT_TABLES)},
        ).all()
    return dict(rows)


def run(*, central_kind: str = "sqlite", runs: int = RUNS, households: int = 400) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services.kiosk import KioskBackend
    from app.services.local_token_provider import LocalTokenProvider
    from app.services.session import Step
    from app.store import migrate
    from app.store.db import make_engine
    from app.store.demo_cases import demo_cases
    from app.store.seed import seed_database
    from app.sync.terminal import Outbox, open_terminal_db
    from devices.belpic.verify import TrustStore
    from devices.card_slot import PcscSlot
    from devices.cardstate import CardState
    from devices.pkcs11 import SOFTHSM_MODULE
    from devices.simulated.card import VirtualCard
    from devices.simulated.image import build_card_image
    from devices.simulated.pki import TestPki
    from devices.simulated.softhsm import init_token_dir, provision
    from devices.simulated.vpcd import VpcdCard
    from tests.bench.card import READER, reader_daemon
    from tests.ui.kiosk_harness import member_profile
    from ui.app import style_application
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.session import SessionController

    app = QApplication.instance() or QApplication(sys.argv[:1])
    style_application(app)
    translations = Translations(app)
    translations.set_language("fr")
    work = Path(tempfile.mkdtemp(prefix="guichet-bench-session-"))
    today = dt.date.today()
    server = None
    if central_kind == "postgresql":
        from tests.support.postgres import PostgresServer

        server = PostgresServer().start()
        central = make_engine(server.create_database("bench_session"))
    else:
        central = make_engine(f"sqlite:///{work / 'central.sqlite'}")
    migrate.upgrade(central)
    seed_database(central, households=households, seed=1, as_of=today)
    with central.connect() as connection:
        member = demo_cases(connection)["active_account"]
    pki = TestPki.load_or_make(work / "pki")
    init_token_dir(work / "softhsm")
    image = build_card_image(
        member_profile(member, applet="1.8", pin="2580"), pki, key_cache=work / "pki" / "cards"
    )
    provision(image)
    port, stop_daemon = reader_daemon(work)
    vpcd = VpcdCard(port=port)
    outbox = Outbox(open_terminal_db(work / "terminal.sqlite"), "bench_terminal")
    terminal_engine, gate, fleet = central, None, None
    if server is not None:  # the terminal's own login; the gatekeeper answers through PG
        from tests.support.fleet import Fleet

        fleet = Fleet(central, server, TrustStore.of(pki.roots))
        terminal_engine, gate = fleet.terminal("bench_terminal")
    backend = KioskBackend(
        terminal_engine,
        outbox,
        trust=TrustStore.of(pki.roots),
        pkcs11_module=SOFTHSM_MODULE,
        terminal_id="bench_terminal",
        identity_provider=LocalTokenProvider(central, b"bench-token-secret"),
        gate=gate,
    )
    window = MainWindow(translations, "kiosk")
    window.resize(1280, 1024)
    window.show()
    slot = PcscSlot(READER)
    controller = SessionController(window, backend, slot)

    def wait(condition, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            app.processEvents()
            if time.monotonic() > deadline:
                raise RuntimeError("the session did not get there in time")
            time.sleep(0.001)

    # The GUI thread's heartbeat.
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]
    interval_ms = 2

    def beat() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6 - interval_ms)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(interval_ms)
    heartbeat.timeout.connect(beat)

    marks: dict[str, float] = {}

    def type_pin_at_once(step: str) -> None:
        marks.setdefault(step, time.perf_counter())
        if step == Step.PIN.value:
            controller.pin.pad.field.setText("2580")
            controller.pin.pad.ok.click()

    controller.step_changed.connect(type_pin_at_once)
    times: list[float] = []
    blocks: list[float] = []
    stages: dict[str, list[float]] = {"detected": [], "read": [], "identified": []}
    try:
        wait(lambda: controller.card.state is CardState.READY)
        before = _row_counts(central)
        inserted_before = _inserted_rows(central) if server is not None else {}
        for _ in range(runs):
            gaps.clear()
            last[0] = clock.nsecsElapsed()
            heartbeat.start()
            started = time.perf_counter()
            # The card side lives outside the program: inserting it (vpcd waits for pcscd to
            # connect) must not run on the GUI thread being measured.
            threading.Thread(target=vpcd.insert, args=(VirtualCard(image),)).start()
            wait(lambda: controller.machine.step == Step.HOME)
            done = time.perf_counter()
            times.append((done - started) * 1000)
            stages["detected"].append((marks["reading"] - started) * 1000)
            stages["read"].append((marks["pin"] - marks["reading"]) * 1000)
            stages["identified"].append((done - marks["pin"]) * 1000)
            marks.clear()
            heartbeat.stop()
            blocks.append(max(gaps) if gaps else 0.0)
            wait(lambda: vpcd.inserted)
            vpcd.remove()
            wait(lambda: controller.machine.step == Step.WELCOME)
            time.sleep(0.6)  # vpcd needs the slot empty a moment before the next card
            app.processEvents()
        wait(lambda: not backend.visit_open)
        time.sleep(0.3)  # the last visit's close, sent off the GUI thread
        after = _row_counts(central)
        inserted_after = _inserted_rows(central) if server is not None else {}
    finally:
        controller.stop()
        slot.stop()
        stop_daemon()
        if fleet is not None:
            fleet.close()
        central.dispose()
        if server is not None:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    written = {
        table: (inserted_after.get(table, 0) - inserted_before.get(table, 0)) / runs
        if server is not None
        else (after[table] - before[table]) / runs
        for table in VISIT_TABLES
    }
    kept = {table: (after[table] - before[table]) / runs for table in VISIT_TABLES}
    figures = {
        "written_per_visit": written,
        "kept_per_visit": kept,
        "median_ms": statistics.median(times),
        "min_ms": min(times),
        "max_ms": max(times),
        "gui_block_max_ms": max(blocks),
        "gui_block_median_ms": statistics.median(blocks),
    }
    print(
        f"session [{central_kind}]: card inserted → home (PIN typed at once, the central side "
        f"verifying), pcscd + vpcd + SoftHSM2, {runs} runs: median {figures['median_ms']:.0f} ms "
        f"(min {figures['min_ms']:.0f}, max {figures['max_ms']:.0f})"
    )
    print(
        f"  longest GUI-thread block per run: median {figures['gui_block_median_ms']:.1f} ms, "
        f"worst {figures['gui_block_max_ms']:.1f} ms"
    )
    print(
        "  stages (medians): card seen by the reader monitor "
        f"{statistics.median(stages['detected']):.0f} ms, read and verified "
        f"{statistics.median(stages['read']):.0f} ms, PIN → home "
        f"{statistics.median(stages['identified']):.0f} ms"
    )
    print("  runs (ms): " + ", ".join(f"{t:.0f}" for t in times))
    print(
        "  rows written per visit: "
        + ", ".join(f"{t} {n:g}" for t, n in written.items() if n)
        + f" (total {sum(written.values()):g}); kept: "
        + ", ".join(f"{t} {n:g}" for t, n in kept.items() if n)
    )
    return figures


if __name__ == "__main__":
    run(central_kind=sys.argv[1] if len(sys.argv) > 1 else "sqlite")
