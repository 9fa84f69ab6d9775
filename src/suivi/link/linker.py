"""Linking a corpus: series and event keys computed from the stored records, then written back."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from suivi.errors import EngagementNotFound, InvalidLinkQuery
from suivi.link.actors import build_actors
from suivi.link.consolidate import build_event, conflicts_of, series_timeline
from suivi.link.events import Cluster, Mention, cluster_mentions, event_keys, mentions_of
from suivi.link.follow_through import commitment_followups, engagement_followups, target_followups
from suivi.link.keys import owner_of, shift, span_of
from suivi.link.neardup import near_duplicates
from suivi.link.results import Event, Followup, LinkReport
from suivi.link.series import Ref, series_keys
from suivi.record import DocumentRecord
from suivi.settings import load_settings
from suivi.store import Links, Removal, Store
from suivi.store.corrections import corrected_followups
from suivi.vocab import EngagementKind

#: How many times linking starts again when the records changed under it.
_ATTEMPTS = 3


@dataclass
class Linking:
    """The links of a corpus: every cluster of mentions with its event key, and the near-copies seen."""

    records: list[DocumentRecord]
    clusters: list[tuple[Cluster, str]]
    copies: dict[str, set[str]] = field(default_factory=dict)
    _events: list[Event] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def links(self) -> Links:
        """(event_key, series_key) per (doc_id, engagement id), as `Store.set_links` takes them."""
        links: Links = {}
        for cluster, key in self.clusters:
            links.update((m.ref, (key, m.series_key)) for m in cluster.members)
        return links

    def keyed_records(self) -> list[DocumentRecord]:
        """Copies of the records with `event_key` and `series_key` set on every linked engagement."""
        links = self.links
        out = []
        for record in self.records:
            engagements = [
                e.model_copy(update=dict(zip(("event_key", "series_key"), links[(record.doc_id, e.id)], strict=True)))
                if (record.doc_id, e.id) in links
                else e
                for e in record.engagements
            ]
            out.append(record.model_copy(update={"engagements": engagements}))
        return out

    def events(self) -> list[Event]:
        """One Event per cluster (built once: views, follow-ups and series all ask for them)."""
        if self._events is None:
            self._events = [build_event(cluster, key) for cluster, key in self.clusters]
        return self._events

    def held_rounds(self) -> dict[str, int]:
        """The highest round of each series reported held."""
        highest: dict[str, int] = {}
        for cluster, _ in self.clusters:
            series_key, ordinal = cluster.series_key, cluster.ordinal
            if series_key and ordinal is not None and any(m.held for m in cluster.members):
                highest[series_key] = max(highest.get(series_key, ordinal), ordinal)
        return highest

    def series_names(self) -> dict[str, list[str]]:
        """The names each series is given in the corpus, most frequent first."""
        names: dict[str, Counter[str]] = defaultdict(Counter)
        for cluster, _ in self.clusters:
            for mention in cluster.members:
                if mention.series_key and mention.engagement.series:
                    names[mention.series_key][mention.engagement.series.name] += 1
        return {key: [n for n, _ in sorted(c.items(), key=lambda i: (-i[1], i[0]))] for key, c in names.items()}


def link_records(records: Iterable[DocumentRecord], texts: Mapping[str, str] | None = None) -> Linking:
    """Series keys, then events, for a whole corpus; `texts` (doc_id -> text) lets near-copies link
    undated mentions. Deterministic: the same records give the same keys in any order."""
    records = sorted(records, key=lambda r: r.doc_id)
    copies = near_duplicates(texts) if texts else {}
    series = series_keys(records)
    clusters = cluster_mentions(mentions_of(records, series), copies)
    links = event_keys(clusters)
    keyed = []
    for cluster in clusters:
        cluster.members = [_with_series(m, links[m.ref][1]) for m in cluster.members]
        keyed.append((cluster, links[cluster.first.ref][0]))
    return Linking(records=records, clusters=keyed, copies=copies)


def _with_series(mention: Mention, series_key: str | None) -> Mention:
    if mention.series_key == series_key:
        return mention
    return replace(mention, series_key=series_key)


def stored_linking(records: Iterable[DocumentRecord]) -> Linking | None:
    """The links as stored (event_key on every engagement), None when some engagement is not linked yet."""
    records = sorted(records, key=lambda r: r.doc_id)
    stored: dict[Ref, str] = {}
    by_event: dict[str, list[Ref]] = defaultdict(list)
    for record in records:
        for engagement in record.engagements:
            if engagement.event_key is None:
                return None
            ref = (record.doc_id, engagement.id)
            by_event[engagement.event_key].append(ref)
            if engagement.series_key:
                stored[ref] = engagement.series_key
    mentions = {m.ref: m for m in mentions_of(records, stored)}
    clusters = []
    for key in sorted(by_event):
        cluster = Cluster()
        for mention in sorted((mentions[ref] for ref in by_event[key]), key=_profile_order):
            cluster.add(mention)
        clusters.append((cluster, key))
    return Linking(records=records, clusters=clusters)


def _profile_order(mention: Mention) -> tuple[int, bool, Ref]:
    date_value = mention.engagement.date
    rank = {"day": 0, "month": 1, "year": 2}[date_value.precision.value] if date_value else 3
    return rank, not mention.held, mention.ref


def current_linking(store: Store) -> Linking:
    """The store's links; records not linked yet are linked in memory (nothing is written)."""
    records = list(store.records())
    linking = stored_linking(records)
    if linking is None:
        linking = link_records(records, {d.id: d.text for d in store.documents()})
    return linking


#: What `followups(kind=...)` accepts, in the order an unfiltered list gives them.
FOLLOWUP_KINDS = ("engagements", "commitments", "targets")


