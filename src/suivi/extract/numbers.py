"""Money amounts, counts and growth rates in French and English news ("plus de 2,85 milliards de dollars")."""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from babel import Locale
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies
from text_to_num import text2num

from suivi.extract.countries import trie_regex
from suivi.lang import NumberWords, languages, profile
from suivi.vocab import Qualifier, Unit


@dataclass(frozen=True)
class Quantity:
    """A figure found in a text: its span, value in base units, unit and how exact it is.

    `unit` is an ISO 4217 code for money, `count` for counts and `percent` for rates; `noun` is the
    counted noun as written ("projets") for counts that have one. The span covers the figure and its
    unit or noun, not the qualifier words ("plus de") before it.
    """

    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: Qualifier
    noun: str | None = None


@dataclass(frozen=True)
class _Lexicon:
    pattern: re.Pattern[str]
    qualifier: re.Pattern[str]
    decimal: str
    scales: dict[str, float]
    currencies: dict[str, str]
    qualifiers: dict[str, Qualifier]
    blockers: frozenset[str]
    lang: str


_BLANKS = " \u00a0\u202f\u2009"
#: A year as written in the news ("2023"): a number that is no figure unless a scale word follows it.
YEAR = re.compile(r"(?:19|20)\d\d")


def _key(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.replace("’", "'")).strip().lower()


def _phrase(phrase: str) -> str:
    return re.escape(phrase).replace("'", "['’]").replace(r"\ ", r"\s+")


def _alt(items: Any, insensitive: bool = True) -> str:
    body = trie_regex(re.sub(r"\s+", " ", i) for i in set(items))  # a trie: ~500 currency names stay fast
    return f"(?i:{body})" if insensitive else f"(?:{body})"


@cache
def _data() -> dict[str, Any]:
    raw = resources.files("suivi.extract").joinpath("data/numbers.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def _digits(decimal: str) -> str:
    blanks = f"[{_BLANKS}]"
    if decimal == ",":
        return rf"\d{{1,3}}(?:[{_BLANKS}.]\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:[,.]\d+)?"
    return rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!\d)|\d{{1,3}}(?:{blanks}\d{{3}})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"


def _spelled(words: list[str], joiners: list[str]) -> str:
    word = rf"{_alt(words)}(?!\w)"
    return rf"{word}(?:[\s-]+(?:{_alt(joiners)}[\s-]+)?{word})*"


def _locales() -> list[str]:
    """The babel locales of the languages that have a folder, English first (its symbols win)."""
    return sorted((profile(code).locale for code in languages()), key=lambda locale: locale != "en")


@cache
def currencies_in_use() -> frozenset[str]:
    """ISO 4217 codes of the currencies some territory uses today (babel / CLDR)."""
    codes: set[str] = set()
    for territory in Locale.parse("en").territories:
        if isinstance(territory, str) and len(territory) == 2 and territory.isalpha():
            codes.update(get_territory_currencies(territory, datetime.date.today()))
    return frozenset(codes)


@cache
def currency_words(lang: str) -> dict[str, str]:
    """Currency names as written in `lang` -> ISO code: babel's singular and plural names of every
    currency in use ("livres turques", "Turkish lira"), with and without their parenthesis, then the
    reviewed words of numbers.json ("dollars" -> USD), which win."""
    words: dict[str, str] = {}
    for code in sorted(currencies_in_use()):
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale=profile(lang).locale)
            if name and name != code:
                for form in {name, re.sub(r"\s*\(.*?\)", "", name)}:
                    words.setdefault(_key(form), code)
    words.update({_key(k): v for k, v in profile(lang).numbers.currencies.items()})
    return words


@cache
def money_marks() -> dict[str, str]:
    """Symbols and codes written next to an amount ("€", "R$", "FCFA", "USD") -> ISO code.

    Babel's symbols in the locale of every language folder (English first) that are not plain letters,
    every code in use but the
    ones that are ordinary words (`code_blockers`), then numbers.json's symbols, codes and aliases.
    """
    shared = _data()
    marks: dict[str, str] = {}
    for code in sorted(currencies_in_use()):
        for locale in _locales():
            symbol = get_currency_symbol(code, locale).replace("\u202f", " ").replace("\u00a0", " ")
            if symbol != code and not symbol.isalpha():
                marks.setdefault(symbol, code)
        if code not in shared["code_blockers"]:
            marks.setdefault(code, code)
    marks.update(shared["symbols"])
    marks.update({c: c for c in shared["codes"]})
    marks.update(shared["code_aliases"])
    return marks


