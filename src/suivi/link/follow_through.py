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
from suivi.link.keys import (
    DAY_WINDOW,
    UNDATED_HORIZON,
    UNDATED_OCCASION_HORIZON,
    date_span,
    fold,
    parties_key,
    precision_rank,
    shift,
    span_of,
)
from suivi.link.programme import ArticleMentions, engagement_parties, is_plan, same_people
from suivi.link.results import Evidence, Followup
from suivi.link.series import Ref
from suivi.link.targets import TARGET_STATUSES, amount_of, scope_of, target_followups
from suivi.record import Commitment, DateValue, DocumentRecord, Engagement
from suivi.vocab import CommitmentKind, EngagementKind, EngagementStatus, Precision

#: A commitment thread not mentioned for this long before the reference date is "silent".
SILENCE = timedelta(days=2 * 365)
#: Days after an announced engagement's date (at its precision) before it turns overdue, unless the
#: `followup_grace_days` setting says otherwise.
DEFAULT_GRACE = timedelta(days=30)
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
#: Targets have their own module; these names stay importable from here.
__all__ = [
    "COMMITMENT_STATUSES",
    "ENGAGEMENT_STATUSES",
    "TARGET_STATUSES",
    "amount_of",
    "commitment_followups",
    "engagement_followups",
    "is_plan",
    "scope_of",
    "target_followups",
]


@cache
def _done_cues() -> re.Pattern[str]:
    """The cues of data/follow_through.json that say a commitment was carried out, as one pattern."""
    text = resources.files("suivi.link").joinpath("data/follow_through.json").read_text(encoding="utf-8")
    return re.compile("|".join(json.loads(text)["done_cues"]))


def _evidence(mention: Mention) -> Evidence:
    """The sentence and article a follow-up cites for a mention."""
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
    """The held event took place in another country, or another city, than the one announced."""
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
    """The follow-up's title: the mechanism and round, else the kind, parties and date."""
    engagement = cluster.first.engagement
    parties = "-".join(sorted(cluster.parties))
    if engagement.series is not None:
        ordinal = f", round {cluster.ordinal}" if cluster.ordinal is not None else ""
        return f"{engagement.series.name}{ordinal} ({parties})"
    when = cluster.date.value if cluster.date else "undated"  # the key stays in Followup.key (--json)
    return f"{engagement.kind.value.replace('_', ' ')} {parties}, {when}"


def _held_status(
    cluster: Cluster, announced: Mention, promised: DateValue | None, held: list[Mention]
) -> tuple[str, str]:
    """Fulfilled late when held after the due day, elsewhere when the venue moved, else on time; with a note."""
    best = min(held, key=lambda m: (precision_rank(m.engagement.date), m.ref))
    due = _due(promised)
    when = best.engagement.date.value if best.engagement.date else "an unknown date"
    held_date = cluster.date if cluster.date_held else best.engagement.date
    if held_date is not None and held_date.precision != Precision.DAY and best.published == held_date.value:
        held_date = None  # dated only to the reporting article's month: says "by then", not "late"
    if promised is not None and due is not None and held_date is not None and date_span(held_date)[0] > due:
        return "fulfilled_late", f"announced for {promised.value}, held {when}"
    if _venue_moved(announced, best):
        return "fulfilled_elsewhere", f"held {when} at another venue than announced"
    return "fulfilled_on_time", f"held {when}"


def _later_round(cluster: Cluster, held_rounds: dict[str, int]) -> str:
    """A note when a later round of the same mechanism was reported held (the plan was likely skipped)."""
    series_key, ordinal = cluster.series_key, cluster.ordinal
    if series_key and ordinal is not None and held_rounds.get(series_key, -1) > ordinal:
        return f"; a later round ({held_rounds[series_key]}) was reported held"
    return ""


