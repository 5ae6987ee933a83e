"""The global medical file (DMG): its history and what it saves at the GP (domain.md §4).

The GP consultations compared are the nomenclature's codes of category "gp" that have fees on
the day asked (nomenclature_fee, dated, with their source); a new code or a new fee is a row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, Engine, select

from app.domain.membership import age_on
from app.services.errors import reaching_central
from app.services.member_file.access import FileSession, _target
from app.services.member_file.payments import _label_column
from app.store.models import Dmg, Household, Insurability, Member, NomenclatureCode, NomenclatureFee
from app.store.parameters import federation_parameter


@dataclass(frozen=True)
class DmgAdvantage:
    """What a GP consultation costs the patient without and with the DMG (official fees)."""

    nomenclature_code: str
    label: str
    official_fee: Decimal
    personal_share_without: Decimal
    personal_share_with: Decimal  # 0.00 for a BIM young person up to 24 (domain.md §3)


@dataclass(frozen=True)
class DmgFile:
    doctor_name: str
    doctor_inami: str
    opened_on: dt.date
    valid_until: dt.date
    valid: bool  # on the day asked


@dataclass(frozen=True)
class DmgInfo:
    current: DmgFile | None  # the latest one, valid or not; None when there never was one
    history: tuple[DmgFile, ...]  # newest first
    advantages: tuple[DmgAdvantage, ...]  # for this person's cover (ordinary or BIM)


GP_CONSULTATION = "gp"  # the nomenclature category of a GP consultation (app/store/reference.py)


def _gp_consultations(connection: Connection, language: str) -> list:
    """The GP consultation codes and their labels, in the nomenclature's order."""
    return connection.execute(
        select(NomenclatureCode.code, _label_column(language).label("label"))
        .where(NomenclatureCode.category == GP_CONSULTATION)
        .order_by(NomenclatureCode.code)
    ).all()


def _fee_on(connection: Connection, code: str, day: dt.date, with_dmg: bool):
    return connection.execute(
        select(NomenclatureFee)
        .where(
            NomenclatureFee.code == code,
            NomenclatureFee.with_dmg == with_dmg,
            NomenclatureFee.valid_from <= day,
            (NomenclatureFee.valid_to.is_(None)) | (NomenclatureFee.valid_to >= day),
        )
        .order_by(NomenclatureFee.valid_from.desc())
        .limit(1)
    ).first()


def _bim_on(connection: Connection, member_id: int, day: dt.date) -> bool:
    return bool(
        connection.execute(
            select(Insurability.bim)
            .where(
                Insurability.member_id == member_id,
                Insurability.valid_from <= day,
                (Insurability.valid_to.is_(None)) | (Insurability.valid_to >= day),
            )
            .order_by(Insurability.valid_from.desc())
            .limit(1)
        ).scalar()
    )


def _young_free_with_dmg(connection: Connection, member: Member, today: dt.date) -> bool:
    """domain.md §3: a BIM child or young person up to 24 (a dated parameter, from 1 October
    2023) pays no personal share at the GP when they have a DMG. The caller checks the BIM."""
    federation_id = connection.execute(
        select(Household.federation_id).where(Household.id == member.household_id)
    ).scalar_one()
    max_age = federation_parameter(
        connection, "bim_young_free_max_age", on=today, federation_id=federation_id, default=-1
    )
    return age_on(member.birth_date, today) <= max_age


@reaching_central
def dmg(
    central: Engine,
    session: FileSession,
    target_niss: str,
    today: dt.date,
    *,
    language: str = "fr",
) -> DmgInfo:
    with central.connect() as connection:
        _viewer_row, target = _target(connection, session, target_niss, today)
        history = tuple(
            DmgFile(
                r.doctor_name,
                r.doctor_inami,
                r.opened_on,
                r.valid_until,
                r.opened_on <= today <= r.valid_until,
            )
            for r in connection.execute(
                select(Dmg).where(Dmg.member_id == target.id).order_by(Dmg.opened_on.desc())
            )
        )
        bim = _bim_on(connection, target.id, today)
        free_with_dmg = bim and _young_free_with_dmg(connection, target, today)
        advantages = []
        for code, label in _gp_consultations(connection, language):
            without = _fee_on(connection, code, today, False)
            with_dmg = _fee_on(connection, code, today, True)
            if without is None or with_dmg is None:
                continue  # no fee on that day: not (or no longer) a consultation one can have
            column = "reimbursement_bim" if bim else "reimbursement_ordinary"
            advantages.append(
                DmgAdvantage(
                    code,
                    label,
                    without.official_fee,
                    without.official_fee - getattr(without, column),
                    Decimal("0.00")
                    if free_with_dmg
                    else with_dmg.official_fee - getattr(with_dmg, column),
                )
            )
        return DmgInfo(history[0] if history else None, history, tuple(advantages))
