"""Orders and questions, from a terminal through the central worker to the counter and back.

Two terminals, one central database: the kiosk (`outbox`) where the member orders and asks, the
counter (`counter_outbox`) where staff take, send, refuse and answer; `loop()` pushes both,
applies everything once and brings the results back, as the sync workers and the central
worker do. The examples are the issue's: an order seen at the counter, sent, and seen sent by
the member; offline orders shown pending, then applied once; the same order twice caught; a
question without a title or a description not sent.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain.codes import AccountStatus, InboxState, LoginMode, OrderStatus
from app.domain.passwords import hash_password
from app.services import incapacity, orders, queue, requests, staff
from app.services import member_file as mf
from app.services.errors import CentralUnavailable, InvalidForm, Refused
from app.services.member_file import FileSession
from app.store.db import make_engine
from app.store.models import (
    AuditEntry,
    ContactRequest,
    DocumentOrder,
    InboxOperation,
    Insurability,
    Member,
    OnlineAccount,
    PostalLetter,
    Staff,
)
from app.sync import apply, exchange
from app.sync.proofs import Prover
from app.sync.terminal import Outbox, open_terminal_db
from tests.integration.services.conftest import NOW, TODAY
from tests.support.visits import card_of, member_visit

LATER = NOW + dt.timedelta(hours=2)


@pytest.fixture
def counter_terminal(tmp_path):
    engine = open_terminal_db(tmp_path / "counter.sqlite")
    yield engine
    engine.dispose()


@pytest.fixture
def counter_outbox(counter_terminal):
    return Outbox(counter_terminal, "guichet-test-1")


@pytest.fixture
def loop(terminal, counter_terminal, forms):
    """Both terminals' outboxes to the central inbox, everything applied, results back."""

    def run(central, now: dt.datetime = NOW):
        for engine in (terminal, counter_terminal):
            exchange.push(engine, central)
        outcomes = apply.apply_pending(central, forms=forms, now=lambda: now)
        for engine in (terminal, counter_terminal):
            exchange.pull_results(engine, central)
        return outcomes

    return run


def eid(central, case: str) -> FileSession:
    return FileSession(central.cases[case], LoginMode.EID)


def clerk(central, login: str = "clerk", password: str = "clerk-demo") -> staff.StaffSession:
    return staff.staff_login(central, login, password, now=NOW)


def holder_and_child(central) -> tuple[FileSession, str]:
    """The Mons Wallonie Picarde holder and her 17-year-old, whom she sees."""
    return eid(central, "active_account"), central.cases["dependant_16_17_mwp"]


def items(central, who, **filters) -> list[queue.QueueItem]:
    return list(queue.open_items(central, who, now=LATER, **filters))


def audit_actions(central) -> list[str]:
    with Session(central) as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


# --- Ordering ---------------------------------------------------------------------------------


def test_an_order_reaches_the_counter_is_sent_and_the_member_sees_it_sent(
    central, outbox, counter_outbox, loop
):
    session, child = holder_and_child(central)
    member_visit(central, outbox, session.niss)  # she is at the kiosk, verified centrally
    summary = orders.order_summary(central, outbox, session, child, "stickers", 3, today=TODAY)
    assert (summary.kind, summary.quantity, summary.same_open_order) == ("stickers", 3, None)
    assert summary.for_name.endswith("Dufrêne") and summary.address.postcode
    orders.place_order(central, outbox, session, child, "stickers", 3, actor="member", today=TODAY)
    [waiting] = orders.my_orders(central, outbox, session, TODAY).orders[:1]
    assert (waiting.status, waiting.for_niss) == (orders.WAITING_HERE, child)

    assert [o.state for o in loop(central)] == [InboxState.APPLIED]
    mine = orders.my_orders(central, outbox, session, TODAY)
    assert mine.complete and mine.orders[0].status == OrderStatus.RECEIVED
    assert sum(1 for o in mine.orders if o.operation_id == waiting.operation_id) == 1

    desk = clerk(central)
    [item] = [i for i in items(central, desk) if i.member_niss == session.niss and i.quantity == 3]
    assert (item.kind, item.what, item.status, item.taken_by) == (
        "order",
        "stickers",
        "received",
        None,
    )
    queue.take(counter_outbox, desk, item)
    loop(central)
    [item] = [i for i in items(central, desk) if (i.kind, i.item_id) == ("order", item.item_id)]
    assert (item.status, item.taken_by, item.taken_by_me) == ("processing", "Céline Dufrêne", True)
    assert orders.my_orders(central, outbox, session, TODAY).orders[0].status == "processing"
    queue.fulfil_order(counter_outbox, desk, item)
    loop(central, now=LATER)
    assert ("order", item.item_id) not in {(i.kind, i.item_id) for i in items(central, desk)}
    sent = orders.my_orders(central, outbox, session, TODAY).orders[0]
    assert (sent.status, sent.sent_on) == (OrderStatus.SENT, TODAY)
    assert audit_actions(central)[-2:] == ["order_taken", "order_sent"]


