"""Accidents presumed from care (domain.md §10, §14): the rules group a beneficiary's care into
presumed accidents, and the central job opens one declaration per presumed date, reading each
reimbursement line once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select

from app.domain.accidents import CareLine, DetectionRule, parse_codes, presumed_accidents
from app.store.models import AccidentDeclaration, AccidentDeclarationLine, ReimbursementLine
from app.store.seed_accidents import RULES
from app.sync.accident_detection import detect
from tests.support.seeded import seeded_copy

AS_OF = dt.date(2026, 11, 22)  # the services' recipe (tests/integration/services/conftest.py)
SINCE = dt.date(2000, 1, 1)
SEED_RULES = tuple(
    DetectionRule(index, name, parse_codes(codes), window, SINCE)
    for index, (name, codes, window) in enumerate(RULES, start=1)
)
FRACTURE, CHECK_UP = dt.date(2024, 1, 1), dt.date(2024, 2, 1)
JANUARY = dt.date(2026, 1, 1)


def line(
    line_id: int, day: dt.date, code: str, *, new: bool = True, who: int = 7, declared=False
) -> CareLine:
    return CareLine(line_id, who, day, code, new, declared)


def accidents(lines, rules=SEED_RULES, days: int = 7):
    return [(a.presumed_on, [line_id for line_id, _rule in a.lines])
            for a in presumed_accidents(lines, rules, same_event_days=days)]  # fmt: skip


def test_the_seeds_ankle_fracture_and_check_up_are_two_accidents():
    lines = [
        line(1, FRACTURE, "590015"),  # emergency admission
        line(2, FRACTURE, "455015"),  # X-ray
        line(3, FRACTURE + dt.timedelta(days=1), "290015"),  # plaster
        line(4, CHECK_UP, "455015"),  # the check-up X-ray a month later
        line(5, FRACTURE, "101076"),  # a GP's consultation: no rule names it
    ]
    assert accidents(lines) == [(FRACTURE, [1, 2, 3]), (CHECK_UP, [4])]


def test_care_within_the_same_event_window_is_one_accident():
    day = dt.date(2025, 3, 10)
    assert accidents([line(1, day, "423010"), line(2, day + dt.timedelta(days=7), "455015")]) == [
        (day, [1, 2])
    ]
    assert accidents([line(1, day, "423010"), line(2, day + dt.timedelta(days=8), "455015")]) == [
        (day, [1]),
        (day + dt.timedelta(days=8), [2]),
    ]
    # Another person's care is another accident, whatever the dates.
    assert len(accidents([line(1, day, "423010"), line(2, day, "423010", who=8)])) == 2


def test_a_combination_rule_needs_every_group_within_its_window():
    rule = DetectionRule(9, "orthopaedist_and_xray", parse_codes("102550+455015,290015"), 14, SINCE)
    day = dt.date(2025, 5, 5)
    consult, xray = line(1, day, "102550"), line(2, day + dt.timedelta(days=10), "455015")
    assert accidents([consult], [rule]) == []
    assert accidents([consult, xray], [rule]) == [(day, [1, 2])]
    late = line(2, day + dt.timedelta(days=15), "455015")
    assert accidents([consult, late], [rule]) == []
    # A line read by an earlier run and in no declaration joins the new care that completes
    # the combination; it does not open one alone.
    old = line(1, day, "102550", new=False)
    assert accidents([old, xray], [rule]) == [(day, [1, 2])]
    assert accidents([old, line(2, xray.care_date, "455015", new=False)], [rule]) == []
    # One a declaration holds completes it too, but is not attached again nor dates it.
    declared = line(1, day, "102550", new=False, declared=True)
    assert accidents([declared, xray], [rule]) == [(xray.care_date, [2])]


def test_a_line_already_declared_is_never_declared_again():
    """Rule 102550+455015 within 30 days: the consultation of 01/01 and the X-ray of 02/01 are
    one declaration; the check-up X-ray of 20/01, read by a later run, is a declaration of its
    own, presumed on 20/01, holding that X-ray alone."""
    rule = DetectionRule(9, "orthopaedist_and_xray", parse_codes("102550+455015"), 30, SINCE)
    consult, xray = line(1, JANUARY, "102550"), line(2, JANUARY + dt.timedelta(days=1), "455015")
    assert accidents([consult, xray], [rule]) == [(JANUARY, [1, 2])]
    check_up = line(3, JANUARY + dt.timedelta(days=19), "455015")
    earlier = [line(c.id, c.care_date, c.code, new=False, declared=True) for c in (consult, xray)]
    assert accidents([*earlier, check_up], [rule]) == [(check_up.care_date, [3])]
    # In one run, two rules that match one line put it in one declaration only.
    single = DetectionRule(10, "limb_xray", parse_codes("455015"), 0, SINCE)
    assert accidents([consult, check_up], [rule, single]) == [(JANUARY, [1, 3])]


def test_a_rule_applies_to_care_of_its_dates_and_federation():
    rule = DetectionRule(1, "sutures", parse_codes("423010"), 0, dt.date(2025, 1, 1),
                         dt.date(2025, 12, 31), federation_id=3)  # fmt: skip
    care = [line(1, dt.date(2024, 6, 1), "423010"), line(2, dt.date(2025, 6, 1), "423010")]
    found = presumed_accidents(care, [rule], same_event_days=0, federation_of={7: 3})
    assert [a.presumed_on for a in found] == [dt.date(2025, 6, 1)]
    assert presumed_accidents(care, [rule], same_event_days=0, federation_of={7: 4}) == []
    with pytest.raises(ValueError):
        parse_codes("590015+")


# --- The job, on the services' seeded database ------------------------------------------------


@pytest.fixture(scope="module")
def central(tmp_path_factory):
    path = tmp_path_factory.mktemp("accidents") / "central.sqlite"
    engine, summary = seeded_copy(f"sqlite:///{path}", households=8, seed=11, as_of=AS_OF)
    engine.cases = summary.cases
    yield engine
    engine.dispose()


def declarations(central, niss: str):
    from app.store.models import Member

    with central.connect() as connection:
        return connection.execute(
            select(AccidentDeclaration.presumed_on, AccidentDeclaration.opened_on,
                   AccidentDeclaration.due_on, AccidentDeclaration.status)
            .join(Member, Member.id == AccidentDeclaration.member_id)
            .where(Member.niss == niss)
            .order_by(AccidentDeclaration.presumed_on, AccidentDeclaration.id)
        ).all()  # fmt: skip


def test_the_seeded_example_has_two_declarations_to_return_and_a_second_run_opens_nothing(central):
    niss = central.cases["bim"][0]
    due = AS_OF + dt.timedelta(days=30)  # accident_return_days, the federation's dated row
    assert declarations(central, niss) == [
        (FRACTURE, AS_OF, due, "to_return"),
        (CHECK_UP, AS_OF, due, "to_return"),
    ]
    now = dt.datetime(2026, 11, 25, 9, tzinfo=dt.UTC)
    again = detect(central, today=dt.date(2026, 11, 25), now=now)
    assert (again.lines_read, again.declarations_opened, again.run_id) == (0, 0, None)
    # A line that comes later is read once: its own run, then none.
    with central.begin() as connection:
        template = connection.execute(
            select(ReimbursementLine).order_by(ReimbursementLine.id.desc()).limit(1)
        ).one()
        row = {column: getattr(template, column) for column in template._fields if column != "id"}
        connection.execute(
            insert(ReimbursementLine),
            {**row, "nomenclature_code": "423010", "care_date": dt.date(2026, 11, 2),
             "official_fee": Decimal("27.35"), "reimbursed": Decimal("23.35")},
        )  # fmt: skip
    first = detect(central, today=dt.date(2026, 11, 25), now=now)
    assert (first.lines_read, first.declarations_opened) == (1, 1)
    assert detect(central, today=dt.date(2026, 11, 26), now=now).lines_read == 0
    with central.connect() as connection:
        raised = connection.execute(
            select(func.count())
            .select_from(AccidentDeclarationLine)
            .join(AccidentDeclaration)
            .where(AccidentDeclaration.run_id == first.run_id)
        ).scalar_one()
    assert raised == 1


def test_a_later_run_never_declares_a_line_again_and_the_table_refuses_it(central):
    """The job over two runs, with the rule 102550+455015 (30 days) next to the seed's: the
    consultation and X-ray of January are one declaration, the check-up X-ray read later one
    of its own with that line alone; the database refuses a line in two declarations."""
    from sqlalchemy.exc import IntegrityError

    from app.store.models import AccidentRule, Member

    niss = central.cases["active_account"][0]
    now = dt.datetime(2026, 11, 25, 9, tzinfo=dt.UTC)
    with central.begin() as connection:
        connection.execute(
            insert(AccidentRule),
            {"name": "orthopaedist_and_xray", "codes": "102550+455015", "window_days": 30,
             "valid_from": SINCE, "federation_id": None},
        )  # fmt: skip
        member_id = connection.execute(select(Member.id).where(Member.niss == niss)).scalar_one()
        template = connection.execute(
            select(ReimbursementLine).where(ReimbursementLine.beneficiary_id == member_id).limit(1)
        ).one()
    row = {column: getattr(template, column) for column in template._fields if column != "id"}

    def care(*lines) -> None:
        with central.begin() as connection:
            connection.execute(
                insert(ReimbursementLine),
                [{**row, "care_date": day, "nomenclature_code": code,
                  "official_fee": Decimal("31.69"), "reimbursed": Decimal("19.69")}
                 for day, code in lines],
            )  # fmt: skip
        detect(central, today=dt.date(2026, 11, 25), now=now)

    def declared():
        with central.connect() as connection:
            found = connection.execute(
                select(AccidentDeclaration.presumed_on, ReimbursementLine.care_date)
                .select_from(AccidentDeclaration)
                .join(AccidentDeclarationLine)
                .join(ReimbursementLine, ReimbursementLine.id == AccidentDeclarationLine.line_id)
                .where(AccidentDeclaration.member_id == member_id)
                .order_by(AccidentDeclaration.presumed_on, ReimbursementLine.care_date)
            ).all()
        return [(p, d) for p, d in found if p.year == 2026 and p.month == 1]

    care((JANUARY, "102550"), (JANUARY + dt.timedelta(days=1), "455015"))
    assert declared() == [(JANUARY, JANUARY), (JANUARY, JANUARY + dt.timedelta(days=1))]
    check_up = JANUARY + dt.timedelta(days=19)
    care((check_up, "455015"))
    assert declared() == [
        (JANUARY, JANUARY), (JANUARY, JANUARY + dt.timedelta(days=1)), (check_up, check_up),
    ]  # fmt: skip
    with central.connect() as connection:
        taken = connection.execute(select(AccidentDeclarationLine).limit(1)).one()
        other = connection.execute(
            select(AccidentDeclaration.id).where(AccidentDeclaration.id != taken.declaration_id)
        ).first()[0]
    with pytest.raises(IntegrityError), central.begin() as connection:
        connection.execute(
            insert(AccidentDeclarationLine),
            {"declaration_id": other, "line_id": taken.line_id, "rule_id": taken.rule_id},
        )


@pytest.mark.parametrize(
    "changes",
    [
        {"due_on": dt.date(2026, 11, 24)},  # due before it was opened
        {"status": "received"},  # returned, with no day it came in
        {"status": "handled"},
    ],
)
def test_a_declaration_due_before_it_opened_or_returned_without_a_day_is_refused(central, changes):
    from sqlalchemy.exc import IntegrityError

    with central.connect() as connection:
        member_id = connection.execute(select(AccidentDeclaration.member_id).limit(1)).scalar()
    row = {"member_id": member_id, "presumed_on": dt.date(2026, 11, 1),
           "opened_on": dt.date(2026, 11, 25), "due_on": dt.date(2026, 12, 25),
           "status": "to_return"}  # fmt: skip
    with central.connect() as connection:  # as it should be: accepted (and taken back)
        connection.execute(insert(AccidentDeclaration), row)
        connection.rollback()
    with pytest.raises(IntegrityError), central.begin() as connection:
        connection.execute(insert(AccidentDeclaration), {**row, **changes})
