"""The hospital stay's summary to print: who, when, the four points of "Is my file in order?"
each in order or to do (a word and a symbol, not a colour alone) with what to do, the estimate
of the daily personal share band by band, each category's shares, the figures' date and
source, and the rooms' rules (domain.md §9, §14). In the language asked, on the letterhead.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.documents import layout
from app.documents.layout import TEXT_WIDTH, markup
from app.documents.receipt import amount_table, key_values, money_text, short_date, table_styles
from app.documents.texts import check_language, long_date
from app.documents.texts.hospital import text
from app.domain.codes import HospitalCategory
from app.domain.hospital import CheckReason, DailyShares, HospitalStay, NoSupplementCase, StayCheck
from app.domain.niss import Niss

GREEN = colors.HexColor("#1E7B34")
RED = colors.HexColor("#B3261E")
# The band, days, daily share, amount: 170 mm.
ESTIMATE_COLUMNS = [70 * mm, 30 * mm, 35 * mm, 35 * mm]
CATEGORY_COLUMNS = [70 * mm, 30 * mm, 35 * mm, 35 * mm]
CHECK_COLUMNS = [32 * mm, 42 * mm, TEXT_WIDTH - 74 * mm]


def category_key(shares: DailyShares) -> str:
    """The text key of a category (an ordinary member with dependants is one of its own)."""
    if shares.category == HospitalCategory.ORDINARY and shares.with_dependants:
        return "category_ordinary_family"
    return f"category_{HospitalCategory(shares.category).value}"


def reason_text(check: StayCheck, language: str) -> str:
    """What a point says, with its date and amount in the language's form."""
    values: dict[str, object] = {}
    if check.day is not None:
        values["day"] = short_date(check.day, language)
    if check.amount is not None:
        values["amount"] = money_text(Decimal(check.amount), language)
    key = f"reason_{CheckReason(check.reason).value}"
    if check.reason == CheckReason.LEFT and check.day is None:
        key = "reason_left_undated"
    return text(language, key, **values)


def _checks(stay: HospitalStay, language: str, style, cells) -> list[Flowable]:
    rows = []
    marks = []
    for index, check in enumerate(stay.checks):
        status = text(language, "ok" if check.ok else "todo")
        rows.append(
            [
                Paragraph(f"<b>{markup(status)}</b>", cells["cell"]),
                Paragraph(markup(text(language, f"item_{check.item.value}")), cells["cell"]),
                Paragraph(markup(reason_text(check, language)), cells["cell"]),
            ]
        )
        marks.append(("TEXTCOLOR", (0, index), (0, index), GREEN if check.ok else RED))
    table = Table(rows, colWidths=CHECK_COLUMNS, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
                *marks,
            ]
        )
    )
    verdict = "all_in_order" if stay.in_order else "not_in_order"
    return [
        Paragraph(markup(text(language, "section_checks")), style["section"]),
        Paragraph(f"<b>{markup(text(language, verdict))}</b>", style["body"]),
        table,
    ]


def _estimate(stay: HospitalStay, language: str, style, cells) -> list[Flowable]:
    estimate = stay.estimate

    def euros(amount: Decimal) -> str:
        return money_text(amount, language)

    header = [Paragraph(markup(text(language, "col_stay_days")), cells["head"])] + [
        Paragraph(markup(text(language, key)), cells["head_right"])
        for key in ("col_days", "col_daily", "col_amount")
    ]
    rows: list[list] = [header]
    for band in estimate.bands:
        key = "band_day" if band.days == 1 else "band_days"
        rows.append(
            [
                text(language, key, first=band.first_day, last=band.last_day),
                str(band.days),
                euros(band.daily),
                euros(band.amount),
            ]
        )
    rows.append([text(language, "estimate_total"), "", "", euros(estimate.total)])
    shares = estimate.shares
    category = text(language, category_key(shares))
    return [
        Paragraph(markup(text(language, "section_estimate")), style["section"]),
        Paragraph(markup(text(language, "your_category", category=category)), style["body"]),
        amount_table(rows, ESTIMATE_COLUMNS, first_amount_column=1),
    ]


def _categories(stay: HospitalStay, language: str, style, cells) -> list[Flowable]:
    mine = stay.estimate.shares
    long_day = mine.long_from_day

    def euros(amount: Decimal) -> str:
        return money_text(amount, language)

    header = [Paragraph(markup(text(language, "col_category")), cells["head"])] + [
        Paragraph(markup(text(language, key, day=long_day)), cells["head_right"])
        for key in ("col_day1", "col_day2", "col_long")
    ]
    rows: list[list] = [header]
    for shares in stay.categories:
        name = text(language, category_key(shares))
        if category_key(shares) == category_key(mine):
            name = f"<b>{markup(name)} {markup(text(language, 'you'))}</b>"
        else:
            name = markup(name)
        rows.append(
            [Paragraph(name, cells["cell"]), euros(shares.day1), euros(shares.day2),
             euros(shares.long)]
        )  # fmt: skip
    table = Table(rows, colWidths=CATEGORY_COLUMNS, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), layout.TEAL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 1), (-1, -1), layout.FONT, 7),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
            ]
        )
    )
    sources = "; ".join(mine.sources) or "—"
    figures = text(
        language, "figures_from", date=long_date(mine.valid_from, language), source=sources
    )
    return [
        Paragraph(markup(text(language, "section_categories")), style["section"]),
        table,
        Spacer(1, 2 * mm),
        Paragraph(markup(figures), style["small"]),
        Spacer(1, 1 * mm),
        Paragraph(markup(text(language, "estimate_note")), style["small"]),
    ]


def _rooms(stay: HospitalStay, language: str, style) -> list[Flowable]:
    rows = [
        (
            text(language, f"room_{rule.room.value}"),
            markup(text(language, "rule_single" if rule.room_supplement else "rule_none")),
        )
        for rule in stay.rooms
    ]
    cases = "<br/>".join(
        f"• {markup(text(language, f'case_{case.value}'))}" for case in NoSupplementCase
    )
    return [
        Paragraph(markup(text(language, "section_rooms")), style["section"]),
        key_values(rows, style),
        Spacer(1, 2 * mm),
        Paragraph(markup(text(language, "exceptions_intro")), style["body"]),
        Paragraph(cases, style["declaration"]),
    ]


def hospital_summary_pdf(stay: HospitalStay, *, language: str) -> bytes:
    """The summary in `language` (fr, nl, de, en), as PDF bytes."""
    check_language(language)
    style = layout.styles()
    cells = table_styles()

    def day(value: dt.date) -> str:
        return markup(long_date(value, language))

    who = [
        (text(language, "patient"), markup(stay.person_name)),
        (text(language, "niss"), Niss.parse(stay.person_niss).formatted()),
        (text(language, "admission"), day(stay.stay.admission)),
        (text(language, "nights"), str(stay.stay.nights)),
        (text(language, "discharge"), day(stay.stay.discharge)),
    ]
    story: list[Flowable] = [
        Paragraph(markup(text(language, "title")), style["form_title"]),
        Paragraph(markup(text(language, "subtitle")), style["subtitle"]),
        key_values(who, style),
        *_checks(stay, language, style, cells),
        KeepTogether(_estimate(stay, language, style, cells)),
        KeepTogether(_categories(stay, language, style, cells)),
        KeepTogether(_rooms(stay, language, style)),
        Spacer(1, 3 * mm),
        Paragraph(
            markup(text(language, "issued_at_terminal", date=long_date(stay.issued_on, language))),
            style["small"],
        ),
    ]
    return layout.render(story, language=language, title=text(language, "title"))
