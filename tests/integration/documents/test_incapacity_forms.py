"""The incapacity forms (issue 15, point 5): each of the eight in each language, prefilled with
the member's data and the federation's dated rules; the partial resumption request with its
deadline and a signature field the card fills; a person outside the session gets no form."""

from __future__ import annotations

import datetime as dt
import io
import string
from decimal import Decimal
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from sqlalchemy import insert, select

from app.documents.incapacity_forms import (
    SIGNATURE_FIELD,
    FormData,
    IncapacityForm,
    ResumptionFormData,
    forms_for,
    partial_resumption_form,
)
from app.documents.layout import Agency
from app.documents.signing import check_signed_form, sign_pdf_with_card
from app.documents.texts import long_date
from app.documents.texts.incapacity import TEXTS, text
from app.domain.incapacity import first_declaration_deadline, resumption_deadline
from app.domain.niss import Niss
from app.services import printouts
from app.services.errors import InvalidForm, Refused
from app.services.member_file import FileSession
from app.store import reference
from app.store.models import FederationParameter, Household, Incapacity, Member
from app.store.parameters import MemoryRuleBook, rule_book
from devices.pkcs11 import SOFTHSM_MODULE
from tests.integration.services.conftest import TODAY, seeded
from tests.support.cards import ALICE_17

LANGUAGES = ("fr", "nl", "de", "en")
F = IncapacityForm


@pytest.fixture(scope="module")
def central(tmp_path_factory):
    """One seeded central database for the module's reads."""
    engine = seeded(f"sqlite:///{tmp_path_factory.mktemp('forms') / 'central.sqlite'}")
    yield engine
    engine.dispose()


def _flat(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).replace("\u00a0", " ").split())


def _member(central, case: str):
    with central.connect() as connection:
        return connection.execute(select(Member).where(Member.niss == central.cases[case])).one()


def _eid(niss: str) -> FileSession:
    return FileSession(niss, "eid")


def _form(central, case: str, kind, language: str = "fr", **kwargs) -> bytes:
    session = _eid(central.cases[case])
    return printouts.incapacity_form(
        central, session, kind, language=language, today=TODAY, **kwargs
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(IncapacityForm))
def test_each_form_in_each_language_names_the_member_with_their_number_and_its_title(
    central, kind, language
):
    member = _member(central, "incapacity_primary")
    flat = _flat(_form(central, "incapacity_primary", kind, language))
    title, subtitle = text(language, f"title_{kind}"), text(language, f"subtitle_{kind}")
    for expected in (member.last_name, member.first_names, Niss(member.niss).formatted(), title,
                     subtitle):  # fmt: skip
        assert " ".join(expected.split()) in flat, (kind, language, expected)


def test_a_form_is_prefilled_with_the_member_s_file_and_the_running_incapacity(tmp_path):
    engine = seeded(f"sqlite:///{tmp_path / 'central.sqlite'}")
    try:
        member = _member(engine, "incapacity_primary")
        with engine.connect() as connection:
            household = connection.execute(
                select(Household).where(Household.id == member.household_id)
            ).one()
            incapacity = connection.execute(
                select(Incapacity).where(Incapacity.member_id == member.id)
            ).one()
            rules = rule_book(connection, federation_id=household.federation_id)
        assert incapacity.ended_on is None  # running
        status = str(incapacity.work_status)
        own = status == "self_employed"
        back = F.RETURN_SELF_EMPLOYED if own else F.RETURN_EMPLOYEE
        flat = _flat(_form(engine, "incapacity_primary", back, "de"))
        for expected in (
            long_date(member.birth_date, "de"),
            member.affiliation_number,
            f"{member.postcode} {member.municipality}",
            f"Arbeitsunfähig seit {long_date(incapacity.started_on, 'de')}",
            f"\u2612 {text('de', f'status_{status}')}",  # its box ticked
            "Senden Sie dieses Formular binnen 8 Tagen nach dem Datum der Wiederaufnahme.",
        ):
            assert expected in flat, expected
        # The first declaration's deadline, on a certificate of the member's status, while it
        # is ahead.
        day = TODAY - dt.timedelta(days=3)
        with engine.begin() as connection:
            connection.execute(
                Incapacity.__table__.update()
                .where(Incapacity.id == incapacity.id)
                .values(started_on=day)
            )
        kind = F.CERTIFICATE_SELF_EMPLOYED if own else F.CERTIFICATE_EMPLOYEE
        flat = _flat(_form(engine, "incapacity_primary", kind, "fr"))
        deadline = first_declaration_deadline(day, status, rules)
        assert (
            f"Pour votre incapacité depuis le {long_date(day, 'fr')} : au plus tard le "
            f"{long_date(deadline, 'fr')}." in flat
        )
    finally:
        engine.dispose()


