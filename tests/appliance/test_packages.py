"""What Debian's own checker says of the three packages: no error (warnings are listed in the
README's deployment part; each override in installer/package/*/lintian-overrides says why)."""

from __future__ import annotations

import time

from tests.appliance.conftest import MARKS

pytestmark = MARKS


def test_lintian_reports_no_error_on_the_three_packages(packages, figures):
    lintian, report, started = packages["lintian"]
    lintian.wait(timeout=900)
    figures["lintian_seconds_in_background"] = round(time.monotonic() - started, 1)
    text = report.read_text()
    errors = [line for line in text.splitlines() if line.startswith("E:")]
    assert errors == []
    assert lintian.returncode == 0, text[-3000:]  # lintian fails on errors only (--fail-on)
