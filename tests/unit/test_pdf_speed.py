"""What the faster receipt and statement (issue 18, target 3) must keep: table cells laid out once
and drawn without the Paragraph machinery (cells.CellText), repeated cells drawn once then
repeated (cells.Cells), the letterhead drawn once a document, the amount table's rows measured
once (receipt.amount_table). Nothing here is timed: the figures are the documents benchmark's
(tests/bench/documents.py). What is checked is that the pages say and show what they did: the
same line breaks, baselines and pixels as Paragraphs, every word of a long cell, every line of a
long receipt in order, and byte for byte the same PDF whether a repeated drawing is repeated or
drawn anew, and whether the rows are measured up front or by the Table."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from app.documents import layout, receipt
from app.documents.cells import Cells, CellText
from app.documents.layout import markup
from app.documents.receipt import (
    RECEIPT_COLUMNS,
    ReceiptData,
    ReceiptLine,
    money_text,
    official_receipt,
    short_date,
    table_styles,
)
from app.documents.render import PdfDocument, page_count, pdf_text
from app.documents.statement import IndemnityLine, StatementData, indemnity_statement
from tests.unit.documents.pdftext import Placed, page_texts, placed_texts

D = dt.date
MEMBER, MEMBER_NISS = "Geneviève Dupont-Müller", "85073003328"
CHILD, CHILD_NISS = "Léa Dupont", "17073003384"
LONG_LABEL = (
    "Consultation <urgence> & suivi d'un traitement orthodontique prolongé avec plusieurs "
    "séances de contrôle et radiographies panoramiques supplémentaires"
)
GENERALIST, SPECIALIST = "Consultation généraliste", "Consultation médecine interne"
LONG_PROVIDER = "Cabinet A&B <Ixelles> – Centre médical pluridisciplinaire de Saint-Gilles"


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


# -- A cell lays out and draws its text as a Paragraph of its style would --------------------------

CELL_TEXTS = [
    "03/02/2026",
    MEMBER,  # two lines in the receipt's beneficiary column
    LONG_PROVIDER,  # several lines
    # A line a little over the width (space shrinkage) is drawn with tighter spaces: at 18.8 mm
    # "Centre médical" in the cell style, at 31.5 mm the name above on one line.
    "Centre médical pluridisciplinaire de Saint-Gilles",
    "Jean\u00a0Pierre Van\u00a0den\u00a0Bossche",  # no-break spaces
    "Dr  Marc   Peeters ",  # runs of spaces, a trailing space
    "Pneumonoultramicroscopicsilicovolcanoconiosis-Spezialklinik",  # one word wider than the cell
    "Cabinet A&B <Ixelles>",
    "",
]


def _draw(flowables, width: float) -> bytes:
    """Each flowable wrapped at `width` and drawn one under the other, as a table cell stacks a
    list of flowables (no space before or after in these styles)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200 * mm, 200 * mm))
    top = 190 * mm
    for flowable in flowables:
        _width, height = flowable.wrapOn(canvas, width, 1000)
        top -= height
        flowable.drawOn(canvas, 10 * mm, top)
        top -= 2 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _positions(pdf: bytes) -> list[tuple[str, float, float]]:
    """Each piece of text and where its baseline starts, to the micrometre."""
    placed = placed_texts(pdf)
    return [(item.text, round(item.left_mm, 3), round(item.top_mm, 3)) for item in placed]


def _pixels(pdf: bytes) -> bytes:
    with PdfDocument(pdf) as document:
        return document.render(0, 1600).data


@pytest.mark.parametrize("width_mm", [17, 18.8, 31, 31.5, 38, 60])
@pytest.mark.parametrize("style_name", ["cell", "cell_small", "head", "head_right"])
def test_a_text_cell_breaks_and_places_its_lines_as_a_paragraph_does(style_name, width_mm):
    style = table_styles()[style_name]
    width = width_mm * mm
    as_paragraphs = _draw([Paragraph(markup(text), style) for text in CELL_TEXTS], width)
    as_cells = _draw([CellText((text, style)) for text in CELL_TEXTS], width)
    assert _positions(as_cells) == _positions(as_paragraphs)
    assert _pixels(as_cells) == _pixels(as_paragraphs)  # word spacing of a tight line too
    for text in CELL_TEXTS:
        height = Paragraph(markup(text), style).wrap(width, 1000)[1]
        assert CellText((text, style)).wrap(width, 1000) == (width, height), text


def test_parts_of_a_cell_stack_as_paragraphs_in_a_cell_do():
    cells = table_styles()
    parts = [(MEMBER, cells["cell"]), (LONG_PROVIDER, cells["cell_small"])]
    stacked = _draw([Paragraph(markup(text), style) for text, style in parts], 31 * mm)
    # The list cell stacks without the 2 mm _draw puts between flowables: compare line by line.
    one = _draw([CellText(*parts)], 31 * mm)
    lines = [(text, left) for text, left, _top in _positions(one)]
    assert lines == [(text, left) for text, left, _top in _positions(stacked)]
    tops = [top for _text, _left, top in _positions(one)]
    assert tops == sorted(tops)  # top to bottom, in the order of the parts


