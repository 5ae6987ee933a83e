"""Reusable widgets: language bar, and later the PIN pad and on-screen keyboard."""
