"""The demo's accident rules, and the demo cases' accidents (issue 16).

The rules: the care the mutuality's software flags (domain.md §14: no public INAMI list), as
dated rows with their source. The cases, each with its own random stream (never
`generator.rng`: the households stay as they were), as reimbursement lines of a payment of
their own, then declarations opened by the real detection job
(app/sync/accident_detection.py):
- the BIM member in invalidity ("bim"): the seed's example, an ankle fracture on 01/01/2024
  (emergency admission, X-ray, plaster) and a check-up X-ray on 01/02/2024: two declarations,
  both to return (opened on the demo's day);
- the member whose incapacity runs ("incapacity_running"): a wound sutured at the emergency
  department, its declaration opened so long ago that it is overdue: the household's file is
  blocked.
Both have an active online account: their cards open their file at a terminal.
A member's household MAF counter of that year takes the lines' personal shares.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update

from app.store.models import MafCounter, Member

D = Decimal
SINCE = dt.date(2000, 1, 1)
SOURCE = "domain.md §14: codes the mutualities' software flags ⚠ the mutuality's own list"
# name, codes (groups by "+", a group's codes by ","), window in days
RULES = (
    ("emergency_admission", "590015", 0),
    ("limb_xray", "455015", 0),
    ("plaster_cast", "290015", 0),
    ("wound_suture", "423010", 0),
    ("orthopaedist_consultation", "102550", 0),
)
# code -> (official fee, reimbursed): demo figures (the nomenclature's own fees are C's)
AMOUNTS = {
    "590015": (D("34.76"), D("29.76")),
    "455015": (D("24.64"), D("20.64")),
    "290015": (D("45.90"), D("38.90")),
    "423010": (D("27.35"), D("23.35")),
    "102550": (D("31.69"), D("19.69")),
}
PAYMENT_TEXT = {  # as the seed's other payments say it (app/store/seed.py)
    "fr": "Remboursement soins de santé",
    "nl": "Terugbetaling geneeskundige verzorging",
    "de": "Erstattung Gesundheitsleistungen",
    "en": "Healthcare reimbursement",
}
PROVIDERS = ("Service des urgences", "Service de radiologie", "Service d'orthopédie")
EXAMPLE = "bim"
EXAMPLE_CARE = (
    (dt.date(2024, 1, 1), "590015", 0),  # the ankle fracture: emergency admission,
    (dt.date(2024, 1, 1), "455015", 1),  # its X-ray,
    (dt.date(2024, 1, 2), "290015", 2),  # the plaster the next day;
    (dt.date(2024, 2, 1), "455015", 1),  # the check-up X-ray a month later
)
OVERDUE = "incapacity_running"
OVERDUE_CARE_DAYS = 75  # the suture, so many days before the demo's day
OVERDUE_RUN_DAYS = 50  # the run that opened its declaration: past its delay by now


def seed(generator: Any, connection: Any) -> None:
    """Add this part's rows through `generator._add(table, row)` / `generator._id(table)`,
    with its own random stream (never `generator.rng`); the households are already written."""
    from app.sync.accident_detection import detect_on

    rng = random.Random(f"accidents-{generator.as_of.isoformat()}")
    for name, codes, window in RULES:
        generator._add(
            "accident_rule",
            {"id": generator._id("accident_rule"), "federation_id": None, "name": name,
             "codes": codes, "window_days": window, "valid_from": SINCE, "valid_to": None,
             "source": SOURCE},
        )  # fmt: skip
    generator._flush(connection)
    cases = {
        case: connection.execute(select(Member).where(Member.niss == nisses[0])).one()
        for case, nisses in generator.cases.items()
        if case in (EXAMPLE, OVERDUE) and nisses
    }
    as_of = generator.as_of
    run_at = dt.datetime.combine(as_of, dt.time(5, 0), tzinfo=dt.UTC)
    if OVERDUE in cases:
        day = as_of - dt.timedelta(days=OVERDUE_CARE_DAYS)
        care = ((day, "590015", 0), (day, "423010", 0))
        _care(generator, connection, rng, cases[OVERDUE], care, paid_on=day + dt.timedelta(days=8))
        opened = as_of - dt.timedelta(days=OVERDUE_RUN_DAYS)
        detect_on(connection, today=opened, now=run_at - dt.timedelta(days=OVERDUE_RUN_DAYS))
    first, last = EXAMPLE_CARE[0][0], EXAMPLE_CARE[-1][0]
    if EXAMPLE in cases and first >= generator.care_start and last < as_of:
        for day in sorted({d for d, _code, _who in EXAMPLE_CARE}):
            lines = tuple(line for line in EXAMPLE_CARE if line[0] == day)
            _care(generator, connection, rng, cases[EXAMPLE], lines,
                  paid_on=day + dt.timedelta(days=14))  # fmt: skip
    detect_on(connection, today=as_of, now=run_at)


def _care(generator, connection, rng: random.Random, member: Member, lines, *, paid_on) -> None:
    """One payment to the member (a holder) for `lines` (day, code, provider), and its share
    in the household's MAF counter."""
    inami = f"7{rng.randrange(10**7):07d}000"  # a hospital's number
    payment_id = generator._id("payment")
    rows = []
    for day, code, provider in lines:
        fee, reimbursed = AMOUNTS[code]
        rows.append(
            {"id": generator._id("reimbursement_line"), "payment_id": payment_id,
             "beneficiary_id": member.id, "care_date": day, "provider_name": PROVIDERS[provider],
             "provider_inami": inami, "nomenclature_code": code, "official_fee": fee,
             "supplement": D("0.00"), "reimbursed": reimbursed}
        )  # fmt: skip
    generator._add(
        "payment",
        {"id": payment_id, "payee_id": member.id, "kind": "reimbursement", "processed_on": paid_on,
         "iban": member.iban or "", "amount": sum((r["reimbursed"] for r in rows), D("0.00")),
         "communication": f"{PAYMENT_TEXT[str(member.language)]} {paid_on:%d/%m/%Y} "
                          f"REF {payment_id:010d}"},
    )  # fmt: skip
    for row in rows:
        generator._add("reimbursement_line", row)
    generator._flush(connection)
    for year in sorted({row["care_date"].year for row in rows}):
        share = sum(
            (r["official_fee"] - r["reimbursed"] for r in rows if r["care_date"].year == year),
            D("0.00"),
        )
        connection.execute(
            update(MafCounter)
            .where(MafCounter.household_id == member.household_id, MafCounter.year == year)
            .values(personal_shares=MafCounter.personal_shares + share)
        )
