"""The terminal's side of the gatekeeper: ask who is here, get a visit (or a reason).

Two transports, one set of answers:
- `DatabaseTransport` (PostgreSQL): the request goes through the database the terminal already
  reaches with its own login — `guichet_gate_ask()` files it (the server records which login
  asks) and notifies the gatekeeper; the terminal waits on a LISTEN channel of its own for the
  answer and takes it with `guichet_gate_answer()`, which gives a login its own answers only,
  once. Closing a visit is `guichet_visit_close()`, at once.
- `LocalTransport` (the embedded demo database): the same Gatekeeper, called in-process.

`GateClient` turns the answers into values and the service errors the screens already know
(BadCredentials, AccountLocked, ...). A visit's key stays in this process's memory.
"""

from __future__ import annotations

import base64
import datetime as dt
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Engine

from app.domain.codes import RouteKind
from app.services.errors import (
    AccountDeactivated,
    AccountLocked,
    AccountPending,
    BadCredentials,
    CentralUnavailable,
    InvalidForm,
    InvalidUsername,
    Refused,
    ServiceError,
)

ANSWER_TIMEOUT = 15.0  # seconds: a password's scrypt and a busy gatekeeper, with room to spare


class GateRefusal(ServiceError):
    """The central side refused to open a visit; `reason` says why (challenge_used,
    signature_invalid, certificate_invalid, holder_mismatch, ...)."""

    code = "visit_refused"

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class OpenVisit:
    """A visit the central side opened: its id and key (for the operations' proofs)."""

    visit_id: uuid.UUID
    key: bytes = field(repr=False)
    niss: str
    expires_at: dt.datetime


@dataclass(frozen=True)
class CardRoute:
    kind: RouteKind
    first_name: str
    address_lines: tuple[str, ...]


@dataclass(frozen=True)
class LoggedIn:
    niss: str
    first_name: str
    mode: str
    must_change: bool = False  # a letter's password: the member chooses their own first


class Transport(Protocol):
    def ask(self, kind: str, body: dict[str, Any]) -> dict[str, Any]: ...

    def close_visit(self, visit_id: uuid.UUID, reason: str) -> None: ...


