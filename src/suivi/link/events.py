"""Event keys: every mention of one real-world event, across outlets and languages, shares one key."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from suivi.errors import SuiviError
from suivi.extract.cues import cue
from suivi.extract.names import names_match
from suivi.link.keys import (
    DAY_WINDOW,
    UNDATED_HORIZON,
    UNDATED_OCCASION_HORIZON,
    Span,
    date_span,
    fold,
    owner_of,
    precision_rank,
    shift,
    short_hash,
    slug,
    span_of,
    spans_meet,
)
from suivi.link.series import Ref, round_ordinal
from suivi.record import DateValue, DocumentRecord, Engagement
from suivi.vocab import EngagementKind, EngagementStatus, Precision

_MECHANISMS = frozenset({EngagementKind.CONSULTATION, EngagementKind.JOINT_COMMITTEE})


@dataclass(frozen=True)
class Mention:
    """One engagement of one document, with what event identity needs."""

    ref: Ref
    engagement: Engagement
    published: str | None
    owner: str
    series_key: str | None
    #: The round an unnumbered planned mention must be: the one after the round its article reports held.
    #: It only lets the mention join that round when another article numbers it (`_seed_rounds`).
    next_round: int | None = None
    #: Numbered rounds (series key, ordinal) that other engagements of its sentence name, or that its article
    #: numbers and its sentence writes as an ordinal (a headline "to visit Laos for 47th meeting"): a visit
    #: "to co-chair the 20th joint commission" is the trip on which that round is held.
    sentence_rounds: frozenset[tuple[str, int]] = frozenset()

    @property
    def doc_id(self) -> str:
        return self.ref[0]

    @property
    def ordinal(self) -> int | None:
        return round_ordinal(self.engagement)

    @property
    def held(self) -> bool:
        return self.engagement.status == EngagementStatus.HELD

    @property
    def span(self) -> Span | None:
        return date_span(self.engagement.date) if self.engagement.date else None

    @property
    def venue_country(self) -> str | None:
        venue = self.engagement.venue
        return venue.country.upper() if venue and venue.country else None

    @property
    def family(self) -> str:
        kind = self.engagement.kind
        return "mechanism" if kind in _MECHANISMS else kind.value


def mentions_of(records: Iterable[DocumentRecord], series: Mapping[Ref, str]) -> list[Mention]:
    """Every engagement of the records as a Mention, with its series key."""
    mentions = []
    for record in records:
        upcoming = next_rounds(record, series)
        numbered = [
            (e.evidence, e.id, key, ordinal)
            for e in record.engagements
            if (key := series.get((record.doc_id, e.id))) is not None and (ordinal := round_ordinal(e)) is not None
        ]
        for engagement in record.engagements:
            ref = (record.doc_id, engagement.id)
            multilateral = engagement.kind == EngagementKind.SUMMIT
            named = ordinals_named(engagement.evidence, record.language) if numbered else frozenset()
            nearby = frozenset(
                (key, ordinal)
                for evidence, eid, key, ordinal in numbered
                if eid != engagement.id
                and (evidence == engagement.evidence or ordinal in named)
                and round_ordinal(engagement) is None
            )
            mentions.append(
                Mention(
                    ref=ref,
                    engagement=engagement,
                    published=record.published,
                    owner=owner_of(engagement.parties, multilateral=multilateral),
                    series_key=series.get(ref),
                    next_round=upcoming.get(ref),
                    sentence_rounds=nearby,
                )
            )
    return mentions


def ordinals_named(sentence: str, language: str | None) -> frozenset[int]:
    """The round numbers a sentence writes as ordinals ("to visit Laos for 47th meeting", "la 47e réunion"):
    a headline that names the round of its article's trip (read with the language's `ordinal_number` cue;
    none for a language without engagement cues)."""
    if not language:
        return frozenset()
    try:
        pattern = cue("engagements", language, "ordinal_number")
    except (SuiviError, KeyError):
        return frozenset()
    return frozenset(int(m.group(1)) for m in pattern.finditer(sentence))


def next_rounds(record: DocumentRecord, series: Mapping[Ref, str]) -> dict[Ref, int]:
    """The round number of each unnumbered planned round of a mechanism whose article reports a numbered
    round held: "the 9th session was held ...; the next one will take place in Phnom Penh" is the 10th.
    Only when the article plans that mechanism's next round once and numbers no planned round of it."""
    held: dict[str, int] = {}
    planned: dict[str, list[Ref]] = defaultdict(list)
    numbered_plans: set[str] = set()
    for engagement in record.engagements:
        ref = (record.doc_id, engagement.id)
        key, ordinal = series.get(ref), round_ordinal(engagement)
        if key is None:
            continue
        if engagement.status == EngagementStatus.HELD and ordinal is not None:
            held[key] = max(held.get(key, ordinal), ordinal)
        elif engagement.status == EngagementStatus.PLANNED and ordinal is None:
            planned[key].append(ref)
        elif engagement.status == EngagementStatus.PLANNED:
            numbered_plans.add(key)
    return {
        refs[0]: held[key] + 1
        for key, refs in planned.items()
        if key in held and len(refs) == 1 and key not in numbered_plans
    }


