"""What every operation's payload shares: the refusal, the member it concerns, the checks of a
national number, a phone and an e-mail address, and a form signed with the card (a PDF).
app/sync/operations.py registers the kinds; it re-exports these names."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, model_validator

from app.domain import phone as phone_rules
from app.domain.niss import InvalidNiss, Niss


class OperationRejected(Exception):
    """An operation that must not be applied: invalid, unknown, or against a business rule."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def _niss(text: str) -> str:
    try:
        return Niss.parse(text).digits
    except InvalidNiss as exc:
        raise ValueError(exc.reason) from exc


NissText = Annotated[str, AfterValidator(_niss)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
POSTCODE = re.compile(r"^[0-9]{4}$")
MAX_SIGNED_PDF_BYTES = 5 * 1024 * 1024


def phone_problem(phone: str | None) -> str | None:
    """None when `phone` is empty or a number that can exist, else a problem code."""
    return phone_rules.phone_problem(phone)


def email_problem(email: str | None) -> str | None:
    if email and (len(email) > 200 or not EMAIL.match(email)):
        return "invalid_email"
    return None


class Payload(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    member_niss: NissText  # whose file the operation changes (the member the terminal serves)


class SignedForm(Payload):
    """A payload with the form the member signed with their card (a PDF, base64)."""

    signed_pdf: str  # base64
    signed_pdf_sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]

    @model_validator(mode="after")
    def _check_pdf(self) -> SignedForm:
        pdf = self.pdf_bytes()
        if not pdf.startswith(b"%PDF-") or len(pdf) > MAX_SIGNED_PDF_BYTES:
            raise ValueError("the signed form is not a PDF of at most 5 MB")
        if hashlib.sha256(pdf).hexdigest() != self.signed_pdf_sha256:
            raise ValueError("the signed form does not match its SHA-256")
        return self

    def pdf_bytes(self) -> bytes:
        try:
            return base64.b64decode(self.signed_pdf, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError("the signed form is not base64") from exc
