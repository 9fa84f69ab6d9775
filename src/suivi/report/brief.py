"""The briefing on one pair of parties: what happened, what recurs, what is due, what was promised, all sourced."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from functools import cache
from importlib import resources

from pydantic import BaseModel, Field

from suivi.errors import DyadNotFound
from suivi.folding import strip_accents
from suivi.link.keys import parties_key
from suivi.link.results import Actor, Event, Followup, SeriesTimeline
from suivi.link.views import CommitmentFact, IndicatorFact, Scope, Source, StoreView
from suivi.record import DateValue, Venue
from suivi.store import Store
from suivi.vocab import IndicatorKind, Metric

#: Levels of an engagement, highest first (data/levels.json says which roles give which level).
LEVELS = ("head", "ministerial", "deputy_ministerial", "official", "unknown")
_OPEN, _FULFILLED = ("pending",), ("fulfilled_on_time", "fulfilled_late", "fulfilled_elsewhere")


class Quote(BaseModel):
    """A sentence of a source, cited by its note number."""

    text: str
    note: int


class KindLine(BaseModel):
    """How many events of one kind, per level of the highest participant."""

    kind: str
    levels: dict[str, int]
    total: int


class TimelineEntry(BaseModel):
    """One event of the pair, in time order."""

    event_key: str
    date: DateValue | None
    kind: str
    series: str | None = None
    ordinal: int | None = None
    status: str
    venue: Venue | None = None
    participants: list[str] = Field(default_factory=list)
    notes: list[int] = Field(default_factory=list)


class SeriesBlock(BaseModel):
    """A recurring mechanism with its rounds, gaps and next round expected."""

    key: str
    name: str
    other_names: list[str] = Field(default_factory=list)
    rounds: list[TimelineEntry] = Field(default_factory=list)
    missing_ordinals: list[int] = Field(default_factory=list)
    cadence_days: float | None = None
    next_ordinal: int | None = None
    next_expected: str | None = None  # at the precision the source allows ("2027-06" from a yearly cadence)
    next_expected_source: str | None = None
    next_projected: bool = False  # the date comes from the usual interval ("around June 2027")
    next_overdue: bool = False  # the expected date has passed with no round reported held


class DueItem(BaseModel):
    """Something expected next: an announced round, or the round a mechanism's cadence predicts."""

    event: TimelineEntry
    due: str | None
    status: str  # pending, overdue, or "expected" (from the cadence, not passed yet)
    notes: list[int] = Field(default_factory=list)
    projected: bool = False  # a round the cadence predicts (its date says "around"), overdue or not


class FollowupEntry(BaseModel):
    """An announced engagement or a target and whether it was followed through, with the sentences saying so."""

    subject: str
    group: str  # overdue, open, fulfilled, target
    status: str
    title: str
    event: TimelineEntry | None = None
    due: str | None = None
    held: DateValue | None = None
    target: IndicatorFact | None = None
    quotes: list[Quote] = Field(default_factory=list)


class CommitmentEntry(BaseModel):
    """A commitment made at one round or meeting."""

    kind: str
    text: str
    when: str | None
    occasion: TimelineEntry | None = None
    note: int


class AreaBlock(BaseModel):
    """Commitments of one area across rounds, and whether the thread goes on."""

    area: str
    thread_status: str | None = None
    items: list[CommitmentEntry] = Field(default_factory=list)


class FigureEntry(BaseModel):
    """A figure of the pair (trade, investment, aid...), observed or targeted."""

    metric: str
    kind: str
    value: float
    unit: str
    qualifier: str
    period_start: str | None = None
    period_end: str | None = None
    notes: list[int]


class RoleEntry(BaseModel):
    role: str
    first_seen: str | None = None
    last_seen: str | None = None


class PersonEntry(BaseModel):
    """Someone who took part, with the roles they held then."""

    name: str
    country: str | None
    roles: list[RoleEntry]
    notes: list[int]


class Note(Source):
    """A numbered source: what every note number refers to."""

    number: int


