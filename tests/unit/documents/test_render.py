"""PDF pages rendered to pixels for the viewer and Qt printing: the documents Guichet makes,
their page count, a page at the width asked, in bytes a QImage wraps as they are."""

from __future__ import annotations

import datetime as dt
import io
import threading

import pytest
from pypdf import PdfReader, PdfWriter

from app.documents.letters import Recipient, batch, credentials_letter
from app.documents.render import (
    DocumentError,
    NotAPdf,
    PasswordProtected,
    PdfDocument,
    PixelOrder,
    page_count,
)

A4_RATIO = 297 / 210
WHITE = (255, 255, 255, 255)


def _letter(name: str = "Geneviève Dupont-Müller") -> bytes:
    return credentials_letter(
        Recipient(name, "Rue de la Senne 32", "1000", "Bruxelles"),
        username="85073003328",
        initial_password="Kx7#pQ&<2m",
        language="fr",
        dated=dt.date(2026, 11, 25),
    )


def render_page(pdf: bytes, index: int, width: int, **options):
    """A page as the viewer draws it: through an open PdfDocument."""
    with PdfDocument(pdf) as document:
        return document.render(index, width, **options)


@pytest.fixture(scope="module")
def letter() -> bytes:
    return _letter()


def pixel(page, x: int, y: int) -> tuple[int, int, int, int]:
    start = y * page.stride + x * 4
    return tuple(page.data[start : start + 4])


def test_the_page_count_is_the_documents(letter):
    two_letters = batch([letter, _letter("Jan Peeters")])
    assert page_count(letter) == len(PdfReader(io.BytesIO(letter)).pages)
    assert page_count(two_letters) == 2 * page_count(letter)


def test_a_page_renders_at_the_width_asked_with_the_height_in_proportion(letter):
    for width in (300, 595, 800, 1241):
        page = render_page(letter, 0, width)
        assert page.width == width
        assert page.height == pytest.approx(width * A4_RATIO, abs=1)
        assert page.stride >= 4 * width
        assert len(page.data) == page.stride * page.height


def test_the_page_is_drawn_on_white(letter):
    page = render_page(letter, 0, 600)
    assert pixel(page, 1, page.height - 2) == WHITE
    dark = sum(
        1
        for y in range(0, page.height, 3)
        for x in range(0, page.width, 3)
        if max(pixel(page, x, y)[:3]) < 100
    )
    assert dark > 200  # the letterhead and the text


def test_rgba_and_bgra_differ_only_by_red_and_blue(letter):
    rgba = render_page(letter, 0, 400, order=PixelOrder.RGBA)
    bgra = render_page(letter, 0, 400, order=PixelOrder.BGRA)
    assert (rgba.width, rgba.height, rgba.stride) == (bgra.width, bgra.height, bgra.stride)
    assert rgba.data[0::4] == bgra.data[2::4]
    assert rgba.data[1::4] == bgra.data[1::4]
    assert rgba.data[2::4] == bgra.data[0::4]
    assert rgba.data[0::4] != rgba.data[2::4]  # the letterhead's teal is not grey


def test_qt_wraps_the_bytes_in_a_qimage_without_conversion(letter):
    from PySide6.QtGui import QImage

    page = render_page(letter, 0, 500)
    image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGBA8888)
    for x, y in [(0, 0), (120, 60), (250, 300), (499, page.height - 1)]:
        colour = image.pixelColor(x, y)
        assert (colour.red(), colour.green(), colour.blue(), colour.alpha()) == pixel(page, x, y)


def test_an_open_document_renders_several_pages_of_a4(letter):
    two_letters = batch([letter, _letter("Jan Peeters")])
    with PdfDocument(two_letters) as document:
        pages = [document.render(i, 200) for i in range(document.page_count)]
    assert len(pages) == 2 and pages[0].data != pages[1].data
    assert all(page.height == pytest.approx(200 * A4_RATIO, abs=1) for page in pages)


def test_pages_render_from_several_threads_at_once(letter):
    failures: list[BaseException] = []

    def worker():
        try:
            assert render_page(letter, 0, 300).width == 300
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert failures == []


@pytest.mark.parametrize(
    "data",
    [b"", b"Hello, this is text", b"\x89PNG\r\n\x1a\n" + bytes(64), b"%PDF-1.7\n%garbage\n"],
)
def test_bytes_that_are_not_a_pdf_are_refused(data):
    with pytest.raises(NotAPdf):
        page_count(data)
    with pytest.raises(DocumentError):
        render_page(data, 0, 100)


def test_a_pdf_behind_a_password_is_refused(letter):
    writer = PdfWriter(clone_from=io.BytesIO(letter))
    writer.encrypt(user_password="secret", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(PasswordProtected):
        page_count(buffer.getvalue())


def test_a_page_or_width_out_of_range_is_a_programming_error(letter):
    with pytest.raises(IndexError):
        render_page(letter, page_count(letter), 100)
    with pytest.raises(ValueError, match="width"):
        render_page(letter, 0, 0)
