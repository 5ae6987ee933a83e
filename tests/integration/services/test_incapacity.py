"""My incapacity at the terminal (issue 15): the period and its certificates, what the next one
must say and by when, the estimate, the next payments (published or expected), the certificate
checker; the partial resumption signed with the card and the return to work, through the outbox.

The seeded case "incapacity_running" (app/store/seed.py): an employee ill since 23/09/2026, whose
certificates cover until Friday 27/11/2026 (the demo's today is Sunday 22/11/2026); the tests'
day is Wednesday 25/11/2026. On PostgreSQL the same reads run as a terminal's own login within
a visit the central side opened (row-level security).
"""

from __future__ import annotations

import base64
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.orm import Session

from app.domain.codes import InboxState, LoginMode
from app.domain.money import money
from app.services import incapacity, printouts, queue, staff
from app.services import member_file as mf
from app.services.errors import InvalidForm, Refused
from app.services.member_file import FileSession
from app.store.models import Incapacity, IncapacityCertificate, IndemnityPayment, Member
from app.store.parameters import rule_book
from app.sync import apply, exchange
from app.sync.terminal import OutboxEntry
from tests.integration.services.conftest import NOW, TODAY, seeded
from tests.integration.services.test_roles_postgres import (
    as_role,
    close_visit,
    terminal_role,
    visit_for,
)
from tests.support.cards import sign_as
from tests.support.visits import member_visit

D = Decimal
STARTED = dt.date(2026, 9, 23)  # the running case's first day (60 days before 22/11/2026)
FRIDAY = dt.date(2026, 11, 27)  # the Friday after the demo's today: the latest certificate's end


def running(central) -> tuple[FileSession, str]:
    niss = central.cases["incapacity_running"]
    return FileSession(niss, LoginMode.EID), niss


def latest_daily(central, niss: str) -> Decimal:
    with central.connect() as connection:
        return connection.execute(
            select(IndemnityPayment.daily_amount)
            .join(Member, Member.id == IndemnityPayment.member_id)
            .where(Member.niss == niss)
            .order_by(IndemnityPayment.paid_on.desc(), IndemnityPayment.covers_from.desc())
            .limit(1)
        ).scalar_one()


def outbox_rows(outbox) -> list[OutboxEntry]:
    with Session(outbox.engine) as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def half_time(starts_on: dt.date = dt.date(2026, 12, 7)) -> incapacity.ResumptionForm:
    return incapacity.parse_resumption_form(
        starts_on=starts_on,
        work_hours="19",
        reference_hours="38",
        employer="Boulangerie Dupont",
        self_employed=False,
    )


def signed_request(central, session, form, pki) -> bytes:
    """The request form as the terminal makes it, signed as the member's card signs it."""
    pdf = printouts.partial_resumption_form(central, session, form, language="fr", today=TODAY)
    return sign_as(pdf, pki, session.niss)


# --- My incapacity ---------------------------------------------------------------------------


def check_the_running_case(info: mf.MyIncapacity) -> None:
    assert info.running and info.history == 0
    period = info.period
    assert (period.started_on, period.ended_on, period.work_status, period.phase) == (
        STARTED,
        None,
        "employee",
        "primary",
    )
    assert [(c.kind, c.channel, c.covers_from, c.covers_to) for c in info.certificates] == [
        ("initial", "paper", STARTED, dt.date(2026, 10, 21)),
        ("prolongation", "electronic", dt.date(2026, 10, 22), dt.date(2026, 11, 19)),
        ("prolongation", "paper", dt.date(2026, 11, 20), FRIDAY),
    ]
    assert info.certificates[0].received_on == dt.date(2026, 9, 25)
    assert info.days_covered == (FRIDAY - STARTED).days + 1 == 66
    assert info.uncovered == ()
    # "Your certificate covers you until Friday 27/11/2026. If you cannot resume on Monday
    # 30/11/2026, your prolongation certificate must start on Saturday 28/11/2026", and it must
    # reach us 48 hours after Friday's end: Sunday 29/11, so Monday 30/11/2026.
    following = info.next_certificate
    assert (following.covered_until, following.resume_on, following.must_start_on) == (
        FRIDAY,
        dt.date(2026, 11, 30),
        dt.date(2026, 11, 28),
    )
    assert (following.must_arrive_by, following.deadline_hours) == (dt.date(2026, 11, 30), 48)
    # From 2026 an electronic certificate from the GP covers at most 3 months.
    assert following.electronic_until == dt.date(2027, 2, 27)
    # An employee declares within 28 days, day 1 counted: 20/10/2026 (a Tuesday).
    assert info.declaration_deadline == dt.date(2026, 10, 20)


