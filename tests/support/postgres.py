"""A throw-away PostgreSQL server for the tests: initdb + pg_ctl as an unprivileged user, free port.

PostgreSQL refuses to run as root; when the tests run as root (CI), the server runs as the
`postgres` system user that Debian's package creates.

It runs with TLS, as a central server does: a test CA (made here with `cryptography`) signs a
server certificate for DNS:localhost only. The administrator (the schema owner) connects as
before, without TLS; every other login (terminals, counters, clerks) only over TLS
(`hostssl`), so each of their connections in the suite is verified (`verify-full`) against
the CA: `url()` gives them such a URL, to host `localhost`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

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


def make_test_pki(folder: Path, *, server_name: str = "localhost") -> tuple[Path, Path, Path]:
    """A CA, and a server certificate it signs for DNS:`server_name` (no IP address): the
    files ca.pem, server.crt, server.key (0600) in `folder`."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)

    def name(common: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("Guichet test CA"))
        .issuer_name(name("Guichet test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(name(server_name))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(server_name)]), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "server.crt", folder / "server.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    return ca_file, cert_file, key_file


class PostgresServer:
    def __init__(self) -> None:
        self.bindir = find_bindir()
        self.port = free_port()
        self.base = Path(tempfile.mkdtemp(prefix="guichet-pg-"))
        self.data = self.base / "data"
        self.socket_dir = self.base / "socket"
        self.tls_dir = self.base / "tls"
        self.ca_file = self.tls_dir / "ca.pem"  # what a terminal trusts (its sslrootcert)
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
        _, cert_file, key_file = make_test_pki(self.tls_dir)
        if os.geteuid() == 0:  # the server reads its key only if it owns it
            os.chown(key_file, user.pw_uid, user.pw_gid)
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
        # (terminals, counters, clerks) with its SCRAM password and over TLS only, as in
        # production.
        hba = (
            "local all all trust\n"
            f"host all {ADMIN} 127.0.0.1/32 trust\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n"
        )
        self._run("tee", str(self.data / "pg_hba.conf"), input=hba)
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=100 "
            f"-c ssl=on -c ssl_cert_file={cert_file} -c ssl_key_file={key_file}"
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
        """The administrator's URL (no TLS); any other login's, verified TLS to localhost."""
        if user != ADMIN:
            return self.verify_full_url(database, user, password)
        return self.plain_url(database, user, password)

    def plain_url(self, database: str, user: str, password: str = "", host="127.0.0.1") -> str:
        auth = f"{user}:{quote(password, safe='')}" if password else user
        return f"postgresql+psycopg://{auth}@{host}:{self.port}/{database}"

    def verify_full_url(
        self, database: str, user: str, password: str = "", host: str = "localhost"
    ) -> str:
        """TLS with the server's certificate checked against the test CA and `host`."""
        return (
            self.plain_url(database, user, password, host)
            + f"?sslmode=verify-full&sslrootcert={quote(str(self.ca_file))}"
        )

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
