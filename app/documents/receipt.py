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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.documents import layout
from app.documents.cells import Cells
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
        return self._reference(_NissParser())

    def _reference(self, parse: Callable[[str], Niss]) -> str:
        parts: list[object] = [parse(self.member_niss), self.affiliation_number]
        for line in self.lines:
            parts += [parse(line.beneficiary_niss), line.care_date, line.nomenclature_code,
                      money(line.official_fee), money(line.supplement), money(line.reimbursed),
                      line.payment_date]  # fmt: skip
        return document_reference("RO", self.issued_on, *parts)


class _NissParser:
    """Niss.parse, each number checked once for one document (a receipt's 100 lines name two or
    three people; the check is not free). Kept for the document only, not for the process."""

    def __init__(self) -> None:
        self._parsed: dict[str, Niss] = {}

    def __call__(self, text: str) -> Niss:
        parsed = self._parsed.get(text)
        if parsed is None:
            parsed = self._parsed[text] = Niss.parse(text)
        return parsed


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


# The amount tables' cell paddings and the font size of their rows (their style, below).
CELL_PADDING_X = 1 * mm
CELL_PADDING_Y = 1.2 * mm
CELL_FONT_SIZE = 7


def amount_table(rows: list[list], col_widths: list[float], first_amount_column: int) -> Table:
    """Header row (repeated on each page), body rows, and a bold total row last, whose label (a
    string, in the first column) runs on over the empty cells before the first amount.

    The rows are measured here, once, and their heights given to the Table: a Table left to
    measure itself measures every row once as it is laid out and again as it splits over a page
    (then hands the heights to the part it splits into). The heights are what the Table would
    measure with this style's paddings and fonts (`_row_heights`), so a style added afterwards
    must not change a padding or a font. No cell spans others: a span makes reportlab's Table
    map every cell anew for each part it splits into and as it draws (a twentieth of a long
    receipt's time), and the total's label, a string, is drawn at the same place without."""
    heights = _row_heights(rows, col_widths)
    # longTableOptimize (reportlab's default, said here): the row heights are handed to the parts
    # the table splits into, page after page, rather than each part measuring its rows again.
    table = Table(rows, colWidths=col_widths, rowHeights=heights, repeatRows=1, hAlign="LEFT",
                  longTableOptimize=1)  # fmt: skip
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, LIGHT]),
                ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
                ("FONT", (0, 1), (-1, -1), FONT, CELL_FONT_SIZE),
                ("FONT", (0, -1), (-1, -1), FONT_BOLD, CELL_FONT_SIZE),
                ("ALIGN", (first_amount_column, 1), (-1, -1), "RIGHT"),
                ("LINEABOVE", (0, -1), (-1, -1), 1, TEAL),
                ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING_Y),
                ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING_Y),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING_X),
            ]
        )
    )
    return table


def _row_heights(rows: list[list], col_widths: list[float]) -> list[float]:
    """Each row's height as reportlab's Table measures it (Table._calc_height) with the amount
    table's style: the tallest cell, plus the top and bottom padding. A string is its lines at
    1.2 × the font size (the header row: Table's default 10 pt on 12); flowables are wrapped at
    the column's width less the side paddings, one under the other with their space between."""
    heights = []
    for index, row in enumerate(rows):
        leading = 12 if index == 0 else CELL_FONT_SIZE * 1.2
        tallest = 0.0
        for width, value in zip(col_widths, row, strict=True):
            if isinstance(value, (tuple, list, Flowable)):
                flowables = list(value) if isinstance(value, (tuple, list)) else [value]
                height = 0.0
                if flowables:
                    available = width - CELL_PADDING_X - CELL_PADDING_X
                    for flowable in flowables:
                        _width, used = flowable.wrap(available, 72000 - CELL_PADDING_Y
                                                     - CELL_PADDING_Y)  # fmt: skip
                        height += used + flowable.getSpaceAfter() + flowable.getSpaceBefore()
                    height = height - flowables[0].getSpaceBefore() - flowables[-1].getSpaceAfter()
            else:
                lines = ("" if value is None else str(value)).split("\n")
                height = leading * len(lines)
            height += CELL_PADDING_Y + CELL_PADDING_Y
            tallest = max(tallest, height)
        heights.append(tallest)
    return heights


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
    parse_niss = _NissParser()
    member_niss = parse_niss(data.member_niss)

    def t(key: str, **values: object) -> str:
        return markup(text(language, key, **values))

    def euros(amount: Decimal) -> str:
        return money_text(amount, language)

    beneficiaries: dict[str, str] = {}
    formatted: dict[str, str] = {}
    for line in data.lines:
        if line.beneficiary_niss not in formatted:
            formatted[line.beneficiary_niss] = parse_niss(line.beneficiary_niss).formatted()
        beneficiaries.setdefault(formatted[line.beneficiary_niss], line.beneficiary_name)
    reference = data._reference(parse_niss)
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

    made = Cells()  # a beneficiary, provider or label repeated is laid out once
    header = [
        made.paragraph(
            f"{t('col_care_date')}<br/><font color='#CFE6E4'>{t('col_paid_on')}</font>",
            cells["head"], repeated=True),
        made.paragraph(
            f"{t('col_beneficiary')}<br/><font color='#CFE6E4'>{t('col_provider')}</font>",
            cells["head"], repeated=True),
        made.text((text(language, "col_code_label"), cells["head"]), repeated=True),
        *[made.text((text(language, key), cells["head_right"]), repeated=True) for key in
          ("col_official_fee", "col_supplement", "col_reimbursed", "col_personal_share")],
    ]  # fmt: skip
    rows: list[list] = [header]
    for line in data.lines:
        rows.append(
            [
                made.text((short_date(line.care_date, language), cells["cell"]),
                          (short_date(line.payment_date, language), cells["cell_small"])),
                made.text((line.beneficiary_name, cells["cell"]),
                          (line.provider_name, cells["cell_small"])),
                made.paragraph(f"<b>{markup(line.nomenclature_code)}</b> {markup(line.label)}",
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
