"""The demo's households' contributions, paid or not (issue 16)."""

from __future__ import annotations

from typing import Any


def seed(generator: Any, connection: Any) -> None:
    """Add this part's rows through `generator._add(table, row)` / `generator._id(table)`,
    with its own random stream (never `generator.rng`); the households are already written."""
