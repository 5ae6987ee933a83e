"""`guichet-central majority run`: a dependant's own access at majority (issue 19,
app/sync/majority.py). Kept apart from app/cli/central.py, which registers it."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from app.config import load_settings
from app.domain.clock import brussels_today, utc_now
from app.store import migrate
from app.store.db import central_engine


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def cmd_majority_run(args: argparse.Namespace) -> int:
    """Give the dependants who came of age their own access, and write to them about the
    holder's; how many, and the time."""
    from app.sync.majority import CATCH_UP_DAYS, run

    engine = central_engine(load_settings(args.config, central_url=args.url))
    migrate.upgrade(engine)
    now = utc_now()
    day = args.on or brussels_today(now)
    result = run(engine, on=day, now=now)
    print(
        f"majority on {day} (and the {CATCH_UP_DAYS} days before): "
        f"{result.handled:,} dependant(s) handled ({result.accounts:,} account(s) opened, "
        f"{result.letters:,} letter(s) posted) in {result.seconds:.2f} s"
    )
    if result.failed:
        print(f"guichet-central: {result.failed} dependant(s) left for the next run",
              file=sys.stderr)  # fmt: skip
        return 1
    return 0


def register(commands) -> None:
    """Add `majority run` to `guichet-central`'s subparsers."""
    p_majority = commands.add_parser("majority", help="dependants coming of age (issue 19)")
    majority = p_majority.add_subparsers(dest="what", required=True)
    p_run = majority.add_parser(
        "run",
        help="open the own account of the dependants who came of age and write to them about "
        "the holder's access, with the blocking form (once per dependant, however often this "
        "runs; the worker runs it daily)",
    )
    p_run.add_argument("--on", type=_date, help="the day they came of age by (default: today)")
    p_run.set_defaults(func=cmd_majority_run)