def test_the_certificate_says_the_deadlines_and_the_cost_of_a_late_one(central):
    flat = _flat(_form(central, "invalidity", F.CERTIFICATE_EMPLOYEE, "en"))
    for sentence in (
        "Worker: 14 days, the first day counted;",
        "Employee: 28 days, the first day counted;",
        "Unemployed: 7 days, the first day not counted;",
        "reach us within 48 hours after the previous one's last day",
        "A certificate that arrives late costs 10% of your indemnity",
        "An electronic certificate covers 3 months at most.",
        "Diagnosis",
        "Until and including (probable end date, required)",
    ):
        assert sentence in flat, sentence
    flat = _flat(_form(central, "invalidity", F.CERTIFICATE_SELF_EMPLOYED, "nl"))
    assert "Zelfstandige: 7 dagen, de eerste dag niet meegeteld;" in flat
    assert "ten hoogste 1 maand te laat" in flat
    assert "Werkgever" not in flat


def test_a_new_dated_rule_changes_what_the_forms_say(tmp_path):
    """No figure is written in the forms' code: a new row from a day on is what they print."""
    engine = seeded(f"sqlite:///{tmp_path / 'central.sqlite'}")
    try:
        member = _member(engine, "invalidity")
        with engine.begin() as connection:
            federation_id = connection.execute(
                select(Household.federation_id).where(Household.id == member.household_id)
            ).scalar_one()
            connection.execute(
                insert(FederationParameter),
                [
                    {"federation_id": federation_id, "name": name, "value": value,
                     "valid_from": TODAY, "valid_to": None, "source": "test"}
                    for name, value in (("prolongation_deadline_hours", Decimal(72)),
                                        ("partial_resumption_notice_working_days", Decimal(2)),
                                        ("return_notice_days", Decimal(10)))
                ],
            )  # fmt: skip
        certificate = _flat(_form(engine, "invalidity", F.CERTIFICATE_EMPLOYEE, "en"))
        assert "within 72 hours" in certificate
        resumption = _flat(_form(engine, "invalidity", F.RESUMPTION_EMPLOYEE, "en"))
        assert "2 working days before the first day of work" in resumption
        back = _flat(_form(engine, "invalidity", F.RETURN_EMPLOYEE, "en"))
        assert "within 10 days after the date you resume" in back
        # The day before the new rows, the old figures.
        session, before = _eid(member.niss), TODAY - dt.timedelta(days=1)
        older = printouts.incapacity_form(
            engine, session, F.CERTIFICATE_EMPLOYEE, language="en", today=before
        )
        assert "within 48 hours" in _flat(older)
    finally:
        engine.dispose()


def _request(starts_on: dt.date, work: str, reference_hours: str, self_employed=False):
    return SimpleNamespace(
        starts_on=starts_on,
        work_hours=Decimal(work),
        reference_hours=Decimal(reference_hours),
        employer="Brasserie du Coin SRL, Rue Haute 3, 1000 Bruxelles",
        self_employed=self_employed,
    )


def test_the_partial_resumption_request_says_its_deadline_and_cut_and_has_a_signature_field(
    central,
):
    member = _member(central, "incapacity_primary")
    starts_on = dt.date(2027, 1, 11)  # a Monday: the request reaches the adviser by Friday
    pdf = printouts.partial_resumption_form(
        central, _eid(member.niss), _request(starts_on, "19", "38"), language="fr", today=TODAY
    )
    flat = _flat(pdf)
    assert "Pour une reprise le 11 janvier 2027 : au plus tard le 8 janvier 2027." in flat
    assert "−30 %" in flat  # half time: the fraction worked minus 20 %
    assert "50 % (19 / 38)" in flat
    assert "Brasserie du Coin SRL" in flat
    assert Niss(member.niss).formatted() in flat
    fields = PdfReader(io.BytesIO(pdf)).get_fields()
    assert fields is not None and SIGNATURE_FIELD in fields
    # The self-employed need the adviser's authorisation first; no employee's cut is promised.
    pdf = printouts.partial_resumption_form(
        central, _eid(member.niss), _request(starts_on, "10", "40", True), language="de",
        today=TODAY,
    )  # fmt: skip
    flat = _flat(pdf)
    assert "Antrag auf teilweise Wiederaufnahme der Tätigkeit" in flat
    assert "Sie dürfen erst beginnen, wenn der Vertrauensarzt es erlaubt hat." in flat
    assert "Erwartete Kürzung" not in flat


def _rules():
    from app.services.printouts import form_rules

    return MemoryRuleBook(reference.parameter_rows(), 1), form_rules


