"""The date grammar of one language: regexes for date and period expressions, built from the language's
date words (`suivi/lang/<code>/dates.json`) and babel's month and weekday names. `suivi.extract.dates`
finds and resolves the expressions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from babel.dates import get_day_names, get_month_names

from suivi.folding import strip_accents
from suivi.lang import DateWords, profile


@dataclass(frozen=True)
class Grammar:
    """The compiled date grammar of one language and the words it was built from."""

    locale: str
    words: DateWords
    months: dict[str, int]
    rules: tuple[tuple[str, re.Pattern[str]], ...]
    bare_month: re.Pattern[str]
    period_rules: tuple[tuple[str, re.Pattern[str]], ...]


def _phrase(template: str) -> str:
    """A phrase or template as a regex: any run of blanks for a space, either apostrophe for one."""
    return template.replace("'", "['’]").replace(" ", r"\s+")


def _alt(items: Iterable[str], escape: bool = False) -> str:
    parts = sorted({re.escape(i) if escape else _phrase(i) for i in items}, key=len, reverse=True)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _strip(word: str) -> str:
    """`word` without its accents ("décembre" -> "decembre"), for texts typed without them."""
    return strip_accents(word)


def fold_word(word: str) -> str:
    """`word` as months and shifts are looked up: no accents, lower case, no final dot ("Déc." -> "dec")."""
    return _strip(word).lower().rstrip(".")


def _cased(names: Iterable[str], insensitive: bool) -> str:
    if insensitive:
        return "(?i:" + _alt({n.lower() for n in names}, escape=True) + ")"
    return _alt({v for n in names for v in (n, n.upper(), n[:1].upper() + n[1:])}, escape=True)


def _month_names(words: DateWords, locale: str) -> tuple[dict[str, int], list[str], list[str]]:
    """Month spellings -> number, the spellings for any context and those safe standing alone."""
    lookup: dict[str, int] = {}
    anywhere: list[str] = []
    alone: list[str] = []
    wide = {name: n for c in ("format", "stand-alone") for n, name in get_month_names("wide", c, locale).items()}
    short = {
        name.rstrip("."): n
        for c in ("format", "stand-alone")
        for n, name in get_month_names("abbreviated", c, locale).items()
    }
    short.update(words.month_aliases)
    for name, number in wide.items():
        anywhere.extend((name, _strip(name)))
        alone.extend((name, _strip(name)))
        lookup[fold_word(name)] = number
    for name, number in short.items():
        lookup[fold_word(name)] = number
        if name in wide:
            continue
        dotted = (name + ".", _strip(name) + ".")
        anywhere.extend((name, _strip(name), *dotted))
        alone.extend(dotted)
    return lookup, anywhere, alone


def _pieces(words: DateWords, locale: str, anywhere: list[str], alone: list[str]) -> dict[str, str]:
    weekdays = list(get_day_names("wide", "format", locale).values())
    return {
        "M": _cased(anywhere, words.month_case_insensitive),
        "MA": _cased(alone, words.month_case_insensitive),
        "W": _cased(weekdays, words.month_case_insensitive),
        "DAY": rf"(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:{words.day_suffix})?(?![\w]|[.,]\d)",
        "Y": r"(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)",
        "FROM": _alt(words.range_from),
        "TO": _alt(words.range_to),
        "AND": _alt(words.range_and),
        "MFROM": _alt(words.month_range_from),
        "OF": _alt(words.of),
        "MCUE": "(?:" + "|".join(_phrase(c) for c in words.month_cues) + ")",
        "YCUE": "(?:" + "|".join(_phrase(c) for c in words.year_cues) + ")",
        "WB": _alt(words.weekday_before),
        "WA": _alt(words.weekday_after),
        "MAFTER": _alt(words.month_after),
        "REL": "(?i:" + _alt(words.relative) + ")",
        "YREL": "(?i:" + _alt(k for k, (unit, _) in words.relative.items() if unit == "year") + ")",
    }


def _g(piece: str, name: str) -> str:
    return f"(?P<{name}>{piece})"


def _rule_templates(p: dict[str, str], words: DateWords) -> list[tuple[str, str]]:
    d1, d2, m1, m2 = _g(p["DAY"], "d1"), _g(p["DAY"], "d2"), _g(p["M"], "m1"), _g(p["M"], "m2")
    y, y1 = _g(p["Y"], "y"), _g(p["Y"], "y1")
    yopt = rf"(?:,?\s+(?:{p['OF']})?{y})?"
    wday = rf"(?:(?:{p['WB']}\s+)?{p['W']}(?:\s+{p['WA']})?,?\s+)?"
    rules = [
        ("year_range", rf"(?:{p['MFROM']}|{p['FROM']}){y1}\s*(?:{p['TO']}|{p['AND']})\s*{y}"),
        ("year_range", rf"{y1}\s*[-–]\s*{y}"),
        ("year", rf"(?:{p['YCUE']})?{y}(?!\s*%)"),
        ("month_range", rf"(?:{p['MFROM']}){m1}\s*(?:{p['TO']}|{p['AND']})\s*{m2}{yopt}"),
        ("month_range", rf"{m1}\s*[-–]\s*{m2}{yopt}"),
        ("month", rf"(?:{p['MCUE']})?{m1}\s+(?:{p['OF']})?{y}"),
        ("month", rf"(?:{p['MCUE']})?{m1}\s+(?:{p['OF']})?{_g(p['YREL'], 'yrel')}"),
        ("month", rf"(?:{p['MCUE']}){_g(p['MA'], 'm1')}(?:\s+{p['MAFTER']})?"),
        ("relative", p["REL"]),
        ("weekday", rf"(?:{p['WB']}\s+)?{p['W']}(?:\s+{p['WA']})?"),
        ("day", r"(?P<d1>[12]\d|3[01]|0?[1-9])(?P<sep>[/.-])(?P<n1>1[0-2]|0?[1-9])(?P=sep)" + y),
        ("day", rf"{y}-(?P<n1>1[0-2]|0[1-9])-(?P<d1>[12]\d|3[01]|0[1-9])"),
    ]
    if "dm" in words.orders:
        rules += [
            ("day", rf"(?:{p['FROM']})?{wday}{d1}\s*(?:{p['TO']}|{p['AND']})\s*{wday}{d2}\s+{m1}{yopt}"),
            ("day", rf"(?:{p['FROM']})?{d1}\s+{m1}(?:\s+{y1})?\s*{p['TO']}\s*{d2}\s+{m2}{yopt}"),
            ("day", rf"{wday}{d1}\s+{m1}{yopt}"),
        ]
    if "md" in words.orders:
        rules += [
            ("day", rf"(?:{p['FROM']})?{m1}\s+{d1}\s*(?:{p['TO']}|{p['AND']})\s*{d2}(?:,?\s+{y})?"),
            ("day", rf"(?:{p['FROM']})?{m1}\s+{d1}\s*{p['TO']}\s*{m2}\s+{d2}(?:,?\s+{y})?"),
            ("day", rf"{wday}{m1}\s+{d1}(?:,?\s+{y})?"),
        ]
    if words.day_pair_prefix:
        follow = _alt(words.day_pair_followers)
        rules.append(
            (
                "day_pair",
                rf"{_phrase(words.day_pair_prefix)}{d1}\s*{p['AND']}\s*{d2}(?=\s*(?:[,.;:)]|$|{follow}\b))",
            )
        )
    return rules


def _period_templates(p: dict[str, str], words: DateWords) -> list[tuple[str, str]]:
    numbers = _alt(words.number_words)
    refs = {
        "<N>": rf"(?P<n>\d{{1,2}}|{numbers})",
        "<ORD>": "(?P<ord>" + _alt(words.ordinals) + ")",
        "<YREF>": rf"(?P<yref>{p['Y']}|{_alt(words.year_refs)})",
    }

    def fill(template: str) -> str:
        out = _phrase(template)
        for key, value in refs.items():
            out = out.replace(key, value)
        return out

    rules = [("first_months", fill(t)) for t in words.first_months]
    rules += [("part_of_year", fill(t)) for t in words.part_of_year]
    rules += [("comparison", fill(t)) for t in words.comparisons]
    rules.append(("cumulative", "(?:" + "|".join(_phrase(c) for c in words.cumulative) + ")"))
    return rules


def _bounded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", flags)


@cache
def grammar(lang: str) -> Grammar:
    """The date grammar of `lang`, from its profile (S302 when the language has no date words)."""
    language = profile(lang)
    words = language.dates
    lookup, anywhere, alone = _month_names(words, language.locale)
    p = _pieces(words, language.locale, anywhere, alone)
    return Grammar(
        locale=language.locale,
        words=words,
        months=lookup,
        rules=tuple((kind, _bounded(t)) for kind, t in _rule_templates(p, words)),
        bare_month=re.compile(rf"\s*(?:{p['MCUE']})?(?P<m1>{p['M']})\s*"),
        period_rules=tuple((kind, _bounded(t, re.IGNORECASE)) for kind, t in _period_templates(p, words)),
    )
