"""From a profile and the test PKI to the bytes a BELPIC card holds, signed by the test RRN.

Forgeries are made here, after signing, the way a forger would: change the data but keep the
signature, or bring an RRN certificate of one's own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from devices.belpic.files import ATR_APPLET_17, ATR_APPLET_18, BELPIC_DF_AID, EidFile
from devices.belpic.identity import AddressTag, Tag
from devices.belpic.tlv import encode_tlv
from devices.simulated import pkcs15
from devices.simulated.pki import Authority, CardKeys, TestPki, forged_rrn
from devices.simulated.profile import Profile

ADDRESS_FILE_SIZE = 117
EC_SIGNATURE_FILE_SIZE = 128


class Forgery(Enum):
    """A tampered card: each kind must be caught by its own check."""

    IDENTITY = "identity"  # identity file changed after the RRN signed it
    ADDRESS = "address"  # address file changed after signing
    PHOTO = "photo"  # photo swapped, identity file (and its photo hash) untouched
    RRN_CERTIFICATE = "rrn-certificate"  # data signed with a key from an untrusted "RRN"


@dataclass
class CardImage:
    """Everything on one virtual card: files, keys, PIN, ATR and GET CARD DATA bytes."""

    applet: int  # 0x17 or 0x18
    files: dict[EidFile, bytes]
    keys: CardKeys
    pin: str
    pin_tries_left: int
    card_data: bytes
    atr: bytes
    label: str = ""
    extra: dict[str, bytes] = field(default_factory=dict)
    # The PKCS#15 directory files under DF00 (ODF, AODF, PrKDF, CDF), by path from the MF.
    pkcs15: dict[tuple[int, ...], bytes] = field(default_factory=dict)

    @property
    def ec(self) -> bool:
        return self.applet >= 0x18


def _date(text: str) -> str:
    return dt.date.fromisoformat(text).strftime("%d.%m.%Y")


def identity_fields(profile: Profile, photo_hash: bytes, basic_key_hash: bytes) -> dict[int, bytes]:
    """The identity file's TLV fields, as a card of the profile's language writes them."""
    sex = profile.sex.upper()
    if sex in ("F", "V", "W"):
        sex = {"fr": "F", "nl": "V", "de": "W"}.get(profile.language, "F")
    fields: dict[int, bytes] = {
        Tag.VERSION: b"\x00\x05" if profile.ec else b"\x00\x01",
        Tag.CARD_NUMBER: profile.card_number.encode(),
        Tag.CHIP_NUMBER: bytes.fromhex(profile.chip_number),
        Tag.VALIDITY_BEGIN: _date(profile.validity_begin).encode(),
        Tag.VALIDITY_END: _date(profile.validity_end).encode(),
        Tag.DELIVERY_MUNICIPALITY: profile.delivery_municipality.encode(),
        Tag.NATIONAL_NUMBER: profile.national_number.encode(),
        Tag.SURNAME: profile.surname.encode(),
        Tag.FIRST_NAMES: profile.first_names.encode(),
        Tag.THIRD_INITIAL: profile.third_initial.encode(),
        Tag.NATIONALITY: profile.nationality.encode(),
        Tag.BIRTH_PLACE: profile.birth_place.encode(),
        Tag.BIRTH_DATE: profile.birth().card_text(profile.language).encode(),
        Tag.SEX: sex.encode(),
        Tag.NOBLE_CONDITION: profile.noble_condition.encode(),
        Tag.DOCUMENT_TYPE: f"{profile.document_type:02d}".encode(),
        Tag.SPECIAL_STATUS: str(profile.special_status).encode(),
        Tag.PHOTO_HASH: photo_hash,
    }
    optional = {
        Tag.DUPLICATE: profile.duplicate,
        Tag.SPECIAL_ORGANISATION: profile.special_organisation,
        Tag.PROTECTION: profile.protection,
        Tag.WORK_PERMIT: profile.work_permit,
        Tag.EMPLOYER_VAT_1: profile.employer_vat_1,
        Tag.EMPLOYER_VAT_2: profile.employer_vat_2,
        Tag.REGIONAL_FILE_NUMBER: profile.regional_file_number,
        Tag.BREXIT_MENTION_1: profile.brexit_mention_1,
        Tag.BREXIT_MENTION_2: profile.brexit_mention_2,
        Tag.CARD_A_MENTION_1: profile.card_a_mention_1,
        Tag.CARD_A_MENTION_2: profile.card_a_mention_2,
        Tag.EU_REGISTRATION_DATE: profile.eu_registration_date,
    }
    fields.update({tag: value.encode() for tag, value in optional.items() if value})
    if profile.member_of_family:
        fields[Tag.MEMBER_OF_FAMILY] = b""
    if basic_key_hash:
        fields[Tag.BASIC_KEY_HASH] = basic_key_hash
    return fields


def address_bytes(street: str, zip_code: str, municipality: str, ec_card: bool) -> bytes:
    fields = {
        AddressTag.VERSION: b"\x00\x05" if ec_card else b"\x00\x01",
        AddressTag.STREET_AND_NUMBER: street.encode(),
        AddressTag.ZIP: zip_code.encode(),
        AddressTag.MUNICIPALITY: municipality.encode(),
    }
    return encode_tlv(fields, pad_to=ADDRESS_FILE_SIZE)


def sign_data(rrn: Authority, data: bytes, digest: hashes.HashAlgorithm) -> bytes:
    """The RRN's signature as the card stores it: raw RSA, or DER ECDSA zero-padded."""
    if isinstance(rrn.key, ec.EllipticCurvePrivateKey):
        der = rrn.key.sign(data, ec.ECDSA(hashes.SHA384()))
        return der + bytes(EC_SIGNATURE_FILE_SIZE - len(der))
    assert isinstance(rrn.key, rsa.RSAPrivateKey)
    return rrn.key.sign(data, padding.PKCS1v15(), digest)


