"""Linking across documents and time: events, series, actors and follow-through over the stored records."""

from suivi.link.actors import build_actors, match_actors
from suivi.link.linker import Linking, current_linking, followups, link_records, link_store, remove_documents
from suivi.link.queries import (
    FOLLOWUP_STATUSES,
    find_actor,
    list_events,
    list_followups,
    list_series,
    series_timeline,
)
from suivi.link.results import (
    Actor,
    Event,
    EventMention,
    Evidence,
    Followup,
    LinkReport,
    SeriesRound,
    SeriesSummary,
    SeriesTimeline,
    Tenure,
)

__all__ = [
    "FOLLOWUP_STATUSES",
    "Actor",
    "Event",
    "EventMention",
    "Evidence",
    "Followup",
    "LinkReport",
    "Linking",
    "SeriesRound",
    "SeriesSummary",
    "SeriesTimeline",
    "Tenure",
    "build_actors",
    "current_linking",
    "find_actor",
    "followups",
    "link_records",
    "link_store",
    "list_events",
    "list_followups",
    "list_series",
    "match_actors",
    "remove_documents",
    "series_timeline",
]
