"""Reads INAMI's NomenSoft XML (NOMEN_DETAIL, NOMEN_HONORAIRES) into the dated nomenclature.

NOMEN_DETAIL records give a code (nomen_code), its dates (dbegin, dend), group (nomen_grp_n),
chapter (nomen_chap) and French and Dutch labels (nomen_desc_fr, nomen_desc_nl).
NOMEN_HONORAIRES records give one amount of a code from a date (dbegin_fee, dend_fee, fee,
author_doc) in a fee category. What a category means (0 = the fee, "Honoraire"; the others a
reimbursement, ordinary or BIM, with or without DMG, for an age band) is not published by
INAMI: it is the mutuality's setting, the mapping file `data/nomensoft/fee_categories.csv`.
A category the mapping lacks is counted and reported, never guessed.

The amounts of one code are merged into the table's rows: one per period, with or without DMG
and age band, holding the fee and the ordinary and BIM reimbursements (empty when the data
give none). A new amount from a date is a new row and closes the one before; importing the
same files again changes nothing. A file with a DOCTYPE (entity declarations) or a bad record
is refused whole, naming its line and element; nothing of it is written.

`words(label)` folds a label to the search's words (lower case, no accents): the search and the
index (`nomenclature_word`) use the same folding.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select, text, update

from app.domain.codes import AgeBand
from app.store.models import NomenclatureCode, NomenclatureFee, NomenclatureWord

DATA = Path(__file__).parent / "data" / "nomensoft"
SHIPPED_CATEGORIES = DATA / "fee_categories.csv"
DEMO_FILES = (DATA / "NOMEN_DETAIL.xml", DATA / "NOMEN_HONORAIRES.xml")
NEW_CODE_CATEGORY = "other"  # the program's grouping of a code NomenSoft brings first
SOURCE = "NomenSoft (INAMI) import"
OPEN_END = dt.date(2999, 1, 1)  # an end date from this year on means "no end"
CENT = Decimal("0.01")
WORD_LENGTH = 60
LABEL_LENGTH = 1000
_SPLIT = re.compile(r"[^0-9a-z]+")
_CODE = re.compile(r"\d{6}")


class NomenSoftError(ValueError):
    """A file that cannot be imported: which file, line and element, and why."""


# -- words ---------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case, without accents (é → e, ç → c, ß → ss)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The search's words of a label or a query, in order, each once: folded, split at
    anything but a letter or a digit, one-letter words left out ("l'ouverture" → ouverture)."""
    seen: dict[str, None] = {}
    for word in _SPLIT.split(fold(text)):
        if len(word) > 1:
            seen.setdefault(word[:WORD_LENGTH], None)
    return list(seen)


def word_rows(labels: Iterable[tuple[str, dict[str, str]]]) -> list[dict]:
    """The index rows of (code, {language: label}) for French and Dutch."""
    return [
        {"word": word, "language": language, "code": code}
        for code, by_language in labels
        for language in ("fr", "nl")
        for word in words(by_language.get(language) or "")
    ]


# -- the fee categories ----------------------------------------------------------------------


@dataclass(frozen=True)
class FeeMeaning:
    """What an amount of a category is: the fee, a reimbursement (for which regime, DMG and
    age band), or an amount the mutuality ignores (a personal share it computes itself)."""

    kind: str  # fee | reimbursement | ignored
    regime: str | None = None  # ordinary | bim
    with_dmg: bool | None = None  # None: with or without
    age_band: AgeBand = AgeBand.ALL


def load_categories(path: Path = SHIPPED_CATEGORIES) -> dict[str, FeeMeaning]:
    """The mapping file: `category,meaning,regime,dmg,age_band,note`; '#' starts a comment."""
    meanings: dict[str, FeeMeaning] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = csv.reader(line for line in lines if line.strip() and not line.startswith("#"))
    for number, row in enumerate(rows, start=1):
        if number == 1 and row and row[0] == "category":
            continue
        cells = [cell.strip() for cell in row] + [""] * 6
        key, kind, regime, dmg, band = cells[:5]
        where = f"{path.name}: category {key!r}"
        if kind not in ("fee", "reimbursement", "ignored"):
            raise NomenSoftError(f"{where}: meaning {kind!r} is not fee, reimbursement or ignored")
        if kind == "reimbursement" and regime not in ("ordinary", "bim"):
            raise NomenSoftError(f"{where}: a reimbursement needs its regime (ordinary or bim)")
        if dmg not in ("", "any", "with", "without"):
            raise NomenSoftError(f"{where}: dmg {dmg!r} is not with, without or any")
        try:
            age_band = AgeBand(band or AgeBand.ALL.value)
        except ValueError:
            raise NomenSoftError(f"{where}: age band {band!r} is unknown") from None
        meanings[key] = FeeMeaning(
            kind,
            regime or None,
            {"with": True, "without": False}.get(dmg),
            age_band,
        )
    return meanings