def _cert_file(cert_der: bytes | None, ec_card: bool) -> bytes:
    if cert_der is None:
        return bytes(2500 if ec_card else 1300)
    return cert_der + bytes(1100 if ec_card else 50)


def card_data_bytes(chip_serial: bytes, applet: int) -> bytes:
    ec_card = applet >= 0x18
    return (
        chip_serial[:16].ljust(16, b"\x00")
        + bytes([0xD0, 0x01, 0x17 if not ec_card else 0x18, 0x02, 0x01, applet])
        + (b"\x00\x01" if ec_card else b"\x00\x03")
        + bytes([0x01, 0x00 if ec_card else 0x21, 0x01, 0x0F])
    )


def _token_info(chip_serial: bytes, applet: int) -> bytes:
    # TokenInfo ::= SEQUENCE { version 0, serialNumber, label [0] "BELPIC", tokenflags }
    body = b"\x02\x01\x00" + b"\x04\x10" + chip_serial[:16]
    body += b"\x80\x06BELPIC" + b"\x03\x02\x04\x30"
    return b"\x30" + bytes([len(body)]) + body + bytes([applet])


def _dir_file() -> bytes:
    # EF(DIR): one application template: AID, label "BELPIC", path 3F00DF00
    inner = b"\x4f\x0c" + BELPIC_DF_AID + b"\x50\x06BELPIC" + b"\x51\x04\x3f\x00\xdf\x00"
    return b"\x61" + bytes([len(inner)]) + inner


