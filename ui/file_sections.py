"""What opening each section of the member's file loads: a table from the section to the backend
call that fetches it and the page method that shows the answer (ui/file_controller.py runs it).

A call runs off the GUI thread: it gets the file backend and an `Asked` made on the GUI thread
before, never a widget. Its answer goes to the page only if it is still the newest request of
its `key` (the member may have chosen another person meanwhile). A new section is a row here, a
backend method and a page method.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.domain.codes import BankChangeMode
from app.services.member_file import FileSession
from ui.incapacity_controller import incapacity_answer


@dataclass(frozen=True)
class Asked:
    """What a section is opened with, read on the GUI thread when it opens."""

    session: FileSession
    person: str | None  # the person chosen; None: everyone (reimbursements only)
    target: str  # the person the section is about: the one chosen, else the member
    order: str  # the reimbursements' order: "care" or "processing" date
    language: str
    today: dt.date
    bank: BankChangeMode  # what the "My data" page offers for the bank account


@dataclass(frozen=True)
class Load:
    """One answer a section waits for: `call(backend, asked)` off the GUI thread, then
    `page.<show>(answer)`; `quiet`: a failure changes nothing on the screen."""

    call: Callable[[Any, Asked], Any]
    show: str
    key: str = "section"
    quiet: bool = False


@dataclass(frozen=True)
class Section:
    """A section's loads, and `first(page, asked)`, what the page does at once on the GUI
    thread (before any answer)."""

    loads: tuple[Load, ...]
    first: Callable[[Any, Asked], None] | None = None


def section(*loads: Load, first: Callable[[Any, Asked], None] | None = None) -> Section:
    return Section(loads, first)


# "Send to my e-mail" beside Print (issue 19): the masked address on file, or None (the row
# hides); a failure offers nothing.
MAIL_OFFER = Load(lambda b, a: b.mail_offer(a.session), "show_mail_offer", key="mail", quiet=True)


SECTION_LOADS: dict[str, Section] = {
    "data": section(
        Load(lambda b, a: b.my_data(a.session), "show_data"),
        first=lambda page, a: page.offer_bank_change(a.bank),
    ),
    "reimbursements": section(
        Load(
            lambda b, a: b.reimbursements(
                a.session, a.person, order=a.order, after=None, language=a.language
            ),
            "show_first_page",
        ),
        # Held while an accident declaration is overdue: the banner says why and what to do.
        Load(lambda b, a: b.file_block(a.session), "show_block", key="block", quiet=True),
        MAIL_OFFER,
    ),
    "indemnities": section(
        Load(lambda b, a: b.indemnities(a.session, a.target), "show_indemnities"),
        MAIL_OFFER,
        first=lambda page, a: page.reset_period(a.today, a.language),
    ),
    # Always offered: a member not (or no longer) ill still finds the forms and the deadlines.
    "incapacity": section(
        Load(incapacity_answer, "show_incapacity"),
        first=lambda page, a: page.opened(a.bank, a.today),
    ),
    "dmg": section(Load(lambda b, a: b.dmg(a.session, a.target, language=a.language), "show_dmg")),
    "maf": section(Load(lambda b, a: b.maf(a.session, a.target), "show_maf")),
    "young_savers": section(Load(lambda b, a: b.young_savers(a.session), "show_savers")),
    "agreements": section(Load(lambda b, a: b.agreements(a.session, a.target), "show_agreements")),
    "documents": section(
        Load(lambda b, a: b.documents(a.session, a.target), "show_documents"), MAIL_OFFER
    ),
    # Orders and questions: the list is asked again after each one placed, under the same key.
    "orders": section(
        Load(lambda b, a: b.my_orders(a.session), "show_orders", key="orders"),
        first=lambda page, _a: page.person_changed(),
    ),
    "requests": section(
        # Offline: the contact fields stay as typed, and the question still queues.
        Load(lambda b, a: b.my_data(a.session), "show_contact", key="contact", quiet=True),
        Load(lambda b, a: b.my_requests(a.session), "show_requests", key="requests"),
        first=lambda page, _a: page.opened(),
    ),
    "accidents": section(
        Load(lambda b, a: b.my_accidents(a.session, language=a.language), "show_accidents"),
        first=lambda page, a: page.opened(a.bank, a.today, a.session.niss),
    ),
    # Coming appointments first; booking asks the agencies and their free times as it goes.
    "appointments": section(
        Load(lambda b, a: b.my_appointments(a.session), "show_appointments", key="appointments"),
        first=lambda page, _a: page.opened(),
    ),
    # Nothing to load until a stay is typed; the page asks again for another person chosen.
    "hospital": section(first=lambda page, _a: page.opened()),
    # The person's situation; a code shown is asked again for them (ui/fees_controller.py).
    "fees": section(Load(lambda b, a: b.fee_status(a.session, a.target), "show_status")),
}
