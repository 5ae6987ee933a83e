"""A dependant's own access at majority (issue 19): the central job opens their account with its
credentials letter and writes to them about the holder's access with the blocking form, once
per dependant however often (and however many at once) it runs; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import re
import threading

import pytest
from sqlalchemy import func, select, update

from app.cli.central import main
from app.domain.codes import AccountStatus, InboxState, LetterKind
from app.domain.niss import Niss
from app.services import login
from app.store.models import MajorityNotice, Member, OnlineAccount, PostalLetter
from app.store.parameters import letter_day
from app.sync import majority
from tests.integration.services.conftest import AS_OF, seeded
from tests.integration.services.helpers import PASSWORD_LINE, letter_password, letters, pdf_text
from tests.support.visits import member_visit

DAY = dt.date(2026, 11, 25)  # a Wednesday; the demo's dependant came of age on AS_OF, 3 days ago
NOW = dt.datetime(2026, 11, 25, 4, 0, tzinfo=dt.UTC)
BLOCKING_FORM = {"fr": "Formulaire de blocage", "nl": "Blokkeringsformulier",
                 "de": "Sperrformular", "en": "Blocking form"}  # fmt: skip
KEEP = {"fr": "Vous n'avez rien à faire", "nl": "Dan hoeft u niets te doen",
        "de": "Dann müssen Sie nichts tun", "en": "You need not do anything"}  # fmt: skip
SEPARATE = {"fr": "par un courrier séparé", "nl": "met een afzonderlijke brief",
            "de": "mit einem gesonderten Schreiben", "en": "in a separate letter"}  # fmt: skip
OWN_ACCOUNT = {"fr": "votre propre compte e-Mut", "nl": "uw eigen e-Mut-account",
               "de": "Ihrem eigenen e-Mut-Konto", "en": "your own e-Mut account"}  # fmt: skip


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def central(request, tmp_path):
    """A seeded central database (`.cases`: {case: NISS}), on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'central.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")
    engine = seeded(url)
    yield engine
    engine.dispose()


def years_before(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year - years)


def member(central, case: str) -> Member:
    with central.connect() as connection:
        return connection.execute(select(Member).where(Member.niss == central.cases[case])).one()


def demo_dependant(central):
    """The seed's dependant who comes of age on the demo's day (app/store/seed.py)."""
    with central.connect() as connection:
        (found,) = connection.execute(
            select(Member).where(
                Member.role == "dependant", Member.birth_date == years_before(AS_OF, 18)
            )
        ).all()
    return found


def born_on(central, case: str, birth: dt.date) -> Member:
    with central.begin() as connection:
        connection.execute(
            update(Member).where(Member.niss == central.cases[case]).values(birth_date=birth)
        )
    return member(central, case)


def holder_of(central, person: Member) -> Member:
    with central.connect() as connection:
        return connection.execute(select(Member).where(Member.id == person.holder_id)).one()


def account_of(central, person: Member):
    with central.connect() as connection:
        row = connection.execute(
            select(OnlineAccount).where(OnlineAccount.member_id == person.id)
        ).first()
    return row


def totals(central) -> tuple[int, int, int]:
    with central.connect() as connection:
        return tuple(
            connection.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (MajorityNotice, PostalLetter, OnlineAccount)
        )


def flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", pdf_text(pdf))


def check_access_letter(central, person: Member, letter: PostalLetter, *, account_sent: bool):
    language = str(person.language)
    text = flat(letter.pdf)
    holder = holder_of(central, person)
    assert letter.kind == LetterKind.HOLDER_ACCESS and letter.language == language
    assert BLOCKING_FORM[language] in text and KEEP[language] in text
    assert f"{holder.first_names} {holder.last_name}" in text  # the letter and the form
    assert text.count(f"{holder.first_names} {holder.last_name}") >= 2
    assert f"{person.first_names} {person.last_name}" in text
    assert Niss.parse(person.niss).formatted() in text
    assert (SEPARATE if account_sent else OWN_ACCOUNT)[language] in text
    assert not PASSWORD_LINE.findall(pdf_text(letter.pdf))  # no password in it
    assert pdf_text(letter.pdf).count("\n") > 0 and len(_pages(letter.pdf)) == 2


def _pages(pdf: bytes):
    import io

    from pypdf import PdfReader

    return PdfReader(io.BytesIO(pdf)).pages


