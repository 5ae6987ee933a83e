"""Signing a PDF with the eID card's Signature key (PKCS#11, pyHanko), and checking a signed PDF.

The card is reached through a PKCS#11 module: the eID middleware's in production
(`devices.pkcs11.BEID_MODULE`), SoftHSM2 holding the virtual card's keys in tests
(`devices.pkcs11.SOFTHSM_MODULE`). The key and certificate are found by label ("Signature"), as
the middleware's CKA_ID is a native CK_ULONG that differs between platforms.

- RSA cards (applet 1.7): SHA-256 with PKCS#1 v1.5 (CKM_SHA256_RSA_PKCS) on the token.
- ECDSA P-384 cards (applet 1.8): SHA-384 is computed here and the token signs the digest with
  the raw CKM_ECDSA mechanism (pyHanko's `use_raw_mechanism`): SoftHSM2 refuses
  CKM_ECDSA_SHA384 for P-384 keys, and the eID module offers CKM_ECDSA as well.
- A key marked CKA_ALWAYS_AUTHENTICATE (the real card's non-repudiation key: "PIN just before
  every signature") gets its context-specific login with the same PIN, right before C_Sign.

The PIN goes to C_Login (and the context-specific login) and nowhere else: it is not logged, not
kept after the call, and never part of an error message.

No time stamp is added: the terminal has no network path to a time-stamping authority, so the
signing time is the one the terminal states in the signed attributes (PAdES B-B level). A later
service with a TSA can extend the signatures to B-T; nothing here prevents it.

The certificate chain is embedded as the token offers it: the middleware shows the citizen CA
and the root under the labels "CA" and "Root", and they are pulled with the signer's
certificate; `chain` adds certificates read elsewhere (from the card's files) for modules that
do not show them.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import pkcs11
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pkcs11 import Attribute, KeyType, ObjectClass
from pyhanko.pdf_utils import content
from pyhanko.pdf_utils import layout as pdf_layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.general import SigningError
from pyhanko.sign.pkcs11 import PKCS11Signer
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas

from app.documents import layout
from app.domain.clock import BRUSSELS, utc_now
from devices import pkcs11 as card_pkcs11
from devices.errors import PinFormatError, Pkcs11Error

log = logging.getLogger(__name__)


class InvalidDocument(ValueError):
    """The bytes to sign are not a PDF pyHanko can sign (or the field is already signed)."""


@dataclass(frozen=True)
class SignatureCheck:
    """What a signed PDF's (last) signature says.

    intact: the signed bytes are unchanged and nothing that matters was added after them.
    valid: the signer's signature over the signed attributes verifies with their certificate
      (pyHanko's meaning: a PDF whose bytes changed can be valid and not intact).
    trusted: that certificate chains up to one of the given roots and may sign (non-repudiation).
    `ok` is what a caller accepting a signed form wants: all three.
    """

    intact: bool
    valid: bool
    trusted: bool
    signer_national_number: str | None
    signed_at: dt.datetime | None
    signer_common_name: str | None

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.trusted


NOT_SIGNED = SignatureCheck(False, False, False, None, None, None)


def sign_pdf_with_card(
    pdf: bytes,
    *,
    pin: str,
    module: str,
    reason: str,
    location: str,
    signer_name: str | None = None,
    token_label: str = "BELPIC",
    key_label: str = "Signature",
    field_name: str = "Signature1",
    chain: Sequence[x509.Certificate] = (),
) -> bytes:
    """Sign `pdf` into the field `field_name` with the card's key `key_label`; return the new PDF.

    If the PDF already has that (empty) field with a box on a page, the signature's appearance
    (signer, reason, place and time) is drawn in it; otherwise an invisible field is made.

    Raises PinFormatError (not 4 to 12 digits, nothing sent), PinIncorrect(None), PinBlocked,
    CardRemoved, Pkcs11Error (module missing, no such token or key, other PKCS#11 failure), or
    InvalidDocument.
    """
    if not (isinstance(pin, str) and pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
        raise PinFormatError("a PIN is 4 to 12 digits")
    if not Path(module).exists():
        raise Pkcs11Error(f"cannot load the PKCS#11 module {module}: no such file")
    box = _field_box(pdf, field_name)
    try:
        with card_pkcs11.MODULE_LOCK:  # python-pkcs11 loads a module once per process
            library = pkcs11.lib(module)
    except (OSError, RuntimeError, pkcs11.PKCS11Error) as exc:
        raise Pkcs11Error(f"cannot load the PKCS#11 module {module}") from exc
    with card_pkcs11.typed_errors(module, token_label, key_label):
        token = library.get_token(token_label=token_label)
        with token.open(user_pin=pin) as session:
            return _sign_in_session(
                session, pdf, pin=pin, key_label=key_label, field_name=field_name,
                reason=reason, location=location, signer_name=signer_name, box=box,
                chain=chain,
            )  # fmt: skip


def _sign_in_session(
    session,
    pdf: bytes,
    *,
    pin: str,
    key_label: str,
    field_name: str,
    reason: str,
    location: str,
    signer_name: str | None,
    box: tuple[float, float] | None,
    chain: Sequence[x509.Certificate],
) -> bytes:
    key = session.get_key(ObjectClass.PRIVATE_KEY, label=key_label)
    ec_key = key.key_type == KeyType.EC
    try:
        always_authenticate = bool(key[Attribute.ALWAYS_AUTHENTICATE])
    except pkcs11.PKCS11Error:  # a module that does not know the attribute
        always_authenticate = False
    certificate = _token_certificate(session, key_label)
    name = signer_name or _display_name(certificate)
    signer = PKCS11Signer(
        session,
        key_label=key_label,
        signing_cert=certificate,
        ca_chain=[_to_asn1(cert) for cert in chain],
        other_certs_to_pull=("CA", "Root"),  # the middleware's labels; absent ones are skipped
        use_raw_mechanism=ec_key,
        # The card's Signature key wants the PIN again right before C_Sign (CKU_CONTEXT_SPECIFIC).
        base_sign_kwargs={"pin": pin} if always_authenticate else None,
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        reason=reason,
        location=location,
        name=name,
        md_algorithm="sha384" if ec_key else "sha256",
    )
    stamp_style = None
    if box is not None:
        when = utc_now().astimezone(BRUSSELS)
        stamp_style = StaticStampStyle(
            background=_StampPage(_stamp_pdf(box, name, reason, location, when)),
            background_opacity=1.0,
            border_width=0,
            background_layout=pdf_layout.SimpleBoxLayoutRule(
                x_align=pdf_layout.AxisAlignment.ALIGN_MID,
                y_align=pdf_layout.AxisAlignment.ALIGN_MID,
                margins=pdf_layout.Margins.uniform(0),
            ),
        )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        pdf_signer = signers.PdfSigner(metadata, signer, stamp_style=stamp_style)
        return pdf_signer.sign_pdf(writer).getvalue()
    except SigningError as exc:
        cause = exc.__cause__ or exc.__context__
        if isinstance(cause, pkcs11.PKCS11Error):
            raise cause from exc
        raise InvalidDocument(f"pyHanko could not sign: {exc}") from exc


def _token_certificate(session, label: str) -> asn1_x509.Certificate:
    found = list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE,
                                      Attribute.LABEL: label}))  # fmt: skip
    if len(found) != 1:
        raise Pkcs11Error(f"expected one certificate labelled {label}, found {len(found)}")
    return asn1_x509.Certificate.load(found[0][Attribute.VALUE])


def _display_name(certificate: asn1_x509.Certificate) -> str:
    """The name as the card's certificate gives it: "Alice Dupont (Signature)" → "Alice Dupont"."""
    common_name = certificate.subject.native.get("common_name", "")
    if common_name.endswith(")") and " (" in common_name:
        common_name = common_name[: common_name.rindex(" (")]
    return common_name


def _to_asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def _field_box(pdf: bytes, field_name: str) -> tuple[float, float] | None:
    """(width, height) of the empty field's box on its page, None if absent or invisible."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        for name, value, field_ref in fields.enumerate_sig_fields(reader):
            if name != field_name:
                continue
            if value is not None:
                raise InvalidDocument(f"the field {field_name} is already signed")
            rect = field_ref.get_object().get("/Rect")
            if rect is None:
                return None
            x1, y1, x2, y2 = (float(v) for v in rect)
            width, height = abs(x2 - x1), abs(y2 - y1)
            return (width, height) if width > 1 and height > 1 else None
    except (PdfError, ValueError) as exc:
        if isinstance(exc, InvalidDocument):
            raise
        raise InvalidDocument(f"not a readable PDF: {exc}") from exc
    return None


def _stamp_pdf(
    box: tuple[float, float], name: str, reason: str, location: str, when: dt.datetime
) -> bytes:
    """The visible signature, drawn with reportlab in DejaVu Sans at the field's exact size."""
    layout.register_fonts()
    width, height = box
    buffer = io.BytesIO()
    c = pdfcanvas.Canvas(buffer, pagesize=(width, height))
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, width, height, stroke=0, fill=1)
    c.setFillColor(layout.TEAL)
    c.rect(0, 0, 1.6 * mm, height, stroke=0, fill=1)
    x = 4 * mm
    c.setFont(layout.FONT_BOLD, 11)
    c.drawString(x, height - 7 * mm, _fit(name, layout.FONT_BOLD, 11, width - x - 2 * mm))
    c.setFillColor(layout.GREY)
    c.setFont(layout.FONT, 7.5)
    lines = [reason, f"{location}, {when:%d/%m/%Y %H:%M}", "eID"]
    for index, line in enumerate(lines):
        c.drawString(x, height - 12.5 * mm - index * 3.6 * mm,
                     _fit(line, layout.FONT, 7.5, width - x - 2 * mm))  # fmt: skip
    c.showPage()
    c.save()
    return buffer.getvalue()


def _fit(line: str, font: str, size: float, width: float) -> str:
    """Cut `line` with an ellipsis so it stays inside the box."""
    if stringWidth(line, font, size) <= width:
        return line
    while line and stringWidth(line + "…", font, size) > width:
        line = line[:-1]
    return line + "…"


class _StampPage(content.PdfContent):
    """A one-page PDF held in memory, drawn as the signature's appearance.

    pyHanko's own ImportedPdfPage reads from a file name; the stamp is made per signature and
    has no reason to touch the disk.
    """

    def __init__(self, pdf: bytes):
        super().__init__()
        self.pdf = pdf

    def render(self) -> bytes:
        writer = self._ensure_writer
        xobject = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self.pdf)), page_ix=0)
        self.resources.xobject["/SignatureStamp"] = xobject
        x1, y1, x2, y2 = xobject.get_object()["/BBox"]
        self.box = pdf_layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return b"/SignatureStamp Do"


