"""The PDFs made from the central database (official receipt, indemnity statement, bank-account
change form): what they print, and that no selection, person or login gets a PDF the session
may not see."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.documents.receipt import money_text, short_date
from app.domain.niss import Niss
from app.services import printouts
from app.services.errors import CentralUnavailable, InvalidForm, Refused
from app.services.member_file import FileSession, reimbursements
from app.store.db import make_engine
from app.store.models import IndemnityPayment, Member, ReimbursementLine
from tests.integration.services.conftest import TODAY, seeded
from tests.integration.services.helpers import pdf_text

BELFIUS = "BE71 0961 2345 6769"


@pytest.fixture(scope="module")
def central(tmp_path_factory):
    """One seeded central database for the module: printing reads it and writes nothing."""
    engine = seeded(f"sqlite:///{tmp_path_factory.mktemp('printouts') / 'central.sqlite'}")
    yield engine
    engine.dispose()


def _flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).replace("\u00a0", " ").split())


def _euros(amount: Decimal, language: str = "fr") -> str:
    return money_text(amount, language).replace("\u00a0", " ")


def _eid(niss: str) -> FileSession:
    return FileSession(niss, "eid")


def _member(central, niss: str) -> Member:
    with central.connect() as connection:
        return connection.execute(select(Member).where(Member.niss == niss)).one()


def _holder_of(central, case: str) -> Member:
    """The holder of a demo dependant (household 2's holder has no case of their own)."""
    dependant = _member(central, central.cases[case])
    with central.connect() as connection:
        return connection.execute(select(Member).where(Member.id == dependant.holder_id)).one()


def _line_ids(central, niss: str) -> list[int]:
    member = _member(central, niss)
    with central.connect() as connection:
        return list(
            connection.execute(
                select(ReimbursementLine.id)
                .where(ReimbursementLine.beneficiary_id == member.id)
                .order_by(ReimbursementLine.id)
            ).scalars()
        )


def _receipt(central, session, line_ids, language="fr") -> bytes:
    return printouts.official_receipt(central, session, line_ids, language=language, today=TODAY)


# --- Official receipt ---------------------------------------------------------------------


def test_the_receipt_prints_the_chosen_lines_of_oneself_and_of_visible_dependants(central):
    holder = _holder_of(central, "blocked_dependant")
    session = _eid(holder.niss)
    page = reimbursements(central, session, None, limit=500, language="fr", today=TODAY)
    lines = page.lines
    assert {line.beneficiary_niss for line in lines} == {
        holder.niss, central.cases["dependant_under_18"], central.cases["dependant_18_or_more"]
    }  # fmt: skip
    text = _flat(_receipt(central, session, [line.line_id for line in lines]))
    for expected in (f"{holder.first_names} {holder.last_name}", holder.affiliation_number,
                     f"{holder.postcode} {holder.municipality}", "Reçu officiel"):  # fmt: skip
        assert expected in text, expected
    for line in lines:
        assert line.beneficiary_name in text
        assert short_date(line.care_date, "fr") in text
        assert short_date(line.processed_on, "fr") in text
    columns = ("official_fee", "supplement", "reimbursed", "personal_share")
    totals = [sum((getattr(line, column) for line in lines), Decimal("0.00")) for column in columns]
    assert "Total " + " ".join(_euros(total) for total in totals) in text


def test_a_blocked_adult_dependant_s_line_in_a_selection_is_refused(central):
    holder = _holder_of(central, "blocked_dependant")
    own = _line_ids(central, holder.niss)
    blocked = _line_ids(central, central.cases["blocked_dependant"])
    assert own and blocked
    with pytest.raises(Refused) as refused:
        _receipt(central, _eid(holder.niss), own + blocked[:1])
    assert refused.value.code == "not_allowed"
    with pytest.raises(Refused):
        _receipt(central, _eid(holder.niss), blocked)


def test_the_blocked_dependant_prints_their_own_lines(central):
    niss = central.cases["blocked_dependant"]
    text = _flat(_receipt(central, _eid(niss), _line_ids(central, niss)))
    member = _member(central, niss)
    assert f"{member.first_names} {member.last_name}" in text


def test_a_stranger_s_line_or_a_line_that_does_not_exist_is_refused_alike(central):
    holder = _holder_of(central, "blocked_dependant")
    stranger = _line_ids(central, central.cases["maf_ceiling_reached"])[:1]
    own = _line_ids(central, holder.niss)
    for selection in (own + stranger, [*own, 10**9]):
        with pytest.raises(Refused) as refused:
            _receipt(central, _eid(holder.niss), selection)
        assert refused.value.code == "not_allowed"


def test_a_dependant_below_majority_gets_no_receipt_even_of_their_own_care(central):
    niss = central.cases["dependant_under_18"]
    with pytest.raises(Refused) as refused:
        _receipt(central, _eid(niss), _line_ids(central, niss))
    assert refused.value.code == "not_allowed"


@pytest.mark.parametrize(
    ("selection", "problem"),
    [([], "no_lines"), (list(range(1, 502)), "too_many_lines"), (["12"], "invalid_line")],
)
def test_an_empty_oversized_or_odd_selection_is_an_invalid_form(central, selection, problem):
    session = _eid(central.cases["maf_ceiling_reached"])
    with pytest.raises(InvalidForm) as invalid:
        _receipt(central, session, selection)
    assert invalid.value.problems == {"lines": problem}


def test_a_line_chosen_twice_is_printed_once_and_500_lines_are_allowed(central):
    niss = central.cases["maf_ceiling_reached"]
    ids = _line_ids(central, niss)
    assert 100 <= len(ids) <= 500
    pdf = _receipt(central, _eid(niss), ids[:1] * 600)
    assert _flat(pdf).count("Total") == 1
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert _receipt(central, _eid(niss), ids + ids).startswith(b"%PDF-")


def test_the_receipt_is_in_the_language_asked_and_only_in_known_ones(central):
    niss = central.cases["maf_ceiling_reached"]
    ids = _line_ids(central, niss)[:3]
    assert "Offizielle Quittung" in _flat(_receipt(central, _eid(niss), ids, language="de"))
    assert "Official receipt" in _flat(_receipt(central, _eid(niss), ids, language="en"))
    with pytest.raises(InvalidForm) as invalid:
        _receipt(central, _eid(niss), ids, language="it")
    assert invalid.value.problems == {"language": "unsupported_language"}


# --- Indemnity statement ------------------------------------------------------------------

A_YEAR = (dt.date(2025, 11, 26), dt.date(2026, 11, 25))  # 365 days up to today


def _statement(central, session, niss, start, end, language="fr") -> bytes:
    return printouts.indemnity_statement(
        central, session, niss, start, end, language=language, today=TODAY
    )


def _payments(central, niss, start, end) -> list[IndemnityPayment]:
    member = _member(central, niss)
    with central.connect() as connection:
        return list(
            connection.execute(
                select(IndemnityPayment).where(
                    IndemnityPayment.member_id == member.id,
                    IndemnityPayment.covers_to >= start,
                    IndemnityPayment.covers_from <= end,
                )
            ).all()
        )


def test_a_year_of_indemnities_is_certified_with_every_payment_and_the_totals(central):
    niss = central.cases["invalidity"]
    payments = _payments(central, niss, *A_YEAR)
    assert {str(p.phase) for p in payments} == {"primary", "invalidity"}
    text = _flat(_statement(central, _eid(niss), niss, *A_YEAR))
    member = _member(central, niss)
    assert f"{member.first_names} {member.last_name}" in text
    assert Niss(niss).formatted() in text
    assert "pour la période du 26 novembre 2025 au 25 novembre 2026" in text
    for payment in payments:
        assert short_date(payment.paid_on, "fr") in text
        covered = f"{short_date(payment.covers_from, 'fr')} – {short_date(payment.covers_to, 'fr')}"
        assert covered in text
    days = sum(p.days for p in payments)
    gross, withholding, net = (
        _euros(sum((getattr(p, column) for p in payments), Decimal("0.00")))
        for column in ("gross", "withholding", "net")
    )
    assert f"Total {days} {gross} {withholding} {net}" in text
    assert "Invalidité" in text and "Incapacité primaire" in text
    # The payments of August 2025 cover days before the period: left out.
    assert "01/08/2025 –" not in text


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("nl", "Attest van uitkeringen wegens arbeidsongeschiktheid"),
        ("de", "Bescheinigung über Entschädigungen wegen Arbeitsunfähigkeit"),
    ],
)
def test_the_statement_is_in_dutch_or_german_when_asked(central, language, title):
    niss = central.cases["incapacity_primary"]
    assert title in _flat(_statement(central, _eid(niss), niss, *A_YEAR, language=language))


