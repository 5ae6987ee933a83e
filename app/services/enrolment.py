"""Joining the mutuality from an eID card: check the request, then queue it with its signed form.

`prepare_affiliation` checks what the person chose and typed against the central database and
works out when the cover starts; the screens show the draft, the documents layer turns it into
a form the person signs with their card, and `queue_affiliation` sends both through the
outbox ("affiliation.request"). Staff accept or refuse it; until then the card's owner is
"affiliation pending". The same two calls serve the counter (actor "staff:<login>").
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, select

from app.domain.codes import Language, MemberRole, MemberStatus, Sex
from app.domain.mutation import (
    DEFAULT_DEADLINE_DAY,
    MUTUALITIES,
    MUTUALITY_CODES,
    affiliation_effective_date,
    mutuality,
)
from app.domain.niss import InvalidNiss, Niss
from app.services.accounts import is_current_member, member_row
from app.services.errors import InvalidForm, Refused, niss_problem, reaching_central
from app.store.models import AffiliationRequest, AffiliationStatus
from app.store.parameters import federation_parameter
from app.sync import operations as ops
from app.sync.terminal import Outbox


@dataclass(frozen=True)
class CardPerson:
    """The identity and address read from the person's eID card (checked by devices/)."""

    niss: str
    surname: str
    first_names: str
    birth_date: dt.date | None  # a card may give only the year
    sex: str | None  # "M" / "F"
    nationality: str
    street_and_number: str
    postcode: str
    municipality: str


def card_person(identity, address) -> CardPerson:
    """A CardPerson from devices.belpic's Identity and Address (read and verified)."""
    sex = getattr(identity.sex, "value", identity.sex)
    return CardPerson(
        niss=identity.national_number.digits,
        surname=identity.surname,
        first_names=identity.first_names,
        birth_date=identity.birth_date.as_date(),
        sex=sex,
        nationality=identity.nationality,
        street_and_number=address.street_and_number,
        postcode=address.zip_code,
        municipality=address.municipality,
    )


@dataclass(frozen=True)
class AffiliationDraft:
    """A checked request to join: what the form shows and the signed operation carries."""

    niss: str
    surname: str
    first_names: str
    birth_date: dt.date | None
    sex: str | None
    nationality: str
    street_and_number: str
    postcode: str
    municipality: str
    role: MemberRole
    holder_niss: str | None
    holder_name: str | None  # to show "dependant of ..." on the form
    previous_mutuality: str | None  # None: a first affiliation
    language: Language
    phone: str | None
    email: str | None
    federation_code: str | None
    prepared_on: dt.date
    effective_on: dt.date


def mutualities(language: str = Language.FR) -> list[tuple[str, str]]:
    """The mutualities a person may come from: (code, name in `language`), for a choice list."""
    return [(m.code, m.name(language)) for m in MUTUALITIES]


@reaching_central
def effective_date(
    central: Engine,
    *,
    previous_mutuality: str | None,
    received_on: dt.date,
    federation_code: str | None = None,
) -> dt.date:
    """When cover would start for a request received on `received_on` (see prepare_affiliation)."""
    with central.connect() as connection:
        deadline_day = federation_parameter(
            connection, "mutation_deadline_day", on=received_on,
            federation_code=federation_code, default=DEFAULT_DEADLINE_DAY,
        )  # fmt: skip
    return affiliation_effective_date(
        received_on, previous_mutuality=_clean(previous_mutuality), deadline_day=int(deadline_day)
    )


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def _holder_niss(text: str | None, niss: str, problems: dict[str, str]) -> str | None:
    """The holder's national number as typed, checked on its own; None with a problem noted."""
    holder_text = _clean(text)
    if holder_text is None:
        problems["holder_niss"] = "holder_required"
        return None
    try:
        holder_niss = Niss.parse(holder_text).digits
    except InvalidNiss as exc:
        problems["holder_niss"] = niss_problem(exc)
        return None
    if holder_niss == niss:
        problems["holder_niss"] = "holder_is_self"
        return None
    return holder_niss


