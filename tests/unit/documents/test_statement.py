"""The indemnity statement: who received what for which period, line by line and in total, in the
language asked for; payments outside the period left out, an empty period said plainly."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.documents.statement import IndemnityLine, StatementData, indemnity_statement
from app.documents.texts import UnsupportedLanguage
from app.domain.niss import InvalidNiss
from app.domain.statement_period import InvalidPeriod
from tests.unit.documents.pdftext import all_text, find, page_texts, placed_texts

D = dt.date
ISSUED = D(2026, 11, 25)
PERSON = "Françoise Van den Bossche-Lefèvre"
NISS = "85073003328"


def _paid(start, end, phase, days, daily, gross, withholding, net, paid_on) -> IndemnityLine:
    return IndemnityLine(
        covers_from=start,
        covers_to=end,
        phase=phase,
        days=days,
        daily_amount=Decimal(daily),
        gross=Decimal(gross),
        withholding=Decimal(withholding),
        net=Decimal(net),
        paid_on=paid_on,
    )


# Primary incapacity paid per half month (six-day weeks, 11 % withheld), then invalidity paid per
# month (3.5 % withheld), as the payment calendar has them; one payment on each side of 2025.
DECEMBER_2024 = _paid(D(2024, 12, 16), D(2024, 12, 31), "primary", 13, "60.00", "780.00",
                      "85.80", "694.20", D(2025, 1, 6))  # fmt: skip
JANUARY_FIRST_HALF = _paid(D(2025, 1, 1), D(2025, 1, 15), "primary", 13, "84.32", "1096.16",
                           "120.58", "975.58", D(2025, 1, 20))  # fmt: skip
JANUARY_SECOND_HALF = _paid(D(2025, 1, 16), D(2025, 1, 31), "primary", 14, "84.32", "1180.48",
                            "129.85", "1050.63", D(2025, 2, 4))  # fmt: skip
FEBRUARY = _paid(D(2025, 2, 1), D(2025, 2, 28), "invalidity", 24, "70.00", "1680.00", "58.80",
                 "1621.20", D(2025, 2, 26))  # fmt: skip
JANUARY_2026 = _paid(D(2026, 1, 1), D(2026, 1, 31), "invalidity", 26, "70.00", "1820.00",
                     "63.70", "1756.30", D(2026, 1, 28))  # fmt: skip
HISTORY = [JANUARY_2026, FEBRUARY, DECEMBER_2024, JANUARY_SECOND_HALF, JANUARY_FIRST_HALF]

YEAR_2025 = StatementData(
    person_name=PERSON,
    person_niss=NISS,
    address_lines=["Françoise Van den Bossche-Lefèvre", "Rue des Tanneurs 58 bte 3",
                   "7500 Tournai"],
    period_start=D(2025, 1, 1),
    period_end=D(2025, 12, 31),
    lines=HISTORY,
    issued_on=ISSUED,
)  # fmt: skip


def _flat(text: str) -> str:
    """The text with every run of spaces, line ends and no-break spaces as one space."""
    return " ".join(text.replace("\u00a0", " ").split())


def _text(data: StatementData = YEAR_2025, language: str = "fr") -> str:
    return _flat(all_text(indemnity_statement(data, language=language)))


def test_the_statement_names_the_person_their_national_number_and_the_period():
    text = _text()
    assert (
        f"La Mutualité Guichet certifie que {PERSON}, numéro de registre national "
        "85.07.30-033.28, a perçu les indemnités d'incapacité de travail suivantes pour la "
        "période du 1er janvier 2025 au 31 décembre 2025." in text
    )
    assert "<b>" not in text  # the name is set in bold, not printed with its markup


def test_each_payment_shows_the_days_covered_kind_daily_amount_gross_withholding_net_and_date():
    text = _text()
    assert (
        "01/01/2025 – 15/01/2025 Incapacité primaire 13 84,32 € 1 096,16 € 120,58 € 975,58 € "
        "20/01/2025" in text
    )
    assert (
        "16/01/2025 – 31/01/2025 Incapacité primaire 14 84,32 € 1 180,48 € 129,85 € 1 050,63 € "
        "04/02/2025" in text
    )
    assert (
        "01/02/2025 – 28/02/2025 Invalidité 24 70,00 € 1 680,00 € 58,80 € 1 621,20 € 26/02/2025"
        in text
    )


def test_payments_in_the_order_of_the_days_they_cover():
    text = _text()
    assert text.index("01/01/2025 –") < text.index("16/01/2025 –") < text.index("01/02/2025 –")


def test_the_totals_add_the_days_gross_withholding_and_net_of_the_period_only():
    # 13 + 14 + 24 days; 1096.16 + 1180.48 + 1680.00; 120.58 + 129.85 + 58.80; 975.58 + …
    assert "Total 51 3 956,64 € 309,23 € 3 647,41 €" in _text()


def test_payments_for_days_outside_the_period_are_left_out():
    text = _text()
    for absent in ("694,20", "16/12/2024", "1 756,30", "01/01/2026 –", "26 70,00 €"):
        assert absent not in text, absent


def test_a_payment_that_overlaps_an_end_of_the_period_is_printed_whole():
    data = dataclasses.replace(YEAR_2025, period_start=D(2025, 1, 10), period_end=D(2025, 2, 10))
    text = _text(data)
    assert "01/01/2025 – 15/01/2025 Incapacité primaire 13" in text  # not cut at 10 January
    assert "01/02/2025 – 28/02/2025 Invalidité 24" in text
    assert "Total 51 3 956,64 €" in text


def test_a_period_without_payments_says_so_and_has_no_table():
    data = dataclasses.replace(YEAR_2025, period_start=D(2023, 3, 1), period_end=D(2023, 8, 31))
    text = _text(data)
    assert "Aucune indemnité n'a été payée pour cette période." in text
    assert "du 1er mars 2023 au 31 août 2023" in text
    assert "Période couverte" not in text
    assert "Total" not in text
    assert "€" not in text


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["Attestation des indemnités d'incapacité de travail",
                "Bruxelles, le 25 novembre 2026",
                "Délivré à la borne le 25 novembre 2026", "Invalidité", "Retenues",
                "pour servir et valoir ce que de droit"]),
        ("nl", ["Attest van uitkeringen wegens arbeidsongeschiktheid", "Brussel, 25 november 2026",
                "van 1 januari 2025 tot en met 31 december 2025", "Primaire ongeschiktheid",
                "Invaliditeit", "Totaal 51 3 956,64 € 309,23 € 3 647,41 €",
                "Afgegeven aan de zuil op 25 november 2026"]),
        ("de", ["Bescheinigung über Entschädigungen wegen Arbeitsunfähigkeit",
                "vom 1. Januar 2025 bis zum 31. Dezember 2025", "Brüssel, den 25. November 2026",
                "01.01.2025 – 15.01.2025 Primäre Arbeitsunfähigkeit", "Invalidität",
                "Summe 51 3 956,64 € 309,23 € 3 647,41 €", "20.01.2025"]),
        ("en", ["Statement of incapacity benefits", "from 1 January 2025 to 31 December 2025",
                "Brussels, 25 November 2026", "Primary incapacity", "Invalidity",
                "Total 51 €3,956.64 €309.23 €3,647.41", "€1,096.16"]),
    ],
)  # fmt: skip
def test_the_statement_is_written_in_the_language_asked(language, words):
    text = _text(language=language)
    for word in words:
        assert word in text, word


@pytest.mark.parametrize(
    ("language", "none"),
    [
        ("nl", "Voor deze periode werd geen uitkering betaald."),
        ("de", "Für diesen Zeitraum wurde keine Entschädigung gezahlt."),
        ("en", "No benefit was paid for this period."),
    ],
)
def test_an_empty_period_is_said_in_each_language(language, none):
    data = dataclasses.replace(YEAR_2025, lines=[])
    assert none in _text(data, language)


def test_the_address_shows_in_the_envelope_window():
    placed = placed_texts(indemnity_statement(YEAR_2025, language="fr"))
    street = find(placed, "Rue des Tanneurs 58 bte 3")
    town = find(placed, "7500 Tournai")
    for line in (street, town):
        assert 20 <= line.left_mm <= 110 and 45 <= line.top_mm <= 90, line


def test_the_statement_carries_a_reference_that_follows_its_content():
    def reference(data: StatementData) -> str:
        return next(word for word in _text(data).split() if word.startswith("IS-20261125-"))

    same = dataclasses.replace(YEAR_2025, lines=list(reversed(HISTORY)))
    other = dataclasses.replace(YEAR_2025, lines=[JANUARY_FIRST_HALF])
    assert reference(YEAR_2025) == reference(same)
    assert reference(YEAR_2025) != reference(other)


def test_a_year_of_half_monthly_payments_runs_over_pages_with_the_totals_last():
    lines = []
    for month in range(1, 13):
        last = (D(2025, month % 12 + 1, 1) if month < 12 else D(2026, 1, 1)) - dt.timedelta(1)
        for start, end in ((D(2025, month, 1), D(2025, month, 15)), (D(2025, month, 16), last)):
            lines.append(_paid(start, end, "primary", 13, "84.32", "1096.16", "120.58", "975.58",
                               end + dt.timedelta(days=5)))  # fmt: skip
    pdf = indemnity_statement(dataclasses.replace(YEAR_2025, lines=lines), language="fr")
    pages = [_flat(page) for page in page_texts(pdf)]
    assert len(pages) == 2
    for number, page in enumerate(pages, start=1):
        assert "Période couverte" in page  # the column headings repeat
        assert f"page {number} / 2" in page
    # 24 × 13 days; 24 × 1096.16; 24 × 120.58; 24 × 975.58.
    assert "Total 312 26 307,84 € 2 893,92 € 23 413,92 €" in pages[-1]
    assert "\n".join(pages).count("Incapacité primaire") == 24
    title = PdfReader(io.BytesIO(pdf)).metadata.title
    assert title == "Attestation des indemnités d'incapacité de travail"


def test_names_with_markup_characters_are_printed_as_written():
    data = dataclasses.replace(YEAR_2025, person_name="Anne <Marie> & Co")
    assert "certifie que Anne <Marie> & Co, numéro" in _text(data)


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [
        (D(2024, 1, 1), D(2024, 12, 31), "period_too_long"),  # 366 days
        (D(2016, 1, 1), D(2016, 6, 30), "too_old"),  # 10 years back
        (D(2026, 6, 1), D(2026, 12, 31), "period_in_future"),
        (D(2025, 6, 1), D(2025, 5, 31), "end_before_start"),
    ],
)
def test_a_period_that_may_not_be_certified_is_refused(start, end, code):
    data = dataclasses.replace(YEAR_2025, period_start=start, period_end=end)
    with pytest.raises(InvalidPeriod) as refused:
        indemnity_statement(data, language="fr")
    assert refused.value.code == code


def test_a_bad_national_number_language_or_kind_of_payment_is_refused():
    with pytest.raises(InvalidNiss):
        indemnity_statement(dataclasses.replace(YEAR_2025, person_niss="85073003327"),
                            language="fr")  # fmt: skip
    with pytest.raises(UnsupportedLanguage):
        indemnity_statement(YEAR_2025, language="it")
    odd = dataclasses.replace(FEBRUARY, phase="holiday")
    with pytest.raises(ValueError, match="unknown indemnity kind"):
        indemnity_statement(dataclasses.replace(YEAR_2025, lines=[odd]), language="fr")
