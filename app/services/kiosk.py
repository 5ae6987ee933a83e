"""The use cases a terminal session calls, behind one object built from the settings.

The session controller (ui/session_controller.py) calls these from worker threads and gets
plain values back (dataclasses, dates, strings): no database session or ORM object reaches a
screen. Each method is one use case and maps its failures to the typed errors of
app/services/errors.py and devices/errors.py, which the UI turns into sentences.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from app.domain.lockout import LockoutState, is_locked, next_state
from app.domain.mutation import MUTUALITIES, affiliation_effective_date
from app.domain.niss import Niss
from app.domain.passwords import hash_password, verify_password
from app.services import accounts, enrolment, login, staff
from app.services.counter_backend import CounterBackend
from app.services.errors import CentralUnavailable, refuse_unless_signed
from app.services.file_backend import FileBackend
from app.services.identity_provider import IdentityProvider, TokenChallenge
from app.sync.terminal import Outbox
from devices.belpic.reader import EidReader, HolderData
from devices.belpic.verify import TrustStore
from devices.identification import identify
from devices.pkcs11 import Pkcs11Signer

DEMO_STAFF_CODE = "246810"


@dataclass(frozen=True)
class Route:
    """Who the card (or login) belongs to, as much as the next screen needs."""

    kind: str  # accounts.CardOwner.kind
    first_name: str
    address_lines: tuple[str, ...]


@dataclass(frozen=True)
class LoginResult:
    niss: str
    first_name: str
    mode: str  # password / token / eid


def _address_lines(member) -> tuple[str, ...]:
    street = f"{member.street} {member.house_number}"
    if member.box:
        street += f" bte {member.box}"
    return (
        f"{member.first_names} {member.last_name}",
        street,
        f"{member.postcode} {member.municipality}",
    )


def _first_name(member) -> str:
    return member.first_names.split(" ")[0] if member is not None else ""


class KioskBackend:
    def __init__(
        self,
        central: Engine,
        outbox: Outbox,
        *,
        trust: TrustStore,
        pkcs11_module: str,
        terminal_id: str,
        identity_provider: IdentityProvider | None = None,
        staff_code_hash: str = "",
        on_queued: Callable[[], None] = lambda: None,
        is_online: Callable[[], bool | None] = lambda: None,
        today: Callable[[], dt.date] = dt.date.today,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ):
        self.central = central
        self.outbox = outbox
        self.trust = trust
        self.pkcs11_module = pkcs11_module
        self.terminal_id = terminal_id
        self.identity_provider = identity_provider
        self.staff_code_hash = staff_code_hash or hash_password(DEMO_STAFF_CODE)
        self.on_queued = on_queued
        self.is_online = is_online
        self.today = today
        self.now = now
        self._staff_lock = LockoutState(0, None)
        self._staff_guard = threading.Lock()
        self.file = FileBackend(
            central,
            outbox,
            trust_roots=trust.roots,
            pkcs11_module=pkcs11_module,
            terminal_id=terminal_id,
            on_queued=on_queued,
            is_online=is_online,
            today=lambda: self.today(),
        )
        self.counter = CounterBackend(
            central,
            outbox,
            terminal_id=terminal_id,
            on_queued=on_queued,
            is_online=is_online,
            today=lambda: self.today(),
            now=lambda: self.now(),
        )

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def is_offline(exc: BaseException) -> bool:
        return isinstance(exc, CentralUnavailable | SQLAlchemyError)

    def _queued(self) -> bool:
        """Wake the sync worker; True when the central side is known to be unreachable now."""
        self.on_queued()
        return self.is_online() is False

    # -- identification with the card -----------------------------------------------------
    def identify(self, reader: EidReader, pin: str) -> str:
        signer = Pkcs11Signer(module=self.pkcs11_module)
        return identify(reader, signer, pin, trust=self.trust).national_number.digits

    def route(self, niss: str, *, mode: str) -> Route:
        owner = accounts.card_owner(self.central, niss, today=self.today())
        member = owner.member
        kind = str(owner.kind)
        if kind in ("active_account", "account_pending"):
            # Identified with the card and its PIN: the account opens (a pending one too; its
            # letter's password is then no longer needed to start).
            login.eid_login(self.central, niss, terminal=self.terminal_id, now=self.now())
            kind = "active_account"
        return Route(
            kind,
            _first_name(member),
            _address_lines(member) if member is not None else (),
        )

    def activate(self, route_niss: str, *, language: str | None = None) -> tuple[dt.date, bool]:
        owner = accounts.card_owner(self.central, route_niss, today=self.today())
        queued = accounts.request_activation(
            self.outbox, owner, actor="member", today=self.today(), language=language
        )
        return queued.letter_leaves_on, self._queued()

    # -- without a card --------------------------------------------------------------------
    def password_login(self, username: str, password: str) -> LoginResult:
        result = login.password_login(
            self.central,
            username,
            password,
            terminal=self.terminal_id,
            now=self.now(),
            outbox=self.outbox,
        )
        return LoginResult(result.member.niss, _first_name(result.member), str(result.mode))

    def token_challenge(self, username: str) -> TokenChallenge:
        if self.identity_provider is None:
            raise CentralUnavailable("no identity provider is configured")
        return self.identity_provider.challenge(username)

    def discard_token_challenge(self, challenge: TokenChallenge) -> None:
        discard = getattr(self.identity_provider, "discard", None)
        if discard is not None:
            discard(challenge)

    def token_login(
        self, challenge: TokenChallenge, username: str, password: str, code: str
    ) -> LoginResult:
        if self.identity_provider is None:
            raise CentralUnavailable("no identity provider is configured")
        result = login.token_login(
            self.central,
            self.identity_provider,
            challenge,
            username,
            password,
            code,
            terminal=self.terminal_id,
            now=self.now(),
            outbox=self.outbox,
        )
        return LoginResult(result.member.niss, _first_name(result.member), str(result.mode))

    def forgot_password(self, niss_text: str) -> tuple[dt.date, bool]:
        queued = login.forgot_password(
            self.outbox, niss_text=niss_text, actor="member", today=self.today()
        )
        return queued.leaves_on, self._queued()

    def cannot_log_in(self, form: dict, *, card_niss: str | None, language: str = "fr") -> bool:
        accounts.cannot_log_in(
            self.outbox,
            niss_text=card_niss or form.get("niss", ""),
            message=form.get("message", ""),
            phone=form.get("phone") or None,
            email=form.get("email") or None,
            actor="member",
            language=language,
        )
        return self._queued()

    # -- joining ---------------------------------------------------------------------------
    @staticmethod
    def mutualities(language: str = "fr") -> list[tuple[str, str]]:
        return [(m.code, m.name(language)) for m in MUTUALITIES]

    def effective_date(self, previous_mutuality: str | None) -> dt.date:
        """The start date the form will carry (the default deadline day; the signed draft uses
        the federation's own parameter, which prepare_affiliation reads)."""
        return affiliation_effective_date(self.today(), previous_mutuality=previous_mutuality)

    @staticmethod
    def card_person(holder: HolderData) -> enrolment.CardPerson:
        return enrolment.card_person(holder.identity, holder.address)

    def check_join(self, holder: HolderData, values: dict, *, language: str = "fr"):
        """The affiliation draft; with the central database out of reach, the one checked here
        (the central worker checks the rest when it applies the signed request)."""
        try:
            return self._prepare(self.central, holder, values, language)
        except CentralUnavailable:
            return self._prepare(None, holder, values, language)

    def _prepare(self, central, holder: HolderData, values: dict, language: str):
        return enrolment.prepare_affiliation(
            central,
            self.card_person(holder),
            role=values["role"],
            holder_niss_text=values.get("holder_niss") or None,
            previous_mutuality=values.get("previous_mutuality"),
            language=language,
            phone=values.get("phone") or None,
            email=values.get("email") or None,
            today=self.today(),
        )

    def sign_and_queue_join(
        self,
        reader: EidReader,
        holder: HolderData,
        values: dict,
        pin: str,
        *,
        actor: str,
        language: str = "fr",
    ) -> tuple[dt.date, bool, bool]:
        """Make the form, VERIFY the PIN on the card, sign with the Signature key, queue it."""
        from app.documents.forms import affiliation_form
        from app.documents.signing import sign_pdf_on_card

        draft = self.check_join(holder, values, language=language)
        pdf = affiliation_form(enrolment.form_data(draft), language=language)
        signed = sign_pdf_on_card(
            reader,
            pdf,
            pin=pin,
            module=self.pkcs11_module,
            reason="Affiliation",
            location=self.terminal_id,
        )
        # What the central worker will check, checked here first: the member hears it now.
        refuse_unless_signed(
            signed, self.trust.roots, signer=draft.niss, must_say=Niss(draft.niss).formatted()
        )
        enrolment.queue_affiliation(self.outbox, draft, signed, actor=actor)
        return draft.effective_on, bool(draft.previous_mutuality), self._queued()

    # -- staff -----------------------------------------------------------------------------
    def check_staff_code(self, code: str) -> bool:
        """The staff code behind the kiosk, with the same lockout as passwords: five wrong
        codes in a row and the pad refuses every code (the right one too) for 15 minutes."""
        with self._staff_guard:  # one code at a time: no parallel guesses around the count
            now = self.now()
            if is_locked(self._staff_lock.locked_until, now):
                return False
            ok = len(code) >= 6 and verify_password(code, self.staff_code_hash)
            self._staff_lock = next_state(
                self._staff_lock.failed_attempts, self._staff_lock.locked_until, now, ok
            )
            return ok

    def staff_login(self, login_name: str, password: str):
        return staff.staff_login(self.central, login_name, password, now=self.now())

    def open_member_file(self, clerk, niss_text: str) -> tuple[str, list[str]]:
        """(the member's NISS, the summary lines); the opening is in the audit log."""
        member = staff.open_member_file(
            self.central, clerk, niss_text, terminal=self.terminal_id, now=self.now()
        )
        return member.niss, self._file_lines(member)

    def find_by_card(self, clerk, niss: str) -> tuple[str, list[str]]:
        member = staff.find_by_card(
            self.central, clerk, niss, terminal=self.terminal_id, now=self.now()
        )
        if member is None:
            owner = accounts.card_owner(self.central, niss, today=self.today())
            return owner.kind, []
        return "member", self._file_lines(member)

    @staticmethod
    def _file_lines(member) -> list[str]:
        from app.domain.niss import Niss

        return [
            *_address_lines(member),
            Niss(member.niss).formatted(),
            member.affiliation_number,
        ]
