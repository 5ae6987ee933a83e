"""The terminal as an appliance under systemd: readiness, watchdog, status and updates (no Qt)."""
