"""Read-only views of a linked store as tables: documents, facts with their sources, events, series, follow-ups."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cache
from importlib import resources
from types import UnionType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel

from suivi.errors import InvalidLinkQuery
from suivi.link.actors import build_actors
from suivi.link.consolidate import series_timeline as build_timeline
from suivi.link.keys import fold, in_dyad, parse_dyad, span_of
from suivi.link.linker import Linking, current_linking, followups
from suivi.link.queries import FOLLOWUP_STATUSES, overdue_as_of
from suivi.link.results import Actor, Event, Followup, SeriesTimeline, Tenure
from suivi.record import Commitment, Document, DocumentRecord, Engagement, Indicator, Participant
from suivi.store import Store

if TYPE_CHECKING:  # pragma: no cover - optional libraries, imported when a table is converted
    import pandas
    import pyarrow

R = TypeVar("R", bound=BaseModel)
Scalar = str | int | float | bool | None
#: Columns that say where a fact comes from; they lead every fact table.
SOURCE_COLUMNS = ("doc_id", "published", "outlet", "title", "url")


class Source(BaseModel):
    """The article a fact was read in: what a footnote or a spreadsheet row cites."""

    doc_id: str
    published: str | None = None
    language: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


class EngagementFact(Engagement):
    """An engagement as one article reports it, with that article's metadata."""

    doc_id: str
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


class ParticipantFact(Participant):
    """A participant of one engagement of one article, with the engagement's date and event."""

    doc_id: str
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    engagement_id: str
    event_key: str | None = None
    seen: str | None = None  # the engagement's date, else the publication date


class CommitmentFact(Commitment):
    """A commitment of one article, with the event of the engagement it was made at."""

    doc_id: str
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    local_id: str
    event_key: str | None = None


class IndicatorFact(Indicator):
    """A figure of one article."""

    doc_id: str
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    local_id: str


# --- tables ------------------------------------------------------------------------------------


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds (`Venue`, `Venue | None`), None for scalars and lists."""
    if get_origin(annotation) in (list, tuple, dict):
        return None
    candidates = get_args(annotation) if get_origin(annotation) in (Union, UnionType) else (annotation,)
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _scalar(value: Any) -> Scalar:
    if value is None or isinstance(value, str | int | float | bool):
        return value.value if isinstance(value, Enum) else value
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return "; ".join(str(v.value if isinstance(v, Enum) else v) for v in value)
    plain = [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value]
    return json.dumps(plain, ensure_ascii=False, default=str)


def flatten(model: type[BaseModel], item: BaseModel | None, prefix: str = "") -> dict[str, Scalar]:
    """One flat row of a record: nested models become prefixed columns (`date_value`, `venue_place`),
    lists of words are joined with "; ", lists of records become JSON. The same columns for every row."""
    row: dict[str, Scalar] = {}
    for name, info in model.model_fields.items():
        value = getattr(item, name, None) if item is not None else None
        nested = _nested_model(info.annotation)
        if nested is not None:
            row.update(flatten(nested, value, f"{prefix}{name}_"))
        else:
            row[prefix + name] = _scalar(value)
    return row


@dataclass
class Table(Generic[R]):
    """Typed records of one kind, and the same as flat rows for spreadsheets, Arrow and pandas."""

    name: str
    model: type[R]
    records: list[R]
    exclude: frozenset[str] = field(default_factory=frozenset)

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[R]:
        return iter(self.records)

    def __getitem__(self, index: int) -> R:
        return self.records[index]

    @property
    def columns(self) -> list[str]:
        """Column names: the source columns first, then the record's fields in order."""
        names = [c for c in flatten(self.model, None) if c not in self.exclude]
        if "doc_id" not in names:
            return names
        return [c for c in SOURCE_COLUMNS if c in names] + [c for c in names if c not in SOURCE_COLUMNS]

    def rows(self) -> list[dict[str, Scalar]]:
        """One flat dict per record, keys in `columns` order."""
        columns = self.columns
        flat = [flatten(self.model, r) for r in self.records]
        return [{c: row[c] for c in columns} for row in flat]

    def to_arrow(self) -> pyarrow.Table:
        """The rows as a pyarrow Table (pyarrow is a dependency of suivi)."""
        import pyarrow

        rows = self.rows()
        return pyarrow.table({c: [row[c] for row in rows] for c in self.columns})

    def to_pandas(self) -> pandas.DataFrame:
        """The rows as a pandas DataFrame; needs the optional extra: pip install 'suivi[pandas]'."""
        try:
            import pandas  # noqa: F401
        except ImportError as exc:
            from suivi.errors import MissingExtra

            raise MissingExtra(
                "pandas is not installed; install it with pip install 'suivi[pandas]', or use .to_arrow()",
                detail={"package": "pandas"},
            ) from exc
        return self.to_arrow().to_pandas()


