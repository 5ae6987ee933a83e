"""The member's file at the terminal (app/services/member_file/) on a real central database.

Who may see whom (domain.md §13: majority 16 in Mons Wallonie Picarde, 18 elsewhere, then the
blocking form), and what each read gives a member: their data, reimbursements and payments,
indemnities, DMG, MAF, young savers, agreements, documents; and changing one's contact data
through the outbox and the central worker. The families are described in families.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain.codes import InboxState, LoginMode
from app.services import accounts
from app.services import member_file as mf
from app.services.errors import InvalidForm, Refused
from app.services.member_file import FileSession
from app.store.models import (
    FederationParameter,
    Member,
    NomenclatureCode,
    NomenclatureFee,
    Payment,
)
from app.sync import operations as ops
from app.sync.terminal import OutboxEntry
from tests.integration.services.conftest import TODAY, seeded
from tests.integration.services.families import add_families
from tests.integration.services.test_roles_postgres import as_role, terminal_role, visit_for
from tests.support.visits import member_visit

D = Decimal
BRUSSELS = ZoneInfo("Europe/Brussels")
NOT_A_MEMBER = "85073003328"  # valid, and nobody has it
YESTERDAY = TODAY - dt.timedelta(days=1)
TOMORROW = TODAY + dt.timedelta(days=1)


def session_of(central, label: str, mode: str = LoginMode.EID) -> FileSession:
    return FileSession(central.world.niss[label], mode)


def niss(central, label: str) -> str:
    return central.world.niss[label]


def refusal(call) -> tuple[str, str]:
    """The code and message of the Refused a call raises."""
    with pytest.raises(Refused) as refused:
        call()
    return refused.value.code, str(refused.value)


def reads_about(central, session: FileSession, label: str, today: dt.date = TODAY) -> dict:
    """Every read a session can make that names one person of the families: name → call."""
    target = niss(central, label)
    world = central.world
    return {
        "reimbursements": lambda: mf.reimbursements(central, session, target, today=today),
        "payment_detail": lambda: mf.payment_detail(
            central, session, world.payments[f"{label}_alone"], today=today
        ),
        "indemnities": lambda: mf.indemnities(central, session, target, today),
        "dmg": lambda: mf.dmg(central, session, target, today),
        "maf": lambda: mf.maf(central, session, target, today),
        "medical_agreements": lambda: mf.medical_agreements(central, session, target, today),
        "documents": lambda: mf.documents(central, session, target, today),
        "document_content": lambda: mf.document_content(
            central, session, world.documents[label], today
        ),
    }


def has_data(result) -> bool:
    """Whether a read's result holds something of the person asked about."""
    if isinstance(result, mf.ReimbursementPage):
        return bool(result.lines)
    if isinstance(result, mf.PaymentDetail):
        return bool(result.services)
    if isinstance(result, mf.Indemnities):
        return bool(result.periods and result.payments and result.convocations)
    if isinstance(result, mf.DmgInfo):
        return result.current is not None and bool(result.advantages)
    if isinstance(result, mf.DocumentContent):
        return result.content.startswith(b"%PDF-")
    return bool(result)


# --- Who may see whom ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("holder", "dependant", "visible", "access"),
    [
        # Mons Wallonie Picarde: majority at 16.
        ("mwp_holder", "mwp_15", True, "dependant_minor"),
        ("mwp_holder", "mwp_15_blocked", True, "dependant_minor"),  # the form waits for 16
        ("mwp_holder", "mwp_17", True, "dependant_adult"),
        ("mwp_holder", "mwp_17_blocked", False, None),
        ("mwp_holder", "mwp_16_today", False, None),  # the form sent at 15 counts from today
        # Antwerp: majority at 18.
        ("ant_holder", "ant_17", True, "dependant_minor"),
        ("ant_holder", "ant_17_blocked", True, "dependant_minor"),
        ("ant_holder", "ant_19", True, "dependant_adult"),
        ("ant_holder", "ant_19_blocked", False, None),
    ],
)
def test_the_holder_sees_a_dependant_until_majority_and_after_it_unless_blocked(
    families_read, holder, dependant, visible, access
):
    central = families_read
    session = session_of(central, holder)
    people = {p.niss: p for p in mf.visible_people(central, session, TODAY)}
    assert (niss(central, dependant) in people) is visible
    mine = mf.my_data(central, session, TODAY)
    assert (niss(central, dependant) in {p.niss for p in mine.dependants}) is visible
    if visible:
        assert people[niss(central, dependant)].access == access
        assert not people[niss(central, dependant)].is_self
        for name, call in reads_about(central, session, dependant).items():
            assert has_data(call()), name
    else:
        for name, call in reads_about(central, session, dependant).items():
            assert refusal(call)[0] == "not_allowed", name


def test_the_holder_sees_themselves_first_then_the_dependants_oldest_first(families_read):
    central = families_read
    people = mf.visible_people(central, session_of(central, "mwp_holder"), TODAY)
    assert [(p.niss, p.access, p.is_self) for p in people] == [
        (niss(central, "mwp_holder"), "self", True),
        (niss(central, "mwp_17"), "dependant_adult", False),
        (niss(central, "mwp_15_blocked"), "dependant_minor", False),
        (niss(central, "mwp_15"), "dependant_minor", False),
    ]
    assert people[0].role == "holder" and people[1].role == "dependant"