def test_a_european_card_needs_the_persons_cover_in_order(central, outbox):
    session = eid(central, "active_account")
    uncovered = central.cases["cover_not_in_order"]
    with pytest.raises(Refused) as refused:
        orders.order_summary(central, outbox, session, uncovered, "ehic", 1, today=TODAY)
    assert refused.value.code == "cover_not_in_order"
    # Stickers may still be ordered for that child, and the card for the mother herself.
    orders.order_summary(central, outbox, session, uncovered, "stickers", 1, today=TODAY)
    orders.order_summary(central, outbox, session, session.niss, "ehic", 1, today=TODAY)


def test_a_european_card_ordered_offline_without_cover_comes_back_refused_with_the_reason(
    central, outbox, loop
):
    session = eid(central, "active_account")
    holder = central.cases["active_account"]
    member_visit(central, outbox, holder)
    with central.begin() as connection:  # her cover ended before she ordered
        member_id = connection.execute(select(Member.id).where(Member.niss == holder)).scalar()
        connection.execute(
            update(Insurability)
            .where(Insurability.member_id == member_id)
            .values(valid_to=dt.date(2026, 10, 31))
        )
    outbox.enqueue(
        orders.ORDER_KIND,
        {
            "member_niss": holder,
            "for_niss": holder,
            "kind": "ehic",
            "quantity": 1,
            "channel": "terminal",
        },
        actor="member",
    )
    assert [o.state for o in loop(central)] == [InboxState.APPLIED]
    [refused] = [
        o
        for o in orders.my_orders(central, outbox, session, TODAY).orders
        if o.kind == "ehic" and o.for_niss == holder
    ]
    assert (refused.status, refused.reason) == (OrderStatus.REJECTED, "cover_not_in_order")


@pytest.mark.parametrize(
    ("kind", "quantity", "problem"),
    [
        ("stickers", 0, {"quantity": "invalid_quantity"}),
        ("envelopes", 11, {"quantity": "invalid_quantity"}),
        ("ehic", 2, {"quantity": "one_only"}),
        ("incapacity_certificate", 3, {"quantity": "one_only"}),
        ("passport", 1, {"kind": "unknown_document"}),
    ],
)
def test_quantities_stay_within_what_can_be_ordered(central, outbox, kind, quantity, problem):
    session = eid(central, "active_account")
    with pytest.raises(InvalidForm) as invalid:
        orders.order_summary(central, outbox, session, session.niss, kind, quantity, today=TODAY)
    assert invalid.value.problems == problem


def test_the_same_order_twice_in_a_row_is_caught_and_asked(central, outbox, counter_outbox, loop):
    session, child = holder_and_child(central)
    member_visit(central, outbox, session.niss)

    def order(again=False):
        return orders.place_order(
            central,
            outbox,
            session,
            child,
            "envelopes",
            2,
            actor="member",
            today=TODAY,
            again=again,
        )

    order()
    with pytest.raises(Refused) as refused:  # waiting on this terminal
        order()
    assert refused.value.code == "same_order_open"
    loop(central)
    summary = orders.order_summary(central, outbox, session, child, "envelopes", 1, today=TODAY)
    assert summary.same_open_order.status == OrderStatus.RECEIVED  # received: still open
    order(again=True)  # the member said yes: a second one
    loop(central)
    mine = orders.my_orders(central, outbox, session, TODAY).orders
    same = [o for o in mine if (o.kind, o.for_niss, o.status) == ("envelopes", child, "received")]
    assert len(same) == 2
    # Once the mutuality has sent them, a new order is simply a new order.
    desk = clerk(central)
    for item in items(central, desk, kinds=(queue.ORDER,)):
        if item.member_niss == session.niss and item.what == "envelopes":
            queue.fulfil_order(counter_outbox, desk, item)
    loop(central)
    order()


