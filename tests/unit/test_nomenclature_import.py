"""NomenSoft's XML into the dated nomenclature (app/store/nomenclature_import.py): the demo
files, a second import that changes nothing, a new fee from a date that closes the old row, a
category the mapping lacks reported (never guessed), a DOCTYPE and a bad amount refused."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.store import migrate
from app.store.db import make_engine
from app.store.models import NomenclatureCode, NomenclatureFee, NomenclatureWord
from app.store.nomenclature_import import (
    DEMO_FILES,
    NomenSoftError,
    import_files,
    read_records,
    words,
)

D = Decimal


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory):
    """A migrated, empty central database (SQLite), made once for the module."""
    path = tmp_path_factory.mktemp("nomen") / "empty.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture
def central(empty_template, tmp_path):
    path = tmp_path / "central.sqlite"
    shutil.copyfile(empty_template, path)
    engine = make_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


def fees_file(tmp_path, name: str, rows: list[tuple], details: list[tuple] = ()) -> object:
    """A NOMEN_HONORAIRES file of (code, category, fee, from[, to]) rows, with NOMEN_DETAIL
    records of (code, fr, nl) first."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<ROOT>"]
    for code, fr, nl in details:
        lines += ["<NOMEN_DETAIL>", f"<nomen_code>{code}</nomen_code>",
                  f"<nomen_desc_fr>{fr}</nomen_desc_fr>", f"<nomen_desc_nl>{nl}</nomen_desc_nl>",
                  "</NOMEN_DETAIL>"]  # fmt: skip
    for code, category, fee, start, *end in rows:
        lines += ["<NOMEN_HONORAIRES>", f"<nomen_code>{code}</nomen_code>",
                  f"<dbegin_fee>{start}</dbegin_fee>",
                  f"<dend_fee>{end[0] if end else '2999-12-31'}</dend_fee>",
                  f"<fee_code_cat>{category}</fee_code_cat>", f"<fee>{fee}</fee>",
                  "<author_doc>OA2025_362</author_doc>", "</NOMEN_HONORAIRES>"]  # fmt: skip
    lines.append("</ROOT>")
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def snapshot(engine) -> tuple:
    with engine.connect() as connection:
        return tuple(
            tuple(
                connection.execute(select(model.__table__).order_by(*model.__table__.primary_key))
            )
            for model in (NomenclatureCode, NomenclatureFee, NomenclatureWord)
        )


def rows_of(engine, code: str) -> list:
    table = NomenclatureFee.__table__
    with engine.connect() as connection:
        return connection.execute(
            select(table).where(table.c.code == code)
            .order_by(table.c.valid_from, table.c.with_dmg, table.c.age_band)
        ).all()  # fmt: skip


def test_the_demo_files_give_the_gp_codes_their_fees_by_dmg_and_age_band(central):
    with central.begin() as connection:
        done = import_files(connection, DEMO_FILES)
    assert done.codes_added == done.codes_read == 16
    assert done.unknown_categories == {} and done.codes_missing == ()
    # 101076: one fee, four reimbursements (domain.md §3), from 1/1/2024, no end.
    without, with_dmg = rows_of(central, "101076")
    assert (without.official_fee, without.reimbursement_ordinary, without.reimbursement_bim) == (
        D("31.81"), D("25.81"), D("30.31"))  # fmt: skip
    assert (with_dmg.reimbursement_ordinary, with_dmg.reimbursement_bim) == (D("27.81"), D("30.81"))
    assert without.valid_from == dt.date(2024, 1, 1) and without.valid_to is None
    assert without.author_doc == "vnz.be 2024 (demo)"
    # 103110: the reimbursement by age band (domain.md §14), the same with or without a DMG.
    bands = {(r.age_band, r.with_dmg): (r.reimbursement_bim, r.reimbursement_ordinary)
             for r in rows_of(central, "103110")}  # fmt: skip
    assert bands[("under_10", False)] == (D("35.41"), D("29.41"))
    assert bands[("from_10", True)] == (D("33.80"), D("23.32"))
    assert bands[("from_75", False)] == (D("33.80"), D("24.32"))
    # A fee the data give no reimbursement for: kept, the reimbursements empty.
    [late, _late_dmg] = rows_of(central, "302805")
    assert late.official_fee == D("158.70") and late.valid_from == dt.date(2026, 1, 1)
    assert late.reimbursement_ordinary is None and late.reimbursement_bim is None
    with central.connect() as connection:  # the words of both labels, folded
        found = connection.execute(
            select(NomenclatureWord.code).where(NomenclatureWord.word == "generaliste")
        ).scalars().all()  # fmt: skip
    assert {"101010", "101032", "101076"} <= set(found)