def followups(
    linking: Linking, as_of: date, *, grace: timedelta | None = None, kind: str | None = None
) -> list[Followup]:
    """Every follow-up of the corpus, planned engagements first (announced, then rounds a mechanism's
    cadence expects), then commitment threads, then targets; `kind` keeps one of these (S503 if unknown).
    `grace` (default: the `followup_grace_days` setting) is how long past its date a plan stays pending."""
    if kind is not None and kind not in FOLLOWUP_KINDS:
        raise InvalidLinkQuery(
            f"unknown follow-up kind {kind!r}; use one of {', '.join(FOLLOWUP_KINDS)}", detail={"kind": kind}
        )
    if grace is None:
        grace = timedelta(days=load_settings().followup_grace_days)
    found: list[Followup] = []
    if kind in (None, "engagements"):
        found += engagement_followups(linking.clusters, as_of, linking.held_rounds(), grace)
        found += expected_round_followups(linking, as_of, grace)
    if kind in (None, "commitments"):
        found += commitment_followups(linking.records, as_of)
    if kind in (None, "targets"):
        found += target_followups(linking.records, as_of)
    return corrected_followups(found, linking.records)


def expected_round_followups(linking: Linking, as_of: date, grace: timedelta) -> list[Followup]:
    """The next round each mechanism's cadence expects (none announced): pending until its projected
    date (at the cadence's precision) and the grace period have passed, overdue after."""
    by_series: dict[str, list[Event]] = defaultdict(list)
    for event in linking.events():
        if event.series_key:
            by_series[event.series_key].append(event)
    names = linking.series_names()
    found = []
    for key in sorted(by_series):
        timeline = series_timeline(key, by_series[key], names.get(key, []), as_of)
        if not timeline.mechanism or timeline.next_expected_source != "cadence" or timeline.next_expected is None:
            continue
        last_day = span_of(timeline.next_expected)[1]
        status = "overdue" if shift(last_day, grace) < as_of else "pending"
        round_name = f"round {timeline.next_ordinal}" if timeline.next_ordinal is not None else "next round"
        found.append(
            Followup(
                subject="engagement",
                key=f"{key}-expected-r{timeline.next_ordinal}" if timeline.next_ordinal else f"{key}-expected",
                parties=timeline.parties,
                status=status,
                title=f"{(timeline.names or [key])[0]}, {round_name} ({'-'.join(timeline.parties)})",
                due=timeline.next_expected,
                detail=f"expected {timeline.next_expected_text} from a cadence of {timeline.cadence_days} days"
                + ("; not reported held" if status == "overdue" else ""),
            )
        )
    return found


def link_store(store: Store, *, as_of: date | None = None, changed: Collection[str] | None = None) -> LinkReport:
    """Link the stored records (events, series), write the keys to the store, and summarise the run.

    With `changed` (the documents just added or re-extracted) only the records that share an owner
    (dyad, or organisation of a summit) with them are relinked: events and series never span owners,
    so the keys are the ones a full run gives, without reading the whole store."""
    started = time.perf_counter()
    for attempt in range(1, _ATTEMPTS + 1):
        try:
            with store.relinking():
                linking = _relink(store, changed)
            break
        except EngagementNotFound:
            # Another writer replaced records between our read and our write (SQLite takes no
            # relinking lock): nothing was written, so link again from the records now stored.
            if attempt == _ATTEMPTS:
                raise
    report = summarise(linking, as_of or date.today())
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _relink(store: Store, changed: Collection[str] | None) -> Linking:
    if changed is None:
        records = list(store.records())
        texts = {doc.id: doc.text for doc in store.documents()}
    else:
        scope = affected_documents(store, changed)
        records, texts = store.records_for(scope), store.texts_for(scope)
    linking = link_records(records, texts)
    store.set_links(linking.links, replace=changed is None)
    return linking


def affected_documents(store: Store, changed: Collection[str]) -> list[str]:
    """The changed documents and every stored document with an engagement of the same owner."""
    rows = [
        (doc_id, owner_of(parties, multilateral=kind == EngagementKind.SUMMIT.value))
        for doc_id, kind, parties in store.engagement_parties()
    ]
    changed = set(changed)
    owners = {owner for doc_id, owner in rows if doc_id in changed}
    return sorted(changed | {doc_id for doc_id, owner in rows if owner in owners})


def remove_documents(store: Store, doc_ids: Iterable[str]) -> Removal:
    """Remove documents with everything extracted from them (S201 and nothing removed if an id is
    unknown), then relink the documents that shared an owner with them, so no event keeps a ghost."""
    ids = sorted(set(doc_ids))
    neighbours = [doc_id for doc_id in affected_documents(store, ids) if doc_id not in set(ids)]
    removed = store.remove_documents(ids)
    if neighbours:
        link_store(store, changed=neighbours)
    return Removal(removed=removed, relinked=neighbours)


def summarise(linking: Linking, as_of: date) -> LinkReport:
    """Counts of what linking found, for `suivi link` and the end of an ingest."""
    statuses = Counter(f"{f.subject}:{f.status}" for f in followups(linking, as_of))
    clusters = [cluster for cluster, _ in linking.clusters]
    return LinkReport(
        records=len(linking.records),
        engagements=sum(len(r.engagements) for r in linking.records),
        events=len(clusters),
        multi_source_events=sum(1 for c in clusters if len(c.docs) > 1),
        series=len({c.series_key for c in clusters if c.series_key}),
        series_linked=sum(1 for c in clusters for m in c.members if m.series_key),
        near_duplicate_pairs=sum(len(v) for v in linking.copies.values()) // 2,
        actors=len(build_actors(linking.records)),
        followups=dict(sorted(statuses.items())),
        conflicts=sum(len(conflicts_of(c)) for c in clusters),
    )