def test_a_blocking_form_received_before_majority_takes_effect_on_the_birthday(families_read):
    central = families_read
    session = session_of(central, "mwp_holder")
    dependant = niss(central, "mwp_16_today")
    yesterday = {p.niss: p.access for p in mf.visible_people(central, session, YESTERDAY)}
    assert yesterday[dependant] == "dependant_minor"
    assert mf.documents(central, session, dependant, YESTERDAY)
    assert dependant not in {p.niss for p in mf.visible_people(central, session, TODAY)}
    assert refusal(lambda: mf.documents(central, session, dependant, TODAY))[0] == "not_allowed"


def test_a_blocked_dependant_is_absent_from_every_list_the_holder_gets(families_read):
    central = families_read
    world = central.world
    for holder, blocked, shared in (
        ("mwp_holder", "mwp_17_blocked", "MWP_shared"),
        ("ant_holder", "ant_19_blocked", "ANT_shared"),
    ):
        session = session_of(central, holder)
        hidden = niss(central, blocked)
        everyone = mf.reimbursements(central, session, None, limit=1000, today=TODAY)
        assert everyone.after is None
        assert hidden not in {line.beneficiary_niss for line in everyone.lines}
        assert not set(world.lines[blocked]) & {line.line_id for line in everyone.lines}
        detail = mf.payment_detail(central, session, world.payments[shared], today=TODAY)
        assert hidden not in {s.beneficiary_niss for s in detail.services}
        assert detail.services_total == sum(s.reimbursed for s in detail.services)
        assert detail.services_total == D("19.68") * len(detail.services)
        assert hidden not in {y.niss for y in mf.young_savers(central, session, TODAY)}
        assert hidden not in {p.niss for p in mf.visible_people(central, session, TODAY)}
        assert hidden not in {p.niss for p in mf.my_data(central, session, TODAY).dependants}
    # The shared payment of Antwerp pays for 5 people; the holder is shown 4 of them.
    detail = mf.payment_detail(
        central, session_of(central, "ant_holder"), world.payments["ANT_shared"], today=TODAY
    )
    assert len(detail.services) == 4 and detail.services_total == D("78.72")
    # The transfer's own amount would give the hidden part away: only the visible part is told.
    assert detail.amount == D("78.72")
    assert detail.iban  # the holder's own account, in full
    # A payment for the blocked dependant's care alone is not shown at all.
    alone = world.payments["ant_19_blocked_alone"]
    call = lambda: mf.payment_detail(central, session_of(central, "ant_holder"), alone)  # noqa: E731
    assert refusal(call)[0] == "not_allowed"


def test_the_majority_age_is_the_federations_dated_parameter(families):
    """Were Mons Wallonie Picarde to move its majority to 18 from 2027, its 17-year-olds would
    be minors again on that day: the holder sees the blocked one, the other loses own access."""
    central = families
    with Session(central) as session, session.begin():
        mwp = session.scalar(
            select(FederationParameter.federation_id).where(
                FederationParameter.name == "majority_age", FederationParameter.value == 16
            )
        )
        session.add(
            FederationParameter(
                federation_id=mwp, name="majority_age", value=18, valid_from=dt.date(2027, 1, 1)
            )
        )
    holder = session_of(central, "mwp_holder")
    before, after = dt.date(2026, 12, 31), dt.date(2027, 1, 4)
    assert niss(central, "mwp_17_blocked") not in {
        p.niss for p in mf.visible_people(central, holder, before)
    }
    seen = {p.niss: p.access for p in mf.visible_people(central, holder, after)}
    assert seen[niss(central, "mwp_17_blocked")] == "dependant_minor"
    assert seen[niss(central, "mwp_17")] == "dependant_minor"
    assert mf.visible_people(central, session_of(central, "mwp_17"), before)
    assert refusal(lambda: mf.visible_people(central, session_of(central, "mwp_17"), after)) == (
        "not_allowed",
        "viewer_too_young",
    )


@pytest.mark.parametrize(
    ("dependant", "own_access"),
    [
        ("mwp_15", False),
        ("mwp_15_blocked", False),
        ("mwp_17", True),
        ("mwp_17_blocked", True),  # the form closes the holder's view, not their own
        ("mwp_16_today", True),
        ("ant_17", False),
        ("ant_17_blocked", False),
        ("ant_19", True),
        ("ant_19_blocked", True),
    ],
)
def test_a_dependant_who_reached_majority_gets_their_own_access_and_only_to_themselves(
    families_read, dependant, own_access
):
    central = families_read
    owner = accounts.card_owner(central, niss(central, dependant), today=TODAY)
    assert owner.activation_refusal == (None if own_access else "too_young")
    session = session_of(central, dependant)
    if not own_access:
        assert refusal(lambda: mf.visible_people(central, session, TODAY))[0] == "not_allowed"
        assert refusal(lambda: mf.my_data(central, session, TODAY))[0] == "not_allowed"
        for name, call in reads_about(central, session, dependant).items():
            assert refusal(call)[0] == "not_allowed", name
        return
    people = mf.visible_people(central, session, TODAY)
    assert [(p.niss, p.access) for p in people] == [(niss(central, dependant), "self")]
    mine = mf.my_data(central, session, TODAY)
    assert mine.role == "dependant" and mine.dependants == ()
    family = dependant.split("_")[0]
    assert mine.holder_name == f"{family.title()} Holder Testfamily"
    for name, call in reads_about(central, session, dependant).items():
        assert has_data(call()), name
    # Neither the holder's file nor a brother's or sister's.
    for other in (f"{family}_holder", f"{family}_15" if family == "mwp" else "ant_17"):
        for name, call in reads_about(central, session, other).items():
            assert refusal(call)[0] == "not_allowed", (other, name)
    lines = mf.reimbursements(central, session, None, limit=1000, today=TODAY).lines
    assert {line.beneficiary_niss for line in lines} == {niss(central, dependant)}
    shared = mf.payment_detail(
        central, session, central.world.payments[f"{family.upper()}_shared"], today=TODAY
    )
    assert [s.beneficiary_niss for s in shared.services] == [niss(central, dependant)]
    # An adult dependant sees their own care in the holder's transfer, not the holder's account
    # nor what the transfer paid the others.
    assert shared.amount == shared.services_total
    assert shared.iban == "" and "••" in shared.iban_formatted


