"""What a running terminal needs for its writes: its database, the outbox and the sync threads.

The program builds one `SyncRuntime` at start and stops it on exit. With the embedded demo
database the central worker runs here too (DESIGN.md, "The two databases").
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import Engine

from app.config import Settings
from app.domain.codes import TerminalMode
from app.store.db import central_engine
from app.sync.terminal import Outbox, open_terminal_db
from app.sync.worker import CentralWorker, SyncStatus, SyncWorker

log = logging.getLogger(__name__)


class SyncRuntime:
    def __init__(
        self,
        settings: Settings,
        on_status: Callable[[SyncStatus], None] | None = None,
        *,
        interval: float = 5.0,
    ):
        self.settings = settings
        self.terminal: Engine = open_terminal_db(settings.terminal_db)
        self.central: Engine = central_engine(settings)
        self.outbox = Outbox(self.terminal, settings.terminal_id)
        self.sync = SyncWorker(
            self.terminal,
            self.central,
            settings.terminal_id,
            interval=interval,
            on_status=on_status,
        )
        self.applier = CentralWorker(self.central) if settings.embedded_central else None
        self.heartbeat = _heartbeat(settings, self.terminal)

    def check_forms_with(self, trust_roots) -> None:
        """The embedded worker checks signed forms against these roots (the card setup's)."""
        from app.sync.apply import SignedForms

        if self.applier is not None:
            self.applier.forms = SignedForms(tuple(trust_roots))

    def gate_client(self):
        """How the program asks the central side who is at it: through the central database's
        gatekeeper (app/gate); None on the embedded database, whose gatekeeper the program runs
        itself (KioskBackend builds it with the card setup's roots)."""
        if self.settings.embedded_central:
            return None
        from app.gate.client import DatabaseTransport, GateClient

        self._gate_transport = DatabaseTransport(self.central, self.settings.terminal_id)
        return GateClient(self._gate_transport)

    def start(self) -> None:
        if self.applier is not None:
            self.applier.start()
        self.sync.start()
        self.heartbeat.start()

    def queued(self) -> None:
        """A service queued an operation: push it now, and apply it now in the demo."""
        self.sync.wake()
        if self.applier is not None:
            self.applier.wake()

    def stop(self) -> None:
        self.heartbeat.stop()
        self.heartbeat.central.dispose()
        self.sync.stop()
        if self.applier is not None:
            self.applier.stop()
        transport = getattr(self, "_gate_transport", None)
        if transport is not None:
            transport.dispose()
        self.terminal.dispose()
        self.central.dispose()


def _heartbeat(settings: Settings, terminal: Engine):
    """Every minute, this terminal's heartbeat to the central side (app/fleet/heartbeat.py),
    on its own thread and connection; the UI wiring tells it whether a card reader is there
    (`heartbeat.reader_present`)."""
    from app.fleet.heartbeat import PRINTER_TIMEOUT, Heartbeat, heartbeat_engine
    from devices.printer import Printer

    return Heartbeat(
        terminal,
        heartbeat_engine(settings),
        terminal_id=settings.terminal_id,
        data_dir=settings.data_dir,
        kind=TerminalMode(settings.mode),
        agency_code=getattr(settings, "agency", ""),
        printer=Printer(settings.printer, timeout=PRINTER_TIMEOUT),
    )