def test_the_next_certificate_says_what_the_seed_text_says(central):
    session, niss = running(central)
    check_the_running_case(mf.my_incapacity(central, session, niss, TODAY))


def test_a_day_no_certificate_covers_is_shown_as_a_gap(central):
    session, niss = running(central)
    with central.begin() as connection:
        connection.execute(
            delete(IncapacityCertificate).where(
                IncapacityCertificate.covers_from == dt.date(2026, 10, 22),
                IncapacityCertificate.channel == "electronic",
            )
        )
    info = mf.my_incapacity(central, session, niss, TODAY)
    assert info.uncovered == ((dt.date(2026, 10, 22), dt.date(2026, 11, 19)),)
    assert info.days_covered == 66 - 29
    assert info.next_certificate.covered_until == FRIDAY


def test_the_estimate_now_and_after_the_first_year_shows_its_lines(central):
    session, niss = running(central)
    info = mf.my_incapacity(central, session, niss, TODAY)
    with central.connect() as connection:
        row = connection.execute(select(Incapacity).join(Member).where(Member.niss == niss)).one()
        federation = connection.execute(
            text("SELECT h.federation_id FROM member m JOIN household h ON h.id = m.household_id "
                 "WHERE m.niss = :n"), {"n": niss},
        ).scalar_one()  # fmt: skip
        rules = rule_book(connection, federation_id=federation)
    now = info.estimate_now
    assert (now.phase, now.on) == ("primary", TODAY)
    lines = {line.code: line for line in now.lines}
    assert lines["wage"].amount == row.gross_daily_wage
    assert lines["rate"].rate == rules.value("primary_indemnity_rate", STARTED)
    # 60 % of the capped wage, at most the year-1 maximum of the incapacity's start.
    capped = min(row.gross_daily_wage, rules.value("capped_daily_wage", STARTED))
    expected = min(
        money(capped * rules.value("primary_indemnity_rate", STARTED)),
        rules.value("primary_max_daily", STARTED),
    )
    assert now.daily_gross == expected
    assert lines["withholding"].rate == rules.value("primary_withholding_rate", TODAY)
    assert now.daily_net == now.daily_gross - lines["withholding"].amount
    assert now.figures_from <= TODAY
    after = info.estimate_after_year
    assert (after.phase, after.on) == ("invalidity", dt.date(2027, 9, 23))
    rate = {line.code: line for line in after.lines}["rate"].rate
    assert rate == rules.value(f"invalidity_rate_{row.family_situation}", after.on)
    assert after.withholding_rate == rules.value("invalidity_withholding_rate", after.on)


def test_an_unknown_wage_says_so_instead_of_an_amount(central):
    session, niss = running(central)
    with central.begin() as connection:
        member_id = connection.execute(select(Member.id).where(Member.niss == niss)).scalar_one()
        connection.execute(
            update(Incapacity)
            .where(Incapacity.member_id == member_id)
            .values(gross_daily_wage=None)
        )
    now = mf.my_incapacity(central, session, niss, TODAY).estimate_now
    assert now.daily_gross is None and now.daily_net is None
    assert "wage_unknown" in {line.code for line in now.lines}


