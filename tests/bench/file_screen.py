"""Opening the reimbursements screen for a member with ten years of history, on a central
PostgreSQL database of 1,000,000 reimbursement lines (BENCH_LINES to change it).

The measured span is what the member waits for: the tap on the home's "Reimbursements" tile
→ the FILE step → the service call on the shared pool (the person list, then the first page of
50 lines) → the table filled on the GUI thread. Real window objects on the offscreen platform,
the real SessionController and FileController; median of 20 opens after 3 warm-ups.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from tests.bench.queries import AS_OF, grow_lines, seeded, vacuum
from tests.support.postgres import PostgresServer

YEARS = 10
LINES_PER_MONTH = 8  # about a hundred services a year: a chronically ill member


def _add_history(connection, niss: str) -> int:
    """Ten years of monthly payments of 8 services each for this member; returns the count."""
    member_id = connection.execute(
        text("SELECT id FROM member WHERE niss = :niss"), {"niss": niss}
    ).scalar_one()
    first = AS_OF.replace(year=AS_OF.year - YEARS)
    params = {"member": member_id, "first": first, "months": YEARS * 12, "n": LINES_PER_MONTH}
    connection.execute(text("""
        INSERT INTO payment (payee_id, kind, processed_on, iban, communication, amount)
        SELECT :member, 'reimbursement', CAST(:first AS date) + (k * 30), 'BE71096123456769',
            'Remboursement soins de santé', 222.48
        FROM generate_series(0, :months - 1) k
    """), params)  # fmt: skip
    connection.execute(text("""
        INSERT INTO reimbursement_line (payment_id, beneficiary_id, care_date, provider_name,
            provider_inami, nomenclature_code, official_fee, supplement, reimbursed)
        SELECT p.id, :member, p.processed_on - 3 - j, 'Dr Bench', '10000000003', '101076',
            31.81, 0, 27.81
        FROM payment p, generate_series(0, :n - 1) j
        WHERE p.payee_id = :member AND p.communication = 'Remboursement soins de santé'
          AND p.amount = 222.48
    """), params)  # fmt: skip
    return connection.execute(
        text("SELECT count(*) FROM reimbursement_line WHERE beneficiary_id = :m"),
        {"m": member_id},
    ).scalar_one()


def bench_file_screen(runs: int = 20, lines: int | None = None) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    target = lines or int(os.environ.get("BENCH_LINES", "1000000").split(",")[0])
    server = PostgresServer().start()
    try:
        engine, niss = seeded(server, "bench_file_screen", households=50)
        started = time.perf_counter()
        with engine.begin() as connection:
            grow_lines(connection, target)
            history = _add_history(connection, niss)
            total = connection.execute(text("SELECT count(*) FROM reimbursement_line")).scalar()
        vacuum(engine)
        print(f"file_screen: {total:,} reimbursement lines (built in "
              f"{time.perf_counter() - started:.0f} s); the member has {history:,} lines over "
              f"{YEARS} years")  # fmt: skip
        times = _open_times(engine, niss, runs)
        print(f"  tap on Reimbursements → 50 lines on screen: median {statistics.median(times):.1f}"
              f" ms (min {min(times):.1f}, max {max(times):.1f}, {runs} opens)")  # fmt: skip
        engine.dispose()
    finally:
        server.stop()


def _open_times(engine, niss: str, runs: int) -> list[float]:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from app.services.kiosk import KioskBackend
    from app.services.session import Step, Trigger
    from app.sync.terminal import Outbox, open_terminal_db
    from devices.belpic.verify import TrustStore
    from devices.card_slot import SimulatedSlot
    from ui.app import style_application
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.session import SessionController

    app = QApplication.instance() or QApplication([])
    style_application(app)
    translations = Translations(app)
    translations.set_language("fr")
    with tempfile.TemporaryDirectory() as folder:
        outbox = Outbox(open_terminal_db(Path(folder) / "terminal.sqlite"), "bench")
        backend = KioskBackend(
            engine,
            outbox,
            trust=TrustStore.of([]),
            pkcs11_module="",
            terminal_id="bench",
            today=lambda: AS_OF,
            now=lambda: dt.datetime.combine(AS_OF, dt.time(10), dt.UTC),
        )
        window = MainWindow(translations, "kiosk")
        controller = SessionController(window, backend, SimulatedSlot())
        window.show()
        times = []
        for run in range(runs + 3):
            controller.trigger(Trigger.CHOOSE_LOGIN)
            controller.visit.niss, controller.visit.mode = niss, "password"
            controller.trigger(Trigger.LOGGED_IN)
            assert controller.machine.step == Step.HOME
            page = controller.file.reimbursements
            started = time.perf_counter()
            controller.home.section_tiles["reimbursements"].click()
            while page.table.rowCount() == 0:
                app.processEvents()
                if time.perf_counter() - started > 30:
                    raise RuntimeError("the reimbursements never showed")
            elapsed = (time.perf_counter() - started) * 1000
            assert page.table.rowCount() == 50
            if run >= 3:
                times.append(elapsed)
            controller.trigger(Trigger.LOGOUT)  # the visit ends: every screen wiped
            QThreadPool.globalInstance().waitForDone(5000)
            app.processEvents()
        controller.stop()
        window.close()
        translations.uninstall()
    return times
