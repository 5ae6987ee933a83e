"""The nomenclature's search on a PostgreSQL database not made with the C locale: a central
database created with an ICU collation (fr-BE, as a Belgian server would be set up) still finds
a code ending in 9 and a word ending in z (app/services/nomenclature.py searches a prefix by a
range on the code and on the word index; migration 0014 makes both columns compare byte by
byte, COLLATE "C", whatever the database's collation).

One database of the session's server, migrated, with two codes imported from NomenSoft.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from app.services import nomenclature
from app.store import migrate
from app.store.db import make_engine
from app.store.nomenclature_import import import_files
from tests.integration.services.conftest import TODAY

pytestmark = pytest.mark.postgres

CODES = (
    ("101079", "Examen du nez", "Onderzoek van de neus"),
    ("101080", "Examen de la gorge", "Onderzoek van de keel"),
)


@pytest.fixture(scope="module")
def icu_central(postgres_server, tmp_path_factory):
    name = f"t_nomen_icu_{uuid.uuid4().hex[:8]}"
    try:
        postgres_server.admin_execute(
            f"CREATE DATABASE \"{name}\" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'fr-BE'"
        )
    except Exception as exc:  # a server built without ICU
        pytest.skip(f"no ICU collation on this server: {exc}")
    engine = make_engine(postgres_server.url(name))
    migrate.upgrade(engine)
    files = tmp_path_factory.mktemp("nomen_icu") / "NOMEN_DETAIL.xml"
    details = "".join(
        f"<NOMEN_DETAIL><nomen_code>{code}</nomen_code><nomen_desc_fr>{fr}</nomen_desc_fr>"
        f"<nomen_desc_nl>{nl}</nomen_desc_nl></NOMEN_DETAIL>"
        for code, fr, nl in CODES
    )
    files.write_text(f"<ROOT>{details}</ROOT>", encoding="utf-8")
    with engine.begin() as connection:
        import_files(connection, [files])
    yield engine
    engine.dispose()
    postgres_server.drop_database(name)


def test_a_code_ending_in_9_and_a_word_ending_in_z_are_found_under_an_icu_collation(icu_central):
    with icu_central.connect() as connection:
        # The database's own collation puts punctuation before letters and digits: the very
        # comparisons a prefix range needs are false under it.
        assert connection.execute(text("SELECT 'nez' < 'ne{', '101079' < '10107:'")).one() == (
            False,
            False,
        )

    def codes(typed: str, language: str = "fr") -> list[str]:
        found = nomenclature.search(icu_central, typed, day=TODAY, language=language)
        return [hit.code for hit in found.hits]

    assert codes("101079") == ["101079"]
    assert codes("10107") == ["101079"]
    assert codes("1010") == ["101079", "101080"]
    assert codes("nez") == ["101079"]
    assert codes("examen nez") == ["101079"]
    assert codes("NEUS", "nl") == ["101079"]
    assert codes("gorge") == ["101080"]
