"""A card's EC challenge signature comes from PKCS#11 as raw r‖s: about one in 700 starts with
bytes that also read as a DER header. It must be taken as raw, not refused (the chaos run
found one: a member's offline operation refused as forged)."""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, utils
from cryptography.x509.oid import NameOID

from devices.belpic.verify import der_length, verify_challenge_signature


def _certificate(key: ec.EllipticCurvePrivateKey) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Card")])
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA384())
    )


def test_a_raw_ec_signature_that_looks_like_der_is_still_checked_as_raw():
    key = ec.generate_private_key(ec.SECP384R1())
    cert = _certificate(key)
    for attempt in range(200_000):
        challenge = attempt.to_bytes(8, "big")
        r, s = utils.decode_dss_signature(key.sign(challenge, ec.ECDSA(hashes.SHA384())))
        raw = r.to_bytes(48, "big") + s.to_bytes(48, "big")
        size = der_length(raw)
        if size is not None and size <= len(raw):  # reads as a DER signature + padding
            break
    else:
        raise AssertionError("no raw signature looking like DER was drawn")
    verify_challenge_signature(cert, challenge, raw, hashes.SHA384())  # no VerificationFailed
