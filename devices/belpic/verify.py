"""Checks of what the card says: RRN signatures, photo and basic-key hashes, certificate chains.

Each check raises VerificationFailed with its own reason, so a forged address is reported as a
forged address, not as "card invalid". Cryptography does the maths; this module only decides
which bytes are checked against which key with which hash, as the eID Viewer does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils

from devices.errors import VerificationFailed, VerificationReason

_PHOTO_HASHES = {20: hashlib.sha1, 32: hashlib.sha256, 48: hashlib.sha384}
_DATA_HASHES = {20: hashes.SHA1, 32: hashes.SHA256, 48: hashes.SHA384}


@dataclass(frozen=True)
class TrustStore:
    """The roots a card's chains must end in: the Belgium Root CAs in production, a test root in
    tests. Configured, never taken from the card (the card's own root is only compared)."""

    roots: tuple[x509.Certificate, ...]
    # Certificates already found issued by one of the roots: the RRN and CA certificates, the
    # same on every card of a period, so their check (a P-384 signature: 0.5 ms here) and
    # their parsing are done once, not at every card. By certificate → its root, and by DER
    # bytes → the certificate. Only successes are kept (the roots never change); per-card
    # certificates are issued by a CA, not a root, and never enter.
    _issued: dict[x509.Certificate, x509.Certificate] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )
    _known: dict[bytes, x509.Certificate] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    @classmethod
    def of(cls, roots: Iterable[x509.Certificate]) -> TrustStore:
        return cls(tuple(roots))

    @classmethod
    def from_pem(cls, *paths: Path | str) -> TrustStore:
        """Load PEM files (each may hold several certificates) or every *.pem of a directory."""
        certs: list[x509.Certificate] = []
        for path in map(Path, paths):
            files = sorted(path.glob("*.pem")) if path.is_dir() else [path]
            for file in files:
                certs.extend(x509.load_pem_x509_certificates(file.read_bytes()))
        return cls(tuple(certs))

    def issuer_of(self, cert: x509.Certificate) -> x509.Certificate | None:
        """The trusted root that signed `cert` (checked with its key, not by name alone)."""
        known = self._issued.get(cert)
        if known is not None:
            return known
        for root in self.roots:
            if root.subject != cert.issuer:
                continue
            try:
                cert.verify_directly_issued_by(root)
            except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
                continue
            if len(self._issued) >= 64:
                self._issued.clear()
                self._known.clear()
            self._issued[cert] = root
            self._known[cert.public_bytes(serialization.Encoding.DER)] = cert
            return root
        return None

    def known(self, der: bytes) -> x509.Certificate | None:
        """The certificate of these exact bytes if it was found issued by a root before."""
        return self._known.get(der)


def load_certificate(der: bytes, what: str, trust: TrustStore | None = None) -> x509.Certificate:
    """Parse a DER certificate, every part of it (a broken one raises VerificationFailed here);
    one that `trust` already found issued by a root is taken as it was parsed then."""
    if trust is not None:
        cert = trust.known(der)
        if cert is not None:
            return cert
    try:
        cert = x509.load_der_x509_certificate(der)
        # cryptography parses lazily: touch every part now so a broken one fails here, typed.
        _ = (cert.subject, cert.issuer, cert.extensions, cert.not_valid_after_utc)
        _ = (cert.not_valid_before_utc, cert.signature_hash_algorithm, cert.public_key())
        _ = cert.version  # an unknown X.509 version raises InvalidVersion, not ValueError
        return cert
    except (ValueError, UnsupportedAlgorithm, x509.InvalidVersion) as exc:
        raise VerificationFailed(
            VerificationReason.CERTIFICATE_MALFORMED, f"{what} certificate: {exc}"
        ) from exc


def der_length(data: bytes) -> int | None:
    """Total length of the DER element at the start of `data`, or None if not DER-shaped."""
    if len(data) < 2 or data[0] != 0x30:
        return None
    first = data[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if not 1 <= count <= 3 or len(data) < 2 + count:
        return None
    return 2 + count + int.from_bytes(data[2 : 2 + count], "big")


def _verify(public_key, signature: bytes, data: bytes, digest: hashes.HashAlgorithm) -> bool:
    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            size = der_length(signature)
            if size is not None and size <= len(signature):
                signature = signature[:size]  # the file is the DER signature + zero padding
            elif len(signature) % 2 == 0:  # raw r‖s
                half = len(signature) // 2
                signature = utils.encode_dss_signature(
                    int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big")
                )
            public_key.verify(signature, data, ec.ECDSA(digest))
        elif isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signature, data, padding.PKCS1v15(), digest)
        else:
            return False
    except (InvalidSignature, ValueError, UnsupportedAlgorithm):
        return False
    return True


def _data_hashes(public_key, photo_hash_length: int) -> list[hashes.HashAlgorithm]:
    """SHA-384 for EC; for RSA the photo hash's size picks it, SHA-1 falling back to SHA-256."""
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        return [hashes.SHA384()]
    first = _DATA_HASHES.get(photo_hash_length, hashes.SHA256)()
    return [first, hashes.SHA256()] if isinstance(first, hashes.SHA1) else [first]


def verify_identity_signature(
    rrn: x509.Certificate, identity_file: bytes, signature: bytes, photo_hash_length: int
) -> None:
    """SGN#ID is the RRN's signature over the raw identity file, padding included."""
    key = rrn.public_key()
    if not any(
        _verify(key, signature, identity_file, h) for h in _data_hashes(key, photo_hash_length)
    ):
        raise VerificationFailed(VerificationReason.IDENTITY_SIGNATURE)


