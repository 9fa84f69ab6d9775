"""Date and period expressions of French and English news, resolved against the publication date."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from babel.dates import get_day_names

from suivi.extract.date_grammar import Grammar, fold_word, grammar
from suivi.record import DateValue, Period
from suivi.vocab import EngagementStatus, Precision


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text: its span and the date it resolves to."""

    start: int
    end: int
    text: str
    date: DateValue
    #: A year written alone: no "en" / "in" before it, no period around it ("Friendship Year 2022", "Vision 2030").
    bare_year: bool = False


@dataclass(frozen=True)
class PeriodMention:
    """A period expression ("au premier semestre 2023", "to date") and the period it covers."""

    start: int
    end: int
    text: str
    period: Period
    cumulative: bool = False


class _Pub(NamedTuple):
    year: int
    month: int | None
    day: int | None


class _Found(NamedTuple):
    start: int
    end: int
    kind: str
    value: DateValue | Period | None


_Resolver = Callable[[re.Match[str], "_Pub | None", "Grammar"], DateValue | Period | None]

_DAY_KINDS = frozenset({"day", "day_range", "day_pair", "weekday", "relative_day"})


# --- resolving --------------------------------------------------------------------------------


def _parse_published(published: str | None) -> _Pub | None:
    if not published:
        return None
    parts = [int(x) for x in published[:10].split("-")]
    return _Pub(parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)


def _make(precision: Precision, start: tuple[int, ...], end: tuple[int, ...] | None = None) -> DateValue | None:
    def text(parts: tuple[int, ...]) -> str:
        return "-".join([f"{parts[0]:04d}", *(f"{x:02d}" for x in parts[1:])])

    if end is not None and end < start:
        return None
    try:
        return DateValue(value=text(start), precision=precision, end=None if end in (None, start) else text(end))
    except ValueError:
        return None


