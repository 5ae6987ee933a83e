"""The sentences of the appointment confirmation (issue 16), one module per language like the
other documents' (app/documents/texts/), kept apart so that no language module grows past its
size.

`text(language, key)` looks here first, then in the documents' common sentences (member,
national register number, privacy…). A key missing in one language is a test failure.
"""

from __future__ import annotations

from app.documents import texts as common
from app.documents.texts.appointments import de, en, fr, nl

TEXTS: dict[str, dict[str, str]] = {"fr": fr.TEXTS, "nl": nl.TEXTS, "de": de.TEXTS, "en": en.TEXTS}


def text(language: str, key: str, **values: object) -> str:
    """The sentence `key` in `language` (the confirmation's, or a common one)."""
    own = TEXTS[common.check_language(language)]
    if key in own:
        return own[key].format(**values)
    return common.text(language, key, **values)