@dataclass
class Cluster:
    """Mentions believed to report one event, with the facts consolidated so far."""

    members: list[Mention] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    parties: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)
    date: DateValue | None = None
    date_held: bool = False
    venue_country: str | None = None
    places: list[tuple[str, bool]] = field(default_factory=list)  # (folded place, dated to the day)

    @property
    def first(self) -> Mention:
        return self.members[0]

    @property
    def series_key(self) -> str | None:
        return next((m.series_key for m in self.members if m.series_key), None)

    @property
    def ordinal(self) -> int | None:
        return next((m.ordinal for m in self.members if m.ordinal is not None), None)

    def add(self, mention: Mention) -> None:
        self.members.append(mention)
        self.docs.add(mention.doc_id)
        self.parties.update(p.upper() for p in mention.engagement.parties)
        self.names.extend(fold(p.name) for p in mention.engagement.participants)
        date = mention.engagement.date
        if date is not None and _better_date(date, mention.held, self.date, self.date_held):
            self.date, self.date_held = date, mention.held
        if mention.venue_country and (self.venue_country is None or mention.held):
            self.venue_country = mention.venue_country
        venue = mention.engagement.venue
        if venue and venue.place:
            self.places.append((fold(venue.place), bool(date and date.precision == Precision.DAY)))


def _better_date(new: DateValue, new_held: bool, old: DateValue | None, old_held: bool) -> bool:
    """Held dates beat announced ones; then the more precise wins."""
    if old is None:
        return True
    return (new_held, -precision_rank(new)) > (old_held, -precision_rank(old))


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def _names_overlap(names: list[str], others: list[str]) -> bool | None:
    """True/False when both sides name participants, None when either names nobody."""
    if not names or not others:
        return None
    return any(names_match(a, b) for a in names for b in others)


#: How far apart two reports of one call may date it (a call spans no days; time zones shift it by one).
CALL_WINDOW = timedelta(days=1)


def _place_clash(mention: Mention, cluster: Cluster) -> bool:
    """Both dated to the day and held in differently named places: two occasions, not one."""
    venue, date = mention.engagement.venue, mention.engagement.date
    if mention.engagement.kind == EngagementKind.VISIT:
        return False  # a visit tours several places
    if not (venue and venue.place and date and date.precision == Precision.DAY):
        return False
    place = fold(venue.place)
    return any(day and not _same_place(place, other) for other, day in cluster.places)


def _same_place(a: str, b: str) -> bool:
    """Folded place names that name one place ("Ha Noi" and "Hanoi", "Phnom Penh" and "Phnom-Penh")."""
    return names_match(a, b) or a.replace(" ", "") == b.replace(" ", "")


