"""The PDFs a member gets at the terminal, made from the central database under the access rule.

- the official receipt of the reimbursement lines the member selected: every line must concern a
  person the session may see (oneself, a dependant not blocked), or nothing is printed;
- the indemnity statement of one person for a period (domain.md §13: at most one year, within
  the nine years before the current one) in French, Dutch or German;
- the bank-account change form, unsigned: the screen has it signed with the card (PIN again)
  and hands the signed PDF to `app.services.bank.request_bank_change`;
- the incapacity forms (issue 15) in the member's language, prefilled with their data and the
  federation's dated rules on the day (`incapacity_form`, offered by work status: `forms_for`),
  and the partial resumption request to sign with the card (`partial_resumption_form`).

The access rule is member_file's (`_viewer`, `_visible`, `_target`), so a person refused there
is refused here, with the same `Refused("not_allowed")`. Bad input is `InvalidForm` with a code
per field; reportlab is imported when a PDF is made, not when this module is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, select

from app.domain.iban import Iban, InvalidIban
from app.domain.niss import InvalidNiss, Niss
from app.domain.statement_period import (
    MAX_DAYS,
    YEARS_BACK,
    InvalidPeriod,
    check_statement_period,
)
from app.services.bank import check_new_iban, may_change_bank
from app.services.errors import InvalidForm, Refused, niss_problem, reaching_central
from app.services.member_file import (
    NOT_ALLOWED,
    FileSession,
    _target,
    _viewer,
    _visible,
    reimbursement_line_query,
)
from app.store.models import (
    Agency,
    Federation,
    Household,
    Incapacity,
    IndemnityPayment,
    Member,
    ReimbursementLine,
)
from app.store.parameters import federation_parameter, rule_book

MAX_RECEIPT_LINES = 500
RECEIPT_LANGUAGES = ("fr", "nl", "de", "en")
STATEMENT_LANGUAGES = ("fr", "nl", "de")  # the issue: "language (FR/NL/DE)"
FORM_LANGUAGES = ("fr", "nl", "de", "en")

NO_LINES = "no_lines"
TOO_MANY_LINES = "too_many_lines"
INVALID_LINE = "invalid_line"
UNSUPPORTED_LANGUAGE = "unsupported_language"
IBAN_UNCHANGED = "iban_unchanged"
STRONG_LOGIN_REQUIRED = "strong_login_required"


def _check_language(language: str, allowed: tuple[str, ...]) -> str:
    if language not in allowed:
        raise InvalidForm({"language": UNSUPPORTED_LANGUAGE})
    return language


def _selected(line_ids: Iterable[int]) -> list[int]:
    """The line ids once each, in the order given; InvalidForm for an empty or oversized
    selection or an id that is not a whole number."""
    given = list(line_ids)
    if any(isinstance(i, bool) or not isinstance(i, int) for i in given):
        raise InvalidForm({"lines": INVALID_LINE})
    selected = list(dict.fromkeys(given))
    if not selected:
        raise InvalidForm({"lines": NO_LINES})
    if len(selected) > MAX_RECEIPT_LINES:
        raise InvalidForm({"lines": TOO_MANY_LINES}, {"max_lines": MAX_RECEIPT_LINES})
    return selected


def _full_name(member: Member) -> str:
    return f"{member.first_names} {member.last_name}"


def _recipient(member: Member):
    from app.documents.letters import Recipient

    return Recipient(
        full_name=_full_name(member),
        street_and_number=f"{member.street} {member.house_number}",
        postcode=member.postcode,
        municipality=member.municipality,
        box=member.box,
        country=member.country or "BE",
    )


@reaching_central
def official_receipt(
    central: Engine,
    session: FileSession,
    line_ids: Iterable[int],
    *,
    language: str,
    today: dt.date,
) -> bytes:
    """The official receipt of the selected reimbursement lines, as PDF bytes.

    InvalidForm({"lines": "no_lines" | "too_many_lines" | "invalid_line"}) or
    ({"language": "unsupported_language"}); Refused("not_allowed") when any line does not exist
    or concerns a person this session may not see (then nothing is printed at all).
    """
    _check_language(language, RECEIPT_LANGUAGES)
    selected = _selected(line_ids)
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        visible = {member.id for member, _reason in _visible(connection, viewer, today)}
        rows = connection.execute(
            reimbursement_line_query(language)
            .where(ReimbursementLine.id.in_(selected))
            .order_by(ReimbursementLine.care_date, ReimbursementLine.id)
        ).all()
    if len(rows) != len(selected) or any(row.beneficiary_id not in visible for row in rows):
        # One answer for "no such line" and "not yours": nobody learns which lines exist.
        raise Refused(NOT_ALLOWED, "a selected line concerns nobody this session may see")

    from app.documents.receipt import ReceiptData, ReceiptLine
    from app.documents.receipt import official_receipt as render

    lines = [
        ReceiptLine(
            beneficiary_name=f"{row.first_names} {row.last_name}",
            beneficiary_niss=row.niss,
            care_date=row.care_date,
            provider_name=row.provider_name,
            nomenclature_code=row.nomenclature_code,
            label=row.label,
            official_fee=row.official_fee,
            supplement=row.supplement,
            reimbursed=row.reimbursed,
            payment_date=row.processed_on,
        )
        for row in rows
    ]
    data = ReceiptData(
        member_name=_full_name(viewer),
        member_niss=viewer.niss,
        affiliation_number=viewer.affiliation_number,
        address_lines=_recipient(viewer).address_lines(language)[1:],
        lines=lines,
        issued_on=today,
    )
    return render(data, language=language)


def _niss_digits(text: str) -> str:
    try:
        return Niss.parse(text).digits
    except InvalidNiss as exc:
        raise InvalidForm({"niss": niss_problem(exc)}) from exc


def _payments(connection: Connection, member_id: int, start: dt.date, end: dt.date):
    return connection.execute(
        select(IndemnityPayment)
        .where(
            IndemnityPayment.member_id == member_id,
            IndemnityPayment.covers_to >= start,
            IndemnityPayment.covers_from <= end,
        )
        .order_by(IndemnityPayment.covers_from, IndemnityPayment.paid_on, IndemnityPayment.id)
    ).all()


def statement_limits(connection: Connection, member: Member, today: dt.date) -> dict[str, int]:
    """The federation's dated limits of a statement (domain.md §13: one year, nine back)."""
    federation_id = connection.execute(
        select(Household.federation_id).where(Household.id == member.household_id)
    ).scalar_one()

    def parameter(name: str, default: int) -> int:
        value = federation_parameter(
            connection, name, on=today, federation_id=federation_id, default=default
        )
        return int(value)

    return {
        "max_days": parameter("statement_max_days", MAX_DAYS),
        "years_back": parameter("statement_years_back", YEARS_BACK),
    }


