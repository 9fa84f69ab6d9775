"""What linking returns: events, series timelines, actors, follow-ups and the run summary (JSON-ready)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from suivi.record import DateValue, Venue


class _Result(BaseModel):
    model_config = ConfigDict(frozen=False)


class Evidence(_Result):
    """A document and the sentence in it that supports a link or a status."""

    doc_id: str
    sentence: str = ""
    published: str | None = None


class EventMention(_Result):
    """One engagement of one document that reports the event."""

    doc_id: str
    engagement_id: str
    status: str
    date: str | None = None
    published: str | None = None
    evidence: str = ""


class Event(_Result):
    """One real-world event with all its sources and consolidated facts."""

    key: str
    kind: str
    parties: list[str]
    series_key: str | None = None
    ordinal: int | None = None
    status: str
    date: DateValue | None = None
    venue: Venue | None = None
    participants: list[str] = Field(default_factory=list)
    mentions: list[EventMention] = Field(default_factory=list)
    conflicts: list[str] = Field(default_factory=list)
    #: One line: kind, mechanism and round, parties, place, date ("joint committee: Comité mixte,
    #: round 17 — KH-VN — Phnom Penh, KH — 2019-08-21").
    description: str = ""
    #: Ids of the analysts' corrections behind the event: of its engagements' facts, participants and links.
    corrections: list[int] = Field(default_factory=list)


class SeriesRound(_Result):
    """One round of a series: an event, by ordinal and date."""

    ordinal: int | None
    date: DateValue | None
    status: str
    venue: Venue | None = None
    event_key: str
    sources: list[str] = Field(default_factory=list)
    corrections: list[int] = Field(default_factory=list)  # the round's event's


class SeriesSummary(_Result):
    """A recurring mechanism in one line."""

    key: str
    parties: list[str]
    names: list[str]
    rounds: int
    last_ordinal: int | None = None
    first_date: str | None = None
    last_date: str | None = None
    next_ordinal: int | None = None
    next_expected_text: str | None = None  # "around June 2027" for a projection, the date for an announcement
    next_overdue: bool = False
    corrections: list[int] = Field(default_factory=list)


class SeriesTimeline(_Result):
    """The rounds of one mechanism in order, the gaps, the cadence and the next round expected."""

    key: str
    parties: list[str]
    names: list[str]
    rounds: list[SeriesRound]
    missing_ordinals: list[int] = Field(default_factory=list)
    cadence_days: float | None = None
    next_ordinal: int | None = None
    next_expected: str | None = None  # at the precision the cadence allows: "2027-06", not "2027-06-22"
    next_expected_precision: str | None = None  # "day", "month" or "year"
    next_expected_text: str | None = None  # "around June 2027" for a projection, the date for an announcement
    next_expected_source: str | None = None  # "announced" or "cadence"
    next_overdue: bool = False  # the expected date has passed with no round reported held
    mechanism: bool = True  # False for anniversaries and festivals: they keep a key but recur by the calendar
    corrections: list[int] = Field(default_factory=list)  # of all its rounds


class Tenure(_Result):
    """A role a person was seen holding, from first to last mention."""

    role: str
    first_seen: str | None
    last_seen: str | None
    sources: list[str] = Field(default_factory=list)


class Actor(_Result):
    """One person across spellings, with the names seen and roles over time."""

    key: str
    name: str
    country: str | None
    variants: list[str]
    tenures: list[Tenure] = Field(default_factory=list)
    mentions: int = 0
    sources: list[str] = Field(default_factory=list)


class Followup(_Result):
    """Whether an announcement, a commitment or a target was followed through, with its evidence."""

    subject: str  # "engagement", "commitment" or "target"
    key: str
    parties: list[str]
    status: str
    title: str
    due: str | None = None
    detail: str = ""
    refs: list[tuple[str, str]] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    #: Ids of the analysts' corrections behind the follow-up: its status set by hand, edits of its facts.
    corrections: list[int] = Field(default_factory=list)


class LinkReport(_Result):
    """What one linking run did."""

    records: int
    engagements: int
    events: int
    multi_source_events: int
    series: int
    series_linked: int
    near_duplicate_pairs: int
    actors: int
    followups: dict[str, int] = Field(default_factory=dict)
    conflicts: int = 0
    seconds: float = 0.0