def test_expected_payment_dates_are_marked_and_published_ones_are_not(central, families_read):
    session, niss = running(central)
    info = mf.my_incapacity(central, session, niss, TODAY)
    # No 2026 date is published: each is expected, by the national calendar's pattern.
    assert [(p.covers_from, p.covers_to, p.pay_on, p.published) for p in info.next_payments] == [
        (dt.date(2026, 11, 16), dt.date(2026, 11, 30), dt.date(2026, 12, 4), False),
        (dt.date(2026, 12, 1), dt.date(2026, 12, 15), dt.date(2026, 12, 16), False),
        (dt.date(2026, 12, 16), dt.date(2026, 12, 31), dt.date(2027, 1, 4), False),
        (dt.date(2027, 1, 1), dt.date(2027, 1, 15), dt.date(2027, 1, 18), False),
    ]
    # In invalidity on 16/12/2025: the seed's published 19/12/2025 (domain.md §13), then an
    # expected January date.
    central, day = families_read, dt.date(2025, 12, 16)
    holder = central.world.niss["mwp_holder"]
    session = FileSession(holder, LoginMode.EID)
    info = mf.my_incapacity(central, session, holder, day)
    assert info.period.phase == "invalidity" and info.estimate_after_year is None
    first, second = info.next_payments
    assert (first.phase, first.pay_on, first.published) == (
        "invalidity",
        dt.date(2025, 12, 19),
        True,
    )
    assert (second.covers_from, second.published) == (dt.date(2026, 1, 1), False)
    paid = mf.indemnities(central, session, holder, day).next_payments
    assert [(n.pay_on, n.published) for n in paid] == [
        (dt.date(2025, 12, 19), True),
        (second.pay_on, False),
    ]


def test_a_dependants_incapacity_shows_within_the_access_rules_only(families_read):
    central = families_read
    holder = FileSession(central.world.niss["ant_holder"], LoginMode.EID)
    minor = central.world.niss["ant_17"]
    info = mf.my_incapacity(central, holder, minor, TODAY)
    # An ended period: shown, with nothing to send and nothing to come.
    assert (info.period.started_on, info.period.ended_on, info.running) == (
        dt.date(2026, 7, 1),
        dt.date(2026, 7, 20),
        False,
    )
    assert info.next_certificate is None and info.next_payments == ()
    assert info.estimate_now is None
    # An adult dependant who returned the blocking form, and a stranger: refused.
    for other in ("ant_19_blocked", "mwp_holder"):
        with pytest.raises(Refused) as refused:
            mf.my_incapacity(central, holder, central.world.niss[other], TODAY)
        assert refused.value.code == "not_allowed"
        with pytest.raises(Refused):
            mf.check_my_certificate(
                central, holder, central.world.niss[other], covers_from=TODAY,
                covers_to=TODAY, received_on=TODAY, electronic=False, today=TODAY,
            )  # fmt: skip


def test_a_member_who_was_never_ill_has_an_empty_page(central):
    niss = central.cases["no_online_account"]  # 67 years old: no incapacity
    info = mf.my_incapacity(central, FileSession(niss, LoginMode.EID), niss, TODAY)
    assert (info.period, info.running, info.certificates, info.history) == (None, False, (), 0)


