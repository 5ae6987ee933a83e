"""Joining from an eID card: the checks, the start date, and the signed request applied once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.documents.forms import affiliation_form
from app.domain.codes import Channel, InboxState, MemberRole
from app.services import accounts, enrolment
from app.services.accounts import OwnerKind
from app.services.errors import InvalidForm, Refused
from app.store.models import AffiliationRequest, AffiliationStatus, Document, FederationParameter
from app.sync.terminal import OutboxEntry
from tests.integration.services.conftest import TODAY
from tests.integration.services.helpers import inbox, pdf_text
from tests.support.cards import sign_as

ADULT = enrolment.CardPerson(
    niss="85073003328", surname="Peeters", first_names="Jan Karel",
    birth_date=dt.date(1985, 7, 30), sex="M", nationality="Belge",
    street_and_number="Meir 12", postcode="2000", municipality="Antwerpen",
)  # fmt: skip
CHILD = enrolment.CardPerson(
    niss="17073003384", surname="Peeters", first_names="Lucas",
    birth_date=dt.date(2017, 7, 30), sex="M", nationality="Belge",
    street_and_number="Meir 12", postcode="2000", municipality="Antwerpen",
)  # fmt: skip


def prepare(central, person=ADULT, **choices):
    values = {
        "role": "holder",
        "holder_niss_text": None,
        "previous_mutuality": "100",
        "language": "nl",
        "phone": "0470 12 34 56",
        "email": "jan@example.be",
        "today": TODAY,
    }
    return enrolment.prepare_affiliation(central, person, **(values | choices))


@pytest.fixture
def signed(pki):
    """The form as the documents layer makes it, signed as the applicant's card signs it."""

    def sign(draft, *, signer: str | None = None) -> bytes:
        form = affiliation_form(enrolment.form_data(draft), language=draft.language)
        return sign_as(form, pki, signer or draft.niss)

    return sign


def dotted(niss: str) -> str:
    return f"{niss[:2]}.{niss[2:4]}.{niss[4:6]}-{niss[6:9]}.{niss[9:]}"


def test_a_mutation_starts_at_the_next_quarter_a_first_affiliation_today(central):
    draft = prepare(central)
    assert draft.effective_on == dt.date(2027, 1, 1)  # 25 Nov, deadline 5 Dec
    assert draft.role == MemberRole.HOLDER and draft.niss == ADULT.niss
    assert prepare(central, previous_mutuality=None).effective_on == TODAY
    late = prepare(central, today=dt.date(2026, 12, 6))
    assert late.effective_on == dt.date(2027, 4, 1)


def test_the_deadline_day_is_read_from_the_federation(central):
    holder = central.cases["active_account"]  # Mons Wallonie Picarde
    with central.begin() as connection:
        connection.execute(
            update(FederationParameter)
            .where(FederationParameter.name == "mutation_deadline_day")
            .values(value=10)
        )
    draft = prepare(central, CHILD, role="dependant", holder_niss_text=holder,
                    today=dt.date(2026, 12, 8))  # fmt: skip
    assert draft.effective_on == dt.date(2027, 1, 1) and draft.federation_code == "MWP"
    day = dt.date(2026, 12, 8)
    assert enrolment.effective_date(
        central, previous_mutuality="500", received_on=day, federation_code="MWP"
    ) == dt.date(2027, 1, 1)
    # No federation known: the rule's own default, the 5th.
    assert enrolment.effective_date(central, previous_mutuality="500", received_on=day) == dt.date(
        2027, 4, 1
    )


def test_a_dependant_names_their_holder_in_any_written_form(central):
    holder = central.cases["active_account"]
    draft = prepare(central, CHILD, role="dependant", holder_niss_text=dotted(holder))
    assert draft.holder_niss == holder and "Dufrêne" in draft.holder_name


