"""The terminal's heartbeat: what it is and how it is, reported to the central side every minute.

A report says the program's version, when this run started and how many times the program
started today since the machine booted, the last successful sync and the operations waiting
in the outbox (how many, the oldest one's age), whether a card reader is there, the printer's
state, printer-state-reasons and supplies through IPP from the local CUPS (no printer
configured and CUPS down are states too), and the free disk of the data dir.

It goes to the terminal's own row of `terminal_status` (app/services/fleet.py), updated in
place: not through the outbox. A report that cannot be sent is dropped, never queued (the next
minute reports again); nothing waits for it: it runs on its own thread, with its own database
connection made for each report (at a counter the program's engine is the signed-in clerk's,
and a clerk's login is no terminal), and each of its steps is bounded by a time-out.

Ages, not times, go to the central side: the server dates them with its own clock, so a
terminal whose clock is wrong is still judged right.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.pool import NullPool

from app.domain.clock import brussels_today, stored_utc, utc_now
from app.domain.codes import OutboxState
from app.services.fleet import HEARTBEAT_INTERVAL, record_heartbeat
from app.sync.exchange import record_state
from app.sync.terminal import OutboxEntry, SyncState
from app.sync.worker import _Loop
from devices.printer import Printer
from devices.printer_status import CupsUnavailable, NoPrinter, PrinterError, PrinterState

log = logging.getLogger(__name__)

BOOT_ID = Path("/proc/sys/kernel/random/boot_id")
STARTS_KEY = "program_starts"  # in the terminal database's sync_state
CONNECT_TIMEOUT = 10  # seconds to reach the central database, then the report is dropped
STATEMENT_TIMEOUT_MS = 10_000
PRINTER_TIMEOUT = 5.0  # seconds for CUPS to answer


def program_version() -> str:
    """The running program's version, as `guichet --version` prints it (app/version.py)."""
    from app.version import __version__

    return __version__


def boot_id(path: Path = BOOT_ID) -> str | None:
    try:
        return path.read_text(encoding="ascii").strip() or None
    except OSError:
        return None


def count_start(terminal: Engine, *, today: dt.date | None = None, boot: str | None = None) -> int:
    """Count this start of the program; returns how many times it restarted today since the
    machine booted (0 on the first start). A new boot or a new day starts counting again."""
    today = today or brussels_today()
    with terminal.connect() as connection:
        raw = connection.execute(
            select(SyncState.value).where(SyncState.key == STARTS_KEY)
        ).scalar()
    try:
        known = json.loads(raw) if raw else {}
    except ValueError:
        known = {}
    same = isinstance(known, dict) and known.get("boot") == boot and known.get("day") == str(today)
    starts = int(known.get("starts", 0)) + 1 if same else 1
    record_state(
        terminal, STARTS_KEY, json.dumps({"boot": boot, "day": str(today), "starts": starts})
    )
    return starts - 1


def outbox_facts(terminal: Engine) -> tuple[int, dt.datetime | None, dt.datetime | None]:
    """(operations waiting, the oldest one's creation, the last successful sync), this
    terminal's clock."""
    waiting_states = (OutboxState.PENDING, OutboxState.SENT)
    with terminal.connect() as connection:
        count, oldest = connection.execute(
            select(func.count(), func.min(OutboxEntry.created_at)).where(
                OutboxEntry.state.in_(waiting_states)
            )
        ).one()
        last = connection.execute(
            select(SyncState.value).where(SyncState.key == "last_success")
        ).scalar()
    last_sync = None
    if last:
        try:
            last_sync = stored_utc(dt.datetime.fromisoformat(last))
        except ValueError:
            last_sync = None
    return int(count or 0), stored_utc(oldest) if oldest else None, last_sync


@dataclass(frozen=True)
class PrinterFacts:
    state: str  # idle / processing / stopped, none (no printer), cups-down
    reasons: tuple[str, ...] = ()
    supplies: tuple[dict, ...] = ()