def _central_checks(
    central: Engine,
    niss: str,
    member_role: MemberRole | None,
    holder_niss_text: str | None,
    problems: dict[str, str],
    today: dt.date,
    federation_code: str | None,
) -> tuple[int, str | None, str | None, str | None]:
    """The checks that need the central database; (deadline day, holder NISS and name,
    federation code). Raises InvalidForm with every problem, or Refused."""
    holder_niss = holder_name = None
    holder_federation_id = None
    with central.connect() as connection:
        existing = member_row(connection, niss=niss)
        if existing is not None and is_current_member(existing.status, existing.left_on, today):
            raise Refused("already_member")
        pending = connection.execute(
            select(AffiliationRequest.id).where(
                AffiliationRequest.niss == niss,
                AffiliationRequest.status == AffiliationStatus.RECEIVED,
            )
        ).first()
        if pending is not None:
            raise Refused("affiliation_pending")
        if member_role == MemberRole.DEPENDANT:
            holder_niss = _holder_niss(holder_niss_text, niss, problems)
            if holder_niss is not None:
                holder = member_row(connection, niss=holder_niss)
                if (
                    holder is None
                    or MemberRole(holder.role) != MemberRole.HOLDER
                    or not is_current_member(holder.status, holder.left_on, today)
                    or MemberStatus(holder.status) == MemberStatus.DECEASED
                ):
                    problems["holder_niss"] = "unknown_holder"
                else:
                    holder_name = f"{holder.first_names} {holder.last_name}"
                    holder_federation_id = holder.federation_id
                    federation_code = holder.federation_code
        if problems:
            raise InvalidForm(problems)
        deadline_day = federation_parameter(
            connection, "mutation_deadline_day", on=today, federation_id=holder_federation_id,
            federation_code=None if holder_federation_id else federation_code,
            default=DEFAULT_DEADLINE_DAY,
        )  # fmt: skip
    return int(deadline_day), holder_niss, holder_name, federation_code


@reaching_central
def prepare_affiliation(
    central: Engine | None,
    person: CardPerson,
    *,
    role: str,
    holder_niss_text: str | None,
    previous_mutuality: str | None,
    language: str,
    phone: str | None,
    email: str | None,
    today: dt.date,
    federation_code: str | None = None,
) -> AffiliationDraft:
    """Check a request to join and work out its start date.

    InvalidForm lists every problem by field: role "invalid_role"; holder_niss
    "holder_required", "niss_length" / "niss_check_digits" / "niss_invalid",
    "unknown_holder" (no such holder among current members), "holder_is_self";
    previous_mutuality "unknown_mutuality"; language "invalid_language"; phone
    "invalid_phone"; email "invalid_email"; postcode "invalid_postcode".
    Refused "already_member" / "affiliation_pending" when the person cannot join again.

    The start date: a mutation starts at the first quarter whose deadline (the federation's
    `mutation_deadline_day` of the month before) is still ahead; a first affiliation starts
    today. The federation is the holder's for a dependant, else `federation_code` (the
    terminal's) when given.
    """
    niss = Niss.parse(person.niss).digits  # read and verified from the card
    problems: dict[str, str] = {}
    try:
        member_role = MemberRole(role)
    except ValueError:
        problems["role"] = "invalid_role"
        member_role = None
    try:
        chosen_language = Language(language)
    except ValueError:
        problems["language"] = "invalid_language"
        chosen_language = None
    previous = _clean(previous_mutuality)
    if previous is not None and previous not in MUTUALITY_CODES:
        problems["previous_mutuality"] = "unknown_mutuality"
    phone, email = _clean(phone), _clean(email)
    if problem := ops.phone_problem(phone):
        problems["phone"] = problem
    if problem := ops.email_problem(email):
        problems["email"] = problem
    if not ops.POSTCODE.match(person.postcode or ""):
        problems["postcode"] = "invalid_postcode"

    if central is None:
        # Offline (the central database cannot be reached): what can be checked here is
        # checked; membership, a pending request and the holder are checked by the central
        # worker, which refuses the operation with its reason (staff see it).
        holder_name = None
        holder_niss = (
            _holder_niss(holder_niss_text, niss, problems)
            if member_role == MemberRole.DEPENDANT
            else None
        )
        if problems:
            raise InvalidForm(problems)
        deadline_day = DEFAULT_DEADLINE_DAY
    else:
        deadline_day, holder_niss, holder_name, federation_code = _central_checks(
            central, niss, member_role, holder_niss_text, problems, today, federation_code
        )
    assert member_role is not None and chosen_language is not None
    return AffiliationDraft(
        niss=niss,
        surname=person.surname.strip(),
        first_names=person.first_names.strip(),
        birth_date=person.birth_date,
        sex=Sex(person.sex).value if person.sex else None,
        nationality=person.nationality.strip(),
        street_and_number=person.street_and_number.strip(),
        postcode=person.postcode,
        municipality=person.municipality.strip(),
        role=member_role,
        holder_niss=holder_niss,
        holder_name=holder_name,
        previous_mutuality=previous,
        language=chosen_language,
        phone=phone,
        email=email,
        federation_code=federation_code,
        prepared_on=today,
        effective_on=affiliation_effective_date(
            today, previous_mutuality=previous, deadline_day=int(deadline_day)
        ),
    )


