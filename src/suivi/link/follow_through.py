"""Follow-through: announced engagements against held ones, commitment threads, targets against figures."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

from suivi.extract.countries import find_countries
from suivi.extract.names import names_match
from suivi.link.events import Cluster, Mention
from suivi.link.keys import DAY_WINDOW, date_span, fold, parties_key, precision_rank, shift, span_of
from suivi.link.results import Evidence, Followup
from suivi.record import Commitment, DateValue, DocumentRecord, Indicator
from suivi.vocab import CommitmentKind, EngagementStatus, IndicatorKind, Precision, Qualifier

#: A commitment thread not mentioned for this long before the reference date is "silent".
SILENCE = timedelta(days=2 * 365)
#: Days after an announced engagement's date (at its precision) before it turns overdue, unless the
#: `followup_grace_days` setting says otherwise.
DEFAULT_GRACE = timedelta(days=30)
#: How long after its announcement an undated plan may be found held in another event: a mechanism's
#: next round within two years, any other occasion ("will visit", "will meet") within six months.
UNDATED_HORIZON = timedelta(days=2 * 366)
UNDATED_OCCASION_HORIZON = timedelta(days=183)
_FUTURE = re.compile(r"\b(will|shall|should|must|to be|sera|seront|devra|devront|doit|doivent)\b")
ENGAGEMENT_STATUSES = (
    "fulfilled_on_time",
    "fulfilled_late",
    "fulfilled_elsewhere",
    "pending",
    "overdue",
    "cancelled",
    "postponed",
)
COMMITMENT_STATUSES = ("made", "repeated", "reported_done", "silent")
TARGET_STATUSES = ("met", "not_met", "pending", "unreported")


@cache
def _done_cues() -> re.Pattern[str]:
    text = resources.files("suivi.link").joinpath("data/follow_through.json").read_text(encoding="utf-8")
    return re.compile("|".join(json.loads(text)["done_cues"]))


def _evidence(mention: Mention) -> Evidence:
    return Evidence(doc_id=mention.doc_id, sentence=mention.engagement.evidence, published=mention.published)


def _announcement(planned: list[Mention]) -> Mention:
    """The first announcement (earliest published, then most precise date) sets what was promised."""
    return min(planned, key=lambda m: (m.published or "9999", precision_rank(m.engagement.date), m.ref))


def _due(announced: DateValue | None) -> date | None:
    """The last day the announced date allows (a few days' grace for a precise day)."""
    if announced is None:
        return None
    last = date_span(announced)[1]
    return shift(last, DAY_WINDOW) if announced.precision == Precision.DAY else last


def _venue_moved(announced: Mention, held: Mention) -> bool:
    planned_venue, held_venue = announced.engagement.venue, held.engagement.venue
    if planned_venue is None or held_venue is None:
        return False
    if planned_venue.country and held_venue.country and planned_venue.country != held_venue.country:
        return True
    if (
        planned_venue.place
        and held_venue.place
        and not (_names_country(planned_venue.place) or _names_country(held_venue.place))
    ):
        return not names_match(planned_venue.place, held_venue.place)
    return False


@cache
def _names_country(place: str) -> bool:
    """True when a venue's "place" is a country's own name ("au Laos"): it says no city to move from."""
    return any(m.via == "name" for lang in ("fr", "en") for m in find_countries(place, lang))


def _title(cluster: Cluster, event_key: str) -> str:
    engagement = cluster.first.engagement
    parties = "-".join(sorted(cluster.parties))
    if engagement.series is not None:
        ordinal = f", round {cluster.ordinal}" if cluster.ordinal is not None else ""
        return f"{engagement.series.name}{ordinal} ({parties})"
    when = cluster.date.value if cluster.date else "undated"  # the key stays in Followup.key (--json)
    return f"{engagement.kind.value.replace('_', ' ')} {parties}, {when}"


def _held_status(cluster: Cluster, announced: Mention, held: list[Mention]) -> tuple[str, str]:
    best = min(held, key=lambda m: (precision_rank(m.engagement.date), m.ref))
    due = _due(announced.engagement.date)
    when = best.engagement.date.value if best.engagement.date else "an unknown date"
    held_date = cluster.date if cluster.date_held else best.engagement.date
    if held_date is not None and held_date.precision != Precision.DAY and best.published == held_date.value:
        held_date = None  # dated only to the reporting article's month: says "by then", not "late"
    if due is not None and held_date is not None and date_span(held_date)[0] > due:
        return "fulfilled_late", f"announced for {announced.engagement.date.value}, held {when}"  # type: ignore[union-attr]
    if _venue_moved(announced, best):
        return "fulfilled_elsewhere", f"held {when} at another venue than announced"
    return "fulfilled_on_time", f"held {when}"


def _later_round(cluster: Cluster, held_rounds: dict[str, int]) -> str:
    series_key, ordinal = cluster.series_key, cluster.ordinal
    if series_key and ordinal is not None and held_rounds.get(series_key, -1) > ordinal:
        return f"; a later round ({held_rounds[series_key]}) was reported held"
    return ""


def is_plan(mention: Mention) -> bool:
    """An announcement is a plan when it is dated on or after the day its article appeared (or undated):
    a "planned" mention dated before its publication reports a past event, not a promise."""
    if mention.engagement.status == EngagementStatus.HELD:
        return False
    date_value, published = mention.engagement.date, mention.published
    if date_value is None or published is None:
        return True
    return date_span(date_value)[1] >= span_of(published)[0]


@dataclass
class _HeldIndex:
    """Held mentions of the whole store by owner, to find an announced event reported held elsewhere."""

    by_owner: dict[str, list[tuple[Cluster, Mention]]]

    @classmethod
    def of(cls, clusters: Iterable[Cluster]) -> _HeldIndex:
        table: dict[str, list[tuple[Cluster, Mention]]] = defaultdict(list)
        for cluster in clusters:
            for mention in cluster.members:
                if mention.held:
                    table[mention.owner].append((cluster, mention))
        return cls(table)

    def find(self, cluster: Cluster, announced: Mention, due: date | None, grace: timedelta) -> Mention | None:
        """The held mention (of another event) that reports the announced one, None unless exactly one
        fits; a held report dated within the announcement's window beats undated ones."""
        dated: dict[int, Mention] = {}
        undated: dict[int, Mention] = {}
        window = _window(announced, due, grace)
        for other, mention in self.by_owner.get(announced.owner, []):
            if other is not cluster and _reports(announced, mention, window):
                (dated if mention.engagement.date is not None else undated)[id(other)] = mention
        fits = dated or undated
        return next(iter(fits.values())) if len(fits) == 1 else None


def _horizon(announced: Mention) -> date:
    """When an undated plan of a dated article is due: a mechanism's next round within two years of the
    article, any other occasion ("will visit", "will meet") within six months."""
    horizon = UNDATED_HORIZON if announced.series_key else UNDATED_OCCASION_HORIZON
    return shift(span_of(announced.published or "")[1], horizon)


def _window(announced: Mention, due: date | None, grace: timedelta) -> tuple[date, date] | None:
    """When the announced event may have been held: from its announcement to its due day plus grace."""
    start = span_of(announced.published)[0] if announced.published else None
    if announced.engagement.date is not None:
        start = (
            date_span(announced.engagement.date)[0]
            if start is None
            else min(start, date_span(announced.engagement.date)[0])
        )
    if start is None:
        return None
    horizon = UNDATED_HORIZON if announced.series_key else UNDATED_OCCASION_HORIZON
    end = shift(due, grace) if due is not None else shift(start, horizon)
    return start, end


def _reports(announced: Mention, held: Mention, window: tuple[date, date] | None) -> bool:
    """Same parties, kind (or series and round), people and time: the held mention reports the plan."""
    plan, done = announced.engagement, held.engagement
    same_round = announced.series_key is not None and announced.series_key == held.series_key
    if same_round and announced.ordinal is not None and held.ordinal is not None:
        same_round = announced.ordinal == held.ordinal
    if not same_round and plan.kind != done.kind:
        return False
    if {p.upper() for p in plan.parties} != {p.upper() for p in done.parties}:
        return False
    names, others = [fold(p.name) for p in plan.participants], [fold(p.name) for p in done.participants]
    if names and others and not any(names_match(a, b) for a in names for b in others):
        return False
    if held.doc_id == announced.doc_id:
        return False  # an article that announces the next round reports the last one, not the next
    countries = {v.country.upper() for v in (plan.venue, done.venue) if v and v.country}
    if len(countries) > 1 and plan.venue and done.venue and plan.venue.country and done.venue.country:
        return False  # a visit to one country is not the visit to the other
    if done.date is None:
        # Nothing dates the held report: the same people on the same kind of occasion is all there is,
        # and `find` still wants it to be the only such report of the owner.
        return not same_round and bool(names and others)
    if window is None:
        return False
    held_span = date_span(done.date)
    if not (held_span[0] <= window[1] and held_span[1] >= window[0]):
        return False
    if names and others:
        return True
    # Only the series vouches for it: the round must be held after the article announcing it appeared.
    published = span_of(announced.published)[1] if announced.published else None
    return same_round and (published is None or held_span[0] > published)


def engagement_followups(
    clusters: Iterable[tuple[Cluster, str]],
    as_of: date,
    held_rounds: dict[str, int],
    grace: timedelta = DEFAULT_GRACE,
) -> list[Followup]:
    """One follow-up per announced event: fulfilled (on time, late, elsewhere) when a held mention of it
    is anywhere in the store, cancelled or postponed when reported so, pending until its date (at its
    precision) has passed, overdue once the grace period after it has passed too."""
    clusters = list(clusters)
    index = _HeldIndex.of(cluster for cluster, _ in clusters)
    followups = []
    for cluster, key in clusters:
        planned = [m for m in cluster.members if is_plan(m)]
        if not planned:
            continue
        held = [m for m in cluster.members if m.held]
        announced = _announcement(planned)
        due = _due(announced.engagement.date)
        elsewhere = None if held else index.find(cluster, announced, due, grace)
        if due is None and announced.published:
            due = _horizon(announced)
        statuses = {m.engagement.status for m in planned}
        if held:
            status, detail = _held_status(cluster, announced, held)
        elif elsewhere is not None:
            status, detail = _held_status(cluster, announced, [elsewhere])
            detail += f" (reported in {elsewhere.doc_id})"
        elif EngagementStatus.CANCELLED in statuses:
            status, detail = "cancelled", "reported cancelled"
        elif EngagementStatus.POSTPONED in statuses:
            status, detail = "postponed", "reported postponed"
        elif due is not None and shift(due, grace) < as_of:
            status = "overdue"
            detail = f"due by {due.isoformat()}, no report of it held{_later_round(cluster, held_rounds)}"
        elif due is not None and due < as_of:
            status, detail = "pending", f"due by {due.isoformat()}; within the {grace.days}-day grace period"
        else:
            status, detail = "pending", f"due by {due.isoformat()}" if due else "announced without a date"
        if announced.engagement.date is None and due is not None:
            detail += " (announced without a date: due at the horizon after the article)"
        members = [*cluster.members, *([elsewhere] if elsewhere is not None else [])]
        followups.append(
            Followup(
                subject="engagement",
                key=key,
                parties=sorted(cluster.parties),
                status=status,
                title=_title(cluster, key),
                due=announced.engagement.date.value if announced.engagement.date else None,
                detail=detail,
                refs=sorted(m.ref for m in cluster.members),
                evidence=[_evidence(m) for m in sorted(members, key=lambda m: (m.published or "", m.ref))],
            )
        )
    return followups


# --- commitments ----------------------------------------------------------------------------


def _reports_done(commitment: Commitment) -> bool:
    text = fold(commitment.text or commitment.evidence)
    return bool(_done_cues().search(text)) and not _FUTURE.search(text)


def _thread_status(items: list[tuple[str, Commitment]], as_of: date) -> tuple[str, str]:
    first_published, first = items[0]
    for published, commitment in items:
        # Signing what an earlier article only agreed or proposed is the promise kept.
        signed_later = (
            commitment.kind == CommitmentKind.SIGNED
            and first.kind != CommitmentKind.SIGNED
            and published > first_published
        )
        if _reports_done(commitment) or signed_later:
            return "reported_done", f"reported done in {published or 'an undated article'}"
    last = items[-1][0]
    if last and shift(span_of(last)[1], SILENCE) < as_of:
        return "silent", f"silent since {last}"
    docs = len({published for published, _ in items})
    return ("repeated", f"repeated {docs - 1} time(s)") if docs > 1 else ("made", "made once")


def _thread_parties(record: DocumentRecord, commitment: Commitment) -> str:
    """The dyad a commitment belongs to: its engagement's parties when one party alone commits."""
    if len(commitment.parties) >= 2:
        return parties_key(commitment.parties)
    engagement = next((e for e in record.engagements if e.id == commitment.engagement), None)
    if engagement is not None and len(engagement.parties) >= 2:
        return parties_key(engagement.parties)
    parties = {p for e in record.engagements for p in e.parties}
    return parties_key(parties if len(parties) == 2 else commitment.parties)


def commitment_followups(records: Iterable[DocumentRecord], as_of: date) -> list[Followup]:
    """Commitments threaded by dyad and area across time: made, repeated, reported done, silent."""
    threads: dict[tuple[str, str], list[tuple[str, str, Commitment]]] = defaultdict(list)
    for record in records:
        for commitment in record.commitments:
            for area_name in {a.value for a in commitment.areas}:
                dyad = _thread_parties(record, commitment)
                threads[dyad, area_name].append((record.published or "", record.doc_id, commitment))
    followups = []
    for (dyad, area), entries in sorted(threads.items()):
        entries.sort(key=lambda e: (e[0], e[1]))
        status, detail = _thread_status([(p, c) for p, _, c in entries], as_of)
        followups.append(
            Followup(
                subject="commitment",
                key=f"{dyad}-{area}",
                parties=dyad.upper().split("-"),
                status=status,
                title=f"{area} commitments {dyad.upper()}: first made {entries[0][0] or 'undated'}",
                due=min((c.deadline.value for _, _, c in entries if c.deadline), default=None),
                detail=detail,
                evidence=[
                    Evidence(doc_id=d, sentence=c.evidence or c.text, published=p or None) for p, d, c in entries
                ],
            )
        )
    return followups


# --- targets --------------------------------------------------------------------------------


def _targets(record: DocumentRecord) -> list[tuple[Indicator, str | None, str]]:
    """(target, deadline, sentence) set by the record, once each even when a commitment repeats it."""
    found: dict[tuple[str, str, str], tuple[Indicator, str | None, str]] = {}
    for commitment in record.commitments:
        if commitment.target is not None:
            deadline = commitment.deadline.value if commitment.deadline else None
            key = _target_id(commitment.target)
            found[key] = (commitment.target, deadline, commitment.evidence or commitment.text)
    for indicator in record.indicators:
        if indicator.kind == IndicatorKind.TARGET and _target_id(indicator) not in found:
            deadline = indicator.period.end if indicator.period else None
            found[_target_id(indicator)] = (indicator, deadline, indicator.evidence)
    return list(found.values())


#: A figure about a province, a border area or a city, not the whole country ("border trade of Tay Ninh").
_SUBNATIONAL = re.compile(
    r"\b(provinc\w*|border (trade|gate|area|localit\w*)|commerce frontalier|echanges? frontaliers?|localit\w*|"
    r"municipal\w*|city|ville|tinh|thanh pho|district)\b"
)
#: Scale words after a number, in the languages of the corpus: "US$20 bln", "10 milliards", "20 tỷ".
_SCALES = {
    "thousand": 1e3, "mille": 1e3, "nghin": 1e3, "ngan": 1e3,
    "mln": 1e6, "million": 1e6, "millions": 1e6, "m": 1e6, "trieu": 1e6,
    "bln": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9, "ty": 1e9, "ti": 1e9,
    "trillion": 1e12, "trillions": 1e12,
}  # fmt: skip
_SCALED = re.compile(r"(\d+(?:[.,]\d+)?)\s*(" + "|".join(sorted(_SCALES, key=len, reverse=True)) + r")\b")


def scope_of(indicator: Indicator) -> str:
    """ "provincial" when the figure's sentence is about a province, border area or city, else "national"."""
    return "provincial" if _SUBNATIONAL.search(fold(indicator.evidence)) else "national"


def amount_of(indicator: Indicator) -> float:
    """The indicator's value with the scale word its sentence writes after it ("US$20 bln" is 2e10, not 20)
    when the value was read without it; percentages and counts are left as they are."""
    if indicator.unit.lower() in {"percent", "%"} or indicator.value >= 1e5:
        return indicator.value
    for match in _SCALED.finditer(fold(indicator.evidence)):
        number = float(match.group(1).replace(",", "."))
        if abs(number - indicator.value) < 1e-9 * max(1.0, number):
            return indicator.value * _SCALES[match.group(2)]
    return indicator.value


def _scoped_metric(indicator: Indicator) -> str:
    """The metric, marked when the figure is provincial: a province's trade is not the country's."""
    scope = scope_of(indicator)
    return indicator.metric.value if scope == "national" else f"{indicator.metric.value}-{scope}"


def _target_id(indicator: Indicator) -> tuple[str, str, str]:
    return (
        parties_key(indicator.parties),
        _scoped_metric(indicator),
        f"{amount_of(indicator):.3g} {indicator.unit.upper()}",
    )


def _observations(records: list[DocumentRecord]) -> dict[tuple[str, str, str], list[tuple[str, Indicator]]]:
    """Observed figures by dyad, metric with scope (national or provincial) and unit: like with like."""
    table: dict[tuple[str, str, str], list[tuple[str, Indicator]]] = defaultdict(list)
    for record in records:
        for indicator in record.indicators:
            if indicator.kind == IndicatorKind.OBSERVED and indicator.qualifier != Qualifier.LESS_THAN:
                key = (parties_key(indicator.parties), _scoped_metric(indicator), indicator.unit.upper())
                table[key].append((record.doc_id, indicator))
    return table


@dataclass(frozen=True)
class _Figure:
    """An observed figure with the period it covers."""

    doc_id: str
    indicator: Indicator
    start: str | None
    end: str

    def describe(self) -> str:
        return f"{amount_of(self.indicator):.4g} {self.indicator.unit} observed for {self.end}"


def _figures(observed: list[tuple[str, Indicator]]) -> list[_Figure]:
    figures = [
        _Figure(doc_id, indicator, indicator.period.start, indicator.period.end)
        for doc_id, indicator in observed
        if indicator.period is not None and indicator.period.end
    ]
    return sorted(figures, key=lambda f: (f.end, f.doc_id))


def _target_status(
    target: Indicator, deadline: str | None, observed: list[tuple[str, Indicator]], as_of: date
) -> tuple[str, str, list[str]]:
    due = span_of(deadline)[1] if deadline else None
    figures = _figures(observed)
    for figure in figures:
        if amount_of(figure.indicator) >= amount_of(target) and (due is None or span_of(figure.end)[1] <= due):
            return "met", figure.describe(), [figure.doc_id]
    year = deadline[:4] if deadline else None
    for figure in figures:
        # Only a figure for the whole target year settles "not met"; a part of the year does not.
        if year and figure.end == year and (figure.start or "")[:4] == year:
            return "not_met", figure.describe(), [figure.doc_id]
    if due is None or due >= as_of:
        latest = f"; latest {figures[-1].describe()}" if figures else ""
        return "pending", f"due {deadline or 'with no deadline'}{latest}", [f.doc_id for f in figures[-1:]]
    return "unreported", f"due {deadline}; no figure for it in the corpus", []


def target_followups(records: Iterable[DocumentRecord], as_of: date) -> list[Followup]:
    """Targets of a dyad and metric against the figures observed later: met, not met, pending, unreported."""
    records = list(records)
    observations = _observations(records)
    grouped: dict[tuple[str, str, str], list[tuple[str, Indicator, str | None, str]]] = defaultdict(list)
    for record in sorted(records, key=lambda r: (r.published or "9999", r.doc_id)):
        for target, deadline, sentence in _targets(record):
            grouped[_target_id(target)].append((record.doc_id, target, deadline, sentence))
    followups = []
    for (dyad, metric, amount), sets in sorted(grouped.items()):
        target = sets[0][1]
        deadline = next((d for _, _, d, _ in sets if d), None)
        observed = observations.get((dyad, metric, target.unit.upper()), [])
        status, detail, seen_in = _target_status(target, deadline, observed, as_of)
        evidence = [Evidence(doc_id=d, sentence=s) for d, _, _, s in sets]
        by_doc = {d: i for d, i in observed}
        evidence += [Evidence(doc_id=d, sentence=by_doc[d].evidence) for d in seen_in]
        followups.append(
            Followup(
                subject="target",
                key=f"{dyad}-{metric}-{amount.replace(' ', '-').lower()}",
                parties=dyad.upper().split("-"),
                status=status,
                title=f"{metric} {dyad.upper()}: {amount}" + (f" by {deadline}" if deadline else ""),
                due=deadline,
                detail=detail,
                evidence=evidence,
            )
        )
    return followups
