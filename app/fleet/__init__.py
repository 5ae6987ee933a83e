"""The terminal's side of the fleet: its heartbeat to the central database (heartbeat.py)."""
