"""`guichet-enrol FILE`: make this machine the terminal an enrolment file describes.

Run as root on the terminal, with the file `guichet-central terminal add --enrolment-file`
wrote. It writes /etc/guichet/guichet.toml (keeping the settings already there that the file
does not set: printer, reader, languages…), /etc/guichet/central-ca.pem and the credential
files in /etc/guichet/credentials/ that systemd hands to the program. A file it cannot use
changes nothing: exit status 2 and the reason.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.enrolment import CREDENTIALS_DIR, EnrolmentError, install, read


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guichet-enrol", description=__doc__.split("\n\n")[0], allow_abbrev=False
    )
    parser.add_argument("file", type=Path, help="the enrolment file (it holds a password)")
    parser.add_argument(
        "--config-dir",
        type=Path,
        default=Path("/etc/guichet"),
        help="where the terminal's settings live (default: /etc/guichet)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        enrolment = read(args.file)
        done = install(enrolment, args.config_dir)
    except EnrolmentError as exc:
        print(f"guichet-enrol: {exc}; nothing was changed", file=sys.stderr)
        return 2
    except PermissionError as exc:
        print(
            f"guichet-enrol: {exc.filename}: permission denied (run it as root); "
            "nothing was changed",
            file=sys.stderr,
        )
        return 2
    except OSError as exc:
        print(f"guichet-enrol: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    kind = "counter" if enrolment.mode == "counter" else "terminal"
    print(
        f"{kind} {enrolment.terminal_id} of agency {enrolment.agency} enrolled: its database "
        f"{enrolment.dbname} on {enrolment.host}:{enrolment.port}, over TLS checked against "
        "the central server's CA"
    )
    if enrolment.ticket_letter:
        letter = enrolment.ticket_letter
        print(f"  its queue tickets: {letter}-001, {letter}-002, …")
    for path, (_content, mode) in done.files.items():
        print(f"  wrote {path} ({mode:04o})")
    for key in done.dropped:
        print(f"  removed {key} from the settings file (a credential file holds it now)")
    credentials = args.config_dir / CREDENTIALS_DIR
    restart = (
        "systemctl restart guichet-kiosk.service"
        if enrolment.mode == "kiosk"
        else "start `guichet --mode counter` again"
    )
    print(
        f"Next: delete {args.file} (it holds the password), then {restart}"
        + ("" if args.config_dir == Path("/etc/guichet") else f" (credentials in {credentials})")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