# -- reading the XML -------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    kind: str  # nomen_detail | nomen_honoraires
    fields: dict[str, str]
    line: int
    file: str

    def where(self, element: str | None = None) -> str:
        code = self.fields.get("nomen_code")
        said = f"{self.file}, line {self.line}, <{self.kind.upper()}>"
        if code:
            said += f" of code {code}"
        return f"{said}, <{element}>" if element else said


class _Records:
    """ElementTree's parser target: collects the records as they end, refuses a DOCTYPE."""

    KINDS = ("nomen_detail", "nomen_honoraires")

    def __init__(self, file: str):
        self.file = file
        self.line = 0
        self.records: list[Record] = []
        self._path: list[str] = []
        self._record: tuple[str, int, dict[str, str]] | None = None
        self._text: list[str] = []

    def doctype(self, name, pubid, system) -> None:
        raise NomenSoftError(
            f"{self.file}, line {self.line}: a DOCTYPE ({name}) is refused: it may declare "
            "entities, which a NomenSoft export never needs"
        )

    def start(self, tag: str, _attrib) -> None:
        name = tag.rsplit("}", 1)[-1].lower()
        self._path.append(name)
        self._text = []
        if name in self.KINDS and self._record is None:
            self._record = (name, self.line, {})

    def data(self, text: str) -> None:
        self._text.append(text)

    def end(self, tag: str) -> None:
        name = self._path.pop()
        record = self._record
        if record is None:
            return
        kind, line, fields = record
        if name == kind and not any(part == kind for part in self._path):
            self.records.append(Record(kind, fields, line, self.file))
            self._record = None
        elif self._path and self._path[-1] == kind:  # a field of the record
            fields[name] = "".join(self._text).strip()
        self._text = []

    def close(self) -> list[Record]:
        return self.records


def read_records(path: Path) -> list[Record]:
    """Every NOMEN_DETAIL and NOMEN_HONORAIRES record of a file, with its line."""
    target = _Records(path.name)
    parser = ET.XMLParser(target=target)
    try:
        with path.open("rb") as stream:
            for number, line in enumerate(stream, start=1):
                target.line = number
                parser.feed(line)
        parser.close()
    except ET.ParseError as exc:
        line, column = exc.position
        raise NomenSoftError(
            f"{path.name}, line {line}, column {column}: not XML ({exc.msg})"
        ) from None
    return target.records


def _day(record: Record, name: str, *, required: bool) -> dt.date | None:
    text = record.fields.get(name, "")
    if not text:
        if required:
            raise NomenSoftError(f"{record.where(name)}: missing")
        return None
    try:
        if re.fullmatch(r"\d{2}/\d{2}/\d{4}.*", text):
            day = dt.datetime.strptime(text[:10], "%d/%m/%Y").date()
        else:
            day = dt.date.fromisoformat(text[:10])
    except ValueError:
        raise NomenSoftError(f"{record.where(name)}: {text!r} is not a date") from None
    return None if day >= OPEN_END else day


def _amount(record: Record, name: str) -> Decimal:
    text = record.fields.get(name, "")
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise NomenSoftError(f"{record.where(name)}: {text!r} is not an amount") from None
    if not value.is_finite() or value < 0 or value != value.quantize(CENT):
        raise NomenSoftError(f"{record.where(name)}: {text!r} is not an amount in cents")
    return value.quantize(CENT)


def _code(record: Record) -> str:
    code = record.fields.get("nomen_code", "")
    if not _CODE.fullmatch(code):
        raise NomenSoftError(f"{record.where('nomen_code')}: {code!r} is not a 6-digit code")
    return code


def _category(record: Record) -> str:
    # The row's fee code: `fee_code` (or `feecode`) where the export has one, else the
    # `fee_code_cat` NomenSoft's fees page lists with "0 = Honoraire".
    for name in ("fee_code", "feecode", "fee_code_cat"):
        if record.fields.get(name, "") != "":
            return record.fields[name]
    raise NomenSoftError(f"{record.where('fee_code_cat')}: missing")