def test_dependants_of_age_get_their_own_account_and_the_letter_about_the_holders_access(
    central, outbox, deliver
):
    at_18 = born_on(central, "dependant_under_18", years_before(DAY, 18))  # Antwerp: 18
    at_16 = born_on(central, "dependant_16_17_mwp", years_before(DAY, 16))  # Mons W. P.: 16
    young = member(central, "dependant_under_16_mwp")  # 15 in Mons Wallonie Picarde
    demo = demo_dependant(central)  # the seed's: 18 on the demo's day
    before = totals(central)

    result = majority.run(central, on=DAY, now=NOW)

    assert (result.found, result.handled, result.accounts, result.letters, result.failed) == (
        3, 3, 3, 6, 0,
    )  # fmt: skip
    with central.connect() as connection:
        leaves_on = letter_day(connection, DAY, federation_id=None)
        notices = {n.member_id: n for n in connection.execute(select(MajorityNotice)).all()}
    assert set(notices) == {at_18.id, at_16.id, demo.id}
    assert notices[at_18.id].majority_on == DAY and notices[demo.id].majority_on == AS_OF
    for person in (at_18, at_16, demo):
        account = account_of(central, person)
        assert account.status == AccountStatus.PENDING_LETTER and account.username == person.niss
        credentials, access = letters(central, person.id)
        assert credentials.kind == LetterKind.CREDENTIALS
        assert credentials.language == str(person.language)
        assert credentials.leaves_on <= leaves_on and credentials.leaves_on == access.leaves_on
        assert credentials.sent_on is None and access.sent_on is None
        assert "e-Mut" in pdf_text(credentials.pdf)
        letter_password(credentials.pdf)  # exactly one password, in this letter only
        check_access_letter(central, person, access, account_sent=True)
        notice = notices[person.id]
        assert (notice.account_id, notice.credentials_letter_id, notice.access_letter_id) == (
            account.id, credentials.id, access.id,
        )  # fmt: skip
    assert account_of(central, young) is None and young.id not in notices
    assert letters(central, young.id) == []
    assert totals(central) == (before[0] + 3, before[1] + 6, before[2] + 3)

    # Once per dependant, however often it runs: the same day, and the days after.
    after = totals(central)
    for day in (DAY, DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=2)):
        again = majority.run(central, on=day, now=NOW)
        assert (again.found, again.handled, again.letters) == (0, 0, 0)
    assert totals(central) == after

    # The letter's password opens the account, and its first login activates it.
    password = letter_password(letters(central, at_18.id)[0].pdf)
    member_visit(central, outbox, at_18.niss)
    success = login.password_login(
        central, at_18.niss, password, terminal="borne-test-1", now=NOW, outbox=outbox
    )
    assert success.first_login is True and success.member.member_id == at_18.id
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    assert account_of(central, at_18).status == AccountStatus.ACTIVE


def test_a_dependant_who_has_an_account_gets_only_the_letter_about_the_holder(central):
    adult = member(central, "dependant_18_or_more")  # 19 in Antwerp, with an active account
    account = account_of(central, adult)
    assert account is not None
    adult = born_on(central, "dependant_18_or_more", years_before(DAY, 18) - dt.timedelta(days=2))
    result = majority.run(central, on=DAY, now=NOW)
    assert result.handled == 2 and result.accounts == 1  # the demo's dependant opened theirs
    (access,) = letters(central, adult.id)
    check_access_letter(central, adult, access, account_sent=False)
    assert account_of(central, adult).status == account.status  # left as it was
    with central.connect() as connection:
        notice = connection.execute(
            select(MajorityNotice).where(MajorityNotice.member_id == adult.id)
        ).one()
    assert notice.account_id is None and notice.credentials_letter_id is None
    assert notice.majority_on == DAY - dt.timedelta(days=2)


def test_a_dependant_who_already_returned_the_blocking_form_gets_no_letter_about_it(central):
    blocked = born_on(central, "blocked_dependant", years_before(DAY, 18))
    assert blocked.access_blocked_on is not None and account_of(central, blocked) is not None
    assert majority.run(central, on=DAY, now=NOW).handled == 2  # with the demo's dependant
    assert letters(central, blocked.id) == []
    assert majority.run(central, on=DAY, now=NOW).handled == 0


def test_long_past_majority_or_not_yet_nothing_is_sent(central):
    """Only those who came of age within the catch-up days: not the dependants of age long
    before the job (nor a mass mailing at its first run), not those of age tomorrow."""
    demo = demo_dependant(central)
    early = AS_OF - dt.timedelta(days=1)
    assert majority.run(central, on=early, now=NOW).handled == 0  # 18 tomorrow
    late = AS_OF + dt.timedelta(days=majority.CATCH_UP_DAYS)
    assert majority.run(central, on=late, now=NOW).handled == 0
    assert account_of(central, demo) is None and letters(central, demo.id) == []
    assert majority.run(central, on=late - dt.timedelta(days=1), now=NOW).handled == 1


