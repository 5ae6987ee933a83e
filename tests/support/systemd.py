"""A stand-in for systemd's notify socket: a datagram unix socket the test binds, and what the
program sent to it (READY=1, WATCHDOG=1, STATUS=...), as systemd would receive it."""

from __future__ import annotations

import contextlib
import os
import socket
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Datagram:
    at: float  # time.monotonic() when it arrived
    text: str

    @property
    def assignments(self) -> dict[str, str]:
        return dict(line.split("=", 1) for line in self.text.splitlines() if "=" in line)


@dataclass
class NotifySocket:
    """Bound at a path (NOTIFY_SOCKET=/path) or in the abstract namespace (NOTIFY_SOCKET=@name)."""

    abstract: bool = False
    address: str = ""
    received: list[Datagram] = field(default_factory=list)

    def __post_init__(self):
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        if self.abstract:
            name = f"guichet-test-{os.getpid()}-{id(self)}"
            self._sock.bind("\0" + name)
            self.address = "@" + name
        else:
            # A short path: a unix socket's path holds at most 107 bytes (pytest's are long).
            self._dir = Path(tempfile.mkdtemp(prefix="notify-", dir="/tmp"))
            self.address = str(self._dir / "notify")
            self._sock.bind(self.address)
        self._sock.settimeout(0.1)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._receive, name="notify-socket", daemon=True)
        self._thread.start()

    def _receive(self) -> None:
        while not self._stop.is_set():
            try:
                data = self._sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.received.append(Datagram(time.monotonic(), data.decode("utf-8")))

    def env(self, watchdog_usec: int | None = None) -> dict[str, str]:
        env = {"NOTIFY_SOCKET": self.address}
        if watchdog_usec is not None:
            env["WATCHDOG_USEC"] = str(watchdog_usec)
        return env

    def messages(self) -> list[Datagram]:
        with self._lock:
            return list(self.received)

    def with_key(self, key: str) -> list[Datagram]:
        return [d for d in self.messages() if key in d.assignments]

    def pings(self) -> int:
        return len([d for d in self.messages() if d.assignments.get("WATCHDOG") == "1"])

    def statuses(self) -> list[str]:
        return [d.assignments["STATUS"] for d in self.with_key("STATUS")]

    def ready(self) -> Datagram | None:
        found = [d for d in self.messages() if d.assignments.get("READY") == "1"]
        return found[0] if found else None

    def wait(self, condition, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"not received in {timeout} s; got {self.messages()}")
            time.sleep(0.02)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self._sock.close()
        if not self.abstract:
            with contextlib.suppress(OSError):
                os.unlink(self.address)
                self._dir.rmdir()
