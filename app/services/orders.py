"""Ordering documents at the terminal, and "My orders".

A member orders for themself or a person they may see (the access rule of the member's file):
pink stickers and pre-addressed envelopes (1 to 10 sheets or packs), the confidential incapacity
certificate form and the European health insurance card (one, for one person). A European card
is refused, with the reason, when the person's cover is not in order. The same order twice in a
row is caught: while an order of the same documents for the same person is still open (waiting
on this terminal, received or being prepared), a second one needs the member's yes.

Orders go through the outbox; the central worker checks the access rule and the cover again
(a terminal that was offline could not). "My orders" merges the central orders with what still
waits on this terminal, so an order placed offline shows as pending at once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select

from app.domain.clock import stored_utc
from app.domain.codes import Channel, OrderKind, OrderStatus
from app.services.errors import CentralUnavailable, InvalidForm, Refused, reaching_central
from app.services.member_file import (
    Address,
    FileSession,
    Queued,
    _target,
    _viewer,
    _visible,
)
from app.store.models import DocumentOrder, Insurability, Member
from app.sync.terminal import Outbox

ORDER_KIND = "document_order.create"
MAX_QUANTITY = {
    OrderKind.STICKERS: 10,
    OrderKind.ENVELOPES: 10,
    OrderKind.INCAPACITY_CERTIFICATE: 1,
    OrderKind.EHIC: 1,
}
OPEN = (OrderStatus.RECEIVED, OrderStatus.PROCESSING)

# Where an order is, as "My orders" says it: the two first are still on this terminal's side.
WAITING_HERE = "waiting_here"  # not yet sent to the mutuality (offline)
ON_ITS_WAY = "on_its_way"  # sent, not yet received by the mutuality


@dataclass(frozen=True)
class OrderSummary:
    """What the member confirms: the documents, for whom, and where the post goes."""

    kind: str
    quantity: int
    for_niss: str
    for_name: str
    address: Address | None  # None when the central database could not be reached
    same_open_order: MyOrder | None  # the order this one repeats, to ask the member


@dataclass(frozen=True)
class MyOrder:
    kind: str
    quantity: int
    for_niss: str
    for_name: str
    ordered_at: dt.datetime
    status: str  # OrderStatus value, or WAITING_HERE / ON_ITS_WAY
    sent_on: dt.date | None
    reason: str | None  # why it was refused (an OrderRefusal code, maybe ": note")
    operation_id: str | None


@dataclass(frozen=True)
class MyOrders:
    orders: tuple[MyOrder, ...]  # newest first
    complete: bool  # False: the central database was out of reach, only this terminal's


def _check_form(kind: str, quantity: int) -> OrderKind:
    try:
        order_kind = OrderKind(kind)
    except ValueError:
        raise InvalidForm({"kind": "unknown_document"}) from None
    most = MAX_QUANTITY[order_kind]
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise InvalidForm({"quantity": "invalid_quantity"}, {"max_quantity": most})
    if not 1 <= quantity <= most:
        raise InvalidForm(
            {"quantity": "one_only" if most == 1 else "invalid_quantity"}, {"max_quantity": most}
        )
    return order_kind


def _cover_in_order(connection: Connection, member_id: int, day: dt.date) -> bool:
    return (
        connection.execute(
            select(Insurability.id).where(
                Insurability.member_id == member_id,
                Insurability.valid_from <= day,
                (Insurability.valid_to.is_(None)) | (Insurability.valid_to >= day),
            )
        ).first()
        is not None
    )


def _pending_here(outbox: Outbox, session: FileSession) -> list[MyOrder]:
    found = []
    for entry in outbox.unsettled(session.niss, (ORDER_KIND,)):
        payload = entry.payload or {}
        found.append(
            MyOrder(
                kind=payload.get("kind", ""),
                quantity=int(payload.get("quantity", 1)),
                for_niss=payload.get("for_niss", ""),
                for_name="",  # filled in from the people the screen shows
                ordered_at=entry.created_at,
                status=WAITING_HERE if entry.state == "pending" else ON_ITS_WAY,
                sent_on=None,
                reason=None,
                operation_id=str(entry.operation_id),
            )
        )
    return found


def _central_orders(connection: Connection, ids: list[int], names: dict[int, str]) -> list:
    rows = connection.execute(
        select(DocumentOrder, Member.niss)
        .join(Member, Member.id == DocumentOrder.for_member_id)
        .where(DocumentOrder.for_member_id.in_(ids))
        .order_by(DocumentOrder.ordered_at.desc(), DocumentOrder.id.desc())
    ).all()
    return [
        MyOrder(
            kind=str(row.kind),
            quantity=row.quantity,
            for_niss=row.niss,
            for_name=names.get(row.for_member_id, ""),
            ordered_at=row.ordered_at,
            status=str(row.status),
            sent_on=row.sent_on,
            reason=row.reason,
            operation_id=str(row.operation_id) if row.operation_id else None,
        )
        for row in rows
    ]


def my_orders(central: Engine, outbox: Outbox, session: FileSession, today: dt.date) -> MyOrders:
    """The orders for the people this session may see, with what waits on this terminal."""
    here = _pending_here(outbox, session)
    try:
        central_part, names = _read_orders(central, session, today)
    except CentralUnavailable:
        return MyOrders(tuple(here), complete=False)
    known = {o.operation_id for o in central_part if o.operation_id}
    waiting = [o for o in here if o.operation_id not in known and o.for_niss in names]
    return MyOrders(
        tuple(
            sorted(
                [_named(o, names) for o in waiting] + central_part,
                key=lambda o: stored_utc(o.ordered_at),
                reverse=True,
            )
        ),
        complete=True,
    )


@reaching_central
def _read_orders(
    central: Engine, session: FileSession, today: dt.date
) -> tuple[list[MyOrder], dict[str, str]]:
    """The central orders for the people this session may see, and those people's names by
    national number (for the orders still on this terminal)."""
    with central.connect() as connection:
        viewer = _viewer(connection, session, today)
        people = [member for member, _reason in _visible(connection, viewer, today)]
        names = {m.id: f"{m.first_names} {m.last_name}" for m in people}
        orders = _central_orders(connection, [m.id for m in people], names)
    return orders, {m.niss: names[m.id] for m in people}


def _named(order: MyOrder, names: dict[str, str]) -> MyOrder:
    return MyOrder(**{**order.__dict__, "for_name": names.get(order.for_niss, order.for_name)})


def _same_open(orders: list[MyOrder], kind: str, for_niss: str) -> MyOrder | None:
    return next(
        (
            o
            for o in orders
            if o.kind == kind
            and o.for_niss == for_niss
            and o.status in (WAITING_HERE, ON_ITS_WAY, *OPEN)
        ),
        None,
    )


def order_summary(
    central: Engine,
    outbox: Outbox,
    session: FileSession,
    for_niss: str,
    kind: str,
    quantity: int,
    *,
    today: dt.date,
) -> OrderSummary:
    """The order checked and described before the member confirms it.

    InvalidForm for an unknown document or a wrong quantity; Refused("not_allowed") for a
    person the session may not see; Refused("cover_not_in_order") for a European card of a
    person whose cover is not in order today. Offline, only oneself can be ordered for (who
    else may be seen is the central database's to say): the summary then has no address.
    """
    order_kind = _check_form(kind, quantity)
    try:
        return _checked_summary(central, outbox, session, for_niss, order_kind, quantity, today)
    except CentralUnavailable:
        if for_niss != session.niss:
            raise
        same = _same_open(_pending_here(outbox, session), order_kind.value, for_niss)
        return OrderSummary(order_kind.value, quantity, for_niss, "", None, same)


@reaching_central
def _checked_summary(
    central: Engine,
    outbox: Outbox,
    session: FileSession,
    for_niss: str,
    kind: OrderKind,
    quantity: int,
    today: dt.date,
) -> OrderSummary:
    with central.connect() as connection:
        viewer, target = _target(connection, session, for_niss, today)
        if kind == OrderKind.EHIC and not _cover_in_order(connection, target.id, today):
            raise Refused("cover_not_in_order")
        names = {target.id: f"{target.first_names} {target.last_name}"}
        orders = _central_orders(connection, [target.id], names)
        # The post goes to the holder's home: the viewer's (a dependant lives there too).
        address = Address(
            viewer.street, viewer.house_number, viewer.box, viewer.postcode,
            viewer.municipality, viewer.country,
        )  # fmt: skip
    waiting = [o for o in _pending_here(outbox, session) if o.for_niss == for_niss]
    same = _same_open(waiting + orders, kind.value, for_niss)
    return OrderSummary(kind.value, quantity, for_niss, names[target.id], address, same)


def place_order(
    central: Engine,
    outbox: Outbox,
    session: FileSession,
    for_niss: str,
    kind: str,
    quantity: int,
    *,
    actor: str,
    today: dt.date,
    again: bool = False,
) -> Queued:
    """Check the order again and queue it. Refused("same_order_open") when it repeats an open
    one and the member has not said yes (`again`)."""
    summary = order_summary(central, outbox, session, for_niss, kind, quantity, today=today)
    if summary.same_open_order is not None and not again:
        raise Refused("same_order_open")
    payload = {
        "member_niss": session.niss,
        "for_niss": for_niss,
        "kind": summary.kind,
        "quantity": quantity,
        "channel": Channel.COUNTER if actor.startswith("staff:") else Channel.TERMINAL,
    }
    operation_id: uuid.UUID = outbox.enqueue(ORDER_KIND, payload, actor=actor)
    return Queued(str(operation_id))
