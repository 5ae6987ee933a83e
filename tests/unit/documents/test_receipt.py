"""The official receipt of reimbursements: names, amounts, personal shares and totals the member
reads, in their language, over as many pages as the selection needs."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.documents.receipt import (
    ReceiptData,
    ReceiptLine,
    document_reference,
    money_text,
    official_receipt,
    short_date,
)
from app.documents.texts import UnsupportedLanguage
from app.domain.niss import InvalidNiss
from tests.unit.documents.pdftext import all_text, page_texts

D = dt.date
ISSUED = D(2026, 11, 25)
MEMBER = "Geneviève Dupont-Müller"
MEMBER_NISS = "85073003328"
CHILD = "Léa Dupont"
CHILD_NISS = "17073003384"


def _line(care: dt.date, code: str, label: str, fee: str, supplement: str, reimbursed: str,
          *, child: bool = False, provider: str = "Dr Anne Lambert") -> ReceiptLine:  # fmt: skip
    return ReceiptLine(
        beneficiary_name=CHILD if child else MEMBER,
        beneficiary_niss=CHILD_NISS if child else MEMBER_NISS,
        care_date=care,
        provider_name=provider,
        nomenclature_code=code,
        label=label,
        official_fee=Decimal(fee),
        supplement=Decimal(supplement),
        reimbursed=Decimal(reimbursed),
        payment_date=care + dt.timedelta(days=9),
    )


GP = ("101032", "Consultation médecin généraliste")
DERMA = ("102734", "Consultation dermatologue")

THREE_LINES = [
    _line(D(2026, 2, 3), *GP, "25.68", "0", "21.68"),  # personal share 4.00
    _line(D(2026, 3, 10), *DERMA, "28.90", "15.00", "16.90", child=True,
          provider="Dr Marc Peeters & Fils"),  # 12.00 + 15.00 supplement = 27.00
    _line(D(2026, 2, 3), *GP, "-25.68", "0", "-21.68"),  # the first one, cancelled: -4.00
]  # fmt: skip


def _receipt(lines=THREE_LINES, language="fr", issued=ISSUED) -> bytes:
    data = ReceiptData(
        member_name=MEMBER,
        member_niss=MEMBER_NISS,
        affiliation_number="312-0045678-90",
        address_lines=["Rue de la Senne 32 bte 20", "1000 Bruxelles"],
        lines=lines,
        issued_on=issued,
    )
    return official_receipt(data, language=language)


def _flat(text: str) -> str:
    """The text with every run of spaces, line ends and no-break spaces as one space."""
    return " ".join(text.replace("\u00a0", " ").split())


def _text(pdf: bytes) -> str:
    return _flat(all_text(pdf))


@pytest.mark.parametrize(
    ("amount", "language", "written"),
    [
        ("1234.56", "fr", "1 234,56 €"),
        ("1234.56", "nl", "1 234,56 €"),
        ("1234.56", "de", "1 234,56 €"),
        ("1234.56", "en", "€1,234.56"),
        ("1234567.8", "fr", "1 234 567,80 €"),
        ("-4", "fr", "-4,00 €"),
        ("-4", "en", "-€4.00"),
        ("0.005", "en", "€0.01"),  # half up, as on a payment statement
        ("999.99", "de", "999,99 €"),
    ],
)
def test_amounts_are_written_each_language_s_way(amount, language, written):
    assert money_text(Decimal(amount), language).replace("\u00a0", " ") == written


def test_amounts_never_break_between_digits_and_the_euro_sign():
    assert money_text(Decimal("1234.56"), "fr") == "1\u00a0234,56\u00a0€"


def test_short_dates():
    assert short_date(D(2026, 2, 3), "fr") == "03/02/2026"
    assert short_date(D(2026, 2, 3), "de") == "03.02.2026"


def test_the_receipt_names_the_member_the_beneficiaries_and_the_providers():
    text = _text(_receipt())
    for expected in (MEMBER, "85.07.30-033.28", CHILD, "17.07.30-033.84", "312-0045678-90",
                     "Rue de la Senne 32 bte 20", "1000 Bruxelles", "Dr Marc Peeters & Fils",
                     "101032", "Consultation dermatologue", "03/02/2026", "10/03/2026",
                     "12/02/2026"):  # fmt: skip
        assert expected in text, expected


def test_each_line_shows_its_personal_share_fee_plus_supplement_minus_reimbursement():
    text = _text(_receipt())
    assert "25,68 € 0,00 € 21,68 € 4,00 €" in text
    assert "28,90 € 15,00 € 16,90 € 27,00 €" in text


def test_a_corrected_line_stays_negative_and_counts_in_the_totals():
    text = _text(_receipt())
    assert "-25,68 € 0,00 € -21,68 € -4,00 €" in text
    # Totals: fee 25.68 + 28.90 − 25.68, supplement 15, reimbursed 21.68 + 16.90 − 21.68.
    assert "Total 28,90 € 15,00 € 16,90 € 27,00 €" in text


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["Reçu officiel", "Quote-part personnelle", "Délivré à la borne le 25 novembre 2026",
                "Mutualité Guichet atteste", "Total 28,90 €"]),
        ("nl", ["Officieel ontvangstbewijs", "Persoonlijk aandeel",
                "Afgegeven aan de zuil op 25 november 2026", "Ziekenfonds Guichet verklaart",
                "Totaal 28,90 €"]),
        ("de", ["Offizielle Quittung", "Eigenanteil",
                "Am Terminal ausgestellt am 25. November 2026", "Krankenkasse Guichet bescheinigt",
                "Summe 28,90 €", "03.02.2026"]),
        ("en", ["Official receipt", "Personal share", "Issued at the terminal on 25 November 2026",
                "Guichet Health Fund certifies", "Total €28.90 €15.00 €16.90 €27.00",
                "-€25.68"]),
    ],
)  # fmt: skip
def test_the_receipt_is_written_in_the_language_asked(language, words):
    text = _text(_receipt(language=language))
    for word in words:
        assert word in text, word


def test_the_receipt_carries_a_reference_that_follows_its_content():
    first = _text(_receipt())
    again = _text(_receipt())
    other = _text(_receipt(lines=THREE_LINES[:2]))

    def reference(text: str) -> str:
        return next(word for word in text.split() if word.startswith("RO-20261125-"))

    assert reference(first) == reference(again)
    assert reference(first) != reference(other)
    assert document_reference("RO", ISSUED, "x") == document_reference("RO", ISSUED, "x")


def _hundred_lines() -> list[ReceiptLine]:
    lines = []
    for index in range(100):
        care = D(2025, 1, 2) + dt.timedelta(days=3 * index)
        if index % 2:
            lines.append(_line(care, "102034", "Consultation médecine interne", "37.15", "10.00",
                               "25.15", child=index % 4 == 1))  # fmt: skip
        else:
            lines.append(_line(care, *GP, "25.68", "0", "21.68"))
    return lines


def test_a_receipt_of_100_lines_spans_pages_with_headers_page_numbers_and_right_totals():
    pdf = _receipt(_hundred_lines())
    pages = [_flat(page) for page in page_texts(pdf)]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Honoraire officiel" in page  # the column headings repeat
        assert f"page {number} / {len(pages)}" in page
    text = "\n".join(pages)
    assert text.count("101032") == 50
    assert text.count("102034") == 50
    for index in range(100):
        assert short_date(D(2025, 1, 2) + dt.timedelta(days=3 * index), "fr") in text
    # 50 × 25.68 + 50 × 37.15; 50 × 10; 50 × 21.68 + 50 × 25.15; 50 × 4 + 50 × 22.
    assert "Total 3 141,50 € 500,00 € 2 341,50 € 1 300,00 €" in pages[-1]
    assert "3 141,50 €" not in pages[0]  # the totals close the table, on its last page
    assert (
        PdfReader(io.BytesIO(pdf)).metadata.title == "Reçu officiel – attestation de remboursement"
    )


def test_names_with_markup_characters_are_printed_as_written():
    line = _line(D(2026, 1, 5), "101032", "Consultation <urgence> & suivi", "25.68", "0", "21.68",
                 provider="Cabinet A&B <Ixelles>")  # fmt: skip
    text = _text(_receipt([line]))
    assert "Consultation <urgence> & suivi" in text
    assert "Cabinet A&B <Ixelles>" in text


def test_an_empty_selection_a_bad_national_number_or_language_is_refused():
    with pytest.raises(ValueError, match="at least one line"):
        _receipt([])
    bad = ReceiptLine(**{**THREE_LINES[0].__dict__, "beneficiary_niss": "85073003327"})
    with pytest.raises(InvalidNiss):
        _receipt([bad])
    with pytest.raises(UnsupportedLanguage):
        _receipt(language="it")