def test_a_strangers_national_number_is_refused_like_an_unknown_one(families_read):
    central = families_read
    session = session_of(central, "mwp_holder")
    world = central.world
    strangers = [
        niss(central, "ant_17"),  # another household's minor
        niss(central, "ant_holder"),
        central.cases["bim"],  # a seeded member
    ]
    unknown = {
        name: refusal(call)
        for name, call in {
            "reimbursements": lambda: mf.reimbursements(central, session, NOT_A_MEMBER),
            "indemnities": lambda: mf.indemnities(central, session, NOT_A_MEMBER, TODAY),
            "dmg": lambda: mf.dmg(central, session, NOT_A_MEMBER, TODAY),
            "maf": lambda: mf.maf(central, session, NOT_A_MEMBER, TODAY),
            "medical_agreements": lambda: mf.medical_agreements(
                central, session, NOT_A_MEMBER, TODAY
            ),
            "documents": lambda: mf.documents(central, session, NOT_A_MEMBER, TODAY),
            "payment_detail": lambda: mf.payment_detail(central, session, 10**9, today=TODAY),
            "document_content": lambda: mf.document_content(central, session, 10**9, TODAY),
        }.items()
    }
    assert {code for code, _message in unknown.values()} == {"not_allowed"}
    for stranger in strangers:
        calls = {
            "reimbursements": lambda s=stranger: mf.reimbursements(central, session, s),
            "indemnities": lambda s=stranger: mf.indemnities(central, session, s, TODAY),
            "dmg": lambda s=stranger: mf.dmg(central, session, s, TODAY),
            "maf": lambda s=stranger: mf.maf(central, session, s, TODAY),
            "medical_agreements": lambda s=stranger: mf.medical_agreements(
                central, session, s, TODAY
            ),
            "documents": lambda s=stranger: mf.documents(central, session, s, TODAY),
        }
        for name, call in calls.items():
            assert refusal(call) == unknown[name], (stranger, name)
    assert (
        refusal(
            lambda: mf.payment_detail(central, session, world.payments["ANT_shared"], today=TODAY)
        )
        == unknown["payment_detail"]
    )
    assert (
        refusal(lambda: mf.document_content(central, session, world.documents["ant_holder"], TODAY))
        == unknown["document_content"]
    )


def test_a_session_for_someone_who_is_not_a_member_reads_nothing(families_read):
    session = FileSession(NOT_A_MEMBER, LoginMode.EID)
    assert refusal(lambda: mf.visible_people(families_read, session, TODAY))[0] == "file_not_found"
    with pytest.raises(ValueError):
        FileSession(NOT_A_MEMBER, "sms")


# --- My data ------------------------------------------------------------------------------


def test_my_data_gives_affiliation_address_dependants_and_cover_on_the_day_asked(families_read):
    central = families_read
    session = session_of(central, "mwp_holder")
    with central.connect() as connection:
        row = connection.execute(
            select(Member).where(Member.niss == niss(central, "mwp_holder"))
        ).one()
    mine = mf.my_data(central, session, TODAY)
    assert mine.niss == row.niss and mine.affiliation_number == row.affiliation_number
    assert mine.affiliation_number.startswith("01/")
    assert (mine.first_names, mine.last_name) == ("Mwp Holder", "Testfamily")
    assert mine.address == mf.Address("Rue des Tests", "12", "b3", "7000", "Mons", "BE")
    assert (mine.phone, mine.mobile, mine.email) == ("065 12 34 56", None, "mwp_holder@example.be")
    assert mine.iban == row.iban
    assert (mine.role, mine.status, mine.holder_name) == ("holder", "active", None)
    assert (mine.federation_code, mine.federation_name) == ("MWP", "Mons Wallonie Picarde")
    assert [p.niss for p in mine.dependants] == [
        niss(central, label) for label in ("mwp_17", "mwp_15_blocked", "mwp_15")
    ]
    # BIM since 1 July 2026: CT1/CT2 111 today, 110 in May, no cover at all in 2023.
    assert mine.bim and mine.cover_in_order
    assert (mine.current.ct1, mine.current.ct2) == ("111", "111")
    assert [(p.ct1, p.valid_from, p.valid_to) for p in mine.insurability] == [
        ("111", dt.date(2026, 7, 1), None),
        ("110", dt.date(2024, 1, 1), dt.date(2026, 6, 30)),
    ]
    may = mf.my_data(central, session, dt.date(2026, 5, 4))
    assert not may.bim and (may.current.ct1, may.current.ct2) == ("110", "110")
    last_day = mf.my_data(central, session, dt.date(2026, 6, 30))
    assert last_day.current.ct1 == "110"
    before = mf.my_data(central, session, dt.date(2023, 6, 1))
    assert before.current is None and not before.cover_in_order and not before.bim


