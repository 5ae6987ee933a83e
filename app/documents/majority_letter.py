"""The letter a dependant receives at majority about the holder's access (issue 19), with the
blocking form ("formulaire de blocage") enclosed as its second page.

Page 1, the letter: the dependant is now of age; their own e-Mut credentials come in a separate
letter (or they already have an account); the holder keeps seeing their file's data unless they
return the enclosed form signed; doing nothing keeps the access. Page 2, the form: the
dependant's name, national number and date of birth, the holder's name, the request, and empty
date and signature fields to fill in by hand (a paper form: a clerk registers it on its arrival,
app/services/queue.py `register_blocking_form`). No password, and nothing medical: the file's
data is named by its kinds (reimbursements, payments, documents).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.documents import layout
from app.documents.layout import GREY, TEAL, TEXT_WIDTH, Agency, markup
from app.documents.letters import Recipient
from app.documents.receipt import key_values
from app.documents.texts import check_language, long_date
from app.documents.texts.majority import text
from app.domain.niss import Niss

__all__ = ["HolderAccess", "holder_access_letter"]

SIGNATURE_HEIGHT = 28 * mm
DATE_WIDTH = 55 * mm


@dataclass(frozen=True)
class HolderAccess:
    """Whom the letter is about: the dependant (the recipient) and their holder."""

    dependant_name: str
    dependant_niss: str
    dependant_birth_date: dt.date
    holder_name: str
    majority_on: dt.date  # the day they came of age
    majority_age: int
    account_sent: bool  # True: their credentials letter comes separately; False: they had one


def holder_access_letter(
    recipient: Recipient,
    about: HolderAccess,
    *,
    language: str,
    dated: dt.date,
    agency: Agency | None = None,
) -> bytes:
    """The letter and its blocking form in `language`, as PDF bytes (two pages).

    Raises InvalidNiss or UnsupportedLanguage."""
    check_language(language)
    niss = Niss.parse(about.dependant_niss).formatted()
    agency = agency or layout.HEAD_OFFICE
    style = layout.styles()

    def t(key: str, **values: object) -> str:
        return text(language, key, **{k: markup(str(v)) for k, v in values.items()})

    holder = f"<b>{markup(about.holder_name)}</b>"
    account = "access_account_sent" if about.account_sent else "access_account_exists"
    letter: list[Flowable] = [
        Paragraph(t("access_title"), style["title"]),
        Paragraph(t("salutation"), style["body"]),
        Paragraph(
            t("access_of_age", date=long_date(about.majority_on, language),
              age=about.majority_age),
            style["body"],
        ),
        Paragraph(t(account), style["body"]),
        Paragraph(text(language, "access_holder", holder=holder), style["body"]),
        Paragraph(t("access_keep"), style["body"]),
        Paragraph(t("access_block"), style["body"]),
        Paragraph(t("access_any_time"), style["body"]),
        Paragraph(t("access_questions"), style["body"]),
        Spacer(1, 2 * mm),
        KeepTogether(
            [
                Paragraph(t("closing"), style["body"]),
                Spacer(1, 4 * mm),
                Paragraph(t("signatory"), style["body"]),
                Spacer(1, 4 * mm),
                Paragraph(t("access_enclosure"), style["small"]),
            ]
        ),
    ]  # fmt: skip
    form: list[Flowable] = [
        PageBreak(),
        Paragraph(t("blocking_title"), style["form_title"]),
        Paragraph(t("blocking_subtitle"), style["subtitle"]),
        Paragraph(t("blocking_section_dependant"), style["section"]),
        key_values(
            [
                (text(language, "blocking_name"), markup(about.dependant_name)),
                (text(language, "niss"), niss),
                (text(language, "birth_date"),
                 markup(long_date(about.dependant_birth_date, language))),
            ],
            style,
        ),
        Paragraph(t("blocking_section_holder"), style["section"]),
        key_values([(text(language, "blocking_name"), markup(about.holder_name))], style),
        Paragraph(t("blocking_section_request"), style["section"]),
        Paragraph(t("blocking_request"), style["declaration"]),
        KeepTogether(
            [
                Spacer(1, 3 * mm),
                _date_and_signature(t("blocking_date"), t("blocking_signature"), style),
                Spacer(1, 5 * mm),
                Paragraph(t("blocking_return", address=_address(agency, language)),
                          style["body"]),
                Paragraph(t("privacy"), style["small"]),
            ]
        ),
    ]  # fmt: skip
    return layout.render(
        [*letter, *form],
        language=language,
        title=text(language, "access_title"),
        agency=agency,
        address=recipient.address_lines(language),
        dated_line=layout.date_line(agency, dated, language),
    )


def _address(agency: Agency, language: str) -> str:
    return f"{agency.street_and_number}, {agency.postcode} {agency.town(language)}"


def _date_and_signature(date_label: str, signature_label: str, style: dict) -> Table:
    """Two empty boxes under their labels: the date, and the dependant's signature."""
    table = Table(
        [
            [Paragraph(date_label, style["label"]), "", Paragraph(signature_label, style["label"])],
            ["", "", ""],
        ],
        colWidths=[DATE_WIDTH, 8 * mm, TEXT_WIDTH - DATE_WIDTH - 8 * mm],
        rowHeights=[None, SIGNATURE_HEIGHT],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 1), (0, 1), 0.6, GREY),
                ("BOX", (2, 1), (2, 1), 0.6, GREY),
                ("LINEABOVE", (0, 1), (0, 1), 1.2, TEAL),
                ("LINEABOVE", (2, 1), (2, 1), 1.2, TEAL),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1.5 * mm),
            ]
        )
    )
    return table
