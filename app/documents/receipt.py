"""The official receipt of reimbursements: what the mutuality paid for the lines a member chose.

One row a care service: date of care (and of payment), beneficiary, provider, nomenclature code
and label, official fee, supplement, reimbursed amount and the personal share (fee + supplement −
reimbursed, domain.md §3), with a total under each amount column. A corrected (negative) line
stays negative and counts in the totals. Long selections run over several pages; the column
headings repeat on each page and every page says "page x / y".

This module also holds the amount, short-date and reference helpers the indemnity statement
shares (they belong next to `long_date` in app/documents/texts/, which this change could only
add keys to).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.documents import layout
from app.documents.layout import FONT, FONT_BOLD, GREY, LIGHT, TEAL, TEXT_WIDTH, markup
from app.documents.texts import check_language, long_date, text
from app.domain.money import ZERO, money
from app.domain.niss import Niss

RULE = colors.HexColor("#C8D6D5")
NBSP = "\u00a0"


def money_text(amount: Decimal, language: str) -> str:
    """An amount as the member reads it: 1 234,56 € (fr, nl, de) or €1,234.56 (en).

    Written by hand: babel (CLDR) is not a dependency of the program, and these two patterns
    are all the documents need. The thousands separator and the space before € are no-break
    spaces, so an amount never splits over two lines. One space-grouped pattern for fr/nl/de
    (as asked for these documents) rather than CLDR's per-language ones (nl-BE "€ 1.234,56",
    de "1.234,56 €"). Negative amounts keep their minus sign in front: -4,00 € / -€4.00.
    """
    check_language(language)
    value = money(amount)
    sign = "-" if value < 0 else ""
    units, cents = f"{abs(value):.2f}".split(".")
    groups = f"{int(units):,}"  # 1,234
    if language == "en":
        return f"{sign}€{groups}.{cents}"
    return f"{sign}{groups.replace(',', NBSP)},{cents}{NBSP}€"


def short_date(day: dt.date, language: str) -> str:
    """25/11/2026 (fr, nl, en as written in Belgium) or 25.11.2026 (de)."""
    separator = "." if check_language(language) == "de" else "/"
    return f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year}"


def document_reference(prefix: str, issued_on: dt.date, *parts: object) -> str:
    """A reference printed on a document, e.g. "RO-20261125-5C0D9A17E2".

    Derived from the document's content, so printing the same selection twice gives the same
    reference and a clerk can recompute it from the data to check a paper someone brings back.
    """
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8"))
    return f"{prefix}-{issued_on:%Y%m%d}-{digest.hexdigest()[:10].upper()}"


@dataclass(frozen=True)
class ReceiptLine:
    """One reimbursed care service, as paid (negative amounts: a correction of an earlier one)."""

    beneficiary_name: str
    beneficiary_niss: str
    care_date: dt.date
    provider_name: str
    nomenclature_code: str
    label: str
    official_fee: Decimal
    supplement: Decimal
    reimbursed: Decimal
    payment_date: dt.date

    @property
    def personal_share(self) -> Decimal:
        """What the patient bore: official fee + supplement − reimbursement."""
        return money(self.official_fee + self.supplement - self.reimbursed)


@dataclass(frozen=True)
class ReceiptData:
    """The member the receipt is for and the lines they selected (printed in this order)."""

    member_name: str
    member_niss: str
    affiliation_number: str
    address_lines: Sequence[str]
    lines: Sequence[ReceiptLine]
    issued_on: dt.date

    @property
    def reference(self) -> str:
        parts: list[object] = [Niss.parse(self.member_niss), self.affiliation_number]
        for line in self.lines:
            parts += [Niss.parse(line.beneficiary_niss), line.care_date, line.nomenclature_code,
                      money(line.official_fee), money(line.supplement), money(line.reimbursed),
                      line.payment_date]  # fmt: skip
        return document_reference("RO", self.issued_on, *parts)


@dataclass(frozen=True)
class ReceiptTotals:
    official_fee: Decimal
    supplement: Decimal
    reimbursed: Decimal
    personal_share: Decimal


def totals(lines: Sequence[ReceiptLine]) -> ReceiptTotals:
    """The sum of each amount column, corrections (negative lines) included."""
    return ReceiptTotals(
        official_fee=sum((money(line.official_fee) for line in lines), ZERO),
        supplement=sum((money(line.supplement) for line in lines), ZERO),
        reimbursed=sum((money(line.reimbursed) for line in lines), ZERO),
        personal_share=sum((line.personal_share for line in lines), ZERO),
    )


def table_styles() -> dict[str, ParagraphStyle]:
    """Small cell styles for the amount tables of the receipt and the statement."""
    style = layout.styles()
    cell = ParagraphStyle("cell", parent=style["body"], fontSize=7, leading=8.5, spaceAfter=0)
    return {
        "cell": cell,
        "cell_small": ParagraphStyle("cell_small", parent=cell, fontSize=6.5, leading=8,
                                     textColor=GREY),
        "head": ParagraphStyle("head", parent=cell, fontName=FONT_BOLD, fontSize=6.5,
                               leading=8, textColor=colors.white),
        "head_right": ParagraphStyle("head_right", parent=cell, fontName=FONT_BOLD, fontSize=6.5,
                                     leading=8, textColor=colors.white, alignment=TA_RIGHT),
    }  # fmt: skip


def amount_table(rows: list[list], col_widths: list[float], first_amount_column: int) -> Table:
    """Header row (repeated on each page), body rows, and a bold total row last."""
    table = Table(rows, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, LIGHT]),
                ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
                ("FONT", (0, 1), (-1, -1), FONT, 7),
                ("FONT", (0, -1), (-1, -1), FONT_BOLD, 7),
                ("ALIGN", (first_amount_column, 1), (-1, -1), "RIGHT"),
                ("LINEABOVE", (0, -1), (-1, -1), 1, TEAL),
                ("SPAN", (0, -1), (first_amount_column - 1, -1)),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("LEFTPADDING", (0, 0), (-1, -1), 1 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1 * mm),
            ]
        )
    )
    return table


def key_values(rows: list[tuple[str, str]], style: dict) -> Table:
    """Labels on the left, bold values on the right (the member block)."""
    cells = [[Paragraph(markup(label), style["label"]), Paragraph(value, style["value"])]
             for label, value in rows]  # fmt: skip
    table = Table(cells, colWidths=[45 * mm, TEXT_WIDTH - 45 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, TEAL),
                ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    return table


# Dates, beneficiary over provider, code and label, then four amount columns: 170 mm in all.
# Widths measured on the longest words of the four languages (DejaVu Sans is a wide face):
# "Leistungserbringer" in the heading, "Terugbetaald", and a date or "-1 234,56 €" in a cell.
RECEIPT_COLUMNS = [19 * mm, 33 * mm, 40 * mm] + [19.5 * mm] * 4


def official_receipt(data: ReceiptData, *, language: str) -> bytes:
    """The official receipt of `data.lines` in `language`, as PDF bytes.

    Raises ValueError for a receipt without lines, InvalidNiss for a bad national number.
    """
    check_language(language)
    if not data.lines:
        raise ValueError("an official receipt needs at least one line")
    style = layout.styles()
    cells = table_styles()
    member_niss = Niss.parse(data.member_niss)

    def t(key: str, **values: object) -> str:
        return markup(text(language, key, **values))

    def euros(amount: Decimal) -> str:
        return money_text(amount, language)

    beneficiaries: dict[str, str] = {}
    for line in data.lines:
        niss = Niss.parse(line.beneficiary_niss).formatted()
        beneficiaries.setdefault(niss, line.beneficiary_name)
    reference = data.reference
    member_rows = [
        (text(language, "member"), f"{markup(data.member_name)}"),
        (text(language, "niss"), member_niss.formatted()),
        (text(language, "affiliation_number"), markup(data.affiliation_number)),
        (text(language, "address"), "<br/>".join(markup(line) for line in data.address_lines)),
        (
            text(language, "beneficiaries"),
            "<br/>".join(f"{markup(name)} <font name='{FONT}' color='#555555'>({niss})</font>"
                         for niss, name in beneficiaries.items()),
        ),
    ]  # fmt: skip

    header = [
        Paragraph(f"{t('col_care_date')}<br/><font color='#CFE6E4'>{t('col_paid_on')}</font>",
                  cells["head"]),
        Paragraph(f"{t('col_beneficiary')}<br/><font color='#CFE6E4'>{t('col_provider')}</font>",
                  cells["head"]),
        Paragraph(t("col_code_label"), cells["head"]),
        *[Paragraph(t(key), cells["head_right"]) for key in
          ("col_official_fee", "col_supplement", "col_reimbursed", "col_personal_share")],
    ]  # fmt: skip
    rows: list[list] = [header]
    for line in data.lines:
        rows.append(
            [
                [Paragraph(short_date(line.care_date, language), cells["cell"]),
                 Paragraph(short_date(line.payment_date, language), cells["cell_small"])],
                [Paragraph(markup(line.beneficiary_name), cells["cell"]),
                 Paragraph(markup(line.provider_name), cells["cell_small"])],
                Paragraph(f"<b>{markup(line.nomenclature_code)}</b> {markup(line.label)}",
                          cells["cell"]),
                euros(line.official_fee),
                euros(line.supplement),
                euros(line.reimbursed),
                euros(line.personal_share),
            ]
        )  # fmt: skip
    total = totals(data.lines)
    rows.append(
        [t("total"), "", "", euros(total.official_fee), euros(total.supplement),
         euros(total.reimbursed), euros(total.personal_share)]
    )  # fmt: skip

    story: list[Flowable] = [
        Paragraph(t("receipt_title"), style["form_title"]),
        Paragraph(f"{t('reference_label')} {reference}", style["subtitle"]),
        key_values(member_rows, style),
        Spacer(1, 4 * mm),
        Paragraph(t("receipt_intro"), style["body"]),
        amount_table(rows, RECEIPT_COLUMNS, first_amount_column=3),
        Spacer(1, 2 * mm),
        Paragraph(t("receipt_note"), style["small"]),
        Spacer(1, 5 * mm),
        KeepTogether(
            [
                Paragraph(t("issued_at_terminal", date=long_date(data.issued_on, language)),
                          style["body"]),
                Paragraph(f"{t('reference_label')} {reference}", style["small"]),
                Spacer(1, 3 * mm),
                Paragraph(t("receipt_signatory"), style["body"]),
            ]
        ),
    ]  # fmt: skip
    return layout.render(story, language=language, title=text(language, "receipt_title"))
