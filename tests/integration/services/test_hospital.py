"""Preparing a hospital stay (app/services/member_file/hospital.py) on a seeded central database:
"Is my file in order?" green and red — a contribution unpaid, cover ending before the stay, an
accident declaration blocking the file, a member leaving — the category from the file and its
estimate, the summary printed; and on PostgreSQL, a terminal's own login reads a household's
contributions only within a visit of one of its members.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from app.domain.codes import AccidentStatus, HospitalCategory, LoginMode
from app.domain.hospital import CheckItem, CheckReason, PlannedStay
from app.services.errors import InvalidForm, Refused
from app.services.member_file import FileSession
from app.services.member_file import hospital as hs
from app.store.models import AccidentDeclaration, Contribution, Insurability, Member
from tests.integration.services.conftest import TODAY, seeded
from tests.integration.services.helpers import pdf_text

D = Decimal
ADMISSION = TODAY + dt.timedelta(days=14)  # planned two weeks ahead
TEN_NIGHTS = PlannedStay(ADMISSION, 10)


@pytest.fixture(scope="module")
def central(tmp_path_factory):
    """One seeded database for the module: each test changes only its own household."""
    engine = seeded(f"sqlite:///{tmp_path_factory.mktemp('hospital') / 'central.sqlite'}")
    yield engine
    engine.dispose()


def member(central, case: str):
    with central.connect() as connection:
        return connection.execute(select(Member).where(Member.niss == central.cases[case])).one()


def session_of(niss: str) -> FileSession:
    return FileSession(niss, LoginMode.EID)


def stay_of(central, case: str, stay: PlannedStay = TEN_NIGHTS, *, target: str | None = None):
    niss = central.cases[case]
    return hs.hospital_stay(central, session_of(niss), target or niss, stay, TODAY)


def checks(result) -> dict[CheckItem, tuple[bool, CheckReason]]:
    return {c.item: (c.ok, c.reason) for c in result.checks}


def test_a_bim_member_in_order_pays_70_30_for_ten_days(central):
    result = stay_of(central, "bim")
    assert result.in_order, result.checks
    assert [c.item for c in result.checks] == list(CheckItem)
    assert result.category == HospitalCategory.BIM
    assert result.estimate.total == D("70.30")
    assert result.stay.discharge == ADMISSION + dt.timedelta(days=10)
    assert result.estimate.shares.valid_from == dt.date(2024, 1, 1)  # the figures' date


def test_an_unpaid_contribution_is_red_with_its_amount_and_due_date(central):
    holder = member(central, "active_account")
    result = stay_of(central, "active_account")
    unpaid = next(c for c in result.checks if c.item == CheckItem.CONTRIBUTIONS)
    with central.connect() as connection:
        owed = connection.execute(
            select(Contribution.amount, Contribution.due_on).where(
                Contribution.household_id == holder.household_id,
                Contribution.paid_on.is_(None),
            )
        ).one()  # the seed leaves this demo household's latest one unpaid
    assert (unpaid.ok, unpaid.reason) == (False, CheckReason.UNPAID)
    assert (unpaid.amount, unpaid.day, unpaid.count) == (owed.amount, owed.due_on, 1)
    assert not result.in_order
    # The rest of her file is in order; an ordinary holder with dependants.
    assert all(ok for item, (ok, _r) in checks(result).items() if item != CheckItem.CONTRIBUTIONS)
    assert result.category == HospitalCategory.ORDINARY and result.with_dependants
    assert result.estimate.total == D("225.37")  # 47.08 + 9 × 19.81


def test_a_dependant_whose_cover_ended_is_red_and_pays_a_dependant_s_share(central):
    holder = central.cases["active_account"]
    child = central.cases["cover_not_in_order"]
    result = stay_of(central, "active_account", target=child)
    assert checks(result)[CheckItem.COVER] == (False, CheckReason.NO_COVER)
    assert result.category == HospitalCategory.DEPENDANT
    assert result.estimate.total == D("34.30") + 9 * D("7.03")
    assert result.person_niss == child != holder


def test_cover_ending_during_the_stay_and_a_member_leaving_are_red(central):
    person = member(central, "dmg_expired")
    last_day = ADMISSION + dt.timedelta(days=3)
    with central.begin() as connection:
        connection.execute(
            update(Insurability)
            .where(Insurability.member_id == person.id, Insurability.valid_to.is_(None))
            .values(valid_to=last_day)
        )
        connection.execute(update(Member).where(Member.id == person.id).values(left_on=last_day))
    result = stay_of(central, "dmg_expired")
    cover = next(c for c in result.checks if c.item == CheckItem.COVER)
    assert (cover.ok, cover.reason, cover.day) == (False, CheckReason.COVER_ENDS, last_day)
    standing = next(c for c in result.checks if c.item == CheckItem.INSURABILITY)
    assert (standing.ok, standing.reason, standing.day) == (False, CheckReason.LEFT, last_day)
    # Three nights end the day the cover ends: in order.
    short = stay_of(central, "dmg_expired", PlannedStay(ADMISSION, 2))
    assert checks(short)[CheckItem.COVER] == (True, CheckReason.COVERED)


def test_an_accident_declaration_overdue_blocks_the_family_s_file(central):
    holder = member(central, "young_saver")  # a dependant of the household declares nothing
    assert checks(stay_of(central, "young_saver"))[CheckItem.ACCIDENTS][0]
    due = TODAY - dt.timedelta(days=5)
    with central.begin() as connection:
        relative = connection.execute(
            select(func.min(Member.id)).where(
                Member.household_id == holder.household_id, Member.id != holder.id
            )
        ).scalar()
        connection.execute(
            AccidentDeclaration.__table__.insert().values(
                member_id=relative, presumed_on=due - dt.timedelta(days=40),
                opened_on=due - dt.timedelta(days=30), due_on=due,
                status=AccidentStatus.TO_RETURN,
            )
        )  # fmt: skip
    blocked = next(c for c in stay_of(central, "young_saver").checks if c.item == "accidents")
    assert (blocked.ok, blocked.reason, blocked.day) == (False, CheckReason.BLOCKED, due)


def test_another_member_s_stay_is_not_for_this_session(central):
    with pytest.raises(Refused) as refused:
        stay_of(central, "bim", target=central.cases["active_account"])
    assert refused.value.code == "not_allowed"


@pytest.mark.parametrize(
    ("admission", "nights", "problems"),
    [
        ("", "3", {"admission": "admission_missing"}),
        ("31/02/2027", "3", {"admission": "admission_invalid"}),
        ((TODAY - dt.timedelta(days=1)).strftime("%d/%m/%Y"), "3", {"admission": "admission_past"}),
        (TODAY.strftime("%d/%m/%Y"), "", {"nights": "nights_missing"}),
        (TODAY.strftime("%d/%m/%Y"), "0", {"nights": "nights_invalid"}),
        (TODAY.strftime("%d/%m/%Y"), "366", {"nights": "nights_invalid"}),
        (TODAY.strftime("%d/%m/%Y"), "trois", {"nights": "nights_invalid"}),
    ],
)
def test_the_planned_stay_is_checked_as_typed(admission, nights, problems):
    with pytest.raises(InvalidForm) as invalid:
        hs.parse_stay(admission=admission, nights=nights, today=TODAY)
    assert invalid.value.problems == problems
    assert invalid.value.values["admission"] == admission  # what was typed stays
    assert invalid.value.values["max_nights"] == hs.MAX_NIGHTS


def test_a_stay_typed_as_the_member_writes_it():
    stay = hs.parse_stay(admission=" 09/12/2026 ", nights="10", today=TODAY)
    assert stay == PlannedStay(dt.date(2026, 12, 9), 10)
    assert hs.parse_stay(admission="9.12.2026", nights=" 1 ", today=TODAY).nights == 1


def test_the_summary_says_the_checks_the_estimate_and_the_rooms_in_each_language(central):
    niss = central.cases["active_account"]
    said = {
        language: pdf_text(
            hs.hospital_summary(
                central, session_of(niss), niss, TEN_NIGHTS, language=language, today=TODAY
            )
        )
        for language in ("fr", "nl", "de", "en")
    }
    english = " ".join(said["en"].split())
    assert "Preparing a hospital stay" in english
    assert "✖ To do" in english and "✔ In order" in english  # a word and a symbol
    assert "Contributions due before the admission are not paid" in english
    assert "€225.37" in english and "€19.81" in english
    assert "Amounts in force since 1 January 2024" in english
    assert "Two-bed room" in english and "admission declaration" in english
    assert "225,37 €" in " ".join(said["fr"].split())
    assert "Préparer une hospitalisation" in said["fr"]
    assert "Een ziekenhuisopname voorbereiden" in said["nl"]
    assert "Krankenhausaufenthalt vorbereiten" in said["de"]


# -- PostgreSQL: a terminal's own login, within a visit -------------------------------------


@pytest.mark.postgres
def test_a_terminal_reads_a_household_s_contributions_only_within_a_visit(
    pg_central, postgres_server
):
    from tests.integration.services.test_roles_postgres import as_role, terminal_role, visit_for

    terminal = as_role(pg_central, postgres_server, terminal_role, "kiosk_hospital")
    niss = pg_central.cases["active_account"]
    with pg_central.connect() as connection:
        household = connection.execute(
            select(Member.household_id).where(Member.niss == niss)
        ).scalar()
        theirs = connection.execute(
            select(func.count()).where(Contribution.household_id == household)
        ).scalar()
    try:
        with terminal.connect() as connection:
            assert connection.execute(select(func.count(Contribution.id))).scalar() == 0
        visit_for(pg_central, "kiosk_hospital", niss)
        with terminal.connect() as connection:
            seen = connection.execute(select(Contribution.household_id)).scalars().all()
        assert len(seen) == theirs > 0 and set(seen) == {household}
        # The whole answer under the login's rights: the unpaid one, the block through its
        # function, the shares.
        result = hs.hospital_stay(terminal, session_of(niss), niss, TEN_NIGHTS, TODAY)
        assert checks(result)[CheckItem.CONTRIBUTIONS] == (False, CheckReason.UNPAID)
        assert checks(result)[CheckItem.ACCIDENTS] == (True, CheckReason.NOT_BLOCKED)
        assert result.estimate.total == D("225.37")
    finally:
        terminal.dispose()