@dataclass
class _Store(ArticleMentions):
    """The mentions of the whole store: held ones by owner (to find an announced event reported held
    elsewhere), every one by document (what else its own article says: `ArticleMentions`)."""

    held_by_owner: dict[str, list[tuple[Cluster, Mention]]]
    clusters: dict[Ref, Cluster]

    @classmethod
    def of(cls, clusters: Iterable[Cluster]) -> _Store:
        """The indexes of every member of `clusters`."""
        held: dict[str, list[tuple[Cluster, Mention]]] = defaultdict(list)
        by_doc: dict[str, list[Mention]] = defaultdict(list)
        cluster_of: dict[Ref, Cluster] = {}
        for cluster in clusters:
            for mention in cluster.members:
                by_doc[mention.doc_id].append(mention)
                cluster_of[mention.ref] = cluster
                if mention.held:
                    held[mention.owner].append((cluster, mention))
        return cls(by_doc=by_doc, held_by_owner=held, clusters=cluster_of)

    def plans(self, cluster: Cluster) -> list[Mention]:
        """The members that are plans: not the occasion their own article reports under way, nor an item of
        a visit's programme (the visit's follow-up stands for it) unless it is a mechanism's round."""
        return [
            m
            for m in cluster.members
            if is_plan(m) and self.under_way(m) is None and (m.series_key is not None or self.host(m) is None)
        ]

    def siblings(self, announced: Mention) -> list[Mention]:
        """The other plans read from the announcement's own sentence, and the planned rounds of its article
        that its sentence names by number (a headline "to visit Laos for the 47th meeting" above the lead
        that announces that meeting)."""
        return [
            m
            for m in self.by_doc[announced.doc_id]
            if m is not announced
            and is_plan(m)
            and (
                m.engagement.evidence == announced.engagement.evidence
                or (m.series_key is not None and (m.series_key, m.ordinal) in announced.sentence_rounds)
            )
        ]

    def promised(self, announced: Mention) -> DateValue | None:
        """The date the announcement gives; for an undated one, the latest date of the dated plans read from
        the same sentence in the same country: one trip ("will visit X and co-chair the committee's next
        meeting there, due in late 2022"), not a list of occasions ("the anniversary (6 August) and the
        joint cabinet meeting")."""
        if announced.engagement.date is not None or announced.venue_country is None:
            return announced.engagement.date
        dates = [
            m.engagement.date
            for m in self.siblings(announced)
            if m.engagement.date is not None and m.venue_country == announced.venue_country
        ]
        return max(dates, key=lambda d: (date_span(d)[1], d.value), default=None)

    def find(
        self, cluster: Cluster, announced: Mention, promised: DateValue | None, grace: timedelta
    ) -> Mention | None:
        """The held mention (of another event) that reports the announced one, None unless exactly one
        fits; a held report dated within the announcement's window beats undated ones. When none or several
        fit, the articles that report held a plan of the same sentence ("will visit X, where he will co-chair
        the 47th meeting") vouch for the time: the one fitting report among them is taken."""
        window = _window(announced, promised, grace)
        found = self._only_fit(cluster, announced, window, self.held_by_owner.get(announced.owner, []))
        if found is not None:
            return found
        anchors = {m.doc_id for s in self.siblings(announced) for m in self.clusters[s.ref].members if m.held}
        anchored = [(c, m) for c, m in self.held_by_owner.get(announced.owner, []) if m.doc_id in anchors]
        found = self._only_fit(cluster, announced, (date.min, date.max), anchored, vouched=True) if anchored else None
        return found if found is not None else self.same_round(cluster, announced)

    def same_round(self, cluster: Cluster, announced: Mention) -> Mention | None:
        """The held report of the very round announced (same mechanism, same number) in another event, held
        after the announcement appeared, late or not: a mechanism's round N is one occasion. The earliest
        dated report is taken."""
        if announced.series_key is None or announced.ordinal is None:
            return None
        published = span_of(announced.published)[1] if announced.published else None
        rounds = [
            m
            for other, m in self.held_by_owner.get(announced.owner, [])
            if other is not cluster
            and m.doc_id != announced.doc_id
            and m.series_key == announced.series_key
            and m.ordinal == announced.ordinal
            and (published is None or m.span is None or m.span[0] > published)
        ]
        return min(rounds, key=lambda m: (m.span is None, m.span or (date.min, date.min), m.ref), default=None)

    @staticmethod
    def _only_fit(
        cluster: Cluster,
        announced: Mention,
        window: tuple[date, date] | None,
        held: list[tuple[Cluster, Mention]],
        vouched: bool = False,
    ) -> Mention | None:
        """The one held mention of another event that reports the announcement; None for none or several."""
        dated: dict[int, Mention] = {}
        undated: dict[int, Mention] = {}
        for other, mention in held:
            if other is not cluster and _reports(announced, mention, window, vouched):
                (dated if mention.engagement.date is not None else undated)[id(other)] = mention
        fits = dated or undated
        return next(iter(fits.values())) if len(fits) == 1 else None


