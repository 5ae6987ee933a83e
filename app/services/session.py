"""The kiosk (and counter) session as one state machine: every transition is in `TRANSITIONS`.

A member's visit, as steps:

    WELCOME ──card in──▶ READING ──identity read and verified──▶ PIN ──PIN typed──▶ IDENTIFYING
    IDENTIFYING ──PIN wrong, tries left──▶ PIN;   ──card signed the challenge──▶ ROUTING
    ROUTING ──active account──▶ HOME;  ──no account──▶ ACTIVATION;  ──deactivated──▶ DEACTIVATED
            ──not a member──▶ JOIN ──sign──▶ SIGN_PIN ──PIN──▶ SIGNING ──signed and queued──▶ DONE
    WELCOME ──"no card"──▶ LOGIN ──▶ HOME;  LOGIN ──▶ TOKEN_LOGIN / FORGOT / CANNOT_LOGIN
    HOME ──a section of the file──▶ FILE ──back──▶ HOME (moving between sections, printing and
    the bank change's signature happen inside FILE: they do not change who is in the visit)
    any card fault (unreadable, forged, expired, blocked PIN, not an eID) ──▶ CARD_PROBLEM

Ending a visit is one rule, not one edge per step (`ENDS_VISIT`): the card leaving the reader
(when the visit is bound to the card), the inactivity countdown running out, or "log out" take
every step back to the start, and the UI wipes every screen when it sees `ended` in the result.
A card inserted at any step ends the visit in progress first (a stranger may be next in line).

Counter mode starts at STAFF_LOGIN; a clerk's visit is DESK (find a member by NISS or card) →
MEMBER_FILE (⇄ FILE, the same sections the member sees) or JOIN; DESK ⇄ QUEUE, the orders and
questions members sent, and the letters to post; DESK ⇄ TERMINALS, a supervisor's view of the
fleet; DESK ⇄ APPOINTMENT_SLOTS, an agency's day of appointments and its slots. There, the
card leaving ends only the member part: back to DESK, the clerk stays logged in; the
inactivity timeout logs the clerk out.

The machine holds no personal data (the UI keeps that for the visit and drops it on `ended`),
and nothing here imports Qt: tests/unit/services/test_session.py drives it alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.codes import TerminalMode


class Step(StrEnum):
    WELCOME = "welcome"
    READING = "reading"
    PIN = "pin"
    IDENTIFYING = "identifying"
    ROUTING = "routing"
    HOME = "home"
    ACTIVATION = "activation"
    DEACTIVATED = "deactivated"
    PENDING = "pending"  # account letter or affiliation on its way: explained
    JOIN = "join"
    SIGN_PIN = "sign_pin"
    SIGNING = "signing"
    DONE = "done"  # something was queued: what happens next, and when
    CARD_PROBLEM = "card_problem"  # what happened, and "please go to the counter"
    OFFLINE = "offline"  # the central database cannot be reached
    LOGIN = "login"
    TOKEN_LOGIN = "token_login"
    FORGOT = "forgot"
    CANNOT_LOGIN = "cannot_login"
    REGISTER = "register"  # no card, no account: the credentials by post (issue 19)
    FIRST_PASSWORD = "first_password"  # a letter's password used: choose one before anything
    CHANGE_PASSWORD = "change_password"
    STAFF_CODE = "staff_code"
    MAINTENANCE = "maintenance"
    FILE = "file"  # the member's file: data, reimbursements, indemnities... (ui/screens/file/)
    # counter mode
    STAFF_LOGIN = "staff_login"
    DESK = "desk"
    MEMBER_FILE = "member_file"
    QUEUE = "queue"  # the orders and questions to work, the letters to post
    TERMINALS = "terminals"  # a supervisor's: the fleet's terminals, green, amber or red
    APPOINTMENT_SLOTS = "appointment_slots"  # an agency's day of appointments, slots opened


class Trigger(StrEnum):
    CARD_INSERTED = "card_inserted"
    CARD_REMOVED = "card_removed"
    HOLDER_READ = "holder_read"
    READ_FAILED = "read_failed"
    PIN_SUBMITTED = "pin_submitted"
    PIN_WRONG = "pin_wrong"  # tries left: ask again
    CARD_FAILED = "card_failed"  # blocked PIN, forged, expired...: the counter
    IDENTIFIED = "identified"
    ACTIVE_ACCOUNT = "active_account"
    NO_ACCOUNT = "no_account"
    ACCOUNT_DEACTIVATED = "account_deactivated"
    PENDING = "pending"
    NOT_MEMBER = "not_member"
    CENTRAL_OFFLINE = "central_offline"
    SIGN = "sign"
    SIGNED = "signed"
    QUEUED = "queued"
    CHOOSE_LOGIN = "choose_login"
    CHOOSE_TOKEN = "choose_token"
    CHOOSE_FORGOT = "choose_forgot"
    CHOOSE_CANNOT_LOGIN = "choose_cannot_login"
    CHOOSE_REGISTER = "choose_register"
    MUST_CHANGE_PASSWORD = "must_change_password"
    CHOOSE_CHANGE_PASSWORD = "choose_change_password"
    PASSWORD_CHANGED = "password_changed"
    LOGGED_IN = "logged_in"
    BACK = "back"
    TIMEOUT = "timeout"
    LOGOUT = "logout"
    STAFF_CODE_ASKED = "staff_code_asked"
    STAFF_CODE_OK = "staff_code_ok"
    STAFF_LOGGED_IN = "staff_logged_in"
    MEMBER_FOUND = "member_found"
    OPEN_FILE = "open_file"
    OPEN_QUEUE = "open_queue"
    OPEN_TERMINALS = "open_terminals"
    OPEN_SLOTS = "open_slots"
    FAULT = "fault"  # an unexpected failure: say so, then back to the start


S, T = Step, Trigger

# The steps where a card is being read or used: a wrong event arriving late (a read result after
# the card left) is ignored there rather than obeyed.
CARD_STEPS = frozenset({S.READING, S.PIN, S.IDENTIFYING, S.SIGN_PIN, S.SIGNING})

TRANSITIONS: dict[tuple[Step, Trigger], Step] = {
    # identification with the card
    (S.READING, T.HOLDER_READ): S.PIN,
    (S.READING, T.READ_FAILED): S.CARD_PROBLEM,
    (S.PIN, T.READ_FAILED): S.CARD_PROBLEM,  # the photo, read while the PIN pad shows
    (S.PIN, T.PIN_SUBMITTED): S.IDENTIFYING,
    (S.PIN, T.BACK): S.WELCOME,
    (S.IDENTIFYING, T.PIN_WRONG): S.PIN,
    (S.IDENTIFYING, T.CARD_FAILED): S.CARD_PROBLEM,
    (S.IDENTIFYING, T.IDENTIFIED): S.ROUTING,
    (S.IDENTIFYING, T.CENTRAL_OFFLINE): S.OFFLINE,
    # who the card belongs to
    (S.ROUTING, T.ACTIVE_ACCOUNT): S.HOME,
    (S.ROUTING, T.NO_ACCOUNT): S.ACTIVATION,
    (S.ROUTING, T.ACCOUNT_DEACTIVATED): S.DEACTIVATED,
    (S.ROUTING, T.PENDING): S.PENDING,
    (S.ROUTING, T.NOT_MEMBER): S.JOIN,
    (S.ROUTING, T.CENTRAL_OFFLINE): S.OFFLINE,
    (S.ACTIVATION, T.QUEUED): S.DONE,
    (S.DEACTIVATED, T.CHOOSE_CANNOT_LOGIN): S.CANNOT_LOGIN,
    # joining: the form, then the card signs it (the Signature key asks for the PIN again)
    (S.JOIN, T.SIGN): S.SIGN_PIN,
    (S.SIGN_PIN, T.PIN_SUBMITTED): S.SIGNING,
    (S.SIGN_PIN, T.BACK): S.JOIN,
    (S.SIGNING, T.PIN_WRONG): S.SIGN_PIN,
    (S.SIGNING, T.CARD_FAILED): S.CARD_PROBLEM,
    (S.SIGNING, T.SIGNED): S.DONE,
    # without a card
    (S.WELCOME, T.CHOOSE_LOGIN): S.LOGIN,
    (S.LOGIN, T.LOGGED_IN): S.HOME,
    (S.HOME, T.OPEN_FILE): S.FILE,
    (S.FILE, T.BACK): S.HOME,
    (S.LOGIN, T.CHOOSE_TOKEN): S.TOKEN_LOGIN,
    (S.LOGIN, T.CHOOSE_FORGOT): S.FORGOT,
    (S.LOGIN, T.CHOOSE_CANNOT_LOGIN): S.CANNOT_LOGIN,
    (S.LOGIN, T.BACK): S.WELCOME,
    (S.TOKEN_LOGIN, T.LOGGED_IN): S.HOME,
    (S.TOKEN_LOGIN, T.BACK): S.LOGIN,
    (S.FORGOT, T.QUEUED): S.DONE,
    (S.FORGOT, T.BACK): S.LOGIN,
    (S.CANNOT_LOGIN, T.QUEUED): S.DONE,
    (S.CANNOT_LOGIN, T.BACK): S.LOGIN,
    (S.LOGIN, T.CHOOSE_REGISTER): S.REGISTER,
    (S.REGISTER, T.QUEUED): S.DONE,
    (S.REGISTER, T.BACK): S.LOGIN,
    # the password: a letter's is replaced before anything else (Back logs out); the member's
    # own, from home
    (S.LOGIN, T.MUST_CHANGE_PASSWORD): S.FIRST_PASSWORD,
    (S.FIRST_PASSWORD, T.PASSWORD_CHANGED): S.HOME,
    (S.FIRST_PASSWORD, T.BACK): S.WELCOME,
    (S.HOME, T.CHOOSE_CHANGE_PASSWORD): S.CHANGE_PASSWORD,
    (S.CHANGE_PASSWORD, T.PASSWORD_CHANGED): S.HOME,
    (S.CHANGE_PASSWORD, T.BACK): S.HOME,
    # the staff code behind the kiosk
    (S.WELCOME, T.STAFF_CODE_ASKED): S.STAFF_CODE,
    (S.STAFF_CODE, T.STAFF_CODE_OK): S.MAINTENANCE,
    (S.STAFF_CODE, T.BACK): S.WELCOME,
    (S.MAINTENANCE, T.BACK): S.WELCOME,
}

# Counter mode: the clerk vouches for the person in front of them, so reading the card is enough
# (no PIN to find a file; the PIN is still needed for the card to sign a form).
COUNTER_TRANSITIONS: dict[tuple[Step, Trigger], Step] = {
    (S.STAFF_LOGIN, T.STAFF_LOGGED_IN): S.DESK,
    (S.DESK, T.MEMBER_FOUND): S.MEMBER_FILE,
    (S.DESK, T.NOT_MEMBER): S.JOIN,
    (S.DESK, T.CENTRAL_OFFLINE): S.OFFLINE,
    (S.DESK, T.OPEN_QUEUE): S.QUEUE,
    (S.QUEUE, T.BACK): S.DESK,
    (S.DESK, T.OPEN_TERMINALS): S.TERMINALS,
    (S.TERMINALS, T.BACK): S.DESK,
    (S.DESK, T.OPEN_SLOTS): S.APPOINTMENT_SLOTS,
    (S.APPOINTMENT_SLOTS, T.BACK): S.DESK,
    (S.READING, T.HOLDER_READ): S.ROUTING,
    (S.READING, T.READ_FAILED): S.CARD_PROBLEM,
    (S.ROUTING, T.MEMBER_FOUND): S.MEMBER_FILE,
    (S.ROUTING, T.NOT_MEMBER): S.JOIN,
    (S.ROUTING, T.PENDING): S.PENDING,
    (S.ROUTING, T.CENTRAL_OFFLINE): S.OFFLINE,
    (S.MEMBER_FILE, T.BACK): S.DESK,
    (S.MEMBER_FILE, T.OPEN_FILE): S.FILE,
    (S.FILE, T.BACK): S.MEMBER_FILE,
    (S.JOIN, T.BACK): S.DESK,
    (S.JOIN, T.SIGN): S.SIGN_PIN,
    (S.SIGN_PIN, T.PIN_SUBMITTED): S.SIGNING,
    (S.SIGN_PIN, T.BACK): S.JOIN,
    (S.SIGNING, T.PIN_WRONG): S.SIGN_PIN,
    (S.SIGNING, T.CARD_FAILED): S.CARD_PROBLEM,
    (S.SIGNING, T.SIGNED): S.DONE,
}

# Triggers that end the member's visit from any step (subject to `_ends`).
ENDS_VISIT = frozenset({T.CARD_REMOVED, T.TIMEOUT, T.LOGOUT})
# Steps that wait for the member to acknowledge and then go back to the start.
ACKNOWLEDGED = frozenset({S.DONE, S.CARD_PROBLEM, S.OFFLINE, S.PENDING})


@dataclass(frozen=True)
class Move:
    """The result of one trigger: where the session is now, and whether the visit ended."""

    before: Step
    after: Step
    ended: bool = False  # the UI must wipe every screen and model now

    @property
    def changed(self) -> bool:
        return self.before != self.after or self.ended


class SessionMachine:
    def __init__(self, mode: TerminalMode | str = TerminalMode.KIOSK):
        if mode not in tuple(TerminalMode):
            raise ValueError(f"unknown mode {mode!r}")
        self.mode = TerminalMode(mode)
        self.step = self.start
        self.card_bound = False  # the visit began with the card: its removal ends the visit

    @property
    def start(self) -> Step:
        return S.WELCOME if self.mode is TerminalMode.KIOSK else S.STAFF_LOGIN

    def _end(self, target: Step) -> Move:
        before, self.step, self.card_bound = self.step, target, False
        return Move(before, target, ended=True)

    def _fault(self, before: Step) -> Move:
        if before in (self.start, S.CARD_PROBLEM):
            return Move(before, before)
        self.step = S.CARD_PROBLEM
        return Move(before, S.CARD_PROBLEM)

    def handle(self, trigger: Trigger) -> Move:
        """Apply one trigger; an event that does not apply here leaves the step unchanged."""
        before = self.step
        if self.mode is TerminalMode.COUNTER:
            return self._handle_counter(trigger)
        if trigger is T.CARD_INSERTED:
            move = self._end(S.READING) if before != S.WELCOME else Move(before, S.READING)
            self.step, self.card_bound = S.READING, True
            return Move(before, S.READING, ended=move.ended)
        if trigger is T.CARD_REMOVED:
            if self.card_bound or before in CARD_STEPS:
                return self._end(S.WELCOME)
            return Move(before, before)
        if trigger in ENDS_VISIT:
            if before == S.WELCOME:
                return Move(before, before)
            return self._end(S.WELCOME)
        if trigger is T.BACK and before in ACKNOWLEDGED:
            return self._end(S.WELCOME)
        if trigger is T.FAULT:
            return self._fault(before)
        after = TRANSITIONS.get((before, trigger), before)
        if after == S.WELCOME and before != S.WELCOME:
            return self._end(S.WELCOME)
        self.step = after
        return Move(before, after)

    def _handle_counter(self, trigger: Trigger) -> Move:
        before = self.step
        logged_in = before != S.STAFF_LOGIN
        if trigger in (T.TIMEOUT, T.LOGOUT):
            return self._end(S.STAFF_LOGIN) if logged_in else Move(before, before)
        if trigger is T.CARD_INSERTED:
            if not logged_in:
                return Move(before, before)  # no member data before a clerk is logged in
            # Always a new visit: whatever the desk was waiting for belongs to the last one.
            self.step, self.card_bound = S.READING, True
            return Move(before, S.READING, ended=True)
        if trigger is T.CARD_REMOVED:
            if self.card_bound or before in CARD_STEPS:
                return self._end(S.DESK)
            return Move(before, before)
        if trigger is T.BACK and before in ACKNOWLEDGED:
            return self._end(S.DESK)
        if trigger is T.FAULT:
            return self._fault(before) if logged_in else Move(before, before)
        after = COUNTER_TRANSITIONS.get((before, trigger), before)
        if after == S.DESK and before != S.DESK and before != S.STAFF_LOGIN:
            return self._end(S.DESK)
        self.step = after
        return Move(before, after)