def test_a_late_prolongation_shows_its_own_cut_and_not_the_whole_periods(central, outbox, deliver):
    """Covered to Friday 27/11, the next certificate was due Monday 30/11; the one a clerk
    registers on Wednesday 02/12 for 28/11 to 11/12 cuts 10 % from Saturday 28/11 to 02/12,
    shown with that certificate; the period's rate (its first declaration's) stays 0."""
    session, niss = running(central)
    december_2 = dt.date(2026, 12, 2)
    clerk = staff.staff_login(central, "clerk", "clerk-demo", now=NOW)
    queue.register_certificate(
        outbox, clerk, niss, kind="prolongation", covers_from=dt.date(2026, 11, 28),
        covers_to=dt.date(2026, 12, 11), received_on=december_2, doctor_name="Dr Claes",
        today=december_2,
    )  # fmt: skip
    noon = dt.datetime.combine(december_2, dt.time(12), tzinfo=dt.UTC)
    assert [o.state for o in deliver(central, noon)] == [InboxState.APPLIED]
    info = mf.my_incapacity(central, session, niss, december_2)
    assert info.period.late_penalty_rate == D("0")
    assert [(c.covers_from, c.late_penalty_rate, c.late_from, c.late_until)
            for c in info.certificates] == [
        (STARTED, None, None, None),
        (dt.date(2026, 10, 22), None, None, None),
        (dt.date(2026, 11, 20), None, None, None),
        (dt.date(2026, 11, 28), D("0.1000"), dt.date(2026, 11, 28), december_2),
    ]  # fmt: skip


# --- The certificate checker -----------------------------------------------------------------


def test_a_late_prolongation_costs_ten_percent_of_the_daily_amount(central):
    """Covering from Saturday 28/11, it had to arrive by Monday 30/11; arriving on Wednesday
    02/12 cuts 10 % on 4 paid days (Saturday, Monday to Wednesday) of the latest daily amount."""
    session, niss = running(central)
    check = mf.check_my_certificate(
        central, session, niss, covers_from=dt.date(2026, 11, 28), covers_to=dt.date(2026, 12, 11),
        received_on=dt.date(2026, 12, 2), electronic=False, today=TODAY,
    )  # fmt: skip
    assert (check.problems, check.kind, check.deadline) == (
        (),
        "prolongation",
        dt.date(2026, 11, 30),
    )
    assert (check.late, check.late_days, check.penalty_rate) == (True, 4, D("0.1"))
    assert check.estimated_loss == money(latest_daily(central, niss) * D("0.10") * 4)
    assert check.waiver is not None and check.waiver.min_loss == D("25")
    on_time = mf.check_my_certificate(
        central, session, niss, covers_from=dt.date(2026, 11, 28), covers_to=dt.date(2026, 12, 11),
        received_on=dt.date(2026, 11, 30), electronic=True, today=TODAY,
    )  # fmt: skip
    assert (on_time.late, on_time.waiver, on_time.electronic_needs_no_paper) == (False, None, True)


def test_a_gap_makes_a_relapse_and_missing_dates_are_a_problem(central):
    session, niss = running(central)
    relapse = mf.check_my_certificate(
        central, session, niss, covers_from=dt.date(2026, 12, 10), covers_to=dt.date(2026, 12, 20),
        received_on=dt.date(2026, 12, 10), electronic=False, today=TODAY,
    )  # fmt: skip
    assert relapse.kind == "relapse"
    assert relapse.uncovered == ((dt.date(2026, 11, 28), dt.date(2026, 12, 9)),)
    missing = mf.check_my_certificate(
        central, session, niss, covers_from=dt.date(2026, 11, 28), covers_to=None,
        received_on=TODAY, electronic=False, today=TODAY,
    )  # fmt: skip
    assert missing.problems == ("certificate_dates_missing",) and missing.kind is None


def test_the_checker_needs_a_work_status_for_someone_never_ill(central):
    niss = central.cases["no_online_account"]
    session = FileSession(niss, LoginMode.EID)
    form = {"covers_from": dt.date(2026, 11, 23), "covers_to": dt.date(2026, 12, 4),
            "received_on": TODAY, "electronic": False, "today": TODAY}  # fmt: skip
    with pytest.raises(Refused) as refused:
        mf.check_my_certificate(central, session, niss, **form)
    assert refused.value.code == "no_incapacity"
    first = mf.check_my_certificate(central, session, niss, work_status="worker", **form)
    # A worker ill from Monday 23/11 declares within 14 days, day 1 counted: Saturday 06/12,
    # so Monday 07/12/2026.
    assert (first.kind, first.deadline, first.late) == ("first", dt.date(2026, 12, 7), False)


