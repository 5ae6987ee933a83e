"""Accident declarations (issue 16): detection rules, runs, declarations and the care that
raised them; the accident care codes; the delays as dated rows.

PostgreSQL: row-level security on `accident_declaration` (the members of an open visit of the
reading login; staff read the received ones: the Accidents service's queue) and on
`accident_declaration_line` (its declaration visible); `guichet_file_blocked(member_id)`
(SECURITY DEFINER) says whether a member's household has a declaration past its delay — the
earliest such due date, NULL if none — and answers only for a member of the caller's open
visit (a clerk's too: their visit of the member's file) or the owner: the household's other
members' declarations stay unread. A reimbursement line raises one declaration only (a unique
index); a declaration is due on or after the day it was opened, and one returned has the day
it was received (CHECKs).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from app.store.types import ExactDecimal

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SINCE_EVER = dt.date(2000, 1, 1)
D = Decimal

ACCIDENT_DELAY = (
    "domain.md §10, §14: Mutualia blocks the file of a declaration not returned ⚠ the delay "
    "itself is not public: the mutuality's figure to confirm"
)
ACCIDENT_EVENT = "domain.md §14: detection by codes or combinations ⚠ the mutuality's own setting"
RULES = (
    ("accident_return_days", D(30), SINCE_EVER, ACCIDENT_DELAY),
    ("accident_same_event_days", D(7), SINCE_EVER, ACCIDENT_EVENT),
)
nomenclature = sa.table(
    "nomenclature_code",
    sa.column("code", sa.String),
    sa.column("category", sa.String),
    sa.column("label_fr", sa.String),
    sa.column("label_nl", sa.String),
    sa.column("label_de", sa.String),
    sa.column("label_en", sa.String),
)
# Care that suggests an accident: demo codes ⚠ to confirm from NomenSoft (app/store/reference.py).
CODES = ("590015", "455015", "290015", "423010", "102550")

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


SETTINGS = "SECURITY DEFINER SET search_path = public, pg_temp"
MEMBERS = "(SELECT guichet_visible_members())"
STAFF = "(SELECT guichet_is_staff())"
DOCUMENT_0008 = f"member_id IN {MEMBERS}"
DOCUMENT_0013 = (
    f"{DOCUMENT_0008} OR ({STAFF} AND id IN (SELECT d.document_id FROM accident_declaration d "
    "WHERE d.status = 'received' AND d.document_id IS NOT NULL))"
)
POLICIES = (
    ("accident_declaration", f"member_id IN {MEMBERS} OR ({STAFF} AND status = 'received')"),
    (
        "accident_declaration_line",
        "declaration_id IN (SELECT d.id FROM accident_declaration d)",
    ),
)
# The schema owner (the worker, the tools) reads every row anyway: the function answers it too.
FILE_BLOCKED = f"""
    CREATE FUNCTION guichet_file_blocked(member_id integer) RETURNS date
    LANGUAGE sql STABLE {SETTINGS} AS $$
        SELECT min(d.due_on)
        FROM accident_declaration d JOIN member m ON m.id = d.member_id
        WHERE m.household_id = (SELECT x.household_id FROM member x
                                WHERE x.id = guichet_file_blocked.member_id)
          AND d.status = 'to_return'
          AND d.due_on < (now() AT TIME ZONE 'Europe/Brussels')::date
          AND (guichet_file_blocked.member_id IN (SELECT guichet_visible_members())
               OR session_user = (SELECT r.rolname FROM pg_class c
                                  JOIN pg_roles r ON r.oid = c.relowner
                                  WHERE c.oid = 'accident_declaration'::regclass))
    $$"""


def _drop_rules(rules) -> None:
    op.execute(parameter.delete().where(parameter.c.name.in_({name for name, *_ in rules})))


def upgrade() -> None:
    op.create_table(
        "accident_detection_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("from_line_id", sa.Integer(), nullable=False),
        sa.Column("to_line_id", sa.Integer(), nullable=False),
        sa.Column("lines_read", sa.Integer(), nullable=False),
        sa.Column("declarations_opened", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accident_detection_run")),
    )
    op.create_table(
        "accident_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("federation_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("codes", sa.String(length=400), nullable=False),
        sa.Column("window_days", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_accident_rule_dates")
        ),
        sa.CheckConstraint("window_days >= 0", name=op.f("ck_accident_rule_window")),
        sa.ForeignKeyConstraint(
            ["federation_id"],
            ["federation.id"],
            name=op.f("fk_accident_rule_federation_id_federation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accident_rule")),
        sa.UniqueConstraint(
            "name",
            "federation_id",
            "valid_from",
            name=op.f("uq_accident_rule_name_federation_id_valid_from"),
        ),
    )
    op.create_table(
        "accident_declaration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("presumed_on", sa.Date(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "to_return",
                "received",
                "handled",
                name="accident_status",
                native_enum=False,
                create_constraint=True,
            ),
            server_default="to_return",
            nullable=False,
        ),
        sa.Column("received_on", sa.Date(), nullable=True),
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
            nullable=True,
        ),
        sa.Column("was_accident", sa.Boolean(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "work",
                "school",
                "road",
                "sport",
                "home",
                "other",
                "not_an_accident",
                name="accident_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("happened_on", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("description", sa.String(length=2000), nullable=True),
        sa.Column("third_party", sa.Boolean(), nullable=True),
        sa.Column("third_party_name", sa.String(length=200), nullable=True),
        sa.Column("third_party_address", sa.String(length=300), nullable=True),
        sa.Column("insurer", sa.String(length=200), nullable=True),
        sa.Column("policy_number", sa.String(length=60), nullable=True),
        sa.Column("police_report", sa.String(length=60), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("operation_id", sa.Uuid(), nullable=True),
        sa.Column("registered_by", sa.Integer(), nullable=True),
        sa.Column("handled_on", sa.Date(), nullable=True),
        sa.Column("handled_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_accident_declaration_document_id_document"),
        ),
        sa.ForeignKeyConstraint(
            ["handled_by"], ["staff.id"], name=op.f("fk_accident_declaration_handled_by_staff")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_accident_declaration_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["registered_by"],
            ["staff.id"],
            name=op.f("fk_accident_declaration_registered_by_staff"),
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["accident_detection_run.id"],
            name=op.f("fk_accident_declaration_run_id_accident_detection_run"),
        ),
        sa.CheckConstraint(
            "due_on >= opened_on", name=op.f("ck_accident_declaration_due_after_opened")
        ),
        sa.CheckConstraint(
            "status = 'to_return' OR received_on IS NOT NULL",
            name=op.f("ck_accident_declaration_received_when_returned"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accident_declaration")),
        sa.UniqueConstraint("operation_id", name=op.f("uq_accident_declaration_operation_id")),
    )
    with op.batch_alter_table("accident_declaration") as batch_op:
        batch_op.create_index(
            "ix_accident_declaration_member_presumed", ["member_id", "presumed_on"], unique=False
        )
        batch_op.create_index(
            "ix_accident_declaration_status_due", ["status", "due_on"], unique=False
        )
    op.create_table(
        "accident_declaration_line",
        sa.Column("declaration_id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["declaration_id"],
            ["accident_declaration.id"],
            name=op.f("fk_accident_declaration_line_declaration_id_accident_declaration"),
        ),
        sa.ForeignKeyConstraint(
            ["line_id"],
            ["reimbursement_line.id"],
            name=op.f("fk_accident_declaration_line_line_id_reimbursement_line"),
        ),
        sa.ForeignKeyConstraint(
            ["rule_id"],
            ["accident_rule.id"],
            name=op.f("fk_accident_declaration_line_rule_id_accident_rule"),
        ),
        sa.PrimaryKeyConstraint(
            "declaration_id", "line_id", name=op.f("pk_accident_declaration_line")
        ),
    )
    with op.batch_alter_table("accident_declaration_line") as batch_op:
        batch_op.create_index("ux_accident_declaration_line_line", ["line_id"], unique=True)
    from app.store import reference

    connection = op.get_bind()
    present = set(connection.execute(sa.select(nomenclature.c.code)).scalars())
    # A seeded database gets the codes its new rules name; an empty one gets them with the
    # rest of the nomenclature when it is seeded.
    rows = [row for row in reference.nomenclature_rows() if row["code"] in CODES]
    rows = [row for row in rows if row["code"] not in present]
    if present and rows:
        op.bulk_insert(nomenclature, rows)
    _add_rules(RULES)
    if connection.dialect.name == "postgresql":
        for table, expression in POLICIES:
            op.execute(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
            op.execute(
                f'CREATE POLICY guichet_read_select ON "{table}" FOR SELECT TO PUBLIC '
                f"USING ({expression})"
            )
        op.execute(FILE_BLOCKED)
        op.execute("REVOKE ALL ON FUNCTION guichet_file_blocked(integer) FROM PUBLIC")
        # The Accidents service reads the signed form of a declaration in its queue.
        op.execute("DROP POLICY guichet_read_select ON document")
        op.execute(
            "CREATE POLICY guichet_read_select ON document FOR SELECT TO PUBLIC "
            f"USING ({DOCUMENT_0013})"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY guichet_read_select ON document")
        op.execute(
            "CREATE POLICY guichet_read_select ON document FOR SELECT TO PUBLIC "
            f"USING ({DOCUMENT_0008})"
        )
        op.execute("DROP FUNCTION guichet_file_blocked(integer)")
        for table, _expression in POLICIES:
            op.execute(f'DROP POLICY guichet_read_select ON "{table}"')
    _drop_rules(RULES)
    op.drop_table("accident_declaration_line")
    op.drop_table("accident_declaration")
    op.drop_table("accident_rule")
    op.drop_table("accident_detection_run")
