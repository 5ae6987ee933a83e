"""Reading back what a PDF shows (pypdf): the text of each page, and where each piece of text is."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader

MM = 72 / 25.4
PAGE_HEIGHT_MM = 297


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


@dataclass(frozen=True)
class Placed:
    """A piece of text and where its baseline starts, in mm from the page's left and top."""

    text: str
    left_mm: float
    top_mm: float


def placed_texts(pdf: bytes, page_index: int = 0) -> list[Placed]:
    page = PdfReader(io.BytesIO(pdf)).pages[page_index]
    found: list[Placed] = []

    def visit(text, cm, tm, _font_dict, _font_size):
        if not text.strip():
            return
        # Text position = text matrix, then the current transformation matrix.
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        found.append(Placed(text.strip(), x / MM, PAGE_HEIGHT_MM - y / MM))

    page.extract_text(visitor_text=visit)
    return found


def find(placed: list[Placed], text: str) -> Placed:
    matches = [item for item in placed if text in item.text]
    assert matches, f"{text!r} not on the page: {[item.text for item in placed]}"
    return matches[0]
