"""Least privilege on PostgreSQL: every terminal, counter and clerk signs in as itself.

Group roles (NOLOGIN) carry the rights; each login is a member of one:

- `guichet_terminals`: a kiosk. It reads the reference tables, and the member tables, whose
  row-level security (migration 0008) shows a login only the members of a visit the central
  side opened for it; never a password hash (online_account's column grants leave it out). It
  inserts its operations into the inbox and reads back only their outcome (never a payload,
  its national number, the actor or the proof), and only its own (row-level security on
  `inserted_by`, which a trigger writes). It asks the gatekeeper through
  `guichet_gate_ask`/`guichet_gate_answer` and ends its visit with `guichet_visit_close`.
  It reads its own agency's queue tickets (no person in them; migration 0017), as a clerk
  reads their agency's.
  No UPDATE or DELETE anywhere: every change goes through the inbox and the central worker,
  login bookkeeping through the gatekeeper (both connect as the schema owner).
- `guichet_counters`: a counter's machine; a member of `guichet_terminals`, the same rights.
- `guichet_staff`: a clerk's own login (`staff_<login>`, named in `staff.db_role`). The
  terminals' rights, plus every row of the queue (orders, questions, requests to join) and
  members' identity (row-level security lets staff through there, never into reimbursements,
  documents or payments outside a visit), staff without their password hash, the letters
  waiting for the post; it adds audit entries under its own name but reads none back.
- `guichet_supervisors`: a member of `guichet_staff` (the central side tells a supervisor by
  this membership); also reads the fleet's heartbeats (`terminal_status`, `terminal`), which a
  terminal writes, its own row only, through `guichet_heartbeat(jsonb)` and never reads.
- `guichet_advisers`: the medical advisers, a member of `guichet_staff` with its rights only
  (the central worker lets its members check certificates and decide partial resumptions).
  Every clerk reads the queue's partial resumptions and unchecked certificates (migration
  0012's row-level security), no other certificate outside a visit.

`ensure_groups` creates the groups and (re)grants exactly these rights, after revoking
whatever they held: run it after every migration (`guichet-central roles`). Roles are the
server's, rights are each database's.
"""

from __future__ import annotations

import re
import string

from sqlalchemy import Connection, Engine, text

TERMINALS = "guichet_terminals"
COUNTERS = "guichet_counters"
STAFF = "guichet_staff"
SUPERVISORS = "guichet_supervisors"
ADVISERS = "guichet_advisers"
GROUPS = (TERMINALS, COUNTERS, STAFF, SUPERVISORS, ADVISERS)
MEMBERSHIPS = ((TERMINALS, COUNTERS), (STAFF, SUPERVISORS), (STAFF, ADVISERS))  # (group, member)

