"""The interface language: loads Qt Linguist catalogues and switches them while the program runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from resources import TRANSLATIONS

LANGUAGES = ("fr", "nl", "de", "en")


class MissingTranslations(RuntimeError):
    """A built catalogue (.qm) is missing: the install step `make translations` did not run."""


class Translations(QObject):
    """Owns the installed translators; one call switches every string of every screen."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = ""

    def set_language(self, code: str) -> None:
        if code not in LANGUAGES:
            raise ValueError(f"unsupported language {code!r}")
        if code == self.language:
            return
        own = QTranslator(self)
        path = TRANSLATIONS / f"guichet_{code}.qm"
        if not own.load(str(path)):
            raise MissingTranslations(f"{path} is missing: run `make translations`")
        # Qt's own strings (standard buttons, input context) in the same language, when shipped.
        qt_base = QTranslator(self)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        loaded = [own]
        if qt_base.load(QLocale(code), "qtbase", "_", qt_dir):
            loaded.append(qt_base)
        for old in self._translators:
            self._app.removeTranslator(old)
        for translator in loaded:
            self._app.installTranslator(translator)
        self._translators = loaded
        QLocale.setDefault(QLocale(code))
        self.language = code
        # Installing a translator posts LanguageChange to every widget; they retranslate there.
        self.language_changed.emit(code)

    def uninstall(self) -> None:
        """Remove this object's catalogues from the application (tests, shutdown)."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        self.language = ""
