"""Two mechanisms under one name: rounds that number the same round at different dates, each date
reported by several articles, are two mechanisms of the same parties (a ministers' and a deputy
ministers' consultation both called "political consultation"), so their rounds are split in two.

Each mechanism meets at its own pace: a round's *phase* (its date minus the mechanism's pace times its
ordinal) is about the same for every round of one mechanism and differs between mechanisms that count
from different starts. The rounds are cut where their phases lie furthest apart until no part numbers a
round twice at different dates; a round that says nothing of its date or ordinal stays with the largest part.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from suivi.link.keys import Span, median, spans_meet

if TYPE_CHECKING:
    from suivi.link.series import Round

#: A round dated more loosely than this does not place its mechanism in time.
_ANCHOR_WIDTH = timedelta(days=366)
#: How many articles must report each of two dates of one round before they are two mechanisms:
#: one misdated report does not split a mechanism.
_SUPPORT = 2
#: How far apart those two dates must be: reports that disagree by weeks disagree on the date, not the round.
_APART = timedelta(days=183)
#: How many rounds away from its mechanism's phase a round out of order must be to stand apart.
_STRAY = 3


def _mid(span: Span) -> float:
    return (span[0].toordinal() + span[1].toordinal()) / 2


def _anchor(item: Round) -> bool:
    """A held round with an ordinal and a date no looser than a year."""
    start, end = item.span
    return item.ordinal is not None and not item.planned and start > date.min and end - start <= _ANCHOR_WIDTH


def _dates_of(rounds: Sequence[Round]) -> list[list[Round]]:
    """Mentions of one ordinal grouped by compatible dates."""
    groups: list[list[Round]] = []
    for item in sorted(rounds, key=lambda r: (r.span, r.ref)):
        group = next((g for g in groups if all(spans_meet(item.span, o.span) for o in g)), None)
        if group is None:
            groups.append([item])
        else:
            group.append(item)
    return groups


def _clashes(anchors: Sequence[Round]) -> bool:
    """True when one ordinal is dated twice, half a year apart or more, each date reported by enough articles."""
    by_ordinal: dict[int, list[Round]] = defaultdict(list)
    for item in anchors:
        by_ordinal[item.ordinal].append(item)  # type: ignore[index]
    for rounds in by_ordinal.values():
        supported = [
            (min(r.span[0] for r in g), max(r.span[1] for r in g))
            for g in _dates_of(rounds)
            if len({r.ref[0] for r in g}) >= _SUPPORT
        ]
        if any(not spans_meet(a, b, _APART) for i, a in enumerate(supported) for b in supported[i + 1 :]):
            return True
    return False


def _any_inversion(anchors: Sequence[Round]) -> bool:
    """Whether some higher round is dated wholly before a lower one (one sweep over the dates)."""
    by_end = sorted(anchors, key=lambda r: r.span[1])
    highest, position = None, 0
    for item in sorted(anchors, key=lambda r: r.span[0]):
        while position < len(by_end) and by_end[position].span[1] < item.span[0]:
            ordinal = by_end[position].ordinal
            highest = ordinal if highest is None else max(highest, ordinal)  # type: ignore[type-var]
            position += 1
        if highest is not None and highest > item.ordinal:  # type: ignore[operator]
            return True
    return False


def _inverted(anchors: Sequence[Round]) -> set[int]:
    """The anchors (by id) in a pair where the higher round is dated wholly before the lower one."""
    found: set[int] = set()
    ordered = sorted(anchors, key=lambda r: (r.span, r.ref))
    for i, early in enumerate(ordered):
        for late in ordered[i + 1 :]:
            if late.span[0] > early.span[1] and late.ordinal < early.ordinal:  # type: ignore[operator]
                found |= {id(early), id(late)}
    return found


def _outliers(anchors: Sequence[Round], pace: float) -> list[Round]:
    """Rounds out of order whose phase is more than `_STRAY` rounds from the mechanism's and whose number
    no other report gives: a gathering numbered in another count ("the 6th international conference"
    among a border conference's rounds). A round other reports date elsewhere is misdated, not apart."""
    inverted = _inverted(anchors)
    if not inverted:
        return []
    phases = {id(r): _mid(r.span) - pace * r.ordinal for r in anchors}  # type: ignore[operator]
    centre = median(list(phases.values())) or 0.0
    counts: dict[int | None, int] = defaultdict(int)
    for item in anchors:
        counts[item.ordinal] += 1
    return [
        r
        for r in anchors
        if id(r) in inverted and counts[r.ordinal] == 1 and abs(phases[id(r)] - centre) > _STRAY * pace
    ]


def _pace(anchors: Sequence[Round]) -> float | None:
    """Median days per round over pairs of dated rounds in order (a later round dated later)."""
    points = sorted({(item.ordinal, _mid(item.span)) for item in anchors})
    gaps = [
        (t2 - t1) / (o2 - o1)  # type: ignore[operator]
        for i, (o1, t1) in enumerate(points)
        for o2, t2 in points[i + 1 :]
        if o2 > o1 and t2 > t1  # type: ignore[operator]
    ]
    return median(gaps)


def _cut(phased: list[tuple[float, Round]]) -> list[list[tuple[float, Round]]]:
    """Cut the rounds (sorted by phase) where the phases lie furthest apart until no part clashes."""
    parts, done = [phased], []
    while parts:
        part = parts.pop()
        if len(part) < 2 or not _clashes([r for _, r in part]):
            done.append(part)
            continue
        gap = max(range(1, len(part)), key=lambda i: (part[i][0] - part[i - 1][0], -i))
        parts += [part[:gap], part[gap:]]
    return sorted(done, key=lambda p: (p[0][0], p[0][1].ref))


def _place(item: Round, parts: list[list[tuple[float, Round]]], pace: float) -> int:
    """The part whose phases are nearest the round's (its span read as a range of phases); the largest
    part for a round without ordinal or date."""
    largest = max(range(len(parts)), key=lambda i: (len(parts[i]), -i))
    if item.ordinal is None or item.span[0] == date.min or item.span[1] == date.max:
        return largest
    low = item.span[0].toordinal() - pace * item.ordinal
    high = item.span[1].toordinal() - pace * item.ordinal

    def distance(index: int) -> float:
        phase = median([p for p, _ in parts[index]]) or 0.0
        return max(low - phase, phase - high, 0.0)

    return min(range(len(parts)), key=lambda i: (distance(i), i != largest, i))


def split_chains(rounds: list[Round]) -> list[list[Round]]:
    """The rounds of one mechanism name, split into the mechanisms they count (usually one)."""
    anchors = [r for r in rounds if _anchor(r)]
    clash = _clashes(anchors)
    if not clash and not _any_inversion(anchors):
        return [rounds]
    pace = _pace(anchors)
    if not pace:
        return [rounds]
    if not clash:
        strays = {id(r) for r in _outliers(anchors, pace)}
        rest = [r for r in rounds if id(r) not in strays]
        return [rest] + [[r] for r in rounds if id(r) in strays] if strays and rest else [rounds]
    phased = sorted(((_mid(r.span) - pace * r.ordinal, r) for r in anchors), key=lambda x: (x[0], x[1].ref))  # type: ignore[operator]
    parts = _cut(phased)
    members: list[list[Round]] = [[r for _, r in part] for part in parts]
    anchored = {id(r) for r in anchors}
    for item in rounds:
        if id(item) not in anchored:
            members[_place(item, parts, pace)].append(item)
    return [sorted(m, key=lambda r: r.ref) for m in members if m]