def test_nobody_orders_for_a_dependant_who_blocked_access_or_a_stranger(central, outbox, loop):
    adult = central.cases["dependant_18_or_more"]  # of the Antwerp household, not blocked
    with Session(central) as session:
        blocked = session.scalars(
            select(Member).where(Member.niss == central.cases["blocked_dependant"])
        ).one()
        holder_session = FileSession(session.get(Member, blocked.holder_id).niss, LoginMode.EID)
    with pytest.raises(Refused) as refused:
        orders.order_summary(
            central, outbox, holder_session, blocked.niss, "stickers", 1, today=TODAY
        )
    assert refused.value.code == "not_allowed"
    # The dependant of age who did not block: the holder still orders for them.
    orders.order_summary(central, outbox, holder_session, adult, "stickers", 1, today=TODAY)
    stranger = central.cases["bim"]
    with pytest.raises(Refused):
        orders.order_summary(central, outbox, holder_session, stranger, "stickers", 1, today=TODAY)
    # A terminal that skipped the check: the central worker applies the rule too.
    member_visit(central, outbox, holder_session.niss)
    outbox.enqueue(
        orders.ORDER_KIND,
        {
            "member_niss": holder_session.niss,
            "for_niss": blocked.niss,
            "kind": "stickers",
            "quantity": 1,
            "channel": "terminal",
        },
        actor="member",
    )
    [outcome] = loop(central)
    assert (outcome.state, outcome.reason) == (InboxState.REJECTED, "not_allowed")


def test_offline_orders_are_queued_shown_pending_then_applied_once(
    central, outbox, loop, tmp_path, pki, pki_dir
):
    session = eid(central, "active_account")
    # No visit could be opened: her card signs what she queues.
    outbox.prover = Prover(card=card_of(pki, session.niss, cache=pki_dir / "cards"))
    gone = make_engine(f"sqlite:///{tmp_path / 'no-such-folder' / 'central.sqlite'}")
    with pytest.raises(CentralUnavailable):  # who else may be seen is the central's to say
        orders.order_summary(
            gone, outbox, session, central.cases["dependant_16_17_mwp"], "stickers", 1, today=TODAY
        )
    summary = orders.order_summary(gone, outbox, session, session.niss, "stickers", 2, today=TODAY)
    assert summary.address is None
    orders.place_order(
        gone, outbox, session, session.niss, "stickers", 2, actor="member", today=TODAY
    )
    shown = orders.my_orders(gone, outbox, session, TODAY)
    assert not shown.complete
    assert [(o.kind, o.quantity, o.status) for o in shown.orders] == [
        ("stickers", 2, orders.WAITING_HERE)
    ]
    with pytest.raises(Refused):  # the same again, offline too
        orders.place_order(
            gone, outbox, session, session.niss, "stickers", 2, actor="member", today=TODAY
        )
    assert [o.state for o in loop(central)] == [InboxState.APPLIED]
    assert loop(central) == []  # applied once, never again
    mine = [
        o
        for o in orders.my_orders(central, outbox, session, TODAY).orders
        if o.operation_id == shown.orders[0].operation_id
    ]
    assert [(o.status, o.quantity) for o in mine] == [(OrderStatus.RECEIVED, 2)]


# --- Contact us -------------------------------------------------------------------------------


