"""Small deterministic pieces every linker shares: parties as keys, date spans, stable hashes."""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from suivi.errors import InvalidDyad
from suivi.extract.names import fold_name
from suivi.record import DateValue, check_partial_date

_ISO2 = re.compile(r"^[A-Z]{2}$")
#: How far apart two day-precision dates of one event may be (reports disagree by a day or two).
DAY_WINDOW = timedelta(days=3)

#: How long after its announcement an undated plan of a dated article may be held: a mechanism's next
#: round within two years, any other occasion ("will visit", "will meet") within six months.
UNDATED_HORIZON = timedelta(days=2 * 366)
UNDATED_OCCASION_HORIZON = timedelta(days=183)

Span = tuple[date, date]


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """`fold_name`, remembered: a corpus names the same people and mechanisms thousands of times."""
    return fold_name(text)


def is_country(party: str) -> bool:
    """ISO 3166-1 alpha-2 code, as opposed to an organisation acronym (ASEAN, EU, UN)."""
    return bool(_ISO2.match(party))


def parties_key(parties: Iterable[str]) -> str:
    """Sorted, lower-case, hyphen-joined parties: the same string whatever order the text gave."""
    return "-".join(sorted({p.strip().lower() for p in parties if p.strip()}))


def owner_of(parties: Iterable[str], *, multilateral: bool) -> str:
    """Who a mechanism belongs to: the organisation for a multilateral gathering, else the parties."""
    parties = [p.upper() for p in parties]
    organisations = [p for p in parties if not is_country(p)]
    if multilateral and organisations:
        return parties_key(organisations)
    return parties_key(parties)


def parse_dyad(text: str) -> frozenset[str]:
    """ "VN-KH", "kh,vn" or "VN KH" -> {"KH", "VN"}; S501 when fewer than two parties are given."""
    parties = frozenset(p.upper() for p in re.split(r"[\s,;/\-]+", text.strip()) if p)
    if len(parties) < 2:
        raise InvalidDyad(
            f"dyad {text!r} names fewer than two parties; write two codes such as VN-KH",
            detail={"dyad": text},
        )
    return parties


def in_dyad(parties: Iterable[str], dyad: frozenset[str] | None) -> bool:
    """True when `dyad` is None or every party of the dyad takes part."""
    return dyad is None or dyad <= {p.upper() for p in parties}


@lru_cache(maxsize=1 << 16)
def span_of(value: str) -> Span:
    """First and last calendar day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string covers."""
    check_partial_date(value)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(parts[0], parts[1], parts[2])
        return day, day
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def date_span(value: DateValue) -> Span:
    """The days a date (or a range with `end`) covers."""
    start = span_of(value.value)[0]
    end = span_of(value.end or value.value)[1]
    return start, max(start, end)


def shift(day: date, delta: timedelta) -> date:
    """`day + delta`, saturating at the first and last day a date can hold: every date arithmetic of
    linking goes through here, so a valid record dated 0001 or 9999 (or undated) never overflows."""
    if delta >= timedelta(0):
        return day + delta if date.max - day >= delta else date.max
    return day + delta if day - date.min >= -delta else date.min


def spans_meet(a: Span, b: Span, slack: timedelta = DAY_WINDOW) -> bool:
    """True when the two spans overlap once each is widened by `slack` (equal at the coarser precision)."""
    return a[0] <= shift(b[1], slack) and b[0] <= shift(a[1], slack)


def precision_rank(value: DateValue | None) -> int:
    """0 for a day, 1 for a month, 2 for a year, 3 for no date: most precise first when sorted."""
    if value is None:
        return 3
    return {"day": 0, "month": 1, "year": 2}[value.precision.value]


def short_hash(*parts: str) -> str:
    """Eight hex digits of SHA-1 over the parts: stable across runs and machines (unlike hash())."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:8]


def slug(text: str) -> str:
    """Lower-case words joined by hyphens, for readable keys."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def median(values: list[float]) -> float | None:
    """The median, None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
