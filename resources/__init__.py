"""Files the program ships: stylesheets, translations (.ts, and .qm built by make), demo data."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent
TRANSLATIONS = ROOT / "translations"
STYLES = ROOT / "styles"
DEMO = ROOT / "demo"
SOUNDS = ROOT / "sounds"  # the key tone of speech mode (ui/speech.py)
ICONS = ROOT / "icons"  # the header's speech and large-text buttons