def test_a_style_a_text_cell_does_not_reproduce_is_drawn_by_a_paragraph():
    body = layout.styles()["body"]
    for style in (ParagraphStyle("centred", parent=body, alignment=TA_CENTER),
                  ParagraphStyle("indented", parent=body, alignment=TA_RIGHT, leftIndent=5 * mm,
                                 firstLineIndent=-2 * mm)):  # fmt: skip
        as_paragraphs = _draw([Paragraph(markup(text), style) for text in CELL_TEXTS], 40 * mm)
        as_cells = _draw([CellText((text, style)) for text in CELL_TEXTS], 40 * mm)
        assert _positions(as_cells) == _positions(as_paragraphs), style.name
        assert _pixels(as_cells) == _pixels(as_paragraphs), style.name


def test_the_same_cell_asked_twice_is_one_flowable():
    cells = table_styles()
    made = Cells()
    first = made.text((MEMBER, cells["cell"]), ("Dr Anne Lambert", cells["cell_small"]))
    again = made.text((MEMBER, cells["cell"]), ("Dr Anne Lambert", cells["cell_small"]))
    other = made.text((MEMBER, cells["cell"]), ("Dr Marc Peeters", cells["cell_small"]))
    assert first is again and first is not other
    assert made.paragraph("<b>101032</b> x", cells["cell"]) is made.paragraph(
        "<b>101032</b> x", cells["cell"]
    )


# -- The receipt ----------------------------------------------------------------------------------


def _line(index: int, *, label: str | None = None, provider: str | None = None) -> ReceiptLine:
    care = D(2025, 1, 2) + dt.timedelta(days=3 * index)
    specialist = index % 2 == 1
    return ReceiptLine(
        beneficiary_name=CHILD if index % 4 == 1 else MEMBER,
        beneficiary_niss=CHILD_NISS if index % 4 == 1 else MEMBER_NISS,
        care_date=care,
        provider_name=provider or ("Dr Marc Peeters" if specialist else "Dr Anne Lambert"),
        nomenclature_code="102034" if specialist else "101032",
        label=label or (SPECIALIST if specialist else GENERALIST),
        official_fee=Decimal("37.15" if specialist else "25.68"),
        supplement=Decimal("10.00" if specialist else "0.00"),
        reimbursed=Decimal("25.15" if specialist else "21.68"),
        payment_date=care + dt.timedelta(days=9),
    )


def _receipt(lines: list[ReceiptLine], language: str = "fr") -> bytes:
    return official_receipt(
        ReceiptData(
            member_name=MEMBER,
            member_niss=MEMBER_NISS,
            affiliation_number="312-0045678-90",
            address_lines=["Rue de la Senne 32 bte 20", "1000 Bruxelles"],
            lines=lines,
            issued_on=D(2026, 11, 25),
        ),
        language=language,
    )


def _row(line: ReceiptLine, language: str = "fr") -> str:
    """A line of the receipt as its text reads, cell after cell."""
    return _flat(" ".join([
        short_date(line.care_date, language), short_date(line.payment_date, language),
        line.beneficiary_name, line.provider_name, line.nomenclature_code, line.label,
        *(money_text(amount, language) for amount in (line.official_fee, line.supplement,
                                                      line.reimbursed, line.personal_share)),
    ]))  # fmt: skip


def test_a_receipt_of_100_lines_has_six_pages_and_every_line_in_order_with_its_amounts():
    lines = [_line(index) for index in range(100)]
    pdf = _receipt(lines)
    assert page_count(pdf) == 6  # as before the cells were made faster: the rows are as tall
    for text in (_flat(pdf_text(pdf)), _flat(" ".join(page_texts(pdf)))):
        position = 0
        for number, line in enumerate(lines):
            found = text.find(_row(line), position)
            assert found >= 0, f"line {number}: {_row(line)!r}"
            position = found + 1
        assert "Total 3 141,50 € 500,00 € 2 341,50 € 1 300,00 €" in text
        # The repeated cells (the same beneficiary, provider and label line after line) are on
        # every line they belong to.
        assert text.count("Dr Anne Lambert") == 50
        assert text.count("Dr Marc Peeters") == 50
        assert text.count("Consultation généraliste") == 50
        assert text.count(f"{CHILD} Dr Marc Peeters") == 25


def _column_left_mm(index: int) -> float:
    return (layout.MARGIN_LEFT + sum(RECEIPT_COLUMNS[:index]) + 1 * mm) / mm  # 1 mm padding


