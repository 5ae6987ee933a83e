"""Memory over a day of visits: 500 whole visits in one program, one after another, as
strangers use a terminal (issue 18).

    python -m tests.bench.run memory            (BENCH_VISITS=500 to change the count)

Each visit: the demo member's card goes in (the simulated slot: the card's APDUs in-process; the
reader's own stack is the card benchmark's), the PIN is typed on the pad, the identification is
signed on SoftHSM2 and verified by the gatekeeper, the home shows; three sections open from the
home and the file's list (reimbursements, my data, documents) and wait for their data; one
reimbursement line is ticked and its official receipt printed on a CUPS queue whose device is a
file (the tests' private cupsd); the card comes out and the welcome screen is back. The window,
the controller and the services are the program's own (ui/session, app/services/kiosk), on the
embedded SQLite database seeded with the demo's 400 households.

After the 50th visit and after the last (with the garbage collected, and Qt's deferred
deletions done): the resident memory (VmRSS), the QObjects under the window and the
application's widgets, the Python threads and the process's threads (/proc/self/task). Goal:
resident memory after the last ≤ 10 MB above the 50th's, and no count grows.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

VISITS = 500
CHECKPOINT = 50
RSS_GOAL_MB = 10.0
PIN = "2580"
SECTIONS = ("reimbursements", "data", "documents")


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def bench_memory(visits: int | None = None, checkpoint: int = CHECKPOINT) -> dict:
    visits = visits or int(os.environ.get("BENCH_VISITS", str(VISITS)))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["GUICHET_SPEECH_ENGINE"] = "none"  # the visits are silent; speech has its bench
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool
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
    from devices.card_slot import SimulatedSlot
    from devices.pkcs11 import SOFTHSM_MODULE
    from devices.simulated.card import VirtualCard
    from devices.simulated.image import build_card_image
    from devices.simulated.pki import TestPki
    from devices.simulated.softhsm import init_token_dir, provision
    from tests.support.cups import Cupsd
    from tests.ui.kiosk_harness import member_profile
    from ui.app import style_application
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.printing import Printer
    from ui.session import SessionController

    app = QApplication.instance() or QApplication(sys.argv[:1])
    style_application(app)
    translations = Translations(app)
    translations.set_language("fr")
    work = Path(tempfile.mkdtemp(prefix="guichet-bench-memory-"))
    cupsd = Cupsd().start()
    try:
        cupsd.add_file_printer("Memory")
        central = make_engine(f"sqlite:///{work / 'central.sqlite'}")
        migrate.upgrade(central)
        seed_database(central, households=400, seed=1, as_of=dt.date.today())
        with central.connect() as connection:
            member = demo_cases(connection)["active_account"]
        pki = TestPki.load_or_make(work / "pki")
        init_token_dir(work / "softhsm")
        image = build_card_image(
            member_profile(member, applet="1.8", pin=PIN), pki, key_cache=work / "pki" / "cards"
        )
        provision(image)
        outbox = Outbox(open_terminal_db(work / "terminal.sqlite"), "bench_terminal")
        trust = TrustStore.of(pki.roots)
        backend = KioskBackend(
            central, outbox, trust=trust, pkcs11_module=SOFTHSM_MODULE,
            terminal_id="bench_terminal",
            identity_provider=LocalTokenProvider(central, b"bench-token-secret"),
        )  # fmt: skip
        window = MainWindow(translations, "kiosk")
        window.resize(1280, 1024)
        window.show()
        slot = SimulatedSlot()
        controller = SessionController(
            window, backend, slot, printer=Printer("Memory", server=str(cupsd.socket))
        )

        def wait(condition, what: str, timeout: float = 30.0) -> None:
            deadline = time.monotonic() + timeout
            while not condition():
                app.processEvents()
                if time.monotonic() > deadline:
                    raise RuntimeError(f"visit: {what} did not come in time")
                time.sleep(0.001)

        pool = QThreadPool.globalInstance()

        def settled() -> None:
            """No background load running, none started by the results just delivered."""
            quiet = 0
            while quiet < 3:
                app.processEvents()
                quiet = quiet + 1 if pool.activeThreadCount() == 0 else 0
                time.sleep(0.001)

        def step(expected) -> bool:
            return controller.machine.step == expected

        file = controller.file

        def visit() -> None:
            slot.insert(VirtualCard(image))
            wait(lambda: step(Step.PIN), "the PIN screen")
            controller.pin.pad.field.setText(PIN)
            controller.pin.pad.ok.click()
            wait(lambda: step(Step.HOME), "the home")
            controller.home.section_tiles[SECTIONS[0]].click()
            wait(lambda: step(Step.FILE) and file.section == SECTIONS[0], "the first section")
            page = file.reimbursements
            wait(lambda: page.table.rowCount() > 0, "the reimbursement lines")
            for key in SECTIONS[1:]:
                settled()
                file.nav[key].click()
                wait(lambda key=key: file.section == key, f"the section {key}")
            settled()
            file.nav[SECTIONS[0]].click()
            wait(lambda: page.table.rowCount() > 0, "the reimbursement lines again")
            settled()
            page.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
            page.print_button.click()
            wait(lambda: file.status.property("kind") not in (None, "info"), "the print", 60)
            if file.status.property("kind") != "success":
                raise RuntimeError(f"the receipt did not print: {file.status.text()}")
            slot.remove()
            wait(lambda: step(Step.WELCOME), "the welcome screen")
            settled()

        def counts() -> dict:
            gc.collect()
            # Widgets closed during the visit are deleted on the event loop's deferred deletion.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
            gc.collect()
            return {
                "rss_mb": _rss_mb(),
                "qobjects": len(window.findChildren(QObject)),
                "widgets": len(QApplication.allWidgets()),
                "python_threads": threading.active_count(),
                "process_threads": len(os.listdir("/proc/self/task")),
                "python_objects": len(gc.get_objects()),
            }

        durations: list[float] = []
        marks: dict[int, dict] = {}
        started_all = time.perf_counter()
        for number in range(1, visits + 1):
            started = time.perf_counter()
            visit()
            durations.append(time.perf_counter() - started)
            if number in (checkpoint, visits):
                marks[number] = counts()
        elapsed = time.perf_counter() - started_all
        controller.stop()
        central.dispose()
    finally:
        cupsd.stop()
        shutil.rmtree(work, ignore_errors=True)
    first, last = marks[checkpoint], marks[visits]
    grew = last["rss_mb"] - first["rss_mb"]
    print(f"memory: {visits} whole visits in one program (card in, PIN, {', '.join(SECTIONS)}, "
          f"a receipt printed on CUPS, card out) in {elapsed:.0f} s; "
          f"a visit: median {statistics.median(durations) * 1000:.0f} ms")  # fmt: skip
    labels = {
        "rss_mb": "resident memory (MB)",
        "qobjects": "QObjects in the window",
        "widgets": "widgets of the application",
        "python_threads": "Python threads",
        "process_threads": "process threads",
        "python_objects": "Python objects (gc)",
    }
    for name, label in labels.items():
        before, after = first[name], last[name]
        if name == "rss_mb":
            before, after = f"{before:.1f}", f"{after:.1f}"
        print(f"  {label}: after visit {checkpoint} {before}, after visit {visits} {after}")
    counted = ("qobjects", "widgets", "python_threads", "process_threads")
    growing = [name for name in counted if last[name] > first[name]]
    verdict = "met" if grew <= RSS_GOAL_MB and not growing else "MISSED"
    print(f"  resident memory grew {grew:+.1f} MB from visit {checkpoint} to {visits} "
          f"(goal ≤ {RSS_GOAL_MB:.0f} MB, and no Qt object or thread count grows"
          f"{': ' + ', '.join(growing) + ' grew' if growing else ''}) — {verdict}")  # fmt: skip
    return {"first": first, "last": last, "grew_mb": grew, "growing": growing}


if __name__ == "__main__":
    bench_memory(int(sys.argv[1]) if len(sys.argv) > 1 else None)