# --- Partial resumption ----------------------------------------------------------------------


def test_an_invalid_resumption_form_keeps_what_was_typed():
    with pytest.raises(InvalidForm) as invalid:
        incapacity.parse_resumption_form(
            starts_on=None, work_hours="abc", reference_hours="38", employer="  ",
            self_employed=False,
        )  # fmt: skip
    assert invalid.value.problems == {
        "starts_on": "resumption_start_missing",
        "work_hours": "resumption_hours_invalid",
        "employer": "employer_required",
    }
    assert (invalid.value.values["work_hours"], invalid.value.values["reference_hours"]) == (
        "abc",
        "38",
    )
    with pytest.raises(InvalidForm) as invalid:
        incapacity.parse_resumption_form(
            starts_on="31/02/2026", work_hours="40", reference_hours="38,5", employer="X" * 201,
            self_employed=True,
        )  # fmt: skip
    assert invalid.value.problems == {
        "starts_on": "resumption_start_invalid",
        "work_hours": "resumption_hours_not_less",
        "employer": "employer_too_long",
    }
    assert invalid.value.values["starts_on"] == "31/02/2026"
    with pytest.raises(InvalidForm) as invalid:
        incapacity.parse_resumption_form(
            starts_on="07/12/2026", work_hours="0", reference_hours="169", employer="Dupont",
            self_employed=False,
        )  # fmt: skip
    assert invalid.value.problems == {
        "work_hours": "resumption_hours_invalid",
        "reference_hours": "resumption_hours_invalid",
    }
    form = incapacity.parse_resumption_form(
        starts_on="07/12/2026", work_hours="19,5", reference_hours="38", employer=" Dupont  SA ",
        self_employed=False,
    )  # fmt: skip
    assert form == incapacity.ResumptionForm(
        dt.date(2026, 12, 7), D("19.5"), D("38"), "Dupont SA", False
    )


def test_the_preview_says_the_deadline_the_late_tier_and_the_cut(central):
    session, niss = running(central)
    daily = latest_daily(central, niss)
    # Start Monday 07/12: by Friday 04/12, one working day before; half time cuts 30 %.
    preview = incapacity.resumption_preview(central, session, half_time(), TODAY)
    assert preview == incapacity.ResumptionPreview(
        deadline=dt.date(2026, 12, 4),
        timeliness="on_time",
        cut=D("0.30"),
        daily_now=daily,
        daily_after=money(daily * D("0.70")),
        late_penalty=D("0.10"),
        late_until=dt.date(2026, 12, 21),
        sent_on=TODAY,
    )
    # Started Monday 16/11, sent on 25/11 (within 14 days): −10 %; started 02/11: too late.
    late = incapacity.resumption_preview(central, session, half_time(dt.date(2026, 11, 16)), TODAY)
    assert (late.deadline, late.timeliness) == (dt.date(2026, 11, 13), "late_cut")
    too_late = incapacity.resumption_preview(
        central, session, half_time(dt.date(2026, 11, 2)), TODAY
    )
    assert too_late.timeliness == "late_no_indemnity"
    # Not on the incapacity's first day (a day of total incapacity first), nor without one.
    with pytest.raises(InvalidForm) as invalid:
        incapacity.resumption_preview(central, session, half_time(STARTED), TODAY)
    assert invalid.value.problems == {"starts_on": "resumption_before_start"}
    healthy = FileSession(central.cases["no_online_account"], LoginMode.EID)
    with pytest.raises(Refused) as refused:
        incapacity.resumption_preview(central, healthy, half_time(), TODAY)
    assert refused.value.code == "no_incapacity"