def test_importing_the_same_files_twice_changes_nothing(central):
    with central.begin() as connection:
        import_files(connection, DEMO_FILES)
    before = snapshot(central)
    with central.begin() as connection:
        again = import_files(connection, DEMO_FILES)
    assert snapshot(central) == before
    assert (again.codes_added, again.codes_changed, again.fee_rows_added, again.fee_rows_changed,
            again.fee_rows_closed) == (0, 0, 0, 0, 0)  # fmt: skip
    assert again.codes_unchanged == 16 and again.fee_rows_unchanged > 0


def test_a_new_fee_from_a_date_is_a_new_row_and_closes_the_one_before(central, tmp_path):
    with central.begin() as connection:
        import_files(connection, DEMO_FILES)
    new = fees_file(tmp_path, "NOMEN_HONORAIRES_2026.xml", [
        ("101076", "0", "32.85", "2026-01-01"),
        ("101076", "1601", "26.85", "2026-01-01"), ("101076", "1602", "28.85", "2026-01-01"),
        ("101076", "1301", "31.35", "2026-01-01"), ("101076", "1302", "31.85", "2026-01-01"),
    ])  # fmt: skip
    with central.begin() as connection:
        done = import_files(connection, [new])
    assert (done.fee_rows_added, done.fee_rows_closed) == (2, 2)
    old_without, old_with, new_without, new_with = rows_of(central, "101076")
    assert old_without.valid_to == old_with.valid_to == dt.date(2025, 12, 31)
    assert new_without.valid_from == dt.date(2026, 1, 1) and new_without.valid_to is None
    assert new_with.official_fee - new_with.reimbursement_ordinary == D("4.00")
    assert new_with.author_doc == "OA2025_362"
    # The old file again does not reopen the closed rows.
    with central.begin() as connection:
        import_files(connection, DEMO_FILES)
    assert rows_of(central, "101076")[0].valid_to == dt.date(2025, 12, 31)


def test_a_category_the_mapping_lacks_is_counted_and_its_amounts_skipped(central, tmp_path):
    path = fees_file(
        tmp_path, "NOMEN_HONORAIRES.xml",
        [("101076", "0", "31.81", "2024-01-01"), ("101076", "4711", "9.99", "2024-01-01"),
         ("101076", "4711", "8.88", "2025-01-01")],
        details=[("101076", "Consultation", "Raadpleging")],
    )  # fmt: skip
    with central.begin() as connection:
        done = import_files(connection, [path])
    assert done.unknown_categories == {"4711": 2} and done.unknown_amounts == 2
    rows = rows_of(central, "101076")
    assert [r.official_fee for r in rows] == [D("31.81"), D("31.81")]  # never guessed
    assert all(r.reimbursement_ordinary is None and r.reimbursement_bim is None for r in rows)


def test_a_file_with_a_doctype_is_refused_before_any_entity_is_read(central, tmp_path):
    path = tmp_path / "NOMEN_DETAIL.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<r><NOMEN_DETAIL><nomen_code>&b;'
        "</nomen_code></NOMEN_DETAIL></r>\n"
    )
    with pytest.raises(NomenSoftError, match="line 2: a DOCTYPE"), central.begin() as connection:
        import_files(connection, [path])
    assert snapshot(central) == ((), (), ())


def test_a_bad_record_refuses_the_whole_file_naming_its_line_and_element(central, tmp_path):
    good = fees_file(tmp_path, "a.xml", [], details=[("101076", "Consultation", "Raadpleging")])
    bad = fees_file(tmp_path, "b.xml", [("101076", "0", "31,81", "2024-01-01"),
                                        ("101076", "1600", "douze", "2024-01-01")])  # fmt: skip
    with pytest.raises(NomenSoftError) as refused, central.begin() as connection:
        import_files(connection, [good, bad])
    assert "b.xml, line 11, <NOMEN_HONORAIRES> of code 101076, <fee>: 'douze'" in str(refused.value)
    assert snapshot(central) == ((), (), ())
    broken = tmp_path / "c.xml"
    broken.write_text("<ROOT>\n<NOMEN_DETAIL>\n</ROOT>\n")
    with pytest.raises(NomenSoftError, match=r"c\.xml, line 3, column 2: not XML"):
        read_records(broken)


def test_words_are_folded_without_accents_or_case_and_short_words_left_out():
    assert words("Consultation médecin GÉNÉRALISTE à l'hôpital") == [
        "consultation", "medecin", "generaliste", "hopital"]  # fmt: skip
    assert words("Raadpleging geneesheer-specialist") == ["raadpleging", "geneesheer", "specialist"]