def _date_score(mention: Mention, cluster: Cluster, near_copy: bool) -> int | None:
    """How well the dates agree: 2 same precision, 1 compatible (or a range around the other date), 0
    undated in a near-copy or with the same people (see `_undated_fit`); None: apart."""
    date = mention.engagement.date
    if date is None or cluster.date is None:
        return 0 if near_copy or _undated_fit(mention, cluster) or _trip_fit(mention, cluster) else None
    both_days = date.precision == Precision.DAY and cluster.date.precision == Precision.DAY
    window = CALL_WINDOW if mention.engagement.kind == EngagementKind.CALL else DAY_WINDOW
    slack = window if both_days else timedelta(0)
    if not spans_meet(date_span(date), date_span(cluster.date), slack):
        return None
    same = date.precision == cluster.date.precision and (date.end or None) == (cluster.date.end or None)
    return 2 if same else 1


def _within(names: list[str], others: list[str]) -> bool:
    """Every one of `names` is among `others`."""
    return all(any(names_match(a, b) for b in others) for a in names)


def _full_names(names: Iterable[str]) -> list[str]:
    """Names of at least two words: a lone "Son" or "Chinh" names too many people to link undated reports."""
    return [name for name in names if len(name.split()) > 1]


def _undated_fit(mention: Mention, cluster: Cluster) -> bool:
    """An undated report may be a dated cluster's event when the people one names in full are all named
    in the other and the report's article does not rule the date out (a held event happened before its article appeared,
    a planned one after, within six months, two years for a mechanism's round); `_choose` then still requires it to fit
    no other cluster."""
    mine = _full_names(fold(p.name) for p in mention.engagement.participants)
    theirs = _full_names(cluster.names)
    if not mine or not theirs or not (_within(mine, theirs) or _within(theirs, mine)):
        return False  # the same cast, not just a host or an ambassador who attends every meeting
    if cluster.date is None:
        return False  # two undated reports of the same people may be two occasions: nothing anchors them
    if mention.published is None:
        return True
    event, article = date_span(cluster.date), span_of(mention.published)
    if mention.held:
        return event[0] <= shift(article[1], DAY_WINDOW)
    # A plan is for after its article, and not for years after (the horizon follow-through gives it).
    horizon = UNDATED_HORIZON if mention.series_key else UNDATED_OCCASION_HORIZON
    return event[1] >= shift(article[0], -DAY_WINDOW) and event[0] <= shift(article[1], horizon)


#: How far apart the articles of two undated reports of one trip may appear (both report it held).
TRIP_WINDOW = timedelta(days=31)


def _travellers(mention: Mention) -> list[str]:
    """Folded names of the people a visit names from another country than the one visited: who travelled."""
    venue = mention.venue_country
    if venue is None:
        return []
    return [fold(p.name) for p in mention.engagement.participants if p.country and p.country.upper() != venue]


def same_trip(a: Mention, b: Mention) -> bool:
    """Two undated reports of one trip: visits to the same country, neither dated, in two articles, one of
    them at least reported held, naming a traveller in common, whose articles' publication does not set
    them apart (held reports within a month of each other, a plan not after its report)."""
    if a.engagement.kind != EngagementKind.VISIT or b.engagement.kind != EngagementKind.VISIT:
        return False
    if a.engagement.date is not None or b.engagement.date is not None or a.doc_id == b.doc_id:
        return False
    if a.venue_country is None or a.venue_country != b.venue_country or not (a.held or b.held):
        return False
    if {p.upper() for p in a.engagement.parties} != {p.upper() for p in b.engagement.parties}:
        return False
    if any(x != y for x, y in _trip_rounds(a, b)):
        return False  # the trip of the 45th meeting is not the trip of the 47th
    if not any(names_match(x, y) for x in _travellers(a) for y in _travellers(b)):
        return False
    if a.published is None or b.published is None:
        return True
    first, second = span_of(a.published), span_of(b.published)
    if a.held and b.held:
        return spans_meet(first, second, TRIP_WINDOW)
    plan, report = (first, second) if b.held else (second, first)
    return plan[0] <= shift(report[1], DAY_WINDOW)


def _trip_rounds(a: Mention, b: Mention) -> list[tuple[int, int]]:
    """The round numbers of one mechanism that the two mentions' sentences give their trips."""
    return [(x, y) for key, x in a.sentence_rounds for other, y in b.sentence_rounds if key == other]


