"""Fixtures of the reader tests: the reader monitor's events (pcscd and the vpcd slot come
from the suite-wide plugin tests/support/reader.py)."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator

import pytest

from devices.monitor import MonitorEvent, MonitorEventKind, ReaderMonitor
from tests.support.reader import READER, connect, wait_until_empty

__all__ = ["READER", "EventLog", "connect", "wait_until_empty"]


class EventLog:
    """Monitor events collected from its thread, waited for by kind."""

    def __init__(self, monitor: ReaderMonitor):
        self.monitor = monitor
        self.events: queue.Queue[MonitorEvent] = queue.Queue()
        self.seen: list[MonitorEvent] = []
        monitor.start(self.events.put)

    def wait_for(self, kind: MonitorEventKind, timeout: float = 5.0) -> MonitorEvent:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                kinds = [e.kind.value for e in self.seen]
                raise AssertionError(f"no {kind.value} within {timeout} s; saw {kinds}")
            try:
                event = self.events.get(timeout=remaining)
            except queue.Empty:
                continue
            self.seen.append(event)
            if event.kind is kind:
                return event


@pytest.fixture
def monitor(pcscd) -> Iterator[EventLog]:
    watcher = ReaderMonitor(READER, wait_ms=300, retry_s=0.2)
    log = EventLog(watcher)
    yield log
    watcher.cancel()
    watcher.join(3)
