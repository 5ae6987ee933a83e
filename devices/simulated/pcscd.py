"""Starting pcscd with the vpcd driver for tests and benchmarks (`pcscd -f`, our own config).

pcsc-lite 1.9 always serves its socket at /run/pcscd/pcscd.comm and refuses a second daemon, so
only one pcscd runs at a time: if one is already running (the system's) it is used as it is,
with the vpcd port of /etc/reader.conf.d/vpcd; otherwise ours is started on a private config
directory that names the vpcd port, and stopped afterwards.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
PID_FILE = Path("/run/pcscd/pcscd.pid")
SOCKET = Path("/run/pcscd/pcscd.comm")
SYSTEM_CONF = Path("/etc/reader.conf.d/vpcd")


class PcscdError(RuntimeError):
    """pcscd or the vpcd driver is missing, or the daemon did not come up."""


def _running_pid() -> int | None:
    try:
        pid = int(PID_FILE.read_text().strip())
        os.kill(pid, 0)
        return pid
    except (OSError, ValueError):
        return None


def _port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _service_ready() -> bool:
    """pcscd accepts clients on its socket (a file left by a dead daemon does not)."""
    with socket.socket(socket.AF_UNIX) as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(str(SOCKET)) == 0


def _system_vpcd_port() -> int:
    match = re.search(r"DEVICENAME\s+\S*:(0x[0-9a-fA-F]+|\d+)", SYSTEM_CONF.read_text())
    return int(match.group(1), 0) if match else 35963


class Pcscd:
    """A pcscd with vpcd readers "Virtual PCD 00 00" (port) and "00 01" (port + 1)."""

    def __init__(self, port: int = 35963, log: Path | None = None, readers: bool = True):
        self.port = port
        self.readers = readers
        self.log = log
        self.process: subprocess.Popen | None = None
        self._conf_dir: Path | None = None
        self.reused_pid: int | None = None

    def start(self, timeout: float = 10.0) -> Pcscd:
        binary = shutil.which("pcscd") or (
            "/usr/sbin/pcscd" if Path("/usr/sbin/pcscd").exists() else None
        )
        if binary is None:
            raise PcscdError("pcscd is not installed (Debian package pcscd)")
        if not VPCD_DRIVER.exists():
            raise PcscdError(f"the vpcd driver is missing ({VPCD_DRIVER}; package vsmartcard-vpcd)")
        pid = _running_pid()
        if pid is not None:
            self.reused_pid = pid
            self.port = _system_vpcd_port()
            if not _port_open(self.port):
                raise PcscdError(
                    f"a pcscd (pid {pid}) is already running without vpcd on port {self.port}; "
                    "stop it (systemctl stop pcscd.socket pcscd) so the tests can start theirs"
                )
            return self
        self._conf_dir = Path(tempfile.mkdtemp(prefix="guichet-pcscd-"))
        if self.readers:
            (self._conf_dir / "vpcd").write_text(
                'FRIENDLYNAME "Virtual PCD"\n'
                f"DEVICENAME /dev/null:0x{self.port:04X}\n"
                f"LIBPATH {VPCD_DRIVER}\n"
                f"CHANNELID 0x{self.port:04X}\n"
            )
        out = open(self.log, "ab") if self.log else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(
            [binary, "--foreground", "--config", str(self._conf_dir)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while not ((_port_open(self.port) or not self.readers) and _service_ready()):
            if self.process.poll() is not None:
                raise PcscdError(
                    f"pcscd exited at start with code {self.process.returncode}"
                    + (f"; see {self.log}" if self.log else "")
                )
            if time.monotonic() > deadline:
                self.stop()
                raise PcscdError(f"pcscd did not open vpcd port {self.port} within {timeout} s")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
            self.process = None
        if self._conf_dir is not None:
            shutil.rmtree(self._conf_dir, ignore_errors=True)
            self._conf_dir = None

    def restart(self) -> None:
        if self.process is None:
            raise PcscdError("cannot restart a pcscd these tests did not start")
        self.stop()
        self.start()

    def __enter__(self) -> Pcscd:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
