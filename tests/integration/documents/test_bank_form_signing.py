"""The bank-account change form signed with the eID card's Signature key (SoftHSM2 standing in
for the card): the signature lands in the form's box, and the signed PDF checks out."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from app.documents.bank_form import SIGNATURE_FIELD, BankChangeData, bank_change_form
from app.documents.signing import check_signed_pdf, sign_pdf_with_card
from devices.pkcs11 import SOFTHSM_MODULE
from tests.support.cards import ALICE_17, JAN_18

NATIONAL_NUMBERS = {ALICE_17: "85073003427", JAN_18: "78031215181"}


def _form(national_number: str) -> bytes:
    return bank_change_form(
        BankChangeData(
            member_name="Alice Dupont",
            member_niss=national_number,
            affiliation_number="312-0045678-90",
            current_iban="BE68539007547034",
            new_iban="BE71 0961 2345 6769",
            bank_name="BELFIUS BANQUE",
            signed_on=dt.date(2026, 11, 25),
        ),
        language="fr",
    )


@pytest.mark.parametrize("profile", [ALICE_17, JAN_18])
def test_the_bank_form_signed_with_the_card_is_intact_valid_trusted_and_names_the_signer(
    card_token, pki, profile
):
    card = card_token(profile)
    form = _form(NATIONAL_NUMBERS[profile])
    signed = sign_pdf_with_card(
        form,
        pin=card.pin,
        module=SOFTHSM_MODULE,
        reason="Changement de compte bancaire",
        location="Bruxelles",
    )
    check = check_signed_pdf(signed, pki.roots)
    assert check.ok
    assert check.signer_national_number == NATIONAL_NUMBERS[profile]
    # The visible signature fills the box the form printed, and the text is still the form's.
    box = PdfReader(io.BytesIO(form)).get_fields()[SIGNATURE_FIELD]
    reader = PdfReader(io.BytesIO(signed))
    widget = reader.get_fields()[SIGNATURE_FIELD].indirect_reference.get_object()
    assert "/AP" in widget
    assert [round(float(v)) for v in widget["/Rect"]] == [
        round(float(v)) for v in box.indirect_reference.get_object()["/Rect"]
    ]
    assert "BE71 0961 2345 6769" in reader.pages[0].extract_text()
    assert not check_signed_pdf(form, pki.roots).ok  # the unsigned form is not signed
