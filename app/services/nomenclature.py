"""The nomenclature at the terminal and the counter: look a code up, search by words, and what
a member would pay for it given their own status on the day.

A code's fees are the dated rows of `nomenclature_fee` (app/store/nomenclature_import.py makes
them from NomenSoft's XML): the official fee, and the reimbursement ordinary and BIM, with and
without a DMG, for an age band where the data have one. What the member pays (the personal
share, ticket modérateur / remgeld) is the fee minus the reimbursement of the row matching
their status: BIM from their insurability on the day, a DMG valid that day, their age band
(limits as dated parameters; 75 and over or chronically ill share a band). A BIM young person
up to `bim_young_free_max_age` (from 1/10/2023) with a DMG pays nothing at the GP or the
specialist (domain.md §3). No matching row: the answer says the data have none, never a guess.

Search: every word typed must begin a word of the code's French or Dutch label (accents and
case ignored), or the digits begin the code. German and English labels are the reference's
where it has one; otherwise the French label is shown, and says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Connection, Engine, and_, intersect, select

from app.domain.codes import AgeBand, AgreementDecision
from app.domain.membership import age_on
from app.services.errors import Refused, reaching_central
from app.services.member_file.access import FileSession, _target
from app.store.models import (
    Dmg,
    Household,
    Insurability,
    MedicalAgreement,
    NomenclatureCode,
    NomenclatureFee,
    NomenclatureWord,
)
from app.store.nomenclature_import import words
from app.store.parameters import federation_parameter

CODE_UNKNOWN = "nomenclature_code_unknown"
# Where a BIM young person with a DMG pays nothing (domain.md §3: GP, specialist): the codes
# of these categories of the program's grouping (app/store/reference.py).
YOUNG_FREE_CATEGORIES = ("gp", "gp_visit", "specialist")
CHRONIC = "chronic_illness_status"  # the medical agreement that puts someone in the 75+ band
SEARCH_LANGUAGES = ("fr", "nl")
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class FeeLine:
    """A code's amounts for a period and an age band: the fee, the reimbursements (None when
    the data give none) and what the member pays in each case (fee − reimbursement)."""

    valid_from: dt.date
    valid_to: dt.date | None
    age_band: str  # AgeBand value
    official_fee: Decimal
    ordinary_without: Decimal | None
    ordinary_with: Decimal | None
    bim_without: Decimal | None
    bim_with: Decimal | None
    author_doc: str | None

    def share(self, *, bim: bool, with_dmg: bool) -> Decimal | None:
        regime, dmg = "bim" if bim else "ordinary", "with" if with_dmg else "without"
        refund = getattr(self, f"{regime}_{dmg}")
        return None if refund is None else self.official_fee - refund


@dataclass(frozen=True)
class FeeStatus:
    """The person's own situation on the day, as the fees read it."""

    first_names: str
    is_self: bool
    bim: bool
    with_dmg: bool
    dmg_until: dt.date | None
    age: int
    age_band: str  # AgeBand value (never ALL)
    chronic: bool
    young_free_max_age: int | None  # None: the rule does not apply to this person today


@dataclass(frozen=True)
class ForYou:
    """What this person would pay for the code on the day."""

    status: FeeStatus
    official_fee: Decimal | None  # None: no fee in the data for that day
    reimbursement: Decimal | None  # None: the data have no reimbursement for this case
    share: Decimal | None
    young_free: bool  # nothing to pay: BIM, young, with a DMG (domain.md §3)


@dataclass(frozen=True)
class CodeInfo:
    code: str
    label: str
    label_language: str  # the language the label is in (fr when de/en has none)
    group_code: str | None
    chapter: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    day: dt.date
    lines: tuple[FeeLine, ...]  # every period, the newest first; bands in their order
    current: tuple[FeeLine, ...]  # the lines valid on the day
    depends_on_dmg: bool  # some reimbursement differs with a DMG
    depends_on_age: bool
    for_you: ForYou | None


@dataclass(frozen=True)
class Found:
    code: str
    label: str
    label_language: str
    official_fee: Decimal | None  # on the day; None when the data have none


@dataclass(frozen=True)
class SearchResult:
    words: tuple[str, ...]  # as searched (folded); empty for a code search
    hits: tuple[Found, ...]
    more: bool  # more codes matched than the limit


BAND_ORDER = {AgeBand.ALL: 0, AgeBand.UNDER_10: 1, AgeBand.FROM_10: 2, AgeBand.FROM_75: 3}