class Briefing(BaseModel):
    """Everything the briefing shows, language-neutral; the renderers put it in words."""

    parties: list[str]
    lang: str
    as_of: str
    since: str | None = None
    until: str | None = None
    kinds: list[KindLine] = Field(default_factory=list)
    latest_rounds: list[TimelineEntry] = Field(default_factory=list)
    due_next: list[DueItem] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    series: list[SeriesBlock] = Field(default_factory=list)
    followups: list[FollowupEntry] = Field(default_factory=list)
    commitments: list[AreaBlock] = Field(default_factory=list)
    figures: list[FigureEntry] = Field(default_factory=list)
    people: list[PersonEntry] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)


# --- levels -----------------------------------------------------------------------------------------


@cache
def _level_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    text = resources.files("suivi.report").joinpath("data/levels.json").read_text(encoding="utf-8")
    return tuple((level, re.compile(pattern)) for level, pattern in json.loads(text)["levels"])


def role_level(role: str | None) -> str:
    """The level a role gives ("Deputy Foreign Minister" -> "deputy_ministerial"); "unknown" for None."""
    if not role:
        return "unknown"
    folded = strip_accents(role).lower()
    return next(level for level, pattern in _level_rules() if pattern.search(folded))


def _highest(levels: Iterable[str]) -> str:
    return min(levels, key=LEVELS.index, default="unknown")


# --- building -----------------------------------------------------------------------------------------


class _Notes:
    """Note numbers of the sources, in order of publication."""

    def __init__(self, sources: dict[str, Source], cited: Iterable[str]) -> None:
        ordered = sorted(set(cited), key=lambda d: (sources[d].published or "9999", d) if d in sources else ("", d))
        self.numbers = {doc_id: i + 1 for i, doc_id in enumerate(ordered)}
        self.notes = [
            Note.model_validate((sources.get(d) or Source(doc_id=d)).model_dump() | {"number": n})
            for d, n in self.numbers.items()
        ]

    def __call__(self, doc_ids: Iterable[str]) -> list[int]:
        return sorted({self.numbers[d] for d in doc_ids if d in self.numbers})


def _series_name(view: StoreView, key: str, lang: str, fallback: list[str]) -> str:
    """The name the series is most often given in articles of the report's language."""
    language = {r.doc_id: r.language for r in view.records}
    names: Counter[str] = Counter()
    for cluster, _ in view.linking.clusters:
        for mention in cluster.members:
            if mention.series_key == key and mention.engagement.series and language.get(mention.doc_id) == lang:
                names[mention.engagement.series.name] += 1
    if names:
        return sorted(names.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0][0]
    return fallback[0] if fallback else key


def _entry(event: Event, notes: _Notes, series_names: dict[str, str]) -> TimelineEntry:
    return TimelineEntry(
        event_key=event.key,
        date=event.date,
        kind=event.kind,
        series=series_names.get(event.series_key or ""),
        ordinal=event.ordinal,
        status=event.status,
        venue=event.venue,
        participants=event.participants,
        notes=notes(m.doc_id for m in event.mentions),
    )


