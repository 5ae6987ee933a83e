"""The bank-account change form a member signs at the terminal with the eID card.

It names the member (name, national number, affiliation number), the account on file masked
down to its last four characters (the paper lands in "My documents" and may be printed: the
whole old number is not needed to recognise it), the new IBAN in groups of four with its bank
when the bank code is known, and the member's request that the mutuality pay to that account
from now on. Like the affiliation form, it carries an empty signature field "Signature1"
(`SIGNATURE_FIELD`) over the box printed under "Signature", which
`app.documents.signing.sign_pdf_with_card` fills with the card's Signature key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.documents import layout
from app.documents.forms import (
    SIGNATURE_BOX_WIDTH,
    SIGNATURE_FIELD,
    SignatureBox,
    add_signature_field,
)
from app.documents.layout import FONT_MONO, TEXT_WIDTH, markup
from app.documents.receipt import key_values
from app.documents.texts import check_language, long_date, text
from app.domain.iban import Iban
from app.domain.niss import Niss

__all__ = ["SIGNATURE_FIELD", "BankChangeData", "bank_change_form", "masked_account"]

MASK = "\u2022"  # •, in DejaVu Sans
SHOWN_AT_END = 4


@dataclass(frozen=True)
class BankChangeData:
    """Who asks, the account on file (None: none yet), the new one, and the day of signing."""

    member_name: str
    member_niss: str
    affiliation_number: str
    current_iban: str | None
    new_iban: str
    bank_name: str | None  # the new account's bank, when its code is known
    signed_on: dt.date


def _groups_of_four(compact: str) -> str:
    return " ".join(compact[index : index + 4] for index in range(0, len(compact), 4))


def masked_account(account: str) -> str:
    """The account with every character but the country code and the last four hidden.

    "BE71 0961 2345 6769" → "BE•• •••• •••• 6769". Whatever is on file is masked as it is,
    valid or not: an old account is shown, never checked.
    """
    compact = "".join(account.split()).upper()
    if len(compact) <= SHOWN_AT_END + 2:
        return MASK * len(compact)
    hidden = len(compact) - 2 - SHOWN_AT_END
    return _groups_of_four(compact[:2] + MASK * hidden + compact[-SHOWN_AT_END:])


def bank_change_form(data: BankChangeData, *, language: str) -> bytes:
    """The form in `language`, as PDF bytes with an empty "Signature1" field in its box.

    Raises InvalidNiss, InvalidIban (the new account) or UnsupportedLanguage.
    """
    check_language(language)
    niss = Niss.parse(data.member_niss)
    new = Iban.parse(data.new_iban)
    style = layout.styles()

    def t(key: str, **values: object) -> str:
        return markup(text(language, key, **values))

    member = [
        (text(language, "member"), markup(data.member_name)),
        (text(language, "niss"), niss.formatted()),
        (text(language, "affiliation_number"), markup(data.affiliation_number)),
    ]
    if data.current_iban:
        current = f"<font name='{FONT_MONO}'>{markup(masked_account(data.current_iban))}</font>"
    else:
        current = f"<font color='#777777'>{t('bank_no_current_account')}</font>"
    account = [
        (text(language, "bank_current_account"), current),
        (text(language, "bank_new_account"), f"<font name='{FONT_MONO}' size='12'>"
                                             f"{new.formatted()}</font>"),
    ]  # fmt: skip
    bank = " · ".join(part for part in (data.bank_name, new.bic and f"BIC {new.bic}") if part)
    if bank:
        account.append((text(language, "bank_name"), markup(bank)))

    signature_box = SignatureBox(t("signature"), t("signature_hint"))
    story: list[Flowable] = [
        Paragraph(t("bank_title"), style["form_title"]),
        Paragraph(t("form_subtitle"), style["subtitle"]),
        Paragraph(t("bank_section_member"), style["section"]),
        key_values(member, style),
        Paragraph(t("bank_section_account"), style["section"]),
        key_values(account, style),
        Paragraph(t("bank_section_request"), style["section"]),
        Paragraph(t("bank_request"), style["declaration"]),
        KeepTogether(
            [
                Spacer(1, 4 * mm),
                Table(
                    [[Paragraph(t("signed_on", date=long_date(data.signed_on, language)),
                                style["body"]),
                      signature_box]],
                    colWidths=[TEXT_WIDTH - SIGNATURE_BOX_WIDTH, SIGNATURE_BOX_WIDTH],
                    style=TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
                ),
                Spacer(1, 6 * mm),
                Paragraph(t("privacy"), style["small"]),
            ]
        ),
    ]  # fmt: skip
    pdf = layout.render(story, language=language, title=text(language, "bank_title"))
    return add_signature_field(pdf, signature_box)
