"""A throw-away CUPS scheduler for the printing tests: the real cupsd, as an unprivileged user.

Everything is private and removed afterwards: ServerRoot (cupsd.conf with Debian's default job
policy, cups-files.conf with `FileDevice Yes`), spool, logs, cache, state, and a ServerBin whose
daemon/filter folders are the system's and whose backend folder adds one test printer
(tests/support/cups_backend.sh, "guichet-test:"). cupsd listens on a private domain socket and a
free localhost port; the CUPS clients (lpadmin, cupsdisable...) are pointed at it with
CUPS_SERVER. As root (CI), cupsd runs as Debian's `lp` user, as PostgreSQL runs as `postgres`.

Printers:
- `add_file_printer`: a `file:///…` device (an empty file made beforehand: newer CUPS builds
  no longer create it) with a pass-through PPD whose only filter is CUPS's own gziptoany, so
  the bytes that reach the "printer" are exactly the job's. (A raw queue on a
  file: device writes nothing: CUPS runs no process for it, by design, apple/cups#4889.)
- `add_test_printer`: a raw queue on the test backend, which can raise printer-state-reasons
  (media-empty-error, media-jam-error...), hang like a printer waiting for paper, or exit with
  any backend status, exactly as a real backend reports a real printer's state to cupsd.

If cupsd or a client is not installed, the tests that need it are skipped with the missing
package named; if it is installed but does not start, they fail with the end of its log.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import shutil
import socket
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

CUPSD = Path("/usr/sbin/cupsd")
SYSTEM_SERVERBIN = Path("/usr/lib/cups")
SYSTEM_DATADIR = Path("/usr/share/cups")
BACKEND = Path(__file__).with_name("cups_backend.sh")
TEST_SCHEME = "guichet-test"

# What a test machine needs, and the Debian package that brings it.
REQUIREMENTS = {
    CUPSD: "cups-daemon",
    SYSTEM_SERVERBIN / "daemon" / "cups-exec": "cups-daemon",
    SYSTEM_SERVERBIN / "filter" / "gziptoany": "cups-core-drivers",
    SYSTEM_DATADIR / "mime" / "mime.types": "cups-daemon",
}
CLIENTS = {
    "lpadmin": "cups-client",
    "cupsenable": "cups-client",
    "cupsdisable": "cups-client",
    "cupsaccept": "cups-client",
    "cupsreject": "cups-client",
    "cancel": "cups-client",
    "lpstat": "cups-client",
}

# A PostScript-printer description whose only filter passes PDF through unchanged.
PASS_THROUGH_PPD = """\
*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "GUICHET.PPD"
*Manufacturer: "Guichet"
*Product: "(Guichet test printer)"
*ModelName: "Guichet test printer"
*ShortNickName: "Guichet test printer"
*NickName: "Guichet test printer, PDF as is"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: False
*DefaultColorSpace: Gray
*FileSystem: False
*Throughput: "1"
*LandscapeOrientation: Plus90
*TTRasterizer: Type42
*cupsFilter: "application/pdf 0 gziptoany"
*OpenUI *PageSize/Media Size: PickOne
*OrderDependency: 10 AnySetup *PageSize
*DefaultPageSize: A4
*PageSize A4/A4: ""
*CloseUI: *PageSize
*OpenUI *PageRegion: PickOne
*OrderDependency: 10 AnySetup *PageRegion
*DefaultPageRegion: A4
*PageRegion A4/A4: ""
*CloseUI: *PageRegion
*DefaultImageableArea: A4
*ImageableArea A4/A4: "0 0 595 842"
*DefaultPaperDimension: A4
*PaperDimension A4/A4: "595 842"
"""

_JOB_OPERATIONS = (
    "Send-Document Send-URI Hold-Job Release-Job Restart-Job Purge-Jobs Set-Job-Attributes "
    "Create-Job-Subscription Renew-Subscription Cancel-Subscription Get-Notifications "
    "Reprocess-Job Cancel-Current-Job Suspend-Current-Job Resume-Job Cancel-My-Jobs Close-Job "
    "CUPS-Move-Job"
)
_PRINTER_OPERATIONS = (
    "Pause-Printer Resume-Printer Enable-Printer Disable-Printer "
    "Pause-Printer-After-Current-Job Hold-New-Jobs Release-Held-New-Jobs Deactivate-Printer "
    "Activate-Printer Restart-Printer Shutdown-Printer Startup-Printer Promote-Job "
    "Schedule-Job-After Cancel-Jobs CUPS-Accept-Jobs CUPS-Reject-Jobs"
)
_ADMIN_OPERATIONS = (
    "CUPS-Add-Modify-Printer CUPS-Delete-Printer CUPS-Add-Modify-Class CUPS-Delete-Class "
    "CUPS-Set-Default CUPS-Get-Devices"
)


class CupsdUnavailable(Exception):
    """Something cupsd needs is missing here; the message names it (the tests skip)."""


def missing_requirements() -> list[str]:
    missing = [f"{path} ({package})" for path, package in REQUIREMENTS.items() if not path.exists()]
    missing += [f"{tool} ({package})" for tool, package in CLIENTS.items() if not _which(tool)]
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("lp")
        except KeyError:
            missing.append("the unprivileged 'lp' user that cupsd runs as (cups-daemon)")
    return missing


def _which(tool: str) -> str | None:
    return shutil.which(tool, path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin")


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cupsd:
    """One private cupsd: start, add printers, break them, stop."""

    def __init__(self) -> None:
        missing = missing_requirements()
        if missing:
            raise CupsdUnavailable(
                "cannot run cupsd for the printing tests, missing: "
                + ", ".join(missing)
                + " (installer/install-deps.sh installs them)"
            )
        self.base = Path(tempfile.mkdtemp(prefix="guichet-cups-"))
        self.socket = self.base / "cups.sock"
        self.port = free_port()
        self.out = self.base / "out"
        self.spool = self.base / "spool"
        self.log = self.base / "log" / "error_log"
        self.process: subprocess.Popen | None = None
        self._stderr = None
        if os.geteuid() == 0:
            account = pwd.getpwnam("lp")
            self.system_groups = f"{grp.getgrgid(account.pw_gid).gr_name} root"
        else:
            account = pwd.getpwuid(os.getuid())
            self.system_groups = grp.getgrgid(account.pw_gid).gr_name
        self.user = account.pw_name
        self.uid, self.gid = account.pw_uid, account.pw_gid
        self.group = grp.getgrgid(account.pw_gid).gr_name

    # Set-up.

    def _write_configuration(self) -> None:
        for folder in ("bin/backend", "spool/temp", "log", "cache", "state", "ppd", "out"):
            (self.base / folder).mkdir(parents=True, exist_ok=True)
        for name in ("daemon", "filter", "notifier", "driver", "monitor"):
            if (SYSTEM_SERVERBIN / name).exists():
                (self.base / "bin" / name).symlink_to(SYSTEM_SERVERBIN / name)
        for backend in (SYSTEM_SERVERBIN / "backend").iterdir():
            (self.base / "bin" / "backend" / backend.name).symlink_to(backend)
        test_backend = self.base / "bin" / "backend" / TEST_SCHEME
        shutil.copyfile(BACKEND, test_backend)
        test_backend.chmod(0o755)
        (self.base / "pass-through.ppd").write_text(PASS_THROUGH_PPD)
        (self.base / "cups-files.conf").write_text(
            f"FileDevice Yes\n"
            # A private printcap: an empty value is refused by some CUPS 2.4 builds.
            f"Printcap {self.base / 'state' / 'printcap'}\n"
            f"User {self.user}\n"
            f"Group {self.group}\n"
            f"SystemGroup {self.system_groups}\n"
            f"ServerRoot {self.base}\n"
            f"ServerBin {self.base / 'bin'}\n"
            f"DataDir {SYSTEM_DATADIR}\n"
            f"StateDir {self.base / 'state'}\n"
            f"CacheDir {self.base / 'cache'}\n"
            f"RequestRoot {self.spool}\n"
            f"TempDir {self.spool / 'temp'}\n"
            f"AccessLog {self.base / 'log' / 'access_log'}\n"
            f"ErrorLog {self.log}\n"
            f"PageLog {self.base / 'log' / 'page_log'}\n"
        )
        (self.base / "cupsd.conf").write_text(
            f"LogLevel info\n"
            f"MaxLogSize 0\n"
            f"Listen {self.socket}\n"
            f"Listen 127.0.0.1:{self.port}\n"
            f"Browsing No\n"
            f"WebInterface No\n"
            f"DefaultAuthType Basic\n"
            f"ErrorPolicy retry-job\n"
            # What README.md asks of a terminal: no copy of a document once printed.
            f"PreserveJobFiles No\n"
            f"PreserveJobHistory Yes\n"
            f"<Location />\n  Order allow,deny\n  Allow localhost\n</Location>\n"
            f"<Policy default>\n"
            f"  JobPrivateAccess default\n  JobPrivateValues default\n"
            f"  <Limit Create-Job Print-Job Print-URI Validate-Job>\n"
            f"    Order deny,allow\n  </Limit>\n"
            f"  <Limit {_JOB_OPERATIONS}>\n"
            f"    Require user @OWNER @SYSTEM\n    Order deny,allow\n  </Limit>\n"
            f"  <Limit {_ADMIN_OPERATIONS}>\n"
            f"    AuthType Default\n    Require user @SYSTEM\n    Order deny,allow\n  </Limit>\n"
            f"  <Limit {_PRINTER_OPERATIONS}>\n"
            f"    AuthType Default\n    Require user @SYSTEM\n    Order deny,allow\n  </Limit>\n"
            f"  <Limit Cancel-Job CUPS-Authenticate-Job>\n"
            f"    Require user @OWNER @SYSTEM\n    Order deny,allow\n  </Limit>\n"
            f"  <Limit All>\n    Order deny,allow\n  </Limit>\n"
            f"</Policy>\n"
        )
        if os.geteuid() == 0:
            for path in [self.base, *self.base.rglob("*")]:
                os.lchown(path, self.uid, self.gid)
            self.base.chmod(0o755)

    def start(self, timeout: float = 10.0) -> Cupsd:
        if not (self.base / "cupsd.conf").exists():
            self._write_configuration()
        self.log.touch()
        if os.geteuid() == 0:
            os.chown(self.log, self.uid, self.gid)
        as_user = {"user": self.uid, "group": self.gid, "extra_groups": []}
        self._stderr = open(self.base / "log" / "stderr", "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                str(CUPSD),
                "-f",
                "-c",
                str(self.base / "cupsd.conf"),
                "-s",
                str(self.base / "cups-files.conf"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
            env={"PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "LANG": "C"},
            **(as_user if os.geteuid() == 0 else {}),
        )
        deadline = time.monotonic() + timeout
        while not self._answers():
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"cupsd exited at start with code {self.process.returncode}:\n{self.log_tail()}"
                )
            if time.monotonic() > deadline:
                self.stop(remove=False)
                raise RuntimeError(f"cupsd did not answer within {timeout} s:\n{self.log_tail()}")
            time.sleep(0.02)
        return self

    def _answers(self) -> bool:
        with contextlib.closing(socket.socket(socket.AF_UNIX)) as probe:
            probe.settimeout(0.2)
            if probe.connect_ex(str(self.socket)) != 0:
                return False
        with contextlib.closing(socket.socket()) as probe:
            probe.settimeout(0.2)
            return probe.connect_ex(("127.0.0.1", self.port)) == 0

    def stop(self, remove: bool = True) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
            self.process = None
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None
        if remove:
            shutil.rmtree(self.base, ignore_errors=True)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    # The CUPS command-line clients, pointed at this server.

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket), "LANG": "C", "LC_ALL": "C"}

    def run(self, *command: str) -> str:
        tool = _which(command[0]) or command[0]
        result = subprocess.run(
            [tool, *command[1:]], env=self.env, capture_output=True, text=True, timeout=20
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"{' '.join(command)} failed ({result.returncode}): {result.stderr.strip()}"
            )
        return result.stdout

    def add_file_printer(self, name: str) -> Path:
        """A queue whose device is a file (the printed bytes, exactly); returns that file."""
        output = self.out / f"{name}.prn"
        # Since Debian's CUPS 2.4.2-3+deb12u10 the scheduler opens a file: device as it opens
        # one under /dev: it must exist (O_WRONLY|O_EXCL, no O_CREAT), like a printer plugged in.
        output.unlink(missing_ok=True)
        output.touch(mode=0o600)
        if os.geteuid() == 0:
            os.chown(output, self.uid, self.gid)
        ppd = self.base / "pass-through.ppd"
        self.run("lpadmin", "-p", name, "-E", "-v", f"file://{output}", "-P", str(ppd))
        return output

    def add_test_printer(
        self,
        name: str,
        *,
        reasons: tuple[str, ...] = (),
        then: str = "print",
        delay: float = 0,
        options: tuple[str, ...] = (),
        toner: int | None = None,
    ) -> Path:
        """A raw queue on the test backend (see cups_backend.sh); returns its output file."""
        output = self.out / f"{name}.prn"
        query = {"then": then}
        if reasons:
            query["reasons"] = ",".join(reasons)
        if toner is not None:
            query["toner"] = str(toner)
        if delay:
            query["delay"] = f"{delay:g}"
        uri = f"{TEST_SCHEME}:{output}?{urlencode(query, safe=',')}"
        extra = [arg for option in options for arg in ("-o", option)]
        self.run("lpadmin", "-p", name, "-E", "-v", uri, *extra)
        return output

    def remove_printer(self, name: str) -> None:
        with contextlib.suppress(RuntimeError):
            self.run("cancel", "-a", "-x", name)
        with contextlib.suppress(RuntimeError):
            self.run("lpadmin", "-x", name)

    def set_default(self, name: str) -> None:
        self.run("lpadmin", "-d", name)

    def documents_in_spool(self) -> list[Path]:
        """Job documents cupsd still holds (d<job>-<file>); control files (c<job>) hold none."""
        return sorted(path for path in self.spool.glob("d*") if stat.S_ISREG(path.stat().st_mode))

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no cupsd log)"


def _started() -> Cupsd:
    try:
        daemon = Cupsd()
    except CupsdUnavailable as exc:
        pytest.skip(str(exc))
    try:
        return daemon.start()
    except RuntimeError as exc:
        daemon.stop()
        pytest.fail(f"cannot start cupsd for the printing tests: {exc}", pytrace=False)


@pytest.fixture(scope="session")
def cupsd_session() -> Iterator[Cupsd]:
    """One cupsd for the whole run (the printing tests add and remove their own printers)."""
    daemon = _started()
    yield daemon
    daemon.stop()


class PrinterShelf:
    """The printers one test adds to the session's cupsd; removed, with their jobs, after it."""

    def __init__(self, daemon: Cupsd):
        self.daemon = daemon
        self.names: list[str] = []

    def file_printer(self, name: str) -> Path:
        self.names.append(name)
        return self.daemon.add_file_printer(name)

    def test_printer(self, name: str, **behaviour) -> Path:
        self.names.append(name)
        return self.daemon.add_test_printer(name, **behaviour)

    def remove_all(self) -> None:
        for name in self.names:
            self.daemon.remove_printer(name)


@pytest.fixture
def cups(cupsd_session) -> Iterator[PrinterShelf]:
    """The session's cupsd (`cups.daemon`), with this test's printers removed after it."""
    shelf = PrinterShelf(cupsd_session)
    yield shelf
    shelf.remove_all()


@pytest.fixture
def own_cupsd() -> Iterator[Cupsd]:
    """A cupsd for this test alone (to stop it, for instance)."""
    daemon = _started()
    yield daemon
    daemon.stop()
