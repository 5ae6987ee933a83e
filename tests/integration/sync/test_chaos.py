"""Exactly once when the terminal process is killed (SIGKILL) in the middle of push and apply.

A sample here; `make chaos` runs 100 kills (tests/support/chaos.py)."""

from __future__ import annotations

from tests.support.chaos import run_chaos


def test_sigkill_during_push_and_apply_loses_nothing_and_applies_nothing_twice(
    central, tmp_path, pki_dir
):
    """The offline queue, each operation signed by the member's card (an RSA card on SQLite,
    an EC card on PostgreSQL), still applies exactly once."""
    url = central.url.render_as_string(hide_password=False)
    ec_family = central.dialect.name == "postgresql"
    report = run_chaos(
        url, tmp_path, kills=6, operations=40, seed=7, pki_dir=pki_dir, ec_family=ec_family
    )
    assert report.killed_mid_run >= 4  # most kills landed while the child was working