def _horizon(announced: Mention) -> date:
    """When an undated plan of a dated article is due: a mechanism's next round within two years of the
    article, any other occasion ("will visit", "will meet") within six months."""
    horizon = UNDATED_HORIZON if announced.series_key else UNDATED_OCCASION_HORIZON
    return shift(span_of(announced.published or "")[1], horizon)


def _window(announced: Mention, promised: DateValue | None, grace: timedelta) -> tuple[date, date] | None:
    """When the announced event may have been held: from its announcement to its due day plus grace."""
    starts = [span_of(announced.published)[0]] if announced.published else []
    starts += [date_span(promised)[0]] if promised is not None else []
    if not starts:
        return None
    due = _due(promised)
    horizon = UNDATED_HORIZON if announced.series_key else UNDATED_OCCASION_HORIZON
    end = shift(due, grace) if due is not None else shift(min(starts), horizon)
    return min(starts), end


def _met_on_visit(plan: Engagement, done: Engagement) -> bool:
    """A planned meeting reported by a held visit: to the country the meeting was to be in, naming every
    person the plan names ("X will hold talks with Y" and, later, "X arrived in Y's capital ... Y received him")."""
    if plan.kind != EngagementKind.MEETING or done.kind != EngagementKind.VISIT or done.date is None:
        return False
    countries = [v.country.upper() if v and v.country else None for v in (plan.venue, done.venue)]
    if countries[0] is None or countries[0] != countries[1]:
        return False
    names, others = [fold(p.name) for p in plan.participants], [fold(p.name) for p in done.participants]
    return bool(names) and all(any(names_match(a, b) for b in others) for a in names)


def _other_mechanism(announced: Mention, held: Mention) -> bool:
    """Both are rounds of mechanisms, and not of the same one (a joint committee is not the cooperation
    committee named beside it)."""
    return bool(announced.series_key and held.series_key and announced.series_key != held.series_key)


def _reports(announced: Mention, held: Mention, window: tuple[date, date] | None, vouched: bool = False) -> bool:
    """Same parties, kind (or series and round, or a meeting on a visit), people and time: the held mention
    reports the plan. `vouched`: an article that reports a plan of the same sentence held vouches for the
    time, and a plan that names nobody may be its report."""
    plan, done = announced.engagement, held.engagement
    same_round = announced.series_key is not None and announced.series_key == held.series_key
    if same_round and announced.ordinal is not None and held.ordinal is not None:
        same_round = announced.ordinal == held.ordinal
    if not same_round and plan.kind != done.kind and not _met_on_visit(plan, done):
        return False
    if engagement_parties(plan) != engagement_parties(done):
        return False
    people = same_people(plan, done)
    if people is False:
        return False
    if held.doc_id == announced.doc_id:
        return False  # an article that announces the next round reports the last one, not the next
    countries = {v.country.upper() for v in (plan.venue, done.venue) if v and v.country}
    if len(countries) > 1 and plan.venue and done.venue and plan.venue.country and done.venue.country:
        return False  # a visit to one country is not the visit to the other
    if done.date is None:
        # Nothing dates the held report: the same people on the same kind of occasion is all there is,
        # and `find` still wants it to be the only such report of the owner.
        return not same_round and bool(people)
    if window is None:
        return False
    held_span = date_span(done.date)
    if not (held_span[0] <= window[1] and held_span[1] >= window[0]):
        return False
    if people or (vouched and people is None and not _other_mechanism(announced, held)):
        return True
    # Only the series vouches for it: the round must be held after the article announcing it appeared.
    published = span_of(announced.published)[1] if announced.published else None
    return same_round and (published is None or held_span[0] > published)