@reaching_central
def indemnity_statement(
    central: Engine,
    session: FileSession,
    target_niss: str,
    start: dt.date,
    end: dt.date,
    *,
    language: str,
    today: dt.date,
) -> bytes:
    """The indemnity statement of `target_niss` for `start`..`end` (both included), PDF bytes.

    InvalidForm({"language": "unsupported_language"}) outside fr/nl/de,
    ({"period": "period_too_long" | "too_old" | "period_in_future" | "end_before_start"}, with
    the limits applied as values: max_days, years_back) for a period that may not be certified,
    ({"niss": …}) for a number that is not a NISS;
    Refused("not_allowed") for a person this session may not see.
    """
    _check_language(language, STATEMENT_LANGUAGES)
    if end < start:
        raise InvalidForm({"period": "end_before_start"})
    niss = _niss_digits(target_niss)
    with central.connect() as connection:
        _viewer_row, target = _target(connection, session, niss, today)
        limits = statement_limits(connection, target, today)
        try:
            check_statement_period(start, end, today=today, **limits)
        except InvalidPeriod as exc:  # the sentence says the federation's dated limits
            raise InvalidForm({"period": exc.code}, limits) from exc
        payments = _payments(connection, target.id, start, end)

    from app.documents.statement import IndemnityLine, StatementData
    from app.documents.statement import indemnity_statement as render

    data = StatementData(
        person_name=_full_name(target),
        person_niss=target.niss,
        address_lines=_recipient(target).address_lines(language),
        period_start=start,
        period_end=end,
        lines=[
            IndemnityLine(
                covers_from=p.covers_from,
                covers_to=p.covers_to,
                phase=str(p.phase),
                days=p.days,
                daily_amount=p.daily_amount,
                gross=p.gross,
                withholding=p.withholding,
                net=p.net,
                paid_on=p.paid_on,
            )
            for p in payments
        ],
        issued_on=today,
        max_days=limits["max_days"],
        years_back=limits["years_back"],
    )
    return render(data, language=language)


