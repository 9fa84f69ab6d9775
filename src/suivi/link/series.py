"""Series keys: the rounds of one mechanism share a key whatever the wording or language names it."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from suivi.link.chains import split_chains
from suivi.link.keys import Span, date_span, fold, owner_of, shift, span_of, spans_meet
from suivi.record import DocumentRecord, Engagement
from suivi.vocab import EngagementKind, EngagementStatus, Precision

Ref = tuple[str, str]  # (doc_id, engagement local id)
#: How long after its announcement an undated planned round is still expected.
PLANNED_HORIZON = timedelta(days=2 * 366)
#: How late a round may be held and still be the announced one (the ordinal says it is).
LATE_SLACK = timedelta(days=3 * 366)


@dataclass(frozen=True)
class Mechanism:
    """What a series name says: the mechanism's type, the level it meets at and its topics."""

    type: str
    family: str
    level: str | None = None
    topics: frozenset[str] = frozenset()

    @property
    def variant(self) -> tuple[str, tuple[str, ...]]:
        return self.level or "", tuple(sorted(self.topics))

    @property
    def bare(self) -> bool:
        return self.level is None and not self.topics


@dataclass(frozen=True)
class Round:
    """One mention of a round: enough to tell whether two name variants are one mechanism."""

    ref: Ref
    owner: str
    mechanism: Mechanism
    ordinal: int | None
    planned: bool
    span: Span
    #: The folded series name.
    name: str = ""


@dataclass
class _Group:
    """Mentions believed to be one mechanism, indexed by ordinal and document."""

    mechanism: Mechanism
    rounds: list[Round] = field(default_factory=list)
    variants: set[tuple[str, tuple[str, ...]]] = field(default_factory=set)

    def add(self, rounds: Iterable[Round]) -> None:
        for item in rounds:
            self.rounds.append(item)
            self.variants.add(item.mechanism.variant)

    @property
    def levels(self) -> set[str]:
        return {level for level, _ in self.variants if level}

    @property
    def topics(self) -> set[str]:
        return {t for _, topics in self.variants for t in topics}


@cache
def _table() -> dict[str, Any]:
    text = resources.files("suivi.link").joinpath("data/mechanisms.json").read_text(encoding="utf-8")
    table: dict[str, Any] = json.loads(text)
    return table


