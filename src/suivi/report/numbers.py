"""Readable amounts, counts and dates for people: "13.2 bn USD", "1,25 Md USD", "27 mai 2024"."""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal

from suivi.record import DateValue
from suivi.vocab import Precision, Qualifier, Unit

#: Scale words per language, largest first; French has no short word for 10^12, so it counts in Md.
_SCALES: dict[str, tuple[tuple[float, str], ...]] = {
    "en": ((1e12, "tn"), (1e9, "bn"), (1e6, "m")),
    "fr": ((1e9, "Md"), (1e6, "M")),
}
_QUALIFIERS = {Qualifier.MORE_THAN.value: "> ", Qualifier.LESS_THAN.value: "< ", Qualifier.ABOUT.value: "≈ "}
#: A float as Python prints it ("1.5e+10", "13200000000.0") followed by a unit: how follow-up texts carry amounts.
_RAW_AMOUNT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?(?:e[+-]?\d+)?) (count|percent|[A-Z]{3})\b")


def _lang(lang: str) -> str:
    return lang if lang in _SCALES else "en"


def format_number(value: float, lang: str = "en") -> str:
    """A plain number with the language's separators and at most two decimals ("1,300", "1 300,5")."""
    return str(format_decimal(value, format="#,##0.##", locale=_lang(lang)))


def format_amount(value: float, unit: str, lang: str = "en", qualifier: str | None = None) -> str:
    """An amount at a readable scale: 1.32e10 USD -> "13.2 bn USD" (en), "13,2 Md USD" (fr)."""
    lang = _lang(lang)
    prefix = _QUALIFIERS.get(qualifier or "", "")
    if unit == Unit.PERCENT.value:
        sign = "+" if value > 0 and not prefix else ""
        return f"{prefix}{sign}{format_number(value, lang)}{' %' if lang == 'fr' else '%'}"
    if unit == Unit.COUNT.value:
        return prefix + format_number(value, lang)
    for scale, word in _SCALES[lang]:
        if abs(value) >= scale:
            return f"{prefix}{format_number(round(value / scale, 2), lang)} {word} {unit}"
    return f"{prefix}{format_number(value, lang)} {unit}"


def readable_amounts(text: str, lang: str = "en") -> str:
    """`text` with raw amounts ("1.5e+10 USD") rewritten readably ("15 bn USD")."""
    return _RAW_AMOUNT.sub(lambda m: format_amount(float(m.group(1)), m.group(2), lang), text)


def format_partial_date(value: str | None, lang: str = "en") -> str:
    """A YYYY[-MM[-DD]] date at its own precision: "27 May 2024", "mai 2024", "2019"; "" for None."""
    if not value:
        return ""
    parts = [int(p) for p in value.split("-")]
    lang = _lang(lang)
    if len(parts) == 3:
        return str(format_date(date(*parts), "d MMMM y", locale=lang))
    if len(parts) == 2:
        return str(format_skeleton("yMMMM", date(parts[0], parts[1], 1), locale=lang))
    return str(parts[0])


def format_date_value(value: DateValue | None, lang: str = "en") -> str:
    """A DateValue, range included ("25 – 26 November 2024"), at its precision; "" for None."""
    if value is None:
        return ""
    start = format_partial_date(value.value, lang)
    if not value.end or value.end == value.value:
        return start
    end = format_partial_date(value.end, lang)
    if value.precision == Precision.DAY and value.value[:7] == value.end[:7]:
        return f"{int(value.value[8:])}–{end}"  # "5–7 September 2023"
    return f"{start} – {end}"


def precision_word(value: DateValue | None) -> str:
    """The precision of a date as a word ("day", "month", "year"), "unknown" for None."""
    return value.precision.value if value is not None else "unknown"


def is_day_precise(value: DateValue | None) -> bool:
    return value is not None and value.precision == Precision.DAY