def test_my_data_names_the_federation_in_the_members_language(families):
    central = families
    with central.begin() as connection:
        connection.execute(
            update(Member).where(Member.niss == niss(central, "ant_holder")).values(language="nl")
        )
    mine = mf.my_data(central, session_of(central, "ant_holder"), TODAY)
    assert (mine.language, mine.federation_name) == ("nl", "Antwerpen")


# --- Reimbursements and payments ----------------------------------------------------------


def test_the_personal_share_is_fee_plus_supplement_minus_reimbursement():
    """domain.md §3: a recognised GP without DMG, 25.68 reimbursed 19.68 → 6.00; a specialist
    with a 10 € supplement on 37.15 reimbursed 25.15 → 22.00."""
    assert mf.personal_share(D("25.68"), D("0.00"), D("19.68")) == D("6.00")
    assert mf.personal_share(D("37.15"), D("10.00"), D("25.15")) == D("22.00")
    assert mf.personal_share(D("-25.68"), D("0.00"), D("-19.68")) == D("-6.00")


def test_reimbursements_show_positive_and_negative_amounts_and_each_personal_share(
    families_read,
):
    central = families_read
    session = session_of(central, "ant_holder")
    page = mf.reimbursements(central, session, niss(central, "ant_holder"), limit=100, today=TODAY)
    assert page.after is None
    lines = page.lines
    assert len(lines) == len(central.world.lines["ant_holder"]) == 24
    gp = [x for x in lines if x.nomenclature_code == "101032" and x.official_fee > 0]
    assert gp and {(x.official_fee, x.supplement, x.reimbursed, x.personal_share) for x in gp} == {
        (D("25.68"), D("0.00"), D("19.68"), D("6.00"))
    }
    specialist = [x for x in lines if x.nomenclature_code == "102034" and x.supplement]
    assert len(specialist) == 10
    assert {(x.official_fee, x.supplement, x.reimbursed, x.personal_share) for x in specialist} == {
        (D("37.15"), D("10.00"), D("25.15"), D("22.00"))
    }
    (taken_back,) = [x for x in lines if x.reimbursed < 0]
    assert (taken_back.official_fee, taken_back.reimbursed, taken_back.personal_share) == (
        D("-25.68"),
        D("-19.68"),
        D("-6.00"),
    )
    assert (taken_back.care_date, taken_back.processed_on) == (
        dt.date(2026, 3, 5),
        dt.date(2026, 10, 13),
    )
    assert taken_back.label == "Consultation médecin généraliste agréé"
    assert taken_back.beneficiary_name == "Ant Holder Testfamily"
    dutch = mf.reimbursements(central, session, taken_back.beneficiary_niss, language="nl")
    assert {x.label for x in dutch.lines if x.nomenclature_code == "101032"} == {
        "Raadpleging erkende huisarts"
    }


@pytest.mark.parametrize("order", ["care", "processing"])
@pytest.mark.parametrize("target", ["ant_holder", None])
def test_keyset_pages_give_every_line_once_newest_first(families_read, order, target):
    central = families_read
    session = session_of(central, "ant_holder")
    who = niss(central, target) if target else None
    everything = mf.reimbursements(central, session, who, order=order, limit=1000, today=TODAY)
    paged, after, pages = [], None, 0
    while True:
        page = mf.reimbursements(
            central, session, who, order=order, after=after, limit=5, today=TODAY
        )
        paged.extend(page.lines)
        pages += 1
        if page.after is None:
            break
        after = page.after
        assert pages < 100
    assert [x.line_id for x in paged] == [x.line_id for x in everything.lines]
    assert len({x.line_id for x in paged}) == len(paged)
    key = (lambda x: x.care_date) if order == "care" else (lambda x: x.processed_on)
    keys = [(key(x), x.line_id) for x in paged]
    assert keys == sorted(keys, reverse=True)
    expected = 24 if target else 24 + 3 * 2  # the dependants' own and shared lines
    assert len(paged) == expected


def test_the_two_orders_differ_for_care_processed_late(families_read):
    central = families_read
    session = session_of(central, "ant_holder")
    who = niss(central, "ant_holder")
    by_care = mf.reimbursements(central, session, who, order="care", limit=100).lines
    by_processing = mf.reimbursements(central, session, who, order="processing", limit=100).lines
    late = dt.date(2025, 12, 20)
    assert by_care[-1].care_date == late  # the oldest care...
    assert [x.processed_on for x in by_processing[:4]] == [dt.date(2026, 10, 19)] * 2 + [
        dt.date(2026, 10, 13)
    ] * 2  # ...among the newest payments
    assert late in {x.care_date for x in by_processing[2:4]}
    with pytest.raises(ValueError):
        mf.reimbursements(central, session, who, order="amount")
    with pytest.raises(ValueError):
        mf.reimbursements(central, session, who, limit=0)