# Readable by every login, no row-level security: rules and fees, not people.
REFERENCE_TABLES = (
    "federation", "federation_parameter", "agency", "nomenclature_code", "nomenclature_fee",
    "nomenclature_word", "payment_calendar", "maf_ceiling",
    "appointment_slot",  # migration 0016: `booked` and `withdrawn` say nothing of who
    "accident_rule",  # migration 0013: the care that suggests an accident
)  # fmt: skip
# A member's data, read through row-level security (migration 0008).
MEMBER_TABLES = (
    "household", "member", "insurability", "online_login", "payment", "reimbursement_line",
    "dmg", "incapacity", "incapacity_certificate", "indemnity_payment", "medical_convocation",
    "maf_counter", "young_saver_account", "young_saver_movement", "medical_agreement",
    "document", "document_order", "contact_request", "contact_request_event",
    "partial_resumption",
    "contribution",  # migration 0015: a household's, within a visit of one of its members
    "appointment",  # migration 0016: within a visit; a clerk's, their agency's (day list)
    # migration 0013: within a visit; a clerk's login reads the received ones (the queue)
    "accident_declaration", "accident_declaration_line",
)  # fmt: skip
# Never password_hash:
ONLINE_ACCOUNT_COLUMNS = (
    "id", "member_id", "username", "status", "created_at", "activated_at", "deactivated_at",
    "deactivation_reason", "failed_attempts", "locked_until", "last_login_at",
)  # fmt: skip
# "Is this person's request to join waiting?": no identity or address beyond the number.
AFFILIATION_REQUEST_COLUMNS = ("id", "niss", "status", "received_at", "effective_on")
# Every column a terminal pushes; inserted_by (and received_at's value) the trigger writes.
INBOX_INSERTS = (
    "operation_id", "terminal_id", "terminal_seq", "kind", "version", "payload", "actor",
    "member_niss", "created_at", "received_at", "state", "attempts", "visit_id", "proof",
)  # fmt: skip
# What a terminal reads back of its own operations: their outcome, nothing it sent (and the
# arrival number, which a one-row INSERT returns: SQLAlchemy's RETURNING of the key).
INBOX_READS = ("id", "operation_id", "terminal_id", "terminal_seq", "state", "reason", "result")
# Never password_hash:
STAFF_COLUMNS = (
    "id", "login", "full_name", "role", "agency_id", "active", "created_at", "failed_attempts",
    "locked_until", "db_role", "medical_adviser",
)  # fmt: skip
# The visibility functions the policies call (a policy's function runs with the caller's
# EXECUTE right), the gatekeeper's two doors, and the end of a visit.
FUNCTIONS = (
    "guichet_visible_members()",
    "guichet_visible_niss()",
    "guichet_visible_payments()",
    "guichet_is_staff()",
    "guichet_gate_ask(uuid, text, jsonb)",
    "guichet_gate_answer(uuid)",
    "guichet_visit_close(uuid, text)",
    "guichet_is_supervisor()",
    "guichet_terminal_name()",
    "guichet_heartbeat(jsonb)",
    "guichet_ticket_agency()",
    "guichet_staff_agency()",  # migration 0016: a clerk's agency (appointments read)
    "guichet_file_blocked(integer)",  # migration 0013: a household blocked by an accident
    # migration 0021: what became of a mail the visit's member asked for (never mail_queue
    # itself: PDFs and addresses; no login but the schema owner reads it)
    "guichet_mail_status(uuid)",
)
# Queue tickets (migration 0017): a kiosk's welcome screen lists its agency's tickets called, a
# clerk's desk counts those waiting. A ticket names no person; row-level security still keeps
# each login to its own agency's, and neither the kiosk's login nor the clerk who called it.
QUEUE_TICKET_COLUMNS = (
    "id", "agency_id", "number", "service", "issued_on", "issued_at", "status", "called_at",
    "desk", "done_at",
)  # fmt: skip
# A supervisor's Terminals screen (migration 0009): the fleet's heartbeats, and which terminal
# of which agency each is. Nobody else reads them; a terminal writes its own row through
# guichet_heartbeat only.
SUPERVISOR_TABLES = ("terminal_status", "terminal")
# The logins the former `roles` command made, shared by every terminal (or counter): whatever
# they were granted directly (every column of the inbox, password hashes, login bookkeeping)
# is revoked; a login of that name made again by `add_terminal` has its group's rights only.
LEGACY_LOGINS = ("guichet_terminal", "guichet_counter")
ROLE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
TICKET_LETTER = re.compile(r"^[A-Z]$")
TICKET_LETTER_LOCK = 0x7469_636B  # "tick": the advisory lock class of ticket letters
SUPERVISOR_ROLES = ("supervisor", "admin")


class RoleError(ValueError):
    """A role that cannot be made: a bad name, an unknown agency or staff login, SQLite."""


def _postgres_only(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise RoleError(
            "database roles exist on PostgreSQL only (the embedded SQLite database has none)"
        )


def _valid_name(name: str) -> str:
    if not isinstance(name, str) or not ROLE_NAME.match(name):
        raise RoleError(
            f"not a plain role name: {name!r} (a lower-case letter, then up to 62 lower-case "
            "letters, digits or underscores)"
        )
    return name


def _role_exists(connection: Connection, name: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name})
    return found.first() is not None


def _grant_rights(connection: Connection, group: str, *, staff: bool) -> None:
    def grant(statement: str) -> None:
        connection.execute(text(f'{statement} TO "{group}"'))

    database = connection.execute(text("SELECT current_database()")).scalar_one()
    grant(f'GRANT CONNECT ON DATABASE "{database}"')
    grant("GRANT USAGE ON SCHEMA public")
    for table in (*REFERENCE_TABLES, *MEMBER_TABLES):
        grant(f'GRANT SELECT ON "{table}"')
    grant(f"GRANT SELECT ({', '.join(ONLINE_ACCOUNT_COLUMNS)}) ON online_account")
    if staff:
        grant("GRANT SELECT ON affiliation_request")
        grant(f"GRANT SELECT ({', '.join(STAFF_COLUMNS)}) ON staff")
        grant("GRANT SELECT ON postal_letter")
        grant("GRANT INSERT ON audit_log")
        grant("GRANT USAGE ON SEQUENCE audit_log_id_seq")
    else:
        grant(f"GRANT SELECT ({', '.join(AFFILIATION_REQUEST_COLUMNS)}) ON affiliation_request")
    grant(f"GRANT SELECT ({', '.join(QUEUE_TICKET_COLUMNS)}) ON queue_ticket")
    grant(f"GRANT INSERT ({', '.join(INBOX_INSERTS)}) ON inbox_operation")
    grant(f"GRANT SELECT ({', '.join(INBOX_READS)}) ON inbox_operation")
    grant("GRANT USAGE ON SEQUENCE inbox_operation_id_seq")
    for function in FUNCTIONS:
        grant(f"GRANT EXECUTE ON FUNCTION {function}")


