"""The demo's each agency's appointment slots (issue 16)."""

from __future__ import annotations

from typing import Any


def seed(generator: Any, connection: Any) -> None:
    """Add this part's rows through `generator._add(table, row)` / `generator._id(table)`,
    with its own random stream (never `generator.rng`); the households are already written."""
