"""Every benchmark of `make bench`, run at its smoke size (tests.bench.run.SMOKE): a benchmark
nothing runs rots. Each runs in its own process, then the ones that make a SoftHSM2 token run
together in one process, as `make bench` runs them all. The figures mean nothing here; what is
checked is that each one still measures what the program runs and prints it."""

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
    "incapacity": "My incapacity as a terminal's login",
}
NEEDS_PCSCD = ("card", "session")
# The ones that make a SoftHSM2 token of their own, in `make bench`'s order.
MAKE_A_TOKEN = [name for name in BENCHES if name in ("card", "session", "documents")]


def _run_smoke(names: list[str], request) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if set(names) & set(NEEDS_PCSCD):
        # One pcscd at a time on a machine: the suite's, which the benchmark then uses.
        env["BENCH_PCSCD_PORT"] = str(request.getfixturevalue("pcscd").port)
    return subprocess.run(
        [sys.executable, "-m", "tests.bench.run", "--smoke", *names],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240 * len(names),
    )


def test_every_benchmark_has_a_smoke_size():
    assert set(SMOKE) == set(BENCHES) == set(PRINTS)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(BENCHES))
def test_the_benchmark_runs_at_its_smoke_size(name, request):
    done = _run_smoke([name], request)
    assert done.returncode == 0, done.stderr[-3000:]
    assert PRINTS[name] in done.stdout, done.stdout[-3000:]


@pytest.mark.slow
def test_the_benchmarks_that_make_a_token_run_one_after_another_in_one_process(request):
    """`make bench` runs them in one process: the session benchmark used to fail with a
    PKCS#11 GeneralError making its token after the card benchmark had made (and removed) its
    own, SoftHSM2 having kept the first token directory it was initialised with."""
    assert len(MAKE_A_TOKEN) == 3
    done = _run_smoke(MAKE_A_TOKEN, request)
    assert done.returncode == 0, done.stderr[-3000:]
    for name in MAKE_A_TOKEN:
        assert PRINTS[name] in done.stdout, (name, done.stdout[-3000:])