def test_a_payments_detail_lists_its_services_and_their_total(families_read):
    central = families_read
    session = session_of(central, "ant_holder")
    detail = mf.payment_detail(central, session, central.world.payments["ant_late"], today=TODAY)
    assert detail.processed_on == dt.date(2026, 10, 13)
    assert detail.nature == "reimbursement"
    assert detail.communication == "Remboursement tardif et correction"
    assert detail.iban_formatted.replace(" ", "") == detail.iban
    assert len(detail.iban_formatted.split(" ")) == 4
    assert [(s.care_date, s.reimbursed) for s in detail.services] == [
        (dt.date(2025, 12, 20), D("25.15")),
        (dt.date(2026, 3, 5), D("-19.68")),
    ]
    assert detail.services_total == detail.amount == D("5.47")


def test_a_maf_refund_is_a_payment_without_services(families_read):
    central = families_read
    member = central.cases["maf_ceiling_reached"]
    with central.connect() as connection:
        refund = connection.execute(
            select(Payment.id, Payment.amount)
            .join(Member, Member.id == Payment.payee_id)
            .where(Member.niss == member, Payment.kind == "maf_refund")
            .limit(1)
        ).one()
    detail = mf.payment_detail(central, FileSession(member, LoginMode.EID), refund.id)
    assert (detail.nature, detail.services, detail.services_total) == ("maf_refund", (), D("0.00"))
    assert detail.amount == refund.amount > 0
    # Someone else's refund is refused like a payment that does not exist.
    stranger = session_of(central, "ant_holder")
    assert refusal(lambda: mf.payment_detail(central, stranger, refund.id)) == refusal(
        lambda: mf.payment_detail(central, stranger, 10**9)
    )


# --- Indemnities --------------------------------------------------------------------------


def test_indemnities_show_periods_convocations_payments_and_the_next_payment_dates(
    families_read,
):
    central = families_read
    info = mf.indemnities(
        central, session_of(central, "ant_holder"), niss(central, "ant_holder"), TODAY
    )
    (period,) = info.periods
    assert (period.started_on, period.ended_on, period.phase) == (
        dt.date(2026, 6, 1),
        None,
        "primary",
    )
    assert period.declared_on == dt.date(2026, 6, 2) and period.work_status == "employee"
    assert [(c.scheduled_at.date(), c.status) for c in info.convocations] == [
        (dt.date(2026, 12, 3), "planned"),  # the next one first
        (dt.date(2027, 1, 14), "planned"),
        (dt.date(2026, 6, 14), "attended"),
    ]
    # Stored in UTC, shown in Belgian time: 10:30 in winter (UTC+1) and in summer (UTC+2).
    assert [c.scheduled_at for c in info.convocations] == [
        dt.datetime(2026, 12, 3, 10, 30, tzinfo=BRUSSELS),
        dt.datetime(2027, 1, 14, 14, 0, tzinfo=BRUSSELS),
        dt.datetime(2026, 6, 14, 10, 30, tzinfo=BRUSSELS),
    ]
    assert [c.scheduled_at.strftime("%H:%M") for c in info.convocations] == [
        "10:30",
        "14:00",
        "10:30",
    ]
    assert info.convocations[0].agency_name == "Antwerpen – Meir"
    assert info.convocations[0].agency_address == "Meir 50, 2000 Antwerpen"
    assert info.convocations[0].adviser_name == "Dr Avenir"
    (paid,) = info.payments
    assert (paid.covers_from, paid.covers_to, paid.net, paid.paid_on) == (
        dt.date(2026, 6, 1),
        dt.date(2026, 6, 15),
        D("578.50"),
        dt.date(2026, 6, 29),
    )
    # Primary incapacity is paid twice a month; no 2026 date is published, so both are
    # expected ones, marked: 16–30 November on 04/12, 1–15 December on 16/12.
    assert [
        (n.phase, n.covers_from, n.covers_to, n.pay_on, n.published) for n in info.next_payments
    ] == [
        ("primary", dt.date(2026, 11, 16), dt.date(2026, 11, 30), dt.date(2026, 12, 4), False),
        ("primary", dt.date(2026, 12, 1), dt.date(2026, 12, 15), dt.date(2026, 12, 16), False),
    ]


def test_invalidity_is_paid_monthly_from_the_calendar(families_read):
    central = families_read
    info = mf.indemnities(
        central, session_of(central, "mwp_holder"), niss(central, "mwp_holder"), TODAY
    )
    running = [p for p in info.periods if p.phase is not None]
    assert [(p.started_on, p.invalidity_from, p.phase) for p in running] == [
        (dt.date(2024, 9, 2), dt.date(2025, 9, 2), "invalidity")
    ]
    assert [(n.phase, n.pay_on) for n in info.next_payments] == [
        ("invalidity", dt.date(2026, 11, 26)),
        ("invalidity", dt.date(2026, 12, 21)),  # 19 December 2026 is a Saturday
    ]
    # An incapacity that ended has no phase and no next payment.
    ended = mf.indemnities(central, session_of(central, "mwp_17"), niss(central, "mwp_17"), TODAY)
    assert [p.phase for p in ended.periods] == [None] and ended.next_payments == ()


def test_the_next_invalidity_payment_of_the_seed_text(families_read):
    """domain.md §13: the seed's next invalidity payment, 19/12/2025, told to a member in
    invalidity then (the calendar's 30/12/2025 for incapacity: tests/integration/test_seed.py)."""
    central, day = families_read, dt.date(2025, 12, 16)
    session, target = session_of(central, "mwp_holder"), niss(central, "mwp_holder")
    first = mf.indemnities(central, session, target, day).next_payments[0]
    assert (first.phase, first.pay_on) == ("invalidity", dt.date(2025, 12, 19))


