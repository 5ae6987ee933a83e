"""The mutuality's page layout: A4 letterhead, window-envelope address, date line, page numbers.

Every PDF the mutuality prints goes through `render()`: the letterhead (drawn logo mark, the
mutuality's name in the document's language, the sending agency's address), a footer with
"page x / y", and for letters the recipient's address where a DL (C5/6) window envelope shows it
(window 20 mm from the left edge, 45 to 90 mm from the top, so a sheet folded in three shows it),
with fold marks at 99 and 198 mm and a punch mark at mid-height. Text is set in DejaVu Sans, which
has every accented letter of the four languages and the € sign.

The letterhead and footer are drawn on the first page and their PDF operations repeated on the
others (`recorded_operations`, which the long tables' repeated cells use too: app/documents/
cells.py). reportlab runs its pure-Python fallbacks here (no rl_accel), so what is not done is
what counts.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.documents.texts import HEAD_OFFICE_TOWN, check_language, long_date, text

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_MONO = "DejaVuSansMono"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_MONO: "DejaVuSansMono.ttf",
}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

# DL window envelope (C5/6 and DL share it): window 90 × 45 mm, 20 mm from the left edge; with the
# sheet folded in three (folds at 99 and 198 mm) it shows 45 to 90 mm from the top of the page.
WINDOW_LEFT = 20 * mm
WINDOW_TOP = 45 * mm
WINDOW_WIDTH = 90 * mm
WINDOW_HEIGHT = 45 * mm
RETURN_LINE_TOP = 49 * mm  # the sender's one-line address, small, at the top of the window
ADDRESS_TOP = 57 * mm  # first baseline of the recipient's address
ADDRESS_LEADING = 4.8 * mm
FOLD_MARKS = (99 * mm, 198 * mm)

HEADER_RULE_TOP = 33 * mm
DATE_LINE_TOP = 100 * mm
FIRST_PAGE_BODY_TOP = 106 * mm  # letters: the body starts under the date line
LATER_PAGE_BODY_TOP = 38 * mm
BODY_BOTTOM = 22 * mm

TEAL = colors.HexColor("#0B6E69")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#E8F2F1")

_fonts_lock = threading.Lock()
_fonts_ready = False

# Page streams written Flate-compressed as they are (binary, as PDF writers write them), not
# also ASCII85-encoded (reportlab's default: a 7-bit text encoding no viewer, printer or
# signature needs). Its pure-Python encoder took an eighth of a statement's time to PDF, and
# the files are smaller; what the pages show is the same. A process-wide reportlab setting,
# read as each PDF is written: set once here, where the documents' reportlab setup lives (the
# fonts are registered process-wide too), so that every PDF of the program is written alike.
rl_config.useA85 = 0


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, mono) with reportlab once per process."""
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        for name, file_name in _FONT_FILES.items():
            path = FONT_DIR / file_name
            if not path.exists():
                raise FileNotFoundError(f"{path} is missing (Debian package fonts-dejavu-core)")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                      boldItalic=FONT_BOLD)  # fmt: skip
        _fonts_ready = True


@dataclass(frozen=True)
class Agency:
    """The agency that sends a document: printed in the letterhead and in the return line.

    `head_office` agencies write their town in the document's language (Bruxelles / Brussel /
    Brüssel / Brussels); others print their municipality as it is.
    """

    name: str
    street_and_number: str
    postcode: str
    municipality: str
    phone: str | None = None
    head_office: bool = False

    def town(self, language: str) -> str:
        return HEAD_OFFICE_TOWN[language] if self.head_office else self.municipality


HEAD_OFFICE = Agency(
    name="",
    street_and_number="Boulevard Anspach 111",
    postcode="1000",
    municipality="Bruxelles",
    phone="02 500 00 00",
    head_office=True,
)


