"""The PDF texts: every language says everything, and dates are written each language's way."""

from __future__ import annotations

import datetime as dt
import string

import pytest

from app.documents.texts import LANGUAGES, TEXTS, UnsupportedLanguage, long_date, text


def _placeholders(sentence: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "fr"])
def test_every_language_has_every_sentence_with_the_same_placeholders(language):
    assert TEXTS[language].keys() == TEXTS["fr"].keys()
    for key, sentence in TEXTS["fr"].items():
        assert _placeholders(TEXTS[language][key]) == _placeholders(sentence), key


def test_no_sentence_is_left_empty_or_copied_from_another_language():
    for language in LANGUAGES:
        for key, sentence in TEXTS[language].items():
            assert sentence.strip(), (language, key)
    # Long sentences are translated, not copied (short ones like "X" or "Signature" may match).
    for key, sentence in TEXTS["fr"].items():
        if len(sentence) > 25:
            for language in ("nl", "de", "en"):
                assert TEXTS[language][key] != sentence, (language, key)


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("fr", "25 novembre 2026"),
        ("nl", "25 november 2026"),
        ("de", "25. November 2026"),
        ("en", "25 November 2026"),
    ],
)
def test_long_dates(language, written):
    assert long_date(dt.date(2026, 11, 25), language) == written


def test_accented_month_names():
    assert long_date(dt.date(2027, 2, 14), "fr") == "14 février 2027"
    assert long_date(dt.date(2027, 8, 1), "fr") == "1er août 2027"
    assert long_date(dt.date(2027, 3, 3), "de") == "3. März 2027"


def test_an_unknown_language_is_refused_not_replaced():
    with pytest.raises(UnsupportedLanguage):
        text("it", "salutation")