def printer_facts(printer: Printer) -> PrinterFacts:
    try:
        status = printer.status()
    except NoPrinter:
        return PrinterFacts("none")
    except CupsUnavailable:
        return PrinterFacts("cups-down")
    except PrinterError:  # CUPS answered, but not to this: as good as down for printing
        return PrinterFacts("cups-down")
    state = {
        PrinterState.IDLE: "idle",
        PrinterState.PROCESSING: "processing",
        PrinterState.STOPPED: "stopped",
    }[status.state]
    supplies = tuple(
        {"name": m.name, "type": m.kind, "level": m.level, "low": m.low, "high": m.high}
        for m in status.markers
    )
    reasons = tuple(sorted(r for r in status.reasons if r and r != "none"))
    return PrinterFacts(state, reasons, supplies)


def disk_free(path: Path) -> int | None:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return None


def heartbeat_engine(settings) -> Engine:
    """Its own engine, no pool: a connection per report, bounded in time, as the terminal's own
    login (never the signed-in clerk's, whom the program's engine then connects as)."""
    from app.store.db import central_engine

    options: dict[str, Any] = {"poolclass": NullPool}
    if not settings.embedded_central:
        options["connect_args"] = {
            "connect_timeout": CONNECT_TIMEOUT,
            "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
        }
    return central_engine(settings, **options)


class Heartbeat(_Loop):
    """Collects the report and sends it, every `interval` seconds, on its own thread."""

    thread_name = "guichet-heartbeat"

    def __init__(
        self,
        terminal: Engine,
        central: Engine,
        *,
        terminal_id: str,
        data_dir: Path,
        kind: str = "kiosk",
        agency_code: str = "",
        printer: Printer | None = None,
        reader_present: Callable[[], bool | None] | None = None,
        interval: float = HEARTBEAT_INTERVAL,
    ):
        super().__init__()
        self.terminal = terminal
        self.central = central
        self.terminal_id = terminal_id
        self.data_dir = Path(data_dir)
        self.kind = kind
        self.agency_code = agency_code
        self.printer = printer if printer is not None else Printer(None, timeout=PRINTER_TIMEOUT)
        self.reader_present = reader_present  # set by the UI wiring: the card slot knows
        self.interval = interval
        self.version = program_version()
        self.restarts = 0
        self._started = time.monotonic()
        self.sent = 0
        self.failures = 0  # in a row

    def count_start(self) -> None:
        try:
            self.restarts = count_start(self.terminal, boot=boot_id())
        except Exception:  # the terminal's own disk: the report says 0 rather than nothing
            log.exception("cannot count the program's starts")

    def start(self) -> None:
        self.count_start()
        super().start()

    def stop(self, timeout: float = 1.0) -> None:
        """A report in flight is let go (a daemon thread): quitting never waits for it."""
        super().stop(timeout)

    def collect(self) -> dict[str, Any]:
        """This minute's report (what `guichet_heartbeat` takes)."""
        now = utc_now()
        waiting, oldest, last_sync = outbox_facts(self.terminal)
        printer = printer_facts(self.printer)
        reader = None
        if self.reader_present is not None:
            try:
                reader = self.reader_present()
            except Exception:  # the UI's callable: unknown rather than no report
                log.exception("cannot tell whether a card reader is there")
        return {
            "version": self.version,
            "uptime_s": round(time.monotonic() - self._started, 1),
            "restarts": self.restarts,
            "last_sync_age_s": _age(now, last_sync),
            "waiting": waiting,
            "oldest_waiting_age_s": _age(now, oldest),
            "reader_present": reader,
            "printer_state": printer.state,
            "printer_reasons": list(printer.reasons),
            "supplies": list(printer.supplies),
            "disk_free_bytes": disk_free(self.data_dir),
        }

    def run_once(self) -> bool:
        """One report, sent or dropped; never raises."""
        try:
            record_heartbeat(
                self.central,
                self.collect(),
                terminal=self.terminal_id,
                kind=self.kind,
                agency_code=self.agency_code,
            )
        except Exception as exc:  # dropped: the next minute reports again
            self.failures += 1
            if self.failures == 1:
                log.warning(
                    "heartbeat not sent (%s: %s); dropped, the next one in %.0f s",
                    type(exc).__name__, _one_line(exc), self.interval,
                )  # fmt: skip
            return False
        if self.failures:
            log.info("heartbeat sent again after %d dropped", self.failures)
        self.failures = 0
        self.sent += 1
        return True

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.run_once()
            self._pause(self.interval)


def _age(now: dt.datetime, moment: dt.datetime | None) -> float | None:
    return None if moment is None else round(max((now - moment).total_seconds(), 0.0), 1)


def _one_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