def _quantity_pattern(d: NumberWords, lang: str) -> str:
    money = list(money_marks())
    prefix = _alt(money, insensitive=False)
    conn = _alt(d.connectors)
    currency = rf"(?:{_alt(currency_words(lang))}|{_alt(money, insensitive=False)})(?!\w)"
    percent = "(?:%|" + _alt(p for p in d.percent if p != "%") + r"(?!\w))"
    nouns = "(?i:" + "|".join(_phrase(n) for n in d.count_nouns) + ")(?:s|x|es)?(?!\\w)"
    spelled = _spelled(list(d.number_words), list(d.number_joiners))
    return (
        rf"(?:(?<!\w)(?P<pre>{prefix})\s?|(?<![\w.,])(?:(?<!-)|(?<=[\d%]-))"  # "10-15 %": a range's upper bound
        r"|(?P<mark>(?<=\b[A-Z])))"  # "R45.6 billion", "P4.2 billion": a one-letter local mark, read by the caller
        rf"(?:(?P<num>{_digits(d.decimal)})|(?<!\w)(?P<words>{spelled}))"
        rf"(?:\s?(?P<scale>{_alt(d.scales, insensitive=False)})(?!\w)|(?!\w))"
        rf"(?:\s?(?P<pct>{percent})"
        rf"|\s*(?:{conn})?(?P<cur>{currency})"
        rf"|\s+(?:{conn})?(?:(?P<adj>[^\W\d_]+)\s+)?(?P<noun>{nouns}))?"
    )


@cache
def _lexicon(lang: str) -> _Lexicon:
    d = profile(lang).numbers
    currencies = dict(currency_words(lang))
    currencies.update({_key(k): v for k, v in money_marks().items()})
    return _Lexicon(
        pattern=re.compile(_quantity_pattern(d, lang)),
        qualifier=re.compile(rf"(?<!\w){_alt(d.qualifiers)}\s*$"),
        decimal=d.decimal,
        scales=dict(d.scales),
        currencies=currencies,
        qualifiers={_key(k): Qualifier(v) for k, v in d.qualifiers.items()},
        blockers=frozenset(d.count_blockers),
        lang=lang,
    )


def parse_number(text: str, decimal: str) -> float:
    """The value of a written number: "1 200,5" (decimal ",") or "1,200.5" (decimal ".")."""
    s = re.sub(f"[{_BLANKS}]", "", text)
    if decimal == ",":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
            s = s.replace(".", "")
        return float(s.replace(",", "."))
    return float(s.replace(",", ""))


def _value(m: re.Match[str], lex: _Lexicon) -> float | None:
    if m.group("num"):
        base = parse_number(m.group("num"), lex.decimal)
    else:
        try:
            base = float(text2num(m.group("words").lower(), lex.lang))
        except ValueError:
            return None
        if base < 2 and not m.group("scale"):
            return None  # "un projet", "one side": an article, not a figure
    scale = m.group("scale")
    return float(f"{base * lex.scales[scale]:.12g}") if scale else base  # 4.22e9, not 4220000000.0000005


def _qualifier(text: str, start: int, lex: _Lexicon) -> Qualifier:
    hit = lex.qualifier.search(text, max(0, start - 40), start)
    return lex.qualifiers.get(_key(hit.group(0)), Qualifier.EXACT) if hit else Qualifier.EXACT


def qualifier_before(text: str, start: int, lang: str) -> Qualifier:
    """How exact the figure at `start` is, from the words just before it ("about 60 of which" -> about)."""
    return _qualifier(text, start, _lexicon(lang))


def _unit(m: re.Match[str], lex: _Lexicon, last_currency: str | None) -> tuple[str, str | None, int] | None:
    """(unit, counted noun, end of the figure) or None when the number is not a figure."""
    money = m.group("pre") or m.group("cur")
    if money:
        return lex.currencies[_key(money)], None, m.end()
    if m.group("pct"):
        return str(Unit.PERCENT), None, m.end()
    bare_end = m.end("scale") if m.group("scale") else m.end("num") if m.group("num") else m.end("words")
    if m.group("mark") is not None and not m.group("scale"):
        return None  # "G20", "F16": a letter glued to a number without scale is a name
    if m.group("noun") and (m.group("adj") or "").lower() not in lex.blockers:
        if m.group("num") and YEAR.fullmatch(m.group("num")) and not m.group("scale"):
            return None  # "in 2019 tourists ..." is a year
        return str(Unit.COUNT), m.group("noun"), m.end()
    if m.group("scale"):
        glued = m.group("mark") is not None  # "R45.6 billion": the letter names a currency only the parties tell
        return (str(Unit.COUNT) if glued else last_currency or str(Unit.COUNT)), None, bare_end
    return None


def find_quantities(text: str, lang: str) -> list[Quantity]:
    """Every money amount, count and percentage of `text`, in order.

    A bare number is a figure only with a unit, a scale word or a counted noun: years, days of a
    date and ordinals ("7e", "19th") are not. A scaled number without currency ("dont 6 milliards")
    takes the currency of the amount before it in the same text.
    """
    lex = _lexicon(lang)
    out: list[Quantity] = []
    last_currency: str | None = None
    for m in lex.pattern.finditer(text):
        value = _value(m, lex)
        unit = _unit(m, lex, last_currency) if value is not None else None
        if value is None or unit is None:
            continue
        code, noun, end = unit
        if code not in (Unit.COUNT, Unit.PERCENT):
            last_currency = code
        qualifier = _qualifier(text, m.start(), lex)
        out.append(Quantity(m.start(), end, text[m.start() : end], value, code, qualifier, noun))
    return out
