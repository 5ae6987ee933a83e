"""A throw-away PostgreSQL server for the tests: initdb + pg_ctl as an unprivileged user, free port.

PostgreSQL refuses to run as root; when the tests run as root (CI), the server runs as the
`postgres` system user that Debian's package creates.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

ADMIN = "guichet_admin"


def find_bindir() -> Path:
    override = os.environ.get("GUICHET_PG_BINDIR")
    candidates = [Path(override)] if override else []
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for candidate in candidates:
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    raise RuntimeError(
        "PostgreSQL server binaries not found (Debian 'postgresql'; `make test` installs it)"
    )


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    def __init__(self) -> None:
        self.bindir = find_bindir()
        self.port = free_port()
        self.base = Path(tempfile.mkdtemp(prefix="guichet-pg-"))
        self.data = self.base / "data"
        self.socket_dir = self.base / "socket"
        self._runas: list[str] = []
        self._started = False

    def _run(self, *args: str, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*self._runas, *args], check=True, capture_output=True, text=True, **kwargs
        )

    def start(self) -> PostgresServer:
        self.socket_dir.mkdir()
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            for path in (self.base, self.socket_dir):
                os.chown(path, user.pw_uid, user.pw_gid)
            self._runas = ["runuser", "-u", "postgres", "--"]
        self._run(
            str(self.bindir / "initdb"),
            "-D", str(self.data),
            "-U", ADMIN,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )  # fmt: skip
        # The administrator (the tests' schema owner) without a password; every other login
        # (terminals, counters, clerks) with its SCRAM password, as in production.
        hba = (
            "local all all trust\n"
            f"host all {ADMIN} 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        self._run("tee", str(self.data / "pg_hba.conf"), input=hba)
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=100"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D", str(self.data),
            "-o", options,
            "-l", str(self.base / "server.log"),
            "-w", "-t", "60",
            "start",
        )  # fmt: skip
        self._started = True
        return self

    def url(self, database: str = "postgres", user: str = ADMIN, password: str = "") -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def admin_execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=ADMIN, dbname=database, autocommit=True
        ) as conn:
            conn.execute(sql)

    def create_database(self, name: str) -> str:
        self.admin_execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self._started:
            with contextlib.suppress(subprocess.CalledProcessError):
                self._run(
                    str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                    "stop",
                )  # fmt: skip
            self._started = False
        shutil.rmtree(self.base, ignore_errors=True)