def date_line(agency: Agency, day: dt.date, language: str) -> str:
    """The date line: "Bruxelles, le 25 novembre 2026" and its equivalents."""
    return text(language, "date_line", town=agency.town(language), date=long_date(day, language))


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every document (fonts registered first)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, alignment=TA_LEFT,
                          spaceAfter=3 * mm)  # fmt: skip
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=12,
                                leading=16, textColor=TEAL, spaceAfter=5 * mm),
        "form_title": ParagraphStyle("form_title", parent=body, fontName=FONT_BOLD,
                                     fontSize=16, leading=20, textColor=TEAL, spaceAfter=1 * mm),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=9, leading=12,
                                   textColor=GREY, spaceAfter=5 * mm),
        "section": ParagraphStyle("section", parent=body, fontName=FONT_BOLD, fontSize=10.5,
                                  leading=14, textColor=TEAL, spaceBefore=3 * mm,
                                  spaceAfter=1.5 * mm),
        "label": ParagraphStyle("label", parent=body, fontSize=8.5, leading=11,
                                textColor=GREY, spaceAfter=0),
        "value": ParagraphStyle("value", parent=body, fontName=FONT_BOLD, fontSize=10,
                                leading=13, spaceAfter=0),
        "secret": ParagraphStyle("secret", parent=body, fontName=FONT_MONO, fontSize=13,
                                 leading=17, spaceAfter=0),
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=10,
                                textColor=GREY, spaceAfter=0),
        "declaration": ParagraphStyle("declaration", parent=body, fontSize=9.5, leading=13,
                                      spaceAfter=2 * mm),
    }  # fmt: skip


def markup(value: str) -> str:
    """Escape a member's data for a reportlab Paragraph (names and passwords may hold & or <)."""
    return escape(value)


def recorded_operations(canvas: pdfcanvas.Canvas, draw: Callable[[], None]) -> str | None:
    """Draw, and return the PDF operations `draw` added to the page (None if they cannot be
    told apart), through the canvas's public `getCurrentPageContent`; `addLiteral` repeats them.

    Repeating them elsewhere in the same document draws the same thing relative to the current
    origin: the fonts they name are the document's (whatever the page). Record only drawings
    that need no page resource of their own (no link, image or transparency): the letterhead
    below, the repeated table cells of app/documents/cells.py."""
    before = canvas.getCurrentPageContent()
    draw()
    after = canvas.getCurrentPageContent()
    if not before:
        return after or None
    if len(after) > len(before) and after[len(before)] == "\n" and after.startswith(before):
        return after[len(before) + 1 :]
    return None


def _from_top(distance: float) -> float:
    return PAGE_HEIGHT - distance


def _draw_logo(c: pdfcanvas.Canvas, x: float, top: float, size: float) -> None:
    """The mutuality's mark: a teal rounded square with a white cross and a heart-shaped dot."""
    y = _from_top(top) - size
    c.setFillColor(TEAL)
    c.roundRect(x, y, size, size, size * 0.22, stroke=0, fill=1)
    c.setFillColor(colors.white)
    bar = size * 0.22
    c.roundRect(x + (size - bar) / 2, y + size * 0.18, bar, size * 0.64, bar * 0.3, stroke=0,
                fill=1)  # fmt: skip
    c.roundRect(x + size * 0.18, y + (size - bar) / 2, size * 0.64, bar, bar * 0.3, stroke=0,
                fill=1)  # fmt: skip
    c.setFillColor(colors.HexColor("#F2B134"))
    c.circle(x + size * 0.80, y + size * 0.80, size * 0.09, stroke=0, fill=1)


def _agency_lines(agency: Agency, language: str) -> list[str]:
    name = agency.name or text(language, "head_office")
    lines = [name, agency.street_and_number, f"{agency.postcode} {agency.town(language)}"]
    if agency.phone:
        lines.append(text(language, "phone", phone=agency.phone))
    return lines


def _draw_letterhead(c: pdfcanvas.Canvas, language: str, agency: Agency) -> None:
    c.saveState()
    _draw_logo(c, MARGIN_LEFT, 12 * mm, 15 * mm)
    c.setFillColor(TEAL)
    c.setFont(FONT_BOLD, 16)
    c.drawString(MARGIN_LEFT + 19 * mm, _from_top(19.5 * mm), text(language, "mutuality"))
    c.setFillColor(GREY)
    c.setFont(FONT, 8.5)
    c.drawString(MARGIN_LEFT + 19 * mm, _from_top(25 * mm), text(language, "tagline"))
    c.setFont(FONT, 7.5)
    right = PAGE_WIDTH - MARGIN_RIGHT
    for index, line in enumerate(_agency_lines(agency, language)):
        if index == 0:
            c.setFont(FONT_BOLD, 7.5)
        c.drawRightString(right, _from_top(14 * mm + index * 3.6 * mm), line)
        c.setFont(FONT, 7.5)
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.8)
    c.line(MARGIN_LEFT, _from_top(HEADER_RULE_TOP), right, _from_top(HEADER_RULE_TOP))
    c.restoreState()


def _draw_footer(c: pdfcanvas.Canvas, language: str, agency: Agency) -> None:
    c.saveState()
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.4)
    c.line(MARGIN_LEFT, 15 * mm, PAGE_WIDTH - MARGIN_RIGHT, 15 * mm)
    c.setFillColor(GREY)
    c.setFont(FONT, 7)
    head = HEAD_OFFICE
    c.drawString(
        MARGIN_LEFT,
        11 * mm,
        f"{text(language, 'mutuality')} · {head.street_and_number} · {head.postcode} "
        f"{head.town(language)}",
    )
    c.restoreState()


