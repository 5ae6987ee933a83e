"""Every benchmark of `make bench`, run at its smoke size (tests.bench.run.SMOKE): a benchmark
nothing runs rots. They run together in one process, as `make bench` runs them all. The
figures mean nothing here; what is checked is that each one still measures what the program
runs and prints it."""

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
    "opensc": "identification through OpenSC",
    "file_screen": "tap on Reimbursements",
    "session": "session [postgresql]",
    "documents": "official receipt, 100 lines",
    "startup": "welcome drawn",
    "seed": "households/s",
    "sync": "apply median",
    "queries": "worst p95 ratio",
    "fleet": "Terminals screen query",
    "incapacity": "My incapacity as a terminal's login",
    "appointments": "baseline, one member alone",
    "accidents": "baseline, reading the same",
    "nomenclature": "baseline, lookup of one code",
    "speech": "baseline, QTextToSpeech.say",
    "memory": "resident memory grew",
    "majority": "majority job, first run",
    "mail": "Send → SMTP",
}
NEEDS_PCSCD = ("card", "opensc", "session")
# The ones that make a SoftHSM2 token of their own, in `make bench`'s order.
MAKE_A_TOKEN = [name for name in BENCHES if name in ("card", "opensc", "session", "documents")]


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
        timeout=120 * len(names),
    )


def test_every_benchmark_has_a_smoke_size():
    assert set(SMOKE) == set(BENCHES) == set(PRINTS)


@pytest.mark.slow
@pytest.mark.timeout(1200)  # the sum of them all, on a busy machine
def test_every_benchmark_runs_at_its_smoke_size_in_one_process(request):
    """All of them, in `make bench`'s order, in one process as `make bench` runs them: each
    must get to its figures. One process, not one each: the suite pays the interpreter's and
    the libraries' start once (and the three that make a SoftHSM2 token used to fail one after
    another in one process — a PKCS#11 GeneralError making the session benchmark's token after
    the card benchmark had made and removed its own — which this run keeps covered)."""
    assert len(MAKE_A_TOKEN) == 4
    done = _run_smoke(list(BENCHES), request)
    assert done.returncode == 0, done.stderr[-3000:]
    missing = [name for name in BENCHES if PRINTS[name] not in done.stdout]
    assert missing == [], done.stdout[-3000:]
