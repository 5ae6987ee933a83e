"""The SoftHSM2 BELPIC token holding a virtual card's keys, shown the way the eID middleware
shows a real card: "Authentication" and "Signature" keys and certificates, plus the citizen CA
and the root as certificates labelled "CA" and "Root"."""

from __future__ import annotations

from collections.abc import Callable

import pkcs11
import pytest
from cryptography.hazmat.primitives import serialization
from pkcs11 import Attribute, CertificateType, ObjectClass

from devices.pkcs11 import SOFTHSM_MODULE
from devices.simulated.image import CardImage
from devices.simulated.softhsm import TOKEN_LABEL, _key_attributes, provision


def _add_chain(image: CardImage, pki) -> None:
    family = pki.family(image.ec)
    library = pkcs11.lib(SOFTHSM_MODULE)
    token = library.get_token(token_label=TOKEN_LABEL)
    with token.open(rw=True, user_pin=image.pin) as session:
        for label, cert in (("CA", family.ca.cert), ("Root", family.root.cert)):
            session.create_object(
                {
                    Attribute.CLASS: ObjectClass.CERTIFICATE,
                    Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                    Attribute.TOKEN: True,
                    Attribute.LABEL: label,
                    Attribute.ID: b"\x04" if label == "CA" else b"\x05",
                    Attribute.SUBJECT: cert.subject.public_bytes(),
                    Attribute.ISSUER: cert.issuer.public_bytes(),
                    Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER),
                }
            )


def _want_pin_before_every_signature(image: CardImage) -> None:
    """Remake the Signature key with CKA_ALWAYS_AUTHENTICATE, as the card's non-repudiation key
    ("PIN just before" every signature): SoftHSM2 then refuses C_Sign without a fresh
    context-specific login."""
    library = pkcs11.lib(SOFTHSM_MODULE)
    token = library.get_token(token_label=TOKEN_LABEL)
    with token.open(rw=True, user_pin=image.pin) as session:
        session.get_key(ObjectClass.PRIVATE_KEY, label="Signature").destroy()
        attributes = _key_attributes(image.keys.sign, "Signature", b"\x03")
        attributes[Attribute.ALWAYS_AUTHENTICATE] = True
        session.create_object(attributes)


@pytest.fixture
def card_token(softhsm, make_image, pki) -> Callable[..., CardImage]:
    """Provision the token for a profile (keys, certificates, PIN); return the card image."""

    def insert(
        profile: str, *, with_chain: bool = True, pin_before_every_signature: bool = False
    ) -> CardImage:
        image = make_image(profile)
        provision(image)
        if with_chain:
            _add_chain(image, pki)
        if pin_before_every_signature:
            _want_pin_before_every_signature(image)
        return image

    return insert