def _draw_window(c: pdfcanvas.Canvas, language: str, agency: Agency,
                 address: Sequence[str]) -> None:  # fmt: skip
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(FONT, 6.5)
    sender = (
        f"{text(language, 'mutuality')} · {agency.street_and_number} · {agency.postcode} "
        f"{agency.town(language)}"
    )
    x = WINDOW_LEFT + 5 * mm
    c.drawString(x, _from_top(RETURN_LINE_TOP), sender)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.3)
    width = min(pdfmetrics.stringWidth(sender, FONT, 6.5), WINDOW_WIDTH - 10 * mm)
    c.line(x, _from_top(RETURN_LINE_TOP + 1 * mm), x + width, _from_top(RETURN_LINE_TOP + 1 * mm))
    c.setFillColor(colors.black)
    c.setFont(FONT, 10.5)
    for index, line in enumerate(address):
        c.drawString(x, _from_top(ADDRESS_TOP + index * ADDRESS_LEADING), line)
    # Fold marks (thirds, for the DL envelope) and the punch mark, in the left margin.
    c.setStrokeColor(colors.HexColor("#999999"))
    for mark in FOLD_MARKS:
        c.line(5 * mm, _from_top(mark), 9 * mm, _from_top(mark))
    c.line(5 * mm, PAGE_HEIGHT / 2, 11 * mm, PAGE_HEIGHT / 2)
    c.restoreState()


def _numbered_canvas(language: str) -> type[pdfcanvas.Canvas]:
    """A canvas that keeps its pages until the end, then writes "page x / y" on each."""
    label = text(language, "page", page="{page}", pages="{pages}")

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):  # reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            pages = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self.setFillColor(GREY)
                self.setFont(FONT, 7.5)
                self.drawRightString(
                    PAGE_WIDTH - MARGIN_RIGHT,
                    11 * mm,
                    label.format(page=self._pageNumber, pages=pages),
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def render(
    story: list[Flowable],
    *,
    language: str,
    title: str,
    agency: Agency | None = None,
    address: Sequence[str] | None = None,
    dated_line: str | None = None,
) -> bytes:
    """Lay `story` out on A4 with the letterhead; return the PDF bytes.

    With `address` (a letter), the first page shows it in the envelope window and the body starts
    under `dated_line`; without it (a form), the body starts under the letterhead.
    """
    check_language(language)
    register_fonts()
    agency = agency or HEAD_OFFICE
    letter = address is not None
    first_top = FIRST_PAGE_BODY_TOP if letter else LATER_PAGE_BODY_TOP

    def frame(top: float, frame_id: str) -> Frame:
        return Frame(MARGIN_LEFT, BODY_BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - top - BODY_BOTTOM,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                     id=frame_id)  # fmt: skip

    # The letterhead and footer are the same on every page: drawn on the first, then their PDF
    # operations repeated (recorded_operations: they draw no image and no transparency, which
    # would need the page's own resources).
    furniture: list[str] = []

    def letterhead_and_footer(c: pdfcanvas.Canvas) -> None:
        if furniture:
            c.addLiteral(furniture[0])
            return

        def draw() -> None:
            _draw_letterhead(c, language, agency)
            _draw_footer(c, language, agency)

        operations = recorded_operations(c, draw)
        if operations is not None:
            furniture.append(operations)

    def first_page(c: pdfcanvas.Canvas, _doc) -> None:
        letterhead_and_footer(c)
        if letter:
            _draw_window(c, language, agency, address)
        if dated_line:
            c.saveState()
            c.setFont(FONT, 10)
            c.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, _from_top(DATE_LINE_TOP), dated_line)
            c.restoreState()

    def later_page(c: pdfcanvas.Canvas, _doc) -> None:
        letterhead_and_footer(c)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=text(language, "mutuality"),
        creator=text(language, "mutuality"),
        lang=language,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=LATER_PAGE_BODY_TOP,
        bottomMargin=BODY_BOTTOM,
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", [frame(first_top, "first")], onPage=first_page,
                         autoNextPageTemplate="later"),
            PageTemplate("later", [frame(LATER_PAGE_BODY_TOP, "later")], onPage=later_page),
        ]
    )  # fmt: skip
    doc.build(story, canvasmaker=_numbered_canvas(language))
    return buffer.getvalue()