def test_the_preview_says_both_late_tiers_with_inamis_example(central):
    """Issue 15 point 6, INAMI's example: start Monday 12/01/2026, by Friday 09/01/2026; within
    14 days after the start (by Monday 26/01) −10 % to the day it reaches us; later, nothing
    from 12/01. The rate and the tier's last day are the federation's rules of that day."""
    session, niss = running(central)
    with central.begin() as connection:
        member_id = connection.execute(select(Member.id).where(Member.niss == niss)).scalar_one()
        connection.execute(
            update(Incapacity)
            .where(Incapacity.member_id == member_id)
            .values(started_on=dt.date(2025, 12, 1))
        )
        federation = connection.execute(
            text("SELECT h.federation_id FROM member m JOIN household h ON h.id = m.household_id "
                 "WHERE m.id = :m"), {"m": member_id},
        ).scalar_one()  # fmt: skip
        rules = rule_book(connection, federation_id=federation)
    start = dt.date(2026, 1, 12)
    form = half_time(start)

    def seen(today):
        p = incapacity.resumption_preview(central, session, form, today)
        return p.deadline, p.timeliness, p.late_penalty, p.late_until

    penalty = rules.value("partial_resumption_late_penalty", start)
    assert penalty == D("0.10")
    tier_end = dt.date(2026, 1, 26)
    assert seen(dt.date(2026, 1, 9)) == (dt.date(2026, 1, 9), "on_time", penalty, tier_end)
    assert seen(dt.date(2026, 1, 12))[1] == "late_cut"
    assert seen(tier_end)[1] == "late_cut"
    assert seen(dt.date(2026, 1, 27)) == (
        dt.date(2026, 1, 9), "late_no_indemnity", penalty, tier_end,
    )  # fmt: skip


def test_a_self_employed_resumption_is_not_cut_for_6_months_then_10_percent_then_by_income(
    central,
):
    # domain.md §14: not the employees' "work fraction − 20 %" (half time would be −30 %).
    session, niss = running(central)
    daily = latest_daily(central, niss)
    form = incapacity.parse_resumption_form(
        starts_on=dt.date(2026, 12, 7), work_hours="19", reference_hours="38",
        employer="Atelier de reliure", self_employed=True,
    )  # fmt: skip
    preview = incapacity.resumption_preview(central, session, form, TODAY)
    assert (preview.deadline, preview.timeliness) == (dt.date(2026, 12, 4), "on_time")
    assert (preview.cut, preview.daily_now, preview.daily_after) == (D(0), daily, daily)
    stages = preview.self_employed
    assert (stages.free_until, stages.cut, stages.cut_until) == (
        dt.date(2027, 6, 6), D("0.10"), dt.date(2028, 12, 31),
    )  # fmt: skip
    # Looked at later, the cut of that day: −10 % from the 7th month...
    later = incapacity.resumption_preview(central, session, form, dt.date(2027, 6, 7))
    assert (later.cut, later.daily_after) == (D("0.10"), money(daily * D("0.90")))
    # ... and from the 4th year, set by the income: not guessed.
    fourth = incapacity.resumption_preview(central, session, form, dt.date(2029, 1, 2))
    assert (fourth.cut, fourth.daily_after) == (None, None)
    # An employee's preview has no such stages.
    assert incapacity.resumption_preview(central, session, half_time(), TODAY).self_employed is None


def test_a_partial_resumption_is_queued_with_its_signed_form_and_filed(
    central, outbox, deliver, pki
):
    session, niss = running(central)
    member_visit(central, outbox, niss)  # the visit the central side opened
    form = half_time()
    signed = signed_request(central, session, form, pki)
    queued = incapacity.request_partial_resumption(
        outbox, session, form, signed, central=central, today=TODAY
    )
    (row,) = outbox_rows(outbox)
    assert (str(row.operation_id), row.kind) == (
        queued.operation_id,
        "incapacity.partial_resumption",
    )
    assert base64.b64decode(row.payload["signed_pdf"]) == signed
    assert (row.payload["starts_on"], row.payload["channel"]) == ("2026-12-07", "terminal")
    with pytest.raises(InvalidForm) as invalid:
        incapacity.request_partial_resumption(outbox, session, form, b"not a pdf")
    assert invalid.value.problems == {"signed_pdf": "not_a_pdf"}
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    (request,) = mf.my_incapacity(central, session, niss, TODAY).resumptions
    assert request == mf.ResumptionRow(
        starts_on=dt.date(2026, 12, 7), work_hours=D("19.00"), reference_hours=D("38.00"),
        employer="Boulangerie Dupont", status="received", timeliness="on_time",
        reached_on=TODAY, decided_at=None, reason=None,
    )  # fmt: skip


