"""A socket standing in for systemd's notify socket (sd_notify's datagrams: READY=1, STATUS=…)."""

from __future__ import annotations

import socket
import time
from pathlib import Path


class NotifySocket:
    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        path.chmod(0o666)  # the program runs as another user than the test
        self.messages: list[str] = []

    def wait_for(self, line: str, timeout: float, alive=lambda: True) -> bool:
        """Collects datagrams until one holds `line` (True), the deadline passes or `alive()`
        turns false (False)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and alive():
            self.sock.settimeout(0.2)
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            message = data.decode(errors="replace")
            self.messages.append(message)
            if line in message.splitlines():
                return True
        return False

    def drain(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                self.messages.append(self.sock.recv(4096).decode(errors="replace"))
            except TimeoutError:
                break

    def close(self) -> None:
        self.sock.close()
        self.path.unlink(missing_ok=True)
