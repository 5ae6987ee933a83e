"""UI fixtures: the application's stylesheet and translations, a fresh main window per test."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

from tests.support.speech import speech_dispatcher  # noqa: F401  (the real engine's daemon)
from tests.ui.kiosk_harness import (  # noqa: F401  (fixtures for the session tests)
    cases,
    central,
    make_kiosk,
    seeded_central_file,
)
from ui.app import style_application
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.printing import Printer


@pytest.fixture(autouse=True)
def mock_speech(isolated_settings, monkeypatch):
    """Speech on Qt's own mock engine (ui/speech.py ENGINE_ENV): no daemon, no sound. Set per
    test, after isolated_settings empties the GUICHET_* variables; a test of the real engine
    sets "speechd" with the speech_dispatcher fixture (tests/support/speech.py)."""
    monkeypatch.setenv("GUICHET_SPEECH_ENGINE", "mock")


@pytest.fixture
def translations(qapp):
    style_application(qapp)  # as the program starts; a test's large mode may have left its own
    translations = Translations(qapp)
    translations.set_language("fr")
    yield translations
    translations.uninstall()
    translations.deleteLater()


@pytest.fixture
def make_window(qtbot, translations):
    made: list[MainWindow] = []

    def make(mode: str = "kiosk", language: str = "fr") -> MainWindow:
        translations.set_language(language)
        window = MainWindow(translations, mode)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    # No background work may outlive its test.
    assert QThreadPool.globalInstance().waitForDone(5000)
    # Nor its windows: deleted now, not at some later test's event loop (each alive keeps its
    # application-wide key and inactivity filters, and a palette change reaches them all).
    for window in made:
        window.appearance.reset()  # the application's palette: the normal one
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@dataclass
class FilePrinter:
    """A CUPS queue of the tests' own cupsd whose device is a file: what reached the paper."""

    name: str
    output: Path
    printer: Printer

    def printed(self) -> list[bytes]:
        if not self.output.exists() or self.output.stat().st_size == 0:
            return []
        return [self.output.read_bytes()]


_QUEUES = itertools.count(1)


@pytest.fixture
def cups_printer(cups) -> FilePrinter:
    name = f"Kiosk{next(_QUEUES)}"  # its own queue and output file: only this test's pages
    output = cups.file_printer(name)
    return FilePrinter(name, output, Printer(name, server=str(cups.daemon.socket)))


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item):
    """The widgets pytest-qt closed and scheduled for deletion are deleted before the next test
    (at no event loop's level they would wait for a later test's, alive until then)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
