"""Amounts and dates as the member reads them, in the interface language (QLocale's default,
set by ui/i18n.py when the language changes)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QLocale

from app.domain.clock import brussels_time


def money(amount: Decimal | None) -> str:
    """1 234,56 € in French, Dutch and German; €1,234.56 in English; "" for None.

    Decimal → float only for display: two decimals of amounts below a billion are exact."""
    if amount is None:
        return ""
    return QLocale().toCurrencyString(float(amount), "€")


def day(value: dt.date | None) -> str:
    """25/11/2026 (25.11.2026 in German): a four-digit year, whatever the locale's short form."""
    if value is None:
        return ""
    fmt = "dd.MM.yyyy" if QLocale().language() == QLocale.Language.German else "dd/MM/yyyy"
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


def local(moment: dt.datetime) -> dt.datetime:
    """A stored moment in Belgian time (SQLite gives it back naive, in UTC as it was written)."""
    return brussels_time(moment)


def moment_day(moment: dt.datetime | None) -> str:
    """The Belgian date of a stored moment: an order placed at 00:30 in Brussels is that day's."""
    return "" if moment is None else day(local(moment).date())


def period(start: dt.date, end: dt.date) -> str:
    """01/11 – 30/11/2026 within one year (a table's column stays narrow), else both in full."""
    if start.year != end.year:
        return f"{day(start)} – {day(end)}"
    short = "dd.MM." if QLocale().language() == QLocale.Language.German else "dd/MM"
    first = QLocale().toString(QDate(start.year, start.month, start.day), short)
    return f"{first} – {day(end)}"


def number(value: Decimal) -> str:
    """19 → "19", 19.5 → "19,5" in French (19.5 in English): a figure as the language writes
    it, without trailing zeros (hours, a percentage)."""
    value = Decimal(value).normalize()
    decimals = max(0, -value.as_tuple().exponent)
    return QLocale().toString(float(value), "f", decimals)


def amount_typed(text: str) -> Decimal | None:
    """An amount typed by the member: "25,68", "25.68", "1 234,5", "€ 10"; None if not one."""
    cleaned = text.replace("€", "").replace("\u00a0", "").replace(" ", "").strip()
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:  # 1.234,56 or 1,234.56: the last one is the decimal
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or abs(value) >= Decimal("1000000"):
        return None
    return value.quantize(Decimal("0.01"))