@cache
def _compiled(section: str, label: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((entry[label], re.compile("|".join(entry["patterns"]))) for entry in _table()[section])


def fold_series_name(name: str) -> str:
    """Folded words of a series name; "2+2" survives folding as one word."""
    return fold(re.sub(r"2\s*\+\s*2", " twoplustwo ", name))


def classify(name: str | None, kind: EngagementKind) -> Mechanism:
    """The mechanism a series name (French or English) denotes; the engagement kind when it says nothing."""
    folded = fold_series_name(name or "")
    families = {entry["type"]: entry["family"] for entry in _table()["types"]}
    mech_type = next((t for t, pattern in _compiled("types", "type") if pattern.search(folded)), None)
    if mech_type is None:
        mech_type = _table()["kind_types"][kind.value]
    level = next((lv for lv, pattern in _compiled("levels", "level") if pattern.search(folded)), None)
    topics = frozenset(t for t, pattern in _compiled("topics", "topic") if pattern.search(folded))
    family = families.get(mech_type, mech_type)
    level = _table()["implied_levels"].get(mech_type, level)
    if _PREPARATORY.search(folded):
        level = None  # a preparatory meeting of officials belongs to the round it prepares
        topics = topics | {PREPARATORY}
    elif level and mech_type in _table()["levelled_types"]:
        mech_type = family = f"{level}-{'retreat' if mech_type == 'retreat' else 'meeting'}"
    return Mechanism(mech_type, family, level, topics)


#: The topic a preparatory gathering carries: it attaches to the mechanism whose round it prepares.
PREPARATORY = "preparatory"
#: A folded name that says the gathering prepares another one ("réunion préparatoire", "preparatory").
_PREPARATORY = re.compile(r"\bprepara|\bpreparing\b|\ben preparation\b")
#: An ordinal that counts something else than rounds: "first in-person", "first visit as prime minister".
_NOT_A_ROUND = re.compile(
    r"\b(first|1st|premiere?|1ere?|1er)\s+(\w+\s+){0,3}?"
    r"(in person|en personne|en presentiel|face to face|physique|physical|since|depuis|as (prime )?minister|"
    r"as president|en tant que|as head|trip|voyage|abroad|a l etranger|overseas)"
)


#: A name for several mechanisms at once ("talks, consultation and bilateral mechanisms"): no one series.
_SEVERAL = re.compile(r"\bmechanisms\b|\bmecanismes\b")


def names_several(name: str | None) -> bool:
    """True when a series name names several mechanisms at once ("consultation and other mechanisms",
    "les mécanismes de consultation"): it is no round of any one series."""
    return bool(name and _SEVERAL.search(fold_series_name(name)))


def round_ordinal(engagement: Engagement) -> int | None:
    """The round number of a series mention; None when the ordinal counts something else (a first
    in-person meeting, a first visit in a new office) or the engagement names no series."""
    series = engagement.series
    if series is None or series.ordinal is None:
        return None
    if series.ordinal == 1 and _NOT_A_ROUND.search(fold(f"{series.name} {engagement.evidence}")):
        return None
    return series.ordinal


def generic_families() -> frozenset[str]:
    """The families a bare gathering word names ("forum", "conference", "meeting", "summit", ...)."""
    return frozenset(_table()["generic_types"])


def is_mechanism_type(mech_type: str) -> bool:
    """False for what recurs by the calendar (anniversaries, festivals), not as a mechanism."""
    families = {entry["type"]: entry["family"] for entry in _table()["types"]}
    return families.get(mech_type, mech_type) not in _table()["not_mechanisms"]


def _published_span(record: DocumentRecord) -> Span | None:
    return span_of(record.published) if record.published else None


def round_span(engagement: Engagement, published: Span | None) -> Span:
    """When a round took or will take place: its date, else what the publication date allows. A held
    round dated to no more than its article's month says little (a weekday, "recently", resolves to that
    month): it only bounds the round to before the article, so a past round so dated still joins its series."""
    date_value = engagement.date
    weak = (
        date_value is not None
        and published is not None
        and engagement.status == EngagementStatus.HELD
        and date_value.precision != Precision.DAY
        and date_span(date_value) == published
    )
    if date_value is not None and not weak:
        return date_span(date_value)
    if published is None:
        return date.min, date.max
    if engagement.status == EngagementStatus.PLANNED:
        return published[0], shift(published[1], PLANNED_HORIZON)
    return date.min, published[1]


def rounds_of(record: DocumentRecord) -> list[Round]:
    """Every engagement of the record that names a series, as a Round."""
    published = _published_span(record)
    rounds = []
    for engagement in record.engagements:
        if engagement.series is None or names_several(engagement.series.name):
            continue
        multilateral = engagement.kind == EngagementKind.SUMMIT
        rounds.append(
            Round(
                ref=(record.doc_id, engagement.id),
                owner=owner_of(engagement.parties, multilateral=multilateral),
                mechanism=classify(engagement.series.name, engagement.kind),
                ordinal=round_ordinal(engagement),
                planned=engagement.status == EngagementStatus.PLANNED,
                span=round_span(engagement, published),
                name=fold_series_name(engagement.series.name or ""),
            )
        )
    return rounds


def _same_round(a: Round, b: Round) -> bool:
    """Two mentions of one ordinal must fit one occasion (a planned one may be held late)."""
    if a.planned or b.planned:
        return spans_meet(a.span, b.span, LATE_SLACK)
    return spans_meet(a.span, b.span)


def _by_ordinal(rounds: Iterable[Round]) -> dict[int, list[Round]]:
    table: dict[int, list[Round]] = defaultdict(list)
    for item in rounds:
        if item.ordinal is not None:
            table[item.ordinal].append(item)
    return table


def _inverted(a: dict[int, list[Round]], b: dict[int, list[Round]]) -> bool:
    """A higher round wholly before a lower one: the two cannot be one mechanism."""
    for low_table, high_table in ((a, b), (b, a)):
        for low, low_rounds in low_table.items():
            earliest_low = max(r.span[0] for r in low_rounds)
            for high, high_rounds in high_table.items():
                if high > low and min(r.span[1] for r in high_rounds) < earliest_low:
                    return True
    return False


def _doc_conflict(a: list[Round], b: list[Round]) -> bool:
    """Within one article, a mechanism's planned round is the next one, and it plans only one."""
    docs: dict[str, list[tuple[Round, int]]] = defaultdict(list)
    for side, rounds in enumerate((a, b)):
        for item in rounds:
            if item.ordinal is not None:
                docs[item.ref[0]].append((item, side))
    for mentions in docs.values():
        if len({side for _, side in mentions}) < 2:
            continue
        planned = {r.ordinal for r, _ in mentions if r.planned}
        held = [r.ordinal for r, _ in mentions if not r.planned and r.ordinal is not None]
        sides = [{r.ordinal for r, side in mentions if side == n} for n in (0, 1)]
        if len(planned) > 1 or sides[0] & sides[1]:
            return True  # one article reports one round once: the same ordinal twice is two mechanisms
        if planned and held and not all(max(held) < p <= max(held) + 2 for p in planned if p is not None):
            return True
    return False


def _evidence(group: _Group, rounds: list[Round]) -> int | None:
    """How many mentions share a round with the group; None when the two cannot be one mechanism."""
    mine, theirs = _by_ordinal(group.rounds), _by_ordinal(rounds)
    shared = clashes = 0
    for ordinal, items in theirs.items():
        for item in items:
            for other in mine.get(ordinal, []):
                if _same_round(item, other):
                    shared += 1
                else:
                    clashes += 1
    # One misdated report does not split a mechanism: more shared mentions must agree than clash,
    # so a single shared mention must agree.
    if clashes and clashes >= shared:
        return None
    if not shared and (_inverted(mine, theirs) or _doc_conflict(group.rounds, rounds)):
        return None
    if _doc_conflict(group.rounds, rounds):
        return None
    return shared


def _facets_clash(group: _Group, mechanism: Mechanism) -> bool:
    if mechanism.level and group.levels and mechanism.level not in group.levels:
        return True
    topics, others = mechanism.topics - {PREPARATORY}, group.topics - {PREPARATORY}
    return bool(topics and others and not topics & others)


def _place(groups: list[_Group], rounds: list[Round], *, attach_only_if_unique: bool) -> _Group | None:
    """The group these rounds belong to: shared rounds first, then the largest; None if none fits."""
    scored = []
    for index, group in enumerate(groups):
        if _facets_clash(group, rounds[0].mechanism):
            continue
        evidence = _evidence(group, rounds)
        if evidence is not None:
            scored.append((evidence, len(group.rounds), -index, group))
    if not scored:
        return None
    if attach_only_if_unique and len(scored) > 1 and max(item[0] for item in scored) == 0:
        return None
    return max(scored, key=lambda item: item[:3])[3]


def _variant_order(item: tuple[tuple[str, tuple[str, ...]], list[Round]]) -> tuple[int, str, tuple[str, ...]]:
    (level, topics), rounds = item
    return -len(rounds), level, topics


def _group_type(rounds: list[Round]) -> list[_Group]:
    """Split the mentions of one owner and type into mechanisms, name variants merged when consistent."""
    variants: dict[tuple[str, tuple[str, ...]], list[Round]] = defaultdict(list)
    for item in rounds:
        variants[item.mechanism.variant].append(item)
    groups: list[_Group] = []
    for _, members in sorted(variants.items(), key=_variant_order):
        target = _place(groups, members, attach_only_if_unique=False)
        if target is None:
            target = _Group(members[0].mechanism)
            groups.append(target)
        target.add(members)
    return [part for group in groups for part in _split(group)]


def _split(group: _Group) -> list[_Group]:
    """A group whose rounds count two mechanisms (`chains.split_chains`), as one group per mechanism."""
    parts = split_chains(group.rounds)
    if len(parts) == 1:
        return [group]
    groups = []
    for rounds in parts:
        part = _Group(rounds[0].mechanism)
        part.add(rounds)
        groups.append(part)
    return groups


@dataclass
class _Owned:
    """The mechanisms of one owner, by type."""

    by_type: dict[str, list[_Group]] = field(default_factory=dict)


def _attach_generic(owned: _Owned) -> None:
    """A bare "la conférence" or "the dialogue" joins the one specific mechanism of its family it fits."""
    generic = set(_table()["generic_types"])
    for mech_type in sorted(t for t in owned.by_type if t in generic):
        remaining = []
        for group in owned.by_type[mech_type]:
            if any(topic.startswith("since-") for topic in group.topics):
                remaining.append(group)  # an anniversary already placed by the year it counts from
                continue
            preparatory = PREPARATORY in group.topics
            candidates = [
                g
                for specific, groups in sorted(owned.by_type.items())
                if specific not in generic
                for g in groups
                if g.mechanism.family == mech_type or (preparatory and is_mechanism_type(specific))
            ]
            target = _place(candidates, group.rounds, attach_only_if_unique=True) if candidates else None
            if target is None:
                remaining.append(group)
            else:
                target.add(group.rounds)
        owned.by_type[mech_type] = remaining


def _epoch(item: Round) -> int | None:
    """The year an anniversary counts from (its year minus its ordinal), None when either is unknown."""
    if item.ordinal is None or item.span[0] == date.min or item.span[1] == date.max:
        return None
    if item.span[1].year - item.span[0].year > 1:
        return None
    return item.span[0].year - item.ordinal


def _epoch_labels(epochs: Iterable[int]) -> dict[int, int]:
    """Each epoch to the first of its run of epochs one year apart (reports round a year either way)."""
    labels: dict[int, int] = {}
    start = previous = None
    for epoch in sorted(set(epochs)):
        if previous is None or epoch - previous > 1:
            start = epoch
        labels[epoch], previous = start, epoch  # type: ignore[assignment]
    return labels


def _date_anniversaries(by_type: dict[str, list[Round]]) -> None:
    """A bare "55th anniversary" is of whatever the owner began that year: it joins the one named
    anniversary counting from the same year (a year either way), else the bare ones of that year."""
    generic = by_type.get("anniversary")
    if not generic:
        return
    families = {entry["type"]: entry["family"] for entry in _table()["types"]}
    named = {
        t: {e for r in rounds if (e := _epoch(r)) is not None}
        for t, rounds in by_type.items()
        if t != "anniversary" and families.get(t) == "anniversary"
    }
    labels = _epoch_labels(e for r in generic if (e := _epoch(r)) is not None)
    kept = []
    for item in generic:
        epoch = _epoch(item)
        fits = [
            t for t, epochs in sorted(named.items()) if epoch is not None and any(abs(epoch - e) <= 1 for e in epochs)
        ]
        if len(fits) == 1:
            by_type[fits[0]].append(replace(item, mechanism=replace(item.mechanism, type=fits[0])))
        elif epoch is not None:
            kept.append(replace(item, mechanism=replace(item.mechanism, topics=frozenset({f"since-{labels[epoch]}"}))))
        else:
            kept.append(item)
    by_type["anniversary"] = kept


def _type_name(group: _Group) -> str:
    mech = group.mechanism
    if mech.type in _table()["named_with_topics"] and group.topics:
        return "-".join([*sorted(group.topics), mech.type])
    return mech.type


def _suffix(group: _Group) -> str:
    return "-".join(sorted(group.levels) or sorted(group.topics)) or "other"


def _name_groups(owner: str, groups: list[_Group]) -> dict[Ref, str]:
    """Keys for the mechanisms of one owner and type: the plain name to the one with bare mentions."""
    keys: dict[Ref, str] = {}
    used: set[str] = set()
    ordered = sorted(
        groups,
        key=lambda g: (("", ()) not in g.variants, -len(g.rounds), sorted(g.variants), min(r.ref for r in g.rounds)),
    )
    for position, group in enumerate(ordered):
        key = f"{owner}-{_type_name(group)}"
        if position > 0:
            key = f"{key}-{_suffix(group)}"
        base, count = key, 2
        while key in used:
            key, count = f"{base}-{count}", count + 1
        used.add(key)
        keys.update((r.ref, key) for r in group.rounds)
    return keys


def series_keys(records: Iterable[DocumentRecord]) -> dict[Ref, str]:
    """The series key of every engagement that names a series, resolved over the whole corpus."""
    owners: dict[str, dict[str, list[Round]]] = defaultdict(lambda: defaultdict(list))
    for record in records:
        for item in rounds_of(record):
            owners[item.owner][item.mechanism.type].append(item)
    keys: dict[Ref, str] = {}
    for owner in sorted(owners):
        _date_anniversaries(owners[owner])
        owned = _Owned({t: _group_type(rounds) for t, rounds in sorted(owners[owner].items())})
        _attach_generic(owned)
        for groups in owned.by_type.values():
            for name_groups in _same_names(owner, groups):
                keys.update(_name_groups(owner, name_groups))
    for record in records:
        keys.update(_short_names(rounds_of(record), keys))
    return keys


#: Words that may open a series name before its head: a determiner or an ordinal ("la 6e", "the 4th").
_LEAD = re.compile(r"^((the|la|le|les|l|\d+(st|nd|rd|th|e|er|eme|ere)?) )+")


def _headless(folded: str) -> str:
    return _LEAD.sub("", folded)


def _short_names(rounds: list[Round], keys: dict[Ref, str]) -> dict[Ref, str]:
    """Within one article, an unnumbered generic name that a longer name of the same owner begins with
    (after its determiner or ordinal) is that mechanism named short: "la conférence internationale" after
    "la 6e conférence internationale sur la frontière de paix", "the joint commission" after "the joint
    commission on trade" (when every such longer name is of one mechanism)."""
    generic = set(_table()["generic_types"]) | set(_table()["kind_types"].values())
    moved: dict[Ref, str] = {}
    for item in rounds:
        if item.ordinal is not None or not item.mechanism.bare or item.mechanism.type not in generic:
            continue
        short = _headless(item.name)
        longer = {
            keys[other.ref]
            for other in rounds
            if other.owner == item.owner and other.ref in keys and _headless(other.name).startswith(f"{short} ")
        }
        if short and len(longer) == 1 and keys.get(item.ref) not in longer:
            moved[item.ref] = next(iter(longer))
    return moved


def _same_names(owner: str, groups: list[_Group]) -> list[list[_Group]]:
    """Groups whose plain key would collide, so that naming can tell them apart."""
    by_name: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        by_name[f"{owner}-{_type_name(group)}"].append(group)
    return [by_name[name] for name in sorted(by_name)]