def form_data(draft: AffiliationDraft):
    """The draft as app.documents.forms.AffiliationFormData, for the form the person signs."""
    from app.documents.forms import AffiliationFormData

    birth_date = draft.birth_date or Niss(draft.niss).birth_date
    if birth_date is None:
        raise Refused("incomplete_birth_date")  # neither the card nor the number gives it
    previous = mutuality(draft.previous_mutuality) if draft.previous_mutuality else None
    return AffiliationFormData(
        national_number=draft.niss,
        surname=draft.surname,
        first_names=draft.first_names,
        birth_date=birth_date,
        sex=draft.sex or "X",
        nationality=draft.nationality,
        street_and_number=draft.street_and_number,
        postcode=draft.postcode,
        municipality=draft.municipality,
        language=draft.language.value,
        role=draft.role.value,
        holder_national_number=draft.holder_niss,
        previous_mutuality=(
            f"{previous.code} – {previous.name(draft.language)}" if previous else None
        ),
        effective_on=draft.effective_on,
        signed_on=draft.prepared_on,
        phone=draft.phone,
        email=draft.email,
    )


def affiliation_payload(draft: AffiliationDraft, signed_pdf: bytes) -> dict:
    """The "affiliation.request" v1 payload: the draft and its signed form (base64, SHA-256)."""
    return {
        "member_niss": draft.niss,
        "surname": draft.surname,
        "first_names": draft.first_names,
        "birth_date": draft.birth_date.isoformat() if draft.birth_date else None,
        "sex": draft.sex,
        "nationality": draft.nationality or None,
        "street_and_number": draft.street_and_number,
        "postcode": draft.postcode,
        "municipality": draft.municipality,
        "language": draft.language.value,
        "role": draft.role.value,
        "holder_niss": draft.holder_niss,
        "previous_mutuality": draft.previous_mutuality,
        "phone": draft.phone,
        "email": draft.email,
        "federation_code": draft.federation_code,
        "effective_on": draft.effective_on.isoformat(),
        "signed_pdf": base64.b64encode(signed_pdf).decode("ascii"),
        "signed_pdf_sha256": hashlib.sha256(signed_pdf).hexdigest(),
    }


def queue_affiliation(
    outbox: Outbox, draft: AffiliationDraft, signed_pdf: bytes, *, actor: str
) -> uuid.UUID:
    """Queue the request with the form the person signed (works offline).

    Refused("invalid_document") when `signed_pdf` is not a PDF of at most 5 MB.
    """
    if not signed_pdf.startswith(b"%PDF-") or len(signed_pdf) > ops.MAX_SIGNED_PDF_BYTES:
        raise Refused("invalid_document")
    return outbox.enqueue("affiliation.request", affiliation_payload(draft, signed_pdf),
                          actor=actor)  # fmt: skip