def _same_account(on_file: str | None, new: str) -> bool:
    if not on_file:
        return False
    try:
        return Iban.parse(on_file).compact == new
    except InvalidIban:
        return False


@reaching_central
def bank_change_form(
    central: Engine,
    session: FileSession,
    new_iban: str,
    *,
    language: str,
    today: dt.date,
) -> bytes:
    """The bank-account change form of the session's own file, unsigned (PDF bytes with an
    empty "Signature1" field for `app.documents.signing.sign_pdf_with_card`).

    Refused("strong_login_required") after a password login (the change itself is refused
    then); InvalidForm({"iban": …}) for an IBAN that cannot be an account (codes of
    `app.services.bank.check_new_iban`) or "iban_unchanged" for the account already on file;
    InvalidForm({"language": "unsupported_language"}).
    """
    if not may_change_bank(session):
        raise Refused(STRONG_LOGIN_REQUIRED)
    _check_language(language, FORM_LANGUAGES)
    checked = check_new_iban(new_iban)
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
    if _same_account(viewer.iban, checked.iban):
        raise InvalidForm({"iban": IBAN_UNCHANGED})

    from app.documents.bank_form import BankChangeData
    from app.documents.bank_form import bank_change_form as render

    data = BankChangeData(
        member_name=_full_name(viewer),
        member_niss=viewer.niss,
        affiliation_number=viewer.affiliation_number,
        current_iban=viewer.iban,
        new_iban=checked.iban,
        bank_name=checked.bank_name,
        signed_on=today,
    )
    return render(data, language=language)


# --- Incapacity forms (issue 15) -------------------------------------------------------------


def forms_for(work_status: str | None) -> tuple:
    """The incapacity forms to offer (IncapacityForm values): the employees' to workers,
    employees and the unemployed, the self-employed's to the self-employed, the secondary
    activity and voluntary work to all; every form when no incapacity says the status."""
    from app.documents.incapacity_forms import forms_for as offered

    return offered(work_status)


def form_rules(rules, *, on: dt.date, work_status: str | None, started_on: dt.date | None):
    """What the forms say of the rules, from the federation's RuleBook on `on` (FormRules): a
    rule without a row that day is left unsaid; the member's own first-declaration deadline when
    their status and the incapacity's start are known."""
    from app.documents.incapacity_forms import STATUSES, Declaration, FormRules
    from app.domain.incapacity import first_declaration_deadline

    def maybe(name: str) -> int | None:
        try:
            return int(rules.value(name, on))
        except KeyError:
            return None

    def whole(name: str) -> int:
        return int(rules.value(name, on))

    declarations = tuple(
        Declaration(status, days, bool(maybe(f"declaration_day1_counts_{status}")))
        for status in STATUSES
        if (days := maybe(f"declaration_days_{status}")) is not None
    )
    deadline = None
    if work_status in STATUSES and started_on is not None:
        try:
            deadline = first_declaration_deadline(started_on, work_status, rules)
        except KeyError:  # no rule for that status on the incapacity's first day
            deadline = None
    return FormRules(
        declarations=declarations,
        declaration_deadline=deadline,
        prolongation_hours=whole("prolongation_deadline_hours"),
        late_penalty=rules.value("late_declaration_penalty", on),
        self_employed_grace_months=maybe("self_employed_late_grace_months"),
        electronic_max_months=maybe("electronic_certificate_max_months"),
        relapse_days=whole("relapse_days_primary"),
        relapse_months=whole("relapse_months_invalidity"),
        return_notice_days=maybe("return_notice_days"),
        resumption_notice_days=whole("partial_resumption_notice_working_days"),
        resumption_late_days=whole("partial_resumption_late_days"),
        resumption_late_penalty=rules.value("partial_resumption_late_penalty", on),
        resumption_free_fraction=rules.value("partial_resumption_free_fraction", on),
        resumption_max_months=maybe("partial_resumption_max_months"),
    )


