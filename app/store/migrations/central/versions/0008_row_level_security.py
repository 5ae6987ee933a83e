"""Row-level security: a terminal's (or a clerk's) own database login reads a member's rows only
within a visit the central side opened for that member on that login, and talks to the
gatekeeper only through functions that keep each login to its own requests.

PostgreSQL only (the embedded SQLite demo has no roles: the same checks run in-process). The
functions are SECURITY DEFINER, owned by the migrating owner, with their search_path fixed;
EXECUTE is revoked from PUBLIC here and granted to the group roles by app/store/roles.py (the
groups may not exist yet when this runs). The owner (the worker, the gatekeeper) is not
subject to row-level security: no table here is FORCEd.

Every policy keys on `session_user`, the login, never `current_user` (inside a SECURITY
DEFINER function that is the owner; and a login may SET ROLE to its groups).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SETTINGS = "SECURITY DEFINER SET search_path = public, pg_temp"
GATE_KINDS = ("challenge", "eid", "password", "token_challenge", "token", "staff_visit", "close")
GATE_BODY_MAX = 65536  # bytes of a request's JSON: a card's certificates fit many times over

FUNCTIONS = {
    # The members an open visit of this login lets it read.
    "guichet_visible_members()": f"""
        RETURNS SETOF integer LANGUAGE sql STABLE ROWS 8 {SETTINGS} AS $$
            SELECT p.member_id
            FROM visit v JOIN visit_person p ON p.visit_id = v.id
            WHERE v.login_role = session_user
              AND v.closed_at IS NULL
              AND v.expires_at > now()
        $$""",
    # Who was verified in those visits (a non-member verified by card has no person).
    "guichet_visible_niss()": f"""
        RETURNS SETOF text LANGUAGE sql STABLE ROWS 1 {SETTINGS} AS $$
            SELECT v.niss::text
            FROM visit v
            WHERE v.login_role = session_user
              AND v.closed_at IS NULL
              AND v.expires_at > now()
        $$""",
    # The payments a visit shows: those of a visible person's care, and those to a visible
    # payee that paid no care at all (a MAF refund). Not a payment to the holder's account
    # for the care of a dependant who returned the blocking form: its lines are hidden, and
    # the payment with them.
    "guichet_visible_payments()": f"""
        RETURNS SETOF integer LANGUAGE sql STABLE ROWS 50 {SETTINGS} AS $$
            SELECT l.payment_id
            FROM reimbursement_line l
            WHERE l.beneficiary_id IN (SELECT guichet_visible_members())
            UNION
            SELECT p.id
            FROM payment p
            WHERE p.payee_id IN (SELECT guichet_visible_members())
              AND NOT EXISTS (SELECT 1 FROM reimbursement_line l WHERE l.payment_id = p.id)
        $$""",
    "guichet_is_staff()": f"""
        RETURNS boolean LANGUAGE sql STABLE {SETTINGS} AS $$
            SELECT EXISTS (
                SELECT 1 FROM staff s WHERE s.db_role = session_user AND s.active
            )
        $$""",
    # A question to the gatekeeper (which LISTENs on guichet_gate), as this login.
    "guichet_gate_ask(request_id uuid, kind text, body jsonb)": f"""
        RETURNS void LANGUAGE plpgsql VOLATILE {SETTINGS} AS $$
        BEGIN
            IF guichet_gate_ask.kind IS NULL
               OR guichet_gate_ask.kind NOT IN ({", ".join(f"'{k}'" for k in GATE_KINDS)}) THEN
                RAISE EXCEPTION 'guichet: not a gate request kind: %',
                    left(guichet_gate_ask.kind, 40) USING ERRCODE = '22023';
            END IF;
            IF octet_length(guichet_gate_ask.body::text) > {GATE_BODY_MAX} THEN
                RAISE EXCEPTION 'guichet: gate request body over {GATE_BODY_MAX} bytes'
                    USING ERRCODE = '54000';
            END IF;
            -- The asking connection itself (its backend and that backend's start): only it
            -- takes the answer, not another process holding the same login.
            INSERT INTO gate_request
                (id, login_role, kind, body, created_at, asker_pid, asker_started)
            VALUES (guichet_gate_ask.request_id, session_user, guichet_gate_ask.kind,
                    guichet_gate_ask.body::json, now(), pg_backend_pid(),
                    (SELECT a.backend_start FROM pg_stat_activity a
                     WHERE a.pid = pg_backend_pid()));
            -- No request id on the shared channel: anyone may LISTEN.
            PERFORM pg_notify('guichet_gate', '');
        END $$""",
    # The answer to this connection's own request, gone once read; NULL while there is none
    # (a visit's key is in it: another connection with the same login never gets it).
    "guichet_gate_answer(request_id uuid)": f"""
        RETURNS jsonb LANGUAGE plpgsql VOLATILE {SETTINGS} AS $$
        DECLARE
            reply jsonb;
        BEGIN
            DELETE FROM gate_request g
            WHERE g.id = guichet_gate_answer.request_id
              AND g.login_role = session_user
              AND g.asker_pid = pg_backend_pid()
              AND g.asker_started = (SELECT a.backend_start FROM pg_stat_activity a
                                     WHERE a.pid = pg_backend_pid())
              AND g.answered_at IS NOT NULL
            RETURNING g.answer::jsonb INTO reply;
            RETURN reply;
        END $$""",
    # Card out, time-out, finish: this login's own open visit ends.
    "guichet_visit_close(visit_id uuid, reason text)": f"""
        RETURNS void LANGUAGE plpgsql VOLATILE {SETTINGS} AS $$
        BEGIN
            UPDATE visit v
            SET closed_at = now(), close_reason = left(guichet_visit_close.reason, 40)
            WHERE v.id = guichet_visit_close.visit_id
              AND v.login_role = session_user
              AND v.closed_at IS NULL;
        END $$""",
    # A supervisor: an active clerk whose login is a member of guichet_supervisors.
    "guichet_is_supervisor()": f"""
        RETURNS boolean LANGUAGE plpgsql STABLE {SETTINGS} AS $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'guichet_supervisors') THEN
                RETURN false;
            END IF;
            RETURN EXISTS (SELECT 1 FROM staff s WHERE s.db_role = session_user AND s.active)
               AND pg_has_role(session_user, 'guichet_supervisors', 'member');
        END $$""",
    # The name a terminal (or counter) login is registered under; NULL for a clerk's login.
    "guichet_terminal_name()": f"""
        RETURNS text LANGUAGE sql STABLE {SETTINGS} AS $$
            SELECT t.name::text FROM terminal t WHERE t.login_role = session_user
        $$""",
}

# Who pushed, under which terminal's name, and when, are the server's to say: a registered
# terminal's operations carry its registered name whatever the INSERT says (so no login can
# take another terminal's sequence numbers and block its pushes); a clerk's keep the counter's.
INBOX_TRIGGER = """
    CREATE OR REPLACE FUNCTION inbox_operation_inserted_by() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        registered text;
    BEGIN
        NEW.inserted_by := session_user;
        NEW.received_at := now();
        SELECT t.name INTO registered FROM terminal t WHERE t.login_role = session_user;
        IF registered IS NOT NULL THEN
            NEW.terminal_id := registered;
        END IF;
        RETURN NEW;
    END $$
