"""Small readers for the services' tests: letters, outbox rows, central rows."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store.models import InboxOperation, PostalLetter

PASSWORD_LINE = re.compile(r"^([A-HJ-NP-Za-km-z2-9]{12})$", re.MULTILINE)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def letter_password(pdf: bytes) -> str:
    """The password printed in a credentials or new-password letter."""
    found = PASSWORD_LINE.findall(pdf_text(pdf))
    assert len(found) == 1, found
    return found[0]


def letters(central, member_id: int) -> list[PostalLetter]:
    with Session(central) as session:
        return list(
            session.scalars(
                select(PostalLetter)
                .where(PostalLetter.member_id == member_id)
                .order_by(PostalLetter.id)
            )
        )


def inbox(central, operation_id) -> InboxOperation:
    with Session(central) as session:
        return session.scalars(
            select(InboxOperation).where(InboxOperation.operation_id == operation_id)
        ).one()


def count(central, model, *where) -> int:
    with central.connect() as connection:
        return connection.execute(select(func.count()).select_from(model).where(*where)).scalar()
