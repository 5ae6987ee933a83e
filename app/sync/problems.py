"""Why the central database cannot be reached: TLS refused, login refused, or out of reach.

The header and the maintenance screen say which (app/sync/worker.py SyncStatus.problem): a
certificate the terminal refuses or a password the server refuses is for the IT staff to
fix, not a network that will come back by itself. libpq gives no error code for these before
a session exists (psycopg's sqlstate is None), only its message, in English (the client's
messages are not translated in the driver's bundled libpq), so the message is what we read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TLS = "tls"
AUTH = "auth"
UNREACHABLE = "unreachable"

# libpq's words for a TLS failure on the client's side (fe-secure-openssl.c).
_TLS_SIGNS = (
    "certificate verify failed",
    "does not match host name",
    "root certificate file",
    "server does not support ssl",
    "ssl error",
    "ssl syscall error",
    "could not get server's host name from server certificate",
    "certificate",  # any other word of a certificate refused
)
# The server's refusals of a login (SQLSTATE 28P01, 28000), as libpq relays them.
_AUTH_SIGNS = (
    "password authentication failed",
    "no pg_hba.conf entry",
    'role "',
    "authentication failed",
    "no password supplied",
    "pg_hba.conf rejects connection",
)
_AUTH_STATES = ("28P01", "28000")
_SERVER = re.compile(r'connection to server at "([^"]*)"(?: \([^)]*\))?, port (\d+) failed: ')


@dataclass(frozen=True)
class Problem:
    kind: str  # TLS | AUTH | UNREACHABLE
    detail: str  # the server and what failed, for the IT staff (never a password)


def diagnose(exc: BaseException) -> Problem:
    """What kind of failure `exc` is (an SQLAlchemy, psycopg or OS error), and its detail."""
    cause = getattr(exc, "orig", None) or exc
    message = str(cause).strip()
    lines = [line.strip() for line in message.splitlines() if line.strip()] or [
        type(cause).__name__
    ]
    state = getattr(cause, "sqlstate", None)
    # localhost may resolve to several addresses: the line that says most wins (a TLS or login
    # refusal from one address over "connection refused" from another).
    for kind, signs in ((TLS, _TLS_SIGNS), (AUTH, _AUTH_SIGNS)):
        for line in lines:
            if any(sign in line.lower() for sign in signs):
                return Problem(kind, _detail(line))
    if state in _AUTH_STATES:
        return Problem(AUTH, _detail(lines[0]))
    return Problem(UNREACHABLE, _detail(lines[0]))


def _detail(line: str) -> str:
    """'host:port: what failed', without libpq's wrapping."""
    line = line.removeprefix("connection failed: ")
    match = _SERVER.search(line)
    if match:
        reason = line[match.end() :].removeprefix("FATAL:").strip()
        line = f"{match.group(1)}:{match.group(2)}: {reason}"
    return line[:300]