# --- filters -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """What a view covers: a dyad ("VN-KH") and a period of publication or occurrence."""

    dyad: frozenset[str] | None = None
    since: str | None = None
    until: str | None = None

    @classmethod
    def of(cls, dyad: str | Iterable[str] | None = None, since: str | None = None, until: str | None = None) -> Scope:
        """Check and build a scope; S501 for a bad dyad, S503 for a bad date."""
        if dyad is not None and not isinstance(dyad, str):
            dyad = "-".join(dyad)
        return cls(parse_dyad(dyad) if dyad else None, _checked_date("since", since), _checked_date("until", until))

    def covers_parties(self, parties: Iterable[str]) -> bool:
        return in_dyad(parties, self.dyad)

    def covers_date(self, value: str | None) -> bool:
        """Within [since, until], compared at the coarser of the two precisions; undated is kept."""
        if value is None:
            return True
        if self.since is not None:
            width = min(len(value), len(self.since))
            if value[:width] < self.since[:width]:
                return False
        if self.until is not None:
            width = min(len(value), len(self.until))
            if value[:width] > self.until[:width]:
                return False
        return True


def _checked_date(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        span_of(value)
    except ValueError as exc:
        raise InvalidLinkQuery(
            f"{name}={value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021-01)", detail={name: value}
        ) from exc
    return value


def _event_date(event: Event) -> str | None:
    if event.date is not None:
        return event.date.value
    published = sorted(m.published for m in event.mentions if m.published)
    return published[0] if published else None


# --- the views ---------------------------------------------------------------------------------


@dataclass
class StoreView:
    """One read of a store: its documents, records and links, and the tables cut from them."""

    documents: list[Document]
    linking: Linking
    as_of: date

    @classmethod
    def read(cls, store: Store, as_of: date | None = None) -> StoreView:
        """Read the documents and the (stored or in-memory) links of `store` once."""
        return cls(store.documents(), current_linking(store), as_of or date.today())

    @property
    def records(self) -> list[DocumentRecord]:
        return self.linking.records

    def sources(self) -> dict[str, Source]:
        return {
            d.id: Source(
                doc_id=d.id, published=d.published, language=d.language, outlet=d.outlet, title=d.title, url=d.url
            )
            for d in self.documents
        }

    def _keyed_records(self, scope: Scope) -> Iterator[tuple[Source, DocumentRecord]]:
        sources = self.sources()
        for record in self.linking.keyed_records():
            source = sources.get(record.doc_id) or Source(doc_id=record.doc_id, published=record.published)
            if scope.covers_date(source.published):
                yield source, record

    def document_table(self, scope: Scope = Scope()) -> Table[Source]:
        sources = [s for s in self.sources().values() if scope.covers_date(s.published)]
        if scope.dyad is not None:
            wanted = {r.doc_id for r in self.records if _record_in(r, scope)}
            sources = [s for s in sources if s.doc_id in wanted]
        return Table("documents", Source, sorted(sources, key=lambda s: (s.published or "", s.doc_id)))

    def engagement_table(self, scope: Scope = Scope()) -> Table[EngagementFact]:
        rows = [
            EngagementFact.model_validate(e.model_dump() | source.model_dump())
            for source, record in self._keyed_records(scope)
            for e in record.engagements
            if scope.covers_parties(e.parties)
        ]
        return Table("engagements", EngagementFact, rows, frozenset({"participants", "language"}))

    def participant_table(self, scope: Scope = Scope()) -> Table[ParticipantFact]:
        rows = []
        for source, record in self._keyed_records(scope):
            for e in record.engagements:
                if not scope.covers_parties(e.parties):
                    continue
                seen = e.date.value if e.date else record.published
                rows += [
                    ParticipantFact.model_validate(
                        p.model_dump()
                        | source.model_dump()
                        | {"engagement_id": e.id, "event_key": e.event_key, "seen": seen}
                    )
                    for p in e.participants
                ]
        return Table("participants", ParticipantFact, rows, frozenset({"language"}))

    def commitment_table(self, scope: Scope = Scope(), area: str | None = None) -> Table[CommitmentFact]:
        rows = []
        for source, record in self._keyed_records(scope):
            events = {e.id: e.event_key for e in record.engagements}
            for i, c in enumerate(record.commitments):
                if scope.covers_parties(c.parties) and (area is None or area in c.areas):
                    extra = {"local_id": f"c{i + 1}", "event_key": events.get(c.engagement or "")}
                    rows.append(CommitmentFact.model_validate(c.model_dump() | source.model_dump() | extra))
        return Table("commitments", CommitmentFact, rows, frozenset({"language"}))

    def indicator_table(self, scope: Scope = Scope(), metric: str | None = None) -> Table[IndicatorFact]:
        rows = [
            IndicatorFact.model_validate(x.model_dump() | source.model_dump() | {"local_id": f"i{i + 1}"})
            for source, record in self._keyed_records(scope)
            for i, x in enumerate(record.indicators)
            if scope.covers_parties(x.parties) and (metric is None or x.metric == metric)
        ]
        return Table("indicators", IndicatorFact, rows, frozenset({"language"}))

    def event_table(self, scope: Scope = Scope()) -> Table[Event]:
        events = [e for e in self.linking.events() if scope.covers_parties(e.parties)]
        events = [e for e in events if scope.covers_date(_event_date(e))]
        return Table("events", Event, sorted(events, key=lambda e: (_event_date(e) or "9999", e.key)))

    def series_table(self, scope: Scope = Scope()) -> Table[SeriesTimeline]:
        events = self.linking.events()
        names = self.linking.series_names()
        keys = sorted({e.series_key for e in events if e.series_key and scope.covers_parties(e.parties)})
        as_of = overdue_as_of(self.as_of)  # overdue as in the follow-ups: past the date and the grace period
        return Table("series", SeriesTimeline, [build_timeline(k, events, names.get(k, []), as_of) for k in keys])

    def followup_table(
        self, scope: Scope = Scope(), status: str | None = None, kind: str | None = None
    ) -> Table[Followup]:
        if status is not None and status not in FOLLOWUP_STATUSES:
            raise InvalidLinkQuery(
                f"unknown follow-up status {status!r}; use one of {', '.join(FOLLOWUP_STATUSES)}",
                detail={"status": status},
            )
        found = [f for f in followups(self.linking, self.as_of, kind=kind) if scope.covers_parties(f.parties)]
        if status == "fulfilled":
            found = [f for f in found if f.status.startswith("fulfilled")]
        elif status is not None:
            found = [f for f in found if f.status == status]
        return Table("followups", Followup, found)

    def actor_table(self, scope: Scope = Scope()) -> Table[Actor]:
        """People named as participants, with role tenures whose roles are cleaned of verb fragments."""
        records = [r for _, r in self._keyed_records(scope)]
        actors = build_actors(records if scope.dyad is None else _in_scope(records, scope))
        return Table("actors", Actor, [a.model_copy(update={"tenures": clean_tenures(a.tenures)}) for a in actors])

    def tables(self, scope: Scope = Scope()) -> Sequence[Table[Any]]:
        """Every table an export writes, in a fixed order."""
        return (
            self.document_table(scope),
            self.engagement_table(scope),
            self.participant_table(scope),
            self.commitment_table(scope),
            self.indicator_table(scope),
            self.event_table(scope),
            self.series_table(scope),
            self.followup_table(scope),
        )


def _record_in(record: DocumentRecord, scope: Scope) -> bool:
    facts: list[Engagement | Commitment | Indicator] = [*record.engagements, *record.commitments, *record.indicators]
    return any(scope.covers_parties(f.parties) for f in facts)


def _in_scope(records: Iterable[DocumentRecord], scope: Scope) -> list[DocumentRecord]:
    """Records cut down to the engagements of the scope's dyad (for the people who took part in them)."""
    return [
        r.model_copy(update={"engagements": [e for e in r.engagements if scope.covers_parties(e.parties)]})
        for r in records
    ]


# --- roles ------------------------------------------------------------------------------------


@cache
def _role_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    text = resources.files("suivi.link").joinpath("data/role_fragments.json").read_text(encoding="utf-8")
    data = json.loads(text)
    clauses = re.compile("|".join(f"(?:{p})" for p in data["cut_before"]))
    return clauses, re.compile(data["cut_before_name"]), re.compile(data["strip_trailing"])


def clean_role(role: str) -> str:
    """A role without the clause an extractor may have run into ("Foreign Minister and held talks with"
    -> "Foreign Minister"). Patterns match the accent-folded text, whose offsets are the role's."""
    cut, name, trailing = _role_cues()
    ends = [m.start() for m in (cut.search(_fold_same_length(role)), name.search(role)) if m]
    kept = role[: min(ends, default=len(role))]
    tail = trailing.search(_fold_same_length(kept))
    return kept[: tail.start()].strip() if tail and tail.start() > 0 else kept.strip()


def _fold_same_length(text: str) -> str:
    """Lower-case, accents removed, one character per character (so offsets carry over to `text`)."""
    folded = "".join(fold(c) or c for c in text.lower())
    return folded if len(folded) == len(text) else text.lower()


def clean_tenures(tenures: Iterable[Tenure]) -> list[Tenure]:
    """Tenures with cleaned roles; roles that become the same are merged (first and last seen widened)."""
    merged: dict[str, Tenure] = {}
    for tenure in tenures:
        role = clean_role(tenure.role) or tenure.role
        key = fold(role)
        if key not in merged:
            merged[key] = tenure.model_copy(update={"role": role})
            continue
        kept = merged[key]
        firsts = [d for d in (kept.first_seen, tenure.first_seen) if d]
        lasts = [d for d in (kept.last_seen, tenure.last_seen) if d]
        kept.first_seen = min(firsts) if firsts else None
        kept.last_seen = max(lasts) if lasts else None
        kept.sources = sorted({*kept.sources, *tenure.sources})
    return sorted(merged.values(), key=lambda t: (t.first_seen or "9999", t.role))
