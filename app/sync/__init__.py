"""The terminal's outbox and its exchange with the central database."""