@dataclass(frozen=True)
class CodeData:
    code: str
    label_fr: str
    label_nl: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    group_code: str | None
    chapter: str | None


@dataclass(frozen=True)
class Amount:
    code: str
    category: str
    valid_from: dt.date
    valid_to: dt.date | None
    amount: Decimal
    author_doc: str | None
    record: Record


def _code_data(records: list[Record]) -> CodeData:
    """A code's NOMEN_DETAIL records (one per period of its labels): the latest's labels,
    group and chapter, from the first one's start to the latest's end."""
    dated = sorted(records, key=lambda r: _day(r, "dbegin", required=False) or dt.date.min)
    latest = dated[-1]
    fields = latest.fields
    fr, nl = fields.get("nomen_desc_fr", ""), fields.get("nomen_desc_nl", "")
    if not fr and not nl:
        raise NomenSoftError(f"{latest.where('nomen_desc_fr')}: no label in French or Dutch")
    for record in dated:
        start = _day(record, "dbegin", required=False)
        end = _day(record, "dend", required=False)
        if start and end and end < start:
            raise NomenSoftError(f"{record.where('dend')}: ends before it begins")
    return CodeData(
        code=_code(latest),
        label_fr=(fr or nl)[:LABEL_LENGTH],
        label_nl=(nl or fr)[:LABEL_LENGTH],
        valid_from=_day(dated[0], "dbegin", required=False),
        valid_to=_day(latest, "dend", required=False),
        group_code=(fields.get("nomen_grp_n") or None),
        chapter=(fields.get("nomen_chap") or None),
    )


def _amount_row(record: Record) -> Amount:
    start = _day(record, "dbegin_fee", required=True)
    end = _day(record, "dend_fee", required=False)
    if end is not None and end < start:
        raise NomenSoftError(f"{record.where('dend_fee')}: ends before it begins")
    return Amount(
        code=_code(record),
        category=_category(record),
        valid_from=start,
        valid_to=end,
        amount=_amount(record, "fee"),
        author_doc=(record.fields.get("author_doc") or None),
        record=record,
    )


# -- merging a code's amounts into rows ------------------------------------------------------


@dataclass(frozen=True)
class FeeRow:
    code: str
    valid_from: dt.date
    valid_to: dt.date | None
    with_dmg: bool
    age_band: AgeBand
    official_fee: Decimal
    reimbursement_ordinary: Decimal | None
    reimbursement_bim: Decimal | None
    author_doc: str | None


def _covers(amount: Amount, day: dt.date) -> bool:
    return amount.valid_from <= day and (amount.valid_to is None or day <= amount.valid_to)


def _refund(here, regime: str, with_dmg: bool, band: AgeBand) -> Decimal | None:
    """The reimbursement of a case among the amounts of a period: the most precise row wins
    (a DMG's own over "either", a band's own over all ages)."""
    matching = [
        (m.with_dmg is not None, m.age_band != AgeBand.ALL, a)
        for a, m in here
        if m.regime == regime
        and m.with_dmg in (None, with_dmg)
        and m.age_band in (AgeBand.ALL, band)
    ]
    return max(matching, key=lambda t: t[:2])[2].amount if matching else None


def _fee_rows(
    code: str, fees: list[Amount], refunds: list[tuple[Amount, FeeMeaning]]
) -> list[FeeRow]:
    """One row per period (split where any amount changes), DMG and age band."""
    edges = sorted(
        {a.valid_from for a in fees}
        | {a.valid_from for a, _m in refunds}
        | {a.valid_to + dt.timedelta(days=1) for a in fees if a.valid_to}
        | {a.valid_to + dt.timedelta(days=1) for a, _m in refunds if a.valid_to}
    )
    pieces: list[tuple[dt.date, dt.date | None, tuple]] = []
    for index, start in enumerate(edges):
        end = edges[index + 1] - dt.timedelta(days=1) if index + 1 < len(edges) else None
        fee = next((a for a in sorted(fees, key=lambda a: a.valid_from, reverse=True)
                    if _covers(a, start)), None)  # fmt: skip
        if fee is None:
            continue
        here = [(a, m) for a, m in refunds if _covers(a, start)]
        for a, _m in here:
            if a.amount > fee.amount:
                raise NomenSoftError(
                    f"{a.record.where('fee')}: a reimbursement of {a.amount} above the fee "
                    f"of {fee.amount}"
                )
        bands = sorted({m.age_band for _a, m in here} - {AgeBand.ALL}) or [AgeBand.ALL]
        content = []
        for with_dmg in (False, True):
            for band in bands:
                docs = sorted({d for d in (fee.author_doc, *(a.author_doc for a, _m in here)) if d})
                content.append(
                    (with_dmg, band, fee.amount, _refund(here, "ordinary", with_dmg, band),
                     _refund(here, "bim", with_dmg, band), ", ".join(docs)[:200] or None)
                )  # fmt: skip
        content = tuple(content)
        if pieces and pieces[-1][2] == content and pieces[-1][1] == start - dt.timedelta(days=1):
            pieces[-1] = (pieces[-1][0], end, content)  # nothing changed at this edge
        else:
            pieces.append((start, end, content))
    return [
        FeeRow(code, start, end, with_dmg, band, fee, ordinary, bim, docs)
        for start, end, content in pieces
        for with_dmg, band, fee, ordinary, bim, docs in content
    ]