def test_the_terminal_refuses_a_signed_form_that_is_not_this_requests(
    central, outbox, deliver, pki, monkeypatch
):
    """What the card signed is checked before it is queued, as the worker checks it: a form of
    the member's for another start (not the one just printed) is refused and nothing waits in
    the outbox; the one printed for this request goes."""
    from app.documents import signing
    from app.services.file_backend import FileBackend

    session, niss = running(central)
    backend = FileBackend(central, outbox, trust_roots=pki.roots, pkcs11_module="",
                          terminal_id="t", today=lambda: TODAY)  # fmt: skip
    another = signed_request(central, session, half_time(dt.date(2026, 12, 14)), pki)
    monkeypatch.setattr(signing, "sign_pdf_on_card", lambda _reader, _pdf, **_: another)
    with pytest.raises(Refused) as refused:
        backend.sign_and_queue_resumption(
            None, session, half_time(), "1234", actor="member", language="fr"
        )
    assert (refused.value.code, str(refused.value)) == ("signature_invalid", "form_mismatch")
    assert outbox_rows(outbox) == []

    member_visit(central, outbox, niss)
    monkeypatch.setattr(
        signing, "sign_pdf_on_card", lambda _reader, pdf, **_: sign_as(pdf, pki, niss)
    )
    backend.sign_and_queue_resumption(
        None, session, half_time(), "1234", actor="member", language="nl"
    )
    assert [row.payload["starts_on"] for row in outbox_rows(outbox)] == ["2026-12-07"]
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]


def test_a_return_to_work_is_queued_and_closes_the_period(central, outbox, deliver):
    session, niss = running(central)
    member_visit(central, outbox, niss)
    for day, code in (
        (STARTED, "return_before_start"),
        (TODAY + dt.timedelta(days=32), "return_too_far_ahead"),
        (None, "return_date_missing"),
    ):
        with pytest.raises(InvalidForm) as invalid:
            incapacity.declare_return(outbox, session, day, "work", today=TODAY, central=central)
        assert invalid.value.problems == {"resumes_on": code}
    with pytest.raises(InvalidForm) as invalid:
        incapacity.declare_return(outbox, session, TODAY, "holidays", today=TODAY)
    assert invalid.value.problems == {"resumes_as": "return_as_invalid"}
    healthy = FileSession(central.cases["no_online_account"], LoginMode.EID)
    with pytest.raises(Refused) as refused:
        incapacity.declare_return(outbox, healthy, TODAY, "work", today=TODAY, central=central)
    assert refused.value.code == "no_incapacity"
    assert outbox_rows(outbox) == []

    queued = incapacity.declare_return(
        outbox, session, dt.date(2026, 11, 30), "unemployment", today=TODAY, central=central
    )
    (row,) = outbox_rows(outbox)
    assert (str(row.operation_id), row.kind) == (queued.operation_id, "incapacity.return_to_work")
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    period = mf.my_incapacity(central, session, niss, TODAY).period
    assert period.ended_on == dt.date(2026, 11, 29)
    after = mf.my_incapacity(central, session, niss, dt.date(2026, 12, 1))
    assert not after.running and after.next_certificate is None and after.next_payments == ()


# --- PostgreSQL: a terminal's own login within a visit ---------------------------------------


