"""`guichet-central`: create, migrate and seed the central database; import published data."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from app.cli.admin import register as register_admin
from app.cli.majority import register as register_majority
from app.config import ConfigError, load_settings
from app.domain.clock import brussels_today
from app.domain.codes import InboxState, Language
from app.store import migrate
from app.store.db import central_engine, make_engine
from app.store.models import Household
from app.version import version_line


def _engine(args: argparse.Namespace) -> Engine:
    settings = load_settings(args.config, central_url=args.url)
    return central_engine(settings)


def _household_count(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(Household)).scalar_one()


def _drop(engine: Engine) -> Engine:
    """Empty the database: delete the SQLite file, or downgrade a server database to nothing."""
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(url.database + suffix).unlink(missing_ok=True)
        return make_engine(url.render_as_string(hide_password=False))
    if migrate.current_revision(engine) is not None:
        migrate.downgrade(engine, "base")
    return engine


def cmd_migrate(args: argparse.Namespace) -> int:
    engine = _engine(args)
    before = migrate.current_revision(engine)
    migrate.upgrade(engine)
    after = migrate.current_revision(engine)
    print(f"central database at revision {after} (was {before or 'empty'})")
    if engine.dialect.name == "postgresql" and before != after:
        _regrant(engine)
    return 0


def _regrant(engine: Engine) -> None:
    """A migration may recreate tables or functions: the groups' rights are granted again when
    the groups exist and this login may (else the administrator runs `roles`)."""
    from sqlalchemy import text

    from app.store.roles import GROUPS, RoleError, ensure_groups

    with engine.connect() as connection:
        existing = connection.execute(
            text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:g)"), {"g": list(GROUPS)}
        ).scalar_one()
    if existing == 0:  # no roles set up here; a group added since is made by ensure_groups
        return
    try:
        ensure_groups(engine)
    except (SQLAlchemyError, RoleError):
        print(
            "guichet-central: run `guichet-central roles` as the database's administrator "
            "to grant the terminals' and clerks' rights on the new schema",
            file=sys.stderr,
        )
        return
    print("the terminals' and clerks' rights granted again")


def cmd_seed(args: argparse.Namespace) -> int:
    from app.store.seed import seed_database  # only this command needs the generator

    engine = _engine(args)
    if args.replace:
        engine = _drop(engine)
    migrate.upgrade(engine)
    existing = _household_count(engine)
    if existing:
        if args.if_empty:
            print(f"central database already holds {existing} households; left as it is")
            return 0
        print(
            f"central database already holds {existing} households: "
            "use --replace to seed it again, or --if-empty to keep it",
            file=sys.stderr,
        )
        return 1

    def progress(done: int, total: int) -> None:
        if sys.stdout.isatty():
            print(f"\r  {done:,}/{total:,} households", end="", flush=True)

    started = time.perf_counter()
    summary = seed_database(
        engine, households=args.households, seed=args.seed, as_of=args.as_of, progress=progress
    )
    elapsed = time.perf_counter() - started
    if sys.stdout.isatty():
        print()
    url = make_url(engine.url)
    print(
        f"seeded {args.households:,} households (seed {args.seed}, as of {args.as_of}) "
        f"in {elapsed:.1f} s into {url.render_as_string(hide_password=True)}"
    )
    for table, count in summary.counts.items():
        print(f"  {table:<28} {count:>12,}")
    print("demo members for each case (NISS):")
    for case, nisses in summary.cases.items():
        print(f"  {case:<28} {', '.join(nisses[:3])}")
    return 0


def _trust_roots(args: argparse.Namespace, settings, who: str):
    """The eID root CAs (--trust-roots or the setting), or None, said on stderr."""
    from devices.belpic.verify import TrustStore

    roots_path = args.trust_roots or settings.trust_roots
    if not roots_path or not Path(roots_path).expanduser().exists():
        print(
            f"guichet-central: {who} against the eID root CAs: give the Belgium Root CA "
            "certificates with --trust-roots (a PEM file or folder) or GUICHET_TRUST_ROOTS",
            file=sys.stderr,
        )
        return None
    try:
        roots = TrustStore.from_pem(Path(roots_path).expanduser()).roots
    except (ValueError, OSError) as exc:
        print(f"guichet-central: {roots_path}: no certificates read ({exc})", file=sys.stderr)
        return None
    if not roots:
        print(f"guichet-central: {roots_path} holds no certificate", file=sys.stderr)
        return None
    return roots


def cmd_worker(args: argparse.Namespace) -> int:
    """Apply the inbox: once (--once), or until interrupted, as the only worker."""
    from app.sync import apply

    settings = load_settings(args.config, central_url=args.url)
    roots = _trust_roots(args, settings, "the worker checks every card signature")
    if roots is None:
        return 2
    forms = apply.SignedForms(roots)
    engine = central_engine(settings)
    migrate.upgrade(engine)
    if args.once:
        outcomes = apply.apply_pending(engine, forms=forms)
        applied = sum(1 for o in outcomes if o.state == InboxState.APPLIED)
        print(f"applied {applied}, rejected or held {len(outcomes) - applied}")
        return 0
    lock = apply.WorkerLock(engine)
    if not lock.acquire():
        print("guichet-central: another worker is applying this inbox", file=sys.stderr)
        return 1
    gatekeeper = None
    if engine.dialect.name == "postgresql" and not args.no_gatekeeper:
        gatekeeper = _gatekeeper_service(engine, forms.trust_roots, args).start()
        print("gatekeeper answering the terminals' visit requests", flush=True)
    print(f"worker applying the inbox every {args.interval:g} s (Ctrl+C stops)", flush=True)
    from app.sync.worker import AccidentDetection

    detection = AccidentDetection(engine, every=args.accidents_every * 60)
    from app.sync.mail import MailSending, SmtpSettings

    mail = MailSending(engine, SmtpSettings.of(settings), every=args.mail_every)
    from app.sync.majority import DailyMajority

    majority = DailyMajority(engine)  # once a day: a dependant's own access at majority
    try:
        while True:
            outcomes = apply.apply_pending(engine, forms=forms)
            if outcomes:
                print(f"{len(outcomes)} operation(s) handled", flush=True)
            detection.tick()
            if (sent := mail.tick()) is not None and (sent.sent or sent.given_up):
                print(f"mail: {sent.sent} sent, {sent.given_up} given up", flush=True)
            if (of_age := majority.tick()) is not None and of_age.found:
                print(f"majority: {of_age.handled} dependant(s) handled", flush=True)
            time.sleep(args.interval)
    except KeyboardInterrupt:
        return 0
    finally:
        if gatekeeper is not None:
            gatekeeper.stop()
        lock.release()


def cmd_mail_send(args: argparse.Namespace) -> int:
    """Send the queued mails that are due, once, with the settings' mail server."""
    from app.sync.mail import SmtpSettings, send_due

    settings = load_settings(args.config, central_url=args.url)
    smtp = SmtpSettings.of(settings)
    if smtp is None:
        print("guichet-central: no mail server (smtp_host) is set", file=sys.stderr)
        return 2
    engine = central_engine(settings)
    migrate.upgrade(engine)
    result = send_due(engine, smtp)
    print(f"mail: {result.sent} sent, {result.retried} to try again, {result.given_up} given up")
    return 0


