"""`guichet-central terminal add`, `staff add`, `roles`: the database administrator's commands
that give each terminal, counter and clerk its own PostgreSQL login (app/store/roles.py).

Passwords come from the environment variable named with --password-env, never from the
command line (which every user of the machine can read in the process list).
"""

from __future__ import annotations

import argparse
import os
import sys

from sqlalchemy import Engine

from app.config import load_settings
from app.store import migrate
from app.store.db import make_engine


def _engine(args: argparse.Namespace) -> Engine | None:
    settings = load_settings(args.config, central_url=args.url)
    engine = make_engine(settings.effective_central_url)
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


def cmd_terminal_add(args: argparse.Namespace) -> int:
    from app.store.roles import add_terminal

    password = _password(args.password_env)
    if password is None or (engine := _engine(args)) is None:
        return 2

    def action() -> None:
        add_terminal(
            engine, args.name, agency_code=args.agency, password=password, counter=args.counter
        )

    status = _run(engine, action)
    if status == 0:
        kind = "counter" if args.counter else "terminal"
        print(
            f"{kind} {args.name}: its own login, reads a member's file only within a visit "
            "the central side opens, writes only into the inbox"
        )
    return status


def cmd_staff_add(args: argparse.Namespace) -> int:
    from app.store.roles import add_staff

    password = _password(args.password_env)
    if password is None or (engine := _engine(args)) is None:
        return 2
    made: list[str] = []

    def action() -> None:
        made.append(add_staff(engine, args.login, password=password, supervisor=args.supervisor))

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
        "--password-env", required=True, help="environment variable holding its password"
    )
    p_add.add_argument("--counter", action="store_true", help="a counter's machine")
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
    p_add.set_defaults(func=cmd_staff_add)

    p_roles = commands.add_parser(
        "roles", help="PostgreSQL: create the group roles and grant their rights (idempotent)"
    )
    p_roles.set_defaults(func=cmd_roles)
