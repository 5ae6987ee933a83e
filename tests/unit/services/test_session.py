"""The session state machine alone: every branch of a visit, and how each visit ends."""

from __future__ import annotations

import pytest

from app.services.session import (
    COUNTER_TRANSITIONS,
    TRANSITIONS,
    SessionMachine,
    Step,
    Trigger,
)

S, T = Step, Trigger


def run(machine: SessionMachine, *triggers: Trigger) -> Step:
    for trigger in triggers:
        machine.handle(trigger)
    return machine.step


@pytest.mark.parametrize(
    ("route", "expected"),
    [
        (T.ACTIVE_ACCOUNT, S.HOME),
        (T.NO_ACCOUNT, S.ACTIVATION),
        (T.ACCOUNT_DEACTIVATED, S.DEACTIVATED),
        (T.NOT_MEMBER, S.JOIN),
        (T.PENDING, S.PENDING),
        (T.CENTRAL_OFFLINE, S.OFFLINE),
    ],
)
def test_a_card_visit_goes_where_the_card_owner_belongs(route, expected):
    machine = SessionMachine()
    identified = (T.CARD_INSERTED, T.HOLDER_READ, T.PIN_SUBMITTED, T.IDENTIFIED)
    assert run(machine, *identified) == S.ROUTING
    assert run(machine, route) == expected


def test_a_wrong_pin_asks_again_and_a_blocked_one_ends_at_the_counter_message():
    machine = SessionMachine()
    run(machine, T.CARD_INSERTED, T.HOLDER_READ, T.PIN_SUBMITTED)
    assert run(machine, T.PIN_WRONG) == S.PIN
    assert run(machine, T.PIN_SUBMITTED, T.CARD_FAILED) == S.CARD_PROBLEM
    move = machine.handle(T.BACK)  # "OK" on the message
    assert (move.after, move.ended) == (S.WELCOME, True)


@pytest.mark.parametrize(
    "where",
    [
        (T.CARD_INSERTED,),
        (T.CARD_INSERTED, T.HOLDER_READ),
        (T.CARD_INSERTED, T.HOLDER_READ, T.PIN_SUBMITTED),
        (T.CARD_INSERTED, T.HOLDER_READ, T.PIN_SUBMITTED, T.IDENTIFIED, T.ACTIVE_ACCOUNT),
        (T.CARD_INSERTED, T.HOLDER_READ, T.PIN_SUBMITTED, T.IDENTIFIED, T.NOT_MEMBER, T.SIGN),
        (
            T.CARD_INSERTED,
            T.HOLDER_READ,
            T.PIN_SUBMITTED,
            T.IDENTIFIED,
            T.NOT_MEMBER,
            T.SIGN,
            T.PIN_SUBMITTED,
        ),
    ],
)
@pytest.mark.parametrize("ending", [T.CARD_REMOVED, T.TIMEOUT, T.LOGOUT])
def test_card_out_timeout_or_logout_end_the_visit_from_any_step(where, ending):
    machine = SessionMachine()
    run(machine, *where)
    move = machine.handle(ending)
    assert move.after == S.WELCOME
    assert move.ended


def test_a_password_visit_is_not_ended_by_a_card_leaving_but_by_a_new_card():
    machine = SessionMachine()
    assert run(machine, T.CHOOSE_LOGIN, T.LOGGED_IN) == S.HOME
    assert machine.handle(T.CARD_REMOVED).after == S.HOME
    move = machine.handle(T.CARD_INSERTED)  # a stranger's card: the visit ends first
    assert (move.after, move.ended) == (S.READING, True)


def test_late_results_after_the_card_left_change_nothing():
    machine = SessionMachine()
    run(machine, T.CARD_INSERTED, T.CARD_REMOVED)
    for late in (T.HOLDER_READ, T.IDENTIFIED, T.ACTIVE_ACCOUNT, T.SIGNED, T.READ_FAILED):
        assert machine.handle(late).after == S.WELCOME


