"""The majority job (issue 19) over the demo database: `guichet-central seed --households 400
--seed 1` into a temporary SQLite file, as the demo makes it.

    python -m tests.bench.run majority        (BENCH_HOUSEHOLDS=… to change the size)

What is timed is what `guichet-central majority run` and the central worker run:
`app.sync.majority.run` for the demo's day, first on a fresh copy of the seeded database (the
dependants who came of age are found, and each gets their account, its credentials letter and
the letter about the holder's access with the blocking form, in a transaction of its own), then
again on the same copy (nothing left to do: the look-up alone). Median of `runs` copies.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AS_OF = "2026-11-22"
ROOT = Path(__file__).resolve().parents[2]


def bench_majority(runs: int = 3, households: int | None = None) -> None:
    from app.store.db import make_engine
    from app.sync.majority import CATCH_UP_DAYS, run

    households = households or int(os.environ.get("BENCH_HOUSEHOLDS", "400"))
    day = dt.date.fromisoformat(AS_OF)
    now = dt.datetime.combine(day, dt.time(5, 0), tzinfo=dt.UTC)
    with tempfile.TemporaryDirectory(prefix="guichet-bench-majority-") as tmp:
        seeded = Path(tmp) / "seeded.sqlite"
        subprocess.run(
            [
                sys.executable, "-m", "app.cli.central", "--url", f"sqlite:///{seeded}",
                "seed", "--households", str(households), "--seed", "1", "--as-of", AS_OF,
            ],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        first, second, results = [], [], []
        for index in range(runs):
            copy = Path(tmp) / f"run{index}.sqlite"
            shutil.copyfile(seeded, copy)
            engine = make_engine(f"sqlite:///{copy}")
            try:
                started = time.perf_counter()
                result = run(engine, on=day, now=now)
                first.append(time.perf_counter() - started)
                started = time.perf_counter()
                again = run(engine, on=day, now=now)
                second.append(time.perf_counter() - started)
            finally:
                engine.dispose()
            assert again.handled == 0 and result.failed == 0
            results.append(result)
    result = results[0]
    ms = lambda values: statistics.median(values) * 1000  # noqa: E731
    print(
        f"majority: the job on the demo database ({households:,} households, seed 1, "
        f"as of {AS_OF}, SQLite), the day and the {CATCH_UP_DAYS} before it"
    )
    print(
        f"  majority job, first run: median {ms(first):.0f} ms over {runs} fresh copies "
        f"({result.handled} dependant(s) handled: {result.accounts} account(s), "
        f"{result.letters} letter(s); runs: {', '.join(f'{t * 1000:.0f}' for t in first)})"
    )
    print(
        f"  second run (nothing to do): median {ms(second):.1f} ms "
        f"(runs: {', '.join(f'{t * 1000:.1f}' for t in second)})"
    )
    if result.handled:
        print(f"  per dependant: {ms(first) / result.handled:.0f} ms")
