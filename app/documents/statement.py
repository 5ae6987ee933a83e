"""The indemnity statement: the incapacity benefits a person received for a period, certified.

The period is checked first (domain.md §13: at most one year, within the nine years before the
current year, not in the future; `check_statement_period` raises InvalidPeriod). The statement is
a letter (address in the envelope window, dated line) in the language asked for, with the
declaration sentence, one row per payment and the totals of days, gross, withholding and net.

Which payments: those whose covered days overlap the period, printed whole with the dates they
cover (a payment is never split); payments entirely outside the period are left out, so a caller
may pass a person's whole history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.documents import layout
from app.documents.cells import Cells
from app.documents.layout import markup
from app.documents.receipt import (
    amount_table,
    document_reference,
    money_text,
    short_date,
    table_styles,
)
from app.documents.texts import check_language, long_date, text
from app.domain.money import ZERO, money
from app.domain.niss import Niss
from app.domain.statement_period import MAX_DAYS, YEARS_BACK, check_statement_period

PHASES = ("primary", "invalidity", "maternity")


@dataclass(frozen=True)
class IndemnityLine:
    """One benefit payment: the days it covers, at what daily amount, and what was paid."""

    covers_from: dt.date
    covers_to: dt.date
    phase: str  # "primary" (first year), "invalidity", "maternity"
    days: int
    daily_amount: Decimal
    gross: Decimal
    withholding: Decimal
    net: Decimal
    paid_on: dt.date


@dataclass(frozen=True)
class StatementData:
    """Whose statement, sent where, for which period, with their payments."""

    person_name: str
    person_niss: str
    address_lines: Sequence[str]
    period_start: dt.date
    period_end: dt.date
    lines: Sequence[IndemnityLine]
    issued_on: dt.date
    # The federation's limits (domain.md §13), as the service read them.
    max_days: int = MAX_DAYS
    years_back: int = YEARS_BACK


@dataclass(frozen=True)
class StatementTotals:
    days: int
    gross: Decimal
    withholding: Decimal
    net: Decimal


def lines_in_period(data: StatementData) -> list[IndemnityLine]:
    """The payments whose covered days overlap the period, in the order of the days covered."""
    inside = [
        line
        for line in data.lines
        if line.covers_to >= data.period_start and line.covers_from <= data.period_end
    ]
    return sorted(inside, key=lambda line: (line.covers_from, line.paid_on))  # fmt: skip


def totals(lines: Sequence[IndemnityLine]) -> StatementTotals:
    return StatementTotals(
        days=sum(line.days for line in lines),
        gross=sum((money(line.gross) for line in lines), ZERO),
        withholding=sum((money(line.withholding) for line in lines), ZERO),
        net=sum((money(line.net) for line in lines), ZERO),
    )


def _with_markup(language: str, key: str, **values: str) -> str:
    """The sentence escaped for a Paragraph, its placeholders then filled with `values` as given
    (already escaped, and possibly marked up: the person's name in bold)."""
    template = text(language, key, **{name: "{" + name + "}" for name in values})
    return markup(template).format(**values)


# Covered period, kind, days, daily amount, gross, withholding, net, paid on: 170 mm in all.
STATEMENT_COLUMNS = [34 * mm, 28 * mm, 11 * mm, 19 * mm, 20 * mm, 19 * mm, 20 * mm, 19 * mm]


def indemnity_statement(data: StatementData, *, language: str) -> bytes:
    """The statement in `language` (fr, nl, de; en too), as PDF bytes.

    Raises InvalidPeriod (period rules, checked against `data.issued_on` as today),
    UnsupportedLanguage, InvalidNiss, or ValueError for a payment of an unknown kind.
    """
    check_language(language)
    check_statement_period(
        data.period_start,
        data.period_end,
        today=data.issued_on,
        max_days=data.max_days,
        years_back=data.years_back,
    )
    niss = Niss.parse(data.person_niss)
    lines = lines_in_period(data)
    for line in lines:
        if line.phase not in PHASES:
            raise ValueError(f"unknown indemnity kind {line.phase!r} (expected one of {PHASES})")
    style = layout.styles()
    cells = table_styles()

    def t(key: str, **values: object) -> str:
        return markup(text(language, key, **values))

    def euros(amount: Decimal) -> str:
        return money_text(amount, language)

    def day(value: dt.date) -> str:
        return short_date(value, language)

    reference = document_reference(
        "IS", data.issued_on, niss, data.period_start, data.period_end,
        *[(line.covers_from, line.covers_to, money(line.net), line.paid_on) for line in lines],
    )  # fmt: skip
    declaration = _with_markup(
        language,
        "statement_declaration",
        name=f"<b>{markup(data.person_name)}</b>",
        niss=niss.formatted(),
        start=markup(long_date(data.period_start, language)),
        end=markup(long_date(data.period_end, language)),
    )
    story: list[Flowable] = [
        Paragraph(t("statement_title"), style["title"]),
        Paragraph(f"{t('reference_label')} {reference}", style["subtitle"]),
        Paragraph(declaration, style["body"]),
    ]
    if lines:
        made = Cells()  # a kind of payment repeated is laid out once
        header = [made.text((text(language, key), cells["head"]), repeated=True)
                  for key in ("col_covers", "col_phase")]  # fmt: skip
        header += [made.text((text(language, key), cells["head_right"]), repeated=True)
                   for key in ("col_days", "col_daily_amount", "col_gross", "col_withholding",
                               "col_net", "col_payment_date")]  # fmt: skip
        rows: list[list] = [header]
        for line in lines:
            rows.append(
                [f"{day(line.covers_from)} – {day(line.covers_to)}",
                 made.text((text(language, f"phase_{line.phase}"), cells["cell"])),
                 str(line.days), euros(line.daily_amount), euros(line.gross),
                 euros(line.withholding), euros(line.net), day(line.paid_on)]
            )  # fmt: skip
        total = totals(lines)
        rows.append([t("total"), "", str(total.days), "", euros(total.gross),
                     euros(total.withholding), euros(total.net), ""])  # fmt: skip
        story.append(amount_table(rows, STATEMENT_COLUMNS, first_amount_column=2))
    else:
        story.append(Paragraph(f"<b>{t('statement_none')}</b>", style["body"]))
    story += [
        Spacer(1, 5 * mm),
        KeepTogether(
            [
                Paragraph(t("statement_purpose"), style["body"]),
                Paragraph(t("issued_at_terminal", date=long_date(data.issued_on, language)),
                          style["body"]),
                Spacer(1, 3 * mm),
                Paragraph(t("statement_signatory"), style["body"]),
            ]
        ),
    ]  # fmt: skip
    agency = layout.HEAD_OFFICE
    return layout.render(
        story,
        language=language,
        title=text(language, "statement_title"),
        agency=agency,
        address=list(data.address_lines),
        dated_line=layout.date_line(agency, data.issued_on, language),
    )