def ask(outbox, session, **changes):
    values = {
        "topic": "reimbursement",
        "subject": "Ma consultation du 3 novembre",
        "message": "Je n'ai pas reçu le remboursement.",
        "answer_by": "letter",
        "phone": "065 12 34 56",
        "mobile": None,
        "email": "manon@example.be",
        "on_file": {"phone": "065 12 34 56", "mobile": None, "email": "manon@example.be"},
        "actor": "member",
    }
    return requests.send_request(outbox, session, **(values | changes))


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        (
            {"subject": "  ", "message": ""},
            {"subject": "subject_required", "message": "message_required"},
        ),
        ({"subject": ""}, {"subject": "subject_required"}),
        ({"answer_by": "email", "email": ""}, {"email": "email_required"}),
        ({"answer_by": "phone", "phone": "", "mobile": ""}, {"phone": "phone_required"}),
        (
            {"email": "manon@", "phone": "----"},
            {"email": "invalid_email", "phone": "invalid_phone"},
        ),
        ({"answer_by": "pigeon"}, {"answer_by": "choose_answer"}),
    ],
)
def test_a_question_is_not_sent_while_something_is_missing(central, outbox, changes, problems):
    with pytest.raises(InvalidForm) as invalid:
        ask(outbox, eid(central, "active_account"), **changes)
    assert invalid.value.problems == problems
    assert outbox.pending_count() == 0


def test_a_question_changes_the_contact_details_and_its_history_follows_it(
    central, outbox, counter_outbox, loop
):
    session = eid(central, "active_account")
    member_visit(central, outbox, session.niss)
    before = mf.my_data(central, session, TODAY)
    on_file = {"phone": before.phone, "mobile": before.mobile, "email": before.email}
    ask(
        outbox,
        session,
        answer_by="email",
        email="manon.new@example.be",
        phone=before.phone,
        mobile=before.mobile,
        on_file=on_file,
    )
    [waiting] = requests.my_requests(central, outbox, session, TODAY).requests[:1]
    assert waiting.status == requests.WAITING_HERE
    assert loop(central)[0].state == InboxState.APPLIED
    after = mf.my_data(central, session, TODAY)
    assert (after.email, after.phone) == ("manon.new@example.be", before.phone)  # as the form says
    mine = requests.my_requests(central, outbox, session, TODAY).requests[0]
    assert (mine.status, [s.status for s in mine.history]) == ("received", ["received"])

    desk = clerk(central)
    [item] = [
        i
        for i in items(central, desk, kinds=(queue.REQUEST,))
        if i.what == "Ma consultation du 3 novembre"
    ]
    detail = queue.request_detail(central, desk, item, terminal="guichet-test-1", now=LATER)
    assert (detail.answer_by, detail.email) == ("email", "manon.new@example.be")
    assert "request_opened" in audit_actions(central)
    with pytest.raises(InvalidForm):
        queue.answer_request(counter_outbox, desk, item, "   ")
    queue.take(counter_outbox, desk, item)
    loop(central)
    queue.answer_request(counter_outbox, desk, item, "Le remboursement part demain.")
    loop(central, now=LATER)
    mine = requests.my_requests(central, outbox, session, TODAY).requests[0]
    assert [s.status for s in mine.history] == ["received", "in_progress", "answered"]
    assert mine.history[-1].answer == "Le remboursement part demain."
    assert mine.status == "answered"
    assert ("request", item.item_id) not in {(i.kind, i.item_id) for i in items(central, desk)}


def test_a_question_asked_offline_waits_here_and_goes_once(
    central, outbox, loop, tmp_path, pki, pki_dir
):
    session = eid(central, "active_account")
    # No visit could be opened: her card signs the question (an EC card this time).
    outbox.prover = Prover(card=card_of(pki, session.niss, ec_family=True, cache=pki_dir / "cards"))
    gone = make_engine(f"sqlite:///{tmp_path / 'nowhere' / 'central.sqlite'}")
    ask(outbox, session)
    shown = requests.my_requests(gone, outbox, session, TODAY)
    assert not shown.complete and [r.status for r in shown.requests] == [requests.WAITING_HERE]
    loop(central)
    assert loop(central) == []
    with Session(central) as db:
        assert (
            db.query(ContactRequest).filter_by(subject="Ma consultation du 3 novembre").count() == 1
        )


