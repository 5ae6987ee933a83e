"""PIN-signed identification: the member proves they hold the card and know its PIN.

Order: the card's authentication certificate and CA are read and chained to a trusted root
first (nothing is asked of the member for a card that cannot succeed); then VERIFY on the card
(so a wrong PIN reports the card's exact tries left and costs one try, and a blocked PIN is
known without trying); then C_Login with the same PIN and a signature over a fresh random
challenge through PKCS#11; the signature is checked against the certificate read from the card.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, utils
from cryptography.x509.oid import NameOID

from devices.belpic import verify
from devices.belpic.identity import NationalNumber
from devices.belpic.reader import EidReader
from devices.errors import CardDataError, VerificationFailed, VerificationReason
from devices.pkcs11 import Pkcs11Signer


@dataclass(frozen=True)
class Identification:
    """Proof that the holder of `national_number` signed `challenge` just now."""

    national_number: NationalNumber
    certificate: x509.Certificate
    challenge: bytes
    signature: bytes


def certificate_national_number(cert: x509.Certificate) -> NationalNumber:
    """The holder's national number, from the certificate subject's serialNumber."""
    values = cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    if not values:
        raise VerificationFailed(VerificationReason.HOLDER_MISMATCH, "no serialNumber")
    try:
        return NationalNumber.parse(str(values[0].value))
    except CardDataError as exc:
        raise VerificationFailed(VerificationReason.HOLDER_MISMATCH, exc.detail) from exc


def identify(
    reader: EidReader,
    signer: Pkcs11Signer,
    pin: str,
    *,
    trust: verify.TrustStore | None = None,
    now: dt.datetime | None = None,
    challenge: bytes | None = None,
) -> Identification:
    """Run the whole identification; raises a typed error naming what failed.

    `challenge`: the one the central side issued (it checks the signature again and opens the
    visit); without it a fresh random one is drawn here (the central side out of reach)."""
    store = trust or reader.trust
    if store is None:
        raise ValueError("identification needs a TrustStore")
    certificates = reader.read_certificates()
    cert = certificates.authentication
    if cert is None:
        raise VerificationFailed(VerificationReason.AUTH_CERTIFICATE_MISSING)
    intermediates = [certificates.ca] if certificates.ca is not None else []
    verify.verify_chain(cert, intermediates, store, at=now)
    national_number = certificate_national_number(cert)
    if reader.holder is not None and reader.holder.identity.national_number != national_number:
        raise VerificationFailed(
            VerificationReason.HOLDER_MISMATCH, "authentication certificate of another person"
        )
    reader.verify_pin(pin)
    public_key = cert.public_key()
    ec_key = isinstance(public_key, ec.EllipticCurvePublicKey)
    if challenge is None:
        challenge = secrets.token_bytes(48 if ec_key else 32)
    signature = signer.sign(pin, challenge, ec_key=ec_key)
    if ec_key:
        half = len(signature) // 2
        der = utils.encode_dss_signature(
            int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big")
        )
        verify.verify_challenge_signature(cert, challenge, der, hashes.SHA384())
    else:
        verify.verify_challenge_signature(cert, challenge, signature, hashes.SHA256())
    return Identification(national_number, cert, challenge, signature)