def _ensure_groups(connection: Connection) -> None:
    for group in GROUPS:
        if not _role_exists(connection, group):
            connection.execute(text(f'CREATE ROLE "{group}" NOLOGIN'))
    for group, member in MEMBERSHIPS:
        connection.execute(text(f'GRANT "{group}" TO "{member}"'))
    for group in GROUPS:
        _revoke_everything(connection, group)
    _grant_rights(connection, TERMINALS, staff=False)
    _grant_rights(connection, STAFF, staff=True)
    for table in SUPERVISOR_TABLES:
        connection.execute(text(f'GRANT SELECT ON "{table}" TO "{SUPERVISORS}"'))
    for legacy in LEGACY_LOGINS:
        if _plain_login(connection, legacy):
            _revoke_everything(connection, legacy)
    # The SECURITY DEFINER functions compare with session_user under search_path public: no
    # login may create an object (an operator, a function) there to slip into them. The
    # default since PostgreSQL 15, not on a cluster upgraded from an older one.
    connection.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))


def _revoke_everything(connection: Connection, role: str) -> None:
    """What a role was granted in this database's schema, directly, before (revoking a table
    revokes its columns too)."""
    for kind in ("TABLES", "SEQUENCES", "FUNCTIONS"):
        connection.execute(text(f'REVOKE ALL ON ALL {kind} IN SCHEMA public FROM "{role}"'))


def ensure_groups(engine: Engine) -> None:
    """Create the group roles if missing and grant them exactly their rights; idempotent."""
    _postgres_only(engine)
    with engine.begin() as connection:
        _ensure_groups(connection)


def _plain_login(connection: Connection, name: str) -> bool | None:
    """None: no such role; True: a LOGIN role with no power of its own (not a superuser, no
    CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS, not us, owning nothing here); else False."""
    row = connection.execute(
        text(
            "SELECT r.rolcanlogin AND NOT (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb "
            "OR r.rolreplication OR r.rolbypassrls OR r.rolname = current_user "
            "OR EXISTS (SELECT 1 FROM pg_class c WHERE c.relowner = r.oid)) "
            "FROM pg_roles r WHERE r.rolname = :r"
        ),
        {"r": name},
    ).first()
    return None if row is None else bool(row[0])


def _login(connection: Connection, name: str, password: str | None) -> None:
    """Create (or keep) a plain LOGIN role; set its password (SCRAM) when one is given."""
    plain = _plain_login(connection, name)
    if plain is None:
        if not password:
            raise RoleError(f"a new login needs a password: {name}")
        connection.execute(text(f'CREATE ROLE "{name}" LOGIN'))
    elif not plain:
        raise RoleError(f"{name} is already a role of another kind on this server: left alone")
    if password:
        connection.execute(text("SET LOCAL password_encryption = 'scram-sha-256'"))
        # Identifiers cannot be bound; the password is a literal quoted by the server.
        quoted = connection.execute(text("SELECT quote_literal(:p)"), {"p": password})
        connection.execute(text(f'ALTER ROLE "{name}" PASSWORD {quoted.scalar_one()}'))
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO "{name}"'))
    connection.execute(text(f'GRANT USAGE ON SCHEMA public TO "{name}"'))
    _revoke_everything(connection, name)  # its rights are its group's, nothing of its own


def _membership(connection: Connection, name: str, group: str, member: bool) -> None:
    if member:
        connection.execute(text(f'GRANT "{group}" TO "{name}"'))
    else:
        connection.execute(text(f'REVOKE "{group}" FROM "{name}"'))