@pytest.mark.postgres
def test_my_incapacity_through_the_terminal_role_within_its_visit_only(
    postgres_url, postgres_server, outbox, terminal, forms, pki
):
    owner = seeded(postgres_url)
    role = as_role(owner, postgres_server, terminal_role, "guichet_terminal")
    role.cases = owner.cases
    try:
        session, niss = running(owner)
        # Outside a visit the terminal's login reads nothing of the member.
        with pytest.raises(Refused):
            mf.my_incapacity(role, session, niss, TODAY)
        member_visit(owner, outbox, niss, login_role="guichet_terminal")
        info = mf.my_incapacity(role, session, niss, TODAY)
        check_the_running_case(info)
        assert info == mf.my_incapacity(owner, session, niss, TODAY)
        check = mf.check_my_certificate(
            role, session, niss, covers_from=dt.date(2026, 11, 28),
            covers_to=dt.date(2026, 12, 11), received_on=dt.date(2026, 12, 2), electronic=False,
            today=TODAY,
        )  # fmt: skip
        assert check.estimated_loss == money(latest_daily(owner, niss) * D("0.10") * 4)
        # A request signed with the card goes through the outbox, the worker files it, and
        # the member reads it back through the terminal's login.
        form = half_time()
        signed = signed_request(role, session, form, pki)
        incapacity.request_partial_resumption(
            outbox, session, form, signed, central=role, today=TODAY
        )
        incapacity.declare_return(
            outbox, session, dt.date(2026, 12, 14), "work", today=TODAY, central=role
        )
        assert exchange.push(terminal, role) == 2
        assert [o.state for o in apply.apply_pending(owner, forms=forms)] == [
            InboxState.APPLIED,
            InboxState.APPLIED,
        ]
        exchange.pull_results(terminal, role)
        info = mf.my_incapacity(role, session, niss, TODAY)
        assert [(r.starts_on, r.status) for r in info.resumptions] == [
            (dt.date(2026, 12, 7), "received")
        ]
        assert info.period.ended_on == dt.date(2026, 12, 13)
    finally:
        role.dispose()
        owner.dispose()


@pytest.mark.postgres
def test_a_dependants_period_is_not_readable_outside_the_rules_on_postgres(
    pg_central, postgres_server
):
    """The holder sees a minor's file, not that of an adult dependant who returned the
    blocking form; the policies let the terminal read only the rows of its visit's people."""
    owner = pg_central
    visible, hidden = owner.cases["dependant_under_18"], owner.cases["blocked_dependant"]
    with owner.begin() as connection:
        holder = connection.execute(
            text("SELECT h.niss FROM member d JOIN member h ON h.id = d.holder_id "
                 "WHERE d.niss = :n"), {"n": hidden},
        ).scalar_one()  # fmt: skip
        for niss in (visible, hidden):
            member_id = connection.execute(
                select(Member.id).where(Member.niss == niss)
            ).scalar_one()
            connection.execute(
                insert(Incapacity).values(
                    member_id=member_id, work_status="unemployed", started_on=dt.date(2026, 10, 5),
                    ended_on=dt.date(2026, 10, 30), declared_on=dt.date(2026, 10, 6),
                    late_penalty_rate=D("0"),
                )
            )  # fmt: skip
    role = as_role(owner, postgres_server, terminal_role, "guichet_terminal")
    try:
        visit = visit_for(owner, "guichet_terminal", holder)
        session = FileSession(holder, LoginMode.EID)
        seen = mf.my_incapacity(role, session, visible, TODAY)
        assert (seen.period.started_on, seen.running) == (dt.date(2026, 10, 5), False)
        with pytest.raises(Refused) as refused:
            mf.my_incapacity(role, session, hidden, TODAY)
        assert refused.value.code == "not_allowed"
        with role.connect() as connection:
            rows = connection.execute(
                text("SELECT count(*) FROM incapacity i JOIN member m ON m.id = i.member_id "
                     "WHERE m.niss = :n"), {"n": hidden},
            ).scalar()  # fmt: skip
        assert rows == 0
        close_visit(role, visit)
        with pytest.raises(Refused):
            mf.my_incapacity(role, session, visible, TODAY)
    finally:
        role.dispose()
