"""Identifiers and amounts can only exist valid (domain.md sections 1 and 2)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.iban import Iban, InvalidIban, belgian_iban_text
from app.domain.money import money
from app.domain.niss import InvalidNiss, Niss, niss_check_digits
from app.domain.passwords import hash_password, verify_password


@pytest.mark.parametrize(
    "text", ["85073003328", "850730 033 28", "85.07.30-033.28", "850730-033-28"]
)
def test_a_niss_is_read_from_each_of_its_written_forms(text):
    assert str(Niss.parse(text)) == "85073003328"


def test_a_niss_gives_birth_date_and_sex():
    niss = Niss.parse("85.07.30-033.28")
    assert niss.birth_date == dt.date(1985, 7, 30)
    assert niss.sex == "M"
    assert niss.formatted() == "85.07.30-033.28"


def test_a_niss_born_after_1999_uses_the_leading_2_in_its_check():
    niss = Niss.parse("17073003384")
    assert niss.birth_date == dt.date(2017, 7, 30)
    assert niss_check_digits("170730033", born_after_1999=True) == "84"


def test_a_bis_number_is_a_valid_niss():
    niss = Niss.parse("85473000149")
    assert niss.is_bis


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("8507300332", "a NISS has 11 digits"),
        ("85073003329", "the check digits do not match"),
        ("85/07/30 033 28", "not a valid NISS"),
    ],
)
def test_a_wrong_niss_is_refused_with_a_reason(text, reason):
    with pytest.raises(InvalidNiss) as caught:
        Niss.parse(text)
    assert caught.value.reason == reason
    assert caught.value.text == text  # what was typed is kept for the message


def test_a_niss_cannot_be_built_invalid_directly():
    with pytest.raises(InvalidNiss):
        Niss("85073003329")


@given(st.dates(dt.date(1900, 1, 1), dt.date(2025, 12, 31)), st.integers(1, 997))
def test_every_number_built_from_date_and_counter_validates(birth, counter):
    first_nine = f"{birth:%y%m%d}{counter:03d}"
    digits = first_nine + niss_check_digits(first_nine, birth.year >= 2000)
    niss = Niss.parse(digits)
    assert niss.birth_date == birth
    assert niss.sex == ("M" if counter % 2 else "F")


def test_a_belgian_iban_is_accepted_with_spaces_and_gives_its_bic():
    iban = Iban.parse("BE71 0961 2345 6769")
    assert iban.compact == "BE71096123456769"
    assert iban.formatted() == "BE71 0961 2345 6769"


def test_an_iban_with_a_wrong_check_is_refused():
    with pytest.raises(InvalidIban) as caught:
        Iban.parse("BE72 0961 2345 6769")
    assert caught.value.reason == "the check digits do not match"


def test_an_unknown_belgian_bank_code_alone_does_not_refuse_the_account():
    # domain.md: stdnum's bank list ages; BE68 5390 0754 7034 has right checksums.
    assert Iban.parse("BE68 5390 0754 7034").compact == "BE68539007547034"


def test_a_built_belgian_iban_carries_its_bank():
    iban = Iban.parse(belgian_iban_text("063", "1234567"))
    assert iban.compact.startswith("BE") and len(iban.compact) == 16
    assert iban.bic == "GKCCBEBB"


def test_money_has_two_places_and_never_comes_from_a_float():
    assert money("25.675") == Decimal("25.68")
    assert str(money(12)) == "12.00"
    with pytest.raises(TypeError):
        money(0.1)


def test_a_password_hash_verifies_only_the_same_password():
    stored = hash_password("correct horse")
    assert stored.startswith("scrypt$")
    assert verify_password("correct horse", stored)
    assert not verify_password("correct hors", stored)
    assert hash_password("correct horse") != stored  # salted
    assert not verify_password("x", "garbage")