def _label(row, language: str) -> tuple[str, str]:
    """The label in `language`, else French (else Dutch), with the language it is in."""
    own = getattr(row, f"label_{language}", None) if language in ("fr", "nl", "de", "en") else None
    if own:
        return own, language
    return (row.label_fr, "fr") if row.label_fr else (row.label_nl, "nl")


def _valid(column_from, column_to, day: dt.date):
    return and_(column_from <= day, (column_to.is_(None)) | (column_to >= day))


def _lines(connection: Connection, code: str) -> list[FeeLine]:
    table = NomenclatureFee.__table__
    rows = connection.execute(select(table).where(table.c.code == code)).all()
    grouped: dict[tuple, dict] = {}
    for row in rows:
        key = (row.valid_from, row.valid_to, AgeBand(row.age_band), row.official_fee)
        entry = grouped.setdefault(key, {"docs": set()})
        suffix = "with" if row.with_dmg else "without"
        entry[f"ordinary_{suffix}"] = row.reimbursement_ordinary
        entry[f"bim_{suffix}"] = row.reimbursement_bim
        if row.author_doc:
            entry["docs"].add(row.author_doc)
    lines = [
        FeeLine(
            valid_from=start,
            valid_to=end,
            age_band=band.value,
            official_fee=fee,
            ordinary_without=entry.get("ordinary_without"),
            ordinary_with=entry.get("ordinary_with"),
            bim_without=entry.get("bim_without"),
            bim_with=entry.get("bim_with"),
            author_doc=", ".join(sorted(entry["docs"])) or None,
        )
        for (start, end, band, fee), entry in grouped.items()
    ]
    lines.sort(key=lambda line: BAND_ORDER[AgeBand(line.age_band)])
    lines.sort(key=lambda line: line.valid_from, reverse=True)
    return lines


def _covers(line: FeeLine, day: dt.date) -> bool:
    return line.valid_from <= day and (line.valid_to is None or day <= line.valid_to)


def fee_status(
    connection: Connection, session: FileSession, person: str | None, day: dt.date
) -> FeeStatus:
    """The situation of the session's member (or a person of their file) on the day."""
    viewer, target = _target(connection, session, person or session.niss, day)
    bim = bool(
        connection.execute(
            select(Insurability.bim)
            .where(Insurability.member_id == target.id,
                   _valid(Insurability.valid_from, Insurability.valid_to, day))
            .order_by(Insurability.valid_from.desc())
            .limit(1)
        ).scalar()
    )  # fmt: skip
    dmg_until = connection.execute(
        select(Dmg.valid_until)
        .where(Dmg.member_id == target.id, Dmg.opened_on <= day, Dmg.valid_until >= day)
        .order_by(Dmg.valid_until.desc())
        .limit(1)
    ).scalar()
    chronic = (
        connection.execute(
            select(MedicalAgreement.id)
            .where(
                MedicalAgreement.member_id == target.id,
                MedicalAgreement.kind == CHRONIC,
                MedicalAgreement.decision == AgreementDecision.GRANTED,
                MedicalAgreement.valid_from <= day,
                (MedicalAgreement.valid_to.is_(None)) | (MedicalAgreement.valid_to >= day),
            )
            .limit(1)
        ).first()
        is not None
    )
    federation_id = connection.execute(
        select(Household.federation_id).where(Household.id == target.household_id)
    ).scalar_one()

    def rule(name: str, default: int | None = None) -> int:
        """The federation's rule on the day; KeyError when it has none (the age bands' limits
        are written by migration 0014 and the seed), `default` only for a rule that starts
        at a date (none before it)."""
        value = federation_parameter(
            connection, name, on=day, federation_id=federation_id, default=default
        )
        return int(value)

    age = age_on(target.birth_date, day)
    senior_from, child_below = rule("fee_band_senior_from_age"), rule("fee_band_child_below_age")
    if chronic or age >= senior_from:
        band = AgeBand.FROM_75
    elif age < child_below:
        band = AgeBand.UNDER_10
    else:
        band = AgeBand.FROM_10
    young_max = rule("bim_young_free_max_age", -1)  # none before 1/10/2023, when it began
    return FeeStatus(
        first_names=target.first_names,
        is_self=target.id == viewer.id,
        bim=bim,
        with_dmg=dmg_until is not None,
        dmg_until=dmg_until,
        age=age,
        age_band=band.value,
        chronic=chronic,
        young_free_max_age=young_max if young_max >= 0 else None,
    )