@dataclass(frozen=True)
class _Clock:
    """What "overdue" is measured against: the reference day, the grace period, the last rounds held."""

    as_of: date
    grace: timedelta
    held_rounds: dict[str, int]


def _open_status(cluster: Cluster, announced: Mention, promised: DateValue | None, clock: _Clock) -> tuple[str, str]:
    """Pending until the promised date (at its precision) has passed, overdue once the grace period has too;
    an undated plan of a dated article is due at the horizon after it."""
    due = _due(promised) if promised is not None else _horizon(announced) if announced.published else None
    if due is None:
        return "pending", "announced without a date"
    note = " (announced without a date: due at the horizon after the article)" if promised is None else ""
    if shift(due, clock.grace) < clock.as_of:
        later = _later_round(cluster, clock.held_rounds)
        return "overdue", f"due by {due.isoformat()}, no report of it held{later}{note}"
    if due < clock.as_of:
        return "pending", f"due by {due.isoformat()}; within the {clock.grace.days}-day grace period{note}"
    return "pending", f"due by {due.isoformat()}{note}"


def _held_elsewhere(
    cluster: Cluster,
    planned: list[Mention],
    announced: Mention,
    promised: DateValue | None,
    store: _Store,
    clock: _Clock,
) -> tuple[Mention | None, str]:
    """The held mention outside the cluster that reports it, and how it was found: the visit under way whose
    programme it is on ("arrived ... where he will co-chair the 45th meeting"), else a held report elsewhere."""
    host = store.held_host(planned)
    if host is not None:
        return host, f" (during the visit reported under way in {host.doc_id})"
    elsewhere = store.find(cluster, announced, promised, clock.grace)
    return elsewhere, f" (reported in {elsewhere.doc_id})" if elsewhere is not None else ""


def _engagement_followup(cluster: Cluster, key: str, planned: list[Mention], store: _Store, clock: _Clock) -> Followup:
    """Fulfilled when a held mention of it is anywhere in the store, cancelled or postponed when reported so,
    else pending or overdue."""
    held = [m for m in cluster.members if m.held]
    announced = _announcement(planned)
    promised = store.promised(announced)
    elsewhere, where = (None, "") if held else _held_elsewhere(cluster, planned, announced, promised, store, clock)
    statuses = {m.engagement.status for m in planned}
    if held or elsewhere is not None:
        status, detail = _held_status(cluster, announced, promised, held or [elsewhere])  # type: ignore[list-item]
        detail += where
    elif EngagementStatus.CANCELLED in statuses or EngagementStatus.POSTPONED in statuses:
        status = "cancelled" if EngagementStatus.CANCELLED in statuses else "postponed"
        detail = f"reported {status}"
    else:
        status, detail = _open_status(cluster, announced, promised, clock)
    members = sorted([*cluster.members, *([elsewhere] if elsewhere else [])], key=lambda m: (m.published or "", m.ref))
    return Followup(
        subject="engagement",
        key=key,
        parties=sorted(cluster.parties),
        status=status,
        title=_title(cluster, key),
        due=promised.value if promised else None,
        detail=detail,
        refs=sorted(m.ref for m in cluster.members),
        evidence=list({(e.doc_id, e.sentence): e for e in map(_evidence, members)}.values()),
    )


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
    store = _Store.of(cluster for cluster, _ in clusters)
    clock = _Clock(as_of, grace, held_rounds)
    found = []
    for cluster, key in clusters:
        planned = store.plans(cluster)
        if planned:
            found.append(_engagement_followup(cluster, key, planned, store, clock))
    return found


# --- commitments ----------------------------------------------------------------------------


def _reports_done(commitment: Commitment) -> bool:
    """The commitment's sentence says it was carried out, in no future tense."""
    text = fold(commitment.text or commitment.evidence)
    return bool(_done_cues().search(text)) and not _FUTURE.search(text)


def _thread_status(items: list[tuple[str, Commitment]], as_of: date) -> tuple[str, str]:
    """Reported done (a done cue, or signing what was agreed before), else silent, repeated or made once."""
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