def add_terminal(
    engine: Engine,
    name: str,
    *,
    agency_code: str,
    password: str | None,
    counter: bool = False,
    ticket_letter: str | None = None,
) -> str | None:
    """A terminal's (or, `counter`, a counter's) own LOGIN role, registered in `terminal`.

    A kiosk prints queue tickets under its own letter, one per kiosk of an agency: the one
    given (refused when another kiosk of the agency has it), else the one it has, else the
    agency's next free one. A counter gets none. Returns the kiosk's letter."""
    _postgres_only(engine)
    if ticket_letter is not None:
        ticket_letter = ticket_letter.strip().upper()
        if counter:
            raise RoleError("a counter prints no queue tickets: no --ticket-letter")
        if not TICKET_LETTER.match(ticket_letter):
            raise RoleError(f"a ticket letter is one letter A to Z, not {ticket_letter!r}")
    _valid_name(name)
    if name in GROUPS or name.startswith(("staff_", "pg_")):
        raise RoleError(f"{name} is reserved (groups, staff_<login> for clerks, pg_)")
    if len(name) > 40:
        raise RoleError(f"a terminal's name has at most 40 characters: {name}")
    with engine.begin() as connection:
        agency_id = connection.execute(
            text("SELECT id FROM agency WHERE code = :code"), {"code": agency_code}
        ).scalar()
        if agency_id is None:
            raise RoleError(f"no agency with the code {agency_code!r}")
        if connection.execute(text("SELECT 1 FROM staff WHERE db_role = :r"), {"r": name}).first():
            raise RoleError(f"{name} is a clerk's login")
        _ensure_groups(connection)
        _login(connection, name, password)
        _membership(connection, name, COUNTERS, counter)
        _membership(connection, name, TERMINALS, not counter)
        letter = None if counter else _ticket_letter(connection, name, agency_id, ticket_letter)
        connection.execute(
            text(
                "INSERT INTO terminal (login_role, name, agency_id, kind, created_at, "
                "ticket_letter) VALUES (:r, :r, :agency, :kind, now(), :letter) "
                "ON CONFLICT (login_role) DO UPDATE SET agency_id = excluded.agency_id, "
                "kind = excluded.kind, ticket_letter = excluded.ticket_letter"
            ),
            {"r": name, "agency": agency_id, "kind": "counter" if counter else "kiosk",
             "letter": letter},
        )  # fmt: skip
    return letter


def _ticket_letter(connection: Connection, name: str, agency_id: int, wanted: str | None) -> str:
    """The kiosk's ticket letter in its agency: `wanted` if free, else the one it has (if still
    its agency's), else the first free one; RoleError when taken or none is left."""
    # One registration at a time per agency: two `terminal add` never pick the same letter.
    connection.execute(text("SELECT pg_advisory_xact_lock(:key, :agency)"),
                       {"key": TICKET_LETTER_LOCK, "agency": agency_id})  # fmt: skip
    rows = connection.execute(
        text(
            "SELECT login_role, ticket_letter FROM terminal "
            "WHERE agency_id = :agency AND ticket_letter IS NOT NULL"
        ),
        {"agency": agency_id},
    ).all()
    mine = next((letter for role, letter in rows if role == name), None)
    taken = {letter for role, letter in rows if role != name}
    if wanted is not None:
        if wanted in taken:
            raise RoleError(f"the ticket letter {wanted} is another kiosk's of this agency")
        return wanted
    if mine is not None:
        return mine
    free = [letter for letter in string.ascii_uppercase if letter not in taken]
    if not free:
        raise RoleError("every ticket letter of this agency is taken")
    return free[0]


def staff_role_name(login: str) -> str:
    return _valid_name(f"staff_{login}")


def add_staff(
    engine: Engine,
    login: str,
    *,
    password: str | None,
    supervisor: bool | None = None,
    adviser: bool | None = None,
) -> str:
    """A clerk's own LOGIN role `staff_<login>`; a supervisor's also in guichet_supervisors
    (`supervisor` None: as the staff row's role says), a medical adviser's in guichet_advisers
    (`adviser` None: as the staff row's `medical_adviser` says; else the row says it too).
    Returns the role's name."""
    _postgres_only(engine)
    name = staff_role_name(login)
    with engine.begin() as connection:
        row = connection.execute(
            text("SELECT id, role, medical_adviser FROM staff WHERE login = :login"),
            {"login": login},
        ).first()
        if row is None:
            raise RoleError(f"no staff member with the login {login!r}")
        if connection.execute(
            text("SELECT 1 FROM terminal WHERE login_role = :r"), {"r": name}
        ).first():
            raise RoleError(f"{name} is a terminal's login")
        if supervisor is None:
            supervisor = row.role in SUPERVISOR_ROLES
        if adviser is None:
            adviser = bool(row.medical_adviser)
        _ensure_groups(connection)
        _login(connection, name, password)
        _membership(connection, name, STAFF, True)
        _membership(connection, name, SUPERVISORS, supervisor)
        _membership(connection, name, ADVISERS, adviser)
        connection.execute(
            text("UPDATE staff SET db_role = :r, medical_adviser = :adviser WHERE id = :id"),
            {"r": name, "adviser": adviser, "id": row.id},
        )
    return name
