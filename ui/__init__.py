"""Everything Qt: application wiring, screens, widgets, background work, translations."""
