"""SoftHSM2 standing in for the eID middleware: a BELPIC token holding the virtual card's keys.

One token directory per test run (SOFTHSM2_CONF points at it). SoftHSM2 reads SOFTHSM2_CONF when
it is initialised, and python-pkcs11 keeps the module initialised for the life of the process: a
second token directory in the same process (two benchmarks in one call) is only seen once the
module is finalised and initialised again, which `init_token_dir` does. The token is
re-provisioned for whichever virtual card is inserted, as the middleware's BELPIC token always
shows the card in the reader.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pkcs11
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from pkcs11 import Attribute, CertificateType, ObjectClass
from pkcs11.util.ec import decode_ec_private_key
from pkcs11.util.rsa import decode_rsa_private_key

from devices.pkcs11 import MODULE_LOCK, SOFTHSM_MODULE
from devices.simulated.image import CardImage
from devices.simulated.pki import Authority

SO_PIN = "87654321"
TOKEN_LABEL = "BELPIC"


class SoftHsmError(RuntimeError):
    """SoftHSM2 is missing or refused to make the token."""


def init_token_dir(directory: Path, user_pin: str = "1234") -> Path:
    """Make a token directory with an empty BELPIC token; set SOFTHSM2_CONF; return the conf."""
    util = shutil.which("softhsm2-util")
    if util is None or not Path(SOFTHSM_MODULE).exists():
        raise SoftHsmError("SoftHSM2 is not installed (Debian package softhsm2)")
    tokens = directory / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = directory / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n"
    )
    os.environ["SOFTHSM2_CONF"] = str(conf)
    result = subprocess.run(
        [util, "--init-token", "--free", "--label", TOKEN_LABEL,
         "--so-pin", SO_PIN, "--pin", user_pin],
        capture_output=True, text=True, env={**os.environ, "SOFTHSM2_CONF": str(conf)},
    )  # fmt: skip
    if result.returncode != 0:
        raise SoftHsmError(f"softhsm2-util --init-token failed: {result.stderr.strip()}")
    # The module may already be initialised in this process with an earlier directory (gone by
    # now: C_GetTokenInfo then fails with CKR_GENERAL_ERROR): C_Finalize and C_Initialize make
    # it read SOFTHSM2_CONF again. Sessions on the earlier token end with it.
    with MODULE_LOCK:
        pkcs11.lib(SOFTHSM_MODULE).reinitialize()
    return conf


def _key_attributes(authority: Authority, label: str, key_id: bytes) -> dict:
    key = authority.key
    if isinstance(key, rsa.RSAPrivateKey):
        der = key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
        attrs = decode_rsa_private_key(der)
    else:
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        der = key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
        attrs = decode_ec_private_key(der)
    attrs.update(
        {
            Attribute.CLASS: ObjectClass.PRIVATE_KEY,
            Attribute.TOKEN: True,
            Attribute.PRIVATE: True,
            Attribute.SENSITIVE: True,
            Attribute.SIGN: True,
            Attribute.LABEL: label,
            Attribute.ID: key_id,
        }
    )
    return attrs


def _cert_attributes(authority: Authority, label: str, key_id: bytes) -> dict:
    cert = authority.cert
    return {
        Attribute.CLASS: ObjectClass.CERTIFICATE,
        Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
        Attribute.TOKEN: True,
        Attribute.LABEL: label,
        Attribute.ID: key_id,
        Attribute.SUBJECT: cert.subject.public_bytes(),
        Attribute.ISSUER: cert.issuer.public_bytes(),
        Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER),
    }


def provision(image: CardImage, module: str = SOFTHSM_MODULE) -> None:
    """Put the card's keys and certificates in the BELPIC token, and set its PIN to the card's.

    Labels and IDs follow the middleware: "Authentication" (ID 2), "Signature" (ID 3).
    """
    library = pkcs11.lib(module)
    token = library.get_token(token_label=TOKEN_LABEL)
    try:
        so_session = token.open(rw=True, so_pin=SO_PIN)
    except pkcs11.SessionReadOnlyExists:
        # python-pkcs11 leaves the session open when C_Login fails (wrong PIN): start afresh.
        library.reinitialize()
        token = library.get_token(token_label=TOKEN_LABEL)
        so_session = token.open(rw=True, so_pin=SO_PIN)
    with so_session as session:
        session.init_pin(image.pin)
    with token.open(rw=True, user_pin=image.pin) as session:
        for obj in list(session.get_objects()):
            obj.destroy()
        for label, key_id, authority in (
            ("Authentication", b"\x02", image.keys.auth),
            ("Signature", b"\x03", image.keys.sign),
        ):
            if authority is None:
                continue
            session.create_object(_key_attributes(authority, label, key_id))
            session.create_object(_cert_attributes(authority, label, key_id))
