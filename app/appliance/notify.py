"""systemd's notify protocol for the kiosk unit (Type=notify, WatchdogSec=): READY, WATCHDOG,
STATUS, sent through the `sdnotify` package.

Nothing is sent when NOTIFY_SOCKET is unset (the demo, a counter, the tests). Under cage,
systemd sets WATCHDOG_PID to cage's pid, not ours; `sdnotify` does not look at it, and neither
do we: the interval comes from WATCHDOG_USEC alone, and we ping at half of it, as sd_watchdog
_enabled(3) advises.
"""

from __future__ import annotations

import os

import sdnotify

# STATUS= values (the unit's `systemctl status` line and the fleet's heartbeat).
IDLE = "idle"
VISIT = "visit"
PRINTING = "printing"
UPDATING = "updating"
OUT_OF_ORDER = "out-of-order"


def out_of_order_status(reason: str) -> str:
    return f"{OUT_OF_ORDER}: {reason}"


def _one_line(text: str) -> str:
    # Each line of a notify datagram is an assignment: a reason holding a newline could
    # otherwise send READY=1 or anything else on our behalf.
    return " ".join(text.split())


class Notifier:
    """One connection to systemd's notify socket, or nothing at all outside systemd."""

    def __init__(self):
        self.socket_path = os.environ.get("NOTIFY_SOCKET", "")
        self.watchdog_interval_ms = watchdog_interval_ms(os.environ.get("WATCHDOG_USEC", ""))
        self._sd: sdnotify.SystemdNotifier | None = None
        if self.socket_path:
            # sdnotify reads NOTIFY_SOCKET itself (and its leading '@', the abstract namespace).
            self._sd = sdnotify.SystemdNotifier()

    @property
    def enabled(self) -> bool:
        return self._sd is not None

    def send(self, *assignments: str) -> None:
        if self._sd is None:
            return
        text = "\n".join(assignments)
        # systemd reads UTF-8; sdnotify encodes in Latin-1 (and drops what does not fit, such
        # as a dash in a reason, silently): hand it the UTF-8 bytes spelt as Latin-1.
        self._sd.notify(text.encode("utf-8").decode("latin-1"))

    def ready(self, status: str) -> None:
        self.send("READY=1", f"STATUS={_one_line(status)}")

    def ping(self) -> None:
        self.send("WATCHDOG=1")

    def status(self, status: str) -> None:
        self.send(f"STATUS={_one_line(status)}")


def watchdog_interval_ms(usec: str) -> int | None:
    """Half of systemd's WatchdogSec (WATCHDOG_USEC, microseconds); None when not asked."""
    try:
        value = int(usec)
    except ValueError:
        return None
    if value <= 0:
        return None
    return max(1, value // 2000)