def test_the_ways_in_without_a_card():
    machine = SessionMachine()
    assert run(machine, T.CHOOSE_LOGIN, T.CHOOSE_TOKEN) == S.TOKEN_LOGIN
    assert run(machine, T.BACK, T.CHOOSE_FORGOT) == S.FORGOT
    assert run(machine, T.QUEUED) == S.DONE
    assert machine.handle(T.BACK).ended


def test_the_staff_code_leads_to_maintenance_and_back():
    machine = SessionMachine()
    assert run(machine, T.STAFF_CODE_ASKED, T.STAFF_CODE_OK) == S.MAINTENANCE
    assert run(machine, T.BACK) == S.WELCOME


@pytest.mark.parametrize("mode", ["kiosk", "counter"])
def test_a_fault_anywhere_ends_on_the_problem_screen_never_stuck(mode):
    for step in Step:
        machine = SessionMachine(mode)
        machine.step = step
        move = machine.handle(T.FAULT)
        if step in (machine.start, S.CARD_PROBLEM):
            assert move.after == step  # nothing to end, or already said
        else:
            assert move.after == S.CARD_PROBLEM
            assert machine.handle(T.BACK).ended  # its "OK" ends the visit


@pytest.mark.parametrize("mode", ["kiosk", "counter"])
def test_from_every_step_the_visit_can_end_and_nothing_is_a_dead_end(mode):
    """Whatever step a visit is in, some trigger takes it back to the start, and a fault
    always lands on a screen that says so (or the start): no step can strand a member."""
    table = TRANSITIONS if mode == "kiosk" else COUNTER_TRANSITIONS
    steps = {step for pair in table for step in (pair[0], table[pair])}
    for step in steps:
        machine = SessionMachine(mode)
        start = machine.start
        if step == start:
            continue
        machine.step = step
        machine.card_bound = True
        ends = []
        for trigger in (T.LOGOUT, T.TIMEOUT, T.CARD_REMOVED, T.BACK):
            probe = SessionMachine(mode)
            probe.step, probe.card_bound = step, True
            move = probe.handle(trigger)
            if move.ended:
                ends.append((trigger, move.after))
        assert ends, f"{step} cannot be left"
        assert (T.TIMEOUT, start) in ends or (T.LOGOUT, start) in ends or mode == "counter"
        fault = machine.handle(T.FAULT)
        assert fault.after in (S.CARD_PROBLEM, start), step


def test_at_the_counter_the_card_finds_the_member_without_a_pin_and_leaving_keeps_the_clerk():
    machine = SessionMachine("counter")
    assert machine.step == S.STAFF_LOGIN
    assert machine.handle(T.CARD_INSERTED).after == S.STAFF_LOGIN  # nobody logged in
    run(machine, T.STAFF_LOGGED_IN, T.CARD_INSERTED, T.HOLDER_READ)
    assert run(machine, T.MEMBER_FOUND) == S.MEMBER_FILE
    move = machine.handle(T.CARD_REMOVED)
    assert (move.after, move.ended) == (S.DESK, True)
    assert run(machine, T.NOT_MEMBER) == S.JOIN
    assert machine.handle(T.TIMEOUT).after == S.STAFF_LOGIN


def test_the_clerk_goes_from_the_desk_to_the_queue_and_back_with_the_queue_wiped():
    machine = SessionMachine("counter")
    run(machine, T.STAFF_LOGGED_IN)
    assert run(machine, T.OPEN_QUEUE) == S.QUEUE
    move = machine.handle(T.BACK)
    assert (move.after, move.ended) == (S.DESK, True)  # the names it showed are wiped
    run(machine, T.OPEN_QUEUE)
    move = machine.handle(T.CARD_INSERTED)  # a member at the desk: the queue is left
    assert (move.after, move.ended) == (S.READING, True)
    assert SessionMachine("kiosk").handle(T.OPEN_QUEUE).after == S.WELCOME  # counter only