def _trip_fit(mention: Mention, cluster: Cluster) -> bool:
    """An undated visit may be an undated event's trip: `same_trip` with one of its reports."""
    return cluster.date is None and any(same_trip(mention, other) for other in cluster.members)


def _refers_back(mention: Mention, cluster: Cluster) -> bool:
    """An undated mention of an occasion its own article dates elsewhere, naming some of the same people
    and no one else ("arrived on Wednesday, beginning his visit ... during his visit, X is to ..."): the
    article's second mention of that occasion, not another one."""
    if mention.engagement.date is not None or mention.ordinal is not None:
        return False
    mine = _full_names(fold(p.name) for p in mention.engagement.participants)
    if not mine:
        return False
    return any(
        other.doc_id == mention.doc_id
        and other.engagement.date is not None
        and other.engagement.kind == mention.engagement.kind
        and _within(mine, [fold(p.name) for p in other.engagement.participants])
        for other in cluster.members
    )


def _compatible(mention: Mention, cluster: Cluster, near_copy: bool) -> int | None:
    """A score when the mention may report the cluster's event, None when it cannot."""
    first, engagement = cluster.first, mention.engagement
    back = mention.doc_id in cluster.docs
    if back and not _refers_back(mention, cluster):
        return None  # one article reports an occasion once (ANNOTATION.md rule 5)
    same_series = mention.series_key is not None and mention.series_key == cluster.series_key
    if engagement.kind != first.engagement.kind and not same_series:
        return None
    if mention.series_key and cluster.series_key and not same_series:
        return None
    if mention.ordinal is not None and cluster.ordinal is not None and mention.ordinal != cluster.ordinal:
        return None
    if _jaccard({p.upper() for p in engagement.parties}, cluster.parties) < 0.5:
        return None
    if mention.venue_country and cluster.venue_country and mention.venue_country != cluster.venue_country:
        return None
    if _place_clash(mention, cluster):
        return None
    names = [fold(p.name) for p in engagement.participants]
    overlap = _names_overlap(names, cluster.names)
    if overlap is False:
        return None
    dates = 0 if back else _date_score(mention, cluster, near_copy)
    if dates is None:
        return None
    return dates + 2 * same_series + bool(overlap) + 2 * near_copy


def _order(mention: Mention) -> tuple[int, int, str, Ref]:
    """Most precise first, held before planned: the first member sets the event's profile."""
    date = mention.engagement.date
    return precision_rank(date), not mention.held, date.value if date else "", mention.ref


@dataclass
class _Block:
    """The clusters of one owner and kind family, indexed by year and document for cheap lookup."""

    clusters: list[Cluster] = field(default_factory=list)
    by_year: dict[int, list[Cluster]] = field(default_factory=lambda: defaultdict(list))
    by_doc: dict[str, list[Cluster]] = field(default_factory=lambda: defaultdict(list))
    by_name: dict[str, list[Cluster]] = field(default_factory=lambda: defaultdict(list))
    #: Events of undated visits, by the country visited: where another undated report of the trip looks.
    by_trip: dict[str, list[Cluster]] = field(default_factory=lambda: defaultdict(list))

    def index(self, cluster: Cluster, mention: Mention) -> None:
        span = mention.span
        if span is not None:
            for year in range(span[0].year, span[1].year + 1):
                if cluster not in self.by_year[year]:
                    self.by_year[year].append(cluster)
        elif _trip_country(mention) is not None and cluster not in self.by_trip[_trip_country(mention)]:  # type: ignore[index]
            self.by_trip[_trip_country(mention)].append(cluster)  # type: ignore[index]
        self.by_doc[mention.doc_id].append(cluster)
        for token in _name_tokens(mention):
            if cluster not in self.by_name[token]:
                self.by_name[token].append(cluster)

    def candidates(self, mention: Mention, copies: set[str]) -> list[Cluster]:
        found: dict[int, Cluster] = {}
        span = mention.span
        if span is not None:
            for year in range(shift(span[0], -DAY_WINDOW).year, shift(span[1], DAY_WINDOW).year + 1):
                found.update((id(c), c) for c in self.by_year.get(year, []))
        else:
            for token in _name_tokens(mention):
                found.update((id(c), c) for c in self.by_name.get(token, []))
            country = _trip_country(mention)
            if country is not None:
                found.update((id(c), c) for c in self.by_trip.get(country, []))
        for doc in sorted(copies):
            found.update((id(c), c) for c in self.by_doc.get(doc, []))
        return sorted(found.values(), key=lambda c: c.first.ref)