def _kinds(events: list[Event], view: StoreView, scope: Scope) -> list[KindLine]:
    roles: dict[str, list[str | None]] = defaultdict(list)
    for participant in view.participant_table(scope):
        roles[participant.event_key or ""].append(participant.role)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for event in events:
        if event.status == "held":
            counts[event.kind][_highest(role_level(r) for r in roles.get(event.key, []))] += 1
    return [
        KindLine(kind=kind, levels={lvl: c[lvl] for lvl in LEVELS if c[lvl]}, total=sum(c.values()))
        for kind, c in sorted(counts.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    ]


def _series_block(timeline: SeriesTimeline, entries: dict[str, TimelineEntry], name: str) -> SeriesBlock:
    return SeriesBlock(
        key=timeline.key,
        name=name,
        other_names=[n for n in timeline.names if n != name][:3],
        rounds=[entries[r.event_key] for r in timeline.rounds if r.event_key in entries],
        missing_ordinals=timeline.missing_ordinals,
        cadence_days=timeline.cadence_days,
        next_ordinal=timeline.next_ordinal,
        # A date from the cadence is an estimate, at the cadence's precision (a month for a yearly mechanism).
        next_expected=timeline.next_expected,
        next_expected_source=timeline.next_expected_source,
        next_projected="cadence" in (timeline.next_expected_source or ""),
        next_overdue=timeline.next_overdue,
    )


def _target_key(figure: IndicatorFact) -> str:
    amount = f"{figure.value:.3g} {figure.unit.upper()}".replace(" ", "-").lower()
    return f"{parties_key(figure.parties)}-{figure.metric.value}-{amount}"


def _followup(
    item: Followup, notes: _Notes, entries: dict[str, TimelineEntry], targets: dict[str, IndicatorFact]
) -> FollowupEntry | None:
    quotes = [Quote(text=e.sentence, note=n) for e in item.evidence if e.sentence for n in notes([e.doc_id])]
    unique = list({(q.text, q.note): q for q in quotes}.values())
    if item.subject == "target":
        return FollowupEntry(
            subject="target", group="target", status=item.status, title=item.title, due=item.due,
            target=targets.get(item.key), quotes=unique,
        )  # fmt: skip
    if item.subject != "engagement":
        return None
    group = "fulfilled" if item.status in _FULFILLED else "open" if item.status in _OPEN else item.status
    entry = entries.get(item.key)
    held = entry.date if entry and item.status in _FULFILLED else None
    return FollowupEntry(
        subject="engagement", group=group, status=item.status, title=item.title, event=entry, due=item.due,
        held=held, quotes=unique,
    )  # fmt: skip


def _due_next(followups: list[FollowupEntry], series: list[SeriesBlock]) -> list[DueItem]:
    due = [
        DueItem(event=f.event, due=f.due, status=f.status, notes=sorted({q.note for q in f.quotes}))
        for f in followups
        if f.event is not None and f.status in ("pending", "overdue")
    ]
    for block in series:
        if block.next_expected_source == "cadence" and block.next_expected and block.rounds:
            last = block.rounds[-1]
            status = "overdue" if block.next_overdue else "expected"
            expected = last.model_copy(
                update={"event_key": f"{block.key}-next", "ordinal": block.next_ordinal, "date": None,
                        "status": status, "participants": [], "venue": None}
            )  # fmt: skip
            due.append(
                DueItem(event=expected, due=block.next_expected, status=status, notes=last.notes, projected=True)
            )
    return sorted(due, key=lambda d: (d.status != "overdue", d.due or "9999", d.event.event_key))


def _commitments(facts: list[CommitmentFact], entries: dict[str, TimelineEntry], notes: _Notes) -> list[AreaBlock]:
    blocks: dict[str, AreaBlock] = {}
    for fact in sorted(facts, key=lambda f: (f.published or "9999", f.doc_id, f.local_id)):
        area = fact.areas[0].value if fact.areas else "other"
        entry = entries.get(fact.event_key or "")
        when = entry.date.value if entry and entry.date else fact.published
        item = CommitmentEntry(
            kind=fact.kind.value,
            text=fact.text or fact.evidence,
            when=when,
            occasion=entry if entry and entry.series else None,
            note=notes([fact.doc_id])[0],
        )
        blocks.setdefault(area, AreaBlock(area=area)).items.append(item)
    return sorted(blocks.values(), key=lambda b: (-len(b.items), b.area))


def build_briefing(
    store: Store,
    parties: Iterable[str],
    *,
    since: str | None = None,
    until: str | None = None,
    lang: str = "fr",
    as_of: date | None = None,
) -> Briefing:
    """The briefing on `parties` ("VN", "KH") from the store's linked records; S504 if the store has nothing."""
    scope = Scope.of(list(parties), since, until)
    view = StoreView.read(store, as_of)
    return briefing_of(view, scope, lang)


def _nothing_for(scope: Scope) -> DyadNotFound:
    pair = "-".join(sorted(scope.dyad or ()))
    return DyadNotFound(
        f"the store holds no engagement, commitment or figure for {pair}"
        f"{' in the period asked' if scope.since or scope.until else ''}; "
        "check the party codes (`suivi series` lists the pairs) or widen --since/--until",
        detail={"dyad": pair, "since": scope.since, "until": scope.until},
    )


def _cited(
    events: list[Event],
    commitments: list[CommitmentFact],
    figures: list[IndicatorFact],
    people: list[Actor],
    followups: list[Followup],
) -> list[str]:
    """The documents the briefing cites, in the order their notes are numbered."""
    cited = [m.doc_id for e in events for m in e.mentions] + [c.doc_id for c in commitments]
    cited += [f.doc_id for f in figures] + [d for p in people for d in p.sources]
    return cited + [e.doc_id for f in followups if f.subject != "commitment" for e in f.evidence]


def _areas(
    commitments: list[CommitmentFact], entries: dict[str, TimelineEntry], notes: _Notes, followups: list[Followup]
) -> list[AreaBlock]:
    """Commitments by area, each with the status of its commitment thread."""
    threads = {f.key.rsplit("-", 1)[-1]: f.status for f in followups if f.subject == "commitment"}
    areas = _commitments(commitments, entries, notes)
    for block in areas:
        block.thread_status = threads.get(block.area)
    return areas


def _person(actor: Actor, notes: _Notes) -> PersonEntry:
    roles = [RoleEntry(role=t.role, first_seen=t.first_seen, last_seen=t.last_seen) for t in actor.tenures]
    return PersonEntry(name=actor.name, country=actor.country, roles=roles, notes=notes(actor.sources))


def briefing_of(view: StoreView, scope: Scope, lang: str) -> Briefing:
    """The briefing of one scope of an already read store."""
    events = view.event_table(scope).records
    commitments = view.commitment_table(scope).records
    figures = view.indicator_table(scope).records
    if not (events or commitments or figures):
        raise _nothing_for(scope)
    people = view.actor_table(scope).records
    followups = view.followup_table(scope).records
    notes = _Notes(view.sources(), _cited(events, commitments, figures, people, followups))
    timelines = view.series_table(scope).records
    names = {t.key: _series_name(view, t.key, lang, t.names) for t in timelines}
    entries = {e.key: _entry(e, notes, names) for e in events}
    series = [s for s in (_series_block(t, entries, names[t.key]) for t in timelines) if s.rounds]
    targets = {_target_key(f): f for f in figures if f.kind == IndicatorKind.TARGET}
    follow = [f for item in followups if (f := _followup(item, notes, entries, targets)) is not None]
    return Briefing(
        parties=sorted(scope.dyad or ()),
        lang=lang,
        as_of=view.as_of.isoformat(),
        since=scope.since,
        until=scope.until,
        kinds=_kinds(events, view, scope),
        latest_rounds=[next(r for r in reversed(s.rounds) if r.status == "held") for s in series if _held(s)],
        due_next=_due_next(follow, series),
        timeline=[entries[e.key] for e in events],
        series=series,
        followups=sorted(follow, key=lambda f: (f.group, f.due or "9999", f.title)),
        commitments=_areas(commitments, entries, notes, followups),
        figures=_figures(figures, notes),
        people=[_person(p, notes) for p in sorted(people, key=lambda p: (p.country or "", p.name))],
        notes=notes.notes,
    )


def _held(block: SeriesBlock) -> bool:
    return any(r.status == "held" for r in block.rounds)


def _figure_order(fact: IndicatorFact) -> tuple[int, str, str, str]:
    metrics = list(Metric)
    return metrics.index(fact.metric), fact.kind.value, (fact.period.end or "") if fact.period else "", fact.doc_id


def _figures(facts: list[IndicatorFact], notes: _Notes) -> list[FigureEntry]:
    """One entry per distinct figure, with every source that reports it."""
    merged: dict[tuple[object, ...], FigureEntry] = {}
    for fact in sorted(facts, key=_figure_order):
        entry = FigureEntry(
            metric=fact.metric.value,
            kind=fact.kind.value,
            value=fact.value,
            unit=fact.unit,
            qualifier=fact.qualifier.value,
            period_start=fact.period.start if fact.period else None,
            period_end=fact.period.end if fact.period else None,
            notes=notes([fact.doc_id]),
        )
        key = (entry.metric, entry.kind, entry.value, entry.unit, entry.qualifier, entry.period_start, entry.period_end)
        if key in merged:
            merged[key].notes = sorted({*merged[key].notes, *entry.notes})
        else:
            merged[key] = entry
    return list(merged.values())
