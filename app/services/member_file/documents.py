"""My documents: what the file holds (metadata), and a kept document's file."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import Engine, select

from app.services.errors import Refused, reaching_central
from app.services.member_file.access import NOT_ALLOWED, NOT_IN_FILE, FileSession, _target
from app.store.models import Document, Member


@dataclass(frozen=True)
class DocumentInfo:
    document_id: int
    kind: str
    title: str
    direction: str  # received (from the member) / sent (to the member)
    dated_on: dt.date
    signed: bool
    signed_on: dt.date | None
    has_content: bool  # the file itself is kept and can be opened


@dataclass(frozen=True)
class DocumentContent:
    document_id: int
    title: str
    content: bytes
    sha256: str


@reaching_central
def documents(
    central: Engine, session: FileSession, target_niss: str, today: dt.date
) -> tuple[DocumentInfo, ...]:
    """The documents in a person's file, newest first (metadata only)."""
    with central.connect() as connection:
        _viewer_row, target = _target(connection, session, target_niss, today)
        rows = connection.execute(
            select(
                Document.id,
                Document.kind,
                Document.title,
                Document.direction,
                Document.dated_on,
                Document.signed,
                Document.signed_on,
                Document.content.is_not(None).label("has_content"),
            )
            .where(Document.member_id == target.id)
            .order_by(Document.dated_on.desc(), Document.id.desc())
        )
        return tuple(
            DocumentInfo(
                r.id,
                r.kind,
                r.title,
                str(r.direction),
                r.dated_on,
                bool(r.signed),
                r.signed_on,
                bool(r.has_content),
            )
            for r in rows
        )


@reaching_central
def document_content(
    central: Engine, session: FileSession, document_id: int, today: dt.date
) -> DocumentContent:
    """The file of one document, when the session may see its owner and the file is kept."""
    with central.connect() as connection:
        owner = connection.execute(
            select(Member.niss)
            .join(Document, Document.member_id == Member.id)
            .where(Document.id == document_id)
        ).scalar()
        if owner is None:
            raise Refused(NOT_ALLOWED, NOT_IN_FILE)
        _target(connection, session, owner, today)
        row = connection.execute(
            select(Document.title, Document.content).where(Document.id == document_id)
        ).one()
        if row.content is None:
            raise Refused("document_not_kept", "only the document's description is kept")
        content = bytes(row.content)
        return DocumentContent(document_id, row.title, content, hashlib.sha256(content).hexdigest())
