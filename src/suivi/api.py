"""The notebook API: `suivi.open(url_or_path)` and typed queries that return tables (`.to_arrow()`, `.to_pandas()`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from suivi import corrections as fixes
from suivi.errors import InvalidLinkQuery, StoreError
from suivi.link.results import Actor, Event, Followup, SeriesTimeline
from suivi.link.views import (
    CommitmentFact,
    EngagementFact,
    IndicatorFact,
    ParticipantFact,
    Scope,
    Source,
    StoreView,
    Table,
)
from suivi.record import check_partial_date
from suivi.report.brief import Briefing, briefing_of
from suivi.store import Store
from suivi.vocab import Area, Metric

__all__ = ["SuiviStore", "Table", "as_of_day", "open"]

AsOf = date | str | None


def _url(url_or_path: str | Path) -> str:
    """A store URL: URLs pass through; a path must name an existing SQLite file (nothing is created)."""
    text = str(url_or_path)
    if "://" in text:
        return text
    path = Path(text).expanduser()
    if not path.is_file():
        raise StoreError(
            f"no store at {text!r}; give the path of an existing suivi SQLite file or a URL "
            "(sqlite:///path, postgresql://user@host/db); `suivi demo` creates one",
            detail={"path": text},
        )
    return f"sqlite:///{path.resolve()}"


def as_of_day(value: AsOf, option: str = "as_of") -> date | None:
    """The day pending / overdue are judged at: a date as given; "2024" stands for 2024-12-31 and "2024-05" for
    2024-05-31 (a year or month stands for its last day); S503 naming `option` for anything else."""
    if value is None or isinstance(value, date):
        return value
    try:
        check_partial_date(value)
    except (TypeError, ValueError) as exc:
        raise InvalidLinkQuery(
            f"{option} {value!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2024-05, 2024-05-27)",
            detail={"as_of": str(value)},
        ) from exc
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        year, month = parts[0] + parts[1] // 12, parts[1] % 12 + 1
        return date(year, month, 1) - timedelta(days=1)
    return date(parts[0], 12, 31)


def open(url_or_path: str | Path, *, as_of: AsOf = None) -> SuiviStore:
    """Open a store for reading: `suivi.open("store.sqlite")`, or a URL. `as_of` dates pending / overdue (today);
    a `date`, or "YYYY[-MM[-DD]]"."""
    return SuiviStore(Store.open(_url(url_or_path)), as_of=as_of_day(as_of))


class SuiviStore:
    """A store read once, queried many times; every query returns a `Table` of typed records."""

    def __init__(self, store: Store, *, as_of: AsOf = None) -> None:
        self.store = store
        self.as_of = as_of_day(as_of)
        self._view: StoreView | None = None

    @property
    def view(self) -> StoreView:
        """The documents and links, read on first use (call `refresh()` after ingesting)."""
        if self._view is None:
            self._view = StoreView.read(self.store, self.as_of)
        return self._view

    def refresh(self) -> None:
        """Forget what was read, so the next query sees the store as it is now."""
        self._view = None

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> SuiviStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<SuiviStore {self.store.url}>"

    def documents(self, dyad: str | None = None, since: str | None = None) -> Table[Source]:
        """Articles with their title, URL and outlet (of one dyad: those reporting on it)."""
        return self.view.document_table(Scope.of(dyad, since))

    def events(self, dyad: str | None = None, since: str | None = None, until: str | None = None) -> Table[Event]:
        """Real-world events with all their sources, in time order (undated last)."""
        return self.view.event_table(Scope.of(dyad, since, until))

    def _view_as_of(self, as_of: AsOf) -> StoreView:
        """The view with pending / overdue judged at `as_of` (the store's `as_of` when None)."""
        day = as_of_day(as_of)
        return self.view if day is None else replace(self.view, as_of=day)

    def series(self, dyad: str | None = None, as_of: AsOf = None) -> Table[SeriesTimeline]:
        """Recurring mechanisms with their rounds, gaps, cadence and next expected round (overdue or not at
        `as_of`: a date or "YYYY[-MM[-DD]]", default the store's)."""
        return self._view_as_of(as_of).series_table(Scope.of(dyad))

    def followups(
        self, status: str | None = None, dyad: str | None = None, kind: str | None = None, as_of: AsOf = None
    ) -> Table[Followup]:
        """Planned engagements, then commitment threads, then targets, with their status ("overdue", "fulfilled",
        ...) at `as_of` (default the store's); `kind` ("engagements", "commitments" or "targets") keeps one."""
        return self._view_as_of(as_of).followup_table(Scope.of(dyad), status, kind)

    def engagements(self, dyad: str | None = None, since: str | None = None) -> Table[EngagementFact]:
        """Engagements as each article reports them."""
        return self.view.engagement_table(Scope.of(dyad, since))

    def participants(self, dyad: str | None = None, since: str | None = None) -> Table[ParticipantFact]:
        """Participants of each engagement of each article, with their role then."""
        return self.view.participant_table(Scope.of(dyad, since))

    def indicators(self, metric: str | None = None, dyad: str | None = None) -> Table[IndicatorFact]:
        """Figures (trade, investment, aid...), observed or targeted; `metric` is a `suivi.vocab.Metric` value."""
        return self.view.indicator_table(Scope.of(dyad), _checked("metric", metric))

    def commitments(self, area: str | None = None, dyad: str | None = None) -> Table[CommitmentFact]:
        """What the parties agreed, pledged, proposed or signed; `area` is a `suivi.vocab.Area` value."""
        return self.view.commitment_table(Scope.of(dyad), _checked("area", area))

    def actors(self, dyad: str | None = None) -> Table[Actor]:
        """People named as participants, with their country and role tenures."""
        return self.view.actor_table(Scope.of(dyad))

    def brief(self, *parties: str, since: str | None = None, until: str | None = None, lang: str = "en") -> Briefing:
        """The briefing on a pair of parties (render it with `suivi.report.render`)."""
        return briefing_of(self.view, Scope.of(list(parties), since, until), lang)

    # --- analysts' corrections (suivi.corrections); each one is saved, relinked and seen by the next query

    def _corrected(self, correction: fixes.Correction) -> fixes.Correction:
        self.refresh()
        return correction

    def facts(self, doc_id: str) -> list[fixes.FactRef]:
        """The facts of a document with the ids (`DOC/e1`) and stable keys corrections name them by."""
        return fixes.facts(self.store, doc_id)

    def reject(self, fact: str, reason: str | None = None, author: str | None = None) -> fixes.Correction:
        """Reject a fact (`"fr-001/e2"` or its stable key)."""
        return self._corrected(fixes.reject(self.store, fact, reason=reason, author=author))

    def edit(self, fact: str, reason: str | None = None, author: str | None = None, **fields: Any) -> fixes.Correction:
        """Set fields of a fact: `edit("fr-001/e1", status="held", date="2023-05")`; nested parts as a dict
        (`edit(fact, **{"series.ordinal": 8})`)."""
        return self._corrected(fixes.edit(self.store, fact, fields, reason=reason, author=author))

    def set_status(
        self, followup: str, status: str, reason: str | None = None, author: str | None = None
    ) -> fixes.Correction:
        """Set a follow-up's status (its key in `followups()`), overriding the linker's."""
        return self._corrected(
            fixes.set_status(self.store, followup, status, reason=reason, author=author, as_of=self.as_of)
        )

    def merge(self, kind: str, *keys: str, reason: str | None = None, author: str | None = None) -> fixes.Correction:
        """Merge events, series or actors (`kind`) into the first key."""
        return self._corrected(fixes.merge(self.store, kind, list(keys), reason=reason, author=author))

    def split(
        self,
        kind: str,
        key: str,
        *members: str,
        into: str | None = None,
        reason: str | None = None,
        author: str | None = None,
    ) -> fixes.Correction:
        """Split engagements (fact ids) off an event or series; for an actor, documents, named `into`."""
        return self._corrected(
            fixes.split(self.store, kind, key, list(members), into=into, reason=reason, author=author)
        )

    def pin(
        self,
        fact: str,
        event: str | None = None,
        series: str | None = None,
        reason: str | None = None,
        author: str | None = None,
    ) -> fixes.Correction:
        """Pin an engagement to an event or a series."""
        return self._corrected(fixes.pin(self.store, fact, event=event, series=series, reason=reason, author=author))

    def corrections(self, state: str | None = None) -> list[fixes.Correction]:
        """Every correction, oldest first, with its state (active, undone, orphaned; `state` keeps one)."""
        return fixes.list_corrections(self.store, state)

    def undo(self, correction_id: int, author: str | None = None) -> fixes.Correction:
        """Undo a correction; what it changed comes back."""
        return self._corrected(fixes.undo(self.store, correction_id, author=author))


def _checked(name: str, value: str | None) -> str | None:
    """A metric or area filter, checked against its vocabulary (S503 for an unknown value)."""
    allowed = [m.value for m in (Metric if name == "metric" else Area)]
    if value is not None and value not in allowed:
        raise InvalidLinkQuery(f"unknown {name} {value!r}; use one of {', '.join(allowed)}", detail={name: value})
    return value
