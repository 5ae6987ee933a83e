"""Operations: the only way a terminal changes central data, each a kind, a version, a payload.

A payload is validated with the same pydantic model on the terminal (before it is queued, so
the member hears about a mistake at once) and in the central worker (before it is applied, so a
terminal with old or broken code cannot write nonsense). A new field that changes meaning is a
new version; old versions stay registered until no terminal sends them.

Rejections carry a stable `code` (the terminal translates it for the member) and a `detail`
for staff.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from app.domain.codes import Channel, OrderKind
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
PHONE = re.compile(r"^\+?[0-9 ./()-]{8,20}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Payload(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    member_niss: NissText  # whose file the operation changes (the member the terminal serves)


class ContactRequestCreateV1(Payload):
    """A question asked through "Contact us"."""

    topic: Annotated[Text, Field(max_length=40)]
    subject: Annotated[Text, Field(max_length=200)]
    message: Annotated[Text, Field(max_length=5000)]
    channel: Channel


class DocumentOrderCreateV1(Payload):
    """Documents ordered for oneself or a person one may see."""

    for_niss: NissText
    kind: OrderKind
    quantity: Annotated[int, Field(ge=1, le=10)]
    channel: Channel

    @model_validator(mode="after")
    def _one_card(self) -> DocumentOrderCreateV1:
        if self.kind in (OrderKind.EHIC, OrderKind.INCAPACITY_CERTIFICATE) and self.quantity != 1:
            raise ValueError("this document is ordered one at a time")
        return self


class ContactUpdateV1(Payload):
    """New phone or e-mail address; None keeps the current value, "" clears it."""

    phone: str | None = None
    email: str | None = None

    @model_validator(mode="after")
    def _check(self) -> ContactUpdateV1:
        if self.phone is None and self.email is None:
            raise ValueError("nothing to change")
        if self.phone and not PHONE.match(self.phone):
            raise ValueError("not a phone number")
        if self.email and (len(self.email) > 200 or not EMAIL.match(self.email)):
            raise ValueError("not an e-mail address")
        return self


@dataclass(frozen=True)
class OperationType:
    kind: str
    version: int
    model: type[Payload]


REGISTRY: dict[tuple[str, int], OperationType] = {
    (t.kind, t.version): t
    for t in (
        OperationType("contact_request.create", 1, ContactRequestCreateV1),
        OperationType("document_order.create", 1, DocumentOrderCreateV1),
        OperationType("member.contact.update", 1, ContactUpdateV1),
    )
}


def validate(kind: str, version: int, payload: Any) -> Payload:
    """The payload as its model, or OperationRejected saying what is wrong with it."""
    if not any(k == kind for k, _v in REGISTRY):
        raise OperationRejected("unknown_kind", f"unknown operation {kind!r}")
    operation = REGISTRY.get((kind, version))
    if operation is None:
        raise OperationRejected("unsupported_version", f"{kind} has no version {version}")
    if not isinstance(payload, dict):
        raise OperationRejected("invalid_payload", "the payload is not an object")
    try:
        return operation.model.model_validate(payload)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc']) or 'payload'}: {error['msg']}"
            for error in exc.errors(include_url=False)
        )
        raise OperationRejected("invalid_payload", problems) from exc


def latest_version(kind: str) -> int:
    versions = [v for k, v in REGISTRY if k == kind]
    if not versions:
        raise OperationRejected("unknown_kind", f"unknown operation {kind!r}")
    return max(versions)
