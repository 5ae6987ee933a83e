"""A fleet the counter can see: each registered terminal's heartbeat, one row per terminal,
updated in place every minute by the terminal itself through `guichet_heartbeat(jsonb)`.

The function is SECURITY DEFINER (owned by the migrating owner, search_path fixed) and keys
the row to `session_user`'s registered terminal: a terminal's login writes its own row and no
other, and reads nothing of the table (it gets the server's time back, nothing else). The row's
times are the server's: the terminal sends ages ("the last successful sync was 95 s ago"), the
server turns them into timestamps with its own clock, and writes `reported_at` itself.
Supervisors read the table (row-level security, and app/store/roles.py grants SELECT to
guichet_supervisors only); clerks and terminals do not. EXECUTE is revoked from PUBLIC here and
granted to the group roles by app/store/roles.py.

On SQLite (the embedded demo) the same service writes the row directly
(app/services/fleet.py).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Timestamp = sa.DateTime(timezone=True)
REPORT_MAX = 16384  # bytes of a report's JSON: a report is about 600; a printer's 20 reasons fit
TEN_YEARS = 315_360_000  # seconds: an age beyond it is a broken clock, not a fact

SETTINGS = "SECURITY DEFINER SET search_path = public, pg_temp"


def _not_negative(expression: str) -> str:
    """The value, 0 if negative, NULL if absent (greatest() would turn NULL into 0)."""
    return f"CASE WHEN {expression} < 0 THEN 0 ELSE {expression} END"


def _age(key: str) -> str:
    """A timestamp the server computes from an age in seconds the terminal sent (NULL stays)."""
    seconds = f"least({_not_negative(f'(report->>{key!r})::double precision')}, {TEN_YEARS})"
    return f"now() - make_interval(secs => {seconds})"


HEARTBEAT = f"""
    CREATE FUNCTION guichet_heartbeat(report jsonb) RETURNS timestamptz
    LANGUAGE plpgsql VOLATILE {SETTINGS} AS $$
    DECLARE
        me text;
        before json;
        reasons json;
        supplies json;
    BEGIN
        IF report IS NULL OR jsonb_typeof(report) <> 'object' THEN
            RAISE EXCEPTION 'guichet: a heartbeat is a JSON object' USING ERRCODE = '22023';
        END IF;
        IF octet_length(report::text) > {REPORT_MAX} THEN
            RAISE EXCEPTION 'guichet: heartbeat over {REPORT_MAX} bytes' USING ERRCODE = '54000';
        END IF;
        SELECT t.login_role INTO me FROM terminal t WHERE t.login_role = session_user;
        IF me IS NULL THEN
            RAISE EXCEPTION 'guichet: % is not a registered terminal', session_user
                USING ERRCODE = '42501';
        END IF;
        SELECT s.printer_reasons INTO before FROM terminal_status s
        WHERE s.login_role = me FOR UPDATE;
        -- Each printer-state-reason with since when it is there: kept from the last report
        -- while it stays, the server's now() when it appears.
        SELECT coalesce(json_object_agg(r, coalesce(before -> r, to_json(now()))), '{{}}'::json)
        INTO reasons
        FROM (
            SELECT DISTINCT left(value, 60) AS r
            FROM jsonb_array_elements_text(
                CASE WHEN jsonb_typeof(report->'printer_reasons') = 'array'
                     THEN report->'printer_reasons' ELSE '[]'::jsonb END)
            WHERE value <> 'none'
            LIMIT 20
        ) found;
        supplies := CASE WHEN jsonb_typeof(report->'supplies') = 'array'
                         THEN (report->'supplies')::json ELSE '[]'::json END;
        INSERT INTO terminal_status AS s (
            login_role, version, started_at, restarts, last_sync_at, waiting,
            oldest_waiting_at, reader_present, printer_state, printer_reasons, supplies,
            disk_free_bytes, reported_at)
        VALUES (
            me,
            left(report->>'version', 40),
            {_age("uptime_s")},
            {_not_negative("(report->>'restarts')::integer")},
            {_age("last_sync_age_s")},
            greatest(coalesce((report->>'waiting')::integer, 0), 0),
            {_age("oldest_waiting_age_s")},
            (report->>'reader_present')::boolean,
            left(coalesce(report->>'printer_state', 'unknown'), 20),
            reasons,
            supplies,
            {_not_negative("(report->>'disk_free_bytes')::bigint")},
            now())
        ON CONFLICT (login_role) DO UPDATE SET
            version = excluded.version,
            started_at = excluded.started_at,
            restarts = excluded.restarts,
            last_sync_at = excluded.last_sync_at,
            waiting = excluded.waiting,
            oldest_waiting_at = excluded.oldest_waiting_at,
            reader_present = excluded.reader_present,
            printer_state = excluded.printer_state,
            printer_reasons = excluded.printer_reasons,
            supplies = excluded.supplies,
            disk_free_bytes = excluded.disk_free_bytes,
            reported_at = excluded.reported_at;
        RETURN now();
    END $$
"""
SUPERVISORS_READ = "(SELECT guichet_is_supervisor())"


def upgrade() -> None:
    op.create_table(
        "terminal_status",
        sa.Column("login_role", sa.String(length=63), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=True),
        sa.Column("started_at", Timestamp, nullable=True),
        sa.Column("restarts", sa.Integer(), nullable=True),
        sa.Column("last_sync_at", Timestamp, nullable=True),
        sa.Column("waiting", sa.Integer(), nullable=False),
        sa.Column("oldest_waiting_at", Timestamp, nullable=True),
        sa.Column("reader_present", sa.Boolean(), nullable=True),
        sa.Column("printer_state", sa.String(length=20), nullable=False),
        sa.Column("printer_reasons", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("supplies", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("disk_free_bytes", sa.BigInteger(), nullable=True),
        sa.Column("reported_at", Timestamp, nullable=False),
        sa.ForeignKeyConstraint(
            ["login_role"],
            ["terminal.login_role"],
            name=op.f("fk_terminal_status_login_role_terminal"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("login_role", name=op.f("pk_terminal_status")),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(HEARTBEAT)
    op.execute("REVOKE ALL ON FUNCTION guichet_heartbeat(jsonb) FROM PUBLIC")
    # Supervisors read the fleet: the statuses, and which terminal of which agency each is.
    op.execute("ALTER TABLE terminal_status ENABLE ROW LEVEL SECURITY")
    for table in ("terminal_status", "terminal"):
        op.execute(
            f"CREATE POLICY guichet_supervisor_select ON {table} FOR SELECT TO PUBLIC "
            f"USING ({SUPERVISORS_READ})"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY guichet_supervisor_select ON terminal")
        op.execute("DROP FUNCTION guichet_heartbeat(jsonb)")
    op.drop_table("terminal_status")
