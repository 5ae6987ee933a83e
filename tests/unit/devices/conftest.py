"""The card fixtures live in tests/support/cards.py (a plugin for the whole suite)."""

from tests.support.cards import ALICE_17, EMMA_KIDS, JAN_18, LUKAS_FOREIGNER

__all__ = ["ALICE_17", "EMMA_KIDS", "JAN_18", "LUKAS_FOREIGNER"]
