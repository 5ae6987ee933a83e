"""The operations of a contact point (issue 16): an accident declaration returned, appointments
booked, moved or cancelled, queue tickets printed and called, slots opened and withdrawn.
Registered under their kinds in app/sync/operations.py."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from app.domain.codes import AccidentKind, Channel, ContactService
from app.sync.payload import Payload, SignedForm

Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]


class AccidentDeclarationReturnV1(SignedForm):
    """An accident declaration the member filled in and signed with their card (domain.md §10:
    returning it is an obligation, also when it was not an accident)."""

    declaration_id: Annotated[int, Field(ge=1)]
    was_accident: bool
    kind: AccidentKind | None = None  # where: work, school, road, sport, home, other
    happened_on: dt.date | None = None
    place: Short | None = None
    description: (
        Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] | None
    ) = None
    third_party: bool = False  # someone else may be liable
    third_party_name: Short | None = None
    third_party_address: (
        Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)] | None
    ) = None
    insurer: Short | None = None
    policy_number: (
        Annotated[str, StringConstraints(strip_whitespace=True, max_length=60)] | None
    ) = None
    police_report: (
        Annotated[str, StringConstraints(strip_whitespace=True, max_length=60)] | None
    ) = None
    channel: Channel

    @model_validator(mode="after")
    def _check(self) -> AccidentDeclarationReturnV1:
        if self.was_accident:
            if self.kind is None or self.kind == AccidentKind.NOT_AN_ACCIDENT:
                raise ValueError("an accident says where it happened")
            if self.happened_on is None or not self.description:
                raise ValueError("an accident says when and what happened")
            if self.third_party and not self.third_party_name:
                raise ValueError("a liable third party has a name")
        elif self.kind not in (None, AccidentKind.NOT_AN_ACCIDENT) or self.third_party:
            raise ValueError("no accident: no place, kind or third party")
        return self


class AppointmentBookV1(Payload):
    """A member books a free slot (at a terminal, or a clerk for them at the counter)."""

    slot_id: Annotated[int, Field(ge=1)]
    subject: Short | None = None
    channel: Channel


class AppointmentMoveV1(Payload):
    """A member's appointment moved to another free slot: the old one is freed only if the new
    one is taken (one transaction)."""

    appointment_id: Annotated[int, Field(ge=1)]
    slot_id: Annotated[int, Field(ge=1)]
    channel: Channel


class AppointmentCancelV1(Payload):
    appointment_id: Annotated[int, Field(ge=1)]
    channel: Channel


TicketNumber = Annotated[str, StringConstraints(pattern=r"^[A-Z]-[0-9]{3}$")]


class TicketIssueV1(BaseModel):
    """A queue ticket a terminal printed: anonymous, no member (its letter is the terminal's,
    which the worker checks against the login that pushed it)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    member_niss: None = None
    number: TicketNumber
    service: ContactService
    issued_on: dt.date  # the Brussels day on the terminal
    issued_at: dt.datetime


class StaffAccidentV1(Payload):
    """A paper accident declaration a clerk registers as received (`member_niss`: whose), or one
    the Accidents service dealt with (it leaves their queue)."""

    declaration_id: Annotated[int, Field(ge=1)]


class StaffAccidentRegisterV1(StaffAccidentV1):
    received_on: dt.date  # the day the paper came in


class StaffSlotsOpenV1(BaseModel):
    """Slots a clerk opens at their agency for one service. Many members or none: no
    `member_niss`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    member_niss: None = None
    agency_code: Annotated[str, Field(min_length=1, max_length=12)]
    service: ContactService
    starts_at: Annotated[list[dt.datetime], Field(min_length=1, max_length=200)]
    minutes: Annotated[int, Field(gt=0, le=240)]


class StaffSlotsWithdrawV1(BaseModel):
    """Free slots a clerk withdraws (a booked one is refused: cancel the appointment first)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    member_niss: None = None
    slot_ids: Annotated[list[Annotated[int, Field(ge=1)]], Field(min_length=1, max_length=200)]


class StaffTicketCallV1(BaseModel):
    """A counter desk calls the next waiting ticket of a service at its agency (the worker
    picks it, marks the desk's previous one done, and returns the number)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    member_niss: None = None
    service: ContactService
    desk: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
