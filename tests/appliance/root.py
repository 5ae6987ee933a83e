"""A clean Debian 12 root for the install checks: made once with mmdebstrap, used through chroot.

The root is built from the machine's own apt sources given on standard input, so no archive
address is written here, and cached in ~/.cache/guichet/roots/ under the hash of those sources,
the variant and the included packages (made again after a week: the archive moves on). Downloaded
.deb files are kept in ~/.cache/guichet/apt-archives/ and shared by every root.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

SUITE = "bookworm"
VARIANT = "minbase"
INCLUDE: tuple[str, ...] = ()  # nothing but minbase: apt must bring every dependency itself
MAX_AGE = 7 * 24 * 3600


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "guichet"


def machine_sources() -> str:
    """The machine's Debian sources, comments dropped (deb822 or one-line format)."""
    deb822 = Path("/etc/apt/sources.list.d/debian.sources")
    text = (deb822 if deb822.is_file() else Path("/etc/apt/sources.list")).read_text()
    return "".join(ln + "\n" for ln in text.splitlines() if not ln.lstrip().startswith("#"))


def root_tarball() -> Path:
    sources = machine_sources()
    key = hashlib.sha256(f"{SUITE} {VARIANT} {INCLUDE}\n{sources}".encode()).hexdigest()[:16]
    tarball = cache_dir() / "roots" / f"{SUITE}-{VARIANT}-{key}.tar"
    if tarball.is_file() and time.time() - tarball.stat().st_mtime < MAX_AGE:
        return tarball
    tarball.parent.mkdir(parents=True, exist_ok=True)
    partial = tarball.with_suffix(".partial.tar")
    cmd = ["mmdebstrap", "--quiet", f"--variant={VARIANT}", "--mode=root"]
    if INCLUDE:
        cmd.append(f"--include={','.join(INCLUDE)}")
    subprocess.run(
        [*cmd, SUITE, str(partial), "-"],
        input=sources,
        text=True,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    partial.rename(tarball)
    for old in tarball.parent.glob(f"{SUITE}-{VARIANT}-*.tar"):
        if old != tarball:
            old.unlink()
    return tarball


class Root:
    """A Debian root in a folder: run commands in it with chroot, its /proc, /sys, /dev, /run
    and /tmp mounted while `mounted()` is open (and unmounted even when a check fails)."""

    def __init__(self, path: Path):
        self.path = path
        self._mounts: list[Path] = []

    @classmethod
    def extract(cls, tarball: Path, path: Path) -> Root:
        path.mkdir(parents=True, exist_ok=True)
        subprocess.run(["tar", "-C", str(path), "-xf", str(tarball)], check=True)
        root = cls(path)
        root._prepare()
        return root

    def _prepare(self) -> None:
        # Services never start inside the root (pcscd and cupsd would, from their postinst):
        # invoke-rc.d and deb-systemd-invoke ask policy-rc.d first.
        policy = self.path / "usr/sbin/policy-rc.d"
        policy.write_text("#!/bin/sh\nexit 101\n")
        policy.chmod(0o755)
        resolv = self.path / "etc/resolv.conf"
        if resolv.is_symlink() or resolv.exists():
            resolv.unlink()
        shutil.copy2("/etc/resolv.conf", resolv)

    def _mount(self, target: str, *args: str) -> None:
        where = self.path / target.lstrip("/")
        where.mkdir(parents=True, exist_ok=True)
        subprocess.run(["mount", *args, str(where)], check=True)
        self._mounts.append(where)

    @contextlib.contextmanager
    def mounted(self, archives: Path | None = None) -> Iterator[Root]:
        try:
            self._mount("/proc", "-t", "proc", "proc")
            # rslave: unmounting these copies must never propagate back to the host's own.
            self._mount("/sys", "--rbind", "/sys")
            subprocess.run(["mount", "--make-rslave", str(self.file("/sys"))], check=True)
            self._mount("/dev", "--rbind", "/dev")
            subprocess.run(["mount", "--make-rslave", str(self.file("/dev"))], check=True)
            self._mount("/run", "-t", "tmpfs", "-o", "mode=0755,nosuid,nodev", "tmpfs")
            self._mount("/tmp", "-t", "tmpfs", "-o", "mode=1777,nosuid,nodev", "tmpfs")
            if archives is not None:
                (archives / "partial").mkdir(parents=True, exist_ok=True)
                self._mount("/var/cache/apt/archives", "--bind", str(archives))
            yield self
        finally:
            self.unmount()

    def unmount(self) -> None:
        while self._mounts:
            where = self._mounts.pop()
            done = subprocess.run(["umount", "-R", str(where)], capture_output=True)
            if done.returncode != 0:
                subprocess.run(["umount", "-R", "-l", str(where)], capture_output=True)

    def run(
        self,
        *cmd: str,
        user: str | None = None,
        env: dict[str, str] | None = None,
        check: bool = True,
        input: str | None = None,
        timeout: float = 900,
    ) -> subprocess.CompletedProcess:
        """A command in the root (as `user` through runuser when given); output captured."""
        base_env = {
            "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "LANG": "C.UTF-8",
            "DEBIAN_FRONTEND": "noninteractive",
            "HOME": "/root",
        }
        full = ["chroot", str(self.path)]
        if user is not None:
            full += ["runuser", "-u", user, "--"]
            base_env["HOME"] = "/tmp"
        full += ["env", "-i", *(f"{k}={v}" for k, v in {**base_env, **(env or {})}.items())]
        proc = subprocess.run(
            [*full, *cmd],
            capture_output=True,
            text=True,
            input=input,
            timeout=timeout,
        )
        if check and proc.returncode != 0:
            raise AssertionError(
                f"{' '.join(cmd)} failed ({proc.returncode}) in the root:\n"
                f"{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
            )
        return proc

    def apt(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return self.run(
            "apt-get",
            "-y",
            "-q",
            "-o",
            "APT::Sandbox::User=root",
            "-o",
            "Dpkg::Use-Pty=0",
            *args,
            check=check,
        )

    def file(self, path: str) -> Path:
        return self.path / path.lstrip("/")

    def stat_line(self, path: str) -> str:
        """`owner:group mode` of a path in the root, as the root's own users name them."""
        return self.run("stat", "-c", "%U:%G %a", path).stdout.strip()

    def remove(self) -> None:
        self.unmount()
        shutil.rmtree(self.path, ignore_errors=True)


def require(tools: Sequence[str]) -> list[str]:
    return [tool for tool in tools if shutil.which(tool) is None]