def check_signed_pdf(pdf: bytes, trust_roots: list[x509.Certificate]) -> SignatureCheck:
    """Check the last signature of `pdf` against `trust_roots` (offline: no CRL, no OCSP).

    A PDF without a signature, or one that cannot be read, gives NOT_SIGNED (all false).
    """
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:  # untrusted bytes: a garbled signature breaks the ASN.1 parser
        # in any way (TypeError and others, not only PdfError), and is no signature at all.
        log.info("signed PDF unreadable: %s", type(exc).__name__)
        return NOT_SIGNED
    if not signatures:
        return NOT_SIGNED
    signature = signatures[-1]
    context = ValidationContext(trust_roots=[_to_asn1(root) for root in trust_roots],
                                allow_fetching=False)  # fmt: skip
    try:
        status = validate_pdf_signature(signature, signer_validation_context=context)
    except Exception as exc:  # the same: a signature that cannot be checked is not valid
        log.info("signature not checkable: %s", type(exc).__name__)
        return SignatureCheck(False, False, False, None, None, None)
    nothing_added = status.coverage == SignatureCoverageLevel.ENTIRE_FILE or (
        status.modification_level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES)
    )
    subject = status.signing_cert.subject.native if status.signing_cert is not None else {}
    return SignatureCheck(
        intact=bool(status.intact and nothing_added),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        signer_national_number=subject.get("serial_number"),
        signed_at=status.signer_reported_dt,
        signer_common_name=subject.get("common_name"),
    )


