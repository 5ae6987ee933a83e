"""Background loops: the terminal's sync worker, and the in-process central worker of the demo.

Both are plain threads (no Qt: the UI wraps `on_status` into a signal). Neither ever runs on
the GUI thread, and both stop promptly when asked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.domain.clock import utc_now
from app.sync import apply, exchange
from app.sync.problems import diagnose
from app.sync.terminal import Outbox

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncStatus:
    """What the UI shows: online or not, and how many operations wait for the central side."""

    online: bool | None  # None until the first attempt
    pending: int
    last_success: dt.datetime | None = None
    last_error: str | None = None
    retry_in: float | None = None  # seconds until the next attempt after a failure
    # Offline, why (app/sync/problems.py): "tls" (the server's certificate refused), "auth"
    # (the login refused), "unreachable"; and the server and what failed, for the IT staff.
    problem: str | None = None
    detail: str | None = None


class Backoff:
    """Exponential backoff with a cap and jitter: base, 2·base, 4·base... up to cap."""

    def __init__(self, base: float = 1.0, cap: float = 300.0, rng: random.Random | None = None):
        self.base = base
        self.cap = cap
        self.failures = 0
        self.rng = rng or random.Random()

    def next_delay(self) -> float:
        delay = min(self.cap, self.base * 2**self.failures)
        self.failures += 1
        return delay * (0.5 + self.rng.random() / 2)

    def reset(self) -> None:
        self.failures = 0


class _Loop:
    """A daemon thread that runs `_loop` until stopped; `wake()` cuts its current wait short."""

    thread_name = "guichet-loop"

    def __init__(self) -> None:
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._loop, name=self.thread_name, daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _pause(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def _loop(self) -> None:
        raise NotImplementedError


class SyncWorker(_Loop):
    """Pushes the outbox, pulls results and reference data, on its own thread."""

    def __init__(
        self,
        terminal: Engine,
        central: Callable[[], Engine] | Engine,
        terminal_id: str,
        *,
        interval: float = 5.0,
        reference_interval: float = 3600.0,
        backoff: Backoff | None = None,
        on_status: Callable[[SyncStatus], None] | None = None,
        batch: int = 200,
    ):
        self.thread_name = "guichet-sync"
        self.terminal = terminal
        self._central = central
        self.outbox = Outbox(terminal, terminal_id)
        self.interval = interval
        self.reference_interval = reference_interval
        self.backoff = backoff or Backoff()
        self.on_status = on_status
        self.batch = batch
        self.status = SyncStatus(online=None, pending=self.outbox.pending_count())
        super().__init__()
        self._reference_due = 0.0
        self._clock = 0.0

    def central(self) -> Engine:
        return self._central() if callable(self._central) else self._central

    def run_once(self) -> SyncStatus:
        """One exchange; never raises for a database fault, it reports it in the status."""
        try:
            engine = self.central()
            while exchange.push(self.terminal, engine, batch=self.batch):
                if self._stop.is_set():
                    break
            while exchange.pull_results(self.terminal, engine):
                pass
            if self._clock >= self._reference_due:
                exchange.pull_reference(self.terminal, engine)
                self._reference_due = self._clock + self.reference_interval
        except (SQLAlchemyError, OSError, exchange.SequenceConflict) as exc:
            delay = self.backoff.next_delay()
            message = _one_line(exc)
            problem = diagnose(exc)
            log.warning(
                "central database unreachable (%s: %s); retry in %.1f s",
                problem.kind,
                problem.detail,
                delay,
            )
            self._record("last_error", message)
            self._set(
                online=False,
                last_error=message,
                retry_in=delay,
                problem=problem.kind,
                detail=problem.detail,
            )
            return self.status
        self.backoff.reset()
        now = utc_now()
        self._record("last_success", now.isoformat())
        self._set(
            online=True, last_success=now, last_error=None, retry_in=None, problem=None, detail=None
        )
        return self.status

    def _record(self, key: str, value: str) -> None:
        try:
            exchange.record_state(self.terminal, key, value)
        except SQLAlchemyError:  # the terminal's own disk: reported by the next operation
            log.exception("cannot record the sync state")

    def _set(self, **changes) -> None:
        self.status = dataclasses.replace(
            self.status, pending=self.outbox.pending_count(), **changes
        )
        if self.on_status is not None:
            try:
                self.on_status(self.status)
            except Exception:  # a listener's fault must not stop the sync
                log.exception("sync status listener failed")

    def _loop(self) -> None:
        while not self._stop.is_set():
            status = self.run_once()
            wait = status.retry_in if status.retry_in is not None else self.interval
            self._pause(wait)
            self._clock += wait


class AccidentDetection:
    """The accident detection job (app/sync/accident_detection.py) every `every` seconds, in
    its own transaction: a failure is logged and tried again at the next turn, never stops the
    worker that calls `tick`."""

    def __init__(self, central: Engine, *, every: float = 600.0, clock=None):
        self.central = central
        self.every = every
        self.clock = clock or time.monotonic
        self.due = self.clock()  # the first turn runs at once
        self.last = None  # the last DetectionResult

    def tick(self, now: dt.datetime | None = None):
        """Run the job when due; its result, or None (not due, or failed)."""
        if self.every <= 0 or self.clock() < self.due:
            return None
        self.due = self.clock() + self.every
        from app.domain.clock import brussels_today
        from app.sync.accident_detection import detect

        now = now or utc_now()
        try:
            self.last = detect(self.central, today=brussels_today(now), now=now)
        except Exception as exc:  # a fault here must not stop the inbox being applied
            log.error("accident detection failed (tried again in %.0f s): %s", self.every,
                      _one_line(exc))  # fmt: skip
            return None
        if self.last.declarations_opened:
            log.info("accident detection: %s lines read, %s declarations opened",
                     self.last.lines_read, self.last.declarations_opened)  # fmt: skip
        return self.last


class CentralWorker(_Loop):
    """Applies the central inbox on a thread: `guichet-central worker`, or inside the demo;
    and runs the accident detection every `detect_every` seconds (0: never), and the majority
    job once a day (`majority_daily`)."""

    thread_name = "guichet-apply"

    def __init__(
        self,
        central: Engine,
        *,
        interval: float = 1.0,
        forms: apply.SignedForms | None = None,
        detect_every: float = 600.0,
        mail=None,  # app.sync.mail.SmtpSettings: "Send to my e-mail" (issue 19); None: none
        mail_every: float = 5.0,
        majority_daily: bool = True,  # the majority job (app/sync/majority.py) once a day
    ):
        super().__init__()
        self.central = central
        self.interval = interval
        self.forms = forms  # without it, operations carrying a signed form are held
        self.applied = 0
        self.detection = AccidentDetection(central, every=detect_every)
        from app.sync.mail import MailSending

        self.mail = MailSending(central, mail, every=mail_every)
        from app.sync.majority import DailyMajority

        self.majority = DailyMajority(central, enabled=majority_daily)

    def run_once(self) -> int:
        """Apply what waits, a batch at a time (app/sync/apply.py), until none is left or the
        worker is asked to stop: a backlog of thousands never keeps it from stopping longer
        than a batch. A lost database ends the turn; the batches before it are counted."""
        done = 0
        try:
            while not self._stop.is_set() and (
                batch := apply.apply_batch(self.central, forms=self.forms)
            ):
                done += len(batch)
        except SQLAlchemyError as exc:
            log.warning("central worker: %s", _one_line(exc))
            self.applied += done
            return done
        self.applied += done
        self.detection.tick()
        self.mail.tick(applied=done > 0)  # a document just queued leaves at once
        self.majority.tick()
        return done

    def _loop(self) -> None:
        lock = apply.WorkerLock(self.central)
        while not self._stop.is_set() and not lock.acquire():
            self._pause(self.interval)  # another worker applies; wait for it to go
        try:
            while not self._stop.is_set():
                self.run_once()
                self._pause(self.interval)
        finally:
            lock.release()


def _one_line(exc: BaseException) -> str:
    cause = getattr(exc, "orig", None) or exc
    return f"{type(cause).__name__}: {str(cause).splitlines()[0] if str(cause) else ''}"[:300]
