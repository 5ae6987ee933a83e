"""Table cells laid out once, for the long tables of the official receipt and the indemnity
statement (receipt.amount_table).

A platypus Table measures every cell of the rows left each time it splits over a page, and again
as it draws a page; a Paragraph breaks its lines anew each time, and reportlab runs its
pure-Python fallbacks here (no rl_accel). A long receipt spent most of its time there. These
cells break their lines once per width, draw plain text without the Paragraph machinery (with
the same lines, fonts, colours and baselines as a Paragraph of the style), and a cell repeated
in a document (a beneficiary, a label, a heading on each page: one flowable, from `Cells`) is
drawn once and its PDF operations repeated (layout.recorded_operations).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Flowable, Paragraph

from app.documents import layout
from app.documents.layout import markup

# Text a Paragraph would print as it is: words of no white space, soft hyphen or control
# character, one plain space apart (a Paragraph splits on white space and joins with one space).
_PLAIN_TEXT = re.compile(r"[^\s\u00ad\u200b\x00-\x1f\x7f]+(?: [^\s\u00ad\u200b\x00-\x1f\x7f]+)*")


def _replayable_frags(frags) -> bool:
    """Text whose drawing is PDF operations only: no link or image (page annotations and
    resources), no transparency (a graphics state resource)."""
    return all(
        not (getattr(frag, "link", None) or getattr(frag, "cbDefn", None))
        and getattr(getattr(frag, "textColor", None), "alpha", 1) == 1
        and getattr(getattr(frag, "backColor", None), "alpha", 1) == 1
        for frag in frags
    )


class _DrawnOnce:
    """A cell that stands in several places of a document (see Cells) draws itself once, and
    elsewhere repeats the PDF operations it drew then: the same text, fonts and colours, placed
    relative to the cell (platypus moves the origin to each cell before it draws it)."""

    replay = False  # set by Cells for a cell used more than once
    _recording: tuple[object, float, str] | None = None  # canvas, width, operations

    def _replayable(self) -> bool:
        raise NotImplementedError

    def _draw_or_replay(self, draw: Callable[[], None]) -> None:
        canvas = self.canv  # type: ignore[attr-defined]
        width = self.width  # type: ignore[attr-defined]
        recording = self._recording
        if recording is not None and recording[0] is canvas and _same_width(width, recording[1]):
            canvas.addLiteral(recording[2])
            return
        if not (self.replay and self._replayable()):
            draw()
            return
        operations = layout.recorded_operations(canvas, draw)
        if operations is not None:
            self._recording = (canvas, width, operations)


def _same_width(width: float, laid_out_for: float | None) -> bool:
    """The width a cell was laid out for, give or take the last bits of a float: the parts a
    table splits into give their columns widths that may differ from the whole table's in the
    last digit (1e-14 pt), which breaks no line differently."""
    return laid_out_for is not None and abs(width - laid_out_for) < 1e-6


class CellParagraph(_DrawnOnce, Paragraph):
    """A Paragraph (with markup) that breaks its lines once per width, however often a table
    asks. The same instance may stand in several cells of a column (a code and label printed on
    many lines): it is drawn once, then its drawing repeated."""

    _wrapped_width: float | None = None
    _wrapped_size: tuple[float, float] = (0, 0)

    def __init__(self, text: str, style: ParagraphStyle):
        super().__init__(text, style)
        self._plain_frags = _replayable_frags(self.frags)

    def wrap(self, availWidth, availHeight):  # reportlab's names
        if not _same_width(availWidth, self._wrapped_width):
            self._wrapped_size = super().wrap(availWidth, availHeight)
            self._wrapped_width = availWidth
        return self._wrapped_size

    def _replayable(self) -> bool:
        return self._plain_frags

    def draw(self):
        self._draw_or_replay(super().draw)


def _plain_style(style: ParagraphStyle) -> bool:
    """Whether a Paragraph of this style draws its lines as `_TextLines` does: left- or
    right-aligned, no indent, bullet, border, background, transform or hyphenation, fixed
    leading."""
    return (
        style.alignment in (TA_LEFT, TA_RIGHT)
        and not (style.leftIndent or style.rightIndent or style.firstLineIndent)
        and not (style.backColor or style.borderWidth or style.endDots or style.textTransform)
        and not (style.wordWrap or style.shaping or getattr(style, "bulletText", None))
        and not (style.hyphenationLang or style.embeddedHyphenation or style.uriWasteReduce)
        and getattr(style, "autoLeading", "") in ("", "off", None)
        and bool(rl_config.paraFontSizeHeightOffset)
    )


@functools.lru_cache(maxsize=32)
def _paragraph_font(font_name: str) -> str:
    """The font a Paragraph sets unmarked text of a style in (its font family's regular face)."""
    return Paragraph("x", ParagraphStyle("probe", fontName=font_name)).frags[0].fontName


def _moved(text, dx: float) -> None:
    if dx > 1e-6 or dx < -1e-6:  # as a Paragraph moves along a line (paragraph.setXPos)
        text.setXPos(dx)


class _TextLines:
    """A part's lines, drawn as a Paragraph of its style draws them (paragraph.py's drawPara
    and _leftDrawParaLine / _rightDrawParaLine): one text object, the first baseline a font size
    under the top; right-aligned, each line moved along by its extra space; a line a little over
    the width (the space shrinkage a Paragraph allows) drawn with tighter spaces."""

    def __init__(self, style: ParagraphStyle, font_name: str, color,
                 lines: list[tuple[float, list[str]]]):  # fmt: skip
        self.font_name = font_name
        self.font_size = style.fontSize
        self.leading = style.leading
        self.color = color
        self.right = style.alignment == TA_RIGHT
        self.lines = []  # (text, extra space, word spacing or 0)
        for extra_space, words in lines:
            line = " ".join(words)
            spaces = len(words) + line.count("\u00a0") - 1
            word_space = extra_space / spaces if extra_space <= -1e-8 and spaces > 0 else 0
            self.lines.append((line, extra_space, word_space))
        self.height = len(lines) * style.leading
        self.replayable = getattr(color, "alpha", 1) == 1

    def draw(self, canvas: pdfcanvas.Canvas, top: float) -> None:
        text = canvas.beginText(0, top - self.font_size)
        self.add_to(text, top, first=True)
        canvas.drawText(text)

    def add_to(self, text, top: float, *, first: bool = False) -> None:
        """Add the lines to a text object (several parts of a cell share one)."""
        if not first:
            text.setTextOrigin(0, top - self.font_size)
        text.setFillColor(self.color)
        text.setFont(self.font_name, self.font_size, self.leading)
        for line, extra_space, word_space in self.lines:
            if word_space:
                text.setWordSpace(word_space)
                text.textLine(line)
                text.setWordSpace(0)
            elif self.right:
                _moved(text, extra_space)
                text.textLine(line)
                _moved(text, -extra_space)
            else:
                text.textLine(line)


class _ParagraphPart:
    """A part a Paragraph draws itself (a style or text `_TextLines` does not reproduce)."""

    def __init__(self, paragraph: Paragraph, width: float):
        self.replayable = _replayable_frags(paragraph.frags)
        self.paragraph = paragraph
        self.height = paragraph.wrap(width, 0x7FFFFFFF)[1]

    def draw(self, canvas: pdfcanvas.Canvas, top: float) -> None:
        self.paragraph.drawOn(canvas, 0, top - self.height)


def _one_line(text: str, font: str, size: float, width: float) -> float | None:
    """The extra space of `text` set on one line `width` wide, measured as a Paragraph measures
    it word by word; None if it does not fit (a Paragraph would break it, or squeeze it)."""
    words = text.split(" ")
    space = pdfmetrics.stringWidth(" ", font, size)
    used = -space
    for word in words:
        used = used + space + pdfmetrics.stringWidth(word, font, size)
    return width - used if used <= width else None


def _layout_part(text: str, style: ParagraphStyle, width: float) -> _TextLines | _ParagraphPart:
    if not _plain_style(style) or width < rl_config._FUZZ:
        return _ParagraphPart(Paragraph(markup(text), style), width)
    if _PLAIN_TEXT.fullmatch(text):
        font = _paragraph_font(style.fontName)
        extra_space = _one_line(text, font, style.fontSize, width)
        if extra_space is not None:
            return _TextLines(style, font, style.textColor, [(extra_space, text.split(" "))])
    # Longer: a Paragraph of the style says where the lines break.
    paragraph = Paragraph(markup(text), style)
    paragraph.wrap(width, 0x7FFFFFFF)
    broken = paragraph.blPara
    if broken.kind != 0 or getattr(broken, "us_lines", None) or getattr(broken, "link", None):
        return _ParagraphPart(paragraph, width)
    return _TextLines(style, broken.fontName, broken.textColor, broken.lines)


class CellText(_DrawnOnce, Flowable):
    """Plain text (no markup: it is printed as given) in a table cell, in one or more parts one
    under the other, each in its paragraph style: what a list of Paragraphs in the cell shows,
    line for line, as one flowable laid out once per width. The text stays text in the PDF, in
    the order of the parts."""

    spaceBefore = 0
    spaceAfter = 0

    def __init__(self, *parts: tuple[str, ParagraphStyle]):
        super().__init__()
        if not parts:
            raise ValueError("a cell needs some text")
        self._parts = parts
        self._wrapped_width: float | None = None
        self._laid_out: list[_TextLines | _ParagraphPart] = []
        self._gaps: list[float] = []

    def wrap(self, availWidth, availHeight):  # reportlab's names
        if not _same_width(availWidth, self._wrapped_width):
            self._laid_out = [_layout_part(text, style, availWidth) for text, style in self._parts]
            # Between two parts, the first one's space after and the next one's space before.
            styles = [style for _text, style in self._parts]
            self._gaps = [above.spaceAfter + below.spaceBefore
                          for above, below in itertools.pairwise(styles)]  # fmt: skip
            self.width = availWidth
            self.height = sum(part.height for part in self._laid_out) + sum(self._gaps)
            self._wrapped_width = availWidth
        return self.width, self.height

    def _replayable(self) -> bool:
        return all(part.replayable for part in self._laid_out)

    def draw(self):
        self._draw_or_replay(self._draw_parts)

    def _draw_parts(self) -> None:
        canvas = self.canv
        top = self.height
        tops = []
        for index, part in enumerate(self._laid_out):
            tops.append(top)
            top -= part.height + (self._gaps[index] if index < len(self._gaps) else 0)
        if all(isinstance(part, _TextLines) for part in self._laid_out):
            # One text object for the cell (a date over the payment date).
            text = canvas.beginText(0, tops[0] - self._laid_out[0].font_size)
            for index, part in enumerate(self._laid_out):
                part.add_to(text, tops[index], first=index == 0)  # type: ignore[union-attr]
            canvas.drawText(text)
            return
        for part, part_top in zip(self._laid_out, tops, strict=True):
            part.draw(canvas, part_top)


class Cells:
    """The table cells of one document: the same text in the same style is one flowable there,
    laid out once (a receipt prints the same beneficiary, provider and label line after line).
    Made for one document and dropped after it: its cells are not for another document being
    made at the same time (a cell keeps its layout and its drawing while it draws)."""

    def __init__(self) -> None:
        self._made: dict[tuple, Flowable] = {}

    def text(self, *parts: tuple[str, ParagraphStyle], repeated: bool = False) -> CellText:
        """Plain text parts, one under the other (see CellText); `repeated` for a cell drawn
        again on each page (a heading of a table that runs over pages)."""
        key = ("text", *((text, id(style)) for text, style in parts))
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = CellText(*parts)
            made.replay = repeated
        else:
            made.replay = True
        return made  # type: ignore[return-value]

    def paragraph(self, marked_up: str, style: ParagraphStyle, *,
                  repeated: bool = False) -> CellParagraph:  # fmt: skip
        """A Paragraph of reportlab markup (escape the data in it with `markup`); `repeated`
        for a cell drawn again on each page (a heading of a table that runs over pages)."""
        key = ("paragraph", marked_up, id(style))
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = CellParagraph(marked_up, style)
            made.replay = repeated
        else:
            made.replay = True
        return made  # type: ignore[return-value]
