"""Reimbursed care and the payments that paid it, with each line's personal share.

Money stays Decimal, positive and negative as booked (a line taken back is negative).
`reimbursement_line_query` is the reimbursements screen's own statement: its benchmark and
EXPLAIN (tests/bench) time this one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from sqlalchemy import Engine, select

from app.domain.codes import Language
from app.domain.iban import formatted_iban
from app.services.errors import Refused, reaching_central
from app.services.member_file.access import (
    NOT_ALLOWED,
    NOT_IN_FILE,
    FileSession,
    _target,
    _today,
    _viewer,
    _visible,
)
from app.store.models import Member, NomenclatureCode, Payment, ReimbursementLine


def personal_share(official_fee: Decimal, supplement: Decimal, reimbursement: Decimal) -> Decimal:
    """What the patient pays in the end: official fee + supplement − reimbursement.

    domain.md §3: a recognised GP without DMG, 25.68 € fee, 19.68 € reimbursed, no supplement
    → 6.00 €; a specialist asking a 10 € supplement on a 37.15 € fee reimbursed 25.15 € → 22.00 €.
    """
    return Decimal(official_fee) + Decimal(supplement) - Decimal(reimbursement)


@dataclass(frozen=True)
class Reimbursement:
    line_id: int
    beneficiary_niss: str
    beneficiary_name: str
    care_date: dt.date
    provider: str
    nomenclature_code: str
    label: str  # in the language asked for
    official_fee: Decimal
    supplement: Decimal
    reimbursed: Decimal
    personal_share: Decimal  # official fee + supplement − reimbursement (the calculator)
    payment_id: int
    processed_on: dt.date


@dataclass(frozen=True)
class ReimbursementPage:
    lines: tuple[Reimbursement, ...]
    after: tuple[dt.date, int] | None  # give it back as `after` for the next page; None = last


Order = Literal["care", "processing"]


def _label_column(language: str):
    return getattr(NomenclatureCode, f"label_{Language(language).value}")


def reimbursement_line_query(language: str):
    return (
        select(
            ReimbursementLine.id,
            ReimbursementLine.beneficiary_id,
            Member.niss,
            Member.first_names,
            Member.last_name,
            ReimbursementLine.care_date,
            ReimbursementLine.provider_name,
            ReimbursementLine.nomenclature_code,
            _label_column(language).label("label"),
            ReimbursementLine.official_fee,
            ReimbursementLine.supplement,
            ReimbursementLine.reimbursed,
            Payment.id.label("payment_id"),
            Payment.processed_on,
        )
        .join(Payment, Payment.id == ReimbursementLine.payment_id)
        .join(Member, Member.id == ReimbursementLine.beneficiary_id)
        .join(NomenclatureCode, NomenclatureCode.code == ReimbursementLine.nomenclature_code)
    )


def _reimbursement(row) -> Reimbursement:
    return Reimbursement(
        line_id=row.id,
        beneficiary_niss=row.niss,
        beneficiary_name=f"{row.first_names} {row.last_name}",
        care_date=row.care_date,
        provider=row.provider_name,
        nomenclature_code=row.nomenclature_code,
        label=row.label,
        official_fee=row.official_fee,
        supplement=row.supplement,
        reimbursed=row.reimbursed,
        personal_share=personal_share(row.official_fee, row.supplement, row.reimbursed),
        payment_id=row.payment_id,
        processed_on=row.processed_on,
    )


@reaching_central
def reimbursements(
    central: Engine,
    session: FileSession,
    target_niss: str | None,
    *,
    order: Order = "care",
    after: tuple[dt.date, int] | None = None,
    limit: int = 50,
    language: str = "fr",
    today: dt.date | None = None,
) -> ReimbursementPage:
    """One page of reimbursed services, newest first (by care date or by processing date).

    `target_niss` None: every person the session may see. Keyset paging: `after` is the
    previous page's `after`, so page 100 costs what page 1 does.
    """
    if order not in ("care", "processing"):
        raise ValueError(f"unknown order {order!r}")
    if limit < 1:
        raise ValueError(f"a page holds at least one line, not {limit}")
    today = _today(today)
    with central.connect() as connection:
        if target_niss is None:
            viewer = _viewer(connection, session, today)
            ids = [m.id for m, _reason in _visible(connection, viewer, today)]
        else:
            ids = [_target(connection, session, target_niss, today)[1].id]
        date_column = ReimbursementLine.care_date if order == "care" else Payment.processed_on
        query = (
            reimbursement_line_query(language)
            .where(ReimbursementLine.beneficiary_id.in_(ids))
            .order_by(date_column.desc(), ReimbursementLine.id.desc())
            .limit(limit)
        )
        if after is not None:
            day, line_id = after
            query = query.where(
                (date_column < day) | ((date_column == day) & (ReimbursementLine.id < line_id))
            )
        lines = tuple(_reimbursement(row) for row in connection.execute(query))
    following = None
    if len(lines) == limit:
        last = lines[-1]
        following = (last.care_date if order == "care" else last.processed_on, last.line_id)
    return ReimbursementPage(lines, following)


@dataclass(frozen=True)
class PaymentDetail:
    payment_id: int
    processed_on: dt.date
    nature: str  # PaymentKind value: reimbursement / maf_refund
    iban: str
    iban_formatted: str
    amount: Decimal
    communication: str
    services: tuple[Reimbursement, ...]  # the ones concerning people this session may see
    services_total: Decimal  # sum of their reimbursements


@reaching_central
def payment_detail(
    central: Engine,
    session: FileSession,
    payment_id: int,
    *,
    language: str = "fr",
    today: dt.date | None = None,
) -> PaymentDetail:
    """One payment and the services it paid; refused unless it concerns someone visible.

    Services of a person the session may not see (a blocked dependant's care paid to the
    holder's account) are left out of the list, of its total and of the amount told; the
    account is shown in full only when the payee is someone the session may see.
    """
    today = _today(today)
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        visible_ids = {m.id for m, _reason in _visible(connection, viewer, today)}
        payment = connection.execute(select(Payment).where(Payment.id == payment_id)).first()
        if payment is None:
            raise Refused(NOT_ALLOWED, NOT_IN_FILE)
        rows = connection.execute(
            reimbursement_line_query(language)
            .where(ReimbursementLine.payment_id == payment_id)
            .order_by(ReimbursementLine.care_date, ReimbursementLine.id)
        ).all()
        # A reimbursement concerns its patients; a payment without lines (a MAF refund), its payee.
        concerned = {r.beneficiary_id for r in rows} or {payment.payee_id}
        if not concerned & visible_ids:
            raise Refused(NOT_ALLOWED, NOT_IN_FILE)
        services = tuple(_reimbursement(r) for r in rows if r.beneficiary_id in visible_ids)
        services_total = sum((s.reimbursed for s in services), Decimal("0.00"))
        # Part of the transfer paid someone this session may not see: its whole amount would
        # give that person's reimbursements away (amount − the listed total), and the account
        # is the payee's. Only the visible part is told, and the account only to its owner.
        # On PostgreSQL row-level security already keeps the hidden lines from this query, so
        # the amount told is the visible lines' total whenever the payment has lines at all.
        hidden = bool(rows)
        own_account = payment.payee_id in visible_ids
        return PaymentDetail(
            payment_id=payment.id,
            processed_on=payment.processed_on,
            nature=str(payment.kind),
            iban=payment.iban if own_account else "",
            iban_formatted=formatted_iban(payment.iban) if own_account else _masked(payment.iban),
            amount=services_total if hidden else payment.amount,
            communication=payment.communication,
            services=services,
            services_total=services_total,
        )


def _masked(iban: str) -> str:
    """BE•• •••• •••• 7034: whose account it is stays between its owner and the mutuality."""
    compact = iban.replace(" ", "")
    return f"{compact[:2]}•• •••• •••• {compact[-4:]}" if len(compact) > 6 else "••••"