def _trip_country(mention: Mention) -> str | None:
    """The country an undated visit went to, None for anything else."""
    if mention.span is not None or mention.engagement.kind != EngagementKind.VISIT:
        return None
    return mention.venue_country


def _choose(
    mention: Mention,
    block: _Block,
    copies: set[str],
    doc_rounds: Mapping[str, set[tuple[str, int]]],
    reported_twice: bool = False,
) -> Cluster | None:
    """The best-fitting cluster; None when nothing fits or two fit equally well (ambiguous). `reported_twice`: an
    undated report of the same trip is in another article (`same_trip`); then the report joins that
    trip's event, not a dated event on its people alone (the dated one may be another trip)."""
    scored = []
    for cluster in block.candidates(mention, copies):
        near_copy = bool(copies & cluster.docs)
        score = _compatible(mention, cluster, near_copy)
        if score is not None:
            # The trip of its sentence's round: an occasion reported by an article that names that round.
            on_trip = bool(mention.sentence_rounds) and any(
                mention.sentence_rounds & doc_rounds.get(doc, set()) for doc in cluster.docs
            )
            scored.append((score + 2 * on_trip, _cast_fit(mention, cluster), not _numbered(cluster), cluster))
    own = [item for item in scored if mention.doc_id in item[3].docs]
    if own:
        scored = own  # the occasion its own article dates (`_refers_back`) before any other article's
    elif reported_twice and not copies:
        scored = [item for item in scored if item[3].date is None]
    if not scored:
        return None
    if mention.span is None and not copies and len(scored) > 1:
        return None  # an undated report linked by its people alone must fit one event only
    # On equal fit, the occasion with more of the same people wins: a visitor's courtesy calls on three
    # hosts are three meetings, each reported with its own host. Then a numbered round is the established
    # occasion: a report naming no round joins it rather than an unnumbered occasion (often the same
    # article's second, vaguer report of it).
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    if len(scored) > 1 and scored[0][:3] == scored[1][:3]:
        return None
    return scored[0][3]


def _cast_fit(mention: Mention, cluster: Cluster) -> tuple[int, int]:
    """(minus the people of the mention the cluster names, people the cluster names that the mention
    does not): smaller is a closer cast. A mention that names nobody fits every cast alike."""
    mine = {fold(p.name) for p in mention.engagement.participants}
    theirs = set(cluster.names)
    if not mine or not theirs:
        return 0, 0
    shared = sum(1 for name in mine if any(names_match(name, other) for other in theirs))
    extra = sum(1 for other in theirs if not any(names_match(name, other) for name in mine))
    return -shared, extra


def _numbered(cluster: Cluster) -> bool:
    return cluster.series_key is not None and cluster.ordinal is not None


def _name_tokens(mention: Mention) -> set[str]:
    """Folded words of the people a mention names in full: where an undated report looks for its event."""
    names = _full_names(fold(p.name) for p in mention.engagement.participants)
    return {token for name in names for token in name.split() if len(token) > 2}


def _seed_rounds(mentions: list[Mention]) -> tuple[dict[tuple[str, str], _Block], list[Mention]]:
    """Mentions of one numbered round of one series are one event, whatever their dates. A planned round
    numbered only as the next one (`next_rounds`) joins that round when another article numbers it."""
    blocks: dict[tuple[str, str], _Block] = defaultdict(_Block)
    rounds: dict[tuple[str, int], Cluster] = {}
    rest, inferred = [], []
    for mention in sorted(mentions, key=_order):
        if mention.series_key is not None and mention.ordinal is None and mention.next_round is not None:
            inferred.append(mention)
            continue
        if mention.series_key is None or mention.ordinal is None:
            rest.append(mention)
            continue
        cluster = rounds.get((mention.series_key, mention.ordinal))
        if cluster is None:
            cluster = rounds[mention.series_key, mention.ordinal] = Cluster()
            blocks[mention.owner, mention.family].clusters.append(cluster)
        cluster.add(mention)
        blocks[mention.owner, mention.family].index(cluster, mention)
    for mention in inferred:
        cluster = rounds.get((mention.series_key, mention.next_round))  # type: ignore[arg-type]
        if cluster is None or mention.doc_id in cluster.docs:
            rest.append(mention)
            continue
        cluster.add(mention)
        blocks[mention.owner, mention.family].index(cluster, mention)
    return blocks, sorted(rest, key=_order)


