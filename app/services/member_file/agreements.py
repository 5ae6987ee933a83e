"""The medical adviser's agreements (physiotherapy, medicines...): asked, decided, valid."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, select

from app.domain.codes import AgreementDecision
from app.services.errors import reaching_central
from app.services.member_file.access import FileSession, _target
from app.store.models import MedicalAgreement


@dataclass(frozen=True)
class Agreement:
    kind: str
    reference: str
    requested_on: dt.date
    decision: str  # AgreementDecision value
    decided_on: dt.date | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    valid: bool  # granted and valid on the day asked


@reaching_central
def medical_agreements(
    central: Engine, session: FileSession, target_niss: str, today: dt.date
) -> tuple[Agreement, ...]:
    with central.connect() as connection:
        _viewer_row, target = _target(connection, session, target_niss, today)
        return tuple(
            Agreement(
                kind=r.kind,
                reference=r.reference,
                requested_on=r.requested_on,
                decision=str(r.decision),
                decided_on=r.decided_on,
                valid_from=r.valid_from,
                valid_to=r.valid_to,
                valid=r.decision == AgreementDecision.GRANTED
                and r.valid_from is not None
                and r.valid_from <= today
                and (r.valid_to is None or r.valid_to >= today),
            )
            for r in connection.execute(
                select(MedicalAgreement)
                .where(MedicalAgreement.member_id == target.id)
                .order_by(MedicalAgreement.requested_on.desc())
            )
        )
