"""The nomenclature at the terminal (app/services/nomenclature.py) on the seeded demo database,
whose seed imports the demo NomenSoft files: a code looked up in each language, a search by
French or Dutch words with accents and case ignored, and what a member pays given their own
status (domain.md §3, §14)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, update

from app.domain.membership import age_on
from app.services import nomenclature
from app.services.errors import Refused
from app.services.member_file import FileSession
from app.store.models import Dmg, FederationParameter, Household, Insurability, Member
from app.store.nomenclature_import import import_files
from tests.integration.services.conftest import TODAY, seeded

D = Decimal


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The seeded demo database, shared by the tests that only read it."""
    engine = seeded(f"sqlite:///{tmp_path_factory.mktemp('nomen') / 'central.sqlite'}")
    yield engine
    engine.dispose()


def session_of(central, case: str) -> FileSession:
    return FileSession(central.cases[case], "eid")


def status_like(**changes) -> nomenclature.FeeStatus:
    base = nomenclature.FeeStatus(
        first_names="Léa", is_self=True, bim=False, with_dmg=False, dmg_until=None, age=40,
        age_band="from_10", chronic=False, young_free_max_age=24,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)


def test_a_code_is_looked_up_in_the_language_asked(demo):
    fr = nomenclature.lookup(demo, "101076", day=TODAY, language="fr")
    nl = nomenclature.lookup(demo, "101076", day=TODAY, language="nl")
    de = nomenclature.lookup(demo, "101076", day=TODAY, language="de")
    assert fr.label == "Consultation médecin généraliste accrédité"
    assert nl.label == "Raadpleging geaccrediteerde huisarts"
    assert (de.label, de.label_language) == ("Sprechstunde akkreditierter Allgemeinarzt", "de")
    assert fr.group_code == "N01" and fr.for_you is None
    [line] = [x for x in fr.current if x.age_band == "all"]
    assert line.valid_from == dt.date(2024, 1, 1) and line.official_fee == D("31.81")
    with pytest.raises(Refused) as refused:
        nomenclature.lookup(demo, "999999", day=TODAY, language="fr")
    assert refused.value.code == "nomenclature_code_unknown"


def test_the_personal_shares_of_101076_ordinary_and_bim_with_and_without_a_dmg(demo):
    """domain.md §3: 6.00 / 4.00 ordinary, 1.50 / 1.00 BIM; 101076 is the accredited GP's
    consultation, the DMG changes only the reimbursement."""
    info = nomenclature.lookup(demo, "101076", day=TODAY, language="en")
    [line] = info.current
    assert info.depends_on_dmg and not info.depends_on_age
    assert line.share(bim=False, with_dmg=False) == D("6.00")
    assert line.share(bim=False, with_dmg=True) == D("4.00")
    assert line.share(bim=True, with_dmg=False) == D("1.50")
    assert line.share(bim=True, with_dmg=True) == D("1.00")


def test_each_member_pays_the_share_of_their_own_status_on_the_day(demo):
    with demo.connect() as connection:
        for case in ("active_account", "bim", "dmg_expired"):
            member = connection.execute(select(Member).where(Member.niss == demo.cases[case])).one()
            bim = connection.execute(
                select(Insurability.bim).where(Insurability.member_id == member.id)
                .order_by(Insurability.valid_from.desc())
            ).first()[0]  # fmt: skip
            dmg = connection.execute(
                select(Dmg.id).where(Dmg.member_id == member.id, Dmg.opened_on <= TODAY,
                                     Dmg.valid_until >= TODAY)
            ).first() is not None  # fmt: skip
            info = nomenclature.lookup(
                demo, "101076", day=TODAY, language="fr", session=session_of(demo, case)
            )
            mine = info.for_you
            assert (mine.status.bim, mine.status.with_dmg) == (bim, dmg), case
            expected = {(False, False): "6.00", (False, True): "4.00", (True, False): "1.50",
                        (True, True): "1.00"}[(bim, dmg)]  # fmt: skip
            if bim and dmg and age_on(member.birth_date, TODAY) <= 24:
                expected = "0.00"
            assert mine.share == D(expected), case
            assert mine.official_fee - mine.reimbursement == mine.share or mine.young_free


def test_a_bim_member_with_a_dmg_pays_4_euros_for_101076_when_the_data_say_so(tmp_path):
    """The issue's example: the data give a BIM member with a DMG 27.81 € back on 31.81 € from
    a date; from that day on, the share the terminal says is 4.00 €, the day before 1.00 €."""
    central = seeded(f"sqlite:///{tmp_path / 'central.sqlite'}")
    files = tmp_path / "NOMEN_HONORAIRES.xml"
    records = "".join(
        f"<NOMEN_HONORAIRES><nomen_code>101076</nomen_code><dbegin_fee>2026-11-01</dbegin_fee>"
        f"<fee_code_cat>{category}</fee_code_cat><fee>{fee}</fee>"
        f"<author_doc>OA2026_TEST</author_doc></NOMEN_HONORAIRES>"
        for category, fee in (("0", "31.81"), ("1601", "25.81"), ("1602", "27.81"),
                              ("1301", "30.31"), ("1302", "27.81"))
    )  # fmt: skip
    new_code = (
        "<NOMEN_DETAIL><nomen_code>109999</nomen_code><nomen_desc_fr>Avis par téléphone"
        "</nomen_desc_fr><nomen_desc_nl>Advies per telefoon</nomen_desc_nl></NOMEN_DETAIL>"
    )
    files.write_text(f"<ROOT>{new_code}{records}</ROOT>", encoding="utf-8")
    with central.begin() as connection:
        import_files(connection, [files])
    session = session_of(central, "bim")
    now = nomenclature.lookup(central, "101076", day=TODAY, language="fr", session=session)
    before = nomenclature.lookup(
        central, "101076", day=dt.date(2026, 10, 31), language="fr", session=session
    )
    assert now.for_you.status.bim and now.for_you.status.with_dmg
    assert (now.for_you.official_fee, now.for_you.reimbursement) == (D("31.81"), D("27.81"))
    assert now.for_you.share == D("4.00")
    assert before.for_you.share == D("1.00")
    assert [x.valid_from for x in now.lines] == [dt.date(2026, 11, 1), dt.date(2024, 1, 1)]
    # A code NomenSoft brought has no German label: the French one, said to be French.
    new = nomenclature.lookup(central, "109999", day=TODAY, language="de")
    assert (new.label, new.label_language, new.lines) == ("Avis par téléphone", "fr", ())
    assert [h.code for h in nomenclature.search(central, "telefoon", day=TODAY, language="nl").hits
            ] == ["109999"]  # fmt: skip
    central.dispose()


