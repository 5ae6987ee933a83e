"""Every sentence printed on the mutuality's PDFs, one dictionary per language (fr, nl, de, en).

Why not Qt's translation system like the screens: `app/` never imports Qt (the core runs and is
tested without it, and the central server prints without a display), and a PDF is made in the
language the member asked for, whatever language the terminal's screen shows at that moment. So
the PDF texts live here, as plain data, one module per language (fr.py, nl.py, de.py, en.py),
looked up by `text(language, key, **values)`; a missing key in one language is a test failure,
not a silent fallback to another language.
"""

from __future__ import annotations

import datetime as dt

from app.documents.texts import de, en, fr, nl

LANGUAGES = ("fr", "nl", "de", "en")


class UnsupportedLanguage(ValueError):
    """A PDF was asked for in a language the mutuality does not write in."""

    def __init__(self, language: str):
        super().__init__(f"no PDF texts in language {language!r} (expected one of {LANGUAGES})")
        self.language = language


MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip

# The head office's town, named in each language (other agencies print their municipality as is).
HEAD_OFFICE_TOWN = {"fr": "Bruxelles", "nl": "Brussel", "de": "Brüssel", "en": "Brussels"}

# Country names for a recipient abroad (the last line of the address, in capitals).
COUNTRIES = {
    "FR": {"fr": "France", "nl": "Frankrijk", "de": "Frankreich", "en": "France"},
    "NL": {"fr": "Pays-Bas", "nl": "Nederland", "de": "Niederlande", "en": "Netherlands"},
    "DE": {"fr": "Allemagne", "nl": "Duitsland", "de": "Deutschland", "en": "Germany"},
    "LU": {"fr": "Luxembourg", "nl": "Luxemburg", "de": "Luxemburg", "en": "Luxembourg"},
}

TEXTS: dict[str, dict[str, str]] = {"fr": fr.TEXTS, "nl": nl.TEXTS, "de": de.TEXTS, "en": en.TEXTS}


def check_language(language: str) -> str:
    """The language code itself, or UnsupportedLanguage."""
    if language not in TEXTS:
        raise UnsupportedLanguage(language)
    return language


def text(language: str, key: str, **values: object) -> str:
    """The sentence `key` in `language`, with its {placeholders} filled from `values`."""
    return TEXTS[check_language(language)][key].format(**values)


def long_date(day: dt.date, language: str) -> str:
    """25 novembre 2026 / 25 november 2026 / 25. November 2026 / 25 November 2026.

    French writes the first of the month as an ordinal: 1er décembre 2026.
    """
    month = MONTHS[check_language(language)][day.month - 1]
    if language == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number} {month} {day.year}"
    if language == "de":
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def country_name(code: str, language: str) -> str:
    """The country's name in `language`, or the ISO code itself when the table lacks it."""
    return COUNTRIES.get(code.upper(), {}).get(check_language(language), code.upper())
