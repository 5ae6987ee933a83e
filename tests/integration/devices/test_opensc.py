"""The virtual card as a real middleware sees it: OpenSC's belpic driver and PKCS#11 module over
the real pcscd + vpcd, reading the card's PKCS#15 files and signing with the card's own keys
(MSE SET + PSO on the card, no SoftHSM2).

OpenSC 0.23's limits are pinned here too: its belpic driver refuses the non-repudiation key
(0x83) and has no ECDSA for applet 1.8, so the bank-change signature and every 1.8 signature stay
on SoftHSM2 (tests/integration/documents/test_signing.py, test_pcsc_reading.py).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from app.documents.bank_form import BankChangeData, bank_change_form
from app.documents.signing import check_signed_pdf, sign_pdf_with_card
from devices.belpic.reader import EidReader
from devices.errors import CardRemoved, PinIncorrect, Pkcs11Error
from devices.identification import identify
from devices.pkcs11 import (
    OPENSC_MODULE,
    OPENSC_TOKEN_LABEL,
    SOFTHSM_MODULE,
    Pkcs11Signer,
)
from devices.simulated.card import Faults, VirtualCard
from devices.simulated.softhsm import provision
from tests.integration.devices.conftest import READER, connect
from tests.unit.devices.conftest import ALICE_17, JAN_18

OPENSC = Pkcs11Signer(module=OPENSC_MODULE, token_label=OPENSC_TOKEN_LABEL)
PINS = {ALICE_17: "1234", JAN_18: "4321"}
NATIONAL_NUMBERS = {ALICE_17: "85073003427", JAN_18: "78031215181"}

MSE_SET = bytes.fromhex("002241b6")
PSO_CDS = bytes.fromhex("002a9e9a")
INTERNAL_AUTHENTICATE = bytes.fromhex("0088")
VERIFY = bytes.fromhex("00200001")


@pytest.fixture(autouse=True, scope="module")
def _opensc_installed():
    missing = [t for t in ("pkcs15-tool", "pkcs11-tool") if shutil.which(t) is None]
    if missing or not __import__("pathlib").Path(OPENSC_MODULE).exists():
        pytest.fail(
            "OpenSC is not installed (Debian packages opensc, opensc-pkcs11; "
            "installer/debian-packages.txt)",
            pytrace=False,
        )


def _insert(slot, image, faults: Faults | None = None) -> VirtualCard:
    card = VirtualCard(image, faults)
    slot.insert(card)
    connect().close()  # pcscd has seen the card
    return card


def _run(*command: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, f"{command[0]} failed: {result.stdout}{result.stderr}"
    return result.stdout


def _der(authority) -> bytes:
    return authority.cert.public_bytes(serialization.Encoding.DER)


def _bank_form(profile: str) -> bytes:
    return bank_change_form(
        BankChangeData(
            member_name="Alice Dupont" if profile == ALICE_17 else "Jan Peeters",
            member_niss=NATIONAL_NUMBERS[profile],
            affiliation_number="300-1234567-89",
            current_iban="BE68539007547034",
            new_iban="BE71096123456769",
            bank_name="Belfius",
            signed_on=dt.date(2026, 12, 4),
        ),
        language="fr",
    )


# -- what OpenSC reads from the PKCS#15 files -----------------------------------------------------
@pytest.mark.parametrize("profile", [ALICE_17, JAN_18])
def test_pkcs15_tool_lists_the_authentication_and_signature_certificates(slot, make_image, profile):
    image = make_image(profile)
    _insert(slot, image)
    listing = _run("pkcs15-tool", "--reader", READER, "--list-certificates")
    entries = dict(re.findall(r"X\.509 Certificate \[(\w+)\].*?Path\s+: (\w+)", listing, re.S))
    assert entries == {
        "Authentication": "3f00df005038",
        "Signature": "3f00df005039",
        "CA": "3f00df00503a",
        "Root": "3f00df00503b",
    }
    # the bytes OpenSC reads through the CDF's path and length are the card's certificates
    for cert_id, authority in (("02", image.keys.auth), ("03", image.keys.sign)):
        pem = _run("pkcs15-tool", "--reader", READER, "--read-certificate", cert_id)
        read = x509.load_pem_x509_certificate(pem.encode())
        assert read.public_bytes(serialization.Encoding.DER) == _der(authority)
    keys = _run("pkcs15-tool", "--reader", READER, "--list-keys", "--list-pins")
    assert re.search(
        r"Private (RSA|EC) Key \[Authentication\].*?Key ref\s+: 130 \(0x82\)", keys, re.S
    )
    assert re.search(r"Private (RSA|EC) Key \[Signature\].*?Key ref\s+: 131 \(0x83\)", keys, re.S)
    assert re.search(r"PIN \[Basic PIN\].*?Reference\s+: 1 \(0x01\)", keys, re.S)


@pytest.mark.parametrize("profile", [ALICE_17, JAN_18])
def test_pkcs11_tool_lists_the_cards_objects_through_opensc(slot, make_image, profile):
    _insert(slot, make_image(profile))
    slots = _run("pkcs11-tool", "--module", OPENSC_MODULE, "--list-slots")
    assert f"token label        : {OPENSC_TOKEN_LABEL}" in slots
    public = _run("pkcs11-tool", "--module", OPENSC_MODULE, "--list-objects")
    certificates = re.findall(
        r"Certificate Object; type = X\.509 cert\n\s+label:\s+(\w+)\n\s+subject:\s+DN: (.*)", public
    )
    by_label = dict(certificates)
    assert set(by_label) == {"Authentication", "Signature", "CA", "Root"}
    for label in ("Authentication", "Signature"):
        assert f"CN={label}" not in by_label[label]  # the holder's name, not the label
        assert f"({label})" in by_label[label]
        assert f"serialNumber={NATIONAL_NUMBERS[profile]}" in by_label[label]
    assert "Private Key Object" not in public  # private objects only after C_Login
    logged_in = _run(
        "pkcs11-tool", "--module", OPENSC_MODULE, "--list-objects",
        "--login", "--pin", PINS[profile],
    )  # fmt: skip
    private = re.findall(r"Private Key Object; (\w+)\s+label:\s+(\w+)", logged_in)
    kind = "EC" if profile == JAN_18 else "RSA"
    assert sorted(private) == [(kind, "Authentication"), (kind, "Signature")]


# -- identification: the card signs ---------------------------------------------------------------
def test_identification_through_opensc_is_signed_by_the_card(slot, make_image, trust):
    image = make_image(ALICE_17)
    card = _insert(slot, image)
    with connect() as transport:
        identification = identify(EidReader(transport, trust), OPENSC, PINS[ALICE_17])
    assert identification.national_number.digits == NATIONAL_NUMBERS[ALICE_17]
    image.keys.auth.cert.public_key().verify(
        identification.signature, identification.challenge, padding.PKCS1v15(), hashes.SHA256()
    )
    # the card did it: one MSE SET for the authentication key with algorithm 01 (the host
    # sends the DigestInfo), then one PSO:CDS; PKCS#1 v1.5 is deterministic, so the card's key
    # gives exactly these bytes
    mse = [apdu for apdu in card.log if apdu.startswith(MSE_SET)]
    assert [apdu[5:] for apdu in mse] == [bytes.fromhex("04800184") + b"\x82"]
    assert card.count(PSO_CDS) == 1
    expected = image.keys.auth.key.sign(
        identification.challenge, padding.PKCS1v15(), hashes.SHA256()
    )
    assert identification.signature == expected
    # VERIFY from the reader (the tries count) and from C_Login, never a PIN in clear in the log
    assert card.count(VERIFY + b"\x08") == 2
    assert all(apdu[5:] == bytes(8) for apdu in card.log if apdu.startswith(VERIFY + b"\x08"))


def test_a_wrong_pin_through_opensc_is_pin_incorrect_and_costs_the_card_one_try(slot, make_image):
    card = _insert(slot, make_image(ALICE_17))
    with pytest.raises(PinIncorrect):
        OPENSC.sign("9999", b"challenge", ec_key=False)
    assert card.pin_tries_left == 2
    assert card.count(PSO_CDS) == 0
    assert len(OPENSC.sign(PINS[ALICE_17], b"challenge", ec_key=False)) == 256
    assert card.pin_tries_left == 3


def test_the_card_pulled_during_the_signature_through_opensc_is_card_removed(slot, make_image):
    card = _insert(slot, make_image(ALICE_17), Faults(remove_on=PSO_CDS))
    with pytest.raises(CardRemoved):
        OPENSC.sign(PINS[ALICE_17], b"challenge", ec_key=False)
    assert card.count(MSE_SET) == 1
    assert not card.present


# -- documents: the bank-change form ------------------------------------------------------------
def test_the_bank_change_signature_is_refused_by_opensc_0_23_for_the_non_repudiation_key(
    slot, make_image
):
    """OpenSC's belpic driver sends MSE SET for key 0x83, then gives up ("No GUI for NonRep key
    present"): CKR_FUNCTION_NOT_SUPPORTED. The form's signature stays on SoftHSM2 (or the eID
    middleware in production)."""
    card = _insert(slot, make_image(ALICE_17))
    with pytest.raises(Pkcs11Error, match="FunctionNotSupported"):
        sign_pdf_with_card(
            _bank_form(ALICE_17), pin=PINS[ALICE_17], module=OPENSC_MODULE,
            token_label=OPENSC_TOKEN_LABEL, reason="Changement de compte", location="Bruxelles",
        )  # fmt: skip
    assert [apdu[5:] for apdu in card.log if apdu.startswith(MSE_SET)] == [
        bytes.fromhex("0480018483")
    ]
    assert card.count(PSO_CDS) == 0


def test_the_bank_change_pdf_signed_by_the_card_through_opensc_is_valid_but_not_a_qualified_form(
    slot, make_image, pki
):
    """The same PDF pipeline (pyHanko over python-pkcs11) with the key OpenSC 0.23 lets sign:
    the card's Authentication key, the CA and Root pulled from the token's CDF."""
    image = make_image(ALICE_17)
    card = _insert(slot, image)
    signed = sign_pdf_with_card(
        _bank_form(ALICE_17), pin=PINS[ALICE_17], module=OPENSC_MODULE,
        token_label=OPENSC_TOKEN_LABEL, key_label="Authentication",
        reason="Changement de compte", location="Bruxelles",
    )  # fmt: skip
    check = check_signed_pdf(signed, pki.roots)
    # intact and cryptographically valid, made by the card (one PSO); not trusted as a document
    # signature, rightly: the validation wants the non-repudiation key usage, which only the
    # Signature certificate carries, so the form itself must be signed with that key
    assert (check.intact, check.valid, check.trusted) == (True, True, False)
    assert check.signer_national_number == NATIONAL_NUMBERS[ALICE_17]
    assert check.signer_common_name == "Alice Dupont (Authentication)"
    assert card.count(PSO_CDS) == 1
    for authority, non_repudiation in ((image.keys.auth, False), (image.keys.sign, True)):
        usage = authority.cert.extensions.get_extension_for_class(x509.KeyUsage).value
        assert usage.content_commitment is non_repudiation


# -- applet 1.8: OpenSC 0.23 lists, SoftHSM2 signs ----------------------------------------------
def test_applet_1_8_is_listed_by_opensc_0_23_but_not_signed_softhsm2_signs_it(
    slot, make_image, softhsm
):
    """OpenSC 0.23's belpic driver registers RSA only (ECDSA arrived in OpenSC PR #3309, 2025):
    the EC key is listed (and C_Login reaches the card's VERIFY) but C_Sign fails before any
    signing APDU reaches the card."""
    image = make_image(JAN_18)
    card = _insert(slot, image)
    with pytest.raises(Pkcs11Error, match="MechanismInvalid"):  # no CKM_ECDSA on this token
        OPENSC.sign(PINS[JAN_18], b"challenge", ec_key=True)
    assert card.count(VERIFY + b"\x08") == 1
    assert card.count(MSE_SET) == card.count(PSO_CDS) == card.count(INTERNAL_AUTHENTICATE) == 0
    provision(image)
    signature = Pkcs11Signer(module=SOFTHSM_MODULE).sign(PINS[JAN_18], b"challenge", ec_key=True)
    assert len(signature) == 96  # r‖s on P-384