class LocalTransport:
    """The embedded demo: the gatekeeper in this process, on the same central database."""

    def __init__(self, gatekeeper, terminal_id: str):
        self.gatekeeper = gatekeeper
        self.terminal_id = terminal_id

    def ask(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        from sqlalchemy.exc import OperationalError

        try:
            return self.gatekeeper.handle(kind, body, login_role=None, terminal_id=self.terminal_id)
        except OperationalError as exc:
            raise CentralUnavailable(type(exc).__name__) from exc

    def close_visit(self, visit_id: uuid.UUID, reason: str) -> None:
        self.ask("close", {"visit_id": str(visit_id), "reason": reason})


def _conninfo(engine: Engine) -> str:
    url = engine.url.set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


class DatabaseTransport:
    """PostgreSQL: requests as rows the gatekeeper answers, through the terminal's own login."""

    def __init__(self, engine: Engine, terminal_id: str, *, timeout: float = ANSWER_TIMEOUT):
        from app.store.db import connect_kwargs

        self.url = engine.url.set(drivername="postgresql")
        self._secret = connect_kwargs(engine)  # the terminal's password, given as the engine's
        self.terminal_id = terminal_id
        self.timeout = timeout
        # At a counter, the signed-in clerk's (login, password) (app/gate/clerk.py): the
        # gatekeeper then hears the clerk ask, not the counter.
        self.as_user: Callable[[], tuple[str, str] | None] = lambda: None
        self._connection = None
        self._who: str | None = None
        self._lock = threading.Lock()

    def _connect(self):
        import psycopg

        credentials = self.as_user()
        who = credentials[0] if credentials else None
        if self._connection is not None and (self._connection.closed or who != self._who):
            self._drop()
        if self._connection is None:
            url, secret = self.url, self._secret
            if credentials is not None:
                url, secret = url.set(username=credentials[0]), {"password": credentials[1]}
            self._connection = psycopg.connect(
                url.render_as_string(hide_password=False),
                autocommit=True,
                connect_timeout=5,
                **secret,
            )
            self._who = who
        return self._connection

    def _drop(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            finally:
                self._connection = None

    def ask(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        import psycopg
        from psycopg.types.json import Jsonb

        request_id = uuid.uuid4()
        channel = f"gate_{request_id.hex}"
        body = {**body, "terminal_id": self.terminal_id}
        with self._lock:
            try:
                connection = self._connect()
                connection.execute(f'LISTEN "{channel}"')
                try:
                    connection.execute(
                        "SELECT guichet_gate_ask(%s, %s, %s)", (request_id, kind, Jsonb(body))
                    )
                    return self._wait(connection, request_id)
                finally:
                    if not connection.closed:
                        connection.execute(f'UNLISTEN "{channel}"')
            except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
                self._drop()
                raise CentralUnavailable(type(exc).__name__) from exc
            except psycopg.DataError as exc:  # a kind or a body the gate functions refuse
                raise Refused("gate_request_refused", type(exc).__name__) from exc

    def _wait(self, connection, request_id: uuid.UUID) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while True:
            answer = connection.execute("SELECT guichet_gate_answer(%s)", (request_id,)).fetchone()[
                0
            ]
            if answer is not None:
                return answer
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise CentralUnavailable("the gatekeeper did not answer")
            for _notice in connection.notifies(timeout=min(remaining, 0.5), stop_after=1):
                pass

    def close_visit(self, visit_id: uuid.UUID, reason: str) -> None:
        import psycopg

        with self._lock:
            try:
                self._connect().execute(
                    "SELECT guichet_visit_close(%s, %s)", (visit_id, reason[:40])
                )
            except psycopg.OperationalError as exc:
                self._drop()
                raise CentralUnavailable(type(exc).__name__) from exc

    def dispose(self) -> None:
        with self._lock:
            self._drop()


def _raise(answer: dict[str, Any]) -> None:
    error = answer.get("error")
    if error == "refused":
        raise GateRefusal(str(answer.get("reason")))
    if error == BadCredentials.code:
        raise BadCredentials()
    if error == AccountLocked.code:
        raise AccountLocked(dt.datetime.fromisoformat(answer["until"]))
    if error == AccountDeactivated.code:
        raise AccountDeactivated()
    if error == AccountPending.code:
        raise AccountPending()
    if error == InvalidUsername.code:
        raise InvalidUsername(str(answer.get("problem")))
    if error == InvalidForm.code:
        raise InvalidForm(answer.get("problems") or {}, answer.get("values") or {})
    if error == CentralUnavailable.code:
        raise CentralUnavailable(str(answer.get("detail", "")))
    raise Refused(str(error), str(answer.get("detail", "")))


def _visit(answer: dict[str, Any]) -> OpenVisit:
    visit = answer["visit"]
    return OpenVisit(
        uuid.UUID(visit["visit_id"]),
        base64.b64decode(visit["key"]),
        visit["niss"],
        dt.datetime.fromisoformat(visit["expires_at"]),
    )


class GateClient:
    """What the terminal asks the central side, as values and typed errors."""

    def __init__(self, transport: Transport):
        self.transport = transport

    def _ask(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        answer = self.transport.ask(kind, body)
        if not answer.get("ok"):
            _raise(answer)
        return answer

    def challenge(self) -> tuple[uuid.UUID, bytes]:
        answer = self._ask("challenge", {})
        return uuid.UUID(answer["challenge_id"]), base64.b64decode(answer["nonce"])

    def open_eid(
        self,
        challenge_id: uuid.UUID,
        signature: bytes,
        *,
        niss: str,
        certificate_der: bytes,
        ca_der: bytes | None,
    ) -> tuple[OpenVisit, CardRoute]:
        answer = self._ask(
            "eid",
            {
                "challenge_id": str(challenge_id),
                "signature": base64.b64encode(signature).decode(),
                "certificate": base64.b64encode(certificate_der).decode(),
                "ca": base64.b64encode(ca_der).decode() if ca_der else None,
                "niss": niss,
            },
        )
        route = answer["route"]
        return _visit(answer), CardRoute(
            RouteKind(route["kind"]), route["first_name"], tuple(route["address_lines"])
        )

    def password(self, username: str, password: str) -> tuple[OpenVisit, LoggedIn]:
        answer = self._ask("password", {"username": username, "password": password})
        return _visit(answer), LoggedIn(**answer["login"])

    def token_challenge(self, username: str) -> tuple[int, str]:
        answer = self._ask("token_challenge", {"username": username})
        return int(answer["position"]), str(answer["challenge_id"])

    def token(
        self, position: int, challenge_id: str, username: str, password: str, code: str
    ) -> tuple[OpenVisit, LoggedIn]:
        answer = self._ask(
            "token",
            {
                "position": position,
                "challenge_id": challenge_id,
                "username": username,
                "password": password,
                "code": code,
            },
        )
        return _visit(answer), LoggedIn(**answer["login"])

    def staff_visit(
        self, niss: str, *, reason: str, by_card: bool = False, staff_login: str = ""
    ) -> tuple[OpenVisit, str] | None:
        """(the visit, the member's NISS); None when a card's holder is no member today."""
        body = {"niss": niss, "reason": reason, "staff_login": staff_login}
        if by_card:
            body["by"] = "card"
        answer = self._ask("staff_visit", body)
        if not answer.get("found"):
            return None
        return _visit(answer), answer["niss"]

    def change_password(self, visit_id: uuid.UUID, current: str, new: str, again: str) -> None:
        """Within the open visit: the central side checks `current` and judges `new`."""
        self._ask(
            "change_password",
            {"visit_id": str(visit_id), "current": current, "new": new, "again": again},
        )

    def close(self, visit_id: uuid.UUID, reason: str) -> None:
        self.transport.close_visit(visit_id, reason)