def test_every_problem_of_the_form_is_said_at_once(central):
    with pytest.raises(InvalidForm) as invalid:
        prepare(central, CHILD, role="dependant", holder_niss_text="", previous_mutuality="900",
                phone="call me", email="jan@", language="xx")  # fmt: skip
    assert invalid.value.problems == {
        "holder_niss": "holder_required",
        "previous_mutuality": "unknown_mutuality",
        "phone": "invalid_phone",
        "email": "invalid_email",
        "language": "invalid_language",
    }


@pytest.mark.parametrize(
    ("holder_case", "problem"),
    [
        (None, "unknown_holder"),  # nobody has this number
        ("dependant_18_or_more", "unknown_holder"),  # a dependant cannot be a holder
    ],
)
def test_the_holder_must_be_a_holder_member(central, holder_case, problem):
    holder = central.cases[holder_case] if holder_case else "17073003384"
    with pytest.raises(InvalidForm) as invalid:
        prepare(central, ADULT, role="dependant", holder_niss_text=holder)
    assert invalid.value.problems == {"holder_niss": problem}
    with pytest.raises(InvalidForm) as invalid:
        prepare(central, ADULT, role="dependant", holder_niss_text="85073003329")
    assert invalid.value.problems == {"holder_niss": "niss_check_digits"}


def test_a_member_cannot_join_again(central):
    member = accounts.card_owner(central, central.cases["bim"], today=TODAY).member
    person = enrolment.CardPerson(
        niss=member.niss, surname=member.last_name, first_names=member.first_names,
        birth_date=member.birth_date, sex="F", nationality="Belge",
        street_and_number=member.street_and_number, postcode=member.postcode,
        municipality=member.municipality,
    )  # fmt: skip
    with pytest.raises(Refused) as refused:
        prepare(central, person)
    assert refused.value.code == "already_member"


def test_the_signed_request_is_kept_and_the_person_is_pending(central, outbox, deliver, signed):
    draft = prepare(central)
    pdf = signed(draft)
    assert "Peeters" in pdf_text(pdf)
    operation_id = enrolment.queue_affiliation(outbox, draft, pdf, actor="member")
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]

    with Session(central) as session:
        request = session.scalars(
            select(AffiliationRequest).where(AffiliationRequest.operation_id == operation_id)
        ).one()
        document = session.get(Document, request.document_id)
        assert (request.niss, request.surname, request.role) == (ADULT.niss, "Peeters", "holder")
        assert request.status == AffiliationStatus.RECEIVED and request.channel == Channel.TERMINAL
        assert request.previous_mutuality == "100" and request.phone == "0470 12 34 56"
        assert document.member_id is None and document.signed and document.content == pdf
        assert document.content_sha256 == hashlib.sha256(pdf).hexdigest()
        assert document.title == "Aanvraag tot aansluiting"
    owner = accounts.card_owner(central, ADULT.niss, today=TODAY)
    assert owner.kind == OwnerKind.AFFILIATION_PENDING and owner.member is None
    with pytest.raises(Refused) as refused:
        prepare(central)
    assert refused.value.code == "affiliation_pending"


def test_the_central_side_works_out_the_start_date_from_the_day_it_was_signed(
    central, terminal, outbox, deliver, signed
):
    draft = prepare(central, today=dt.date(2026, 12, 5))
    operation_id = enrolment.queue_affiliation(outbox, draft, signed(draft), actor="staff:clerk")
    # The terminal was offline and its clock says the 6th when the member signed: too late.
    with terminal.begin() as connection:
        connection.execute(
            update(OutboxEntry).values(created_at=dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC))
        )
    deliver(central)
    assert inbox(central, operation_id).result["effective_on"] == "2027-04-01"
    with Session(central) as session:
        request = session.scalars(select(AffiliationRequest)).one()
    assert request.effective_on == dt.date(2027, 4, 1) and request.channel == Channel.COUNTER


