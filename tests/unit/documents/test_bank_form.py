"""The bank-account change form: who asks, the old account masked, the new one in groups of four
with its bank, the request, and an empty signature field in the box under "Signature"."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from app.documents.bank_form import (
    SIGNATURE_FIELD,
    BankChangeData,
    bank_change_form,
    masked_account,
)
from app.documents.texts import UnsupportedLanguage
from app.domain.iban import InvalidIban
from app.domain.niss import InvalidNiss
from tests.unit.documents.pdftext import MM, PAGE_HEIGHT_MM, find, placed_texts

CHANGE = BankChangeData(
    member_name="Geneviève Dupont-Müller",
    member_niss="85073003328",
    affiliation_number="312-0045678-90",
    current_iban="BE68539007547034",
    new_iban="be71 0961 2345 6769",  # as typed
    bank_name="BELFIUS BANQUE",
    signed_on=dt.date(2026, 11, 25),
)


def _text(data: BankChangeData = CHANGE, language: str = "fr") -> str:
    pdf = bank_change_form(data, language=language)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().replace("\u00a0", " ").split())


@pytest.mark.parametrize(
    ("account", "masked"),
    [
        ("BE68539007547034", "BE•• •••• •••• 7034"),
        ("BE68 5390 0754 7034", "BE•• •••• •••• 7034"),
        ("NL91ABNA0417164300", "NL•• •••• •••• ••43 00"),
        ("BE12", "••••"),
    ],
)
def test_the_old_account_shows_only_its_country_and_last_four_characters(account, masked):
    assert masked_account(account) == masked


def test_the_form_names_the_member_and_both_accounts():
    text = _text()
    for expected in ("Geneviève Dupont-Müller", "85.07.30-033.28", "312-0045678-90",
                     "Compte actuel BE•• •••• •••• 7034",
                     "Nouveau compte (IBAN) BE71 0961 2345 6769",
                     "Banque BELFIUS BANQUE · BIC GKCCBEBB",
                     "Signé le 25 novembre 2026"):  # fmt: skip
        assert expected in text, expected
    assert "5390" not in text and "0754" not in text  # the old account is not readable


def test_the_member_asks_the_mutuality_to_pay_to_this_account_from_now_on():
    assert (
        "Je soussigné(e) demande à la Mutualité Guichet de verser dorénavant sur ce compte les "
        "montants qui me sont dus" in _text()
    )


def test_without_an_account_on_file_the_form_says_so():
    text = _text(dataclasses.replace(CHANGE, current_iban=None))
    assert "Compte actuel aucun compte enregistré" in text
    assert "•" not in text


def test_an_unknown_bank_code_prints_no_bank_line():
    text = _text(dataclasses.replace(CHANGE, new_iban="BE68539007547034", bank_name=None,
                                     current_iban="BE71096123456769"))  # fmt: skip
    assert "BE68 5390 0754 7034" in text
    assert "Banque" not in text
    assert "BIC" not in text


def test_a_foreign_account_is_grouped_by_four_too():
    text = _text(dataclasses.replace(CHANGE, new_iban="FR1420041010050500013M02606",
                                     bank_name=None))  # fmt: skip
    assert "FR14 2004 1010 0505 0001 3M02 606" in text


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["Changement de compte bancaire", "1. Membre", "Numéro d'affiliation",
                "À signer à la borne", "Signature"]),
        ("nl", ["Wijziging van bankrekening", "Huidige rekening BE•• •••• •••• 7034",
                "Nieuwe rekening (IBAN) BE71 0961 2345 6769", "Bank BELFIUS BANQUE",
                "voortaan op deze rekening te storten", "Ondertekend op 25 november 2026"]),
        ("de", ["Änderung der Bankverbindung", "Bisheriges Konto BE•• •••• •••• 7034",
                "Neues Konto (IBAN) BE71 0961 2345 6769", "Mitgliedsnummer 312-0045678-90",
                "ab sofort auf dieses Konto überweist", "Unterschrieben am 25. November 2026",
                "Unterschrift"]),
        ("en", ["Change of bank account", "Current account BE•• •••• •••• 7034",
                "New account (IBAN) BE71 0961 2345 6769", "Membership number 312-0045678-90",
                "into this account from now on", "Signed on 25 November 2026"]),
    ],
)  # fmt: skip
def test_the_form_is_written_in_the_language_asked(language, words):
    text = _text(language=language)
    for word in words:
        assert word in text, word


def test_the_empty_signature_field_sits_in_the_box_under_the_word_signature():
    pdf = bank_change_form(CHANGE, language="fr")
    reader = PdfReader(io.BytesIO(pdf))
    field = reader.get_fields()[SIGNATURE_FIELD]
    assert field.get("/FT") == "/Sig"
    assert field.value is None  # empty: the card signs into it
    x1, y1, x2, y2 = (float(v) for v in field.indirect_reference.get_object()["/Rect"])
    label = find(placed_texts(pdf), "Signature")
    assert abs(label.left_mm - x1 / MM) < 1
    assert 0 < (PAGE_HEIGHT_MM - y2 / MM) - label.top_mm < 6
    assert (x2 - x1) / MM == pytest.approx(80, abs=0.5)
    assert y1 / MM > 22  # above the footer


def test_names_with_markup_characters_are_printed_as_written():
    name = "Anne <Marie> & Co"
    assert name in _text(dataclasses.replace(CHANGE, member_name=name))


def test_a_wrong_new_account_national_number_or_language_is_refused():
    with pytest.raises(InvalidIban):
        bank_change_form(dataclasses.replace(CHANGE, new_iban="BE71096123456768"), language="fr")
    with pytest.raises(InvalidNiss):
        bank_change_form(dataclasses.replace(CHANGE, member_niss="85073003327"), language="fr")
    with pytest.raises(UnsupportedLanguage):
        bank_change_form(CHANGE, language="it")
