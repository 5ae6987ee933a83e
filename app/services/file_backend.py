"""The member's file as the screens call it: one object, the central database and outbox bound.

Each method is one use case of issue 6 and returns the plain values of app/services/member_file
and app/services/printouts (frozen dataclasses, bytes): no database session reaches a screen.
The `FileSession` passed in says whose visit it is and how they logged in; every read checks
the access rule there (app/domain/access.py), so a button the screen forgot to hide still
returns nothing it may not.

Card work (the bank form and the partial resumption request signed with the Signature key)
runs on the caller's card thread.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence

from sqlalchemy import Engine

from app.domain.clock import utc_now
from app.domain.codes import BankChangeMode
from app.domain.iban import formatted_iban
from app.domain.niss import Niss
from app.services import (
    accidents,
    bank,
    document_mail,
    incapacity,
    member_file,
    orders,
    printouts,
    requests,
)
from app.services import appointments as appt
from app.services import nomenclature as fees
from app.services.errors import refuse_unless_signed
from app.services.member_file import FileSession, hospital
from app.services.member_file import accidents as member_file_accidents
from app.sync.terminal import Outbox


class FileBackend:
    def __init__(
        self,
        central: Engine,
        outbox: Outbox,
        *,
        trust_roots: Sequence = (),
        pkcs11_module: str,
        terminal_id: str,
        on_queued: Callable[[], None] = lambda: None,
        is_online: Callable[[], bool | None] = lambda: None,
        today: Callable[[], dt.date] = dt.date.today,
        now: Callable[[], dt.datetime] = utc_now,
    ):
        self.central = central
        self.outbox = outbox
        self.trust_roots = tuple(trust_roots)  # the card signature of a form is checked
        self.pkcs11_module = pkcs11_module
        self.terminal_id = terminal_id
        self.on_queued = on_queued
        self.is_online = is_online
        self.today = today
        self.now = now
        # The visit's logged-in card key must let go of the token before a form is signed
        # with the Signature key (one PKCS#11 login at a time): KioskBackend.release_card_key.
        self.before_card_signing: Callable[[], None] = lambda: None

    def _queued(self) -> bool:
        self.on_queued()
        return self.is_online() is False

    # -- reads -----------------------------------------------------------------------------
    def people(self, session: FileSession):
        return member_file.visible_people(self.central, session, self.today())

    def my_data(self, session: FileSession):
        return member_file.my_data(self.central, session, self.today())

    def reimbursements(
        self,
        session: FileSession,
        target_niss: str | None,
        *,
        order: str = "care",
        after=None,
        limit: int = 50,
        language: str = "fr",
    ):
        return member_file.reimbursements(
            self.central,
            session,
            target_niss,
            order=order,
            after=after,
            limit=limit,
            language=language,
            today=self.today(),
        )

    def payment_detail(self, session: FileSession, payment_id: int, *, language: str = "fr"):
        return member_file.payment_detail(
            self.central, session, payment_id, language=language, today=self.today()
        )

    def indemnities(self, session: FileSession, target_niss: str):
        return member_file.indemnities(self.central, session, target_niss, self.today())

    def my_incapacity(self, session: FileSession, target_niss: str):
        return member_file.my_incapacity(self.central, session, target_niss, self.today())

    @staticmethod
    def incapacity_forms_for(work_status: str | None) -> tuple[str, ...]:
        """The forms to offer a member of this work status (every one when none is known)."""
        return tuple(printouts.forms_for(work_status))

    def check_certificate(self, session: FileSession, target_niss: str, **form):
        """The checker's verdict (covers_from, covers_to, received_on, electronic, and
        work_status for someone with no period here)."""
        return member_file.check_my_certificate(
            self.central, session, target_niss, today=self.today(), **form
        )

    def dmg(self, session: FileSession, target_niss: str, *, language: str = "fr"):
        return member_file.dmg(self.central, session, target_niss, self.today(), language=language)

    def maf(self, session: FileSession, target_niss: str):
        return member_file.maf(self.central, session, target_niss, self.today())

    def young_savers(self, session: FileSession):
        return member_file.young_savers(self.central, session, self.today())

    def agreements(self, session: FileSession, target_niss: str):
        return member_file.medical_agreements(self.central, session, target_niss, self.today())

    # Fees and reimbursements (issue 16): app/services/nomenclature.py.
    def fee_status(self, session: FileSession, person: str | None = None):
        return fees.my_fee_status(self.central, session, day=self.today(), person=person)

    def fee_search(self, text: str, *, language: str, limit: int = 50):
        return fees.search(self.central, text, day=self.today(), language=language, limit=limit)

    def fee_lookup(
        self, session: FileSession, code: str, *, language: str, person: str | None = None
    ):
        return fees.lookup(
            self.central, code, day=self.today(), language=language, session=session, person=person
        )

    def documents(self, session: FileSession, target_niss: str):
        return member_file.documents(self.central, session, target_niss, self.today())

    def document_content(self, session: FileSession, document_id: int):
        return member_file.document_content(self.central, session, document_id, self.today())

    # -- printouts -------------------------------------------------------------------------
    def official_receipt(
        self, session: FileSession, line_ids: Sequence[int], *, language: str
    ) -> bytes:
        return printouts.official_receipt(
            self.central, session, list(line_ids), language=language, today=self.today()
        )

    def indemnity_statement(
        self,
        session: FileSession,
        target_niss: str,
        start: dt.date,
        end: dt.date,
        *,
        language: str,
    ) -> bytes:
        return printouts.indemnity_statement(
            self.central, session, target_niss, start, end, language=language, today=self.today()
        )

    # -- "Send to my e-mail" (issue 19) ------------------------------------------------------
    def mail_offer(self, session: FileSession) -> str | None:
        """The masked address on file a document would go to; None: not offered."""
        return document_mail.offer(self.central, self.outbox, session)

    def send_by_mail(
        self, session: FileSession, document: str, pdf: bytes, *, actor: str
    ) -> tuple[str, bool]:
        """Queue the document to the address on file: (its operation id, offline now)."""
        operation_id = document_mail.send(
            self.outbox, session, document, pdf, actor=actor, today=self.today()
        )
        return str(operation_id), self._queued()

    def mail_progress(self, operation_id: str) -> document_mail.Progress:
        return document_mail.progress(self.central, self.outbox, uuid.UUID(operation_id))

    # -- orders and questions ----------------------------------------------------------------
    def order_summary(self, session: FileSession, for_niss: str, kind: str, quantity: int):
        return orders.order_summary(
            self.central, self.outbox, session, for_niss, kind, quantity, today=self.today()
        )

    def place_order(
        self,
        session: FileSession,
        for_niss: str,
        kind: str,
        quantity: int,
        *,
        actor: str,
        again: bool = False,
    ) -> bool:
        """Queue the order; True when the central database is out of reach now."""
        orders.place_order(
            self.central, self.outbox, session, for_niss, kind, quantity,
            actor=actor, today=self.today(), again=again,
        )  # fmt: skip
        return self._queued()

    def my_orders(self, session: FileSession) -> orders.MyOrders:
        return orders.my_orders(self.central, self.outbox, session, self.today())

    def send_request(self, session: FileSession, *, actor: str, **form) -> bool:
        """Queue the question (InvalidForm keeps the screen's text); True when offline now."""
        requests.send_request(self.outbox, session, actor=actor, **form)
        return self._queued()

    def my_requests(self, session: FileSession) -> requests.MyRequests:
        return requests.my_requests(self.central, self.outbox, session, self.today())

    # -- changes ---------------------------------------------------------------------------
    def change_contact(
        self,
        session: FileSession,
        *,
        phone: str | None,
        mobile: str | None,
        email: str | None,
        actor: str,
    ) -> bool:
        """Queue the contact data changed (None keeps a value, "" clears it); True when
        offline now."""
        member_file.change_contact(
            self.outbox, session, phone=phone, mobile=mobile, email=email, actor=actor
        )
        return self._queued()

    @staticmethod
    def check_iban(text: str) -> bank.IbanCheck:
        return bank.check_new_iban(text)

    @staticmethod
    def may_change_bank(session: FileSession) -> bool:
        return bank.may_change_bank(session)

    @staticmethod
    def bank_change_mode(session: FileSession, *, card_in_reader: bool) -> BankChangeMode:
        return bank.bank_change_mode(session, card_in_reader=card_in_reader)

    def bank_form(self, session: FileSession, iban: str, *, language: str) -> bytes:
        """The change form, unsigned (printouts checks the login and the IBAN)."""
        return printouts.bank_change_form(
            self.central, session, iban, language=language, today=self.today()
        )

    def _signed_on_card(self, reader, pdf: bytes, pin: str, *, reason: str) -> bytes:
        """VERIFY the PIN and sign `pdf` with the card's Signature key (the visit's
        Authentication key logged out first). Runs on the card thread."""
        from app.documents.signing import sign_pdf_on_card

        self.before_card_signing()
        return sign_pdf_on_card(
            reader, pdf, pin=pin, module=self.pkcs11_module, reason=reason,
            location=self.terminal_id,
        )  # fmt: skip

    def sign_and_queue_bank(
        self, reader, session: FileSession, iban: str, pin: str, *, actor: str, language: str
    ) -> bool:
        """Make the form, VERIFY the PIN, sign with the card's Signature key, queue both.

        Runs on the card thread. Returns True when the central database is out of reach now
        (the change waits in the outbox and is said to)."""
        pdf = self.bank_form(session, iban, language=language)
        signed = self._signed_on_card(reader, pdf, pin, reason="Bank account change")
        # What the central worker will check, checked here first: the member hears it now.
        refuse_unless_signed(
            signed, self.trust_roots, signer=session.niss, must_say=formatted_iban(iban)
        )
        bank.request_bank_change(self.outbox, session, iban, signed, actor=actor)
        return self._queued()

    # -- incapacity: forms, partial resumption, return to work ------------------------------
    def incapacity_form(self, session: FileSession, kind: str, *, language: str) -> bytes:
        """A form to print, prefilled with the member's data, in their language."""
        return printouts.incapacity_form(
            self.central, session, kind, language=language, today=self.today()
        )

    @staticmethod
    def parse_resumption_form(**typed) -> incapacity.ResumptionForm:
        """The partial resumption form as typed, checked (InvalidForm keeps the values)."""
        return incapacity.parse_resumption_form(**typed)

    def resumption_preview(
        self, session: FileSession, form: incapacity.ResumptionForm
    ) -> incapacity.ResumptionPreview:
        return incapacity.resumption_preview(self.central, session, form, self.today())

    def resumption_form_pdf(
        self, session: FileSession, form: incapacity.ResumptionForm, *, language: str
    ) -> bytes:
        """The request form, unsigned (what the card signs)."""
        return printouts.partial_resumption_form(
            self.central, session, form, language=language, today=self.today()
        )

    def sign_and_queue_resumption(
        self,
        reader,
        session: FileSession,
        form: incapacity.ResumptionForm,
        pin: str,
        *,
        actor: str,
        language: str,
    ) -> bool:
        """Make the request form, VERIFY the PIN, sign with the card's Signature key, queue
        both, as the bank change does. Runs on the card thread. True when the central database
        is out of reach now (the request waits in the outbox and is said to)."""
        from app.documents.incapacity_forms import resumption_form_says

        pdf = self.resumption_form_pdf(session, form, language=language)
        signed = self._signed_on_card(reader, pdf, pin, reason="Partial resumption request")
        # What the central worker will check, checked here first: the member hears it now.
        # The form is theirs and this request's (app/sync/apply.py checks the same).
        says = resumption_form_says(
            starts_on=form.starts_on,
            work_hours=form.work_hours,
            reference_hours=form.reference_hours,
            employer=form.employer,
            self_employed=form.self_employed,
            language=language,
        )
        refuse_unless_signed(
            signed, self.trust_roots, signer=session.niss,
            must_say=[Niss(session.niss).formatted(), *says],
        )  # fmt: skip
        incapacity.request_partial_resumption(
            self.outbox, session, form, signed, actor=actor, central=self.central,
            today=self.today(),
        )  # fmt: skip
        return self._queued()

    def declare_return(
        self, session: FileSession, resumes_on: dt.date | None, resumes_as: str, *, actor: str
    ) -> bool:
        """Queue the day the member resumes (work or unemployment); True when offline now."""
        incapacity.declare_return(
            self.outbox, session, resumes_on, resumes_as, actor=actor, today=self.today(),
            central=self.central,
        )  # fmt: skip
        return self._queued()

    # -- accident declarations (app/services/accidents.py) -----------------------------------
    def my_accidents(self, session: FileSession, *, language: str):
        return member_file_accidents.my_accidents(
            self.central, session, self.today(), language=language, outbox=self.outbox
        )

    def file_block(self, session: FileSession):
        """The household's block, for the home's and the reimbursements' banner."""
        return member_file_accidents.my_file_block(self.central, session, self.today())

    @staticmethod
    def parse_accident_form(**typed) -> accidents.AccidentForm:
        return accidents.parse_accident_form(**typed)

    def accident_form_pdf(self, session, form, declaration_id: int, *, language: str) -> bytes:
        """With `form`: what the card signs; None: blanks to fill in by hand (to print)."""
        return accidents.accident_form_pdf(
            self.central, session, form, declaration_id, language=language, today=self.today()
        )

    def sign_and_queue_accident(self, reader, session, form, pin: str, *, actor, language) -> bool:
        """As sign_and_queue_resumption (card thread); True when offline now."""
        sign = lambda pdf: self._signed_on_card(reader, pdf, pin, reason="Accident declaration")  # noqa: E731
        accidents.sign_and_queue(
            self.central, self.outbox, session, form, sign=sign, trust_roots=self.trust_roots,
            actor=actor, language=language, today=self.today(),
        )  # fmt: skip
        return self._queued()

    # -- preparing a hospital stay (app/services/member_file/hospital.py) ----------------------
    def parse_stay(self, admission: dt.date | str | None, nights: int | str | None):
        """The planned stay as typed, checked (InvalidForm keeps the typed values)."""
        return hospital.parse_stay(admission=admission, nights=nights, today=self.today())

    def hospital_stay(self, session: FileSession, target_niss: str, stay):
        return hospital.hospital_stay(self.central, session, target_niss, stay, self.today())

    def hospital_summary(self, session: FileSession, target_niss: str, stay, *, language: str):
        return hospital.hospital_summary(
            self.central, session, target_niss, stay, language=language, today=self.today()
        )

    # -- appointments (app/services/appointments.py) ------------------------------------------
    def agencies_with_slots(self, service: str) -> tuple[tuple[int, str], ...]:
        return appt.agencies_with_slots(self.central, service=service, now=self.now())

    def free_slots(self, agency_id: int, service: str, *, after=None) -> tuple[appt.Slot, ...]:
        return appt.free_slots(
            self.central, agency_id=agency_id, service=service, now=self.now(), after=after
        )

    def home_agency(self, session: FileSession) -> int | None:
        return appt.home_agency(self.central, session, today=self.today())

    def my_appointments(self, session: FileSession) -> tuple[appt.AppointmentView, ...]:
        return appt.my_appointments(self.central, session, now=self.now(), outbox=self.outbox)

    def book_appointment(
        self, session: FileSession, slot: appt.Slot, subject: str | None, *, actor: str
    ) -> tuple[member_file.Queued, bool]:
        """Queued, and True when the central database is out of reach now."""
        queued = appt.book(
            self.outbox,
            session,
            slot,
            subject,
            actor=actor,
            channel=_channel(actor),
            central=self.central,
            now=self.now(),
        )
        return queued, self._queued()

    def move_appointment(
        self, session: FileSession, appointment_id: int, slot: appt.Slot, *, actor: str
    ) -> tuple[member_file.Queued, bool]:
        queued = appt.move(
            self.outbox,
            session,
            appointment_id,
            slot,
            actor=actor,
            channel=_channel(actor),
            central=self.central,
            now=self.now(),
        )
        return queued, self._queued()

    def cancel_appointment(
        self, session: FileSession, appointment_id: int, *, actor: str
    ) -> tuple[member_file.Queued, bool]:
        queued = appt.cancel(
            self.outbox,
            session,
            appointment_id,
            actor=actor,
            channel=_channel(actor),
            central=self.central,
            now=self.now(),
        )
        return queued, self._queued()

    def appointment_outcome(self, operation_id: str):
        """Where a booking, move or cancellation is (CounterBackend.outcome's Outcome)."""
        from app.services.counter_backend import outcome_of

        return outcome_of(self.outbox, operation_id)

    def appointment_confirmation(
        self, session: FileSession, appointment: appt.AppointmentView, *, language: str
    ) -> bytes:
        return appt.confirmation_pdf(
            self.central, session, appointment, language=language, today=self.today()
        )


def _channel(actor: str) -> str:
    return "counter" if actor.startswith("staff:") else "terminal"
