"""The attacker's suite: what a terminal's own database login gets out of PostgreSQL.

Everything here is tried with nothing but a login made by `add_terminal` (a kiosk's, or a
counter's), or by `add_staff` (a clerk's), against a seeded central database: every table and
view, column by column; every function the login may call; the inbox of other terminals; the
gatekeeper's requests; the password hashes; every write. Without an open visit of that login,
nothing of a member comes back. With one, the visit's people come back, and nobody else, until
the visit ends (closed by the terminal, or past its lifetime).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.services.member_file import reimbursement_line_query
from app.store.models import Base, ReimbursementLine
from app.store.roles import FUNCTIONS, ONLINE_ACCOUNT_COLUMNS, REFERENCE_TABLES
from tests.integration.security.conftest import refused, rows, scalar
from tests.support.postgres import ADMIN

pytestmark = pytest.mark.postgres

TERMINALS = ("kiosk_a", "counter_c")  # a kiosk and a counter: the same for member data
OWNER_ONLY = ("visit", "visit_person", "visit_challenge", "gate_request", "terminal")
# What a visit of {holder, dependant} lets a terminal read, as the owner counts it.
EXPECTED = {
    "member": "id = ANY(:ids)",
    "household": "id IN (SELECT household_id FROM member WHERE id = ANY(:ids))",
    "insurability": "member_id = ANY(:ids)",
    "reimbursement_line": "beneficiary_id = ANY(:ids)",
    "payment": "id IN (SELECT payment_id FROM reimbursement_line WHERE beneficiary_id = ANY(:ids))"
    " OR (payee_id = ANY(:ids) AND id NOT IN (SELECT payment_id FROM reimbursement_line))",
    "document": "member_id = ANY(:ids)",
    "online_account": "member_id = ANY(:ids)",
    "online_login": "account_id IN (SELECT id FROM online_account WHERE member_id = ANY(:ids))",
    "maf_counter": "household_id IN (SELECT household_id FROM member WHERE id = ANY(:ids))",
    "dmg": "member_id = ANY(:ids)",
    "document_order": "member_id = ANY(:ids) OR for_member_id = ANY(:ids)",
}
MUST_HAVE_ROWS = (
    "member", "household", "insurability", "reimbursement_line", "payment", "document",
    "online_account", "online_login",
)  # fmt: skip
ONLINE_ACCOUNT = ", ".join(ONLINE_ACCOUNT_COLUMNS)


def relations(owner) -> dict[str, list[str]]:
    """Every table and view of the schema (the models' and whatever else is there), with its
    columns."""
    found = {table.name: [c.name for c in table.columns] for table in Base.metadata.tables.values()}
    for name, column in rows(
        owner,
        "SELECT c.relname, a.attname FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')",
    ):
        columns = found.setdefault(name, [])
        if column not in columns:
            columns.append(column)
    return found


def nothing_comes_back(engine, table: str, columns: list[str]) -> list[str]:
    """The reads of `table` that returned a row (each column alone, then the rows' count)."""
    leaks = []
    for statement in [f'SELECT "{c}" FROM "{table}"' for c in columns] + [
        f'SELECT 1 FROM "{table}"'
    ]:
        with engine.connect() as connection:
            try:
                if connection.execute(text(statement)).first() is not None:
                    leaks.append(statement)
            except DBAPIError as exc:
                assert "permission denied" in str(exc.orig), (statement, exc)
    return leaks


@pytest.fixture
def family(pg_central):
    """A holder with an online account that has logins, one of their dependants, and another
    member with reimbursements outside their household."""
    holder = rows(
        pg_central,
        "SELECT h.id, h.niss, h.household_id FROM member h "
        "JOIN online_account a ON a.member_id = h.id "
        "WHERE h.role = 'holder' AND EXISTS (SELECT 1 FROM member d WHERE d.holder_id = h.id) "
        "AND EXISTS (SELECT 1 FROM online_login l WHERE l.account_id = a.id) ORDER BY h.id",
    )[0]
    dependant = scalar(
        pg_central, "SELECT min(id) FROM member WHERE holder_id = :h", {"h": holder.id}
    )
    other = scalar(
        pg_central,
        "SELECT min(m.id) FROM member m WHERE m.household_id <> :household "
        "AND EXISTS (SELECT 1 FROM reimbursement_line l WHERE l.beneficiary_id = m.id)",
        {"household": holder.household_id},
    )
    return {"holder": holder.id, "niss": holder.niss, "dependant": dependant, "other": other}


def expected_counts(owner, ids: list[int]) -> dict[str, int]:
    return {
        table: scalar(owner, f'SELECT count(*) FROM "{table}" WHERE {where}', {"ids": ids})
        for table, where in EXPECTED.items()
    }


def counts(engine) -> dict[str, int]:
    return {table: scalar(engine, f'SELECT count(*) FROM "{table}"') for table in EXPECTED}


# --- No visit: nothing ----------------------------------------------------------------------


@pytest.mark.parametrize("login", TERMINALS)
def test_without_a_visit_no_table_or_view_gives_a_row_of_a_member(logins, login):
    engine = logins.engines[login]
    everything = relations(logins.owner)
    assert set(Base.metadata.tables) <= set(everything)
    leaks = []
    for table, columns in sorted(everything.items()):
        if table in REFERENCE_TABLES:
            assert rows(engine, f'SELECT * FROM "{table}" LIMIT 1'), table  # still readable
            continue
        leaks += nothing_comes_back(engine, table, columns)
    assert leaks == []
    # The owner sees the same tables full: the emptiness above is the policies', not the data's.
    assert scalar(logins.owner, "SELECT count(*) FROM reimbursement_line") > 0


@pytest.mark.parametrize("login", (*TERMINALS, "staff_clerk"))
def test_password_hashes_are_never_readable_even_within_a_visit(logins, family, login):
    engine = logins.engines[login]
    logins.visit(login, family["niss"], [family["holder"]], member_id=family["holder"])
    assert rows(engine, f"SELECT {ONLINE_ACCOUNT} FROM online_account")  # the visit's account
    for statement in (
        "SELECT password_hash FROM online_account",
        "SELECT new_password_hash FROM online_account",
        "SELECT * FROM online_account",
        "SELECT count(*) FROM online_account WHERE password_hash LIKE 'scrypt%'",
        "SELECT password_hash FROM staff",
        "SELECT * FROM staff",
    ):
        assert refused(engine, statement), (login, statement)


def test_a_terminal_calls_its_functions_only_and_they_tell_it_nothing(logins):
    engine = logins.engines["kiosk_a"]
    callable_ = {
        name.replace(" ", "")
        for (name,) in rows(
            logins.owner,
            "SELECT p.oid::regprocedure::text FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.prorettype <> 'trigger'::regtype "
            "AND has_function_privilege('kiosk_a', p.oid, 'EXECUTE')",
        )
    }
    assert callable_ == {f.replace(" ", "") for f in FUNCTIONS}
    assert rows(engine, "SELECT guichet_visible_members()") == []
    assert rows(engine, "SELECT guichet_visible_niss()") == []
    assert rows(engine, "SELECT guichet_visible_payments()") == []
    assert scalar(engine, "SELECT guichet_is_staff()") is False
    unknown = uuid.uuid4()
    assert scalar(engine, "SELECT guichet_gate_answer(:id)", {"id": unknown}) is None
    scalar(engine, "SELECT guichet_visit_close(:id, 'finish')", {"id": unknown})
    for statement, message in (
        ("SELECT guichet_gate_ask(:id, 'open_visit', '{}'::jsonb)", "not a gate request kind"),
        ("SELECT guichet_gate_ask(:id, NULL, '{}'::jsonb)", "not a gate request kind"),
        ("SELECT guichet_gate_ask(:id, 'eid', CAST(:big AS jsonb))", "over 65536 bytes"),
    ):
        with pytest.raises(DBAPIError) as error:
            scalar(engine, statement, {"id": uuid.uuid4(), "big": json.dumps("x" * 70000)})
        assert message in str(error.value.orig)
    assert scalar(logins.owner, "SELECT count(*) FROM gate_request") == 0


# --- The inbox ------------------------------------------------------------------------------

INSERT = (
    "INSERT INTO inbox_operation (operation_id, terminal_id, terminal_seq, kind, version, "
    "payload, actor, member_niss, created_at, received_at, state, attempts, visit_id, proof) "
    "VALUES (:id, :terminal, :seq, 'member.contact.update', 1, CAST(:payload AS json), 'member', "
    "'82021000870', now(), now(), 'received', 0, NULL, CAST(:proof AS json)) "
    "ON CONFLICT DO NOTHING"
)


def push(engine, terminal: str, seq: int, operation_id: uuid.UUID | None = None) -> uuid.UUID:
    operation_id = operation_id or uuid.uuid4()
    payload = json.dumps({"member_niss": "82021000870", "iban": "BE71096123456769"})
    with engine.begin() as connection:
        connection.execute(
            text(INSERT),
            {
                "id": operation_id,
                "terminal": terminal,
                "seq": seq,
                "payload": payload,
                "proof": json.dumps({"mac": "00"}),
            },
        )
    return operation_id


def test_a_terminal_reads_the_outcome_of_its_own_operations_only(logins):
    a, b = logins.engines["kiosk_a"], logins.engines["kiosk_b"]
    mine = {push(a, "borne-a", 1), push(a, "borne-a", 2)}
    theirs = push(b, "borne-b", 1)
    push(a, "borne-a", 1, next(iter(mine)))  # pushed again: nothing changes
    push(a, "borne-a", 3, theirs)  # another terminal's operation id: not overwritten, not seen
    outcome = "SELECT operation_id, terminal_id, terminal_seq, state, reason, result FROM "
    assert {row.operation_id for row in rows(a, outcome + "inbox_operation")} == mine
    assert [row.operation_id for row in rows(b, outcome + "inbox_operation")] == [theirs]
    assert dict(rows(logins.owner, "SELECT operation_id, inserted_by FROM inbox_operation")) == {
        **dict.fromkeys(mine, "kiosk_a"),
        theirs: "kiosk_b",
    }
    for column in ("payload", "member_niss", "proof", "actor", "detail", "kind", "inserted_by"):
        assert refused(a, f"SELECT {column} FROM inbox_operation"), column
    for statement in (
        "SELECT * FROM inbox_operation",
        "UPDATE inbox_operation SET state = 'applied'",
        "DELETE FROM inbox_operation",
        "TRUNCATE inbox_operation",
        # Which login pushed is the server's to say.
        "INSERT INTO inbox_operation (operation_id, terminal_id, terminal_seq, kind, version, "
        "actor, created_at, received_at, state, attempts, inserted_by) VALUES "
        "(gen_random_uuid(), 'borne-a', 9, 'x', 1, 'staff:clerk', now(), now(), 'received', 0, "
        "'staff_clerk')",
    ):
        assert refused(a, statement), statement


# --- The gatekeeper's requests --------------------------------------------------------------


def test_a_terminal_never_sees_another_terminals_gate_requests_or_answers(logins):
    a, b = logins.engines["kiosk_a"], logins.engines["kiosk_b"]
    database = logins.owner.url.database
    asking = b.connect()  # the one connection of B's program that asks
    with psycopg.connect(
        host="127.0.0.1", port=logins.server.port, user=ADMIN, dbname=database, autocommit=True
    ) as gatekeeper:
        gatekeeper.execute("LISTEN guichet_gate")
        request = uuid.uuid4()
        asking.execute(
            text("SELECT guichet_gate_ask(:id, 'password', CAST(:body AS jsonb))"),
            {"id": request, "body": json.dumps({"niss": "82021000870", "password": "secret"})},
        )
        asking.commit()
        heard = [n.payload for n in gatekeeper.notifies(timeout=10, stop_after=1)]
    assert heard == [""]  # the shared channel names no request: anyone may LISTEN to it
    assert rows(logins.owner, "SELECT login_role, kind FROM gate_request") == [
        ("kiosk_b", "password")
    ]
    for statement in (
        "SELECT * FROM gate_request",
        "SELECT body FROM gate_request",
        "UPDATE gate_request SET answer = '{}'",
        "DELETE FROM gate_request",
    ):
        assert refused(a, statement), statement

    def answer(connection):
        reply = connection.execute(text("SELECT guichet_gate_answer(:id)"), {"id": request})
        value = reply.scalar()
        connection.commit()
        return value

    assert scalar(a, "SELECT guichet_gate_answer(:id)", {"id": request}) is None
    assert answer(asking) is None  # not yet
    with logins.owner.begin() as connection:
        connection.execute(
            text(
                "UPDATE gate_request SET answer = CAST(:answer AS json), answered_at = now() "
                "WHERE id = :id"
            ),
            {"id": request, "answer": json.dumps({"visit_id": "v", "key": "k"})},
        )
    assert scalar(a, "SELECT guichet_gate_answer(:id)", {"id": request}) is None
    # A copy of B's own login (a copied configuration file), on another connection: nothing.
    with b.connect() as copy:
        assert answer(copy) is None
    assert scalar(logins.owner, "SELECT count(*) FROM gate_request") == 1  # nobody took it
    assert answer(asking) == {"visit_id": "v", "key": "k"}
    assert answer(asking) is None  # read once
    asking.close()
    assert scalar(logins.owner, "SELECT count(*) FROM gate_request") == 0


# --- Writes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("login", (*TERMINALS, "staff_clerk"))
def test_no_login_changes_a_members_data_or_opens_a_visit_itself(logins, family, login):
    engine = logins.engines[login]
    logins.visit(login, family["niss"], [family["holder"]], member_id=family["holder"])
    for table in sorted(Base.metadata.tables):
        column = next(c.name for c in Base.metadata.tables[table].columns if c.name != "id")
        for statement in (
            f'UPDATE "{table}" SET "{column}" = "{column}"',
            f'DELETE FROM "{table}"',
            f'TRUNCATE "{table}"',
        ):
            assert refused(engine, statement), statement
        if table == "inbox_operation" or (table == "audit_log" and login == "staff_clerk"):
            continue  # theirs to add to: above and below
        assert refused(engine, f'INSERT INTO "{table}" DEFAULT VALUES'), table
    assert refused(engine, "SELECT nextval('online_login_id_seq')")
    with pytest.raises(DBAPIError):
        scalar(engine, "SET SESSION AUTHORIZATION kiosk_b")
    with pytest.raises(DBAPIError):
        scalar(engine, "SET ROLE guichet_supervisors")


def test_a_terminal_cannot_close_another_terminals_visit(logins, family):
    a, b = logins.engines["kiosk_a"], logins.engines["kiosk_b"]
    visit = logins.visit("kiosk_b", family["niss"], [family["holder"]])
    scalar(a, "SELECT guichet_visit_close(:id, 'finish')", {"id": visit})
    assert scalar(b, "SELECT count(*) FROM member") == 1
    assert rows(logins.owner, "SELECT closed_at FROM visit WHERE id = :id", {"id": visit}) == [
        (None,)
    ]


# --- Within a visit -------------------------------------------------------------------------


@pytest.mark.parametrize("login", TERMINALS)
def test_a_visit_opens_its_peoples_file_to_its_login_only_until_it_ends(logins, family, login):
    engine, other_login = logins.engines[login], logins.engines["kiosk_b"]
    people = [family["holder"], family["dependant"]]
    visit = logins.visit(login, family["niss"], people, member_id=family["holder"])

    expected = expected_counts(logins.owner, people)
    assert all(expected[table] > 0 for table in MUST_HAVE_ROWS), expected
    assert counts(engine) == expected
    assert {r.id for r in rows(engine, "SELECT id FROM member")} == set(people)
    assert rows(engine, f"SELECT {ONLINE_ACCOUNT} FROM online_account")
    assert refused(engine, "SELECT password_hash FROM online_account")
    outsider = {"id": family["other"]}
    for statement in (
        "SELECT 1 FROM member WHERE id = :id",
        "SELECT 1 FROM reimbursement_line WHERE beneficiary_id = :id",
        "SELECT 1 FROM document WHERE member_id = :id",
        "SELECT 1 FROM payment WHERE payee_id = :id",
    ):
        assert rows(engine, statement, outsider) == [], statement
    assert set(counts(other_login).values()) == {0}  # another terminal: still nothing

    scalar(engine, "SELECT guichet_visit_close(:id, 'card_out')", {"id": visit})
    assert set(counts(engine).values()) == {0}
    assert rows(
        logins.owner, "SELECT close_reason FROM visit WHERE closed_at IS NOT NULL AND id = :id",
        {"id": visit},
    ) == [("card_out",)]  # fmt: skip

    logins.visit(login, family["niss"], people, lifetime=-dt.timedelta(minutes=1))
    assert set(counts(engine).values()) == {0}  # past its lifetime


def test_a_blocked_dependants_care_stays_hidden_even_when_paid_to_the_holder(logins, pg_central):
    """The dependant returned the blocking form: the visit of their holder leaves them out,
    and with their reimbursements the payments to the holder's account that paid only them."""
    engine = logins.engines["kiosk_a"]
    blocked, holder, holder_niss = rows(
        pg_central,
        "SELECT d.id, h.id, h.niss FROM member d JOIN member h ON h.id = d.holder_id "
        "WHERE d.niss = :niss",
        {"niss": pg_central.cases["blocked_dependant"]},
    )[0]
    others = [
        m for (m,) in rows(pg_central, "SELECT id FROM member WHERE holder_id = :h", {"h": holder})
    ]
    people = [holder, *(m for m in others if m != blocked)]
    with pg_central.begin() as connection:  # their care, paid to the holder's account
        payment = connection.execute(
            text(
                "INSERT INTO payment (payee_id, kind, processed_on, iban, communication, amount)"
                " VALUES (:h, 'reimbursement', current_date, 'BE71096123456769', 'R', 10)"
                " RETURNING id"
            ),
            {"h": holder},
        ).scalar()
        connection.execute(
            text(
                "INSERT INTO reimbursement_line (payment_id, beneficiary_id, care_date,"
                " provider_name, provider_inami, nomenclature_code, official_fee, supplement,"
                " reimbursed) SELECT :p, :b, current_date, 'Dr', '10000000580', code, 10, 0, 10"
                " FROM nomenclature_code LIMIT 1"
            ),
            {"p": payment, "b": blocked},
        )
    logins.visit("kiosk_a", holder_niss, people, member_id=holder)
    assert counts(engine) == expected_counts(logins.owner, people)
    assert rows(engine, "SELECT 1 FROM payment WHERE id = :id", {"id": payment}) == []
    assert rows(engine, "SELECT 1 FROM member WHERE id = :id", {"id": blocked}) == []
    assert rows(engine, "SELECT 1 FROM reimbursement_line WHERE beneficiary_id = :id",
                {"id": blocked}) == []  # fmt: skip
    assert rows(engine, "SELECT 1 FROM payment WHERE payee_id = :id", {"id": holder})


def test_a_person_who_is_not_a_member_sees_only_whether_their_request_waits(logins):
    engine = logins.engines["kiosk_a"]
    niss = "85073003328"
    with logins.owner.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO affiliation_request (niss, surname, first_names, street_and_number,"
                " postcode, municipality, language, role, effective_on, channel, received_at,"
                " status) VALUES (:niss, 'Peeters', 'Jan', 'Rue 1', '7000', 'Mons', 'fr',"
                " 'holder', current_date, 'terminal', now(), 'received')"
            ),
            {"niss": niss},
        )
    waiting = "SELECT niss, status FROM affiliation_request"
    assert rows(engine, waiting) == []
    logins.visit("kiosk_a", niss, [])
    assert rows(engine, waiting) == [(niss, "received")]
    assert refused(engine, "SELECT surname FROM affiliation_request")
    assert set(counts(engine).values()) == {0}  # a visit without a person reads no member


def test_the_reimbursement_list_still_uses_its_index_within_a_visit(logins, family):
    engine = logins.engines["kiosk_a"]
    logins.visit("kiosk_a", family["niss"], [family["holder"], family["dependant"]])
    scalar(logins.owner, "ANALYZE")
    query = (
        reimbursement_line_query("fr")
        .where(ReimbursementLine.beneficiary_id.in_([family["holder"]]))
        .order_by(ReimbursementLine.care_date.desc(), ReimbursementLine.id.desc())
        .limit(50)
    )
    sql = str(query.compile(dialect=engine.dialect, compile_kwargs={"literal_binds": True}))
    with engine.connect() as connection:
        # The policy's hashed subplan must leave the index usable (on this small database the
        # planner would scan it whole anyway: ask it what it can do without that).
        connection.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(row[0] for row in connection.execute(text(f"EXPLAIN {sql}")))
        assert len(connection.execute(text(sql)).all()) == scalar(
            logins.owner,
            "SELECT count(*) FROM reimbursement_line WHERE beneficiary_id = :id",
            {"id": family["holder"]},
        )
    assert "ix_reimbursement_line_beneficiary_care" in plan, plan
    assert "Index Cond: (beneficiary_id = " in plan, plan


# --- A clerk's own login --------------------------------------------------------------------


@pytest.fixture
def queue_rows(pg_central, family):
    """A question with its history, a letter waiting for the post, a request to join."""
    with pg_central.begin() as connection:
        request = connection.execute(
            text(
                "INSERT INTO contact_request (member_id, topic, subject, message, channel,"
                " created_at, status) VALUES (:m, 'other', 'Question', 'Texte', 'terminal',"
                " now(), 'received') RETURNING id"
            ),
            {"m": family["other"]},
        ).scalar()
        connection.execute(
            text(
                "INSERT INTO contact_request_event (request_id, at, status) "
                "VALUES (:r, now(), 'received')"
            ),
            {"r": request},
        )
        connection.execute(
            text(
                "INSERT INTO postal_letter (member_id, kind, language, created_at, leaves_on,"
                " pdf) VALUES (:m, 'new_password', 'fr', now(), current_date + 3, '\\x25')"
            ),
            {"m": family["other"]},
        )
        connection.execute(
            text(
                "INSERT INTO affiliation_request (niss, surname, first_names, street_and_number,"
                " postcode, municipality, language, role, effective_on, channel, received_at,"
                " status) VALUES ('85073003328', 'Peeters', 'Jan', 'Rue 1', '7000', 'Mons',"
                " 'fr', 'holder', current_date, 'terminal', now(), 'received')"
            )
        )


QUEUE = (
    "member", "household", "document_order", "contact_request", "contact_request_event",
    "affiliation_request",
)  # fmt: skip
FILE_ONLY = (
    "reimbursement_line", "payment", "document", "online_account", "online_login",
    "insurability", "dmg", "incapacity", "indemnity_payment",
    "medical_convocation", "maf_counter", "young_saver_account", "young_saver_movement",
    "medical_agreement",
)  # fmt: skip


def test_a_clerk_reads_the_queue_and_the_register_but_a_file_only_within_a_visit(
    logins, family, queue_rows
):
    clerk = logins.engines["staff_clerk"]
    for table in QUEUE:
        total = scalar(logins.owner, f'SELECT count(*) FROM "{table}"')
        assert total > 0 and scalar(clerk, f'SELECT count(*) FROM "{table}"') == total, table
    assert rows(clerk, "SELECT surname FROM affiliation_request")  # the whole request
    # The letters waiting for the post carry passwords in clear: a supervisor's only.
    letters = scalar(logins.owner, "SELECT count(*) FROM postal_letter")
    assert letters > 0 and scalar(clerk, "SELECT count(*) FROM postal_letter") == 0
    supervisor = logins.engines["staff_supervisor"]
    assert scalar(supervisor, "SELECT count(*) FROM postal_letter") == letters
    staff = scalar(logins.owner, "SELECT count(*) FROM staff")
    assert scalar(clerk, "SELECT count(*) FROM staff") == staff  # without their hashes
    for table in FILE_ONLY:
        assert scalar(clerk, f'SELECT count(*) FROM "{table}"') == 0, table
    # Certificates: the adviser's queue only, those not yet checked (test_medical_postgres.py).
    assert (
        scalar(clerk, "SELECT count(*) FROM incapacity_certificate WHERE checked_on IS NOT NULL")
        == 0
    )
    for table in ("reimbursement_line", "payment", "document", "online_account", "maf_counter"):
        assert scalar(logins.owner, f'SELECT count(*) FROM "{table}"') > 0, table

    # The audit log: added under the clerk's own name, never read back.
    ids = dict(rows(logins.owner, "SELECT login, id FROM staff"))
    add = (
        "INSERT INTO audit_log (at, staff_id, terminal, action, member_id) "
        "VALUES (now(), :staff, 'counter_c', 'member_file_opened', :member)"
    )
    assert not refused(clerk, add, {"staff": ids["clerk"], "member": family["holder"]})
    assert refused(clerk, add, {"staff": ids["supervisor"], "member": family["holder"]})
    assert refused(clerk, add, {"staff": None, "member": family["holder"]})
    assert refused(logins.engines["kiosk_a"], add, {"staff": ids["clerk"], "member": None})
    assert refused(clerk, "SELECT * FROM audit_log")
    assert scalar(logins.owner, "SELECT count(*) FROM audit_log") == 1

    visit = logins.visit("staff_clerk", family["niss"], [family["holder"]], mode="staff")
    assert scalar(clerk, "SELECT count(*) FROM reimbursement_line") == scalar(
        logins.owner,
        "SELECT count(*) FROM reimbursement_line WHERE beneficiary_id = :id",
        {"id": family["holder"]},
    )
    scalar(clerk, "SELECT guichet_visit_close(:id, 'finish')", {"id": visit})
    assert scalar(clerk, "SELECT count(*) FROM reimbursement_line") == 0

    with logins.owner.begin() as connection:  # a clerk who left: their login reads nothing
        connection.execute(text("UPDATE staff SET active = false WHERE login = 'clerk'"))
    for table in ("member", "document_order", "postal_letter", "affiliation_request", "staff"):
        assert scalar(clerk, f'SELECT count(*) FROM "{table}"') == 0, table
