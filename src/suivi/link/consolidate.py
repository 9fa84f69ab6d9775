"""Consolidated views: one Event per cluster of mentions, one timeline per series."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from itertools import combinations, pairwise

from suivi.link.events import Cluster, Mention
from suivi.link.keys import DAY_WINDOW, date_span, fold, median, shift, spans_meet
from suivi.link.results import Event, EventMention, SeriesRound, SeriesSummary, SeriesTimeline
from suivi.link.series import classify, generic_families, is_mechanism_type
from suivi.record import DateValue, Venue
from suivi.vocab import EngagementKind, EngagementStatus, Precision


def _status(cluster: Cluster) -> str:
    statuses = {m.engagement.status for m in cluster.members}
    for status in (EngagementStatus.HELD, EngagementStatus.CANCELLED, EngagementStatus.POSTPONED):
        if status in statuses:
            return status.value
    return EngagementStatus.PLANNED.value


def _venue(cluster: Cluster) -> Venue | None:
    """The held mention's venue with the most detail, else an announced one."""
    venues = [(m.held, bool(v.place), bool(v.country), m.ref, v) for m in cluster.members if (v := m.engagement.venue)]
    return max(venues, key=lambda item: item[:4])[4] if venues else None


def _participants(cluster: Cluster) -> list[str]:
    names: dict[str, str] = {}
    for mention in cluster.members:
        for participant in mention.engagement.participants:
            names.setdefault(fold(participant.name), participant.name)
    return sorted(names.values())


def _date_conflicts(held: list[Mention]) -> list[str]:
    conflicts = []
    dated = sorted((m.ref, m.doc_id, d) for m in held if (d := m.engagement.date) is not None)
    for (_, doc_a, da), (_, doc_b, db) in combinations(dated, 2):
        slack = DAY_WINDOW if da.precision == db.precision == Precision.DAY else timedelta(0)
        if not spans_meet(date_span(da), date_span(db), slack):
            conflicts.append(f"dates differ: {da.value} ({doc_a}) vs {db.value} ({doc_b})")
    return conflicts


def conflicts_of(cluster: Cluster) -> list[str]:
    """Where the sources of one event disagree: held dates, ordinals, venues."""
    held = [m for m in cluster.members if m.held]
    conflicts = _date_conflicts(held)
    ordinals = sorted({m.ordinal for m in cluster.members if m.ordinal is not None})
    if len(ordinals) > 1:
        conflicts.append(f"ordinals differ: {', '.join(map(str, ordinals))}")
    countries = sorted({m.venue_country for m in held if m.venue_country})
    if len(countries) > 1:
        conflicts.append(f"venues differ: {', '.join(countries)}")
    return conflicts


def _series_name(cluster: Cluster) -> str | None:
    """The name the sources give the mechanism most often (the longest on a tie), None when none does."""
    names = [m.engagement.series.name for m in cluster.members if m.engagement.series and m.engagement.series.name]
    return max(sorted(set(names)), key=lambda n: (names.count(n), len(n))) if names else None


def describe(cluster: Cluster, venue: Venue | None) -> str:
    """The event in one line: kind, mechanism and round, parties, place, date."""
    what = cluster.first.engagement.kind.value.replace("_", " ")
    name = _series_name(cluster)
    if name:
        what += f": {name}" + (f", round {cluster.ordinal}" if cluster.ordinal is not None else "")
    place = ", ".join(p for p in (venue.place, venue.country) if p) if venue else ""
    when = cluster.date.value if cluster.date else "undated"
    return " — ".join(part for part in (what, "-".join(sorted(cluster.parties)), place, when) if part)


def build_event(cluster: Cluster, key: str) -> Event:
    """The event a cluster of mentions reports, with its sources and consolidated facts."""
    members = sorted(cluster.members, key=lambda m: (m.published or "", m.ref))
    venue = _venue(cluster)
    return Event(
        key=key,
        kind=cluster.first.engagement.kind.value,
        parties=sorted(cluster.parties),
        series_key=cluster.series_key,
        ordinal=cluster.ordinal,
        status=_status(cluster),
        date=cluster.date,
        venue=venue,
        participants=_participants(cluster),
        mentions=[
            EventMention(
                doc_id=m.doc_id,
                engagement_id=m.ref[1],
                status=m.engagement.status.value,
                date=m.engagement.date.value if m.engagement.date else None,
                published=m.published,
                evidence=m.engagement.evidence,
            )
            for m in members
        ],
        conflicts=conflicts_of(cluster),
        description=describe(cluster, venue),
        corrections=sorted(
            {i for m in cluster.members for i in (m.engagement.model_extra or {}).get("corrections", [])}
        ),
    )


def _round(event: Event) -> SeriesRound:
    return SeriesRound(
        ordinal=event.ordinal,
        date=event.date,
        status=event.status,
        venue=event.venue,
        event_key=event.key,
        sources=sorted({m.doc_id for m in event.mentions}),
        corrections=event.corrections,
    )


def _position(event: Event, numbered: list[Event]) -> float:
    """Where a round sits: its ordinal, or just after the last numbered round dated before it."""
    if event.ordinal is not None:
        return float(event.ordinal)
    if event.date is None:
        return float("inf")
    start = date_span(event.date)[0]
    before = [e.ordinal for e in numbered if e.date and date_span(e.date)[0] <= start and e.ordinal is not None]
    return max(before, default=0) + 0.5


