"""Queue tickets (issue 16): the tickets terminals print and counter desks call, each kiosk's
ticket letter; the default service time as a dated row.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""

import datetime as dt
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
    _add_rules(RULES)
    _read_own_agency()


def downgrade() -> None:
    _drop_read_own_agency()
    _drop_rules(RULES)
    with op.batch_alter_table("terminal") as batch_op:
        batch_op.drop_column("ticket_letter")
    op.drop_table("queue_ticket")