def test_a_statement_in_a_language_other_than_french_dutch_or_german_is_refused(central):
    niss = central.cases["invalidity"]
    for language in ("en", "it"):
        with pytest.raises(InvalidForm) as invalid:
            _statement(central, _eid(niss), niss, *A_YEAR, language=language)
        assert invalid.value.problems == {"language": "unsupported_language"}


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [
        (dt.date(2024, 1, 1), dt.date(2024, 12, 31), "period_too_long"),  # 366 days
        (dt.date(2016, 1, 2), dt.date(2016, 12, 31), "too_old"),  # 10 years back, 365 days
        (dt.date(2026, 6, 1), dt.date(2026, 12, 31), "period_in_future"),
        (dt.date(2026, 6, 1), dt.date(2026, 5, 1), "end_before_start"),
    ],
)
def test_a_period_that_may_not_be_certified_is_an_invalid_form(central, start, end, code):
    niss = central.cases["invalidity"]
    with pytest.raises(InvalidForm) as invalid:
        _statement(central, _eid(niss), niss, start, end)
    assert invalid.value.problems == {"period": code}


def test_the_limits_are_the_federations_dated_parameters(tmp_path):
    """A federation that dates a two-year limit from 2026 on gets it; the others keep 365."""
    from app.store.models import FederationParameter, Household

    own = seeded(f"sqlite:///{tmp_path / 'own.sqlite'}")
    niss = own.cases["invalidity"]
    two_years = (dt.date(2025, 1, 1), dt.date(2026, 6, 30))  # 546 days
    with pytest.raises(InvalidForm) as invalid:
        _statement(own, _eid(niss), niss, *two_years)
    assert invalid.value.problems == {"period": "period_too_long"}
    assert invalid.value.values == {"max_days": 365, "years_back": 9}  # what the screen says
    with own.begin() as connection:
        federation_id = connection.execute(
            select(Household.federation_id)
            .join(Member, Member.household_id == Household.id)
            .where(Member.niss == niss)
        ).scalar_one()
        connection.execute(
            FederationParameter.__table__.insert().values(
                federation_id=federation_id, name="statement_max_days", value=Decimal(731),
                valid_from=dt.date(2026, 1, 1), source="test",
            )
        )  # fmt: skip
    assert "Attestation" in _flat(_statement(own, _eid(niss), niss, *two_years))
    elsewhere = own.cases["active_account"]  # Mons Wallonie Picarde, not Liège
    with pytest.raises(InvalidForm) as invalid:
        _statement(own, _eid(elsewhere), elsewhere, *two_years)
    assert invalid.value.problems == {"period": "period_too_long"}
    own.dispose()