"""
INBOX_TRIGGER_0007 = """
    CREATE OR REPLACE FUNCTION inbox_operation_inserted_by() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        NEW.inserted_by := session_user;
        NEW.received_at := now();
        RETURN NEW;
    END $$
"""

MEMBERS = "(SELECT guichet_visible_members())"
STAFF = "(SELECT guichet_is_staff())"  # an InitPlan: asked once per query, not per row


def _by_member(column: str = "member_id") -> str:
    return f"{column} IN {MEMBERS}"


# (table, command, policy name, USING or WITH CHECK expression)
POLICIES: tuple[tuple[str, str, str, str], ...] = (
    # Clerks search the register by NISS and the queue shows names: staff read every member.
    ("member", "SELECT", "guichet_read", f"{_by_member('id')} OR {STAFF}"),
    (
        "household",
        "SELECT",
        "guichet_read",
        f"id IN (SELECT m.household_id FROM member m WHERE {_by_member('m.id')}) OR {STAFF}",
    ),
    ("insurability", "SELECT", "guichet_read", _by_member()),
    ("dmg", "SELECT", "guichet_read", _by_member()),
    ("incapacity", "SELECT", "guichet_read", _by_member()),
    ("indemnity_payment", "SELECT", "guichet_read", _by_member()),
    ("medical_convocation", "SELECT", "guichet_read", _by_member()),
    ("young_saver_account", "SELECT", "guichet_read", _by_member()),
    ("medical_agreement", "SELECT", "guichet_read", _by_member()),
    ("document", "SELECT", "guichet_read", _by_member()),
    ("online_account", "SELECT", "guichet_read", _by_member()),
    (
        "online_login",
        "SELECT",
        "guichet_read",
        f"account_id IN (SELECT a.id FROM online_account a WHERE {_by_member('a.member_id')})",
    ),
    ("payment", "SELECT", "guichet_read", "id IN (SELECT guichet_visible_payments())"),
    ("reimbursement_line", "SELECT", "guichet_read", _by_member("beneficiary_id")),
    (
        "incapacity_certificate",
        "SELECT",
        "guichet_read",
        f"incapacity_id IN (SELECT i.id FROM incapacity i WHERE {_by_member('i.member_id')})",
    ),
    (
        "young_saver_movement",
        "SELECT",
        "guichet_read",
        f"account_id IN (SELECT y.id FROM young_saver_account y WHERE {_by_member('y.member_id')})",
    ),
    # The household of a member in a visit: the member subquery names the visible ids itself,
    # so a clerk's read of every member does not widen it.
    (
        "maf_counter",
        "SELECT",
        "guichet_read",
        f"household_id IN (SELECT m.household_id FROM member m WHERE {_by_member('m.id')})",
    ),
    (
        "document_order",
        "SELECT",
        "guichet_read",
        f"{_by_member()} OR {_by_member('for_member_id')} OR {STAFF}",
    ),
    ("contact_request", "SELECT", "guichet_read", f"{_by_member()} OR {STAFF}"),
    (
        "contact_request_event",
        "SELECT",
        "guichet_read",
        f"request_id IN (SELECT r.id FROM contact_request r WHERE {_by_member('r.member_id')}) "
        f"OR {STAFF}",
    ),
    (
        "affiliation_request",
        "SELECT",
        "guichet_read",
        f"niss IN (SELECT guichet_visible_niss()) OR {STAFF}",
    ),
    # The letters carry passwords in clear until posted: supervisors print them, nobody else.
    ("postal_letter", "SELECT", "guichet_read", "(SELECT guichet_is_supervisor())"),
    ("staff", "SELECT", "guichet_read", STAFF),
    # Added by a clerk under their own name only; read by nobody but the owner.
    (
        "audit_log",
        "INSERT",
        "guichet_add",
        f"{STAFF} AND staff_id IN (SELECT s.id FROM staff s WHERE s.db_role = session_user)",
    ),
    # A login reads back, and inserts, its own operations only (the BEFORE INSERT trigger
    # writes inserted_by; WITH CHECK runs after it).
    # Its own rows; and a counter reads the results of what its clerks pushed from it (after
    # a clerk signed out). Only state, reason and result are granted.
    (
        "inbox_operation",
        "SELECT",
        "guichet_own",
        "inserted_by = session_user::text OR terminal_id = (SELECT guichet_terminal_name())",
    ),
    ("inbox_operation", "INSERT", "guichet_own", "inserted_by = session_user::text"),
)
# Row-level security on, no policy: nobody but the owner.
OWNER_ONLY = ("visit", "visit_person", "visit_challenge", "gate_request", "terminal")


def _identity(signature: str) -> str:
    """'f(a uuid, b text)' -> 'f(uuid, text)'."""
    name, _, arguments = signature.partition("(")
    types = [part.split()[-1] for part in arguments.rstrip(")").split(",") if part.strip()]
    return f"{name}({', '.join(types)})"


def _tables() -> list[str]:
    return sorted({table for table, *_ in POLICIES} | set(OWNER_ONLY))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for signature, body in FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {signature} {body}")
        op.execute(f"REVOKE ALL ON FUNCTION {_identity(signature)} FROM PUBLIC")
    for table in _tables():
        op.execute(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
    for table, command, name, expression in POLICIES:
        clause = "WITH CHECK" if command == "INSERT" else "USING"
        op.execute(
            f'CREATE POLICY {name}_{command.lower()} ON "{table}" FOR {command} TO PUBLIC '
            f"{clause} ({expression})"
        )
    op.execute(INBOX_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(INBOX_TRIGGER_0007)
    for table, command, name, _expression in POLICIES:
        op.execute(f'DROP POLICY {name}_{command.lower()} ON "{table}"')
    for table in _tables():
        op.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
    for signature in reversed(list(FUNCTIONS)):
        op.execute(f"DROP FUNCTION {_identity(signature)}")
