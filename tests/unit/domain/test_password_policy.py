"""The new password's policy (app/domain/password_policy.py, issue 19): what a member is refused,
with the reason the screen turns into advice, and what passes. zxcvbn estimates; our own checks
refuse the national number, the birth date in its written forms, the member's names and the
password it replaces, whatever zxcvbn thinks of them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.password_policy import MAX_LENGTH, MIN_LENGTH, problems

NISS = "85073003328"
BORN = dt.date(1985, 7, 30)
NAMES = ("Jan Pieter", "Peeters")


def judged(new: str, *, not_again=("Letter-pw-8xK2",)) -> list[str]:
    return problems(new, national_number=NISS, birth_date=BORN, personal=NAMES, not_again=not_again)


@pytest.mark.parametrize(
    "strong",
    [
        "Brume vélo tiroir septembre",  # four unrelated words
        "correct horse battery staple",
        "Zwarte kat op het dak 7",
        "Janvier neige, tombe doucement",  # "Jan" inside another word is no name
        "gR7!pQ2#vL9@",  # random characters of its own
    ],
)
def test_a_long_password_of_unrelated_words_passes(strong):
    assert judged(strong) == []


@pytest.mark.parametrize(
    ("weak", "first"),
    [
        ("short", "password_too_short"),
        ("x" * (MAX_LENGTH + 1), "password_too_long"),
        ("Letter-pw-8xK2", "password_same_as_before"),  # the letter's (or the current) one
        ("password123!", "password_common"),
        ("azertyuiop12", "password_keyboard"),  # Belgium's keyboard row, not only QWERTY's
        ("qsdfghjklmwx", "password_keyboard"),
        ("aaaaaaaaaaaa", "password_repeat"),
        ("Mutualité2024!", "password_word"),
    ],
)
def test_what_is_easy_to_guess_is_refused_with_its_reason(weak, first):
    found = judged(weak)
    assert found[0] == first
    if first not in ("password_too_short", "password_too_long", "password_same_as_before"):
        assert found[-1] == "password_weak"  # always the general advice after the reasons


@pytest.mark.parametrize(
    ("own", "reason"),
    [
        ("Lune tiroir 85073003328", "password_has_national_number"),
        ("Lune tiroir 850730-033.28", "password_has_national_number"),  # written with dots
        ("Lune tiroir 30/07/1985 x", "password_has_birth_date"),
        ("Lune tiroir 30.07.85 xyz", "password_has_birth_date"),
        ("Lune tiroir 19850730 xyz", "password_has_birth_date"),
        ("Peeters garde la maison", "password_personal"),
        ("PÉÉTERS garde la maison", "password_personal"),  # case and accents do not hide it
        ("jan aime la pluie du nord", "password_personal"),  # a short first name as a word
    ],
)
def test_the_member_s_own_data_is_refused_even_in_an_otherwise_strong_password(own, reason):
    assert reason in judged(own)


def test_ten_characters_is_the_least_and_sixty_four_the_most():
    assert (MIN_LENGTH, MAX_LENGTH) == (10, 64)  # the figures the advice and the errors give
    assert judged("gR7!pQ2#v") == ["password_too_short"]  # nine characters
    assert judged("gR7!pQ2#vL") == []  # ten
    assert judged("Brume vélo tiroir " * 3 + "septembre x") == ["password_too_long"]
