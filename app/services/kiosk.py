"""The use cases a terminal session calls, behind one object built from the settings.

The session's flows (ui/session/) call these from worker threads and get
plain values back (dataclasses, dates, strings): no database session or ORM object reaches a
screen. Each method is one use case and maps its failures to the typed errors of
app/services/errors.py and devices/errors.py, which the UI turns into sentences.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError

from app.domain.clock import brussels_today, utc_now
from app.domain.codes import RouteKind
from app.domain.lockout import LockoutState, is_locked, next_state
from app.domain.mutation import MUTUALITIES, affiliation_effective_date
from app.domain.niss import Niss
from app.domain.passwords import hash_password, verify_password
from app.gate.clerk import ClerkLogin
from app.gate.client import GateClient, GateRefusal, LocalTransport, OpenVisit
from app.gate.gatekeeper import Gatekeeper, address_lines
from app.services import accounts, enrolment, login, staff
from app.services.counter_backend import CounterBackend
from app.services.errors import CentralUnavailable, Refused, refuse_unless_signed
from app.services.file_backend import FileBackend
from app.services.identity_provider import IdentityProvider, TokenChallenge
from app.services.tickets import TicketDesk
from app.store.parameters import parameter_in_rows
from app.store.roles import staff_role_name
from app.sync.proofs import CardKey, Prover, VisitKey
from app.sync.terminal import Outbox, ReferenceCache
from devices.belpic.reader import EidReader, HolderData
from devices.belpic.verify import TrustStore
from devices.identification import identify
from devices.pkcs11 import KeepingSigner, KeySession, Pkcs11Signer

log = logging.getLogger(__name__)

DEMO_STAFF_CODE = "246810"
SPEECH_INACTIVITY = "speech_inactivity_seconds"  # the idle limit while speech is on (issue 17)
# Why a clerk opens a member's file: recorded with the visit and in the audit log.
CONSULT_REASONS = ("at_the_counter", "phone_call", "mail", "follow_up")


@dataclass(frozen=True)
class Route:
    """Who the card (or login) belongs to, as much as the next screen needs."""

    kind: RouteKind
    first_name: str
    address_lines: tuple[str, ...]


@dataclass(frozen=True)
class EndedVisit:
    """A visit the member left: to be closed centrally, its card key logged out."""

    visit: OpenVisit
    card: KeySession | None


class VisitOver(Exception):
    """The member left while the central side was opening their visit (it is closed again)."""


@dataclass(frozen=True)
class LoginResult:
    niss: str
    first_name: str
    mode: str  # password / token / eid
    must_change: bool = False  # a letter's password: the member chooses their own first


def _address_lines(member) -> tuple[str, ...]:
    return tuple(address_lines(member))


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
        today: Callable[[], dt.date] = brussels_today,
        now: Callable[[], dt.datetime] = utc_now,
        gate: GateClient | None = None,
        agency: str = "",
        ticket_letter: str = "",
    ):
        """`gate`: how the central side is asked who is here (app/gate/client.py); without
        one, the gatekeeper runs in this process on `central` (the embedded demo database)."""
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
        self.gate = gate or GateClient(
            LocalTransport(
                Gatekeeper(
                    central,
                    trust_roots=trust.roots,
                    identity_provider=identity_provider,
                    now=lambda: self.now(),
                ),
                terminal_id,
            )
        )
        self._visit: OpenVisit | None = None
        self._card: KeySession | None = None
        self._keys: set[KeySession] = set()  # logged in, not yet logged out
        self._route: Route | None = None
        self._visit_guard = threading.Lock()
        self._epoch = 0
        self._clerk: ClerkLogin | None = None
        self.file = FileBackend(
            central,
            outbox,
            trust_roots=trust.roots,
            pkcs11_module=pkcs11_module,
            terminal_id=terminal_id,
            on_queued=on_queued,
            is_online=is_online,
            today=lambda: self.today(),
            now=lambda: self.now(),
        )
        self.file.before_card_signing = self.release_card_key
        # Queue tickets: printed here under this kiosk's letter, called from a counter desk.
        self.tickets = TicketDesk(
            central,
            outbox,
            agency_code=agency,
            letter=ticket_letter,
            on_queued=on_queued,
            is_online=is_online,
            now=lambda: self.now(),
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

    # -- the visit: opened by the central side ---------------------------------------------
    def _epoch_now(self) -> int:
        """Which visit a request belongs to: take_visit (the member left) moves it on."""
        return self._epoch

    def _begin(
        self,
        visit: OpenVisit,
        epoch: int,
        card: KeySession | None = None,
        card_proof: CardKey | None = None,
    ) -> None:
        """The central side opened `visit`: what this terminal queues for the member from now
        on carries the visit's proof (a MAC with its key, which lives only here, in memory).

        Asked for before the member left (card out, time-out while the central side was
        answering): it is closed at once and VisitOver raised, never installed for the next."""
        with self._visit_guard:
            current = epoch == self._epoch
            if current:
                self._visit = visit
                self._card = card
                if card is not None:
                    self._keys.add(card)
                self.outbox.prover = Prover(
                    VisitKey(visit.visit_id, visit.key),
                    card=card_proof,
                    is_online=self.is_online,
                )
        if not current:
            self.close_visit(visit, "left")
            raise VisitOver("the member left while the visit was being opened")

    def release_card_key(self) -> None:
        """Another use of the card's token (a form signed with the Signature key) needs its
        own PKCS#11 login: the visit's card key logs out; the visit's MAC still proves what
        follows."""
        with self._visit_guard:
            card, self._card = self._card, None
            if card is not None and self._visit is not None:
                visit = self._visit
                self.outbox.prover = Prover(
                    VisitKey(visit.visit_id, visit.key), is_online=self.is_online
                )
        self._close_keys()

    def _close_keys(self) -> None:
        """Log out every card key not in use (a visit's that ended and is still closing)."""
        with self._visit_guard:
            idle = [key for key in self._keys if key is not self._card]
        for key in idle:
            key.close()
            self._keys.discard(key)

    def take_visit(self) -> EndedVisit | None:
        """The member left (card out, timeout, finish): forget the visit here at once (no I/O:
        called on the GUI thread); `close_visit` then tells the central side."""
        with self._visit_guard:
            visit, self._visit, self._route = self._visit, None, None
            card, self._card = self._card, None
            self.outbox.prover = None
            self._epoch += 1
        return EndedVisit(visit, card) if visit is not None else None

    def close_visit(self, ended: EndedVisit | OpenVisit, reason: str) -> None:
        """Ask the central side to end the visit, so that this terminal's login reads nothing
        more of the member, and log the card's key out (off the GUI thread). Out of reach,
        the visit ends at its lifetime."""
        visit = ended.visit if isinstance(ended, EndedVisit) else ended
        if isinstance(ended, EndedVisit) and ended.card is not None:
            ended.card.close()
            self._keys.discard(ended.card)
        try:
            self.gate.close(visit.visit_id, reason)
        except CentralUnavailable:
            log.info("visit end not told to the central side: it ends at its lifetime")

    @property
    def visit_open(self) -> bool:
        return self._visit is not None

    # -- the terminal's own settings from its reference copy ---------------------------------
    def speech_inactivity_seconds(self) -> int | None:
        """The idle limit while speech guidance is on: the federation's dated rule valid today,
        read from this terminal's copy of the reference tables (never the central database:
        it answers offline too). The kiosk's agency's federation; an agency the copy does not
        know, the longest of all federations'. None without a copy or a rule."""
        try:
            with self.outbox.engine.connect() as connection:
                cached = dict(
                    connection.execute(
                        select(ReferenceCache.name, ReferenceCache.rows).where(
                            ReferenceCache.name.in_(("agency", "federation_parameter"))
                        )
                    ).all()
                )
        except SQLAlchemyError:
            log.exception("the terminal's reference copy cannot be read")
            return None
        rows = cached.get("federation_parameter") or []
        agency = self.tickets.agency_code
        federations = {
            row["federation_id"] for row in cached.get("agency") or [] if row["code"] == agency
        } or {row["federation_id"] for row in rows}
        values = [
            value
            for federation_id in federations
            if (
                value := parameter_in_rows(
                    rows, SPEECH_INACTIVITY, on=self.today(), federation_id=federation_id
                )
            )
            is not None
        ]
        return int(max(values)) if values else None

    # -- identification with the card -----------------------------------------------------
    def identify(self, reader: EidReader, pin: str) -> str:
        """The card and its PIN, checked by the central side: it issues the challenge, the
        card signs it, it checks the signature and the chain and opens the visit. With the
        central side out of reach the card is still checked here (the member hears that the
        connection is down, not that the card is wrong), and no visit opens."""
        signer = Pkcs11Signer(module=self.pkcs11_module)
        epoch = self._epoch_now()
        self._close_keys()  # the previous member's, if it is still closing: one login at a time
        try:
            challenge_id, nonce = self.gate.challenge()
        except CentralUnavailable:
            return identify(reader, signer, pin, trust=self.trust).national_number.digits
        # One PIN login: the session that signs the challenge stays open for the visit, so what
        # the member queues while the connection is lost is signed by the card too.
        keeping = KeepingSigner(signer)
        try:
            proof = identify(reader, keeping, pin, trust=self.trust, challenge=nonce)
            certificates = reader.read_certificates()
            niss = proof.national_number.digits
            certificate_der = proof.certificate.public_bytes(Encoding.DER)
            ca_der = certificates.ca.public_bytes(Encoding.DER) if certificates.ca else None
            try:
                visit, route = self.gate.open_eid(
                    challenge_id,
                    proof.signature,
                    niss=niss,
                    certificate_der=certificate_der,
                    ca_der=ca_der,
                )
            except CentralUnavailable:
                keeping.close()
                return niss  # checked here; no visit: `route` says the connection is down
            card = keeping.session
            card_proof = CardKey(certificate_der, ca_der, card.ec_key, card.sign)
            self._begin(visit, epoch, card, card_proof)
        except BaseException:
            keeping.close()  # refused, left, failed: never kept for the next
            raise
        self._route = Route(route.kind, route.first_name, route.address_lines)
        return niss

    def route(self, niss: str, *, mode: str) -> Route:
        """Where the card's holder goes, as the central side said when it opened the visit."""
        route = self._route
        if route is None or self._visit is None or self._visit.niss != niss:
            raise CentralUnavailable("no visit: the central side could not be asked")
        return route

    def activate(self, route_niss: str, *, language: str | None = None) -> tuple[dt.date, bool]:
        owner = accounts.card_owner(self.central, route_niss, today=self.today())
        queued = accounts.request_activation(
            self.central, self.outbox, owner, actor="member", today=self.today(), language=language
        )
        return queued.letter_leaves_on, self._queued()

    # -- without a card --------------------------------------------------------------------
    def password_login(self, username: str, password: str) -> LoginResult:
        """The password goes to the central side, which checks it (and counts failures);
        this terminal never reads a hash."""
        login.parse_username(username)  # a number that cannot be one is said at once
        epoch = self._epoch_now()
        visit, result = self.gate.password(username, password)
        self._begin(visit, epoch)
        return LoginResult(result.niss, result.first_name, result.mode, result.must_change)

    def change_password(self, current: str, new: str, again: str) -> None:
        """The member's new password, judged and written by the central side within the
        visit it opened; this terminal never reads or writes a hash. Offline: said so
        (`password_change_unavailable`), nothing is queued — a password is never stored."""
        visit = self._visit
        if visit is None:
            raise Refused("no_visit")
        try:
            self.gate.change_password(visit.visit_id, current, new, again)
        except CentralUnavailable:
            raise Refused("password_change_unavailable") from None
        except GateRefusal:  # the visit ended on the central side meanwhile (its time is up)
            raise Refused("no_visit") from None

    def token_challenge(self, username: str) -> TokenChallenge:
        login.parse_username(username)
        position, challenge_id = self.gate.token_challenge(username)
        return TokenChallenge(position, challenge_id)

    def discard_token_challenge(self, challenge: TokenChallenge) -> None:
        """The demo's in-process provider forgets it now; the central one lets it expire."""
        discard = getattr(self.identity_provider, "discard", None)
        if discard is not None:
            discard(challenge)

    def token_login(
        self, challenge: TokenChallenge, username: str, password: str, code: str
    ) -> LoginResult:
        login.parse_username(username)
        epoch = self._epoch_now()
        visit, result = self.gate.token(
            challenge.position, challenge.challenge_id, username, password, code
        )
        self._begin(visit, epoch)
        return LoginResult(result.niss, result.first_name, result.mode)

    def forgot_password(self, niss_text: str) -> tuple[dt.date, bool]:
        queued = login.forgot_password(
            self.central, self.outbox, niss_text=niss_text, actor="member", today=self.today()
        )
        return queued.leaves_on, self._queued()

    def register_by_number(self, niss_text: str, *, language: str = "fr") -> tuple[dt.date, bool]:
        """No card: the online access by post; the same answer whoever the number is."""
        queued = accounts.register_by_number(
            self.central, self.outbox, niss_text=niss_text, actor="member",
            today=self.today(), language=language,
        )  # fmt: skip
        return queued.letter_leaves_on, self._queued()

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
        self.release_card_key()
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
        """A clerk signs in: on PostgreSQL as themselves (their own database login, from now
        on the counter's connections are theirs); on the embedded database, by the hash."""
        if self.central.dialect.name == "postgresql":
            if self._clerk is None:
                self._clerk = ClerkLogin(self.central)
                transport = self.gate.transport
                if hasattr(transport, "as_user"):  # the gatekeeper hears the clerk ask
                    transport.as_user = self._clerk.credentials
            return self._clerk.sign_in(login_name, password)
        return staff.staff_login(self.central, login_name, password, now=self.now())

    def staff_logout(self, clerk) -> None:
        """`clerk` left (off the GUI thread): what they queued is pushed as them first (the
        central side trusts the login that pushed, and only theirs), then the counter's
        connections are its own again. A late call never signs out the next clerk."""
        if self._clerk is None or self._clerk.signed_in != staff_role_name(clerk.login):
            return
        from app.sync import exchange

        try:
            while exchange.push(self.outbox.engine, self.central):
                pass
        except SQLAlchemyError:
            log.info("a clerk's operations wait: pushed at their next sign-in")
        self._clerk.sign_out()

    def open_member_file(
        self, clerk, niss_text: str, *, reason: str = CONSULT_REASONS[0]
    ) -> tuple[str, list[str]]:
        """(the member's NISS, the summary lines). The central side opens the clerk's visit
        on the file and writes the consultation, with its reason, to the audit log."""
        epoch = self._epoch_now()
        visit, niss = self.gate.staff_visit(niss_text, reason=reason, staff_login=clerk.login)
        self._begin(visit, epoch)
        return niss, self._file_lines(self._summary(niss))

    def find_by_card(
        self, clerk, niss: str, *, reason: str = CONSULT_REASONS[0]
    ) -> tuple[RouteKind, list[str]]:
        epoch = self._epoch_now()
        opened = self.gate.staff_visit(niss, reason=reason, by_card=True, staff_login=clerk.login)
        if opened is None:
            owner = accounts.card_owner(self.central, niss, today=self.today())
            return owner.kind, []
        visit, niss = opened
        self._begin(visit, epoch)
        return RouteKind.MEMBER, self._file_lines(self._summary(niss))

    def _summary(self, niss: str):
        """The member's summary, read within the visit just opened."""
        with self.central.connect() as connection:
            row = accounts.member_row(connection, niss=niss)
        if row is None:
            raise CentralUnavailable("the member's row is not readable within the visit")
        return accounts.summary_of(row)

    @staticmethod
    def _file_lines(member) -> list[str]:
        from app.domain.niss import Niss

        return [
            *_address_lines(member),
            Niss(member.niss).formatted(),
            member.affiliation_number,
        ]