def cluster_mentions(mentions: list[Mention], copies: Mapping[str, set[str]]) -> list[Cluster]:
    """Group mentions into events: numbered rounds first, then the rest by date, parties and people."""
    blocks, rest = _seed_rounds(mentions)
    doc_rounds: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for mention in mentions:
        if mention.series_key is not None and mention.ordinal is not None:
            doc_rounds[mention.doc_id].add((mention.series_key, mention.ordinal))
    siblings: dict[str, set[str]] | None = None
    partners = _trip_partners(rest)
    for mention in rest:  # dated mentions first: undated ones come last (`_order`)
        block = blocks[mention.owner, mention.family]
        near = copies.get(mention.doc_id, set())
        if mention.span is None:
            siblings = _siblings(blocks) if siblings is None else siblings
            near = near | siblings.get(mention.doc_id, set())
        cluster = _choose(mention, block, near, doc_rounds, mention.ref in partners)
        if cluster is None:
            cluster = Cluster()
            block.clusters.append(cluster)
        cluster.add(mention)
        block.index(cluster, mention)
    return [cluster for key in sorted(blocks) for cluster in blocks[key].clusters]


def _trip_partners(mentions: Iterable[Mention]) -> dict[Ref, list[Ref]]:
    """For each undated visit that has some, the undated reports of the same trip in other articles."""
    by_country: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for mention in mentions:
        country = _trip_country(mention)
        if country is not None:
            by_country[mention.owner, country].append(mention)
    partners: dict[Ref, list[Ref]] = defaultdict(list)
    for group in by_country.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if same_trip(a, b):
                    partners[a.ref].append(b.ref)
                    partners[b.ref].append(a.ref)
    return partners


def _siblings(blocks: Mapping[tuple[str, str], _Block]) -> dict[str, set[str]]:
    """Articles that report the same occasion held on the same day: one story told by two outlets or in
    two languages. Their undated reports of one kind (the next round "to be held in the capital") are
    read like a near-copy's."""
    siblings: dict[str, set[str]] = defaultdict(set)
    for block in blocks.values():
        for cluster in block.clusters:
            docs = {
                m.doc_id
                for m in cluster.members
                if m.held and m.engagement.date is not None and m.engagement.date.precision == Precision.DAY
            }
            for doc in docs:
                siblings[doc] |= docs - {doc}
    return siblings


def event_key(cluster: Cluster) -> str:
    """Readable and stable: series and round when numbered, else owner, kind, date and a hash of the
    earliest member (the same corpus gives the same key whatever order it was ingested in)."""
    series_key, ordinal = cluster.series_key, cluster.ordinal
    if series_key and ordinal is not None:
        return f"{series_key}-r{ordinal}"
    first = min(m.ref for m in cluster.members)
    stem = series_key or f"{cluster.first.owner}-{slug(cluster.first.engagement.kind.value)}"
    when = cluster.date.value if cluster.date else "undated"
    return f"{stem}-{when}-{short_hash(*first)}"


def event_keys(clusters: Iterable[Cluster]) -> dict[Ref, tuple[str, str | None]]:
    """(event_key, series_key) per engagement; an event's series key reaches its members that lack one."""
    links: dict[Ref, tuple[str, str | None]] = {}
    for cluster in clusters:
        key = event_key(cluster)
        series = {m.series_key for m in cluster.members if m.series_key}
        inherited = next(iter(series)) if len(series) == 1 else None
        for mention in cluster.members:
            links[mention.ref] = (key, mention.series_key or inherited)
    return links
