"""A test PKI shaped like Belgium's: roots, citizen CAs, the RRN, and per-card certificates.

Two families, because the real cards have two: RSA-2048 (applet 1.7, Belgium Root CA4 style)
and ECDSA P-384 (applet 1.8, Root CA6 style). Nothing here is trusted in production: the
production trust store holds the real Belgium roots, the tests hold these.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

NOT_BEFORE = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
NOT_AFTER = dt.datetime(2045, 1, 1, tzinfo=dt.UTC)


def new_key(ec_family: bool) -> PrivateKey:
    if ec_family:
        return ec.generate_private_key(ec.SECP384R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _hash_for(key: PrivateKey) -> hashes.HashAlgorithm:
    return hashes.SHA384() if isinstance(key, ec.EllipticCurvePrivateKey) else hashes.SHA256()


def _name(*parts: tuple[x509.ObjectIdentifier, str]) -> x509.Name:
    return x509.Name([x509.NameAttribute(oid, value) for oid, value in parts])


@dataclass(frozen=True)
class Authority:
    """A key and its certificate (a root, a CA, or the RRN)."""

    key: PrivateKey
    cert: x509.Certificate


def _certificate(
    subject: x509.Name,
    public_key,
    issuer: Authority | None,
    issuer_key: PrivateKey,
    *,
    ca: bool,
    path_length: int | None = None,
    key_usage: dict[str, bool] | None = None,
    not_before: dt.datetime = NOT_BEFORE,
    not_after: dt.datetime = NOT_AFTER,
) -> x509.Certificate:
    usage = {
        "digital_signature": False,
        "content_commitment": False,
        "key_encipherment": False,
        "data_encipherment": False,
        "key_agreement": False,
        "key_cert_sign": ca,
        "crl_sign": ca,
        "encipher_only": False,
        "decipher_only": False,
    }
    usage.update(key_usage or {})
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path_length), critical=True)
        .add_extension(x509.KeyUsage(**usage), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.cert.public_key()),
            critical=False,
        )
    return builder.sign(issuer_key, _hash_for(issuer_key))


def make_root(common_name: str, ec_family: bool) -> Authority:
    key = new_key(ec_family)
    subject = _name((NameOID.COUNTRY_NAME, "BE"), (NameOID.COMMON_NAME, common_name))
    return Authority(key, _certificate(subject, key.public_key(), None, key, ca=True))


def make_ca(root: Authority, common_name: str, serial: str) -> Authority:
    key = new_key(isinstance(root.key, ec.EllipticCurvePrivateKey))
    subject = _name(
        (NameOID.COUNTRY_NAME, "BE"),
        (NameOID.COMMON_NAME, common_name),
        (NameOID.SERIAL_NUMBER, serial),
    )
    cert = _certificate(subject, key.public_key(), root, root.key, ca=True, path_length=0)
    return Authority(key, cert)


def make_rrn(root: Authority) -> Authority:
    """The national register's signing certificate, issued straight by the root (as on cards)."""
    key = new_key(isinstance(root.key, ec.EllipticCurvePrivateKey))
    subject = _name(
        (NameOID.COUNTRY_NAME, "BE"),
        (NameOID.ORGANIZATION_NAME, "RRN"),
        (NameOID.COMMON_NAME, "RRN TEST"),
    )
    cert = _certificate(
        subject,
        key.public_key(),
        root,
        root.key,
        ca=False,
        key_usage={"digital_signature": True, "content_commitment": True},
    )
    return Authority(key, cert)


@dataclass(frozen=True)
class Family:
    """Root, citizen CA and RRN of one algorithm family."""

    root: Authority
    ca: Authority
    rrn: Authority


@dataclass(frozen=True)
class CardKeys:
    """One card's private keys and certificates (the basic key exists on applet 1.8 only)."""

    auth: Authority | None
    sign: Authority
    basic_key: ec.EllipticCurvePrivateKey | None