# --- DMG, MAF, young savers, agreements, documents ----------------------------------------


def test_the_dmg_shows_its_doctor_validity_and_what_it_saves(families_read):
    central = families_read
    info = mf.dmg(central, session_of(central, "ant_holder"), niss(central, "ant_holder"), TODAY)
    assert info.current == mf.DmgFile(
        "Dr Généraliste", "10000000003", dt.date(2025, 2, 10), dt.date(2027, 12, 31), True
    )
    # An ordinary member: 6.00 without a DMG, 4.00 with it, at each kind of GP.
    assert {
        (a.nomenclature_code, a.personal_share_without, a.personal_share_with)
        for a in info.advantages
    } == {
        ("101032", D("6.00"), D("4.00")),
        ("101076", D("6.00"), D("4.00")),
        ("101010", D("6.00"), D("4.00")),
    }
    assert {a.official_fee for a in info.advantages} == {D("25.68"), D("31.81"), D("18.85")}
    # A BIM member: 1.50 without, 1.00 with; the expired DMG is in the history.
    bim = mf.dmg(central, session_of(central, "mwp_holder"), niss(central, "mwp_holder"), TODAY)
    assert [(f.opened_on, f.valid) for f in bim.history] == [
        (dt.date(2025, 2, 10), True),
        (dt.date(2021, 2, 10), False),
    ]
    gp = {a.nomenclature_code: a for a in bim.advantages}["101032"]
    assert (gp.personal_share_without, gp.personal_share_with) == (D("1.50"), D("1.00"))
    assert gp.label == "Consultation médecin généraliste agréé"


def test_the_gp_consultations_compared_are_the_nomenclatures_dated_rows(families):
    """Which GP consultations the DMG page compares is data: the nomenclature's codes of
    category "gp" with fees on the day asked. A new code with its fees appears; a code whose
    fees end is no longer shown after that day."""
    central = families
    session, target = session_of(central, "ant_holder"), niss(central, "ant_holder")
    fee = {"official_fee": D("40.00"), "reimbursement_ordinary": D("30.00"),
           "reimbursement_bim": D("38.00"), "source": "test"}  # fmt: skip
    with central.begin() as connection:
        connection.execute(
            NomenclatureCode.__table__.insert(),
            {"code": "101990", "category": "gp", "label_fr": "Nouvelle consultation",
             "label_nl": "Nieuwe raadpleging", "label_de": "Neue Sprechstunde",
             "label_en": "New consultation"},
        )  # fmt: skip
        connection.execute(
            NomenclatureFee.__table__.insert(),
            [
                {"code": "101990", "valid_from": TOMORROW, "with_dmg": False, **fee},
                {"code": "101990", "valid_from": TOMORROW, "with_dmg": True, **fee,
                 "reimbursement_ordinary": D("32.00")},
            ],
        )  # fmt: skip
        connection.execute(
            update(NomenclatureFee).where(NomenclatureFee.code == "101010").values(valid_to=TODAY)
        )

    def shown(day: dt.date) -> dict[str, mf.DmgAdvantage]:
        info = mf.dmg(central, session, target, day, language="en")
        return {a.nomenclature_code: a for a in info.advantages}

    assert set(shown(TODAY)) == {"101010", "101032", "101076"}
    tomorrow = shown(TOMORROW)
    assert set(tomorrow) == {"101032", "101076", "101990"}
    assert tomorrow["101990"].label == "New consultation"
    assert (tomorrow["101990"].personal_share_without, tomorrow["101990"].personal_share_with) == (
        D("10.00"),
        D("8.00"),
    )


def test_a_bim_young_person_with_a_dmg_pays_nothing_at_the_gp(families_read):
    """domain.md §3: BIM children and young people up to 24 with a DMG pay no personal share
    (since 1 October 2023); at 30 the BIM share with a DMG is 1.00."""
    central = families_read
    session = session_of(central, "young_holder")
    young = mf.dmg(central, session, niss(central, "young_14"), TODAY)
    gp = {a.nomenclature_code: a for a in young.advantages}["101032"]
    assert (gp.personal_share_without, gp.personal_share_with) == (D("1.50"), D("0.00"))
    adult = mf.dmg(central, session, niss(central, "young_holder"), TODAY)
    gp = {a.nomenclature_code: a for a in adult.advantages}["101032"]
    assert (gp.personal_share_without, gp.personal_share_with) == (D("1.50"), D("1.00"))


def test_an_expired_dmg_is_shown_as_expired(families_read):
    central = families_read
    member = central.cases["dmg_expired"]
    info = mf.dmg(central, FileSession(member, LoginMode.EID), member, TODAY)
    assert info.current is not None and not info.current.valid
    assert info.current.valid_until < TODAY


def test_maf_shows_the_last_three_years_and_what_is_still_due(families_read):
    central = families_read
    years = mf.maf(central, session_of(central, "ant_holder"), niss(central, "ant_holder"), TODAY)
    assert [
        (y.year, y.ceiling, y.personal_shares, y.refunded, y.still_due, y.remaining) for y in years
    ] == [
        (2026, D("500.00"), D("123.45"), D("0.00"), D("0.00"), D("376.55")),
        (2025, D("500.00"), D("620.00"), D("100.00"), D("20.00"), D("0.00")),
        (2024, D("500.00"), D("700.00"), D("200.00"), D("0.00"), D("0.00")),
    ]
    assert years[1].reached_on == dt.date(2025, 10, 7) and years[0].reached_on is None
    # The household's counter: a dependant of age sees the same in their own session.
    own = mf.maf(central, session_of(central, "ant_19"), niss(central, "ant_19"), TODAY)
    assert own == years


