"""The section table (ui/file_sections.py): every section of the file loads through a row, and
every row names methods its page has, so a section cannot open to a page that never fills."""

from __future__ import annotations

from ui.file_sections import SECTION_LOADS
from ui.screens.file import FileScreen
from ui.screens.file.common import SECTIONS


def test_every_section_of_the_file_has_a_row_in_the_table(qtbot):
    assert set(SECTION_LOADS) == set(SECTIONS)


def test_every_row_shows_its_answers_with_a_method_of_its_page(qtbot):
    screen = FileScreen()
    qtbot.addWidget(screen)
    for key, section in SECTION_LOADS.items():
        page = screen.pages[key]
        for load in section.loads:
            assert callable(getattr(page, load.show, None)), (key, load.show)