def build_card_image(
    profile: Profile,
    pki: TestPki,
    *,
    forge: Forgery | None = None,
    key_cache: Path | None = None,
) -> CardImage:
    """Make the card's files and sign them with the test RRN of the profile's family."""
    ec_card = profile.ec
    family = pki.family(ec_card)
    keys = pki.card_keys(
        ec_family=ec_card,
        surname=profile.surname,
        given_names=profile.first_names,
        national_number=profile.national_number,
        with_auth=profile.auth_certificate,
        cache=key_cache,
    )
    photo = profile.photo_bytes()
    if ec_card:
        photo_digest, data_digest = hashlib.sha384, hashes.SHA384()
    elif profile.data_hash == "sha1":
        photo_digest, data_digest = hashlib.sha1, hashes.SHA1()
    elif profile.data_hash == "sha1-photo":
        photo_digest, data_digest = hashlib.sha1, hashes.SHA256()
    else:
        photo_digest, data_digest = hashlib.sha256, hashes.SHA256()
    basic_key_file = b""
    if keys.basic_key is not None:
        basic_key_file = keys.basic_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    identity = encode_tlv(
        identity_fields(
            profile,
            photo_digest(photo).digest(),
            hashlib.sha384(basic_key_file).digest() if basic_key_file else b"",
        ),
        pad_to=0,
    )
    if ec_card:
        identity += bytes(4)  # 1.8 files carry zero padding; the parser must ignore it
    address = address_bytes(
        profile.street_and_number, profile.zip_code, profile.municipality, ec_card
    )
    rrn = forged_rrn(ec_card) if forge is Forgery.RRN_CERTIFICATE else family.rrn
    identity_signature = sign_data(rrn, identity, data_digest)
    address_signature = sign_data(rrn, address.rstrip(b"\x00") + identity_signature, data_digest)
    if forge is Forgery.IDENTITY:
        identity = identity.replace(
            profile.surname.encode(), profile.surname.upper().encode()[::-1], 1
        )
    elif forge is Forgery.ADDRESS:
        address = address_bytes(
            profile.street_and_number + " bis", profile.zip_code, profile.municipality, ec_card
        )
    elif forge is Forgery.PHOTO:
        photo = photo[:-40] + bytes(reversed(photo[-40:-2])) + photo[-2:]

    def der(authority: Authority | None) -> bytes | None:
        return authority.cert.public_bytes(serialization.Encoding.DER) if authority else None

    chip = bytes.fromhex(profile.chip_number)
    applet = 0x18 if ec_card else 0x17
    files = {
        EidFile.DIR: _dir_file(),
        EidFile.TOKEN_INFO: _token_info(chip, applet),
        EidFile.AUTH_CERT: _cert_file(der(keys.auth), ec_card),
        EidFile.SIGN_CERT: _cert_file(der(keys.sign), ec_card),
        EidFile.CA_CERT: _cert_file(der(family.ca), ec_card),
        EidFile.ROOT_CERT: _cert_file(der(family.root), ec_card),
        EidFile.RRN_CERT: _cert_file(der(rrn), ec_card),
        EidFile.IDENTITY: identity,
        EidFile.IDENTITY_SIGNATURE: identity_signature,
        EidFile.ADDRESS: address,
        EidFile.ADDRESS_SIGNATURE: address_signature,
        EidFile.PHOTO: photo,
    }
    if basic_key_file:
        files[EidFile.BASIC_KEY] = basic_key_file

    def cert(authority: Authority | None):
        return authority.cert if authority else None

    directory = {
        pkcs15.ODF_PATH: pkcs15.odf(),
        pkcs15.AODF_PATH: pkcs15.aodf(),
        pkcs15.PRKDF_PATH: pkcs15.prkdf(cert(keys.auth), keys.sign.cert),
        pkcs15.CDF_PATH: pkcs15.cdf(
            cert(keys.auth), keys.sign.cert, cert(family.ca), cert(family.root)
        ),
    }
    return CardImage(
        applet=applet,
        files=files,
        keys=keys,
        pin=profile.pin,
        pin_tries_left=profile.pin_tries_left,
        card_data=card_data_bytes(chip, applet),
        atr=ATR_APPLET_18 if ec_card else ATR_APPLET_17,
        label=f"{profile.first_names} {profile.surname} ({profile.applet})",
        pkcs15=directory,
    )