def test_young_savers_are_14_to_30_inclusive_for_the_member_and_dependants(families_read):
    central = families_read
    session = session_of(central, "young_holder")
    today = mf.young_savers(central, session, TODAY)
    assert [(y.niss, y.age, y.has_account, y.saved, y.still_possible) for y in today] == [
        (niss(central, "young_holder"), 30, True, D("125.00"), D("375.00")),
        (niss(central, "young_14"), 14, False, D("0.00"), D("500.00")),
    ]
    assert today[0].opened_on == dt.date(2026, 3, 15) and today[1].opened_on is None
    # Tomorrow the holder is 31 and out; the 13-year-old turns 14 and is in.
    tomorrow = mf.young_savers(central, session, TOMORROW)
    assert [(y.niss, y.age) for y in tomorrow] == [
        (niss(central, "young_14"), 14),
        (niss(central, "young_13"), 14),
    ]
    # The dependants the holder sees, not the blocked one nor the holder at 44.
    mwp = mf.young_savers(central, session_of(central, "mwp_holder"), TODAY)
    assert [y.niss for y in mwp] == [
        niss(central, label) for label in ("mwp_17", "mwp_15_blocked", "mwp_15")
    ]


def test_medical_agreements_show_kind_decision_and_validity(families_read):
    central = families_read
    agreements = mf.medical_agreements(
        central, session_of(central, "mwp_holder"), niss(central, "mwp_holder"), TODAY
    )
    assert {(a.reference, a.decision, a.valid) for a in agreements} == {
        ("AGR-mwp_holder", "granted", True),
        ("AGR-expired", "granted", False),
        ("AGR-pending", "pending", False),
        ("AGR-refused", "refused", False),
    }
    requested = [a.requested_on for a in agreements]
    assert requested == sorted(requested, reverse=True)
    granted = next(a for a in agreements if a.reference == "AGR-mwp_holder")
    assert (granted.kind, granted.valid_from, granted.valid_to) == (
        "physiotherapy",
        dt.date(2026, 2, 1),
        dt.date(2027, 1, 31),
    )
    # After its last day it is no longer valid.
    later = mf.medical_agreements(
        central,
        session_of(central, "mwp_holder"),
        niss(central, "mwp_holder"),
        dt.date(2027, 2, 1),
    )
    assert not any(a.valid for a in later)


def test_documents_list_newest_first_and_open_the_kept_ones(families_read):
    central = families_read
    session = session_of(central, "mwp_holder")
    listed = mf.documents(central, session, niss(central, "mwp_holder"), TODAY)
    assert [(d.kind, d.direction, d.signed, d.has_content) for d in listed] == [
        ("credentials_letter", "sent", False, False),
        ("certificate", "received", True, True),
    ]
    kept = mf.document_content(central, session, listed[1].document_id, TODAY)
    content = central.world.contents["mwp_holder"]
    assert kept.content == content
    assert kept.sha256 == hashlib.sha256(content).hexdigest()
    assert kept.title == "Certificat mwp_holder"
    assert refusal(lambda: mf.document_content(central, session, listed[0].document_id, TODAY)) == (
        "document_not_kept",
        "only the document's description is kept",
    )
    # A dependant's document, opened by the holder who may see them.
    child = mf.document_content(central, session, central.world.documents["mwp_15"], TODAY)
    assert child.content == central.world.contents["mwp_15"]


# --- Changing one's contact data ----------------------------------------------------------


def outbox_rows(outbox) -> list[OutboxEntry]:
    with Session(outbox.engine) as session:
        return list(session.scalars(select(OutboxEntry)))


def contact_of(central, label: str) -> tuple:
    with central.connect() as connection:
        row = connection.execute(
            select(Member.phone, Member.mobile, Member.email).where(
                Member.niss == niss(central, label)
            )
        ).one()
    return tuple(row)


@pytest.mark.parametrize(
    ("fields", "problems"),
    [
        ({"phone": "call me"}, {"phone": "invalid_phone"}),
        ({"mobile": "04x"}, {"mobile": "invalid_mobile"}),
        ({"mobile": "02 500 00 00"}, {"mobile": "not_a_mobile"}),
        # Separators alone, or a prefix with separators, are no number.
        ({"phone": "--------"}, {"phone": "invalid_phone"}),
        ({"phone": "(((( ))))"}, {"phone": "invalid_phone"}),
        ({"mobile": "04 / / / / /"}, {"mobile": "invalid_mobile"}),
        ({"phone": "02 512 34 5"}, {"phone": "invalid_phone"}),  # a digit short
        ({"email": "jean.dupont@"}, {"email": "invalid_email"}),
        ({"email": "a@b.be" + "e" * 200}, {"email": "invalid_email"}),
        (
            {"phone": "123", "mobile": "mobile", "email": "no at sign"},
            {"phone": "invalid_phone", "mobile": "invalid_mobile", "email": "invalid_email"},
        ),
        ({"phone": "065 12 34 56", "email": "x@"}, {"email": "invalid_email"}),
        ({}, {"form": "nothing_to_change"}),
    ],
)
def test_contact_data_is_checked_and_nothing_is_queued_when_one_field_is_wrong(
    outbox, fields, problems
):
    session = FileSession("85073003328", LoginMode.PASSWORD)
    with pytest.raises(InvalidForm) as invalid:
        mf.change_contact(outbox, session, **fields)
    assert invalid.value.problems == problems
    assert outbox_rows(outbox) == []