def _cadence(rounds: list[SeriesRound]) -> float | None:
    """Median days per round between consecutive held, dated rounds."""
    held = [r for r in rounds if r.status == "held" and r.date is not None]
    gaps = []
    for a, b in pairwise(held):
        steps = (b.ordinal - a.ordinal) if a.ordinal is not None and b.ordinal is not None else 1
        days = (date_span(b.date)[0] - date_span(a.date)[0]).days  # type: ignore[arg-type]
        if steps > 0 and days > 0:
            gaps.append(days / steps)
    return median(gaps)


#: A cadence of at least this many days projects a month, not a day ("around June 2027").
_MONTHLY_CADENCE = 60
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


def projected(last: DateValue, cadence: float) -> DateValue:
    """The date the cadence predicts after `last`, no more precise than the cadence and the last date allow:
    a yearly mechanism last met on 2026-06-22 is next expected around 2027-06, not on 2027-06-22."""
    day = shift(date_span(last)[0], timedelta(days=round(cadence)))
    if last.precision == Precision.YEAR:
        return DateValue(value=f"{day.year:04d}", precision=Precision.YEAR)
    if last.precision == Precision.MONTH or cadence >= _MONTHLY_CADENCE:
        return DateValue(value=f"{day.year:04d}-{day.month:02d}", precision=Precision.MONTH)
    return DateValue(value=day.isoformat(), precision=Precision.DAY)


def around(value: DateValue) -> str:
    """ "around June 2027", "around 2027", "around 2027-06-22": a projection said as one."""
    parts = value.value.split("-")
    if value.precision == Precision.MONTH:
        return f"around {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return f"around {value.value}"


def _next_round(rounds: list[SeriesRound], cadence: float | None) -> tuple[int | None, DateValue | None, str | None]:
    """The round announced after the last one held, else the one the cadence predicts."""
    held = [r for r in rounds if r.status == "held"]
    last_ordinal = max((r.ordinal for r in held if r.ordinal is not None), default=None)
    next_ordinal = last_ordinal + 1 if last_ordinal is not None else None
    after_last_held = rounds.index(held[-1]) + 1 if held else 0
    announced = [r for r in rounds[after_last_held:] if r.status == "planned"]
    if announced and announced[0].date is not None:
        return announced[0].ordinal or next_ordinal, announced[0].date, "announced"
    dated = [r for r in held if r.date is not None]
    if cadence is None or not dated:
        return next_ordinal, None, "announced" if announced else None
    expected = projected(dated[-1].date, cadence)  # type: ignore[arg-type]
    return next_ordinal, expected, "announced, date from cadence" if announced else "cadence"


def is_mechanism(key: str, names: list[str]) -> bool:
    """False for a series of anniversaries or festivals: they recur by the calendar, not as a mechanism."""
    mechanisms = [is_mechanism_type(classify(name, EngagementKind.OTHER).type) for name in names]
    return (
        all(mechanisms) if mechanisms else not any(word in key for word in ("anniversary", "national-day", "festival"))
    )


def _one_off(rounds: list[SeriesRound], names: list[str]) -> bool:
    """A forum, conference or meeting seen once and never numbered: an occasion, not (yet) a mechanism."""
    if len(rounds) != 1 or rounds[0].ordinal is not None:
        return False
    mechanism = classify(names[0] if names else None, EngagementKind.OTHER)
    return mechanism.family in generic_families()


def series_timeline(key: str, events: Iterable[Event], names: list[str], as_of: date | None = None) -> SeriesTimeline:
    """The rounds of a series in order, with the missing ordinals, cadence and next expected round."""
    events = [e for e in events if e.series_key == key]
    numbered = [e for e in events if e.ordinal is not None]
    ordered = sorted(events, key=lambda e: (_position(e, numbered), e.date.value if e.date else "", e.key))
    rounds = [_round(e) for e in ordered]
    ordinals = {r.ordinal for r in rounds if r.ordinal is not None}
    missing = sorted(set(range(min(ordinals), max(ordinals) + 1)) - ordinals) if ordinals else []
    cadence = _cadence(rounds)
    next_ordinal, next_date, source = _next_round(rounds, cadence)
    overdue = next_date is not None and date_span(next_date)[1] < as_of if as_of is not None else False
    return SeriesTimeline(
        key=key,
        parties=sorted({p for e in events for p in e.parties}),
        names=names,
        rounds=rounds,
        missing_ordinals=missing,
        cadence_days=round(cadence, 1) if cadence is not None else None,
        next_ordinal=next_ordinal,
        next_expected=next_date.value if next_date else None,
        next_expected_precision=next_date.precision.value if next_date else None,
        next_expected_text=(around(next_date) if source and "cadence" in source else next_date.value)
        if next_date
        else None,
        next_expected_source=source,
        next_overdue=overdue,
        mechanism=is_mechanism(key, names) and not _one_off(rounds, names),
        corrections=sorted({i for r in rounds for i in r.corrections}),
    )


def series_summary(timeline: SeriesTimeline) -> SeriesSummary:
    """A timeline in one line."""
    dates = sorted(r.date.value for r in timeline.rounds if r.date is not None)
    ordinals = [r.ordinal for r in timeline.rounds if r.ordinal is not None and r.status == "held"]
    return SeriesSummary(
        key=timeline.key,
        parties=timeline.parties,
        names=timeline.names,
        rounds=len(timeline.rounds),
        last_ordinal=max(ordinals, default=None),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        next_ordinal=timeline.next_ordinal,
        next_expected_text=timeline.next_expected_text,
        next_overdue=timeline.next_overdue,
        corrections=timeline.corrections,
    )