def test_nine_years_back_is_the_oldest_period_and_an_empty_one_says_so(central):
    niss = central.cases["invalidity"]
    text = _flat(_statement(central, _eid(niss), niss, dt.date(2017, 1, 1), dt.date(2017, 12, 31)))
    assert "Aucune indemnité n'a été payée pour cette période." in text


def test_the_holder_gets_a_visible_dependant_s_statement_not_a_blocked_one_s(central):
    holder = _holder_of(central, "blocked_dependant")
    adult = central.cases["dependant_18_or_more"]
    text = _flat(_statement(central, _eid(holder.niss), adult, *A_YEAR))
    assert "Anaïs Jacobs" in text
    for refused_niss in (central.cases["blocked_dependant"], central.cases["invalidity"]):
        with pytest.raises(Refused) as refused:
            _statement(central, _eid(holder.niss), refused_niss, *A_YEAR)
        assert refused.value.code == "not_allowed"


def test_the_person_may_be_named_by_any_written_form_of_their_number(central):
    niss = central.cases["invalidity"]
    dotted = Niss(niss).formatted()  # e.g. 68.06.18-822.11
    assert dotted in _flat(_statement(central, _eid(niss), dotted, *A_YEAR))
    wrong = niss[:9] + f"{(int(niss[9:]) + 1) % 100:02d}"  # one check digit off
    with pytest.raises(InvalidForm) as invalid:
        _statement(central, _eid(niss), wrong, *A_YEAR)
    assert invalid.value.problems == {"niss": "niss_check_digits"}