def test_a_resumption_request_signed_offline_waits_here_and_shows_once_when_applied(
    central, outbox, loop, forms, tmp_path, pki, pki_dir
):
    """Signed with the card while the central side was out of reach: "My requests" shows it
    waiting on this terminal (its first day, its hours), then on its way; once the worker filed
    it, once, as the mutuality has it, even before its result came back."""
    from tests.integration.services.test_incapacity import half_time, running, signed_request

    session, niss = running(central)
    outbox.prover = Prover(card=card_of(pki, niss, cache=pki_dir / "cards"))
    form = half_time()
    incapacity.request_partial_resumption(
        outbox, session, form, signed_request(central, session, form, pki)
    )
    gone = make_engine(f"sqlite:///{tmp_path / 'nowhere' / 'central.sqlite'}")
    shown = requests.my_requests(gone, outbox, session, TODAY)
    assert not shown.complete
    [waiting] = shown.resumptions
    assert (waiting.status, waiting.starts_on, waiting.work_hours, waiting.reference_hours) == (
        requests.WAITING_HERE, dt.date(2026, 12, 7), Decimal("19"), Decimal("38"),
    )  # fmt: skip
    assert (waiting.employer, waiting.reached_on, waiting.timeliness) == (
        "Boulangerie Dupont", None, None,
    )  # fmt: skip

    # Back online: still here until it is pushed, then on its way.
    def statuses() -> list[str]:
        return [r.status for r in requests.my_requests(central, outbox, session, TODAY).resumptions]

    assert statuses() == [requests.WAITING_HERE]
    exchange.push(outbox.engine, central)
    assert statuses() == [requests.ON_ITS_WAY]
    # Applied, its result not back on this terminal yet: shown once, as filed.
    outcomes = apply.apply_pending(central, forms=forms, now=lambda: NOW)
    assert [o.state for o in outcomes] == [InboxState.APPLIED]
    [filed] = requests.my_requests(central, outbox, session, TODAY).resumptions
    assert (filed.status, filed.starts_on, filed.reached_on) == ("received", form.starts_on, TODAY)
    loop(central)
    assert statuses() == ["received"]


# --- The counter: who may do what -------------------------------------------------------------


def second_clerk(central) -> staff.StaffSession:
    with central.begin() as connection:
        connection.execute(
            Staff.__table__.insert().values(
                login="clerk2",
                full_name="Jan Claes",
                password_hash=hash_password("clerk2-demo"),
                role="clerk",
                agency_id=None,
                active=True,
                created_at=NOW,
            )
        )
    return clerk(central, "clerk2", "clerk2-demo")


def test_a_clerk_does_not_take_over_another_clerks_item_a_supervisor_does(
    central, outbox, counter_outbox, loop
):
    session = eid(central, "active_account")
    member_visit(central, outbox, session.niss)
    orders.place_order(
        central, outbox, session, session.niss, "stickers", 1, actor="member", today=TODAY
    )
    loop(central)
    first, other = clerk(central), second_clerk(central)
    [item] = [
        i
        for i in items(central, first)
        if i.member_niss == session.niss and i.what == "stickers" and i.status == "received"
    ]
    queue.take(counter_outbox, first, item)
    loop(central)
    [taken] = [i for i in items(central, other) if i.item_id == item.item_id and i.kind == "order"]
    with pytest.raises(Refused) as refused:
        queue.fulfil_order(counter_outbox, other, taken)
    assert refused.value.code == "taken_by_another"
    # A counter whose screen let it through: the worker says no as well.
    counter_outbox.enqueue(
        "staff.order.fulfil",
        {"member_niss": session.niss, "order_id": item.item_id},
        actor=other.actor,
    )
    [outcome] = loop(central)
    assert outcome.reason == "taken_by_another"
    boss = clerk(central, "supervisor", "supervisor-demo")
    queue.fulfil_order(counter_outbox, boss, taken)
    assert [o.state for o in loop(central)] == [InboxState.APPLIED]


def test_reactivating_an_online_account_is_a_supervisors_decision(central, counter_outbox, loop):
    niss = central.cases["deactivated_account"]
    facts = queue.counter_facts(central, niss, TODAY)
    assert facts.account_status == AccountStatus.DEACTIVATED
    with pytest.raises(Refused) as refused:
        queue.reactivate_account(counter_outbox, clerk(central), niss)
    assert refused.value.code == "supervisor_only"
    counter_outbox.enqueue(
        "staff.account.reactivate", {"member_niss": niss}, actor="staff:clerk"
    )  # a clerk's counter that let it through
    assert loop(central)[0].reason == "supervisor_only"
    queue.reactivate_account(counter_outbox, clerk(central, "supervisor", "supervisor-demo"), niss)
    assert [o.state for o in loop(central)] == [InboxState.APPLIED]
    assert queue.counter_facts(central, niss, TODAY).account_status == AccountStatus.ACTIVE
    assert audit_actions(central)[-1] == "account_reactivated"