def test_a_dependant_request_links_the_holder(central, terminal, outbox, deliver, signed):
    holder = central.cases["active_account"]
    draft = prepare(central, CHILD, role="dependant", holder_niss_text=holder,
                    previous_mutuality=None)  # fmt: skip
    enrolment.queue_affiliation(outbox, draft, signed(draft), actor="member")
    # A first affiliation starts the day the request reached the terminal: the test's day.
    with terminal.begin() as connection:
        connection.execute(
            update(OutboxEntry).values(created_at=dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC))
        )
    deliver(central)
    holder_id = accounts.card_owner(central, holder, today=TODAY).member.member_id
    with Session(central) as session:
        request = session.scalars(select(AffiliationRequest)).one()
    assert request.holder_member_id == holder_id and request.effective_on == TODAY


def test_the_central_side_refuses_members_duplicates_and_unknown_holders(
    central, outbox, deliver, signed
):
    draft = prepare(central)
    pdf = signed(draft)
    first = enrolment.queue_affiliation(outbox, draft, pdf, actor="member")
    twice = enrolment.queue_affiliation(outbox, draft, pdf, actor="member")
    as_member = dataclasses.replace(draft, niss=central.cases["bim"])  # already a member
    member = enrolment.affiliation_payload(as_member, signed(as_member))
    already = outbox.enqueue("affiliation.request", member, actor="member")
    # A request whose form another person's card signed.
    forged = enrolment.affiliation_payload(as_member, signed(as_member, signer=ADULT.niss))
    someone_else = outbox.enqueue("affiliation.request", forged, actor="member")
    child = prepare(central, CHILD, role="dependant",
                    holder_niss_text=central.cases["maf_ceiling_reached"])  # fmt: skip
    orphan = enrolment.affiliation_payload(child, signed(child)) | {
        "holder_niss": central.cases["dependant_18_or_more"]
    }
    unknown_holder = outbox.enqueue("affiliation.request", orphan, actor="member")
    deliver(central)
    assert inbox(central, first).state == InboxState.APPLIED
    assert inbox(central, twice).reason == "affiliation_pending"
    assert inbox(central, already).reason == "already_member"
    assert inbox(central, someone_else).reason == "signature_invalid"
    assert inbox(central, someone_else).detail == "wrong_signer"
    assert inbox(central, unknown_holder).reason == "unknown_holder"


def test_a_signed_request_must_be_a_pdf_and_match_its_hash(central, outbox, signed):
    draft = prepare(central)
    with pytest.raises(Refused) as refused:
        enrolment.queue_affiliation(outbox, draft, b"not a pdf", actor="member")
    assert refused.value.code == "invalid_document"
    payload = enrolment.affiliation_payload(draft, signed(draft)) | {"signed_pdf_sha256": "0" * 64}
    from app.sync.operations import OperationRejected

    with pytest.raises(OperationRejected) as rejected:
        outbox.enqueue("affiliation.request", payload, actor="member")
    assert "SHA-256" in rejected.value.detail
    assert outbox.pending_count() == 0


def test_offline_the_draft_checks_what_it_can_and_leaves_the_rest_to_the_worker():
    from app.services.enrolment import CardPerson, prepare_affiliation
    from app.services.errors import InvalidForm

    person = CardPerson(
        niss="85073003328", surname="Dupont", first_names="Alice", birth_date=None, sex="F",
        nationality="Belge", street_and_number="Rue de la Loi 16", postcode="1000",
        municipality="Bruxelles",
    )  # fmt: skip
    common = dict(previous_mutuality="200", language="fr", phone=None, email=None,
                  today=dt.date(2026, 11, 25))  # fmt: skip
    with pytest.raises(InvalidForm) as refused:
        prepare_affiliation(None, person, role="dependant", holder_niss_text="85073003329",
                            **common)  # fmt: skip
    assert refused.value.problems == {"holder_niss": "niss_check_digits"}
    with pytest.raises(InvalidForm) as refused:
        prepare_affiliation(None, person, role="dependant", holder_niss_text="85.07.30-033.28",
                            **common)  # fmt: skip
    assert refused.value.problems == {"holder_niss": "holder_is_self"}
    draft = prepare_affiliation(None, person, role="holder", holder_niss_text=None, **common)
    assert draft.effective_on == dt.date(2027, 1, 1)
