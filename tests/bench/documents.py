"""Documents benchmark: time to PDF of what a member prints at the terminal, and PDF sizes.

    python -m tests.bench.run documents

Each figure is the median of 15 runs after 2 warm-ups, with the fastest and slowest run:
- official receipt of 100 lines (two beneficiaries, four amounts a line, six A4 pages);
- indemnity statement covering a year, as the payment calendar pays it: primary incapacity
  twice a month (24 payments), and a year that turns to invalidity in July (12 half-monthly
  payments, then 6 monthly ones);
- the same two through app.services.printouts on a seeded SQLite central database (access
  rule, reads and PDF): 100 lines of the demo member with the most care, and the demo
  invalidity case's last 365 days;
- the bank-account change form, and its signing with the card's Signature key on SoftHSM2
  (applet 1.7 RSA-2048 and 1.8 ECDSA P-384 profiles), then the signed PDF's check;
- each of the eight incapacity forms, in German (the longest words), and the partial resumption
  request to sign (issue 15); the certificate form and the request through
  app.services.printouts (the member and the federation's rules read, then the PDF).

The figures with a goal (GOALS: the receipt and the two statements) are printed again at the end
next to their goal and their median before the change, e.g. "official receipt, 100 lines: median
42 ms (goal ≤ 50 ms; before 108 ms)".
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

RUNS = 15
WARM_UPS = 2
TODAY = dt.date(2026, 11, 25)

# Issue 18, target 3: the goal of a figure (median, ms) and its median before the change (this
# benchmark on the 2-core development machine, quiet), printed next to it. Before, every table
# cell was a Paragraph, re-broken at each page split and as drawn, on reportlab's pure-Python
# fallbacks (no rl_accel).
RECEIPT = "official receipt, 100 lines"
GOALS = {
    RECEIPT: (50, 108),
    "indemnity statement, a year of primary": (15, 18.2),
    "indemnity statement, a year turning to invalidity": (15, 15.5),
}


def goal_note(name: str) -> str:
    """What follows a figure with a goal, e.g. "(goal ≤ 50 ms; before 108 ms)"; "" otherwise."""
    for prefix, (goal, before) in GOALS.items():
        if name == prefix or name.startswith(f"{prefix} ("):
            return f" (goal ≤ {goal:g} ms; before {before:g} ms)"
    return ""


def _measure(make: Callable[[], bytes]) -> dict:
    for _ in range(WARM_UPS):
        make()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        pdf = make()
        times.append(time.perf_counter() - started)
    return {
        "median_ms": statistics.median(times) * 1000,
        "min_ms": min(times) * 1000,
        "max_ms": max(times) * 1000,
        "bytes": len(pdf),
    }


def _receipt_of_100_lines() -> Callable[[], bytes]:
    from app.documents.receipt import ReceiptData, ReceiptLine, official_receipt

    lines = []
    for index in range(100):
        care = dt.date(2025, 1, 2) + dt.timedelta(days=3 * index)
        specialist = index % 2 == 1
        lines.append(
            ReceiptLine(
                beneficiary_name="Léa Dupont" if index % 4 == 1 else "Geneviève Dupont-Müller",
                beneficiary_niss="17073003384" if index % 4 == 1 else "85073003328",
                care_date=care,
                provider_name="Dr Marc Peeters" if specialist else "Dr Anne Lambert",
                nomenclature_code="102034" if specialist else "101032",
                label="Consultation médecine interne" if specialist else "Consultation généraliste",
                official_fee=Decimal("37.15" if specialist else "25.68"),
                supplement=Decimal("10.00" if specialist else "0.00"),
                reimbursed=Decimal("25.15" if specialist else "21.68"),
                payment_date=care + dt.timedelta(days=9),
            )
        )
    data = ReceiptData(
        member_name="Geneviève Dupont-Müller",
        member_niss="85073003328",
        affiliation_number="312-0045678-90",
        address_lines=["Rue de la Senne 32 bte 20", "1000 Bruxelles"],
        lines=lines,
        issued_on=TODAY,
    )
    return lambda: official_receipt(data, language="fr")


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)


def _statement_of_a_year(invalidity_from_month: int | None) -> tuple[Callable[[], bytes], int]:
    """A 2025 statement: half-monthly primary payments, monthly ones from the month given."""
    from app.documents.statement import IndemnityLine, StatementData, indemnity_statement

    def paid(start: dt.date, end: dt.date, phase: str, daily: str, rate: str, pay_delay: int):
        days = sum(1 for n in range((end - start).days + 1)
                   if (start + dt.timedelta(n)).weekday() != 6)  # fmt: skip
        gross = Decimal(daily) * days
        withholding = (gross * Decimal(rate)).quantize(Decimal("0.01"))
        return IndemnityLine(start, end, phase, days, Decimal(daily), gross, withholding,
                             gross - withholding, end + dt.timedelta(days=pay_delay))  # fmt: skip

    lines = []
    for month in range(1, 13):
        end = _month_end(2025, month)
        if invalidity_from_month is not None and month >= invalidity_from_month:
            lines.append(paid(dt.date(2025, month, 1), end, "invalidity", "70.00", "0.035", 0))
        else:
            lines.append(paid(dt.date(2025, month, 1), dt.date(2025, month, 15), "primary",
                              "84.32", "0.11", 5))  # fmt: skip
            lines.append(paid(dt.date(2025, month, 16), end, "primary", "84.32", "0.11", 4))
    data = StatementData(
        person_name="Jean-Pierre Vandenbroucke",
        person_niss="85073003328",
        address_lines=["Jean-Pierre Vandenbroucke", "Avenue de la Couronne 245 bte 12",
                       "1050 Ixelles"],
        period_start=dt.date(2025, 1, 1),
        period_end=dt.date(2025, 12, 31),
        lines=lines,
        issued_on=TODAY,
    )  # fmt: skip
    return (lambda: indemnity_statement(data, language="fr")), len(lines)


def _bank_form() -> Callable[[], bytes]:
    from app.documents.bank_form import BankChangeData, bank_change_form

    data = BankChangeData(
        member_name="Alice Dupont",
        member_niss="85073003427",
        affiliation_number="312-0045678-90",
        current_iban="BE68539007547034",
        new_iban="BE71096123456769",
        bank_name="BELFIUS BANQUE",
        signed_on=TODAY,
    )
    return lambda: bank_change_form(data, language="fr")


def _incapacity_forms() -> dict[str, Callable[[], bytes]]:
    """The eight forms and the request to sign, for a member with a running incapacity."""
    from app.documents import incapacity_forms as forms
    from app.documents.layout import Agency
    from app.services.printouts import form_rules
    from app.store.parameters import MemoryRuleBook
    from app.store.reference import parameter_rows

    rules = MemoryRuleBook(parameter_rows(), 1)
    started = TODAY - dt.timedelta(days=20)
    data = forms.FormData(
        surname="Dupont-Müller",
        first_names="Geneviève Marie",
        niss="85073003328",
        birth_date=dt.date(1985, 7, 30),
        affiliation_number="312-0045678-90",
        address_lines=("Rue de la Senne 32 bte 20", "1000 Bruxelles"),
        federation="Bruxelles",
        agency=Agency("Bruxelles – Centre", "Boulevard Anspach 111", "1000", "Bruxelles"),
        work_status="employee",
        incapacity_started_on=started,
        issued_on=TODAY,
        rules=form_rules(rules, on=TODAY, work_status="employee", started_on=started),
    )
    request = forms.ResumptionFormData(
        starts_on=dt.date(2027, 1, 11),
        work_hours=Decimal(19),
        reference_hours=Decimal(38),
        employer="Brasserie du Coin SRL, Rue Haute 3, 1000 Bruxelles",
        self_employed=False,
        deadline=dt.date(2027, 1, 8),
        cut=Decimal("0.30"),
    )
    made = {
        f"incapacity form: {kind}": (
            lambda kind=kind: forms.incapacity_form(kind, data, language="de")
        )
        for kind in forms.IncapacityForm
    }
    made["partial resumption request, to sign"] = lambda: forms.partial_resumption_form(
        data, request, language="de"
    )
    return made


def _service_figures(work: Path) -> dict[str, dict]:
    from sqlalchemy import select

    from app.services import printouts
    from app.services.member_file import FileSession
    from app.store import migrate
    from app.store.db import make_engine
    from app.store.demo_cases import demo_cases
    from app.store.models import ReimbursementLine
    from app.store.seed import seed_database

    central = make_engine(f"sqlite:///{work / 'central.sqlite'}")
    migrate.upgrade(central)
    seed_database(central, households=400, seed=11, as_of=dt.date(2026, 11, 22))
    with central.connect() as connection:
        cases = demo_cases(connection)
        heavy = cases["maf_ceiling_reached"]
        line_ids = list(
            connection.execute(
                select(ReimbursementLine.id)
                .where(ReimbursementLine.beneficiary_id == heavy.id)
                .order_by(ReimbursementLine.care_date.desc())
                .limit(100)
            ).scalars()
        )
        invalidity = cases["invalidity"].niss
        ill = cases["incapacity_primary"].niss
    if len(line_ids) != 100:
        raise RuntimeError(f"the demo member with the most care has {len(line_ids)} lines")
    start, end = TODAY - dt.timedelta(days=364), TODAY

    def receipt() -> bytes:
        session = FileSession(heavy.niss, "eid")
        return printouts.official_receipt(central, session, line_ids, language="fr", today=TODAY)

    def statement() -> bytes:
        session = FileSession(invalidity, "eid")
        return printouts.indemnity_statement(
            central, session, invalidity, start, end, language="fr", today=TODAY
        )

    def certificate() -> bytes:
        return printouts.incapacity_form(
            central, FileSession(ill, "eid"), "certificate_employee", language="de", today=TODAY
        )

    def resumption() -> bytes:
        request = SimpleNamespace(starts_on=dt.date(2027, 1, 11), work_hours=Decimal(19),
                                  reference_hours=Decimal(38), employer="Brasserie du Coin",
                                  self_employed=False)  # fmt: skip
        return printouts.partial_resumption_form(
            central, FileSession(ill, "eid"), request, language="de", today=TODAY
        )

    try:
        return {
            "service: official receipt, 100 lines": _measure(receipt),
            "service: indemnity statement, last 365 days": _measure(statement),
            "service: incapacity certificate form": _measure(certificate),
            "service: partial resumption request, to sign": _measure(resumption),
        }
    finally:
        central.dispose()


def _signing_figures(work: Path) -> dict[str, dict]:
    from app.documents.signing import check_signed_pdf, sign_pdf_with_card
    from devices.pkcs11 import SOFTHSM_MODULE
    from devices.simulated.image import build_card_image
    from devices.simulated.pki import TestPki
    from devices.simulated.profile import load_profile
    from devices.simulated.softhsm import init_token_dir, provision

    init_token_dir(work / "softhsm")
    pki = TestPki.load_or_make(work / "pki")
    form = _bank_form()()
    figures = {}
    for label, profile in (("applet 1.7 RSA", "alice-dupont-1.7-rsa"),
                           ("applet 1.8 ECDSA", "jan-peeters-1.8-ec")):  # fmt: skip
        image = build_card_image(load_profile(profile), pki, key_cache=work / "pki" / "cards")
        provision(image)
        chain = [pki.family(image.ec).ca.cert]

        def sign(image=image, chain=chain) -> bytes:
            return sign_pdf_with_card(form, pin=image.pin, module=SOFTHSM_MODULE,
                                      reason="Changement de compte bancaire",
                                      location="Bruxelles", chain=chain)  # fmt: skip

        figures[f"bank form signed with the card ({label})"] = _measure(sign)
        signed = sign()
        if not check_signed_pdf(signed, pki.roots).ok:
            raise RuntimeError(f"the {label} signature does not check out")
        figures[f"signed form checked ({label})"] = _measure(
            lambda signed=signed: signed if check_signed_pdf(signed, pki.roots).ok else b""
        )
    return figures


def run(runs: int = RUNS) -> dict[str, dict]:
    """Measure everything (`runs` times each, after the warm-ups); figures printed, returned."""
    global RUNS
    RUNS = runs
    work = Path(tempfile.mkdtemp(prefix="guichet-bench-documents-"))
    try:
        primary_year, primary_lines = _statement_of_a_year(None)
        turning_year, turning_lines = _statement_of_a_year(7)
        results = {
            RECEIPT: _measure(_receipt_of_100_lines()),
            f"indemnity statement, a year of primary ({primary_lines} payments)": _measure(
                primary_year
            ),
            f"indemnity statement, a year turning to invalidity ({turning_lines} payments)": (
                _measure(turning_year)
            ),
            "bank-account change form": _measure(_bank_form()),
        }
        results.update({name: _measure(make) for name, make in _incapacity_forms().items()})
        results.update(_service_figures(work))
        results.update(_signing_figures(work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"documents: time to PDF, median of {runs} after {WARM_UPS} warm-ups [min – max]")
    width = max(len(name) for name in results)
    for name, figures in results.items():
        print(f"  {name:<{width}}  {figures['median_ms']:7.1f} ms "
              f"[{figures['min_ms']:.1f} – {figures['max_ms']:.1f}]  "
              f"{figures['bytes'] / 1024:6.1f} KiB")  # fmt: skip
    print("goals (issue 18):")
    for name, figures in results.items():
        note = goal_note(name)
        if note:
            print(f"  {name}: median {figures['median_ms']:.1f} ms{note}")
    return results


if __name__ == "__main__":
    run()
