"""The PKCS#15 application of a BELPIC card (DF00): ODF, AODF, PrKDF and CDF, in DER.

What a PKCS#15 reader (OpenSC's pkcs15 layer over its belpic driver) needs to find the card's
PIN, its two private keys and its certificates, as PKCS#15 v1.1 / ISO 7816-15 write them:

- ODF (3F00/DF00/5031): where the directory files are: privateKeys [0] → 5035, certificates
  [4] → 5037, authObjects [8] → 5034 (absolute paths, as on a real card).
- AODF (5034): one PIN object "Basic PIN", authId 01, reference 01, 4–12 digits stored in 8
  bytes (the card's 2L-BCD-FF block), padding FF, path 3F00DF00.
- PrKDF (5035): "Authentication" (ID 02, key reference 0x82, usage sign) and "Signature" (ID
  03, reference 0x83, usage nonRepudiation, userConsent 1: a PIN before every signature), both
  private and guarded by authId 01. RSA-2048 keys on applet 1.7, EC P-384 ([0]-tagged
  privateECKey, fieldSize 384) on applet 1.8.
- CDF (5037): the Authentication, Signature, CA and Root certificates, each with its file path,
  offset 0 and its DER length (the files are zero-padded after the certificate).

TokenInfo (5032) is made in image.py. The key and certificate IDs pair each key with its
certificate (02 and 03); the CA and Root certificates are marked as authorities.
"""

from __future__ import annotations

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from devices.belpic.files import KEY_AUTHENTICATION, KEY_SIGNATURE, EidFile

PIN_AUTH_ID = b"\x01"
PIN_REFERENCE = 0x01


# -- a small DER writer ------------------------------------------------------------------------
def tlv(tag: int, value: bytes) -> bytes:
    size = len(value)
    if size < 0x80:
        length = bytes([size])
    else:
        raw = size.to_bytes((size.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(raw)]) + raw
    return bytes([tag]) + length + value


def seq(*items: bytes) -> bytes:
    return tlv(0x30, b"".join(items))


def integer(value: int) -> bytes:
    raw = value.to_bytes(max(1, (value.bit_length() + 8) // 8), "big")  # room for the sign bit
    return tlv(0x02, raw)


def octets(value: bytes) -> bytes:
    return tlv(0x04, value)


def utf8(text: str) -> bytes:
    return tlv(0x0C, text.encode())


def boolean(value: bool) -> bytes:
    return tlv(0x01, b"\xff" if value else b"\x00")


def bits(*positions: int) -> bytes:
    """A named BIT STRING with the given bits set (bit 0 is the first), trailing zeros cut."""
    if not positions:
        return tlv(0x03, b"\x00")
    size = max(positions) + 1
    raw = bytearray((size + 7) // 8)
    for bit in positions:
        raw[bit // 8] |= 0x80 >> (bit % 8)
    return tlv(0x03, bytes([len(raw) * 8 - size]) + bytes(raw))


def path(file_path: tuple[int, ...], length: int | None = None) -> bytes:
    """PKCS#15 Path: the absolute path, and (for a padded file) index 0 and the length."""
    value = octets(b"".join(fid.to_bytes(2, "big") for fid in file_path))
    if length is None:
        return seq(value)
    return seq(value, integer(0), tlv(0x80, length.to_bytes(2, "big")))


# -- the files ---------------------------------------------------------------------------------
PRKDF_PATH = (0x3F00, 0xDF00, 0x5035)
CDF_PATH = (0x3F00, 0xDF00, 0x5037)
AODF_PATH = (0x3F00, 0xDF00, 0x5034)
ODF_PATH = (0x3F00, 0xDF00, 0x5031)

# CommonObjectFlags: private(0), modifiable(1); KeyUsageFlags: sign(2), nonRepudiation(9);
# PinFlags: local(1), initialized(4), needs-padding(5).
_PRIVATE = 0
_USAGE_SIGN = 2
_USAGE_NON_REPUDIATION = 9
_PIN_FLAGS = (1, 4, 5)
_PIN_TYPE_ISO9564_1 = 4  # PinType enum: the "2L BCD F-padded" block the card takes


def odf() -> bytes:
    return (
        tlv(0xA0, path(PRKDF_PATH))  # privateKeys
        + tlv(0xA4, path(CDF_PATH))  # certificates
        + tlv(0xA8, path(AODF_PATH))  # authObjects
    )


def aodf() -> bytes:
    common = seq(utf8("Basic PIN"), bits(_PRIVATE))
    auth = seq(octets(PIN_AUTH_ID))
    attributes = seq(
        bits(*_PIN_FLAGS),
        tlv(0x0A, bytes([_PIN_TYPE_ISO9564_1])),
        integer(4),  # minLength
        integer(8),  # storedLength: the 8-byte PIN block
        integer(12),  # maxLength
        tlv(0x80, bytes([PIN_REFERENCE])),  # pinReference [0]
        octets(b"\xff"),  # padChar
        path((0x3F00, 0xDF00)),
    )
    return seq(common, auth, tlv(0xA1, attributes))


def _private_key(label: str, key_id: int, usage: int, reference: int, public_key,
                 user_consent: bool) -> bytes:  # fmt: skip
    common_items = [utf8(label), bits(_PRIVATE), octets(PIN_AUTH_ID)]
    if user_consent:
        common_items.append(integer(1))  # userConsent: the PIN before every use
    common = seq(*common_items)
    key = seq(octets(bytes([key_id])), bits(usage), boolean(True), integer(reference))
    where = path((0x3F00, 0xDF00))
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        # privateECKey [0] is implicitly tagged: [0] stands in for the object's SEQUENCE tag
        return tlv(0xA0, common + key + tlv(0xA1, seq(where, integer(public_key.key_size))))
    return seq(common, key, tlv(0xA1, seq(where, integer(public_key.key_size))))


def prkdf(auth: x509.Certificate | None, sign: x509.Certificate) -> bytes:
    out = b""
    if auth is not None:
        out += _private_key("Authentication", 2, _USAGE_SIGN, KEY_AUTHENTICATION,
                            auth.public_key(), user_consent=False)  # fmt: skip
    out += _private_key("Signature", 3, _USAGE_NON_REPUDIATION, KEY_SIGNATURE,
                        sign.public_key(), user_consent=True)  # fmt: skip
    return out


def _certificate(label: str, cert_id: int, authority: bool, file: EidFile,
                 cert: x509.Certificate) -> bytes:  # fmt: skip
    der = cert.public_bytes(serialization.Encoding.DER)
    common = seq(utf8(label))
    common_cert = seq(octets(bytes([cert_id])), *([boolean(True)] if authority else []))
    return seq(common, common_cert, tlv(0xA1, seq(path(file.path, len(der)))))


def cdf(
    auth: x509.Certificate | None,
    sign: x509.Certificate | None,
    ca: x509.Certificate | None,
    root: x509.Certificate | None,
) -> bytes:
    entries = (
        ("Authentication", 2, False, EidFile.AUTH_CERT, auth),
        ("Signature", 3, False, EidFile.SIGN_CERT, sign),
        ("CA", 4, True, EidFile.CA_CERT, ca),
        ("Root", 6, True, EidFile.ROOT_CERT, root),
    )
    return b"".join(
        _certificate(label, cert_id, authority, file, cert)
        for label, cert_id, authority, file, cert in entries
        if cert is not None
    )