def test_a_registered_blocking_form_closes_the_holders_view(central, counter_outbox, loop):
    holder = eid(central, "active_account")  # Mons Wallonie Picarde: majority at 16
    facts = queue.counter_facts(central, holder.niss, TODAY)
    of_age = next(d for d in facts.dependants if d.niss == central.cases["dependant_16_17_mwp"])
    under = next(d for d in facts.dependants if d.niss == central.cases["dependant_under_16_mwp"])
    assert of_age.of_age and not under.of_age
    desk = clerk(central)
    with pytest.raises(Refused):
        queue.register_blocking_form(counter_outbox, desk, under, received_on=TODAY, today=TODAY)
    with pytest.raises(InvalidForm):
        queue.register_blocking_form(
            counter_outbox, desk, of_age, received_on=TODAY + dt.timedelta(days=1), today=TODAY
        )
    assert of_age.niss in {p.niss for p in mf.visible_people(central, holder, TODAY)}
    queue.register_blocking_form(counter_outbox, desk, of_age, received_on=TODAY, today=TODAY)
    assert [o.state for o in loop(central)] == [InboxState.APPLIED]
    assert of_age.niss not in {p.niss for p in mf.visible_people(central, holder, TODAY)}
    documents = mf.documents(central, FileSession(of_age.niss, LoginMode.EID), of_age.niss, TODAY)
    assert [d.kind for d in documents][:1] == ["blocking_form"]
    assert audit_actions(central)[-1] == "blocking_form_registered"


def test_the_letters_are_printed_as_one_batch_and_marked_posted(
    central, outbox, counter_outbox, loop
):
    from app.documents.render import page_count
    from app.services import accounts

    owner = accounts.card_owner(central, central.cases["no_online_account"], today=TODAY)
    member_visit(central, outbox, owner.member.niss)
    accounts.request_activation(central, outbox, owner, actor="member", today=TODAY)
    loop(central)
    desk, boss = clerk(central), clerk(central, "supervisor", "supervisor-demo")
    with pytest.raises(Refused):
        queue.letters_waiting(central, desk)
    waiting = queue.letters_waiting(central, boss)
    assert waiting and {w.kind for w in waiting} <= {"credentials", "new_password"}
    ids = [w.letter_id for w in waiting]
    pdf = queue.letters_batch(central, boss, ids, terminal="guichet-test-1", now=LATER)
    assert page_count(pdf) >= len(ids)
    assert audit_actions(central).count("letter_printed") == len(ids)
    queue.mark_letters_posted(counter_outbox, boss, ids, posted_on=TODAY)
    assert [o.state for o in loop(central)] == [InboxState.APPLIED]
    assert queue.letters_waiting(central, boss) == ()
    with Session(central) as db:
        posted = db.scalars(select(PostalLetter).where(PostalLetter.id.in_(ids))).all()
        assert {(p.sent_on, p.pdf) for p in posted} == {(TODAY, None)}  # the passwords gone


def test_the_queue_shows_an_agencys_items_or_all_oldest_first(central, outbox, loop):
    session = eid(central, "active_account")  # Mons Wallonie Picarde
    elsewhere = eid(central, "bim")  # Liège
    for who in (session, elsewhere):
        member_visit(central, outbox, who.niss)
        orders.place_order(
            central, outbox, who, who.niss, "envelopes", 1, actor="member", today=TODAY
        )
    loop(central)
    desk = clerk(central)
    everything = items(central, desk)
    assert [i.received_at for i in everything] == sorted(i.received_at for i in everything)
    mine = [i for i in everything if i.member_niss == session.niss and i.what == "envelopes"]
    agency = mine[0].agency_id
    only = items(central, desk, agency_id=agency)
    assert only and {i.agency_id for i in only} == {agency}
    theirs = [i for i in everything if i.member_niss == elsewhere.niss and i.what == "envelopes"]
    assert theirs and theirs[0].agency_id != agency
    assert theirs[0] not in only and theirs[0] in everything
    assert mine[0].age == LATER - mine[0].received_at


