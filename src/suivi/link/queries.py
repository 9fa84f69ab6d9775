"""What the CLI, the API and the web ask of the links: series, timelines, events, follow-ups, actors."""

from __future__ import annotations

from datetime import date, timedelta

from suivi.errors import InvalidLinkQuery, SeriesNotFound
from suivi.link.actors import build_actors, match_actors
from suivi.link.consolidate import series_summary
from suivi.link.consolidate import series_timeline as build_timeline
from suivi.link.follow_through import COMMITMENT_STATUSES, ENGAGEMENT_STATUSES, TARGET_STATUSES
from suivi.link.keys import in_dyad, parse_dyad, span_of
from suivi.link.linker import current_linking, followups
from suivi.link.results import Actor, Event, Followup, SeriesSummary, SeriesTimeline
from suivi.settings import load_settings
from suivi.store import Store

#: Statuses `list_followups` accepts; "fulfilled" stands for any fulfilled_* status.
FOLLOWUP_STATUSES = tuple(dict.fromkeys(("fulfilled", *ENGAGEMENT_STATUSES, *COMMITMENT_STATUSES, *TARGET_STATUSES)))


def overdue_as_of(as_of: date) -> date:
    """The day series timelines judge `next_overdue` at: `as_of` less the grace period a plan gets (setting
    `followup_grace_days`), so a series view calls a round overdue exactly when `suivi followups` does."""
    return as_of - timedelta(days=load_settings().followup_grace_days)


def _dyad(dyad: str | None) -> frozenset[str] | None:
    return parse_dyad(dyad) if dyad else None


def list_series(
    store: Store, dyad: str | None = None, *, mechanisms_only: bool = True, as_of: date | None = None
) -> list[SeriesSummary]:
    """Every recurring mechanism in the store (of one dyad, "VN-KH", if given), by key, its next round
    overdue or not at `as_of` (today); anniversaries and festivals keep their series key but are listed
    only with `mechanisms_only=False`."""
    wanted = _dyad(dyad)
    linking = current_linking(store)
    events = linking.events()
    names = linking.series_names()
    keys = sorted({e.series_key for e in events if e.series_key and in_dyad(e.parties, wanted)})
    day = overdue_as_of(as_of or date.today())
    timelines = [build_timeline(key, events, names.get(key, []), day) for key in keys]
    return [series_summary(t) for t in timelines if t.mechanism or not mechanisms_only]


def series_timeline(store: Store, key: str, as_of: date | None = None) -> SeriesTimeline:
    """The rounds of one series in order, with gaps, cadence and next expected round (overdue or not at
    `as_of`, today); S502 if unknown."""
    linking = current_linking(store)
    events = [e for e in linking.events() if e.series_key == key]
    if not events:
        raise SeriesNotFound(
            f"no series {key!r} in the store {store.url!r}; `suivi series` lists the keys",
            detail={"series_key": key},
        )
    return build_timeline(key, events, linking.series_names().get(key, []), overdue_as_of(as_of or date.today()))


def _since(since: str | None) -> str | None:
    if since is None:
        return None
    try:
        span_of(since)
    except ValueError as exc:
        raise InvalidLinkQuery(
            f"since={since!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD", detail={"since": since}
        ) from exc
    return since


def _event_since(event: Event, since: str) -> bool:
    """Dated on or after `since`, compared at the coarser precision; undated events by their sources."""
    if event.date is not None:
        value = event.date.end or event.date.value
        width = min(len(value), len(since))
        return value[:width] >= since[:width]
    return any(m.published and m.published[: len(since)] >= since[: len(m.published)] for m in event.mentions)


def list_events(store: Store, dyad: str | None = None, since: str | None = None) -> list[Event]:
    """Real-world events with all their sources, newest first (undated last)."""
    wanted, since = _dyad(dyad), _since(since)
    events = [e for e in current_linking(store).events() if in_dyad(e.parties, wanted)]
    if since is not None:
        events = [e for e in events if _event_since(e, since)]
    dated = sorted((e for e in events if e.date), key=lambda e: (e.date.value if e.date else "", e.key), reverse=True)
    return dated + sorted((e for e in events if not e.date), key=lambda e: e.key)


def _status_filter(status: str | None) -> str | None:
    if status is not None and status not in FOLLOWUP_STATUSES:
        raise InvalidLinkQuery(
            f"unknown follow-up status {status!r}; use one of {', '.join(FOLLOWUP_STATUSES)}",
            detail={"status": status},
        )
    return status


def list_followups(
    store: Store,
    status: str | None = None,
    dyad: str | None = None,
    as_of: date | None = None,
    kind: str | None = None,
) -> list[Followup]:
    """Planned engagements, then commitment threads, then targets (or one `kind` of them: engagements,
    commitments, targets) with their status at `as_of` (today)."""
    wanted, status = _dyad(dyad), _status_filter(status)
    found = followups(current_linking(store), as_of or date.today(), kind=kind)
    if status == "fulfilled":
        found = [f for f in found if f.status.startswith("fulfilled")]
    elif status is not None:
        found = [f for f in found if f.status == status]
    return [f for f in found if in_dyad(f.parties, wanted)]


def find_actor(store: Store, name: str) -> list[Actor]:
    """People whose names fit `name` (any spelling, with or without diacritics or honorifics), best first."""
    return match_actors(build_actors(store.records()), name)
