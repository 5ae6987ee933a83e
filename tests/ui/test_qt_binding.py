"""The Qt binding must not eat Python's None: PySide6 6.12.0 under Python 3.11 returned None
from every void method without taking a reference, so a terminal aborted ("deallocating None")
after some thousands of label updates or event-loop turns — within a day of use.
pyproject.toml excludes that release; this test fails on any binding with the same defect."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_a_day_of_screen_updates_does_not_wear_out_none(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("Bonjour")  # void
        QApplication.processEvents()  # void
    after = sys.getrefcount(None)
    # Python 3.12+ makes None immortal (its count is fixed); before that it must not move by
    # the thousand calls (other threads may hold or drop a few references meanwhile).
    assert abs(before - after) < 50