# -- writing ---------------------------------------------------------------------------------


@dataclass
class Imported:
    """What an import read and did (the command prints it)."""

    codes_read: int = 0
    codes_added: int = 0
    codes_changed: int = 0
    codes_unchanged: int = 0
    amounts_read: int = 0
    amounts_ignored: int = 0
    fee_rows_added: int = 0
    fee_rows_changed: int = 0
    fee_rows_unchanged: int = 0
    fee_rows_closed: int = 0
    unknown_categories: Counter = field(default_factory=Counter)  # category → amounts skipped
    codes_missing: tuple[str, ...] = ()  # amounts of codes neither here nor in the files

    @property
    def unknown_amounts(self) -> int:
        return sum(self.unknown_categories.values())


def parse(paths: Iterable[Path], categories: dict[str, FeeMeaning], result: Imported):
    """Every code and amount of the files, checked (NomenSoftError at the first bad record)."""
    details: dict[str, list[Record]] = defaultdict(list)
    fees: dict[str, list[Amount]] = defaultdict(list)
    refunds: dict[str, list[tuple[Amount, FeeMeaning]]] = defaultdict(list)
    for path in paths:
        for record in read_records(Path(path)):
            if record.kind == "nomen_detail":
                details[_code(record)].append(record)
                continue
            amount = _amount_row(record)
            result.amounts_read += 1
            meaning = categories.get(amount.category)
            if meaning is None:
                result.unknown_categories[amount.category] += 1
            elif meaning.kind == "ignored":
                result.amounts_ignored += 1
            elif meaning.kind == "fee":
                fees[amount.code].append(amount)
            else:
                refunds[amount.code].append((amount, meaning))
    codes = {code: _code_data(records) for code, records in details.items()}
    result.codes_read = len(codes)
    return codes, fees, refunds


def import_files(
    connection: Connection,
    paths: Iterable[Path],
    *,
    categories: dict[str, FeeMeaning] | None = None,
) -> Imported:
    """Read the files, then write: all of it in the caller's transaction, or nothing."""
    result = Imported()
    codes, fees, refunds = parse(paths, load_categories() if categories is None else categories,
                                 result)  # fmt: skip
    _write_codes(connection, codes, result)
    known = set(connection.execute(select(NomenclatureCode.code)).scalars())
    missing: list[str] = []
    rows: list[FeeRow] = []
    for code in sorted(set(fees) | set(refunds)):
        if code not in known:
            missing.append(code)
            continue
        rows += _fee_rows(code, fees.get(code, []), refunds.get(code, []))
    result.codes_missing = tuple(missing)
    _write_fees(connection, rows, result)
    return result


def _write_codes(connection: Connection, codes: dict[str, CodeData], result: Imported) -> None:
    table = NomenclatureCode.__table__
    present = {
        row.code: row
        for row in connection.execute(
            select(table.c.code, table.c.label_fr, table.c.label_nl, table.c.valid_from,
                   table.c.valid_to, table.c.group_code, table.c.chapter)
        )
    }  # fmt: skip
    new, relabelled = [], []
    for code, data in codes.items():
        values = {
            "label_fr": data.label_fr, "label_nl": data.label_nl, "valid_from": data.valid_from,
            "valid_to": data.valid_to, "group_code": data.group_code, "chapter": data.chapter,
        }  # fmt: skip
        row = present.get(code)
        if row is None:
            new.append({"code": code, "category": NEW_CODE_CATEGORY, "label_de": "",
                        "label_en": "", **values})  # fmt: skip
            continue
        if all(getattr(row, name) == value for name, value in values.items()):
            result.codes_unchanged += 1
            continue
        result.codes_changed += 1
        connection.execute(update(table).where(table.c.code == code).values(**values))
        if (row.label_fr, row.label_nl) != (data.label_fr, data.label_nl):
            relabelled.append(code)
    if new:
        connection.execute(insert(table), new)
        result.codes_added = len(new)
    index_words(connection, relabelled + [row["code"] for row in new])


