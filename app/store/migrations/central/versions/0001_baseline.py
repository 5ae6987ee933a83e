"""baseline: the mutuality central schema

Revision ID: 0001_baseline
Revises:
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.store.types

revision: str = "0001_baseline"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "federation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name_fr", sa.String(length=120), nullable=False),
        sa.Column("name_nl", sa.String(length=120), nullable=False),
        sa.Column("name_de", sa.String(length=120), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_federation")),
        sa.UniqueConstraint("code", name=op.f("uq_federation_code")),
    )
    op.create_table(
        "maf_ceiling",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "income",
                "social",
                "child",
                name="maf_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column(
            "income_from", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False
        ),
        sa.Column("income_to", app.store.types.ExactDecimal(scale=2, precision=14), nullable=True),
        sa.Column("ceiling", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_maf_ceiling_dates")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maf_ceiling")),
        sa.UniqueConstraint(
            "kind",
            "valid_from",
            "income_from",
            name=op.f("uq_maf_ceiling_kind_valid_from_income_from"),
        ),
    )
    op.create_table(
        "nomenclature_code",
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("label_fr", sa.String(length=200), nullable=False),
        sa.Column("label_nl", sa.String(length=200), nullable=False),
        sa.Column("label_de", sa.String(length=200), nullable=False),
        sa.Column("label_en", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_nomenclature_code")),
    )
    op.create_table(
        "payment_calendar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "phase",
            sa.Enum(
                "primary",
                "invalidity",
                name="incapacity_phase",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("covers_from", sa.Date(), nullable=False),
        sa.Column("covers_to", sa.Date(), nullable=False),
        sa.Column("pay_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_calendar")),
        sa.UniqueConstraint(
            "phase", "covers_from", name=op.f("uq_payment_calendar_phase_covers_from")
        ),
    )
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("federation_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("street", sa.String(length=120), nullable=False),
        sa.Column("house_number", sa.String(length=12), nullable=False),
        sa.Column("postcode", sa.String(length=4), nullable=False),
        sa.Column("municipality", sa.String(length=80), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("opening_hours", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["federation_id"], ["federation.id"], name=op.f("fk_agency_federation_id_federation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency")),
        sa.UniqueConstraint("code", name=op.f("uq_agency_code")),
    )
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agency_federation_id"), ["federation_id"], unique=False
        )

    op.create_table(
        "federation_parameter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("federation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", app.store.types.ExactDecimal(scale=4, precision=14), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_federation_parameter_dates")
        ),
        sa.ForeignKeyConstraint(
            ["federation_id"],
            ["federation.id"],
            name=op.f("fk_federation_parameter_federation_id_federation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_federation_parameter")),
        sa.UniqueConstraint(
            "federation_id",
            "name",
            "valid_from",
            name=op.f("uq_federation_parameter_federation_id_name_valid_from"),
        ),
    )
    op.create_table(
        "nomenclature_fee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("with_dmg", sa.Boolean(), nullable=False),
        sa.Column(
            "official_fee", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False
        ),
        sa.Column(
            "reimbursement_ordinary",
            app.store.types.ExactDecimal(scale=2, precision=14),
            nullable=False,
        ),
        sa.Column(
            "reimbursement_bim", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False
        ),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "reimbursement_ordinary <= official_fee AND reimbursement_bim <= official_fee",
            name=op.f("ck_nomenclature_fee_reimbursement_within_fee"),
        ),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_nomenclature_fee_dates")
        ),
        sa.ForeignKeyConstraint(
            ["code"],
            ["nomenclature_code.code"],
            name=op.f("fk_nomenclature_fee_code_nomenclature_code"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nomenclature_fee")),
        sa.UniqueConstraint(
            "code",
            "valid_from",
            "with_dmg",
            name=op.f("uq_nomenclature_fee_code_valid_from_with_dmg"),
        ),
    )
    op.create_table(
        "household",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("federation_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_household_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["federation_id"], ["federation.id"], name=op.f("fk_household_federation_id_federation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household")),
    )
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_household_agency_id"), ["agency_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_household_federation_id"), ["federation_id"], unique=False
        )

    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=40), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "clerk",
                "supervisor",
                "admin",
                name="staff_role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_staff_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("login", name=op.f("uq_staff_login")),
    )
    op.create_table(
        "maf_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "income",
                "social",
                "child",
                name="maf_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("ceiling", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False),
        sa.Column(
            "personal_shares", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False
        ),
        sa.Column("refunded", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False),
        sa.Column("reached_on", sa.Date(), nullable=True),
        sa.Column("updated_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_maf_counter_household_id_household")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maf_counter")),
        sa.UniqueConstraint("household_id", "year", name=op.f("uq_maf_counter_household_id_year")),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("niss", sa.String(length=11), nullable=False),
        sa.Column("affiliation_number", sa.String(length=20), nullable=False),
        sa.Column("first_names", sa.String(length=120), nullable=False),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column(
            "sex",
            sa.Enum("M", "F", "X", name="sex", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column(
            "language",
            sa.Enum(
                "fr", "nl", "de", "en", name="language", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "holder", "dependant", name="member_role", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("holder_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "mutation_pending",
                "left",
                "deceased",
                name="member_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("affiliated_on", sa.Date(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("street", sa.String(length=120), nullable=False),
        sa.Column("house_number", sa.String(length=12), nullable=False),
        sa.Column("box", sa.String(length=12), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("municipality", sa.String(length=80), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("iban", sa.String(length=34), nullable=True),
        sa.Column("access_blocked_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "(role = 'holder' AND holder_id IS NULL) OR (role = 'dependant' AND holder_id IS NOT NULL)",
            name=op.f("ck_member_role_holder"),
        ),
        sa.CheckConstraint("length(niss) = 11", name=op.f("ck_member_niss_length")),
        sa.ForeignKeyConstraint(
            ["holder_id"], ["member.id"], name=op.f("fk_member_holder_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"], ["household.id"], name=op.f("fk_member_household_id_household")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
        sa.UniqueConstraint("affiliation_number", name=op.f("uq_member_affiliation_number")),
        sa.UniqueConstraint("niss", name=op.f("uq_member_niss")),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_holder_id"), ["holder_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_member_household_id"), ["household_id"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("terminal", sa.String(length=40), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_audit_log_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_audit_log_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_member_at", ["member_id", "at"], unique=False)

    op.create_table(
        "contact_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
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
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("operation_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_contact_request_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_request")),
        sa.UniqueConstraint("operation_id", name=op.f("uq_contact_request_operation_id")),
    )
    with op.batch_alter_table("contact_request", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contact_request_member_created", ["member_id", "created_at"], unique=False
        )

    op.create_table(
        "dmg",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("doctor_name", sa.String(length=120), nullable=False),
        sa.Column("doctor_inami", sa.String(length=11), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_dmg_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dmg")),
    )
    with op.batch_alter_table("dmg", schema=None) as batch_op:
        batch_op.create_index("ix_dmg_member_valid", ["member_id", "valid_until"], unique=False)

    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "direction",
            sa.Enum(
                "received",
                "sent",
                name="document_direction",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("dated_on", sa.Date(), nullable=False),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("content_sha256", sa.String(length=64), nullable=True),
        sa.Column("operation_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_document_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("operation_id", name=op.f("uq_document_operation_id")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index("ix_document_member_dated", ["member_id", "dated_on"], unique=False)

    op.create_table(
        "document_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("for_member_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "stickers",
                "envelopes",
                "incapacity_certificate",
                "ehic",
                name="order_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("quantity", sa.Integer(), nullable=False),
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
        sa.Column("terminal", sa.String(length=40), nullable=True),
        sa.Column("ordered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "received",
                "processing",
                "sent",
                "rejected",
                name="order_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("operation_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_document_order_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["for_member_id"], ["member.id"], name=op.f("fk_document_order_for_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_document_order_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_order")),
        sa.UniqueConstraint("operation_id", name=op.f("uq_document_order_operation_id")),
    )
    with op.batch_alter_table("document_order", schema=None) as batch_op:
        batch_op.create_index(
            "ix_document_order_member_ordered", ["member_id", "ordered_at"], unique=False
        )

    op.create_table(
        "incapacity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column(
            "work_status",
            sa.Enum(
                "employee",
                "worker",
                "unemployed",
                "self_employed",
                name="work_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("declared_on", sa.Date(), nullable=False),
        sa.Column("invalidity_from", sa.Date(), nullable=True),
        sa.Column(
            "late_penalty_rate", app.store.types.ExactDecimal(scale=4, precision=14), nullable=False
        ),
        sa.Column("relapse_of_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_incapacity_member_id_member")
        ),
        sa.ForeignKeyConstraint(
            ["relapse_of_id"],
            ["incapacity.id"],
            name=op.f("fk_incapacity_relapse_of_id_incapacity"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incapacity")),
    )
    with op.batch_alter_table("incapacity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incapacity_member_id"), ["member_id"], unique=False)

    op.create_table(
        "insurability",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("ct1", sa.String(length=3), nullable=False),
        sa.Column("ct2", sa.String(length=3), nullable=False),
        sa.Column("bim", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "bim = (substr(ct1, 3, 1) = '1')", name=op.f("ck_insurability_bim_matches_ct1")
        ),
        sa.CheckConstraint(
            "length(ct1) = 3 AND length(ct2) = 3", name=op.f("ck_insurability_codes")
        ),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_insurability_dates")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_insurability_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_insurability")),
        sa.UniqueConstraint(
            "member_id", "valid_from", name=op.f("uq_insurability_member_id_valid_from")
        ),
    )
    with op.batch_alter_table("insurability", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_insurability_member_id"), ["member_id"], unique=False)

    op.create_table(
        "medical_agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column(
            "decision",
            sa.Enum(
                "pending",
                "granted",
                "refused",
                name="agreement_decision",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_medical_agreement_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medical_agreement")),
    )
    with op.batch_alter_table("medical_agreement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_medical_agreement_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "online_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=11), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending_letter",
                "active",
                "deactivated",
                name="account_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("activated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deactivated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deactivation_reason", sa.String(length=200), nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_online_account_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_online_account")),
        sa.UniqueConstraint("member_id", name=op.f("uq_online_account_member_id")),
        sa.UniqueConstraint("username", name=op.f("uq_online_account_username")),
    )
    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payee_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "reimbursement",
                "maf_refund",
                name="payment_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("processed_on", sa.Date(), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("communication", sa.String(length=140), nullable=False),
        sa.Column("amount", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False),
        sa.ForeignKeyConstraint(
            ["payee_id"], ["member.id"], name=op.f("fk_payment_payee_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_payment_payee_processed", ["payee_id", "processed_on"], unique=False
        )

    op.create_table(
        "young_saver_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("balance", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_young_saver_account_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_young_saver_account")),
        sa.UniqueConstraint("member_id", name=op.f("uq_young_saver_account_member_id")),
    )
    op.create_table(
        "contact_request_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "received",
                "in_progress",
                "answered",
                "closed",
                name="request_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["contact_request.id"],
            name=op.f("fk_contact_request_event_request_id_contact_request"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_contact_request_event_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_request_event")),
    )
    with op.batch_alter_table("contact_request_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_request_event_request_id"), ["request_id"], unique=False
        )

    op.create_table(
        "incapacity_certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incapacity_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "initial",
                "prolongation",
                "resumption",
                "partial_resumption",
                name="certificate_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("covers_from", sa.Date(), nullable=False),
        sa.Column("covers_to", sa.Date(), nullable=True),
        sa.Column("doctor_name", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["incapacity_id"],
            ["incapacity.id"],
            name=op.f("fk_incapacity_certificate_incapacity_id_incapacity"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incapacity_certificate")),
    )
    with op.batch_alter_table("incapacity_certificate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incapacity_certificate_incapacity_id"), ["incapacity_id"], unique=False
        )

    op.create_table(
        "indemnity_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incapacity_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column(
            "phase",
            sa.Enum(
                "primary",
                "invalidity",
                name="incapacity_phase",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("covers_from", sa.Date(), nullable=False),
        sa.Column("covers_to", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column(
            "daily_amount", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False
        ),
        sa.Column("gross", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False),
        sa.Column(
            "withholding", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False
        ),
        sa.Column("net", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.ForeignKeyConstraint(
            ["incapacity_id"],
            ["incapacity.id"],
            name=op.f("fk_indemnity_payment_incapacity_id_incapacity"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_indemnity_payment_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indemnity_payment")),
    )
    with op.batch_alter_table("indemnity_payment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indemnity_payment_incapacity_id"), ["incapacity_id"], unique=False
        )
        batch_op.create_index(
            "ix_indemnity_payment_member_paid", ["member_id", "paid_on"], unique=False
        )

    op.create_table(
        "medical_convocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("incapacity_id", sa.Integer(), nullable=True),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("adviser_name", sa.String(length=120), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "attended",
                "missed",
                "cancelled",
                name="convocation_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_medical_convocation_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["incapacity_id"],
            ["incapacity.id"],
            name=op.f("fk_medical_convocation_incapacity_id_incapacity"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_medical_convocation_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medical_convocation")),
    )
    with op.batch_alter_table("medical_convocation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_medical_convocation_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "online_login",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column(
            "mode",
            sa.Enum(
                "password",
                "eid",
                "token",
                name="login_mode",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("logged_in_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("terminal", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["online_account.id"],
            name=op.f("fk_online_login_account_id_online_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_online_login")),
    )
    with op.batch_alter_table("online_login", schema=None) as batch_op:
        batch_op.create_index(
            "ix_online_login_account_at", ["account_id", "logged_in_at"], unique=False
        )

    op.create_table(
        "reimbursement_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("beneficiary_id", sa.Integer(), nullable=False),
        sa.Column("care_date", sa.Date(), nullable=False),
        sa.Column("provider_name", sa.String(length=120), nullable=False),
        sa.Column("provider_inami", sa.String(length=11), nullable=False),
        sa.Column("nomenclature_code", sa.String(length=6), nullable=False),
        sa.Column(
            "official_fee", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False
        ),
        sa.Column(
            "supplement", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False
        ),
        sa.Column(
            "reimbursed", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False
        ),
        sa.CheckConstraint(
            "abs(reimbursed) <= abs(official_fee)",
            name=op.f("ck_reimbursement_line_reimbursed_within_fee"),
        ),
        sa.CheckConstraint(
            "supplement >= 0", name=op.f("ck_reimbursement_line_supplement_positive")
        ),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["member.id"],
            name=op.f("fk_reimbursement_line_beneficiary_id_member"),
        ),
        sa.ForeignKeyConstraint(
            ["nomenclature_code"],
            ["nomenclature_code.code"],
            name=op.f("fk_reimbursement_line_nomenclature_code_nomenclature_code"),
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payment.id"], name=op.f("fk_reimbursement_line_payment_id_payment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reimbursement_line")),
    )
    with op.batch_alter_table("reimbursement_line", schema=None) as batch_op:
        batch_op.create_index(
            "ix_reimbursement_line_beneficiary_care", ["beneficiary_id", "care_date"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_reimbursement_line_payment_id"), ["payment_id"], unique=False
        )

    op.create_table(
        "young_saver_movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("booked_on", sa.Date(), nullable=False),
        sa.Column("amount", app.store.types.ExactDecimal(scale=2, precision=14), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["young_saver_account.id"],
            name=op.f("fk_young_saver_movement_account_id_young_saver_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_young_saver_movement")),
    )
    with op.batch_alter_table("young_saver_movement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_young_saver_movement_account_id"), ["account_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("young_saver_movement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_young_saver_movement_account_id"))

    op.drop_table("young_saver_movement")
    with op.batch_alter_table("reimbursement_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reimbursement_line_payment_id"))
        batch_op.drop_index("ix_reimbursement_line_beneficiary_care")

    op.drop_table("reimbursement_line")
    with op.batch_alter_table("online_login", schema=None) as batch_op:
        batch_op.drop_index("ix_online_login_account_at")

    op.drop_table("online_login")
    with op.batch_alter_table("medical_convocation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_medical_convocation_member_id"))

    op.drop_table("medical_convocation")
    with op.batch_alter_table("indemnity_payment", schema=None) as batch_op:
        batch_op.drop_index("ix_indemnity_payment_member_paid")
        batch_op.drop_index(batch_op.f("ix_indemnity_payment_incapacity_id"))

    op.drop_table("indemnity_payment")
    with op.batch_alter_table("incapacity_certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incapacity_certificate_incapacity_id"))

    op.drop_table("incapacity_certificate")
    with op.batch_alter_table("contact_request_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_request_event_request_id"))

    op.drop_table("contact_request_event")
    op.drop_table("young_saver_account")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_payee_processed")

    op.drop_table("payment")
    op.drop_table("online_account")
    with op.batch_alter_table("medical_agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_medical_agreement_member_id"))

    op.drop_table("medical_agreement")
    with op.batch_alter_table("insurability", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_insurability_member_id"))

    op.drop_table("insurability")
    with op.batch_alter_table("incapacity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incapacity_member_id"))

    op.drop_table("incapacity")
    with op.batch_alter_table("document_order", schema=None) as batch_op:
        batch_op.drop_index("ix_document_order_member_ordered")

    op.drop_table("document_order")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index("ix_document_member_dated")

    op.drop_table("document")
    with op.batch_alter_table("dmg", schema=None) as batch_op:
        batch_op.drop_index("ix_dmg_member_valid")

    op.drop_table("dmg")
    with op.batch_alter_table("contact_request", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_request_member_created")

    op.drop_table("contact_request")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_member_at")

    op.drop_table("audit_log")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_household_id"))
        batch_op.drop_index(batch_op.f("ix_member_holder_id"))

    op.drop_table("member")
    op.drop_table("maf_counter")
    op.drop_table("staff")
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_federation_id"))
        batch_op.drop_index(batch_op.f("ix_household_agency_id"))

    op.drop_table("household")
    op.drop_table("nomenclature_fee")
    op.drop_table("federation_parameter")
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agency_federation_id"))

    op.drop_table("agency")
    op.drop_table("payment_calendar")
    op.drop_table("nomenclature_code")
    op.drop_table("maf_ceiling")
    op.drop_table("federation")