def test_staff_operations_need_an_active_staff_member(central, counter_outbox, loop):
    session = eid(central, "active_account")
    with central.begin() as connection:
        order_id = connection.execute(select(DocumentOrder.id)).scalars().first()
        niss = connection.execute(
            select(Member.niss)
            .join(DocumentOrder, DocumentOrder.member_id == Member.id)
            .where(DocumentOrder.id == order_id)
        ).scalar()
        connection.execute(update(Staff).where(Staff.login == "clerk").values(active=False))
    counter_outbox.enqueue(
        "staff.order.fulfil", {"member_niss": niss, "order_id": order_id}, actor="staff:clerk"
    )
    counter_outbox.enqueue(
        "staff.order.fulfil",
        {"member_niss": niss, "order_id": order_id},
        actor=f"member:{session.niss}",
    )
    assert [o.reason for o in loop(central)] == ["not_allowed", "not_allowed"]
    with Session(central) as db:
        assert db.get(OnlineAccount, 1) is not None  # nothing else was touched


# --- PostgreSQL: the kiosk and the counter with their own roles -------------------------------


@pytest.mark.postgres
def test_the_whole_loop_with_the_kiosks_and_the_counters_roles(
    pg_central, postgres_server, outbox, terminal, counter_outbox, counter_terminal, forms
):
    from tests.integration.services.test_roles_postgres import as_role, as_staff, terminal_role
    from tests.support.visits import member_visit

    kiosk = as_role(pg_central, postgres_server, terminal_role, "guichet_terminal")
    counter = as_staff(pg_central, postgres_server, "clerk")  # the clerk's own login
    kiosk.cases = counter.cases = pg_central.cases
    # The member's visit, opened by the central side: the kiosk reads their file within it
    # and proves their operations with its key.
    member_visit(
        pg_central, outbox, pg_central.cases["active_account"], login_role="guichet_terminal"
    )

    def loop(now=NOW):
        exchange.push(terminal, kiosk)
        exchange.push(counter_terminal, counter)
        outcomes = apply.apply_pending(pg_central, forms=forms, now=lambda: now)  # the owner
        exchange.pull_results(terminal, kiosk)
        exchange.pull_results(counter_terminal, counter)
        return outcomes

    try:
        session, child = holder_and_child(kiosk)
        orders.place_order(
            kiosk, outbox, session, child, "stickers", 4, actor="member", today=TODAY
        )
        requests.send_request(
            outbox,
            session,
            topic="stickers",
            subject="Vignettes",
            message="Pour Chloé",
            answer_by="letter",
            phone=None,
            mobile=None,
            email=None,
            on_file={},
            actor="member",
        )
        assert [o.state for o in loop()] == [InboxState.APPLIED, InboxState.APPLIED]
        # A kiosk passing itself off as a clerk: its role pushed it, the worker refuses.
        [order] = [
            o for o in orders.my_orders(kiosk, outbox, session, TODAY).orders if o.quantity == 4
        ]
        with Session(pg_central) as db:
            order_id = db.scalar(
                select(DocumentOrder.id).where(DocumentOrder.operation_id == order.operation_id)
            )
        outbox.enqueue(
            "staff.order.fulfil",
            {"member_niss": session.niss, "order_id": order_id},
            actor="staff:supervisor",
        )
        [forged] = loop()
        assert (forged.state, forged.reason) == (InboxState.REJECTED, "not_allowed")

        # The clerk is who their database login says (a hash is never read with it).
        desk = staff.staff_login(pg_central, "clerk", "clerk-demo", now=NOW)
        work = [
            i
            for i in queue.open_items(counter, desk, now=LATER)
            if i.member_niss == session.niss and i.received_at >= NOW - dt.timedelta(days=1)
        ]
        assert {(i.kind, i.what) for i in work} >= {("order", "stickers"), ("request", "Vignettes")}
        for item in work:
            if item.kind == "order" and item.quantity == 4:
                queue.fulfil_order(counter_outbox, desk, item)
            if item.kind == "request" and item.what == "Vignettes":
                queue.answer_request(counter_outbox, desk, item, "Elles partent demain.")
        assert {o.state for o in loop(LATER)} == {InboxState.APPLIED}
        sent = [
            o
            for o in orders.my_orders(kiosk, outbox, session, TODAY).orders
            if o.operation_id == order.operation_id
        ]
        assert [(o.status, o.sent_on) for o in sent] == [(OrderStatus.SENT, TODAY)]
        [answered] = [
            r
            for r in requests.my_requests(kiosk, outbox, session, TODAY).requests
            if r.subject == "Vignettes"
        ]
        assert answered.history[-1].answer == "Elles partent demain."
        with pg_central.connect() as connection:
            roles = dict(
                connection.execute(
                    select(InboxOperation.kind, InboxOperation.inserted_by)
                    .where(InboxOperation.kind.in_(("document_order.create", "staff.order.fulfil")))
                    .order_by(InboxOperation.id)
                ).all()
            )
        assert roles["document_order.create"] == "guichet_terminal"
        assert roles["staff.order.fulfil"] == "staff_clerk"  # the applied one, last
    finally:
        kiosk.dispose()
        counter.dispose()