# Why a signed form is not accepted (check_signed_form).
FORM_NOT_SIGNED = "not_signed"  # no signature, or not a PDF
FORM_CHANGED = "changed_after_signing"  # the signed bytes changed, or something was added
FORM_NOT_TRUSTED = "not_trusted"  # the certificate does not chain to the roots (or cannot sign)
FORM_WRONG_SIGNER = "wrong_signer"  # signed by someone else than the person it is about
FORM_MISMATCH = "form_mismatch"  # the form does not say what the request says


def check_signed_form(
    pdf: bytes,
    trust_roots: Sequence[x509.Certificate],
    *,
    signers: Collection[str],
    must_say: Sequence[str] = (),
) -> str | None:
    """None when `pdf` is a form signed by one of `signers` (national numbers), intact, with
    a certificate chaining to `trust_roots`, and whose text holds each of `must_say` (the new
    account, the applicant's number): what the request carries is what was signed. Else the
    reason, one of the FORM_* codes above."""
    check = check_signed_pdf(pdf, list(trust_roots))
    if not check.valid:
        return FORM_NOT_SIGNED
    if not check.intact:
        return FORM_CHANGED
    if not check.trusted:
        return FORM_NOT_TRUSTED
    if check.signer_national_number not in set(signers):
        return FORM_WRONG_SIGNER
    if must_say:
        from app.documents.render import DocumentError, pdf_text

        try:
            text = " ".join(pdf_text(pdf).split())
        except DocumentError:
            return FORM_NOT_SIGNED
        if any(" ".join(expected.split()) not in text for expected in must_say):
            return FORM_MISMATCH
    return None


def sign_pdf_on_card(reader, pdf: bytes, *, pin: str, module: str, reason: str, location: str):
    """The eID way of signing a form: the citizen CA read from the card (for the signature's
    chain), the PIN VERIFYed on the card first (its own try counter decides, as for
    identification), then the Signature key signs through PKCS#11. `reader` is the visit's
    devices.belpic.reader.EidReader; runs on the card thread."""
    certificates = reader.read_certificates()
    reader.verify_pin(pin)
    return sign_pdf_with_card(
        pdf,
        pin=pin,
        module=module,
        reason=reason,
        location=location,
        chain=[certificates.ca] if certificates.ca is not None else [],
    )
