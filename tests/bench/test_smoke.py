"""Every benchmark of `make bench`, run at its smoke size (tests.bench.run.SMOKE), each in its
own process as `make bench` runs it: a benchmark nothing runs rots. The figures mean nothing
here; what is checked is that each one still measures what the program runs and prints it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench.run import BENCHES, SMOKE

ROOT = Path(__file__).resolve().parents[2]
# What each prints when it got to its figures.
PRINTS = {
    "card": "full read:",
    "file_screen": "tap on Reimbursements",
    "session": "session [postgresql]",
    "documents": "official receipt, 100 lines",
    "startup": "median",
    "seed": "households/s",
    "sync": "apply median",
    "queries": "ratio",
    "fleet": "Terminals screen query",
}
NEEDS_PCSCD = ("card", "session")


def test_every_benchmark_has_a_smoke_size():
    assert set(SMOKE) == set(BENCHES) == set(PRINTS)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(BENCHES))
def test_the_benchmark_runs_at_its_smoke_size(name, request):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if name in NEEDS_PCSCD:
        # One pcscd at a time on a machine: the suite's, which the benchmark then uses.
        env["BENCH_PCSCD_PORT"] = str(request.getfixturevalue("pcscd").port)
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.run", "--smoke", name],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert PRINTS[name] in done.stdout, done.stdout[-3000:]
