"""What a member's new password must be (issue 19): long enough, not their own data, not the
letter's, and hard to guess as zxcvbn estimates it.

Why zxcvbn (Dropbox's estimator; the `zxcvbn` package, a faithful port): it estimates how many
guesses a password takes from what attackers really try first — the most used passwords, words
and names, keyboard rows, repeats, sequences, dates, l33t substitutions — and from the
person's own data given to it (their name, national number, birth date). That is what NIST SP
800-63B §5.1.1.2 asks of a verifier (length, a list of known and context-specific passwords, no
composition rules), where rules such as "one digit, one capital" only make passwords that are
hard to remember and easy to guess. We ask for zxcvbn's score 3 ("safely unguessable":
about 10^8 guesses and more) and at least MIN_LENGTH characters.

Each refusal is a code with a sentence in the member's language (ui/messages.py) that says how
to do better; the codes of what zxcvbn found come from its matches (the pattern and the
dictionary it found), not from its English feedback sentences. No Qt, no database: the central
side (app/services/login.py change_password) calls it with the member's data.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable

MIN_LENGTH = 10
MAX_LENGTH = 64  # NIST's "at least 64 allowed"; zxcvbn's time grows with the length
MIN_SCORE = 3
# What anyone would try first at a Belgian mutuality, beside zxcvbn's English lists: its words in
# the country's languages, and the rows of the keyboards used here (zxcvbn knows only QWERTY's
# neighbours), as two more of zxcvbn's ranked dictionaries.
LOCAL_WORDS = (
    "mutualite", "mutualité", "mutualiteit", "ziekenfonds", "krankenkasse", "guichet", "emut",
    "e-mut", "belgique", "belgie", "belgië", "belgien", "bruxelles", "brussel", "wallonie",
    "vlaanderen", "motdepasse", "wachtwoord", "passwort", "bonjour", "hallo", "soleil", "amour",
)  # fmt: skip
KEYBOARD_ROWS = (
    "azertyuiop", "qsdfghjklm", "wxcvbn", "&é\"'(§è!çà", "qwertzuiop", "yxcvbnm", "asdfghjkl",
)  # fmt: skip


@functools.cache
def _estimator():
    """zxcvbn, with our two dictionaries added once. Imported on the first judgement, not with
    this module: its lists cost ~35 ms to load, and a terminal only shows MIN_LENGTH (the
    central side judges)."""
    from zxcvbn import zxcvbn
    from zxcvbn.matching import add_frequency_lists

    rows = (*KEYBOARD_ROWS, *(r[::-1] for r in KEYBOARD_ROWS))
    add_frequency_lists(
        {
            "belgian_words": list(LOCAL_WORDS),
            "keyboard_rows": [
                row[start:end]
                for row in rows
                for start in range(len(row))
                for end in range(start + 4, len(row) + 1)
            ],
        }
    )
    return zxcvbn


_SEPARATORS = re.compile(r"[\s./\-_]")


def _plain(text: str) -> str:
    """Lower case without accents: "Hélène" and "HELENE" are one name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _holds(password: str, name: str) -> bool:
    """`name` is in `password`: anywhere from 4 letters on; a shorter one (Jan, Eva) as a word
    of its own, not inside another ("Janvier")."""
    plain, word = _plain(password), _plain(name)
    if len(word) >= 4:
        return word in plain
    return (
        len(word) == 3
        and re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", plain) is not None
    )


def _digits_forms(day: dt.date) -> set[str]:
    """The ways a birth date is written in digits: 30071985, 300785, 19850730, 850730."""
    d, m, y = f"{day.day:02d}", f"{day.month:02d}", f"{day.year:04d}"
    return {d + m + y, d + m + y[2:], y + m + d, y[2:] + m + d}


def _length_or_reuse(new: str, not_again: Iterable[str]) -> str | None:
    if len(new) < MIN_LENGTH:
        return "password_too_short"
    if len(new) > MAX_LENGTH:
        return "password_too_long"
    if any(new == old for old in not_again if old):
        return "password_same_as_before"
    return None


def _own_number(compact: str, national_number: str) -> str | None:
    if national_number and national_number in compact:
        return "password_has_national_number"
    return None


def _own_birth_date(compact: str, birth_date: dt.date | None) -> str | None:
    if birth_date is not None and any(form in compact for form in _digits_forms(birth_date)):
        return "password_has_birth_date"
    return None


def _own_name(new: str, words: Iterable[str]) -> str | None:
    if any(_holds(new, word) for word in words):
        return "password_personal"  # their own name, however it is dressed up
    return None


def _weakness(match: dict) -> str | None:
    """What one part zxcvbn found is (its pattern, and the dictionary it was found in)."""
    pattern = match.get("pattern")
    if pattern == "dictionary":
        dictionary = match.get("dictionary_name")
        if dictionary == "passwords":
            return "password_common"
        if dictionary == "user_inputs":
            return "password_personal"
        if dictionary in ("male_names", "female_names", "surnames"):
            return "password_name"
        if dictionary == "keyboard_rows":
            return "password_keyboard"
        return "password_word"  # English words, film titles
    if pattern == "spatial":
        return "password_keyboard"
    if pattern == "repeat":
        return "password_repeat"
    if pattern == "sequence":
        return "password_sequence"
    if pattern in ("regex", "date"):  # recent years, dates
        return "password_date"
    return None  # guessed by brute force: nothing to say of it


def problems(
    new: str,
    *,
    national_number: str,
    birth_date: dt.date | None,
    personal: Iterable[str] = (),
    not_again: Iterable[str] = (),
) -> list[str]:
    """The codes of what is wrong with `new` (empty: it may be used), most useful first.

    `personal`: the member's names and other words of their file; `not_again`: passwords it
    must not be (the current one, the letter's).
    """
    if first := _length_or_reuse(new, not_again):
        return [first]
    compact = _SEPARATORS.sub("", new)
    # The person's own words first: zxcvbn ranks a word by its place in the list.
    words = [word for text in personal if text for word in re.split(r"[\s\-']+", text) if word]
    found = [
        code
        for code in (
            _own_number(compact, national_number),
            _own_birth_date(compact, birth_date),
            _own_name(new, words),
        )
        if code
    ]
    inputs = [*words, national_number, *(_digits_forms(birth_date) if birth_date else ())]
    estimate = _estimator()(new, user_inputs=[i.lower() for i in inputs if i])
    if estimate["score"] >= MIN_SCORE:
        return found  # strong, unless it holds the national number, birth date or name
    for match in estimate["sequence"]:
        code = _weakness(match)
        if code is not None and code not in found:
            found.append(code)
    found.append(_too_easy())
    return found


def _too_easy() -> str:
    return "password_weak"  # always last when refused for weakness: the general advice