# --- Bank-account change form -------------------------------------------------------------


def _bank_form(central, session, iban=BELFIUS, language="fr") -> bytes:
    return printouts.bank_change_form(central, session, iban, language=language, today=TODAY)


def test_the_bank_form_names_the_member_the_masked_old_account_and_the_new_one(central):
    niss = central.cases["active_account"]
    member = _member(central, niss)
    assert member.iban == "BE19735088107512"
    pdf = _bank_form(central, _eid(niss), "be71096123456769")
    text = _flat(pdf)
    for expected in (f"{member.first_names} {member.last_name}", "82.01.09-618.65",
                     member.affiliation_number, "BE•• •••• •••• 7512", BELFIUS,
                     "BELFIUS BANQUE", "Signé le 25 novembre 2026"):  # fmt: skip
        assert expected in text, expected
    assert "7350" not in text
    field = PdfReader(io.BytesIO(pdf)).get_fields()["Signature1"]
    assert field.get("/FT") == "/Sig" and field.value is None  # unsigned: the screen signs it


def test_a_member_without_an_account_on_file_and_an_unknown_bank_code(central):
    niss = central.cases["blocked_dependant"]  # 21, their own eID session
    text = _flat(_bank_form(central, FileSession(niss, "token"), "BE68539007547034", "nl"))
    assert "Huidige rekening geen rekening geregistreerd" in text
    assert "BE68 5390 0754 7034" in text
    assert "BIC" not in text


def test_the_bank_form_is_refused_after_a_password_login(central):
    with pytest.raises(Refused) as refused:
        _bank_form(central, FileSession(central.cases["active_account"], "password"))
    assert refused.value.code == "strong_login_required"


@pytest.mark.parametrize(
    ("iban", "problem"),
    [
        ("BE71 0961 2345 6768", "iban_check_digits"),
        ("", "iban_missing"),
        ("BE19 7350 8810 7512", "iban_unchanged"),  # the account already on file
    ],
)
def test_an_account_that_cannot_be_the_new_one_is_an_invalid_form(central, iban, problem):
    with pytest.raises(InvalidForm) as invalid:
        _bank_form(central, _eid(central.cases["active_account"]), iban)
    assert invalid.value.problems == {"iban": problem}


def test_a_dependant_below_majority_gets_no_bank_form(central):
    with pytest.raises(Refused) as refused:
        _bank_form(central, _eid(central.cases["dependant_under_18"]))
    assert refused.value.code == "not_allowed"


# --- The central database out of reach ----------------------------------------------------


def test_each_printout_says_the_central_database_is_out_of_reach(tmp_path):
    gone = make_engine(f"sqlite:///{tmp_path / 'no-such-dir' / 'central.sqlite'}")
    session = _eid("68061882211")
    with pytest.raises(CentralUnavailable):
        printouts.official_receipt(gone, session, [1], language="fr", today=TODAY)
    with pytest.raises(CentralUnavailable):
        printouts.indemnity_statement(gone, session, "68061882211", *A_YEAR, language="fr",
                                      today=TODAY)  # fmt: skip
    with pytest.raises(CentralUnavailable):
        printouts.bank_change_form(gone, session, BELFIUS, language="fr", today=TODAY)