def test_new_contact_data_reaches_the_file_through_the_central_worker(families, outbox, deliver):
    central = families
    session = session_of(central, "mwp_holder", LoginMode.PASSWORD)
    member_visit(central, outbox, session.niss)  # the password checked centrally
    assert contact_of(central, "mwp_holder") == ("065 12 34 56", None, "mwp_holder@example.be")
    queued = mf.change_contact(
        outbox, session, phone=" 02 500 12 34 ", mobile="+32 475 12 34 56", email="new@mail.be"
    )
    (row,) = outbox_rows(outbox)
    assert (row.kind, row.version, str(row.operation_id)) == (
        "member.contact.update",
        2,
        queued.operation_id,
    )
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    assert contact_of(central, "mwp_holder") == ("02 500 12 34", "+32 475 12 34 56", "new@mail.be")
    assert mf.my_data(central, session, TODAY).mobile == "+32 475 12 34 56"
    # None keeps a value, "" clears it.
    mf.change_contact(outbox, session, mobile="0470 00 00 00")
    mf.change_contact(outbox, session, phone="", email=None)
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED] * 2
    assert contact_of(central, "mwp_holder") == (None, "0470 00 00 00", "new@mail.be")
    mf.change_contact(outbox, session, mobile="", email="")
    deliver(central)
    assert contact_of(central, "mwp_holder") == (None, None, None)


def test_a_version_1_contact_update_from_an_older_terminal_still_applies(families, outbox, deliver):
    central = families
    member = niss(central, "ant_holder")
    member_visit(central, outbox, member)
    with central.begin() as connection:
        connection.execute(update(Member).where(Member.niss == member).values(mobile="0471111111"))
    outbox.enqueue(
        "member.contact.update",
        {"member_niss": member, "phone": "03 200 11 22", "email": ""},
        actor="member",
        version=1,
    )
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    assert contact_of(central, "ant_holder") == ("03 200 11 22", "0471111111", None)


def test_a_malformed_mobile_is_refused_before_it_is_queued(families, outbox):
    """The payload's own check (the central worker runs the same model)."""
    with pytest.raises(ops.OperationRejected) as rejected:
        outbox.enqueue(
            "member.contact.update",
            {"member_niss": niss(families, "ant_holder"), "mobile": "not a number"},
            actor="member",
            version=2,
        )
    assert rejected.value.code == "invalid_payload"


# --- PostgreSQL: the terminal's database role can make every read --------------------------


@pytest.mark.postgres
def test_the_terminal_role_can_make_every_read_of_the_member_file(postgres_url, postgres_server):
    owner = seeded(postgres_url)
    owner.world = add_families(owner)
    terminal = as_role(owner, postgres_server, terminal_role, "guichet_terminal")
    terminal.world, terminal.cases = owner.world, owner.cases
    # Within the visits the central side opened for these holders (migration 0008).
    for holder in ("mwp_holder", "ant_holder", "young_holder"):
        visit_for(owner, "guichet_terminal", niss(owner, holder))
    try:
        for holder, dependant in (("mwp_holder", "mwp_15"), ("ant_holder", "ant_19")):
            session = session_of(terminal, holder)
            assert len(mf.visible_people(terminal, session, TODAY)) > 1
            mine = mf.my_data(terminal, session, TODAY)
            assert mine.phone == "065 12 34 56" and mine.mobile is None
            for label in (holder, dependant):
                for name, call in reads_about(terminal, session, label).items():
                    assert has_data(call()), (label, name)
            everyone = mf.reimbursements(terminal, session, None, order="processing", limit=7)
            assert len(everyone.lines) == 7
            assert mf.reimbursements(
                terminal, session, None, order="processing", after=everyone.after, limit=7
            ).lines
            assert mf.young_savers(terminal, session, TODAY)
            detail = mf.payment_detail(
                terminal, session, owner.world.payments[f"{holder[:3].upper()}_shared"]
            )
            assert detail.services
        hidden = session_of(terminal, "ant_holder")
        for name, call in reads_about(terminal, hidden, "ant_19_blocked").items():
            assert refusal(call)[0] == "not_allowed", name
        info = mf.indemnities(
            terminal, session_of(terminal, "ant_holder"), niss(terminal, "ant_holder"), TODAY
        )
        assert info.next_payments and info.convocations[0].agency_name
        assert info.convocations[0].scheduled_at == dt.datetime(
            2026, 12, 3, 10, 30, tzinfo=BRUSSELS
        )
        young = mf.dmg(
            terminal, session_of(terminal, "young_holder"), niss(terminal, "young_14"), TODAY
        )
        assert young.advantages
        kept = mf.document_content(
            terminal, session_of(terminal, "mwp_holder"), owner.world.documents["mwp_holder"], TODAY
        )
        assert kept.content == owner.world.contents["mwp_holder"]
    finally:
        terminal.dispose()
        owner.dispose()
