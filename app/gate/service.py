"""The gatekeeper on PostgreSQL: answers the requests terminals file in `gate_request`.

Woken by `NOTIFY guichet_gate` (and every second without one), it takes each unanswered request
with `FOR UPDATE SKIP LOCKED` (several gatekeepers may run), answers it with the Gatekeeper as
the schema owner, erases the request's body (a password) in the same transaction, and notifies
the asking terminal's channel. Requests and answers left unread, and challenges past their
lifetime, are purged after a few minutes.
Requests are served by a small pool of threads: a password's scrypt does not hold up a card.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Engine, delete, select, text, update

from app.domain.clock import utc_now
from app.gate.gatekeeper import Gatekeeper
from app.gate.visits import CHALLENGE_LIFETIME
from app.store.models import GateRequest, VisitChallenge

log = logging.getLogger(__name__)

CHANNEL = "guichet_gate"
PURGE_AFTER = dt.timedelta(minutes=5)


class GatekeeperService:
    def __init__(self, engine: Engine, gatekeeper: Gatekeeper, *, threads: int = 4):
        if engine.dialect.name != "postgresql":
            raise ValueError("the gatekeeper service answers through PostgreSQL")
        self.engine = engine
        self.gatekeeper = gatekeeper
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="gatekeeper")
        self._inflight: set = set()
        self._guard = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()

    def start(self) -> GatekeeperService:
        self._thread = threading.Thread(target=self.run, name="gatekeeper-listen", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._pool.shutdown(wait=True, cancel_futures=True)

    def run(self) -> None:
        import psycopg

        from app.gate.client import _conninfo
        from app.store.db import connect_kwargs

        conninfo, secret = _conninfo(self.engine), connect_kwargs(self.engine)
        while not self._stop.is_set():
            try:
                with psycopg.connect(conninfo, autocommit=True, **secret) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.ready.set()
                    while not self._stop.is_set():
                        self.serve_pending()
                        for _notice in connection.notifies(timeout=1.0, stop_after=1):
                            pass
            except Exception as exc:  # out of reach, or a fault: never die silently, retry
                log.warning("gatekeeper: %s; listening again in 2 s", type(exc).__name__)
                self.ready.clear()
                self._stop.wait(2.0)

    def serve_pending(self) -> int:
        """Hand every unanswered request to the pool; purge stale ones. Returns how many."""
        with self.engine.begin() as connection:
            now = utc_now()
            connection.execute(
                delete(GateRequest).where(GateRequest.created_at < now - PURGE_AFTER)
            )
            # A challenge past its lifetime is refused anyway: it need not be kept.
            connection.execute(
                delete(VisitChallenge).where(
                    VisitChallenge.issued_at < now - CHALLENGE_LIFETIME - PURGE_AFTER
                )
            )
            waiting = connection.execute(
                select(GateRequest.id)
                .where(GateRequest.answered_at.is_(None))
                .order_by(GateRequest.created_at)
            ).scalars()
            waiting = list(waiting)
        handed = 0
        for request_id in waiting:
            with self._guard:
                if request_id in self._inflight:
                    continue
                self._inflight.add(request_id)
            self._pool.submit(self._serve_logged, request_id)
            handed += 1
        return handed

    def _serve_logged(self, request_id) -> None:
        try:
            self._serve(request_id)
        except Exception as exc:  # the request stays unanswered; the next round tries again
            log.error("gatekeeper: a request could not be answered: %s", type(exc).__name__)

    def _serve(self, request_id) -> None:
        try:
            with self.engine.begin() as connection:
                row = connection.execute(
                    select(GateRequest.kind, GateRequest.body, GateRequest.login_role)
                    .where(GateRequest.id == request_id, GateRequest.answered_at.is_(None))
                    .with_for_update(skip_locked=True)
                ).first()
                if row is None:
                    return
                try:
                    answer = self.gatekeeper.handle(row.kind, row.body, login_role=row.login_role)
                except Exception as exc:  # a defect: the terminal hears "refused", not silence
                    log.error("gatekeeper: %s request failed: %s", row.kind, type(exc).__name__)
                    answer = {"ok": False, "error": "refused", "reason": "gatekeeper_fault"}
                connection.execute(
                    update(GateRequest)
                    .where(GateRequest.id == request_id)
                    .values(answer=answer, answered_at=utc_now(), body=None)
                )
                connection.execute(
                    text("SELECT pg_notify(:channel, '')"),
                    {"channel": f"gate_{request_id.hex}"},
                )
        finally:
            with self._guard:
                self._inflight.discard(request_id)
