"""Amounts of money: Decimal with two places, rounded half up as on a payment statement."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def money(value: Decimal | int | str) -> Decimal:
    """A euro amount with exactly two places. Floats are refused: they are not exact."""
    if isinstance(value, float):
        raise TypeError("money amounts are never floats; pass a str or Decimal")
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


ZERO = money(0)
