"""The credentials and new-password letters: what the member reads, in their language, and an
address that shows through the window of a DL envelope."""

from __future__ import annotations

import datetime as dt
import io
import statistics
import time

import pytest
from pypdf import PdfReader

from app.documents.layout import Agency
from app.documents.letters import Recipient, batch, credentials_letter, new_password_letter
from app.documents.texts import UnsupportedLanguage
from app.domain.niss import InvalidNiss
from tests.unit.documents.pdftext import all_text, find, page_texts, placed_texts

GENEVIEVE = Recipient(
    full_name="Geneviève Dupont-Müller",
    street_and_number="Rue de la Senne 32",
    postcode="1000",
    municipality="Bruxelles",
    box="20",
)
NOV_25 = dt.date(2026, 11, 25)
PASSWORD = "Kx7#pQ&<2m"


def _credentials(language: str, recipient: Recipient = GENEVIEVE, **options) -> bytes:
    return credentials_letter(
        recipient,
        username="85073003328",
        initial_password=PASSWORD,
        language=language,
        dated=NOV_25,
        **options,
    )


@pytest.mark.parametrize(
    ("language", "box_line", "salutation", "title"),
    [
        ("fr", "Rue de la Senne 32 bte 20", "Madame, Monsieur,", "Votre compte en ligne e-Mut"),
        ("nl", "Rue de la Senne 32 bus 20", "Geachte mevrouw, geachte heer,",
         "Uw online account e-Mut"),
        ("de", "Rue de la Senne 32 Box 20", "Sehr geehrte Dame, sehr geehrter Herr,",
         "Ihr Online-Konto e-Mut"),
        ("en", "Rue de la Senne 32 box 20", "Dear Sir or Madam,", "Your e-Mut online account"),
    ],
)  # fmt: skip
def test_the_credentials_letter_gives_name_address_username_in_card_form_and_password(
    language, box_line, salutation, title
):
    text = all_text(_credentials(language))
    for expected in ("Geneviève Dupont-Müller", box_line, "1000 Bruxelles", "85.07.30-033.28",
                     PASSWORD, salutation, title):  # fmt: skip
        assert expected in text
    assert "85073003328" not in text  # the username is printed as on the card, not raw


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["mot de passe initial", "première connexion", "strictement personnelles"]),
        ("nl", ["eerste wachtwoord", "eerste aanmelding", "strikt persoonlijk"]),
        ("de", ["erstes Passwort", "ersten Anmeldung", "streng persönlich", "Grüßen"]),
        ("en", ["initial password", "first log in", "strictly personal"]),
    ],
)
def test_the_credentials_letter_asks_to_change_the_password_and_keep_it_secret(language, words):
    text = all_text(_credentials(language)).replace("\n", " ")
    for word in words:
        assert word.lower() in text.lower()


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fr", "Bruxelles, le 25 novembre 2026"),
        ("nl", "Brussel, 25 november 2026"),
        ("de", "Brüssel, den 25. November 2026"),
        ("en", "Brussels, 25 November 2026"),
    ],
)
def test_the_date_line_is_written_the_way_each_language_writes_it(language, line):
    assert line in all_text(_credentials(language))


@pytest.mark.parametrize(
    ("language", "title", "words"),
    [
        ("fr", "Votre nouveau mot de passe e-Mut", ["oublié", "prochaine connexion"]),
        ("nl", "Uw nieuwe wachtwoord voor e-Mut", ["vergeten", "volgende aanmelding"]),
        ("de", "Ihr neues Passwort für e-Mut", ["vergessen", "nächsten Anmeldung"]),
        ("en", "Your new e-Mut password", ["forgotten", "next log in"]),
    ],
)
def test_the_new_password_letter_gives_the_new_password_after_a_forgotten_one(
    language, title, words
):
    pdf = new_password_letter(
        GENEVIEVE, username="85.07.30-033.28", new_password="N3w-pass-word", language=language,
        dated=NOV_25,
    )  # fmt: skip
    text = all_text(pdf).replace("\n", " ")
    assert title in text
    assert "N3w-pass-word" in text
    assert "85.07.30-033.28" in text
    for word in words:
        assert word in text


def test_the_address_shows_through_the_window_of_a_dl_envelope():
    placed = placed_texts(_credentials("fr"))
    # Window of a C5/6 or DL envelope: 20 to 110 mm from the left, 45 to 90 mm from the top.
    in_window = [item.text for item in placed if 20 <= item.left_mm <= 110 - 30
                 and 45 <= item.top_mm <= 90]  # fmt: skip
    assert in_window == [
        "Mutualité Guichet · Boulevard Anspach 111 · 1000 Bruxelles",  # the return line, on top
        "Geneviève Dupont-Müller",
        "Rue de la Senne 32 bte 20",
        "1000 Bruxelles",
    ]
    # The letterhead and the body stay out of the window.
    assert find(placed, "Mutualité Guichet").top_mm < 45
    assert find(placed, "Votre compte en ligne e-Mut").top_mm > 90


def test_a_letter_fits_one_page_numbered_page_1_of_1():
    texts = page_texts(_credentials("nl"))
    assert len(texts) == 1
    assert "pagina 1 / 1" in texts[0]


def test_a_recipient_abroad_gets_the_country_line():
    abroad = Recipient("Jean Martin", "12 rue des Lilas", "59000", "Lille", country="FR")
    text = all_text(_credentials("fr", abroad))
    assert "59000 Lille\nFRANCE" in text


def test_a_letter_sent_by_an_agency_carries_its_address_and_town():
    eupen = Agency("Eupen", "Gospertstraße 12", "4700", "Eupen", phone="087 59 00 00")
    text = all_text(_credentials("de", agency=eupen))
    assert "Gospertstraße 12" in text
    assert "Eupen, den 25. November 2026" in text
    assert "Tel. 087 59 00 00" in text


def test_a_first_of_the_month_is_written_1er_in_french():
    pdf = credentials_letter(GENEVIEVE, username="85073003328", initial_password="x", language="fr",
                             dated=dt.date(2027, 3, 1))  # fmt: skip
    assert "Bruxelles, le 1er mars 2027" in all_text(pdf)


def test_a_username_that_is_not_a_national_number_is_refused():
    with pytest.raises(InvalidNiss):
        credentials_letter(GENEVIEVE, username="85073003329", initial_password="x",
                           language="fr", dated=NOV_25)  # fmt: skip


def test_a_language_the_mutuality_does_not_write_in_is_refused():
    with pytest.raises(UnsupportedLanguage):
        _credentials("it")


def test_a_batch_holds_every_letter_in_order():
    letters = [_credentials("fr"), _credentials("nl"), _credentials("de")]
    combined = batch(letters)
    texts = page_texts(combined)
    assert len(texts) == 3
    assert "Madame, Monsieur," in texts[0]
    assert "Geachte mevrouw" in texts[1]
    assert "Sehr geehrte" in texts[2]
    assert PdfReader(io.BytesIO(combined)).pages[2].mediabox.width == pytest.approx(595.28, 0.01)


def test_an_empty_batch_is_refused():
    with pytest.raises(ValueError, match="at least one"):
        batch([])


def test_a_letter_is_made_well_under_200_ms():
    _credentials("fr")  # fonts registered once per process
    durations = []
    for _ in range(5):
        start = time.perf_counter()
        _credentials("fr")
        durations.append(time.perf_counter() - start)
    assert statistics.median(durations) < 0.2
