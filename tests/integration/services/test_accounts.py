"""Whose card it is, activating e-Mut at the terminal, and "I cannot log in"."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import Session

from app.domain.codes import AccountStatus, InboxState, MemberStatus
from app.domain.workdays import add_working_days
from app.services import accounts, login
from app.services.accounts import OwnerKind
from app.services.errors import CentralUnavailable, InvalidForm, Refused
from app.store.models import (
    ContactRequest,
    Federation,
    FederationParameter,
    Household,
    LetterKind,
    Member,
    OnlineAccount,
    PostalLetter,
)
from app.sync import exchange
from tests.integration.services.conftest import NOW, TODAY
from tests.integration.services.helpers import count, inbox, letter_password, letters, pdf_text
from tests.support.visits import member_visit

NOT_A_MEMBER = "85073003328"  # valid, and no seeded member has it
UNREACHABLE = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1"


def owner(central, case: str) -> accounts.CardOwner:
    return accounts.card_owner(central, central.cases[case], today=TODAY)


@pytest.mark.parametrize(
    ("case", "kind"),
    [
        ("active_account", OwnerKind.ACTIVE_ACCOUNT),
        ("no_online_account", OwnerKind.NO_ACCOUNT),
        ("deactivated_account", OwnerKind.ACCOUNT_DEACTIVATED),
        ("dependant_under_18", OwnerKind.NO_ACCOUNT),
    ],
)
def test_the_card_owner_is_told_apart_by_their_account(central, case, kind):
    found = owner(central, case)
    assert found.kind == kind
    assert found.member.niss == central.cases[case]
    assert found.member.federation_code and found.member.affiliation_number


def test_a_deactivated_account_gives_its_reason(central):
    found = owner(central, "deactivated_account")
    assert found.account_status == AccountStatus.DEACTIVATED
    assert found.deactivation_reason == "too_many_failed_logins"


def test_someone_unknown_or_who_left_is_not_a_member(central):
    assert accounts.card_owner(central, NOT_A_MEMBER, today=TODAY).kind == OwnerKind.NOT_MEMBER
    niss = central.cases["maf_ceiling_reached"]
    with central.begin() as connection:
        connection.execute(
            update(Member)
            .where(Member.niss == niss)
            .values(status=MemberStatus.LEFT, left_on=dt.date(2026, 11, 30))
        )
    # Still insured until the leaving date, then not a member (and no member data shown).
    assert accounts.card_owner(central, niss, today=TODAY).kind == OwnerKind.ACTIVE_ACCOUNT
    after = accounts.card_owner(central, niss, today=dt.date(2026, 11, 30))
    assert after.kind == OwnerKind.NOT_MEMBER and after.member is None


def test_the_card_number_is_accepted_in_any_written_form(central):
    niss = central.cases["active_account"]
    dotted = f"{niss[:2]}.{niss[2:4]}.{niss[4:6]}-{niss[6:9]}.{niss[9:]}"
    assert accounts.card_owner(central, dotted, today=TODAY).member.niss == niss


def test_an_unreachable_central_database_says_offline():
    engine = create_engine(UNREACHABLE)
    with pytest.raises(CentralUnavailable):
        accounts.card_owner(engine, NOT_A_MEMBER, today=TODAY)
    engine.dispose()


def test_activation_creates_a_pending_account_and_posts_its_letter(central, outbox, deliver):
    member = owner(central, "no_online_account")
    member_visit(central, outbox, member.member.niss)  # verified at the terminal
    queued = accounts.request_activation(central, outbox, member, actor="member", today=TODAY)
    # Wednesday 25 November 2026 + 3 working days = Monday 30 November.
    assert queued.letter_leaves_on == dt.date(2026, 11, 30)
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]

    after = owner(central, "no_online_account")
    assert after.kind == OwnerKind.ACCOUNT_PENDING and after.pending_since == TODAY
    (letter,) = letters(central, member.member.member_id)
    assert letter.kind == LetterKind.CREDENTIALS and letter.language == member.member.language
    assert letter.leaves_on == add_working_days(TODAY, 3) and letter.sent_on is None
    assert letter.operation_id == queued.operation_id
    text = pdf_text(letter.pdf)
    assert member.member.last_name in text and member.member.municipality in text
    password = letter_password(letter.pdf)
    assert not set(password) & set("0O1lIi")
    with Session(central) as session:
        account = session.scalars(
            select(OnlineAccount).where(OnlineAccount.member_id == member.member.member_id)
        ).one()
        assert account.username == member.member.niss
        assert account.status == AccountStatus.PENDING_LETTER
        assert account.password_hash.startswith("scrypt$") and password not in account.password_hash


def _federation_of(central, niss: str) -> int:
    with Session(central) as session:
        return session.scalar(
            select(Household.federation_id)
            .join(Member, Member.household_id == Household.id)
            .where(Member.niss == niss)
        )


def _other_federation(central, federation_id: int) -> int:
    with Session(central) as session:
        return session.scalar(select(Federation.id).where(Federation.id != federation_id))


def _letter_rule(central, federation_id: int, days: int, *, since: dt.date = TODAY) -> None:
    """A new dated `letter_working_days` row for the federation, from `since`."""
    with Session(central) as session:
        session.add(
            FederationParameter(
                federation_id=federation_id,
                name="letter_working_days",
                value=days,
                valid_from=since,
                source="test",
            )
        )
        session.commit()


def test_the_promised_letter_date_follows_the_federations_dated_rule(central, outbox, deliver):
    member = owner(central, "no_online_account")
    federation = _federation_of(central, member.member.niss)
    _letter_rule(central, _other_federation(central, federation), 9)  # not this member's
    _letter_rule(central, federation, 5, since=TODAY + dt.timedelta(days=1))  # not yet
    code = member.member.federation_code
    promised = accounts.letter_leaves_on(central, outbox, TODAY, federation_code=code)
    assert promised == add_working_days(TODAY, 3)
    _letter_rule(central, federation, 7)  # from today: 7 working days
    member_visit(central, outbox, member.member.niss)
    queued = accounts.request_activation(central, outbox, member, actor="member", today=TODAY)
    assert queued.letter_leaves_on == add_working_days(TODAY, 7)
    deliver(central)
    (letter,) = letters(central, member.member.member_id)
    assert letter.leaves_on == queued.letter_leaves_on  # the worker read the same row


def test_a_request_applied_days_later_keeps_the_date_the_terminal_promised(
    central, outbox, deliver
):
    """Asked on Wednesday 25/11 (queued while the central side was out of reach, say), applied
    on Friday 27/11: the letter still leaves on Monday 30/11, as the member was told, not three
    working days after Friday."""
    from app.sync.terminal import OutboxEntry

    member = owner(central, "no_online_account")
    member_visit(central, outbox, member.member.niss)
    queued = accounts.request_activation(central, outbox, member, actor="member", today=TODAY)
    assert queued.letter_leaves_on == dt.date(2026, 11, 30)
    with outbox.engine.begin() as connection:  # the terminal's clock when the member asked
        connection.execute(update(OutboxEntry).values(created_at=NOW))
    deliver(central, now=NOW + dt.timedelta(days=2))
    (letter,) = letters(central, member.member.member_id)
    assert letter.leaves_on == queued.letter_leaves_on


def test_a_forgotten_password_promises_the_latest_any_federation_gives(central, outbox, deliver):
    niss = central.cases["active_account"]
    federation = _federation_of(central, niss)
    _letter_rule(central, _other_federation(central, federation), 6)  # another federation's
    queued = login.forgot_password(central, outbox, niss_text=niss, actor="member", today=TODAY)
    # The terminal may not read whose number it is: its promise holds for every federation.
    assert queued.leaves_on == add_working_days(TODAY, 6)
    deliver(central)
    member_id = owner(central, "active_account").member.member_id
    (letter,) = letters(central, member_id)
    assert letter.leaves_on <= queued.leaves_on


def test_offline_the_promise_reads_the_terminals_copy_of_the_rules(central, outbox, terminal):
    _letter_rule(central, 1, 6)
    offline = create_engine(UNREACHABLE)
    with pytest.raises(CentralUnavailable):  # nothing copied yet: no date can be promised
        login.forgot_password(offline, outbox, niss_text=NOT_A_MEMBER, actor="member", today=TODAY)
    exchange.pull_reference(terminal, central)
    queued = login.forgot_password(
        offline, outbox, niss_text=NOT_A_MEMBER, actor="member", today=TODAY
    )
    assert queued.leaves_on == add_working_days(TODAY, 6)
    assert outbox.pending_count() == 1
    offline.dispose()


def test_the_first_login_with_the_letter_activates_the_account(central, outbox, deliver):
    member = owner(central, "no_online_account")
    member_visit(central, outbox, member.member.niss)  # verified at the terminal
    accounts.request_activation(central, outbox, member, actor="member", today=TODAY)
    deliver(central)
    password = letter_password(letters(central, member.member.member_id)[0].pdf)

    success = login.password_login(
        central, member.member.niss, password, terminal="borne-test-1", now=NOW, outbox=outbox
    )
    assert success.first_login is True and success.member.member_id == member.member.member_id
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    assert owner(central, "no_online_account").kind == OwnerKind.ACTIVE_ACCOUNT
    again = login.password_login(
        central, member.member.niss, password, terminal="borne-test-1", now=NOW, outbox=outbox
    )
    assert again.first_login is False


def test_the_letter_can_be_asked_for_in_another_language(central, outbox, deliver):
    member = owner(central, "no_online_account")
    member_visit(central, outbox, member.member.niss)  # verified at the terminal
    accounts.request_activation(central, outbox, member, actor="member", today=TODAY, language="nl")
    deliver(central)
    (letter,) = letters(central, member.member.member_id)
    assert letter.language == "nl" and "Uw online account" in pdf_text(letter.pdf)


def test_activation_is_refused_to_whoever_has_an_account_or_is_not_a_member(central, outbox):
    for case in ("active_account", "deactivated_account"):
        with pytest.raises(Refused) as refused:
            accounts.request_activation(
                central, outbox, owner(central, case), actor="member", today=TODAY
            )
        assert refused.value.code == "account_exists"
    stranger = accounts.card_owner(central, NOT_A_MEMBER, today=TODAY)
    with pytest.raises(Refused) as refused:
        accounts.request_activation(central, outbox, stranger, actor="member", today=TODAY)
    assert refused.value.code == "not_member"
    assert outbox.pending_count() == 0


def test_a_dependant_under_majority_cannot_have_an_account_of_their_own(central, outbox, deliver):
    young = owner(central, "dependant_under_18")  # 17, Antwerp: majority 18
    assert young.activation_refusal == "too_young"
    with pytest.raises(Refused) as refused:
        accounts.request_activation(central, outbox, young, actor="member", today=TODAY)
    assert refused.value.code == "too_young"
    # Mons Wallonie Picarde: majority at 16, so a 17-year-old dependant may.
    assert owner(central, "dependant_16_17_mwp").activation_refusal is None
    assert owner(central, "dependant_under_16_mwp").activation_refusal == "too_young"
    # The central side checks it too, whatever a terminal sends.
    member_visit(central, outbox, young.member.niss)
    operation_id = outbox.enqueue(
        "account.activate", {"member_niss": young.member.niss, "language": "nl"}, actor="member"
    )
    deliver(central)
    assert inbox(central, operation_id).reason == "too_young"


def test_two_activations_queued_make_one_account(central, outbox, deliver):
    member = owner(central, "no_online_account")
    member_visit(central, outbox, member.member.niss)  # verified at the terminal
    accounts.request_activation(central, outbox, member, actor="member", today=TODAY)
    second = accounts.request_activation(central, outbox, member, actor="member", today=TODAY)
    outcomes = deliver(central)
    assert [o.state for o in outcomes] == [InboxState.APPLIED, InboxState.REJECTED]
    assert inbox(central, second.operation_id).reason == "account_exists"
    assert len(letters(central, member.member.member_id)) == 1


def test_a_posted_letter_loses_its_pdf(central, outbox, deliver):
    from app.services import queue, staff

    member = owner(central, "no_online_account")
    member_visit(central, outbox, member.member.niss)  # verified at the terminal
    accounts.request_activation(central, outbox, member, actor="member", today=TODAY)
    deliver(central)
    boss = staff.staff_login(central, "supervisor", "supervisor-demo", now=NOW)
    (due,) = queue.letters_waiting(central, boss)
    assert due.member_name == member.member.full_name
    first = queue.mark_letters_posted(
        outbox, boss, [due.letter_id], posted_on=dt.date(2026, 11, 27)
    )
    again = queue.mark_letters_posted(
        outbox, boss, [due.letter_id], posted_on=dt.date(2026, 11, 28)
    )
    deliver(central)
    assert inbox(central, uuid.UUID(first.operation_id)).result == {"posted": [due.letter_id]}
    assert inbox(central, uuid.UUID(again.operation_id)).result == {"posted": []}  # once
    (letter,) = letters(central, member.member.member_id)
    assert letter.sent_on == dt.date(2026, 11, 27) and letter.pdf is None
    assert queue.letters_waiting(central, boss) == ()


def test_a_deactivated_account_asks_for_help_with_a_way_to_answer(central, outbox, deliver):
    member = owner(central, "deactivated_account")
    with central.begin() as connection:  # nothing on the file to answer to: the message has it
        connection.execute(
            update(Member)
            .where(Member.id == member.member.member_id)
            .values(phone=None, mobile=None, email=None)
        )
    # The terminal sends the form with the card's number (KioskBackend.cannot_log_in).
    queued = accounts.cannot_log_in(
        outbox, niss_text=member.member.niss, message="Mon compte est bloqué.",
        phone="0470 12 34 56", email="", actor="member", language=member.member.language,
    )  # fmt: skip
    assert [o.state for o in deliver(central)] == [InboxState.APPLIED]
    with Session(central) as session:
        request = session.scalars(
            select(ContactRequest).where(ContactRequest.operation_id == queued.operation_id)
        ).one()
    assert request.topic == "cannot_log_in" and request.member_id == member.member.member_id
    assert request.subject == accounts.HELP_SUBJECT[member.member.language]
    assert "Mon compte est bloqué." in request.message and "0470 12 34 56" in request.message


def test_the_help_form_checks_what_was_typed(central, outbox):
    member = owner(central, "deactivated_account")
    with pytest.raises(InvalidForm) as invalid:
        accounts.cannot_log_in(
            outbox, niss_text=member.member.niss, message="?", phone="abc", email="no-at-sign",
            actor="member",
        )  # fmt: skip
    assert invalid.value.problems == {"phone": "invalid_phone", "email": "invalid_email"}
    with pytest.raises(InvalidForm) as invalid:
        accounts.cannot_log_in(
            outbox, niss_text=member.member.niss, message="?", phone="", email=None, actor="m"
        )
    assert invalid.value.problems == {"contact": "phone_or_email_required"}
    assert outbox.pending_count() == 0


def test_cannot_log_in_without_a_card_takes_the_number_in_any_form(central, outbox, deliver):
    niss = central.cases["active_account"]
    spaced = f"{niss[:6]} {niss[6:9]} {niss[9:]}"
    accounts.cannot_log_in(
        outbox, niss_text=spaced, message="", phone=None, email="manon@example.be",
        actor="member", language="de",
    )  # fmt: skip
    accounts.cannot_log_in(
        outbox, niss_text=NOT_A_MEMBER, message="Hilfe", phone="+32 470 12 34 56", email=None,
        actor="member",
    )  # fmt: skip
    outcomes = deliver(central)
    assert [o.reason for o in outcomes] == [None, "unknown_member"]
    with Session(central) as session:
        request = session.scalars(
            select(ContactRequest).where(ContactRequest.topic == "cannot_log_in")
        ).one()
    assert request.subject == "Ich kann mich nicht anmelden"
    assert request.message == "E-mail: manon@example.be"
    with pytest.raises(InvalidForm) as invalid:
        accounts.cannot_log_in(
            outbox, niss_text="12345678912", message="", phone="0470123456", email=None,
            actor="member",
        )  # fmt: skip
    assert invalid.value.problems == {"niss": "niss_check_digits"}


def test_no_password_lingers_in_the_outbox_or_the_inbox(central, outbox, deliver):
    member = owner(central, "no_online_account")
    member_visit(central, outbox, member.member.niss)  # verified at the terminal
    accounts.request_activation(central, outbox, member, actor="member", today=TODAY)
    deliver(central)
    password = letter_password(letters(central, member.member.member_id)[0].pdf)
    assert count(central, PostalLetter) == 1
    with central.connect() as connection:
        dump = " ".join(
            str(row) for row in connection.exec_driver_sql("SELECT * FROM inbox_operation")
        )
    assert password not in dump