def _gatekeeper_service(engine: Engine, trust_roots, args: argparse.Namespace):
    """The gatekeeper (app/gate) on `engine`: it opens the visits terminals ask for."""
    from app.gate.gatekeeper import Gatekeeper
    from app.gate.service import GatekeeperService

    provider = None
    if args.token_secret_env:
        from app.services.local_token_provider import LocalTokenProvider

        secret = os.environ.get(args.token_secret_env, "")
        if len(secret.encode()) < 16:  # an empty secret would let anyone compute the codes
            raise SystemExit(
                f"guichet-central: {args.token_secret_env} must hold the token secret "
                "(16 bytes at least)"
            )
        provider = LocalTokenProvider(engine, secret.encode())
    return GatekeeperService(
        engine, Gatekeeper(engine, trust_roots=trust_roots, identity_provider=provider)
    )


def cmd_gatekeeper(args: argparse.Namespace) -> int:
    """Only the gatekeeper (more than one may run; the worker runs one itself by default)."""
    settings = load_settings(args.config, central_url=args.url)
    roots = _trust_roots(args, settings, "the gatekeeper checks each card")
    if roots is None:
        return 2
    engine = central_engine(settings)
    if engine.dialect.name != "postgresql":
        print("guichet-central: the embedded database's gatekeeper runs in the program")
        return 2
    service = _gatekeeper_service(engine, roots, args).start()
    print("gatekeeper answering the terminals' visit requests (Ctrl+C stops)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        return 0
    finally:
        service.stop()


def cmd_demo_cards(args: argparse.Namespace) -> int:
    """One virtual eID profile per demo case, for `guichet-card serve` and the simulated reader."""
    from app.store.demo_cases import demo_cases
    from devices.simulated.profile import build_profile, save_profile

    engine = _engine(args)
    with engine.connect() as connection:
        cases = demo_cases(connection)
    if not cases:
        print("guichet-central: no demo members here: seed the database first", file=sys.stderr)
        return 1
    args.directory.mkdir(parents=True, exist_ok=True)
    for index, (case, member) in enumerate(sorted(cases.items())):
        address = f"{member.street} {member.house_number}" + (
            f" bte {member.box}" if member.box else ""
        )
        profile = build_profile(
            national_number=member.niss,
            surname=member.last_name,
            first_names=member.first_names,
            birth_date=member.birth_date,
            sex=member.sex.value if hasattr(member.sex, "value") else member.sex,
            street_and_number=address,
            zip_code=member.postcode,
            municipality=member.municipality,
            applet="1.7" if index % 2 else "1.8",  # both applets among the demo cards
            language=member.language if member.language != Language.EN else Language.FR,
            delivery_municipality=member.municipality,
        )
        path = save_profile(profile, args.directory / f"{case}.toml")
        if not args.quiet:
            print(f"{case:<24} {member.niss}  {member.first_names} {member.last_name}  → {path}")
    return 0


def cmd_accidents_detect(args: argparse.Namespace) -> int:
    """Open the accident declarations the reimbursement lines not read yet suggest."""
    from app.domain.clock import utc_now
    from app.sync.accident_detection import detect

    engine = _engine(args)
    migrate.upgrade(engine)
    started = time.perf_counter()
    now = utc_now()
    result = detect(engine, today=args.today or brussels_today(now), now=now)
    seconds = time.perf_counter() - started
    print(
        f"accident detection: {result.lines_read:,} line(s) read, "
        f"{result.declarations_opened:,} declaration(s) opened in {seconds:.2f} s"
    )
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    engine = _engine(args)
    revision = migrate.current_revision(engine)
    head = migrate.head_revision()
    print(f"revision {revision or 'none'} (latest {head})")
    if revision is not None:
        print(f"households {_household_count(engine):,}")
    return 0 if revision == head else 1


def cmd_import_payment_calendar(args: argparse.Namespace) -> int:
    """Load a published payment calendar (CSV: phase,covers_from,covers_to,paid_on,source).

    A row replaces the one of the same period; a file with a bad line loads nothing and says
    which line and why (exit 2)."""
    from app.store.payment_calendar import CalendarError, import_file

    engine = _engine(args)
    try:
        if migrate.current_revision(engine) != migrate.head_revision():
            print(
                "guichet-central: the central database is not at the latest revision: run "
                "`guichet-central migrate`",
                file=sys.stderr,
            )
            return 2
        with engine.begin() as connection:  # all the rows, or none
            loaded = import_file(connection, args.file)
    except CalendarError as exc:
        print(f"guichet-central: {args.file}: {exc}; nothing loaded", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        print(f"guichet-central: {args.file}: cannot be read ({reason})", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(f"payment calendar: {loaded.rows} row(s) loaded from {args.file}")
    for warning in loaded.warnings:
        print(f"warning: {warning}")
    return 0


def cmd_import_nomenclature(args: argparse.Namespace) -> int:
    """Load NomenSoft's XML (NOMEN_DETAIL, NOMEN_HONORAIRES) into the dated nomenclature;
    a bad file loads nothing and says where (exit 2). Prints what was read and done."""
    from app.store.nomenclature_import import NomenSoftError, import_files, load_categories

    engine = _engine(args)
    try:
        if migrate.current_revision(engine) != migrate.head_revision():
            print("guichet-central: the central database is not at the latest revision: run "
                  "`guichet-central migrate`", file=sys.stderr)  # fmt: skip
            return 2
        categories = load_categories(*([args.categories] if args.categories else []))
        with engine.begin() as connection:  # every file, or nothing
            done = import_files(connection, args.files, categories=categories)
    except NomenSoftError as exc:
        print(f"guichet-central: {exc}; nothing loaded", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"guichet-central: {exc.filename}: cannot be read ({exc.strerror})", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(f"codes: {done.codes_read} read, {done.codes_added} added, {done.codes_changed} "
          f"changed, {done.codes_unchanged} unchanged")  # fmt: skip
    print(f"amounts: {done.amounts_read} read, {done.amounts_ignored} ignored, "
          f"{done.unknown_amounts} of unknown categories")  # fmt: skip
    print(f"fee rows: {done.fee_rows_added} added, {done.fee_rows_changed} changed, "
          f"{done.fee_rows_unchanged} unchanged, {done.fee_rows_closed} closed")  # fmt: skip
    for category, count in sorted(done.unknown_categories.items()):
        print(f"warning: fee category {category!r} is not in the mapping: {count} amount(s) "
              "skipped (app/store/data/nomensoft/fee_categories.csv)")  # fmt: skip
    if done.codes_missing:
        print(f"warning: amounts of {len(done.codes_missing)} code(s) neither in the database "
              f"nor in the files skipped: {', '.join(done.codes_missing[:10])}")  # fmt: skip
    return 0


def cmd_staff_code(args: argparse.Namespace) -> int:
    """Print the hash to put in the `staff_code_hash` setting; the code comes from stdin."""
    from app.domain.passwords import hash_password

    code = sys.stdin.readline().strip()
    if not (code.isdigit() and 6 <= len(code) <= 12):
        print("guichet-central: the staff code is 6 to 12 digits", file=sys.stderr)
        return 2
    print(hash_password(code))
    return 0


def cmd_token_card(args: argparse.Namespace) -> int:
    """Demo only: the 24 codes of a member's federal token, from the `token_secret` setting."""
    from app.domain.niss import InvalidNiss, Niss
    from app.services.local_token_provider import token_card

    try:
        niss = Niss.parse(args.niss)
    except InvalidNiss as exc:
        print(f"guichet-central: {exc}", file=sys.stderr)
        return 2
    settings = load_settings(args.config)
    for position, code in enumerate(token_card(settings.token_secret.encode(), niss.digits), 1):
        print(f"{position:>2}  {code}")
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guichet-central", description=__doc__)
    parser.add_argument("--version", action="version", version=version_line())
    parser.add_argument(
        "--url",
        help="central database URL (default: GUICHET_CENTRAL_URL, "
        "the settings file, or the embedded SQLite file)",
    )
    parser.add_argument("--config", type=Path, help="settings file (TOML)")
    commands = parser.add_subparsers(dest="command", required=True)

    p_migrate = commands.add_parser("migrate", help="create the schema or bring it up to date")
    p_migrate.set_defaults(func=cmd_migrate)

    p_seed = commands.add_parser("seed", help="fill an empty database with demo data")
    p_seed.add_argument("--households", type=int, default=400)
    p_seed.add_argument("--seed", type=int, default=1, help="same seed, same data")
    p_seed.add_argument(
        "--as-of",
        type=_date,
        default=brussels_today(),
        help="the demo's 'today' (default: today); same seed and date, same data",
    )
    exclusive = p_seed.add_mutually_exclusive_group()
    exclusive.add_argument(
        "--if-empty", action="store_true", help="do nothing if the database already has households"
    )
    exclusive.add_argument(
        "--replace",
        action="store_true",
        help="drop everything first (all data in that database is lost)",
    )
    p_seed.set_defaults(func=cmd_seed)

    p_worker = commands.add_parser("worker", help="apply the operations terminals pushed")
    p_worker.add_argument("--once", action="store_true", help="apply what is there, then stop")
    p_worker.add_argument("--interval", type=float, default=1.0, help="seconds between rounds")
    p_worker.add_argument(
        "--trust-roots",
        help="PEM file or folder of the eID root CAs that signed forms must chain to "
        "(default: the trust_roots setting)",
    )
    p_worker.add_argument(
        "--accidents-every",
        type=float,
        default=10.0,
        metavar="MINUTES",
        help="run the accident detection every so many minutes (0: never; default 10)",
    )
    p_worker.add_argument(
        "--no-gatekeeper",
        action="store_true",
        help="do not answer visit requests here (a separate `gatekeeper` does)",
    )
    p_worker.add_argument(
        "--token-secret-env",
        metavar="VAR",
        help="demo: the local token provider's secret, from this environment variable",
    )
    p_worker.add_argument(
        "--mail-every",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="send the queued mails every so many seconds (0: never; default 5)",
    )
    p_worker.set_defaults(func=cmd_worker)

    p_mail = commands.add_parser("mail", help="the documents members asked to be e-mailed")
    mails = p_mail.add_subparsers(dest="what", required=True)
    p_mail_send = mails.add_parser(
        "send", help="send the queued mails that are due (the worker does every few seconds)"
    )
    p_mail_send.set_defaults(func=cmd_mail_send)

    p_gate = commands.add_parser("gatekeeper", help="open the visits terminals ask for")
    p_gate.add_argument("--trust-roots", help="PEM file or folder of the eID root CAs")
    p_gate.add_argument("--token-secret-env", metavar="VAR", help="demo token secret variable")
    p_gate.set_defaults(func=cmd_gatekeeper)

    register_admin(commands)  # terminal add, staff add, roles (app/cli/admin.py)

    p_import = commands.add_parser("import", help="load data published elsewhere")
    imports = p_import.add_subparsers(dest="what", required=True)
    p_calendar = imports.add_parser(
        "payment-calendar",
        help="the published indemnity payment dates (CSV: phase,covers_from,covers_to,"
        "paid_on,source); a period already loaded is replaced",
    )
    p_calendar.add_argument("file", type=Path, help="the calendar file (UTF-8 CSV)")
    p_calendar.set_defaults(func=cmd_import_payment_calendar)
    p_nomen = imports.add_parser(
        "nomenclature",
        help="INAMI's NomenSoft XML (NOMEN_DETAIL, NOMEN_HONORAIRES): codes, fees and "
        "reimbursements by date; importing again changes nothing",
    )
    p_nomen.add_argument("files", type=Path, nargs="+", metavar="PATH", help="NomenSoft XML files")
    p_nomen.add_argument(
        "--categories", type=Path, help="the fee categories' meanings (default: the shipped CSV)"
    )
    p_nomen.set_defaults(func=cmd_import_nomenclature)

    p_cards = commands.add_parser(
        "demo-cards", help="write a virtual eID profile for each demo case member"
    )
    p_cards.add_argument("directory", type=Path)
    p_cards.add_argument("--quiet", action="store_true", help="print nothing when it works")
    p_cards.set_defaults(func=cmd_demo_cards)

    p_code = commands.add_parser(
        "staff-code", help="hash a kiosk staff code read from standard input (staff_code_hash)"
    )
    p_code.set_defaults(func=cmd_staff_code)

    p_token = commands.add_parser("token-card", help="demo: print a member's 24 token codes")
    p_token.add_argument("niss", help="national number, in any written form")
    p_token.set_defaults(func=cmd_token_card)

    p_accidents = commands.add_parser("accidents", help="accident declarations")
    accidents = p_accidents.add_subparsers(dest="what", required=True)
    p_detect = accidents.add_parser(
        "detect",
        help="open the declarations the reimbursement lines not read yet suggest (each line "
        "is read once, however often this runs)",
    )
    p_detect.add_argument(
        "--today", type=_date, help="the day the declarations are opened (default: today)"
    )
    p_detect.set_defaults(func=cmd_accidents_detect)

    register_majority(commands)  # majority run (app/cli/majority.py)

    p_status = commands.add_parser("status", help="schema revision and size")
    p_status.set_defaults(func=cmd_status)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "households", 1) < 1:
        print("guichet-central: --households must be at least 1", file=sys.stderr)
        return 2
    try:
        return args.func(args)
    except ConfigError as exc:
        print(f"guichet-central: {exc}", file=sys.stderr)
        return 2
    except SQLAlchemyError as exc:
        cause = getattr(exc, "orig", None) or exc
        print(f"guichet-central: database error: {type(exc).__name__}: {cause}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
