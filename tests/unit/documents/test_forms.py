"""The affiliation / mutation form: the person's data, holder or dependant, the change asked and
when it takes effect, and an empty signature field exactly where the form says "Signature"."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from app.documents.forms import (
    SIGNATURE_FIELD,
    AffiliationFormData,
    InvalidFormData,
    affiliation_form,
)
from app.domain.niss import InvalidNiss
from tests.unit.documents.pdftext import MM, PAGE_HEIGHT_MM, all_text, find, placed_texts

MUTATION = AffiliationFormData(
    national_number="85073003328",
    surname="Lambert",
    first_names="Émilie Françoise",
    birth_date=dt.date(1985, 7, 30),
    sex="F",
    nationality="belge",
    street_and_number="Rue de la Senne 32",
    postcode="1000",
    municipality="Bruxelles",
    language="fr",
    role="holder",
    holder_national_number=None,
    previous_mutuality="Solidaris (306)",
    effective_on=dt.date(2027, 1, 1),
    signed_on=dt.date(2026, 11, 25),
    phone="0470 12 34 56",
    email="emilie.lambert@example.be",
)
FIRST_AFFILIATION_OF_A_CHILD = dataclasses.replace(
    MUTATION,
    national_number="17073003384",
    first_names="Lucas",
    birth_date=dt.date(2017, 7, 30),
    sex="M",
    role="dependant",
    holder_national_number="85073003328",
    previous_mutuality=None,
    effective_on=dt.date(2027, 4, 1),
    phone=None,
    email=None,
)


def _text(data: AffiliationFormData, language: str = "fr") -> str:
    return all_text(affiliation_form(data, language=language)).replace("\n", " ")


def test_a_mutation_names_the_mutuality_left_and_the_date_it_takes_effect():
    text = _text(MUTATION)
    assert "Mutation : je quitte Solidaris (306) pour la Mutualité Guichet" in text
    assert "Prend effet le 1er janvier 2027" in text
    assert "Première affiliation" not in text
    assert "démarches nécessaires auprès de ma mutualité actuelle" in text


def test_a_first_affiliation_says_so_with_its_date():
    text = _text(FIRST_AFFILIATION_OF_A_CHILD)
    assert "Première affiliation à une mutualité" in text
    assert "Prend effet le 1er avril 2027" in text
    assert "Mutation" not in text


def test_a_dependant_form_shows_the_holder_national_number():
    text = _text(FIRST_AFFILIATION_OF_A_CHILD)
    assert "☒ Personne à charge" in text
    assert "☐ Titulaire" in text
    assert "Numéro de registre national du titulaire : 85.07.30-033.28" in text
    assert "17.07.30-033.84" in text  # the child's own number


def test_a_holder_form_does_not_mention_a_holder_number():
    text = _text(MUTATION)
    assert "☒ Titulaire" in text
    assert "du titulaire :" not in text


def test_the_person_data_are_printed_with_accents_and_card_form_number():
    text = _text(MUTATION)
    expected = [
        "85.07.30-033.28", "Lambert", "Émilie Françoise", "30 juillet 1985", "féminin", "belge",
        "Rue de la Senne 32", "1000 Bruxelles", "français", "0470 12 34 56",
        "emilie.lambert@example.be", "Signé le 25 novembre 2026",
    ]  # fmt: skip
    assert [item for item in expected if item not in text] == []


@pytest.mark.parametrize(
    ("language", "title", "effective", "signature"),
    [
        ("fr", "Demande d'affiliation", "Prend effet le 1er janvier 2027", "Signature"),
        ("nl", "Aanvraag tot aansluiting", "Gaat in op 1 januari 2027", "Handtekening"),
        ("de", "Antrag auf Mitgliedschaft", "Wirksam ab dem 1. Januar 2027", "Unterschrift"),
        ("en", "Application for membership", "Takes effect on 1 January 2027", "Signature"),
    ],
)
def test_the_form_is_written_in_the_language_asked_on_one_page(
    language, title, effective, signature
):
    pdf = affiliation_form(MUTATION, language=language)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text().replace("\n", " ")
    assert title in text
    assert effective in text
    assert signature in text
    assert "Solidaris (306)" in text


def test_the_empty_signature_field_sits_in_the_box_under_the_word_signature():
    pdf = affiliation_form(MUTATION, language="fr")
    reader = PdfReader(io.BytesIO(pdf))
    field = reader.get_fields()[SIGNATURE_FIELD]
    assert field.get("/FT") == "/Sig"
    assert field.value is None  # empty: the card signs into it
    widget = field.indirect_reference.get_object()
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    left, top = x1 / MM, PAGE_HEIGHT_MM - y2 / MM
    label = find(placed_texts(pdf), "Signature")
    assert abs(label.left_mm - left) < 1  # the label starts where the box starts...
    assert 0 < top - label.top_mm < 6  # ...just above it
    assert (x2 - x1) / MM == pytest.approx(80, abs=0.5)
    assert (y2 - y1) / MM == pytest.approx(28, abs=0.5)
    assert y1 / MM > 22  # above the footer


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"role": "dependant", "holder_national_number": None}, InvalidFormData),
        ({"holder_national_number": "17073003384"}, InvalidFormData),  # a holder has no holder
        ({"role": "spouse"}, InvalidFormData),
        ({"sex": "V"}, InvalidFormData),
        ({"language": "it"}, ValueError),
        ({"national_number": "85073003329"}, InvalidNiss),
        ({"role": "dependant", "holder_national_number": "85073003328"}, InvalidFormData),
    ],
)
def test_data_that_cannot_make_a_valid_form_is_refused(change, error):
    with pytest.raises(error):
        affiliation_form(dataclasses.replace(MUTATION, **change), language="fr")