def _group(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def _number(text: str | None) -> int | None:
    return int(re.sub(r"\D", "", text)) if text else None


def _month_of(m: re.Match[str], name: str, g: Grammar) -> int | None:
    raw = _group(m, name)
    return g.months.get(fold_word(raw)) if raw else None


def _shift_of(text: str, g: Grammar) -> int:
    tokens = {fold_word(t) for t in re.findall(r"\w+", text)}
    return sum(shift for word, shift in g.words.shifts.items() if fold_word(word) in tokens)


def _month_year(month: int, shift: int, pub: _Pub | None) -> int | None:
    """Year of a month written without one: the publication year, moved by "dernier" / "next"."""
    if pub is None:
        return None
    if shift < 0 and pub.month is not None and month >= pub.month:
        return pub.year - 1
    if shift > 0 and pub.month is not None and month <= pub.month:
        return pub.year + 1
    return pub.year


def _resolve_day(m: re.Match[str], pub: _Pub | None, g: Grammar) -> DateValue | None:
    first = _month_of(m, "m1", g) or _number(_group(m, "n1")) or (pub.month if pub else None)
    last = _month_of(m, "m2", g) or first
    d1, d2 = _number(_group(m, "d1")), _number(_group(m, "d2"))
    if first is None or last is None or d1 is None:
        return None
    end_year = _number(_group(m, "y")) or _month_year(last, 0, pub)
    if end_year is None:
        return None
    start_year = _number(_group(m, "y1")) or (end_year if first <= last else end_year - 1)
    end = (end_year, last, d2) if d2 is not None else None
    return _make(Precision.DAY, (start_year, first, d1), end)


def _resolve_month(m: re.Match[str], pub: _Pub | None, g: Grammar) -> DateValue | None:
    first = _month_of(m, "m1", g)
    if first is None:
        return None
    last = _month_of(m, "m2", g)
    year = _number(_group(m, "y")) or _relative_year(m, pub, g) or _month_year(first, _shift_of(m.group(0), g), pub)
    if year is None:
        return None
    end = (year, last) if last is not None else None
    return _make(Precision.MONTH, (year if last is None or first <= last else year - 1, first), end)


def _relative_year(m: re.Match[str], pub: _Pub | None, g: Grammar) -> int | None:
    """The year of "May last year", "en mars de l'année dernière", "September this year"."""
    phrase = _group(m, "yrel")
    if phrase is None or pub is None:
        return None
    return pub.year + _relative(phrase, g)[1]


def _resolve_year(m: re.Match[str], pub: _Pub | None, g: Grammar) -> DateValue | None:
    year, first = _number(_group(m, "y")), _number(_group(m, "y1"))
    if year is None:
        return None
    return _make(Precision.YEAR, (first,), (year,)) if first else _make(Precision.YEAR, (year,))


def _relative(text: str, g: Grammar) -> tuple[str, int]:
    key = re.sub(r"\s+", " ", text.lower().replace("’", "'"))
    return g.words.relative.get(key, ("day", 0))


def _resolve_relative(m: re.Match[str], pub: _Pub | None, g: Grammar) -> DateValue | None:
    if pub is None:
        return None
    unit, shift = _relative(m.group(0), g)
    if unit == "year":
        return _make(Precision.YEAR, (pub.year + shift,))
    if pub.month is None:
        return _make(Precision.YEAR, (pub.year,)) if unit in ("day", "week") else None
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + shift
        return _make(Precision.MONTH, (index // 12, index % 12 + 1))
    if unit == "day" and pub.day is not None:  # "hier" in an article of the 21st is the 20th
        day = date(pub.year, pub.month, pub.day) + timedelta(days=shift)
        return _make(Precision.DAY, (day.year, day.month, day.day))
    return _make(Precision.MONTH, (pub.year, pub.month))  # ANNOTATION.md rule 4: "mardi" -> the month


def _weekday_index(text: str, g: Grammar) -> int | None:
    """Monday = 0 … Sunday = 6 for the weekday name in `text` (babel's names of the grammar's locale)."""
    folded = fold_word(text).lower()
    names = get_day_names("wide", "format", g.locale)
    return next((int(i) for i, name in names.items() if fold_word(name).lower() in folded), None)


def _resolve_weekday(m: re.Match[str], pub: _Pub | None, g: Grammar) -> DateValue | None:
    """A weekday in an article dated to the day is the last such day on or before publication (news reports
    what happened); with a coarser publication date it is the publication month (ANNOTATION.md rule 4)."""
    if pub is None or pub.month is None or pub.day is None:
        return _resolve_relative(m, pub, g)
    index = _weekday_index(m.group(0), g)
    if index is None:
        return _resolve_relative(m, pub, g)
    published = date(pub.year, pub.month, pub.day)
    day = published - timedelta(days=(published.weekday() - index) % 7)
    return _make(Precision.DAY, (day.year, day.month, day.day))


_RESOLVERS: dict[str, _Resolver] = {
    "day": _resolve_day,
    "day_pair": _resolve_day,
    "month": _resolve_month,
    "month_range": _resolve_month,
    "year": _resolve_year,
    "year_range": _resolve_year,
    "relative": _resolve_relative,
    "weekday": _resolve_weekday,
}


def _kind(kind: str, m: re.Match[str], g: Grammar) -> str:
    if kind == "relative" and _relative(m.group(0), g)[0] in ("day", "week"):
        return "relative_day"
    if kind == "day" and _group(m, "d2") is not None:
        return "day_range"
    return kind


def _select(found: list[_Found]) -> list[_Found]:
    """Longest first, then leftmost; drop what overlaps an expression already kept."""
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def _date_candidates(text: str, g: Grammar, pub: _Pub | None) -> list[_Found]:
    found: list[_Found] = []
    for kind, pattern in g.rules:
        for m in pattern.finditer(text):
            found.append(_Found(m.start(), m.end(), _kind(kind, m, g), _RESOLVERS[kind](m, pub, g)))
    return found


def find_dates(text: str, lang: str, published: str | None) -> list[DateMention]:
    """Every date expression of `text`, non-overlapping (longest first), resolved against `published`.

    Expressions that cannot be resolved (a day and month with no publication date) are left out.
    """
    g = grammar(lang)
    kept = _select(_date_candidates(text, g, _parse_published(published)))
    periods = [m.span() for _, pattern in g.period_rules for m in pattern.finditer(text)]
    return [
        DateMention(f.start, f.end, text[f.start : f.end], f.value, _bare_year(f, text, periods))
        for f in kept
        if isinstance(f.value, DateValue)
    ]


#: A dateline: a place (capitals, at most a few words), a comma, then the date, maybe an agency, then a dash or the end
#: of the line ("TALLINN, May 3 (BNS) -", "AKP Phnom Penh, 21 décembre 2016 –", "NAIROBI, 2 avril -").
_DATELINE_PLACE = re.compile(r"\s*[A-ZÀ-ÝĐ][^\n,;:.!?()–—]{1,40},\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?(?:[-–—]|$)")


def dateline_day(texts: list[str], lang: str, reference: str | None) -> str | None:
    """The day the dateline of an article's first lines gives, when it falls in the publication month (or year):
    "mardi", "hier" and "on Monday" then resolve to days (ANNOTATION.md rule 4 gives the month only when the
    article writes no day). None when there is no such dateline or it disagrees with `reference`."""
    if reference is None or reference.count("-") == 2:
        return None
    published = DateValue(value=reference, precision=Precision.MONTH if "-" in reference else Precision.YEAR)
    for text in texts:
        for d in find_dates(text, lang, reference):
            if d.date.precision is not Precision.DAY or d.date.end is not None:
                continue
            if _DATELINE_PLACE.fullmatch(text, 0, d.start) and _DATELINE_AFTER.match(text, d.end):
                return d.date.value if dates_agree(d.date, published) else None
    return None


def _bare_year(found: _Found, text: str, periods: list[tuple[int, int]]) -> bool:
    """A year with no cue of its own ("2022", not "en 2022") and in no period ("au 2e semestre 2022")."""
    if found.kind != "year" or not text[found.start : found.end].isdigit():
        return False
    return not any(start < found.end and found.start < end for start, end in periods)


def resolve_date(text: str, lang: str, published: str | None) -> DateValue | None:
    """The date one expression ("le 21 octobre", "sept.", "next year") stands for, or None."""
    mentions = find_dates(text, lang, published)
    if mentions:
        return max(mentions, key=lambda d: d.end - d.start).date
    g = grammar(lang)
    m = g.bare_month.fullmatch(text)
    return _resolve_month(m, _parse_published(published), g) if m else None


# --- periods ----------------------------------------------------------------------------------


def _year_ref(m: re.Match[str], pub: _Pub | None, g: Grammar, last_month: int) -> int | None:
    ref = _group(m, "yref")
    if ref and ref.isdigit():
        return int(ref)
    if pub is None:
        return None
    if ref:
        key = re.sub(r"\s+", " ", ref.lower().replace("’", "'"))
        return pub.year + g.words.year_refs.get(key, 0)
    return pub.year - 1 if pub.month is not None and last_month > pub.month else pub.year


def _months_period(m: re.Match[str], pub: _Pub | None, g: Grammar, first: int, last: int) -> Period | None:
    year = _year_ref(m, pub, g, first)
    if year is None or not 1 <= first <= last <= 12:
        return None
    return Period(start=f"{year:04d}-{first:02d}", end=f"{year:04d}-{last:02d}")


def _resolve_first_months(m: re.Match[str], pub: _Pub | None, g: Grammar) -> Period | None:
    raw = m.group("n")
    count = int(raw) if raw.isdigit() else g.words.number_words.get(raw.lower(), 0)
    return _months_period(m, pub, g, 1, count) if count else None


def _resolve_part_of_year(m: re.Match[str], pub: _Pub | None, g: Grammar) -> Period | None:
    size = g.words.part_units[m.group("unit").lower()]
    raw = m.group("ord").lower()
    index = int(raw) if raw.isdigit() else g.words.ordinals.get(raw, 0)
    index = 12 // size if index == -1 else index
    if not 1 <= index <= 12 // size:
        return None
    return _months_period(m, pub, g, (index - 1) * size + 1, index * size)


def _resolve_cumulative(m: re.Match[str], pub: _Pub | None, g: Grammar) -> Period | None:
    if pub is None:
        return None
    return Period(start=None, end=f"{pub.year:04d}" + (f"-{pub.month:02d}" if pub.month else ""))


_PERIOD_RESOLVERS: dict[str, _Resolver] = {
    "first_months": _resolve_first_months,
    "part_of_year": _resolve_part_of_year,
    "cumulative": _resolve_cumulative,
    "comparison": lambda m, pub, g: None,
}


def _as_period(found: _Found) -> _Found:
    """A date expression read as a period; days and "mardi" are events, not periods of a figure."""
    value = found.value
    if found.kind in _DAY_KINDS or not isinstance(value, DateValue):
        return found._replace(value=None)
    return found._replace(value=Period(start=value.value, end=value.end or value.value))


def find_periods(text: str, lang: str, published: str | None) -> list[PeriodMention]:
    """Every period expression of `text` ("en 2022", "au premier semestre", "au total"), in order."""
    g, pub = grammar(lang), _parse_published(published)
    found = [_as_period(f) for f in _date_candidates(text, g, pub)]
    for kind, pattern in g.period_rules:
        for m in pattern.finditer(text):
            found.append(_Found(m.start(), m.end(), kind, _PERIOD_RESOLVERS[kind](m, pub, g)))
    return [
        PeriodMention(f.start, f.end, text[f.start : f.end], f.value, cumulative=f.kind == "cumulative")
        for f in _select(found)
        if isinstance(f.value, Period)
    ]


_NUMBER_TOKEN = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")


def _period_near(mentions: list[PeriodMention], text: str, near: int) -> PeriodMention:
    """The period of the figure at `near`: the next one if no number comes first, else the last before."""
    after = [p for p in mentions if p.start >= near]
    if after and len(_NUMBER_TOKEN.findall(text, near, after[0].start)) <= 1:
        return after[0]
    before = [p for p in mentions if p.start < near]
    return before[-1] if before else after[0]


def resolve_period(text: str, lang: str, published: str | None, near: int | None = None) -> Period | None:
    """The period a figure covers ("au cours des huit premiers mois de 2021" -> 2021-01..2021-08).

    Without `near`: the first explicit period of `text`, else a cumulative cue ("au total": start
    None, end the publication month). With `near` (the figure's offset in `text`): the period right
    after the figure unless another number comes between them, else the closest one before it.
    """
    mentions = find_periods(text, lang, published)
    if not mentions:
        return None
    if near is not None:
        return _period_near(mentions, text, near).period
    explicit = [p for p in mentions if not p.cumulative]
    return (explicit or mentions)[0].period


def next_year_if_past(date: DateValue, published: str | None) -> DateValue:
    """A planned date written without a year that falls before publication is next year's."""
    if not published or date.value[:4] != published[:4] or date.value[: len(published)] >= published[: len(date.value)]:
        return date
    return DateValue(
        value=_next_year(date.value), end=_next_year(date.end) if date.end else None, precision=date.precision
    )


def _next_year(value: str) -> str:
    return str(int(value[:4]) + 1) + value[4:]


def _common_parts(*values: str) -> list[list[str]]:
    """Each ISO value ("2021", "2021-10", "2021-10-21") cut to the parts all of them have."""
    n = min(v.count("-") for v in values) + 1
    return [v.split("-")[:n] for v in values]


def dates_agree(a: DateValue | None, b: DateValue | None) -> bool:
    """Two dates that may name the same time: equal at the coarser precision ("2021-10" and "2021-10-21"), one
    within the other's span ("2021-10-21" and "2021-10-20".."2021-10-22"), or either unknown."""
    if a is None or b is None:
        return True
    first, second = _common_parts(a.value, b.value)
    return first == second or _inside(a, b) or _inside(b, a)


def _inside(a: DateValue, b: DateValue) -> bool:
    """`a` starts within the span of `b` (compared at the coarser precision)."""
    if b.end is None:
        return False
    start, first, last = _common_parts(a.value, b.value, b.end)
    return first <= start <= last


def status_by_date(date: DateValue | None, published: str | None) -> EngagementStatus | None:
    """Held when the date ended before publication, planned when it starts after, else undecided (compared at
    the coarser of the date's and the publication's precision)."""
    if date is None or not published:
        return None
    start, end, pub = _common_parts(date.value, date.end or date.value, published)
    if start > pub:
        return EngagementStatus.PLANNED
    if end < pub:
        return EngagementStatus.HELD
    return None
