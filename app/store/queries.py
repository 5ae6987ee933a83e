"""The central queries behind the member screens, shared by the services and the benchmarks.

Each reads one member's rows through an index that starts with the member's id, so its cost
depends on that member's history, not on the size of the table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Connection, Row, select

from app.store.models import NomenclatureCode, Payment, ReimbursementLine


def reimbursement_lines(
    connection: Connection,
    beneficiary_ids: Sequence[int],
    *,
    limit: int = 50,
    before: tuple[dt.date, int] | None = None,
) -> list[Row]:
    """Lines of the given beneficiaries, newest care first, a page at a time.

    `before` is the (care_date, id) of the last line of the previous page (keyset paging: the
    next page costs the same as the first, however far back the member scrolls).
    """
    query = (
        select(
            ReimbursementLine.id,
            ReimbursementLine.beneficiary_id,
            ReimbursementLine.care_date,
            ReimbursementLine.nomenclature_code,
            NomenclatureCode.category,
            ReimbursementLine.provider_name,
            ReimbursementLine.official_fee,
            ReimbursementLine.supplement,
            ReimbursementLine.reimbursed,
            Payment.id.label("payment_id"),
            Payment.processed_on,
            Payment.iban,
            Payment.communication,
        )
        .join(Payment, Payment.id == ReimbursementLine.payment_id)
        .join(NomenclatureCode, NomenclatureCode.code == ReimbursementLine.nomenclature_code)
        .where(ReimbursementLine.beneficiary_id.in_(list(beneficiary_ids)))
        .order_by(ReimbursementLine.care_date.desc(), ReimbursementLine.id.desc())
        .limit(limit)
    )
    if before is not None:
        care_date, line_id = before
        query = query.where(
            (ReimbursementLine.care_date < care_date)
            | ((ReimbursementLine.care_date == care_date) & (ReimbursementLine.id < line_id))
        )
    return list(connection.execute(query))
