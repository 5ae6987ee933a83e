"""Incapacity at the terminal (issue 15): certificates and their channel, what the indemnity
is computed from, partial resumption requests, the medical adviser, the published payment
calendar, and the dated rules of declarations, relapses, minimum amounts and flat rates.

- `incapacity_certificate` gains its member (the adviser's queue lists the unchecked ones
  without reading incapacity files), how it came (paper, electronic, the member's own
  declaration), when the adviser checked it, and a late one's own cut (its rate, from the first
  paid day it concerns to the day it arrived); the existing ones count as checked on the day
  they were received.
- `incapacity` gains the gross daily wage, the family situation and whether the member is a
  regular worker (the estimate's inputs), and what the member resumed.
- `partial_resumption`: requests to work part time, decided by the medical adviser.
- `staff.medical_adviser`; on PostgreSQL the group `guichet_advisers` (app/store/roles.py).
- `payment_calendar` holds published dates only, with their source: the dates an earlier
  version computed are replaced by the 2025 national calendar and the mutuality's December
  dates (a month without a published date is shown with an expected date, marked).
- The rules as dated rows per federation, as they stood when this migration was made.
- PostgreSQL: row-level security on `partial_resumption` (the member in a visit, or staff: it
  is the queue's), and staff read the unchecked certificates (the queue) but no other.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from app.store.types import ExactDecimal

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SINCE_EVER = dt.date(2000, 1, 1)
MUTUALITY = "mutuality's rules (domain.md §13)"
DECLARATION = (
    "domain.md §14, INAMI 'Déclarer son incapacité' (unemployed, self-employed since 1/1/2022)"
)
RELAPSE = "domain.md §6: relapse within 14 days (primary) or 3 months (invalidity)"
LATE = "domain.md §14: waiver for a loss of 25 € or more; MC income limit, once per 3 years"
ELECTRONIC = "domain.md §14, INAMI 25/11/2025: electronic certificates from GPs, 3 months each"
RESUMPTION = "domain.md §14: partial resumption, late within 14 days −10 %, cut by fraction − 20 %"
DECLARATION_OLD = (
    "domain.md §6: before 1/1/2022 the unemployed 48 h (the 2nd day), the self-employed 14 days "
    "(older sources)"
)
SELF_EMPLOYED_RESUMPTION = (
    "domain.md §14: self-employed partial resumption, no cut for 6 months, −10 % until 31/12 "
    "of year 3, then by income ⚠ since when not stated"
)
MINIMA_2021 = "domain.md §6, drtpartners.webwin.be: minimum daily amounts since 1/1/2021 ⚠ old"
MINIMA_2022 = "domain.md §14, index notice 1/12/2022: minimum daily amounts"
FLAT_2021 = "domain.md §14, Securex: self-employed flat daily rates from 1/7/2021 ⚠ old"
INDEX_2021, INDEX_2022, FLAT_FROM = dt.date(2021, 1, 1), dt.date(2022, 12, 1), dt.date(2021, 7, 1)
D = Decimal

# (name, value, valid_from, source)
RULES = (
    ("declaration_days_worker", D(14), SINCE_EVER, DECLARATION),
    ("declaration_days_employee", D(28), SINCE_EVER, DECLARATION),
    ("declaration_days_unemployed", D(2), SINCE_EVER, DECLARATION_OLD),
    ("declaration_days_unemployed", D(7), dt.date(2022, 1, 1), DECLARATION),
    ("declaration_days_self_employed", D(14), SINCE_EVER, DECLARATION_OLD),
    ("declaration_days_self_employed", D(7), dt.date(2022, 1, 1), DECLARATION),
    # 1: the first day of incapacity counts in the deadline; 0: it does not.
    ("declaration_day1_counts_worker", D(1), SINCE_EVER, DECLARATION),
    ("declaration_day1_counts_employee", D(1), SINCE_EVER, DECLARATION),
    ("declaration_day1_counts_unemployed", D(1), SINCE_EVER, DECLARATION_OLD),
    ("declaration_day1_counts_unemployed", D(0), dt.date(2022, 1, 1), DECLARATION),
    ("declaration_day1_counts_self_employed", D(0), SINCE_EVER, DECLARATION_OLD),
    ("declaration_day1_counts_self_employed", D(0), dt.date(2022, 1, 1), DECLARATION),
    # The indemnity starts after the employer's guaranteed salary (days after the first).
    ("paid_from_day_worker", D(14), SINCE_EVER, "domain.md §6: guaranteed salary"),
    ("paid_from_day_employee", D(30), SINCE_EVER, "domain.md §6: guaranteed salary"),
    ("paid_from_day_unemployed", D(0), SINCE_EVER, "domain.md §6"),
    ("paid_from_day_self_employed", D(7), SINCE_EVER, "domain.md §14: 7 days"),
    ("relapse_days_primary", D(14), SINCE_EVER, RELAPSE),
    ("relapse_months_invalidity", D(3), SINCE_EVER, RELAPSE),
    ("late_waiver_min_loss", D("25.00"), SINCE_EVER, LATE),
    ("late_waiver_income_base", D("18855.63"), SINCE_EVER, LATE),
    ("late_waiver_income_per_member", D("3490.68"), SINCE_EVER, LATE),
    ("late_waiver_once_in_years", D(3), SINCE_EVER, LATE),
    ("self_employed_late_grace_months", D(1), dt.date(2022, 1, 1), DECLARATION),
    ("electronic_certificate_max_months", D(3), dt.date(2026, 1, 1), ELECTRONIC),
    ("paper_certificate_max_days", D(14), dt.date(2026, 1, 1), ELECTRONIC),
    ("partial_resumption_late_days", D(14), SINCE_EVER, RESUMPTION),
    ("partial_resumption_late_penalty", D("0.10"), SINCE_EVER, RESUMPTION),
    ("partial_resumption_free_fraction", D("0.20"), dt.date(2018, 4, 1), RESUMPTION),
    ("partial_resumption_max_months", D(24), dt.date(2018, 4, 1), RESUMPTION),
    # A self-employed member's partial resumption: no cut for so many months, then a flat cut
    # until the 31/12 of the so-many-th calendar year (the start's counted as the first).
    ("self_employed_resumption_free_months", D(6), SINCE_EVER, SELF_EMPLOYED_RESUMPTION),
    ("self_employed_resumption_cut", D("0.10"), SINCE_EVER, SELF_EMPLOYED_RESUMPTION),
    ("self_employed_resumption_cut_years", D(3), SINCE_EVER, SELF_EMPLOYED_RESUMPTION),
    # The member tells the mutuality the day they resumed within so many days (the return form).
    (
        "return_notice_days",
        D(8),
        SINCE_EVER,
        "socialsecurity.be, DRS scenario 6: the worker gives the date of return within 8 days",
    ),
    ("minimum_from_month", D(4), SINCE_EVER, MINIMA_2022),
    ("minimum_family_from_month", D(7), SINCE_EVER, MINIMA_2022),
    ("minimum_regular_with_dependants", D("62.08"), INDEX_2021, MINIMA_2021),
    ("minimum_regular_single", D("49.68"), INDEX_2021, MINIMA_2021),
    ("minimum_regular_cohabitant", D("42.60"), INDEX_2021, MINIMA_2021),
    ("minimum_non_regular_with_dependants", D("51.18"), INDEX_2021, MINIMA_2021),
    ("minimum_non_regular_single", D("37.87"), INDEX_2021, MINIMA_2021),
    ("minimum_non_regular_cohabitant", D("37.87"), INDEX_2021, MINIMA_2021),
    # From month 4 to 6 the family situation counts for "with dependants" only.
    ("minimum_m4_regular_with_dependants", D("73.10"), INDEX_2022, MINIMA_2022),
    ("minimum_m4_non_regular_with_dependants", D("61.54"), INDEX_2022, MINIMA_2022),
    ("minimum_m4_others", D("58.21"), INDEX_2022, MINIMA_2022),
    ("minimum_regular_with_dependants", D("73.10"), INDEX_2022, MINIMA_2022),
    ("minimum_regular_single", D("58.21"), INDEX_2022, MINIMA_2022),
    ("minimum_regular_cohabitant", D("49.91"), INDEX_2022, MINIMA_2022),
    ("minimum_non_regular_with_dependants", D("61.54"), INDEX_2022, MINIMA_2022),
    ("minimum_non_regular_single", D("45.54"), INDEX_2022, MINIMA_2022),
    ("minimum_non_regular_cohabitant", D("45.54"), INDEX_2022, MINIMA_2022),
    ("self_employed_flat_with_dependants", D("63.63"), FLAT_FROM, FLAT_2021),
    ("self_employed_flat_single", D("50.67"), FLAT_FROM, FLAT_2021),
    ("self_employed_flat_cohabitant", D("38.86"), FLAT_FROM, FLAT_2021),
)

NATIONAL_2025 = "CAAMI/HZIV calendar 2025 (domain.md §14)"
# (phase, covers_from, covers_to, paid_on, source): app/store/data/payment_calendar.csv then.
CALENDAR = (
    ("primary", "2025-01-01", "2025-01-15", "2025-01-16", NATIONAL_2025),
    ("primary", "2025-01-16", "2025-01-31", "2025-02-04", NATIONAL_2025),
    ("primary", "2025-02-01", "2025-02-15", "2025-02-18", NATIONAL_2025),
    ("primary", "2025-02-16", "2025-02-28", "2025-03-04", NATIONAL_2025),
    ("primary", "2025-12-01", "2025-12-15", "2025-12-18", NATIONAL_2025),
    ("primary", "2025-12-16", "2025-12-31", "2025-12-30",
     "the mutuality's next payment (domain.md §13)"),
    *(
        ("invalidity", f"2025-{month:02d}-01", end, paid, NATIONAL_2025)
        for month, end, paid in (
            (1, "2025-01-31", "2025-01-29"), (2, "2025-02-28", "2025-02-26"),
            (3, "2025-03-31", "2025-03-27"), (4, "2025-04-30", "2025-04-28"),
            (5, "2025-05-31", "2025-05-26"), (6, "2025-06-30", "2025-06-26"),
            (7, "2025-07-31", "2025-07-27"), (8, "2025-08-31", "2025-08-27"),
            (9, "2025-09-30", "2025-09-26"), (10, "2025-10-31", "2025-10-29"),
            (11, "2025-11-30", "2025-11-26"),
        )
    ),
    ("invalidity", "2025-12-01", "2025-12-31", "2025-12-19",
     "CAAMI/HZIV calendar 2025; the mutuality's (domain.md §13)"),
)  # fmt: skip

parameter = sa.table(
    "federation_parameter",
    sa.column("federation_id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("value", ExactDecimal(scale=4)),
    sa.column("valid_from", sa.Date),
    sa.column("valid_to", sa.Date),
    sa.column("source", sa.String),
)
federation = sa.table("federation", sa.column("id", sa.Integer))
calendar = sa.table(
    "payment_calendar",
    sa.column("phase", sa.String),
    sa.column("covers_from", sa.Date),
    sa.column("covers_to", sa.Date),
    sa.column("pay_on", sa.Date),
    sa.column("source", sa.String),
)


def _enum(name: str, *values: str, constraint: bool = True) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=constraint)


def _check(batch_op, table: str, column: str, name: str, *values: str) -> None:
    """The CHECK a new closed-list column gets (added after the column: SQLite's table copy
    cannot name a column in a CHECK before the column exists)."""
    listed = ", ".join(f"'{value}'" for value in values)
    batch_op.create_check_constraint(op.f(f"ck_{table}_{name}"), f"{column} IN ({listed})")


FAMILY = ("with_dependants", "single", "cohabitant")
RESUMED = ("work", "unemployment")
CHANNELS = ("paper", "electronic", "declaration")


def _money() -> ExactDecimal:
    return ExactDecimal(scale=2, precision=14)


STAFF_READ = "(SELECT guichet_is_staff())"
MEMBERS = "(SELECT guichet_visible_members())"
CERTIFICATE_0008 = (
    f"incapacity_id IN (SELECT i.id FROM incapacity i WHERE i.member_id IN {MEMBERS})"
)
CERTIFICATE_0012 = f"member_id IN {MEMBERS} OR (checked_on IS NULL AND {STAFF_READ})"
# A clerk reads a request while it waits in the adviser's queue; decided, only within the
# member's visit (as a checked certificate).
RESUMPTION_READ = f"member_id IN {MEMBERS} OR (status = 'received' AND {STAFF_READ})"


def upgrade() -> None:
    op.create_table(
        "partial_resumption",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("incapacity_id", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("work_hours", _money(), nullable=False),
        sa.Column("reference_hours", _money(), nullable=False),
        sa.Column("employer", sa.String(length=200), nullable=False),
        sa.Column("self_employed", sa.Boolean(), nullable=False),
        sa.Column("channel", _enum("channel", "terminal", "counter", "online", "post"),
                  nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reached_on", sa.Date(), nullable=False),
        sa.Column("timeliness", _enum("timeliness", "on_time", "late_cut", "late_no_indemnity"),
                  nullable=False),
        sa.Column("status", _enum("resumption_status", "received", "authorised", "refused"),
                  server_default="received", nullable=False),
        sa.Column("assigned_to", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("operation_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint("work_hours > 0 AND work_hours < reference_hours",
                           name=op.f("ck_partial_resumption_hours")),
        sa.ForeignKeyConstraint(["assigned_to"], ["staff.id"],
                                name=op.f("fk_partial_resumption_assigned_to_staff")),
        sa.ForeignKeyConstraint(["decided_by"], ["staff.id"],
                                name=op.f("fk_partial_resumption_decided_by_staff")),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"],
                                name=op.f("fk_partial_resumption_document_id_document")),
        sa.ForeignKeyConstraint(["incapacity_id"], ["incapacity.id"],
                                name=op.f("fk_partial_resumption_incapacity_id_incapacity")),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"],
                                name=op.f("fk_partial_resumption_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partial_resumption")),
        sa.UniqueConstraint("operation_id", name=op.f("uq_partial_resumption_operation_id")),
    )  # fmt: skip
    with op.batch_alter_table("partial_resumption") as batch_op:
        batch_op.create_index("ix_partial_resumption_member_created", ["member_id", "created_at"])
        batch_op.create_index("ix_partial_resumption_status_created", ["status", "created_at"])

    with op.batch_alter_table("incapacity", recreate="never") as batch_op:  # see below
        batch_op.add_column(sa.Column("gross_daily_wage", _money(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "family_situation",
                _enum("family_situation", *FAMILY, constraint=False),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("regular_worker", sa.Boolean(), nullable=True))
        batch_op.add_column(
            sa.Column("resumed_as", _enum("resumed_as", *RESUMED, constraint=False), nullable=True)
        )
    with op.batch_alter_table("incapacity") as batch_op:
        _check(batch_op, "incapacity", "family_situation", "family_situation", *FAMILY)
        _check(batch_op, "incapacity", "resumed_as", "resumed_as", *RESUMED)

    # The member of each certificate, filled from its incapacity before it becomes required.
    # (Added by plain ALTER TABLE, their CHECKs after them: a copy of the table with a new
    # CHECK, batch's way, would name the new columns in its copy's SELECT before they exist.)
    with op.batch_alter_table("incapacity_certificate", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("member_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "channel",
                _enum("certificate_channel", *CHANNELS, constraint=False),
                server_default="paper",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("checked_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("checked_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("operation_id", sa.Uuid(), nullable=True))
        # A late certificate's own cut: its rate and the paid days it runs over (None: on
        # time); the period's late_penalty_rate stays its first declaration's.
        batch_op.add_column(sa.Column("late_penalty_rate", ExactDecimal(scale=4), nullable=True))
        batch_op.add_column(sa.Column("late_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("late_until", sa.Date(), nullable=True))
    op.execute(
        "UPDATE incapacity_certificate SET member_id = (SELECT i.member_id FROM incapacity i "
        "WHERE i.id = incapacity_certificate.incapacity_id), checked_on = received_on"
    )
    with op.batch_alter_table("incapacity_certificate") as batch_op:
        batch_op.alter_column("member_id", existing_type=sa.Integer(), nullable=False)
        _check(batch_op, "incapacity_certificate", "channel", "certificate_channel", *CHANNELS)
        batch_op.create_index(batch_op.f("ix_incapacity_certificate_member_id"), ["member_id"])
        batch_op.create_index(
            "ix_incapacity_certificate_unchecked",
            ["received_on"],
            postgresql_where=sa.text("checked_on IS NULL"),
            sqlite_where=sa.text("checked_on IS NULL"),
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_incapacity_certificate_operation_id"), ["operation_id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_incapacity_certificate_checked_by_staff"), "staff", ["checked_by"],
            ["id"],
        )  # fmt: skip
        batch_op.create_foreign_key(
            batch_op.f("fk_incapacity_certificate_member_id_member"), "member", ["member_id"],
            ["id"],
        )  # fmt: skip

    with op.batch_alter_table("payment_calendar") as batch_op:
        batch_op.add_column(sa.Column("source", sa.String(length=200), nullable=True))
    op.execute(calendar.delete())
    op.bulk_insert(
        calendar,
        [
            {
                "phase": phase,
                "covers_from": dt.date.fromisoformat(start),
                "covers_to": dt.date.fromisoformat(end),
                "pay_on": dt.date.fromisoformat(paid),
                "source": source,
            }
            for phase, start, end, paid, source in CALENDAR
        ],
    )

    with op.batch_alter_table("staff") as batch_op:
        batch_op.add_column(
            sa.Column("medical_adviser", sa.Boolean(), server_default=sa.false(), nullable=False)
        )

    connection = op.get_bind()
    federations = connection.execute(sa.select(federation.c.id)).scalars().all()
    present = set(
        connection.execute(
            sa.select(parameter.c.federation_id, parameter.c.name, parameter.c.valid_from).where(
                parameter.c.name.in_({name for name, *_ in RULES})
            )
        ).all()
    )
    rows = [
        {
            "federation_id": federation_id,
            "name": name,
            "value": value,
            "valid_from": valid_from,
            "valid_to": None,
            "source": source,
        }
        for federation_id in federations
        for name, value, valid_from, source in RULES
        if (federation_id, name, valid_from) not in present
    ]
    if rows:
        op.bulk_insert(parameter, rows)

    if connection.dialect.name == "postgresql":
        op.execute('ALTER TABLE "partial_resumption" ENABLE ROW LEVEL SECURITY')
        op.execute(
            "CREATE POLICY guichet_read_select ON partial_resumption FOR SELECT TO PUBLIC "
            f"USING ({RESUMPTION_READ})"
        )
        op.execute("DROP POLICY guichet_read_select ON incapacity_certificate")
        op.execute(
            "CREATE POLICY guichet_read_select ON incapacity_certificate FOR SELECT TO PUBLIC "
            f"USING ({CERTIFICATE_0012})"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY guichet_read_select ON incapacity_certificate")
        op.execute(
            "CREATE POLICY guichet_read_select ON incapacity_certificate FOR SELECT TO PUBLIC "
            f"USING ({CERTIFICATE_0008})"
        )
    op.execute(parameter.delete().where(parameter.c.name.in_({name for name, *_ in RULES})))
    with op.batch_alter_table("staff") as batch_op:
        batch_op.drop_column("medical_adviser")
    with op.batch_alter_table("payment_calendar") as batch_op:
        batch_op.drop_column("source")
    with op.batch_alter_table("incapacity_certificate") as batch_op:
        batch_op.drop_constraint(op.f("ck_incapacity_certificate_certificate_channel"), "check")
        batch_op.drop_constraint(
            batch_op.f("fk_incapacity_certificate_member_id_member"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_incapacity_certificate_checked_by_staff"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("uq_incapacity_certificate_operation_id"), type_="unique"
        )
        batch_op.drop_index("ix_incapacity_certificate_unchecked")
        batch_op.drop_index(batch_op.f("ix_incapacity_certificate_member_id"))
        for column in (
            "late_until", "late_from", "late_penalty_rate", "operation_id", "checked_by",
            "checked_on", "channel", "member_id",
        ):  # fmt: skip
            batch_op.drop_column(column)
    with op.batch_alter_table("incapacity") as batch_op:
        for name in ("ck_incapacity_family_situation", "ck_incapacity_resumed_as"):
            batch_op.drop_constraint(op.f(name), "check")
        for column in ("resumed_as", "regular_worker", "family_situation", "gross_daily_wage"):
            batch_op.drop_column(column)
    op.drop_table("partial_resumption")
