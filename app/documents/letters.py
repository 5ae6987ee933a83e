"""The letters sent by post: a new online account's credentials, a new password, and batches.

Both letters carry a secret (the initial or the new password): the bytes returned are meant for
the printer or the mail room, never for a log or a database. The username printed is the
national number in the form of the eID card (YY.MM.DD-SSS.CC).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import PdfFileWriter
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.documents import layout
from app.documents.layout import LIGHT, TEAL, TEXT_WIDTH, Agency, markup
from app.documents.texts import check_language, country_name, text
from app.domain.niss import Niss


@dataclass(frozen=True)
class Recipient:
    """Who a letter goes to, as the address block prints it."""

    full_name: str
    street_and_number: str
    postcode: str
    municipality: str
    box: str | None = None
    country: str = "BE"

    def address_lines(self, language: str) -> list[str]:
        """The lines of the window, in bpost's order; the country only for mail abroad."""
        street = self.street_and_number
        if self.box:
            street = f"{street} {text(language, 'box')} {self.box}"
        lines = [self.full_name, street, f"{self.postcode} {self.municipality}"]
        if self.country.upper() != "BE":
            lines.append(country_name(self.country, language).upper())
        return lines


def credentials_letter(
    recipient: Recipient,
    *,
    username: str,
    initial_password: str,
    language: str,
    dated: dt.date,
    agency: Agency | None = None,
) -> bytes:
    """The letter that brings a new e-Mut account's username and initial password (PDF bytes).

    `username` is the member's national number in any written form (InvalidNiss otherwise).
    """
    return _password_letter(
        recipient,
        username=username,
        password=initial_password,
        language=language,
        dated=dated,
        agency=agency,
        keys=("credentials_title", "credentials_intro", "initial_password_label",
              "change_at_first_login"),
    )  # fmt: skip


def new_password_letter(
    recipient: Recipient,
    *,
    username: str,
    new_password: str,
    language: str,
    dated: dt.date,
    agency: Agency | None = None,
) -> bytes:
    """The letter that brings a new password after "forgot my password" (PDF bytes)."""
    return _password_letter(
        recipient,
        username=username,
        password=new_password,
        language=language,
        dated=dated,
        agency=agency,
        keys=("new_password_title", "new_password_intro", "new_password_label",
              "change_at_next_login"),
    )  # fmt: skip


def _password_letter(
    recipient: Recipient,
    *,
    username: str,
    password: str,
    language: str,
    dated: dt.date,
    agency: Agency | None,
    keys: tuple[str, str, str, str],
) -> bytes:
    check_language(language)
    title_key, intro_key, password_key, change_key = keys
    niss = Niss.parse(username).formatted()
    agency = agency or layout.HEAD_OFFICE
    style = layout.styles()

    def t(key: str) -> str:
        return markup(text(language, key))

    story: list[Flowable] = [
        Paragraph(t(title_key), style["title"]),
        Paragraph(t("salutation"), style["body"]),
        Paragraph(t(intro_key), style["body"]),
        _credentials_box(
            [
                (text(language, "username_label"), niss, style["value"]),
                (text(language, password_key), password, style["secret"]),
            ],
            style,
        ),
        Spacer(1, 4 * mm),
        Paragraph(t(change_key), style["body"]),
        Paragraph(t("where_to_log_in"), style["body"]),
        Paragraph(f"<b>{t('confidential')}</b>", style["body"]),
        Paragraph(t("not_you"), style["body"]),
        Spacer(1, 2 * mm),
        KeepTogether(
            [
                Paragraph(t("closing"), style["body"]),
                Spacer(1, 4 * mm),
                Paragraph(t("signatory"), style["body"]),
            ]
        ),
    ]
    return layout.render(
        story,
        language=language,
        title=text(language, title_key),
        agency=agency,
        address=recipient.address_lines(language),
        dated_line=layout.date_line(agency, dated, language),
    )


def _credentials_box(rows: list[tuple[str, str, object]], style: dict) -> Table:
    """Username and password, each under its label, in a tinted box that is easy to find."""
    cells = [
        [[Paragraph(markup(label), style["label"]), Paragraph(markup(value), value_style)]]
        for label, value, value_style in rows
    ]
    table = Table(cells, colWidths=[TEXT_WIDTH - 30 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, TEAL),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ]
        )
    )
    return table


def batch(letters: list[bytes]) -> bytes:
    """One PDF holding every page of `letters`, in order (a day's letters for the mail room).

    Made with pyHanko's own PDF reader and writer (pypdf is a test-only dependency): each
    letter's page tree is copied whole and hung under the new document's root page node, so
    resources and page attributes inherited inside each letter stay where they were.
    """
    if not letters:
        raise ValueError("a batch needs at least one letter")
    writer = PdfFileWriter()
    root_pages_ref = writer.root.raw_get("/Pages")
    root_pages = root_pages_ref.get_object()
    kids = root_pages["/Kids"]
    total = 0
    for pdf in letters:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        source_pages = reader.root.raw_get("/Pages")
        imported = writer.import_object(source_pages)
        node = imported.get_object()
        node["/Parent"] = root_pages_ref
        kids.append(imported)
        total += int(node["/Count"])
    root_pages["/Count"] = generic.NumberObject(total)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