def _form_data(connection: Connection, member: Member, *, language: str, today: dt.date):
    """(FormData, RuleBook): the member, their federation and agency, their latest incapacity's
    work status (and its start while it runs), the rules on `today`."""
    from app.documents.incapacity_forms import FormData
    from app.documents.layout import Agency as Sender

    household = connection.execute(
        select(Household.federation_id, Household.agency_id).where(
            Household.id == member.household_id
        )
    ).one()
    federation = connection.execute(
        select(Federation).where(Federation.id == household.federation_id)
    ).one()
    agency = connection.execute(select(Agency).where(Agency.id == household.agency_id)).one()
    latest = connection.execute(
        select(Incapacity.work_status, Incapacity.started_on, Incapacity.ended_on)
        .where(Incapacity.member_id == member.id)
        .order_by(Incapacity.started_on.desc(), Incapacity.id.desc())
        .limit(1)
    ).first()
    work_status = str(latest.work_status) if latest else None
    running = latest is not None and (latest.ended_on is None or latest.ended_on >= today)
    started_on = latest.started_on if running else None
    rules = rule_book(connection, federation_id=household.federation_id)
    data = FormData(
        surname=member.last_name,
        first_names=member.first_names,
        niss=member.niss,
        birth_date=member.birth_date,
        affiliation_number=member.affiliation_number,
        address_lines=tuple(_recipient(member).address_lines(language)[1:]),
        federation=getattr(federation, f"name_{language}"),
        agency=Sender(
            name=agency.name,
            street_and_number=f"{agency.street} {agency.house_number}",
            postcode=agency.postcode,
            municipality=agency.municipality,
            phone=agency.phone,
        ),
        work_status=work_status,
        incapacity_started_on=started_on,
        issued_on=today,
        rules=form_rules(rules, on=today, work_status=work_status, started_on=started_on),
    )
    return data, rules


@reaching_central
def incapacity_form(
    central: Engine,
    session: FileSession,
    kind: str,
    *,
    language: str,
    today: dt.date,
    target_niss: str | None = None,
) -> bytes:
    """The incapacity form `kind` (an IncapacityForm value) to print, prefilled with the data of
    the session's member (or of `target_niss`, a person the session may see), PDF bytes.

    InvalidForm({"language": "unsupported_language"}); Refused("not_allowed") for a person this
    session may not see; ValueError for a kind that is no form.
    """
    from app.documents.incapacity_forms import IncapacityForm
    from app.documents.incapacity_forms import incapacity_form as render

    _check_language(language, FORM_LANGUAGES)
    kind = IncapacityForm(kind)
    with central.connect() as connection:
        if target_niss is None:
            member = _viewer(connection, session, today)
        else:
            _viewer_row, member = _target(connection, session, _niss_digits(target_niss), today)
        data, _rules = _form_data(connection, member, language=language, today=today)
    return render(kind, data, language=language)


@reaching_central
def partial_resumption_form(
    central: Engine, session: FileSession, form, *, language: str, today: dt.date
) -> bytes:
    """The session's member's partial resumption request (`form`: starts_on, work_hours,
    reference_hours, employer, self_employed, as app.services.incapacity.parse_resumption_form
    checked them), unsigned: PDF bytes with an empty "Signature1" field for
    `app.documents.signing.sign_pdf_on_card`. It says the day the request must reach the medical
    adviser and the expected cut, by the federation's rules on the start day.

    InvalidForm({"language": "unsupported_language"}); Refused("not_allowed").
    """
    from app.documents.incapacity_forms import ResumptionFormData
    from app.documents.incapacity_forms import partial_resumption_form as render
    from app.domain.incapacity import resumption_cut, resumption_deadline

    _check_language(language, FORM_LANGUAGES)
    with central.connect() as connection:
        member = _viewer(connection, session, today)
        data, rules = _form_data(connection, member, language=language, today=today)
    request = ResumptionFormData(
        starts_on=form.starts_on,
        work_hours=form.work_hours,
        reference_hours=form.reference_hours,
        employer=form.employer,
        self_employed=form.self_employed,
        deadline=resumption_deadline(form.starts_on, rules),
        cut=resumption_cut(form.work_hours, form.reference_hours, rules, form.starts_on),
    )
    return render(data, request, language=language)