@dataclass(frozen=True)
class TestPki:
    """The whole test PKI; saved as PEM files so a test session makes it once."""

    __test__ = False  # not a pytest test class, despite its name

    rsa: Family
    ec: Family

    def family(self, ec_family: bool) -> Family:
        return self.ec if ec_family else self.rsa

    @property
    def roots(self) -> list[x509.Certificate]:
        return [self.rsa.root.cert, self.ec.root.cert]

    @classmethod
    def generate(cls) -> TestPki:
        families = []
        for ec_family, label in ((False, "Belgium Test Root CA4"), (True, "Belgium Test Root CA6")):
            root = make_root(label, ec_family)
            ca = make_ca(root, "Citizen Test CA", "202601" if ec_family else "202001")
            families.append(Family(root, ca, make_rrn(root)))
        return cls(rsa=families[0], ec=families[1])

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        for fam_name, fam in (("rsa", self.rsa), ("ec", self.ec)):
            for role in ("root", "ca", "rrn"):
                save_authority(getattr(fam, role), directory / f"{fam_name}-{role}")

    @classmethod
    def load(cls, directory: Path) -> TestPki:
        fams = {}
        for fam_name in ("rsa", "ec"):
            parts = [
                load_authority(directory / f"{fam_name}-{role}") for role in ("root", "ca", "rrn")
            ]
            fams[fam_name] = Family(*parts)
        return cls(rsa=fams["rsa"], ec=fams["ec"])

    @classmethod
    def load_or_make(cls, directory: Path) -> TestPki:
        if (directory / "ec-rrn.key.pem").exists():
            return cls.load(directory)
        pki = cls.generate()
        pki.save(directory)
        return pki

    def card_keys(
        self,
        *,
        ec_family: bool,
        surname: str,
        given_names: str,
        national_number: str,
        with_auth: bool = True,
        cache: Path | None = None,
    ) -> CardKeys:
        """The holder's keys and certificates; cached under `cache` when given (keys are slow)."""
        tag = hashlib.sha256(
            f"{ec_family}|{surname}|{given_names}|{national_number}|{with_auth}".encode()
        ).hexdigest()[:16]
        folder = cache / f"card-{tag}" if cache else None
        if folder is not None and (folder / "sign.key.pem").exists():
            auth = load_authority(folder / "auth") if with_auth else None
            basic = None
            if (folder / "basic.key.pem").exists():
                basic = _load_key(folder / "basic.key.pem")
            return CardKeys(auth, load_authority(folder / "sign"), basic)
        family = self.family(ec_family)
        holder = [
            (NameOID.COUNTRY_NAME, "BE"),
            (NameOID.SURNAME, surname),
            (NameOID.GIVEN_NAME, given_names),
            (NameOID.SERIAL_NUMBER, national_number),
        ]
        made: dict[str, Authority] = {}
        for role, usage in (
            ("auth", {"digital_signature": True}),
            ("sign", {"content_commitment": True}),
        ):
            if role == "auth" and not with_auth:
                continue
            key = new_key(ec_family)
            label = "Authentication" if role == "auth" else "Signature"
            subject = _name(
                (NameOID.COMMON_NAME, f"{given_names.split()[0]} {surname} ({label})"), *holder
            )
            cert = _certificate(
                subject, key.public_key(), family.ca, family.ca.key, ca=False, key_usage=usage
            )
            made[role] = Authority(key, cert)
        basic = ec.generate_private_key(ec.SECP384R1()) if ec_family else None
        keys = CardKeys(made.get("auth"), made["sign"], basic)
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            for role, authority in made.items():
                save_authority(authority, folder / role)
            if basic is not None:
                (folder / "basic.key.pem").write_bytes(_key_pem(basic))
        return keys


def forged_rrn(ec_family: bool) -> Authority:
    """An RRN certificate with the right names from an untrusted root: a forger's best try."""
    return make_rrn(
        make_root("Belgium Test Root CA6" if ec_family else "Belgium Test Root CA4", ec_family)
    )


def _key_pem(key: PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _load_key(path: Path) -> PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey)
    return key


def save_authority(authority: Authority, stem: Path) -> None:
    Path(f"{stem}.key.pem").write_bytes(_key_pem(authority.key))
    Path(f"{stem}.cert.pem").write_bytes(authority.cert.public_bytes(serialization.Encoding.PEM))


def load_authority(stem: Path) -> Authority:
    cert = x509.load_pem_x509_certificate(Path(f"{stem}.cert.pem").read_bytes())
    return Authority(_load_key(Path(f"{stem}.key.pem")), cert)
