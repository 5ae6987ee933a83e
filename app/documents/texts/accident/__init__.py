"""The accident declaration's sentences (issue 16), one module per language like the other
documents' (app/documents/texts/).

`text(language, key)` looks here first, then in the incapacity forms' sentences (yes, no, the
date's letters) and the documents' common ones (national register number, address,
signature…). A key missing in one language is a test failure.
"""

from __future__ import annotations

from app.documents import texts as common
from app.documents.texts import incapacity
from app.documents.texts.accident import de, en, fr, nl

TEXTS: dict[str, dict[str, str]] = {"fr": fr.TEXTS, "nl": nl.TEXTS, "de": de.TEXTS, "en": en.TEXTS}


def text(language: str, key: str, **values: object) -> str:
    """The sentence `key` in `language` (the declaration's, an incapacity form's, a common one)."""
    own = TEXTS[common.check_language(language)]
    if key in own:
        return own[key].format(**values)
    return incapacity.text(language, key, **values)
