"""Column titles on two lines: a long title breaks at its middle space rather than be elided.

A header section does not wrap its text, and a column sized to its contents or stretched
into what is left can be narrower than its title in another language ("Prestatie en
zorgverlener"); a title given on two balanced lines needs about half the width.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

ONE_LINE = 12  # characters: a title this short stays on one line


def two_lines(title: str) -> str:
    """The title broken at the space nearest its middle (a short one, or one word, as is)."""
    if len(title) <= ONE_LINE or " " not in title.strip():
        return title
    middle = len(title) / 2
    spaces = [i for i, char in enumerate(title) if char == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{title[:cut]}\n{title[cut + 1 :]}"


def set_titles(table: QTableWidget, titles: list[str]) -> None:
    table.setHorizontalHeaderLabels([two_lines(title) for title in titles])