def index_words(connection: Connection, codes: list[str] | None = None) -> int:
    """(Re)make the word index of these codes (None: of every code); the rows written."""
    words_table, table = NomenclatureWord.__table__, NomenclatureCode.__table__
    if codes is None:
        connection.execute(delete(words_table))
        labels = connection.execute(select(table.c.code, table.c.label_fr, table.c.label_nl)).all()
    else:
        labels = []
        for start in range(0, len(codes), 500):
            chunk = codes[start : start + 500]
            connection.execute(delete(words_table).where(words_table.c.code.in_(chunk)))
            labels += connection.execute(
                select(table.c.code, table.c.label_fr, table.c.label_nl).where(
                    table.c.code.in_(chunk)
                )
            ).all()
    rows = word_rows((code, {"fr": fr, "nl": nl}) for code, fr, nl in labels)
    if rows:
        connection.execute(insert(words_table), rows)
    return len(rows)


def _write_fees(connection: Connection, rows: list[FeeRow], result: Imported) -> None:
    table = NomenclatureFee.__table__
    codes = sorted({row.code for row in rows})
    present: dict[tuple, object] = {}
    by_case: dict[tuple, list] = defaultdict(list)  # (code, with_dmg) → rows, any band
    for start in range(0, len(codes), 500):
        for row in connection.execute(
            select(table).where(table.c.code.in_(codes[start : start + 500]))
        ):
            present[(row.code, row.valid_from, row.with_dmg, AgeBand(row.age_band))] = row
            by_case[(row.code, row.with_dmg)].append(row)
    added = []
    closing: dict[int, dt.date] = {}
    for row in rows:
        old = present.get((row.code, row.valid_from, row.with_dmg, row.age_band))
        amounts = (row.official_fee, row.reimbursement_ordinary, row.reimbursement_bim)
        if old is not None:
            old_amounts = (old.official_fee, old.reimbursement_ordinary, old.reimbursement_bim)
            # An open end in the data never reopens a row a later amount closed.
            end_changed = row.valid_to is not None and row.valid_to != old.valid_to
            if old_amounts == amounts and not end_changed:
                result.fee_rows_unchanged += 1
                continue
            result.fee_rows_changed += 1
            values = dict(zip(("official_fee", "reimbursement_ordinary", "reimbursement_bim"),
                              amounts, strict=True))  # fmt: skip
            if end_changed:
                values["valid_to"] = row.valid_to
            connection.execute(update(table).where(table.c.id == old.id).values(**values))
            continue
        added.append({
            "code": row.code, "valid_from": row.valid_from, "valid_to": row.valid_to,
            "with_dmg": row.with_dmg, "age_band": row.age_band.value,
            "official_fee": row.official_fee, "reimbursement_ordinary": row.reimbursement_ordinary,
            "reimbursement_bim": row.reimbursement_bim, "source": SOURCE,
            "author_doc": row.author_doc,
        })  # fmt: skip
        # The rows of the same case still running on that day end the day before.
        for earlier in by_case[(row.code, row.with_dmg)]:
            if earlier.valid_from < row.valid_from and (
                earlier.valid_to is None or earlier.valid_to >= row.valid_from
            ):
                day_before = row.valid_from - dt.timedelta(days=1)
                closing[earlier.id] = min(closing.get(earlier.id, day_before), day_before)
    for row_id, day in closing.items():
        connection.execute(update(table).where(table.c.id == row_id).values(valid_to=day))
    result.fee_rows_closed = len(closing)
    if added:
        connection.execute(insert(table), added)
        result.fee_rows_added = len(added)


def seed_demo(_generator, connection: Connection) -> Imported:
    """The seed's hook (app/store/seed.py): the demo NomenSoft files on top of the reference
    rows, which they repeat where both have a code (so those stay as they are)."""
    if connection.dialect.name == "postgresql":  # the seed wrote its own ids so far
        connection.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('nomenclature_fee', 'id'), "
                "COALESCE((SELECT max(id) FROM nomenclature_fee), 0) + 1, false)"
            )
        )
    imported = import_files(connection, DEMO_FILES)
    index_words(connection)  # the reference's codes too, written before without their words
    return imported