def test_runs_at_once_handle_each_dependant_once(central):
    born_on(central, "dependant_under_18", years_before(DAY, 18))
    results, errors = [], []

    def one_run():
        try:
            results.append(majority.run(central, on=DAY, now=NOW))
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=one_run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors and len(results) == 3
    assert sum(r.handled for r in results) == 2 and sum(r.failed for r in results) == 0
    with central.connect() as connection:
        kinds = connection.execute(
            select(PostalLetter.member_id, PostalLetter.kind).where(
                PostalLetter.kind.in_([LetterKind.CREDENTIALS, LetterKind.HOLDER_ACCESS])
            )
        ).all()
        notices = connection.execute(select(func.count()).select_from(MajorityNotice)).scalar()
    assert notices == 2 and len(kinds) == 4 and len(set(kinds)) == 4


def test_the_worker_runs_it_once_a_day_and_the_command_says_what_it_did(central, capsys):
    ticks = majority.DailyMajority(central, clock=lambda: 0.0)
    first = ticks.tick(now=NOW)
    assert first is not None and first.handled == 1  # the demo's dependant
    assert ticks.tick(now=NOW + dt.timedelta(hours=3)) is None  # the same day
    tomorrow = ticks.tick(now=NOW + dt.timedelta(days=1))
    assert tomorrow is not None and tomorrow.handled == 0
    assert majority.DailyMajority(central, enabled=False).tick(now=NOW) is None

    born_on(central, "dependant_under_18", years_before(DAY, 18))
    url = central.url.render_as_string(hide_password=False)
    assert main(["--url", url, "majority", "run", "--on", DAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "1 dependant(s) handled (1 account(s) opened, 2 letter(s) posted)" in out
    assert main(["--url", url, "majority", "run", "--on", DAY.isoformat()]) == 0
    assert "0 dependant(s) handled" in capsys.readouterr().out


@pytest.mark.postgres
def test_no_terminal_or_clerk_login_reads_the_notices(central, request):
    from tests.integration.services.test_roles_postgres import (
        as_role,
        as_staff,
        denied,
        terminal_role,
    )

    if central.dialect.name != "postgresql":
        pytest.skip("database roles are PostgreSQL's")
    postgres_server = request.getfixturevalue("postgres_server")
    majority.run(central, on=DAY, now=NOW)
    kiosk = as_role(central, postgres_server, terminal_role, "borne_majority")
    clerk = as_staff(central, postgres_server, "clerk")
    try:
        for engine in (kiosk, clerk):
            assert denied(engine, "SELECT * FROM majority_notice")
        assert denied(kiosk, "SELECT * FROM postal_letter")
    finally:
        kiosk.dispose()
        clerk.dispose()


def test_the_letter_and_its_form_say_everything_in_every_language():
    import string

    from app.documents.letters import Recipient
    from app.documents.majority_letter import HolderAccess, holder_access_letter
    from app.documents.texts.majority import TEXTS

    def names(sentence: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(sentence) if name}

    for language in ("nl", "de", "en"):
        assert TEXTS[language].keys() == TEXTS["fr"].keys(), language
        for key, sentence in TEXTS["fr"].items():
            assert names(TEXTS[language][key]) == names(sentence), (language, key)
            assert TEXTS[language][key].strip() and (
                len(sentence) <= 25 or TEXTS[language][key] != sentence
            ), (language, key)
    about = HolderAccess(
        dependant_name="Zoë <Dupont> & fils",
        dependant_niss="08112204851",
        dependant_birth_date=dt.date(2008, 11, 22),
        holder_name="Jean Dupont",
        majority_on=dt.date(2026, 11, 22),
        majority_age=18,
        account_sent=True,
    )
    to = Recipient("Zoë <Dupont> & fils", "Rue Haute 1", "7000", "Mons", country="FR")
    for language in ("fr", "nl", "de", "en"):
        pdf = holder_access_letter(to, about, language=language, dated=dt.date(2026, 11, 23))
        text = flat(pdf)
        assert len(_pages(pdf)) == 2
        for expected in (BLOCKING_FORM[language], KEEP[language], "Zoë <Dupont> & fils",
                         "08.11.22-048.51", "Jean Dupont"):  # fmt: skip
            assert expected in text, (language, expected)
