"""Appointments (issue 16): an agency's slots per service and the members' appointments,
at most one booked per slot.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from app.store.types import ExactDecimal

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SINCE_EVER = dt.date(2000, 1, 1)
D = Decimal


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


def _drop_rules(rules) -> None:
    op.execute(parameter.delete().where(parameter.c.name.in_({name for name, *_ in rules})))


# The agency of this login's clerk (an active staff row's), NULL for any other login: the
# appointments a clerk reads. SECURITY DEFINER as migration 0008's functions (a terminal's
# login reads no staff row); EXECUTE granted to the groups by app/store/roles.py.
STAFF_AGENCY = """
    CREATE FUNCTION guichet_staff_agency() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT s.agency_id FROM staff s WHERE s.db_role = session_user AND s.active
    $$
"""
# A member's appointments: within a visit of theirs; a clerk's login reads those at their own
# agency (the counter's day list, with who and why), a supervisor's every agency's. The slots
# are a reference table, readable by every login (app/store/roles.py): `booked` says nothing
# of who.
APPOINTMENT_READ = (
    "member_id IN (SELECT guichet_visible_members()) OR (SELECT guichet_is_supervisor()) "
    "OR slot_id IN (SELECT sl.id FROM appointment_slot sl "
    "WHERE sl.agency_id = (SELECT guichet_staff_agency()))"
)


def upgrade() -> None:
    op.create_table(
        "appointment_slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
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
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("booked", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "minutes > 0 AND minutes <= 240", name=op.f("ck_appointment_slot_minutes")
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_appointment_slot_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["staff.id"], name=op.f("fk_appointment_slot_created_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_slot")),
        sa.UniqueConstraint(
            "agency_id",
            "service",
            "starts_at",
            name=op.f("uq_appointment_slot_agency_id_service_starts_at"),
        ),
    )
    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "booked",
                "cancelled",
                "moved",
                name="appointment_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column(
            "channel",
            sa.Enum(
                "terminal",
                "counter",
                "online",
                "post",
                name="channel",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("booked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("booked_by", sa.Integer(), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("replaced_by_id", sa.Integer(), nullable=True),
        sa.Column("operation_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["booked_by"], ["staff.id"], name=op.f("fk_appointment_booked_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_appointment_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["replaced_by_id"],
            ["appointment.id"],
            name=op.f("fk_appointment_replaced_by_id_appointment"),
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["appointment_slot.id"],
            name=op.f("fk_appointment_slot_id_appointment_slot"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
        sa.UniqueConstraint("operation_id", name=op.f("uq_appointment_operation_id")),
    )
    with op.batch_alter_table("appointment") as batch_op:
        batch_op.create_index("ix_appointment_member", ["member_id", "booked_at"], unique=False)
        batch_op.create_index(
            "ux_appointment_slot_booked",
            ["slot_id"],
            unique=True,
            postgresql_where=sa.text("status = 'booked'"),
            sqlite_where=sa.text("status = 'booked'"),
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(STAFF_AGENCY)
        op.execute("REVOKE ALL ON FUNCTION guichet_staff_agency() FROM PUBLIC")
        op.execute('ALTER TABLE "appointment" ENABLE ROW LEVEL SECURITY')
        op.execute(
            "CREATE POLICY guichet_read_select ON appointment FOR SELECT TO PUBLIC "
            f"USING ({APPOINTMENT_READ})"
        )


def downgrade() -> None:
    op.drop_table("appointment")  # its policy with it
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS guichet_staff_agency()")
    op.drop_table("appointment_slot")