def test_the_age_bands_of_103110_and_who_falls_in_which(demo):
    info = nomenclature.lookup(demo, "103110", day=TODAY, language="fr")
    assert info.depends_on_age and not info.depends_on_dmg
    by_band = {x.age_band: x for x in info.current}
    assert set(by_band) == {"under_10", "from_10", "from_75"}
    assert by_band["under_10"].share(bim=False, with_dmg=False) == D("8.00")
    assert by_band["from_10"].share(bim=False, with_dmg=True) == D("14.09")
    assert by_band["from_75"].share(bim=True, with_dmg=False) == D("3.61")
    current = list(info.current)
    child = nomenclature._for_you(status_like(age=7, age_band="under_10"), current, "gp_visit")
    senior = nomenclature._for_you(status_like(age=80, age_band="from_75", bim=True), current,
                                   "gp_visit")  # fmt: skip
    assert (child.reimbursement, child.share) == (D("29.41"), D("8.00"))
    assert (senior.reimbursement, senior.share) == (D("33.80"), D("3.61"))
    # A young BIM member with a DMG pays nothing at the GP (domain.md §3, from 1/10/2023).
    young = nomenclature._for_you(status_like(age=20, bim=True, with_dmg=True), current, "gp_visit")
    assert young.young_free and young.share == D("0.00")
    # No reimbursement in the data: said, not guessed.
    bim = session_of(demo, "bim")
    late = nomenclature.lookup(demo, "104215", day=TODAY, language="fr", session=bim)
    assert late.for_you.official_fee == D("60.91") and late.for_you.share is None


def test_the_band_comes_from_the_age_on_the_day_and_the_dated_limits(demo):
    with demo.connect() as connection:
        status = nomenclature.fee_status(connection, session_of(demo, "bim"), None, TODAY)
        member = connection.execute(select(Member).where(Member.niss == demo.cases["bim"])).one()
    age = age_on(member.birth_date, TODAY)
    assert status.age == age
    expected = "under_10" if age < 10 else "from_75" if age >= 75 else "from_10"
    assert status.age_band == expected or status.chronic


def test_the_bands_limits_are_the_federations_dated_rows_and_none_missing_is_guessed(demo):
    """A limit changed in the federation's rows moves the member to another band; a limit
    missing is an error, never a figure written in the code (75, 10)."""
    rows = FederationParameter.__table__
    with demo.connect() as connection:
        member = connection.execute(select(Member).where(Member.niss == demo.cases["bim"])).one()
        federation_id = connection.execute(
            select(Household.federation_id).where(Household.id == member.household_id)
        ).scalar_one()
        age = age_on(member.birth_date, TODAY)
        status = nomenclature.fee_status(connection, session_of(demo, "bim"), None, TODAY)
        assert not status.chronic and 10 <= age < 75 and status.age_band == "from_10"
        mine = (rows.c.federation_id == federation_id) & (rows.c.valid_from <= TODAY)
        connection.execute(
            update(rows).where(mine, rows.c.name == "fee_band_senior_from_age").values(value=age)
        )
        status = nomenclature.fee_status(connection, session_of(demo, "bim"), None, TODAY)
        assert status.age_band == "from_75"
        for name in ("fee_band_child_below_age", "fee_band_senior_from_age"):  # one more gone
            connection.execute(delete(rows).where(mine, rows.c.name == name))
            with pytest.raises(KeyError, match=name):
                nomenclature.fee_status(connection, session_of(demo, "bim"), None, TODAY)
        connection.rollback()  # the module's database as seeded for the other tests


def test_search_by_french_or_dutch_words_ignores_accents_and_case(demo):
    def codes(text, language="fr", limit=50):
        return [hit.code for hit in nomenclature.search(demo, text, day=TODAY, language=language,
                                                        limit=limit).hits]  # fmt: skip

    assert codes("consultation généraliste") == ["101010", "101032", "101076"]
    assert codes("CONSULT GENERAL") == ["101010", "101032", "101076"]  # prefixes, no accents
    assert codes("huisarts bezoek", "nl") == ["103110", "103132", "104215", "104230"]
    assert codes("raadpleging geaccrediteerde") == ["101076"]
    assert codes("raadpleging généraliste") == []  # every word, in one language
    assert codes("1031") == ["103110", "103132"]  # the digits begin the code
    result = nomenclature.search(demo, "consultation", day=TODAY, language="nl", limit=2)
    assert result.more and len(result.hits) == 2
    assert result.hits[0].label == "Raadpleging huisarts (verworven rechten)"
    assert result.hits[0].official_fee == D("18.85")
    assert nomenclature.search(demo, "a", day=TODAY, language="fr").hits == ()
