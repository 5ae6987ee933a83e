"""Queue tickets (issue 16): the tickets terminals print and counter desks call, each kiosk's
ticket letter (one upper-case letter, one kiosk of an agency each; the kiosks registered before
get their agency's next free one); the default service time as a dated row.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""

import datetime as dt
import string
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from app.store.types import ExactDecimal

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SINCE_EVER = dt.date(2000, 1, 1)
D = Decimal

RULES = (("ticket_default_service_minutes", D(10), SINCE_EVER, "demo value, to confirm"),)

federation = sa.table("federation", sa.column("id", sa.Integer))
parameter = sa.table(
    "federation_parameter",
    sa.column("federation_id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("value", ExactDecimal(scale=4)),
    sa.column("valid_from", sa.Date),
    sa.column("valid_to", sa.Date),
    sa.column("source", sa.String),
)


terminal = sa.table(
    "terminal",
    sa.column("login_role", sa.String),
    sa.column("agency_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("created_at", sa.DateTime),
    sa.column("ticket_letter", sa.String),
)
# One upper-case letter: listed, as a collation may sort "b" or "É" between "A" and "Z".
TICKET_LETTERS = ", ".join(f"'{letter}'" for letter in string.ascii_uppercase)


def _give_kiosks_letters() -> None:
    """Each kiosk registered before this version gets its agency's next free letter, the
    oldest first, as `guichet-central terminal add` would give it: upgraded without one, the
    kiosks of an agency would all print under the same one (and the worker refuse all but
    the first's). A kiosk learns its letter when enrolled again (`terminal add` keeps it)."""
    connection = op.get_bind()
    kiosks = connection.execute(
        sa.select(terminal.c.login_role, terminal.c.agency_id, terminal.c.ticket_letter)
        .where(terminal.c.kind == "kiosk", terminal.c.agency_id.is_not(None))
        .order_by(terminal.c.agency_id, terminal.c.created_at, terminal.c.login_role)
    ).all()
    taken: dict[int, set[str]] = {}
    for _role, agency_id, letter in kiosks:
        taken.setdefault(agency_id, set()).update({letter} if letter else set())
    for role, agency_id, letter in kiosks:
        free = [each for each in string.ascii_uppercase if each not in taken[agency_id]]
        if letter or not free:
            continue  # a 27th kiosk of an agency: `terminal add` refuses it a letter too
        taken[agency_id].add(free[0])
        connection.execute(
            terminal.update().where(terminal.c.login_role == role).values(ticket_letter=free[0])
        )


def _add_rules(rules) -> None:
    """The dated rows, for every federation, as they stood when this migration was made."""
    connection = op.get_bind()
    federations = connection.execute(sa.select(federation.c.id)).scalars().all()
    present = set(
        connection.execute(
            sa.select(parameter.c.federation_id, parameter.c.name, parameter.c.valid_from).where(
                parameter.c.name.in_({name for name, *_ in rules})
            )
        ).all()
    )
    rows = [
        {"federation_id": federation_id, "name": name, "value": value,
         "valid_from": valid_from, "valid_to": None, "source": source}
        for federation_id in federations
        for name, value, valid_from, source in rules
        if (federation_id, name, valid_from) not in present
    ]  # fmt: skip
    if rows:
        op.bulk_insert(parameter, rows)


# Who reads the tickets (PostgreSQL; app/store/roles.py grants the columns): a ticket names no
# person, yet a kiosk or a clerk needs only its own agency's (the welcome screen's tickets
# called, the desk's waiting counts); the worker (the owner) writes them.
TICKET_AGENCY = """
    CREATE FUNCTION guichet_ticket_agency() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT coalesce(
            (SELECT t.agency_id FROM terminal t WHERE t.login_role = session_user),
            (SELECT s.agency_id FROM staff s WHERE s.db_role = session_user AND s.active))
    $$
"""


def _read_own_agency() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(TICKET_AGENCY)
    op.execute("REVOKE ALL ON FUNCTION guichet_ticket_agency() FROM PUBLIC")
    op.execute("ALTER TABLE queue_ticket ENABLE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY guichet_read_select ON queue_ticket FOR SELECT TO PUBLIC "
        "USING (agency_id = (SELECT guichet_ticket_agency()))"
    )


def _drop_read_own_agency() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP POLICY guichet_read_select ON queue_ticket")
    op.execute("DROP FUNCTION guichet_ticket_agency()")


def _drop_rules(rules) -> None:
    op.execute(parameter.delete().where(parameter.c.name.in_({name for name, *_ in rules})))


def upgrade() -> None:
    op.create_table(
        "queue_ticket",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("terminal", sa.String(length=40), nullable=False),
        sa.Column("number", sa.String(length=8), nullable=False),
        sa.Column(
            "service",
            sa.Enum(
                "adviser",
                "social",
                "medical",
                name="contact_service",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "waiting",
                "called",
                "done",
                name="ticket_status",
                native_enum=False,
                create_constraint=True,
            ),
            server_default="waiting",
            nullable=False,
        ),
        sa.Column("called_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("desk", sa.String(length=40), nullable=True),
        sa.Column("called_by", sa.Integer(), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("operation_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_queue_ticket_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["called_by"], ["staff.id"], name=op.f("fk_queue_ticket_called_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_ticket")),
        sa.UniqueConstraint(
            "agency_id",
            "issued_on",
            "number",
            name=op.f("uq_queue_ticket_agency_id_issued_on_number"),
        ),
        sa.UniqueConstraint("operation_id", name=op.f("uq_queue_ticket_operation_id")),
    )
    with op.batch_alter_table("queue_ticket") as batch_op:
        batch_op.create_index(
            "ix_queue_ticket_agency_day_status", ["agency_id", "issued_on", "status"], unique=False
        )
    with op.batch_alter_table("terminal") as batch_op:
        batch_op.add_column(sa.Column("ticket_letter", sa.String(length=1), nullable=True))
    _give_kiosks_letters()
    with op.batch_alter_table("terminal") as batch_op:
        batch_op.create_check_constraint(
            op.f("ck_terminal_ticket_letter"), f"ticket_letter IN ({TICKET_LETTERS})"
        )
        batch_op.create_index(
            "ux_terminal_agency_ticket_letter",
            ["agency_id", "ticket_letter"],
            unique=True,
            postgresql_where=sa.text("ticket_letter IS NOT NULL"),
            sqlite_where=sa.text("ticket_letter IS NOT NULL"),
        )
    _add_rules(RULES)
    _read_own_agency()


def downgrade() -> None:
    _drop_read_own_agency()
    _drop_rules(RULES)
    with op.batch_alter_table("terminal") as batch_op:
        batch_op.drop_index("ux_terminal_agency_ticket_letter")
        batch_op.drop_constraint(op.f("ck_terminal_ticket_letter"), type_="check")
        batch_op.drop_column("ticket_letter")
    op.drop_table("queue_ticket")