def _for_you(status: FeeStatus, current: list[FeeLine], category: str) -> ForYou:
    band = AgeBand(status.age_band)
    line = next((x for x in current if AgeBand(x.age_band) == band), None) or next(
        (x for x in current if AgeBand(x.age_band) == AgeBand.ALL), None
    )
    if line is None:
        return ForYou(status, None, None, None, False)
    column = f"{'bim' if status.bim else 'ordinary'}_{'with' if status.with_dmg else 'without'}"
    refund = getattr(line, column)
    if refund is None:
        return ForYou(status, line.official_fee, None, None, False)
    young_free = (
        status.bim
        and status.with_dmg
        and status.young_free_max_age is not None
        and status.age <= status.young_free_max_age
        and category in YOUNG_FREE_CATEGORIES
    )
    share = ZERO if young_free else line.official_fee - refund
    return ForYou(status, line.official_fee, refund, share, young_free)


@reaching_central
def lookup(
    central: Engine,
    code: str,
    *,
    day: dt.date,
    language: str,
    session: FileSession | None = None,
    person: str | None = None,
) -> CodeInfo:
    """A code's label, its fees by date, and (with a session) what its member — or `person`
    of their file — would pay on the day. Refused(CODE_UNKNOWN) for a code not in the data."""
    code = code.strip()
    with central.connect() as connection:
        table = NomenclatureCode.__table__
        row = connection.execute(select(table).where(table.c.code == code)).first()
        if row is None:
            raise Refused(CODE_UNKNOWN)
        lines = _lines(connection, code)
        current = [line for line in lines if _covers(line, day)]
        for_you = None
        if session is not None:
            for_you = _for_you(fee_status(connection, session, person, day), current, row.category)
        label, label_language = _label(row, language)
        return CodeInfo(
            code=row.code,
            label=label,
            label_language=label_language,
            group_code=row.group_code,
            chapter=row.chapter,
            valid_from=row.valid_from,
            valid_to=row.valid_to,
            day=day,
            lines=tuple(lines),
            current=tuple(current),
            depends_on_dmg=any(
                (x.ordinary_with, x.bim_with) != (x.ordinary_without, x.bim_without) for x in lines
            ),
            depends_on_age=any(AgeBand(x.age_band) != AgeBand.ALL for x in lines),
            for_you=for_you,
        )


@reaching_central
def my_fee_status(
    central: Engine, session: FileSession, *, day: dt.date, person: str | None = None
) -> FeeStatus:
    with central.connect() as connection:
        return fee_status(connection, session, person, day)


def _prefix_end(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


@reaching_central
def search(
    central: Engine, words_typed: str, *, day: dt.date, language: str, limit: int = 50
) -> SearchResult:
    """The codes whose number begins with the digits typed, or whose French or Dutch label has
    a word beginning with each word typed; in code order, at most `limit`."""
    text = words_typed.strip()
    code_table = NomenclatureCode.__table__
    if text.replace(" ", "").isdigit():
        digits = text.replace(" ", "")[:6]
        found = select(code_table.c.code).where(
            code_table.c.code >= digits, code_table.c.code < _prefix_end(digits)
        )
        searched: tuple[str, ...] = ()
    else:
        searched = tuple(words(text))
        if not searched:
            return SearchResult((), (), False)
        word = NomenclatureWord.__table__
        each = [
            select(word.c.code, word.c.language).where(
                word.c.word >= w, word.c.word < _prefix_end(w),
                word.c.language.in_(SEARCH_LANGUAGES),
            )
            for w in searched
        ]  # fmt: skip
        both = intersect(*each).subquery() if len(each) > 1 else each[0].subquery()
        found = select(both.c.code).distinct()
    matched = found.subquery()
    fee = NomenclatureFee.__table__
    fee_on_day = (
        select(fee.c.official_fee)
        .where(fee.c.code == code_table.c.code, _valid(fee.c.valid_from, fee.c.valid_to, day))
        .order_by(fee.c.valid_from.desc())
        .limit(1)
        .scalar_subquery()
    )
    with central.connect() as connection:
        rows = connection.execute(
            select(code_table.c.code, code_table.c.label_fr, code_table.c.label_nl,
                   code_table.c.label_de, code_table.c.label_en, fee_on_day.label("fee"))
            .where(code_table.c.code.in_(select(matched.c.code)))
            .order_by(code_table.c.code)
            .limit(limit + 1)
        ).all()  # fmt: skip
    hits = tuple(Found(r.code, *_label(r, language), r.fee) for r in rows[:limit])
    return SearchResult(searched, hits, len(rows) > limit)