def test_a_long_label_and_provider_wrap_inside_their_columns_every_word_kept():
    lines = [_line(0), _line(1, label=LONG_LABEL, provider=LONG_PROVIDER), _line(2)]
    pdf = _receipt(lines)
    text = _flat(pdf_text(pdf))
    for line in lines:
        assert _row(line) in text
    placed = placed_texts(pdf)
    cells = table_styles()

    def pieces(words: str, column: int) -> list[Placed]:
        left = _column_left_mm(column)
        found = [item for item in placed
                 if abs(item.left_mm - left) < 0.01 and _flat(item.text) in words]  # fmt: skip
        assert found, words
        return found

    label = [item for item in pieces(f"102034 {LONG_LABEL}", 2) if item.text != "102034"]
    provider = pieces(LONG_PROVIDER, 1)
    assert len({round(item.top_mm, 2) for item in label}) >= 3  # wrapped over several lines
    assert len({round(item.top_mm, 2) for item in provider}) >= 3
    placed_in = [(item, 2, cells["cell"]) for item in label]
    placed_in += [(item, 1, cells["cell_small"]) for item in provider]
    for item, column, style in placed_in:
        width = stringWidth(item.text, style.fontName, style.fontSize)
        # Inside the column (its width less 1 mm padding each side), give or take the space
        # shrinkage a Paragraph allows a line.
        assert width <= RECEIPT_COLUMNS[column] - 2 * mm + 1, item.text


def test_a_repeated_cell_and_the_letterhead_draw_the_same_pdf_as_drawn_anew(monkeypatch):
    """Byte for byte (reportlab's invariant mode: no date or random identifier in the file)."""
    monkeypatch.setattr(rl_config, "invariant", 1)
    lines = [_line(index) for index in range(40)]
    year = _year_of_payments()
    repeated = _receipt(lines), indemnity_statement(year, language="fr")

    def draw_anew(canvas, draw):
        draw()
        return None  # nothing recorded: every cell and every letterhead drawn anew

    monkeypatch.setattr(layout, "recorded_operations", draw_anew)
    assert (_receipt(lines), indemnity_statement(year, language="fr")) == repeated


def test_an_amount_table_measured_up_front_lays_out_as_a_table_measuring_itself(monkeypatch):
    """The row heights amount_table gives the Table are the ones it would measure: the same
    pages, byte for byte, as with the Table left to measure its rows."""
    monkeypatch.setattr(rl_config, "invariant", 1)
    lines = [_line(0, label=LONG_LABEL, provider=LONG_PROVIDER)]
    lines += [_line(index) for index in range(1, 60)]
    year = _year_of_payments()
    measured = _receipt(lines), _receipt(lines, "de"), indemnity_statement(year, language="de")
    monkeypatch.setattr(receipt, "_row_heights", lambda rows, *_args: [None] * len(rows))
    assert (_receipt(lines), _receipt(lines, "de"),
            indemnity_statement(year, language="de")) == measured  # fmt: skip


# -- The statement --------------------------------------------------------------------------------


def _year_of_payments() -> StatementData:
    lines = []
    for month in range(1, 13):
        end = (D(2025, month % 12 + 1, 1) if month < 12 else D(2026, 1, 1)) - dt.timedelta(days=1)
        halves = [(D(2025, month, 1), D(2025, month, 15)), (D(2025, month, 16), end)]
        for start, stop in halves if month < 7 else [(D(2025, month, 1), end)]:
            phase, daily, rate = ("primary", "84.32", "0.11") if month < 7 else (
                "invalidity", "70.00", "0.035")  # fmt: skip
            days = sum(1 for n in range((stop - start).days + 1)
                       if (start + dt.timedelta(n)).weekday() != 6)  # fmt: skip
            gross = Decimal(daily) * days
            withholding = (gross * Decimal(rate)).quantize(Decimal("0.01"))
            lines.append(IndemnityLine(start, stop, phase, days, Decimal(daily), gross,
                                       withholding, gross - withholding,
                                       stop + dt.timedelta(days=5)))  # fmt: skip
    return StatementData(
        person_name="Jean-Pierre Vandenbroucke",
        person_niss=MEMBER_NISS,
        address_lines=(
            "Jean-Pierre Vandenbroucke",
            "Avenue de la Couronne 245 bte 12",
            "1050 Ixelles",
        ),
        period_start=D(2025, 1, 1),
        period_end=D(2025, 12, 31),
        lines=lines,
        issued_on=D(2026, 11, 25),
    )


def test_every_payment_of_a_year_shows_its_kind_in_order_on_two_pages():
    data = _year_of_payments()
    pdf = indemnity_statement(data, language="fr")
    assert page_count(pdf) == 2
    text = _flat(pdf_text(pdf))
    position = 0
    for line in data.lines:
        kind = "Incapacité primaire" if line.phase == "primary" else "Invalidité"
        row = _flat(
            f"{short_date(line.covers_from, 'fr')} – {short_date(line.covers_to, 'fr')} {kind} "
            f"{line.days} {money_text(line.daily_amount, 'fr')} {money_text(line.gross, 'fr')} "
            f"{money_text(line.withholding, 'fr')} {money_text(line.net, 'fr')} "
            f"{short_date(line.paid_on, 'fr')}"
        )
        found = text.find(row, position)
        assert found >= 0, row
        position = found + 1
    assert text.count("Incapacité primaire") == 12
    assert text.count("Invalidité") == 6
