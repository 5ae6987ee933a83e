"""PDF pages as pixels (PDFium through pypdfium2): the on-screen viewer and Qt printing draw these.

A rendered page is plain bytes that a QImage wraps as it is, without Pillow:

    with PdfDocument(pdf) as document:
        page = document.render(0, width=900)
    image = QImage(page.data, page.width, page.height, page.stride,
                   QImage.Format.Format_RGBA8888).copy()

(RGBA8888 is the same on every CPU; PixelOrder.BGRA is QImage.Format_ARGB32 on little-endian
machines.) `.copy()` lets the QImage own its pixels; without it, keep `page` alive while the
image is used. Pages are drawn on opaque white, so premultiplied or not makes no difference.

PDFium is not thread-safe: every call into it here takes one lock, so pages may be rendered
from any worker thread, one at a time.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

_PDFIUM = threading.RLock()
MAX_WIDTH = 20_000


class DocumentError(Exception):
    """The document cannot be shown or printed; the message says why (never its content)."""


class NotAPdf(DocumentError):
    """The bytes are not a PDF, or a PDF too damaged to open."""


class PasswordProtected(DocumentError):
    """The PDF is encrypted with a password."""


class PixelOrder(StrEnum):
    RGBA = "RGBA"  # QImage.Format_RGBA8888
    BGRA = "BGRA"  # QImage.Format_ARGB32 on little-endian machines


@dataclass(frozen=True)
class PageImage:
    """One rendered page: `height` rows of `stride` bytes, 4 bytes a pixel in `order`."""

    width: int
    height: int
    stride: int
    data: bytes
    order: PixelOrder = PixelOrder.RGBA


class PdfDocument:
    """An open PDF: its page count and sizes, and its pages rendered at a given width."""

    def __init__(self, pdf: bytes):
        if not isinstance(pdf, bytes | bytearray | memoryview):
            raise TypeError("a PDF document is given as bytes")
        if b"%PDF-" not in bytes(pdf[:1024]):
            raise NotAPdf("the document is not a PDF")
        with _PDFIUM:
            try:
                self._pdf = pdfium.PdfDocument(bytes(pdf))
            except pdfium.PdfiumError as exc:
                raise _document_error(exc) from exc
            try:
                self._pdf.init_forms()  # draw form fields and signature stamps as filled in
                self._count = len(self._pdf)
            except Exception:
                self._pdf.close()
                raise
        if self._count < 1:
            self.close()
            raise NotAPdf("the PDF has no page")

    @property
    def page_count(self) -> int:
        return self._count

    def render(self, index: int, width: int, *, order: PixelOrder = PixelOrder.RGBA) -> PageImage:
        """Page `index` (from 0) drawn `width` pixels wide, its height in proportion."""
        self._check_index(index)
        if not 1 <= width <= MAX_WIDTH:
            raise ValueError(f"width must be between 1 and {MAX_WIDTH} pixels, not {width}")
        with _PDFIUM:
            page = self._pdf[index]
            try:
                page_width = page.get_width()
                # PDFium sizes the bitmap as ceil(points × scale): stay a hair under `width`.
                scale = (width - 1e-6) / page_width
                bitmap = page.render(
                    scale=scale,
                    fill_color=(255, 255, 255, 255),
                    force_bitmap_format=pdfium_c.FPDFBitmap_BGRA,
                    rev_byteorder=order is PixelOrder.RGBA,
                    may_draw_forms=True,
                )
                try:
                    return PageImage(
                        width=bitmap.width,
                        height=bitmap.height,
                        stride=bitmap.stride,
                        data=bytes(bitmap.buffer),
                        order=order,
                    )
                finally:
                    bitmap.close()
            finally:
                page.close()

    def text(self) -> str:
        """The text of every page, pages apart by a form feed (what a form says, to check it)."""
        pages = []
        with _PDFIUM:
            for index in range(self._count):
                page = self._pdf[index]
                try:
                    textpage = page.get_textpage()
                    try:
                        pages.append(textpage.get_text_range())
                    finally:
                        textpage.close()
                finally:
                    page.close()
        return "\f".join(pages)

    def close(self) -> None:
        with _PDFIUM:
            self._pdf.close()

    def __enter__(self) -> PdfDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_index(self, index: int) -> None:
        if not 0 <= index < self._count:
            raise IndexError(f"page {index} of a document of {self._count} pages")


def _document_error(exc: pdfium.PdfiumError) -> DocumentError:
    code = getattr(exc, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return PasswordProtected("the PDF is protected by a password")
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return DocumentError("the PDF uses an unsupported security handler")
    return NotAPdf("the document is not a PDF, or is damaged")


def page_count(pdf: bytes) -> int:
    """The number of pages of a PDF (NotAPdf, PasswordProtected otherwise)."""
    with PdfDocument(pdf) as document:
        return document.page_count


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF's pages (NotAPdf, PasswordProtected otherwise)."""
    with PdfDocument(pdf) as document:
        return document.text()


def concatenate(pdfs: Sequence[bytes]) -> bytes:
    """One PDF of several, their pages in order (the letters of a day, printed as one job)."""
    if not pdfs:
        raise ValueError("nothing to put together")
    with _PDFIUM:
        merged = pdfium.PdfDocument.new()
        try:
            for pdf in pdfs:
                try:
                    source = pdfium.PdfDocument(bytes(pdf))
                except pdfium.PdfiumError as exc:
                    raise _document_error(exc) from exc
                try:
                    merged.import_pages(source)
                finally:
                    source.close()
            buffer = io.BytesIO()
            merged.save(buffer)
            return buffer.getvalue()
        finally:
            merged.close()
