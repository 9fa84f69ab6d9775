"""Rich tables of link results for the shells (the CLI prints them; nothing here prints)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group
from rich.table import Table
from rich.text import Text

from suivi.link.results import Actor, Event, Followup, LinkReport, SeriesSummary, SeriesTimeline
from suivi.record import DateValue, Venue


def _date(value: DateValue | None) -> str:
    if value is None:
        return "-"
    return f"{value.value}–{value.end}" if value.end else value.value


def _venue(venue: Venue | None) -> str:
    if venue is None:
        return "-"
    return ", ".join(part for part in (venue.place, venue.country) if part) or "-"


def link_report_table(report: LinkReport) -> Table:
    """The summary of one linking run."""
    table = Table(title="Linking")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in report.model_dump(exclude={"followups"}).items():
        table.add_row(name.replace("_", " "), str(value))
    for status, count in report.followups.items():
        table.add_row(f"follow-ups {status.replace(':', ' ')}", str(count))
    return table


def series_table(series: Sequence[SeriesSummary]) -> Table:
    """One line per recurring mechanism."""
    table = Table(title=f"{len(series)} series")
    for column in ("key", "parties", "rounds", "last round", "first", "last", "named"):
        table.add_column(column, overflow="fold")
    for item in series:
        table.add_row(
            item.key,
            "-".join(item.parties),
            str(item.rounds),
            str(item.last_ordinal) if item.last_ordinal is not None else "-",
            item.first_date or "-",
            item.last_date or "-",
            "; ".join(item.names[:2]),
        )
    return table


def timeline_view(timeline: SeriesTimeline) -> Group:
    """The rounds of a series, then its gaps, cadence and next expected round."""
    table = Table(title=f"{timeline.key} ({'-'.join(timeline.parties)})")
    for column in ("round", "date", "status", "venue", "sources", "event"):
        table.add_column(column, overflow="fold")
    for item in timeline.rounds:
        table.add_row(
            str(item.ordinal) if item.ordinal is not None else "?",
            _date(item.date),
            item.status,
            _venue(item.venue),
            ", ".join(item.sources),
            item.event_key,
        )
    lines = [
        f"missing rounds: {', '.join(map(str, timeline.missing_ordinals)) or 'none'}",
        f"cadence: {timeline.cadence_days:.0f} days" if timeline.cadence_days else "cadence: unknown",
        f"next expected: round {timeline.next_ordinal if timeline.next_ordinal is not None else '?'}, "
        f"{timeline.next_expected or 'date unknown'}"
        + (f" ({timeline.next_expected_source})" if timeline.next_expected_source else ""),
    ]
    return Group(table, Text("\n".join(lines)))


def events_table(events: Sequence[Event]) -> Table:
    """One line per real-world event, with its number of sources."""
    table = Table(title=f"{len(events)} events")
    for column in ("date", "kind", "parties", "round", "status", "sources", "key", "conflicts"):
        table.add_column(column, overflow="fold")
    for event in events:
        table.add_row(
            _date(event.date),
            event.kind,
            "-".join(event.parties),
            f"{event.series_key} {event.ordinal}" if event.ordinal is not None else (event.series_key or "-"),
            event.status,
            str(len({m.doc_id for m in event.mentions})),
            event.key,
            "; ".join(event.conflicts),
            style="yellow" if event.conflicts else None,
        )
    return table


_STYLES = {"overdue": "red", "fulfilled_late": "yellow", "not_met": "red", "met": "green"}


def followups_table(followups: Sequence[Followup]) -> Table:
    """One line per follow-up, coloured by status."""
    table = Table(title=f"{len(followups)} follow-ups")
    for column in ("subject", "status", "due", "what", "detail", "sources"):
        table.add_column(column, overflow="fold")
    for item in followups:
        sources = sorted({e.doc_id for e in item.evidence})
        table.add_row(
            item.subject,
            item.status,
            item.due or "-",
            item.title,
            item.detail,
            ", ".join(sources[:4]) + (" …" if len(sources) > 4 else ""),
            style=_STYLES.get(item.status),
        )
    return table


def actors_view(actors: Sequence[Actor]) -> Group:
    """Each person found, with the spellings seen and roles over time."""
    parts: list[Table | Text] = [Text(f"{len(actors)} people found")]
    for actor in actors:
        table = Table(title=f"{actor.name} ({actor.country or '?'}) — {actor.key}")
        for column in ("role", "first seen", "last seen", "sources"):
            table.add_column(column, overflow="fold")
        for tenure in actor.tenures:
            table.add_row(tenure.role, tenure.first_seen or "-", tenure.last_seen or "-", ", ".join(tenure.sources))
        parts.append(table)
        parts.append(Text(f"spellings: {'; '.join(actor.variants)}"))
    return Group(*parts)
