"""Signing the affiliation form with the eID card's Signature key (SoftHSM2 standing in for the
card), and checking signed PDFs: intact, valid, trusted, and whose national number."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re

import pkcs11
import pytest
from pkcs11 import Mechanism, ObjectClass
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pypdf import PdfReader

from app.documents.forms import SIGNATURE_FIELD, AffiliationFormData, affiliation_form
from app.documents.letters import Recipient, credentials_letter
from app.documents.signing import (
    NOT_SIGNED,
    InvalidDocument,
    check_signed_pdf,
    sign_pdf_with_card,
)
from devices.errors import PinFormatError, PinIncorrect, Pkcs11Error
from devices.pkcs11 import SOFTHSM_MODULE
from devices.simulated.pki import TestPki
from tests.support.cards import ALICE_17, JAN_18

NATIONAL_NUMBERS = {ALICE_17: "85073003427", JAN_18: "78031215181"}


def _form(national_number: str = "85073003427") -> bytes:
    return affiliation_form(
        AffiliationFormData(
            national_number=national_number,
            surname="Dupont",
            first_names="Alice Marie",
            birth_date=dt.date(1985, 7, 30),
            sex="F",
            nationality="belge",
            street_and_number="Rue de la Loi 16",
            postcode="1000",
            municipality="Bruxelles",
            language="fr",
            role="holder",
            holder_national_number=None,
            previous_mutuality="Solidaris (306)",
            effective_on=dt.date(2027, 1, 1),
            signed_on=dt.date(2026, 11, 25),
        ),
        language="fr",
    )


def _sign(pdf: bytes, pin: str, **options) -> bytes:
    return sign_pdf_with_card(
        pdf,
        pin=pin,
        module=SOFTHSM_MODULE,
        reason="Demande d'affiliation",
        location="Bruxelles",
        **options,
    )


@pytest.mark.parametrize("profile", [ALICE_17, JAN_18])
def test_a_form_signed_with_the_card_is_intact_valid_trusted_and_names_the_signer(
    card_token, pki, profile
):
    card = card_token(profile)
    before = dt.datetime.now(dt.UTC)
    signed = _sign(_form(), card.pin)
    check = check_signed_pdf(signed, pki.roots)
    assert (check.intact, check.valid, check.trusted) == (True, True, True)
    assert check.signer_national_number == NATIONAL_NUMBERS[profile]
    assert check.signer_common_name in ("Alice Dupont (Signature)", "Jan Peeters (Signature)")
    assert check.signed_at is not None
    assert before - dt.timedelta(seconds=5) <= check.signed_at <= dt.datetime.now(dt.UTC)


@pytest.mark.parametrize("profile", [ALICE_17, JAN_18])
def test_the_signature_uses_the_card_algorithm(card_token, profile):
    card = card_token(profile)
    signed = _sign(_form(), card.pin)
    reader = PdfReader(io.BytesIO(signed))
    value = reader.get_fields()[SIGNATURE_FIELD].value
    contents = bytes(value["/Contents"])
    # RSA-2048 / SHA-256 (1.7) and ECDSA / SHA-384 (1.8): the OIDs in the CMS SignerInfo.
    if profile == ALICE_17:
        assert bytes.fromhex("2a864886f70d010101") in contents  # rsaEncryption
        assert bytes.fromhex("608648016503040201") in contents  # sha256
    else:
        assert bytes.fromhex("2a8648ce3d0403") in contents  # ecdsa-with-SHA*
        assert bytes.fromhex("608648016503040202") in contents  # sha384


def test_the_visible_signature_lands_in_the_signature_box_of_the_form(card_token):
    card = card_token(ALICE_17)
    form = _form()
    box = PdfReader(io.BytesIO(form)).get_fields()[SIGNATURE_FIELD]
    signed = _sign(form, card.pin)
    reader = PdfReader(io.BytesIO(signed))
    widgets = [
        annotation.get_object()
        for annotation in reader.pages[0].get("/Annots", [])
        if annotation.get_object().get("/T") == SIGNATURE_FIELD
    ]
    assert len(widgets) == 1
    assert [round(float(v)) for v in widgets[0]["/Rect"]] == [
        round(float(v)) for v in box.indirect_reference.get_object()["/Rect"]
    ]
    assert "/AP" in widgets[0]  # drawn: the stamp shows who signed, why, where and when
    assert widgets[0]["/V"].get_object()["/Name"] == "Alice Dupont"


@pytest.mark.parametrize("profile", [ALICE_17, JAN_18])
def test_a_signature_key_that_wants_the_pin_before_every_signature_still_signs(
    card_token, pki, profile
):
    card = card_token(profile, pin_before_every_signature=True)
    token = pkcs11.lib(SOFTHSM_MODULE).get_token(token_label="BELPIC")
    with token.open(user_pin=card.pin) as session:  # the token really insists on it
        key = session.get_key(ObjectClass.PRIVATE_KEY, label="Signature")
        with pytest.raises(pkcs11.UserNotLoggedIn):
            key.sign(bytes(48), mechanism=Mechanism.ECDSA if profile == JAN_18 else
                     Mechanism.SHA256_RSA_PKCS)  # fmt: skip
    signed = _sign(_form(), card.pin)
    assert check_signed_pdf(signed, pki.roots).ok


def test_a_wrong_pin_is_pin_incorrect_and_the_token_still_signs_with_the_right_pin(card_token, pki):
    card = card_token(JAN_18)
    with pytest.raises(PinIncorrect) as wrong:
        _sign(_form(), "0000")
    assert wrong.value.tries_left is None
    assert "0000" not in str(wrong.value)
    signed = _sign(_form(), card.pin)
    assert check_signed_pdf(signed, pki.roots).valid


def test_the_pin_never_reaches_the_log(card_token, pki, caplog):
    card = card_token(JAN_18)  # PIN 4321
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(PinIncorrect):
            _sign(_form(), "98765")
        signed = _sign(_form(), card.pin)
        check_signed_pdf(signed, pki.roots)
    assert caplog.records  # pyHanko did log at DEBUG: the check below looked at something
    assert not re.search(rf"\b({card.pin}|98765)\b", caplog.text)


def test_a_pin_that_is_not_4_to_12_digits_is_refused_before_the_token(card_token):
    card_token(ALICE_17)
    with pytest.raises(PinFormatError):
        _sign(_form(), "12a4")


def test_a_pdf_changed_after_signing_is_not_intact(card_token, pki):
    card = card_token(ALICE_17)
    signed = _sign(_form(), card.pin)
    at = signed.index(b"/CreationDate (D:") + len(b"/CreationDate (D:")
    forged = signed[:at] + (b"1" if signed[at : at + 1] != b"1" else b"3") + signed[at + 1 :]
    check = check_signed_pdf(forged, pki.roots)
    assert not check.intact


def test_content_added_to_a_page_after_signing_is_not_intact(card_token, pki):
    card = card_token(JAN_18)
    signed = _sign(_form(), card.pin)
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    overlay = writer.add_object(generic.StreamObject(stream_data=b"0 0 1 rg 50 50 200 40 re f"))
    writer.add_stream_to_page(0, overlay)
    out = io.BytesIO()
    writer.write(out)
    check = check_signed_pdf(out.getvalue(), pki.roots)
    assert check.valid  # the signed revision itself is still correct...
    assert not check.intact  # ...but the document shown is no longer what was signed


def test_a_signature_from_a_card_of_other_roots_is_valid_but_not_trusted(card_token):
    card = card_token(ALICE_17)
    signed = _sign(_form(), card.pin)
    check = check_signed_pdf(signed, TestPki.generate().roots)
    assert (check.intact, check.valid, check.trusted) == (True, True, False)
    assert check.signer_national_number == "85073003427"


def test_a_token_without_the_ca_certificate_can_be_given_the_chain(card_token, pki):
    card = card_token(JAN_18, with_chain=False)
    bare = _sign(_form(), card.pin)
    assert not check_signed_pdf(bare, pki.roots).trusted  # no citizen CA in the signature
    chained = _sign(_form(), card.pin, chain=[pki.ec.ca.cert])
    assert check_signed_pdf(chained, pki.roots).trusted


def test_a_letter_without_a_field_gets_an_invisible_signature(card_token, pki):
    card = card_token(ALICE_17)
    letter = credentials_letter(
        Recipient("Alice Dupont", "Rue de la Loi 16", "1000", "Bruxelles"),
        username="85073003427",
        initial_password="Kx7-pQ2m",
        language="fr",
        dated=dt.date(2026, 11, 25),
    )
    check = check_signed_pdf(_sign(letter, card.pin), pki.roots)
    assert (check.intact, check.valid, check.trusted) == (True, True, True)


def test_signing_an_already_signed_field_is_refused(card_token):
    card = card_token(ALICE_17)
    signed = _sign(_form(), card.pin)
    with pytest.raises(InvalidDocument):
        _sign(signed, card.pin)


def test_an_unsigned_or_unreadable_pdf_checks_as_not_signed(pki):
    assert check_signed_pdf(_form(), pki.roots) == NOT_SIGNED
    assert check_signed_pdf(b"not a pdf at all", pki.roots) == NOT_SIGNED


def test_a_missing_module_token_or_key_is_a_pkcs11_error(card_token, tmp_path):
    card = card_token(ALICE_17)
    (tmp_path / "not-a-module.so").write_bytes(b"not an ELF shared object")
    with pytest.raises(Pkcs11Error, match="no such file"):
        sign_pdf_with_card(_form(), pin=card.pin, module="/nonexistent/libbeidpkcs11.so.0",
                           reason="r", location="l")  # fmt: skip
    with pytest.raises(Pkcs11Error, match="cannot load"):
        sign_pdf_with_card(_form(), pin=card.pin, module=str(tmp_path / "not-a-module.so"),
                           reason="r", location="l")  # fmt: skip
    with pytest.raises(Pkcs11Error, match="no token labelled"):
        _sign(_form(), card.pin, token_label="NOT-BELPIC")
    with pytest.raises(Pkcs11Error, match="no private key labelled"):
        _sign(_form(), card.pin, key_label="Nonrepudiation")
