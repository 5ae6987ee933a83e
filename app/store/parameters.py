"""A federation's dated rule on a given day (mutation deadline, majority age, letter delay...)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Connection, select

from app.store.models import Federation, FederationParameter


def federation_parameter(
    connection: Connection,
    name: str,
    *,
    on: dt.date,
    federation_id: int | None = None,
    federation_code: str | None = None,
    default: Decimal | int | None = None,
) -> Decimal:
    """The value of `name` for the federation on `on`; `default` when it has none that day.

    With no federation given, or none with the parameter, `default` (a KeyError without one).
    """
    query = (
        select(FederationParameter.value)
        .where(
            FederationParameter.name == name,
            FederationParameter.valid_from <= on,
            (FederationParameter.valid_to.is_(None)) | (FederationParameter.valid_to >= on),
        )
        .order_by(FederationParameter.valid_from.desc())
        .limit(1)
    )
    value = None
    if federation_id is not None:
        value = connection.execute(
            query.where(FederationParameter.federation_id == federation_id)
        ).scalar()
    elif federation_code is not None:
        value = connection.execute(
            query.join(Federation, Federation.id == FederationParameter.federation_id).where(
                Federation.code == federation_code
            )
        ).scalar()
    if value is not None:
        return Decimal(value)
    if default is None:
        raise KeyError(f"no {name} for this federation on {on}")
    return Decimal(default)