def test_the_request_signed_with_the_card_checks_out_as_the_worker_checks_it(card_token, pki):
    """INAMI's example: a start on Monday 12/01/2026 reaches the adviser by Friday 9/01."""
    card = card_token(ALICE_17)
    rules, form_rules = _rules()
    starts_on = dt.date(2026, 1, 12)
    data = FormData(
        surname="Dupont",
        first_names="Alice",
        niss="85073003427",
        birth_date=dt.date(1985, 7, 30),
        affiliation_number="312-0045678-90",
        address_lines=("Rue de la Senne 32", "1000 Bruxelles"),
        federation="Bruxelles",
        agency=Agency("Bruxelles – Centre", "Boulevard Anspach 111", "1000", "Bruxelles"),
        work_status="employee",
        incapacity_started_on=dt.date(2025, 11, 3),
        issued_on=dt.date(2026, 1, 5),
        rules=form_rules(rules, on=dt.date(2026, 1, 5), work_status="employee",
                         started_on=dt.date(2025, 11, 3)),
    )  # fmt: skip
    deadline = resumption_deadline(starts_on, rules)
    assert deadline == dt.date(2026, 1, 9)
    request = ResumptionFormData(starts_on, Decimal(19), Decimal(38), "Brasserie du Coin",
                                 False, deadline, Decimal("0.30"))  # fmt: skip
    form = partial_resumption_form(data, request, language="en")
    signed = sign_pdf_with_card(
        form, pin=card.pin, module=SOFTHSM_MODULE, reason="Partial resumption request",
        location="Bruxelles",
    )  # fmt: skip
    said = (Niss("85073003427").formatted(),
            "For a start on 12 January 2026: by 9 January 2026 at the latest.")  # fmt: skip
    assert check_signed_form(signed, pki.roots, signers={"85073003427"}, must_say=said) is None
    box = PdfReader(io.BytesIO(form)).get_fields()[SIGNATURE_FIELD]
    widget = PdfReader(io.BytesIO(signed)).get_fields()[SIGNATURE_FIELD]
    assert "/AP" in widget.indirect_reference.get_object()
    assert (
        widget.indirect_reference.get_object()["/Rect"]
        == (box.indirect_reference.get_object()["/Rect"])
    )


def test_a_person_outside_the_session_gets_no_form(central):
    holder = _member(central, "incapacity_primary")
    with pytest.raises(Refused) as refused:
        _form(central, "incapacity_primary", F.CERTIFICATE_EMPLOYEE,
              target_niss=central.cases["invalidity"])  # fmt: skip
    assert refused.value.code == "not_allowed"
    with pytest.raises(Refused) as refused:  # a dependant under 18 sees no file of their own
        _form(central, "dependant_under_18", F.VOLUNTARY_WORK)
    assert refused.value.code == "not_allowed"
    with pytest.raises(Refused) as refused:
        printouts.partial_resumption_form(
            central, _eid(central.cases["dependant_under_18"]),
            _request(dt.date(2027, 1, 11), "19", "38"), language="fr", today=TODAY,
        )  # fmt: skip
    assert refused.value.code == "not_allowed"
    # One's own number as the target is one's own form.
    own = _form(central, "incapacity_primary", F.VOLUNTARY_WORK, target_niss=holder.niss)
    assert holder.last_name in _flat(own)


def test_a_form_in_a_language_the_mutuality_does_not_write_is_refused(central):
    with pytest.raises(InvalidForm) as invalid:
        _form(central, "incapacity_primary", F.VOLUNTARY_WORK, "es")
    assert invalid.value.problems == {"language": "unsupported_language"}


def test_the_forms_offered_follow_the_work_status():
    employee = (F.CERTIFICATE_EMPLOYEE, F.RETURN_EMPLOYEE, F.RESUMPTION_EMPLOYEE,
                F.SECONDARY_ACTIVITY, F.VOLUNTARY_WORK)  # fmt: skip
    for status in ("worker", "employee", "unemployed"):
        assert forms_for(status) == employee
        assert printouts.forms_for(status) == employee
    assert forms_for("self_employed") == (
        F.CERTIFICATE_SELF_EMPLOYED, F.RETURN_SELF_EMPLOYED, F.RESUMPTION_SELF_EMPLOYED,
        F.SECONDARY_ACTIVITY, F.VOLUNTARY_WORK,
    )  # fmt: skip
    assert forms_for(None) == tuple(IncapacityForm)


def test_every_sentence_exists_in_every_language_with_the_same_placeholders():
    def placeholders(sentence: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}

    for language in LANGUAGES:
        assert TEXTS[language].keys() == TEXTS["fr"].keys(), language
        for key, sentence in TEXTS["fr"].items():
            assert placeholders(TEXTS[language][key]) == placeholders(sentence), (language, key)
    for language in LANGUAGES:  # one box a digit of a date
        assert len(text(language, "date_letters")) == 8
