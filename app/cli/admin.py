"""`guichet-central terminal add`, `staff add`, `roles`: the database administrator's commands
that give each terminal, counter and clerk its own PostgreSQL login (app/store/roles.py).

Passwords come from the environment variable named with --password-env, never from the
command line (which every user of the machine can read in the process list). `terminal add
--enrolment-file FILE` makes one itself when none is given, and writes it, with where the
central database is and its CA certificate, into FILE (0600) for `guichet-enrol`.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from pathlib import Path

from sqlalchemy import Engine

from app.config import load_settings
from app.domain.codes import TerminalMode
from app.store import migrate
from app.store.db import central_engine


def _engine(args: argparse.Namespace) -> Engine | None:
    settings = load_settings(args.config, central_url=args.url)
    engine = central_engine(settings)
    if engine.dialect.name != "postgresql":
        engine.dispose()
        _fail(
            "database logins and row-level security exist on PostgreSQL only: the embedded "
            "SQLite database has no roles (set GUICHET_CENTRAL_URL or --url)"
        )
        return None
    if migrate.current_revision(engine) != migrate.head_revision():
        engine.dispose()
        _fail("the central database is not at the latest revision: run `guichet-central migrate`")
        return None
    return engine


def _fail(message: str) -> int:
    print(f"guichet-central: {message}", file=sys.stderr)
    return 2


def _password(variable: str) -> str | None:
    password = os.environ.get(variable)
    if not password:
        _fail(f"the environment variable {variable} holds no password")
        return None
    return password


def _run(engine: Engine, action) -> int:
    from app.store.roles import RoleError

    try:
        action()
    except RoleError as exc:
        return _fail(str(exc))
    finally:
        engine.dispose()
    return 0


def _enrolment_inputs(args: argparse.Namespace) -> tuple[str, str] | None:
    """(the CA's PEM, the staff code's hash or ""), read before anything is changed."""
    from app.enrolment import EnrolmentError, check_ca, check_host

    if not (args.central_host and args.ca):
        _fail("--enrolment-file needs --central-host (the name in the server's certificate) "
              "and --ca (the central server's CA certificate, PEM)")  # fmt: skip
        return None
    try:
        args.central_host = check_host(args.central_host)
    except EnrolmentError as exc:
        _fail(str(exc).replace("central.host", "--central-host"))
        return None
    if not 0 < args.central_port < 65536:
        _fail(f"--central-port is not a port number: {args.central_port}")
        return None
    try:
        ca_pem = check_ca(Path(args.ca).read_text(encoding="ascii"))
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{args.ca}: cannot be read ({exc})")
        return None
    except EnrolmentError as exc:
        _fail(f"{args.ca}: {str(exc).replace('central.ca ', '')}")
        return None
    staff_hash = ""
    if args.staff_code_env:
        from app.domain.passwords import hash_password

        code = os.environ.get(args.staff_code_env, "").strip()
        if not (code.isdigit() and 6 <= len(code) <= 12):
            _fail(f"the environment variable {args.staff_code_env} must hold a staff code "
                  "of 6 to 12 digits")  # fmt: skip
            return None
        staff_hash = hash_password(code)
    return ca_pem, staff_hash


def cmd_terminal_add(args: argparse.Namespace) -> int:
    from app.store.roles import add_terminal

    enrolment_file = args.enrolment_file
    if args.password_env:
        password = _password(args.password_env)
    elif enrolment_file is not None:
        # A strong random password (256 bits): nobody types it, the enrolment file carries it.
        password = secrets.token_urlsafe(32)
    else:
        return _fail("give --enrolment-file (a password is made for the terminal and written "
                     "there) or --password-env")  # fmt: skip
    if password is None:
        return 2
    inputs = _enrolment_inputs(args) if enrolment_file is not None else None
    if enrolment_file is not None and inputs is None:
        return 2
    out = None
    if enrolment_file is not None:
        from app.enrolment import create_secret_file

        try:  # made first, empty and 0600: the database is changed only if the file can be
            out = create_secret_file(enrolment_file)
        except FileExistsError:
            return _fail(f"{enrolment_file} exists already: choose another file name")
        except OSError as exc:
            return _fail(f"{enrolment_file}: {exc.strerror or exc}")
    status = 2
    try:
        status = _add_terminal(args, add_terminal, password)
        if status == 0 and out is not None:
            try:
                _write_enrolment(args, out, password, inputs)
            except OSError as exc:
                status = _fail(f"{enrolment_file}: {exc.strerror or exc}")
    finally:
        if out is not None:
            out.close()
            if status != 0:
                enrolment_file.unlink(missing_ok=True)
    if status == 0:
        kind = "counter" if args.counter else "terminal"
        print(
            f"{kind} {args.name}: its own login, reads a member's file only within a visit "
            "the central side opens, writes only into the inbox"
        )
        if args.ticket_letter:
            print(f"its queue tickets: {args.ticket_letter}-001, {args.ticket_letter}-002, …")
        if enrolment_file is not None:
            print(
                f"enrolment file {enrolment_file} (0600; it holds the password): take it to "
                f"the terminal, run `guichet-enrol {enrolment_file.name}` there as root, then "
                "delete it"
            )
    return status


def _add_terminal(args: argparse.Namespace, add_terminal, password: str) -> int:
    if (engine := _engine(args)) is None:
        return 2
    args.dbname = args.dbname or engine.url.database

    def action() -> None:
        args.ticket_letter = add_terminal(
            engine,
            args.name,
            agency_code=args.agency,
            password=password,
            counter=args.counter,
            ticket_letter=args.ticket_letter,
        )

    return _run(engine, action)


def _write_enrolment(args: argparse.Namespace, out, password: str, inputs) -> None:
    from app.enrolment import Enrolment

    ca_pem, staff_hash = inputs
    enrolment = Enrolment(
        terminal_id=args.name,
        agency=args.agency,
        mode=TerminalMode.COUNTER if args.counter else TerminalMode.KIOSK,
        host=args.central_host,
        port=args.central_port,
        dbname=args.dbname,
        user=args.name,
        password=password,
        ca_pem=ca_pem,
        staff_code_hash=staff_hash,
        ticket_letter=args.ticket_letter or "",
    )
    out.write(enrolment.to_toml().encode("utf-8"))
    out.flush()
    os.fsync(out.fileno())


def cmd_staff_add(args: argparse.Namespace) -> int:
    from app.store.roles import add_staff

    password = _password(args.password_env)
    if password is None or (engine := _engine(args)) is None:
        return 2
    made: list[str] = []

    def action() -> None:
        made.append(
            add_staff(
                engine,
                args.login,
                password=password,
                supervisor=args.supervisor,
                adviser=args.adviser,
            )
        )

    status = _run(engine, action)
    if status == 0:
        print(f"staff {args.login}: login {made[0]}")
    return status


def cmd_roles(args: argparse.Namespace) -> int:
    from app.store.roles import GROUPS, ensure_groups

    if (engine := _engine(args)) is None:
        return 2
    status = _run(engine, lambda: ensure_groups(engine))
    if status == 0:
        print(f"group roles {', '.join(GROUPS)}: rights granted")
    return status


def register(commands) -> None:
    """Add the commands to `guichet-central`'s subparsers."""
    p_terminal = commands.add_parser("terminal", help="PostgreSQL: a terminal's own login")
    terminal = p_terminal.add_subparsers(dest="action", required=True)
    # No abbreviations: `--password` must not pass for `--password-env`.
    p_add = terminal.add_parser(
        "add", help="make (or update) a terminal's or counter's login", allow_abbrev=False
    )
    p_add.add_argument("name", help="the login: lower-case letters, digits, underscores")
    p_add.add_argument("--agency", required=True, help="the code of the agency it stands in")
    p_add.add_argument(
        "--password-env",
        metavar="VAR",
        help="environment variable holding its password (default with --enrolment-file: a "
        "random one, written in that file)",
    )
    p_add.add_argument("--counter", action="store_true", help="a counter's machine")
    p_add.add_argument(
        "--ticket-letter",
        metavar="X",
        help="a kiosk's queue ticket letter (X-001…), one per kiosk of the agency (default: "
        "the one it has, else the agency's next free letter; a counter gets none)",
    )
    p_add.add_argument(
        "--enrolment-file",
        type=Path,
        metavar="FILE",
        help="write the terminal's enrolment file (for guichet-enrol) here, mode 0600",
    )
    p_add.add_argument(
        "--central-host",
        metavar="HOST",
        help="the central server's name as the terminal reaches it (the name its TLS "
        "certificate gives)",
    )
    p_add.add_argument(
        "--central-port", type=int, default=5432, metavar="PORT", help="its port (5432)"
    )
    p_add.add_argument("--dbname", help="the central database's name (default: this one's)")
    p_add.add_argument(
        "--ca", type=Path, metavar="CA.pem", help="the central server's CA certificate (PEM)"
    )
    p_add.add_argument(
        "--staff-code-env",
        metavar="VAR",
        help="environment variable holding the terminal's staff code (its hash goes into "
        "the enrolment file)",
    )
    p_add.set_defaults(func=cmd_terminal_add)

    p_staff = commands.add_parser("staff", help="PostgreSQL: a clerk's own login")
    staff = p_staff.add_subparsers(dest="action", required=True)
    p_add = staff.add_parser(
        "add", help="make (or update) the login staff_<LOGIN>", allow_abbrev=False
    )
    p_add.add_argument("login", help="the clerk's staff login")
    p_add.add_argument(
        "--password-env", required=True, help="environment variable holding its password"
    )
    p_add.add_argument(
        "--supervisor",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a supervisor's rights (default: as the staff record's role says)",
    )
    p_add.add_argument(
        "--adviser",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a medical adviser's rights: checks certificates, decides partial resumptions "
        "(default: as the staff record says; given, the record says so too)",
    )
    p_add.set_defaults(func=cmd_staff_add)

    p_roles = commands.add_parser(
        "roles", help="PostgreSQL: create the group roles and grant their rights (idempotent)"
    )
    p_roles.set_defaults(func=cmd_roles)
