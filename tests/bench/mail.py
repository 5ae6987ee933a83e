"""Send to my e-mail (issue 19): time from the member's "Send" (the document queued in the
terminal's outbox) to the message at the SMTP server, on a PostgreSQL server the benchmark
starts (TLS, the kiosk with its own login) and a real SMTP server (aiosmtpd).

    python -m tests.bench.run mail            (BENCH_MAIL_RUNS=30 to change the count)

What runs is what the program runs: the service the file screen calls
(app/services/document_mail.py `send`: the payload validated, the visit's proof, the outbox),
the terminal's sync worker woken to push it as the program's `queued()` wakes it (SyncWorker),
the central worker to apply it (CentralWorker: the proof, the address read from the file, the
mail queue's row) and its sender (app/sync/mail.py `send_due`, which the worker runs after a
round that applied something, else every `mail_every` seconds) handing it to the server over
SMTP. Timed until the server's handler has the message (its DATA accepted); each "Send" at a
random moment of the worker's round, as a member's tap is. The PDF is a
40 KB one (an official receipt of some 20 lines weighs 30–40 KB).

Two settings of the central worker's round: the shipped default (`guichet-central worker
--interval 1`), and 0.05 s, which leaves what the path itself costs. Median and p95 of N each.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select, text, update

from app.domain.clock import brussels_today
from app.domain.codes import LoginMode, MemberRole
from app.services import document_mail
from app.services.member_file import FileSession
from app.store import migrate
from app.store.db import make_engine
from app.store.models import Member
from app.store.roles import add_terminal
from app.store.seed import seed_database
from app.sync.mail import SmtpSettings
from app.sync.terminal import Outbox, open_terminal_db
from app.sync.worker import CentralWorker, SyncWorker
from tests.support.postgres import PostgresServer
from tests.support.smtp import SmtpServer
from tests.support.visits import member_visit

AGENCY = "MWP-MONS"
LOGIN = "bench_mail_kiosk"
TIMEOUT = 30.0


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _measure(owner, kiosk, outbox: Outbox, niss: str, smtp: SmtpServer, runs: int,
             interval: float) -> list[float]:  # fmt: skip
    settings = SmtpSettings(host="127.0.0.1", port=smtp.port, security="none",
                            sender="noreply@mutualite.example.be", timeout=10.0)  # fmt: skip
    sync = SyncWorker(outbox.engine, kiosk, outbox.terminal_id, interval=5.0)
    applier = CentralWorker(owner, interval=interval, detect_every=0, mail=settings,
                            mail_every=5.0, majority_daily=False)  # fmt: skip
    sync.start()
    applier.start()
    session = FileSession(niss, LoginMode.EID)
    pdf = b"%PDF-1.7\n" + os.urandom(40_000) + b"\n%%EOF\n"
    times = []
    try:
        for _ in range(runs):
            time.sleep(random.uniform(0, interval))  # a member taps at any moment of a round
            before = len(smtp.received)
            started = time.perf_counter()
            document_mail.send(outbox, session, "official_receipt", pdf,
                               actor=f"member:{niss}", today=brussels_today())  # fmt: skip
            sync.wake()  # as FileBackend's on_queued does
            if not smtp.handler.wait(before + 1, TIMEOUT):
                with owner.connect() as connection:
                    seen = connection.execute(
                        text("SELECT state, last_error FROM mail_queue ORDER BY id DESC LIMIT 1")
                    ).first()
                raise RuntimeError(f"the message never reached the SMTP server ({seen})")
            times.append(smtp.received[before].at - started)
    finally:
        applier.stop()
        sync.stop()
    return times


def bench_mail(runs: int | None = None) -> None:
    runs = runs or int(os.environ.get("BENCH_MAIL_RUNS", "30"))
    server = PostgresServer().start()
    smtp = SmtpServer().start()
    try:
        owner = make_engine(server.create_database("bench_mail"))
        migrate.upgrade(owner)
        seed_database(owner, households=20, seed=1, as_of=brussels_today())
        with owner.begin() as connection:  # every holder has an address on file
            connection.execute(
                update(Member)
                .where(Member.email.is_(None))
                .values(email="member" + Member.niss + "@example.be")
            )
        add_terminal(owner, LOGIN, agency_code=AGENCY, password=f"{LOGIN}-pw")
        kiosk = make_engine(server.url(owner.url.database, LOGIN, f"{LOGIN}-pw"))
        with owner.connect() as connection:
            niss = connection.execute(
                select(Member.niss)
                .where(Member.role == MemberRole.HOLDER)
                .order_by(Member.id)
                .limit(1)
            ).scalar_one()
        results = {}
        with tempfile.TemporaryDirectory(prefix="guichet-bench-") as tmp:
            # One terminal (its database, its outbox's sequence) and one visit for both runs.
            terminal = open_terminal_db(Path(tmp) / "terminal.sqlite")
            outbox = Outbox(terminal, LOGIN)
            member_visit(owner, outbox, niss, login_role=LOGIN, terminal_id=LOGIN)
            for interval in (1.0, 0.05):
                results[interval] = _measure(owner, kiosk, outbox, niss, smtp, runs, interval)
            terminal.dispose()
        kiosk.dispose()
        print(
            f"mail: Send → SMTP, the document queued at the terminal (kiosk login, PostgreSQL) "
            f"through push, apply and the sender to the message at the SMTP server (aiosmtpd); "
            f"{runs} runs each, a 40 KB PDF; {dt.date.today():%Y-%m-%d}"
        )
        for interval, times in results.items():
            print(
                f"  central worker round {interval:g} s: median "
                f"{statistics.median(times) * 1000:.0f} ms, p95 "
                f"{_percentile(times, 0.95) * 1000:.0f} ms, min {min(times) * 1000:.0f} ms"
            )
    finally:
        smtp.stop()
        server.stop()