def verify_address_signature(
    rrn: x509.Certificate,
    address_file: bytes,
    signature: bytes,
    identity_signature: bytes,
    photo_hash_length: int,
) -> None:
    """SGN#Address covers the address file without its trailing zeros, then the whole SGN#ID."""
    key = rrn.public_key()
    data = address_file.rstrip(b"\x00") + identity_signature
    if not any(_verify(key, signature, data, h) for h in _data_hashes(key, photo_hash_length)):
        raise VerificationFailed(VerificationReason.ADDRESS_SIGNATURE)


def verify_photo(photo: bytes, photo_hash: bytes) -> None:
    algorithm = _PHOTO_HASHES.get(len(photo_hash))
    if algorithm is None or algorithm(photo).digest() != photo_hash:
        raise VerificationFailed(VerificationReason.PHOTO_HASH)


def verify_basic_key(basic_key_file: bytes, basic_key_hash: bytes) -> ec.EllipticCurvePublicKey:
    """EF 4040 must hash (SHA-384) to identity tag 1A; returns the card's basic public key."""
    if hashlib.sha384(basic_key_file).digest() != basic_key_hash:
        raise VerificationFailed(VerificationReason.BASIC_KEY_HASH)
    try:
        key = serialization.load_der_public_key(basic_key_file)
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise VerificationFailed(VerificationReason.BASIC_KEY_HASH, str(exc)) from exc
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise VerificationFailed(VerificationReason.BASIC_KEY_HASH, "not an EC key")
    return key


def verify_card_authentication(
    basic_key: ec.EllipticCurvePublicKey, challenge: bytes, raw_signature: bytes
) -> None:
    """INTERNAL AUTHENTICATE: the basic key signed the 48-byte challenge as a SHA-384 value."""
    half = len(raw_signature) // 2
    try:
        der = utils.encode_dss_signature(
            int.from_bytes(raw_signature[:half], "big"), int.from_bytes(raw_signature[half:], "big")
        )
        basic_key.verify(der, challenge, ec.ECDSA(utils.Prehashed(hashes.SHA384())))
    except (InvalidSignature, ValueError) as exc:
        raise VerificationFailed(VerificationReason.CARD_AUTHENTICATION) from exc


def verify_rrn_certificate(
    rrn: x509.Certificate, trust: TrustStore, card_root: x509.Certificate | None = None
) -> x509.Certificate:
    """The RRN certificate must be issued by a trusted root (and by the card's root, if read)."""
    root = trust.issuer_of(rrn)
    if root is None:
        raise VerificationFailed(
            VerificationReason.RRN_CERTIFICATE_UNTRUSTED, f"issuer {rrn.issuer.rfc4514_string()}"
        )
    if card_root is not None and card_root != root:
        raise VerificationFailed(VerificationReason.ROOT_MISMATCH)
    try:
        usage = rrn.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and usage.ca:
        raise VerificationFailed(VerificationReason.RRN_CERTIFICATE_INVALID, "a CA certificate")
    return root


def verify_chain(
    leaf: x509.Certificate,
    intermediates: Sequence[x509.Certificate],
    trust: TrustStore,
    *,
    at: dt.datetime | None = None,
) -> x509.Certificate:
    """leaf ← intermediate(s) ← trusted root, each signature checked, all valid at `at`."""
    when = at or dt.datetime.now(dt.UTC)
    chain = [leaf]
    current = leaf
    for _ in range(4):
        root = trust.issuer_of(current)
        if root is not None:
            chain.append(root)
            break
        parent = next((c for c in intermediates if c.subject == current.issuer), None)
        if parent is None or parent in chain:
            raise VerificationFailed(
                VerificationReason.AUTH_CERTIFICATE_UNTRUSTED,
                f"no trusted issuer for {current.subject.rfc4514_string()}",
            )
        try:
            current.verify_directly_issued_by(parent)
            constraints = parent.extensions.get_extension_for_class(x509.BasicConstraints).value
        except (ValueError, TypeError, InvalidSignature, x509.ExtensionNotFound) as exc:
            raise VerificationFailed(
                VerificationReason.AUTH_CERTIFICATE_UNTRUSTED, str(exc)
            ) from exc
        if not constraints.ca:
            raise VerificationFailed(
                VerificationReason.AUTH_CERTIFICATE_UNTRUSTED, "issuer not a CA"
            )
        chain.append(parent)
        current = parent
    else:
        raise VerificationFailed(VerificationReason.AUTH_CERTIFICATE_UNTRUSTED, "chain too long")
    for cert in chain:
        if not cert.not_valid_before_utc <= when <= cert.not_valid_after_utc:
            raise VerificationFailed(
                VerificationReason.AUTH_CERTIFICATE_EXPIRED, cert.subject.rfc4514_string()
            )
    return chain[-1]


def verify_challenge_signature(
    cert: x509.Certificate, challenge: bytes, signature: bytes, digest: hashes.HashAlgorithm
) -> None:
    """The card's authentication key signed our challenge (EC raw r‖s or DER, or RSA v1.5).

    An EC signature of exactly twice the coordinate size is PKCS#11's raw r‖s: it is turned
    into DER here, before any DER parsing, because about one raw signature in 700 begins with
    bytes that also read as a DER header (r starting with 0x30) and would be misread."""
    public_key = cert.public_key()
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        size = (public_key.curve.key_size + 7) // 8
        if len(signature) == 2 * size:
            signature = utils.encode_dss_signature(
                int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big")
            )
    if not _verify(public_key, signature, challenge, digest):
        raise VerificationFailed(VerificationReason.CHALLENGE_SIGNATURE)