@pytest.mark.postgres
def test_a_terminal_with_a_table_wide_grant_from_before_still_cannot_pass_for_a_counter(
    pg_central, postgres_server, forms
):
    """A terminal's role granted INSERT on the whole inbox before 0006 (so on every column,
    inserted_by too) writes inserted_by itself: the trigger puts its own name there."""
    import uuid

    from sqlalchemy import text

    from tests.integration.services.test_roles_postgres import as_role, terminal_role

    kiosk = as_role(pg_central, postgres_server, terminal_role, "guichet_terminal")
    with pg_central.begin() as connection:  # what an older `roles` run granted
        connection.execute(text('GRANT INSERT ON inbox_operation TO "guichet_terminal"'))
        niss = connection.execute(select(Member.niss).where(Member.id == 1)).scalar()
    operation_id = uuid.uuid4()
    try:
        with kiosk.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO inbox_operation (operation_id, terminal_id, terminal_seq, kind, "
                    "version, payload, actor, member_niss, created_at, received_at, state, "
                    "attempts, inserted_by) VALUES (:id, 'borne-x', 1, 'staff.account.reactivate',"
                    " 1, :payload, 'staff:supervisor', :niss, now(), now(), 'received', 0, "
                    "'guichet_counter')"
                ),
                {"id": operation_id, "payload": f'{{"member_niss": "{niss}"}}', "niss": niss},
            )
    finally:
        kiosk.dispose()
    [outcome] = apply.apply_pending(pg_central, forms=forms)
    assert (outcome.state, outcome.reason) == (InboxState.REJECTED, "not_allowed")
    with pg_central.connect() as connection:
        written = connection.execute(
            select(InboxOperation.inserted_by).where(InboxOperation.operation_id == operation_id)
        ).scalar()
    assert written == "guichet_terminal"


def test_what_a_clerk_does_for_a_member_and_every_refused_staff_action_are_audited(
    central, counter_outbox, loop
):
    session = eid(central, "active_account")
    desk = clerk(central)
    # The clerk opened her file at the counter: a visit the central side records.
    member_visit(central, counter_outbox, session.niss, mode="staff", terminal_id="guichet-test-1")
    orders.place_order(
        central, counter_outbox, session, session.niss, "stickers", 1, actor=desk.actor, today=TODAY
    )
    counter_outbox.enqueue(
        "staff.account.reactivate", {"member_niss": session.niss}, actor="staff:clerk"
    )  # a clerk's counter that let it through
    loop(central)
    with Session(central) as db:
        entries = db.execute(
            select(AuditEntry.action, AuditEntry.detail, AuditEntry.staff_id)
            .order_by(AuditEntry.id.desc())
            .limit(2)
        ).all()
    clerk_id = desk.staff_id
    assert sorted(entries) == sorted(
        [
            ("done_at_the_counter", "document_order.create", clerk_id),
            ("staff_action_refused", "staff.account.reactivate: supervisor_only", clerk_id),
        ]
    )
