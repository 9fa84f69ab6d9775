"""Terminal views of link results: the linking run, series, events, follow-ups, one person (nothing here prints)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from rich.console import Group
from rich.text import Text

from suivi.link.results import Actor, Event, Followup, LinkReport, SeriesSummary, SeriesTimeline
from suivi.record import DateValue, Venue
from suivi.report.corrections import correction_marker, marked
from suivi.report.numbers import format_number, readable_amounts
from suivi.report.tables import Column, FittedTable


def date_cell(value: DateValue | None) -> str:
    """A date at its own precision ("2024", "2024-05", "2024-05-27"); a range as "2024-12-21–23" within a
    month, else "start–end"."""
    if value is None:
        return "-"
    if not value.end or value.end == value.value:
        return value.value
    if len(value.value) == len(value.end) == 10 and value.value[:8] == value.end[:8]:
        return f"{value.value}–{value.end[8:]}"
    return f"{value.value}–{value.end}"


def at_precision(text: str, due: str | None) -> str:
    """`text` with the last day of a year or month due date ("2024-12-31" for "2024") written at the
    due date's own precision ("2024")."""
    if not due or len(due) not in (4, 7):
        return text
    year, month = int(due[:4]), int(due[5:7]) if len(due) == 7 else 12
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return text.replace(last.isoformat(), due)


def venue_cell(venue: Venue | None) -> str:
    if venue is None:
        return "-"
    return ", ".join(part for part in (venue.place, venue.country) if part) or "-"


def _label(value: str) -> str:
    return value.replace("_", " ")


def link_report_table(report: LinkReport) -> FittedTable:
    """The summary of one linking run."""
    table = FittedTable("Linking", [Column("measure", "text"), Column("value", "number")])
    for name, value in report.model_dump(exclude={"followups"}).items():
        shown = f"{value:.1f} s" if name == "seconds" else format_number(value)
        table.add_row(_label(name), shown)
    for status, count in report.followups.items():
        table.add_row(f"follow-ups {_label(status.replace(':', ' '))}", format_number(count))
    return table


def next_round_text(ordinal: int | None, text: str | None, overdue: bool) -> str:
    """ "round 13, around June 2027" (a projection keeps the cadence's precision), "overdue" when it has passed
    with no round reported held; "-" when nothing is expected."""
    if ordinal is None and text is None:
        return "-"
    shown = f"round {ordinal if ordinal is not None else '?'}, {text or 'date unknown'}"
    return f"{shown}\nOVERDUE" if overdue else shown


def series_table(series: Sequence[SeriesSummary]) -> FittedTable:
    """One line per recurring mechanism; its key is whole (it is what `suivi series show` takes), the
    correction marker below it; the next round at its precision, flagged when overdue."""
    table = FittedTable(
        f"{len(series)} series",
        [
            Column("key", "id"),
            Column("rounds", "number", optional=2),
            Column("last", "number"),
            Column("first seen", "date", optional=4),
            Column("last seen", "date"),
            Column("next expected", "text", optional=1),
            Column("named", "text", optional=3),
        ],
    )
    for item in series:
        table.add_row(
            marked(item.key, item, "\n"),
            str(item.rounds),
            str(item.last_ordinal) if item.last_ordinal is not None else "-",
            item.first_date or "-",
            item.last_date or "-",
            next_round_text(item.next_ordinal, item.next_expected_text, item.next_overdue),
            "; ".join(item.names[:2]),
            style="red" if item.next_overdue else None,
        )
    return table


def timeline_view(timeline: SeriesTimeline) -> Group:
    """The rounds of a series, then its gaps, cadence and next expected round."""
    table = FittedTable(
        marked(f"{timeline.key} ({'-'.join(timeline.parties)})", timeline),
        [
            Column("round", "number"),
            Column("date", "date"),
            Column("status", "label"),
            Column("venue", "text", ratio=2),
            Column("sources", "id", optional=2),
            Column("event", "id", optional=1),
        ],
    )
    for item in timeline.rounds:
        table.add_row(
            str(item.ordinal) if item.ordinal is not None else "?",
            date_cell(item.date),
            marked(item.status, item, "\n"),
            venue_cell(item.venue),
            "\n".join(item.sources) or "-",
            item.event_key,
        )
    cadence = f"about {timeline.cadence_days / 30.44:.0f} months" if timeline.cadence_days else "unknown"
    lines = [
        f"missing rounds: {', '.join(map(str, timeline.missing_ordinals)) or 'none'}",
        f"cadence: {cadence}",
        f"next expected: round {timeline.next_ordinal if timeline.next_ordinal is not None else '?'}, "
        f"{timeline.next_expected_text or timeline.next_expected or 'date unknown'}"
        + (f" ({timeline.next_expected_source})" if timeline.next_expected_source else ""),
    ]
    parts: list[FittedTable | Text] = [table, Text("\n".join(lines))]
    if timeline.next_overdue:
        parts.append(Text("overdue: the expected date has passed and no round is reported held", style="red"))
    if timeline.corrections:
        parts.append(Text(f"{correction_marker(timeline)}: corrected by an analyst (`suivi corrections`)", style="dim"))
    return Group(*parts)


def _event_what(event: Event) -> str:
    """ "joint committee, round 14 (held)", the series key below it, then the venue."""
    round_ = f", round {event.ordinal}" if event.ordinal is not None else ""
    lines = [f"{_label(event.kind)}{round_} ({_label(event.status)})"]
    if event.series_key:
        lines.append(event.series_key)
    if event.venue is not None and venue_cell(event.venue) != "-":
        lines.append(f"in {venue_cell(event.venue)}")
    return marked("\n".join(lines), event, "\n")


def events_table(events: Sequence[Event]) -> FittedTable:
    """One line per real-world event: date, parties, what (kind, round, status, series key) and where, sources."""
    table = FittedTable(
        f"{len(events)} events",
        [
            Column("date", "date"),
            Column("parties", "label"),
            Column("what, where", "text", ratio=3),
            Column("src", "number", optional=4),
            Column("key", "id", optional=5),
            Column("conflicts", "text", optional=1),
        ],
    )
    for event in events:
        table.add_row(
            date_cell(event.date),
            "-".join(event.parties),
            _event_what(event),
            str(len({m.doc_id for m in event.mentions})),
            event.key,
            "; ".join(event.conflicts) or "-",
            style="yellow" if event.conflicts else None,
        )
    return table


_STYLES = {"overdue": "red", "fulfilled_late": "yellow", "not_met": "red", "met": "green"}


def followups_table(followups: Sequence[Followup]) -> FittedTable:
    """One line per follow-up, coloured by status, the correction marker under a status an analyst set or
    a corrected fact; amounts written readably ("10 tn JPY")."""
    table = FittedTable(
        f"{len(followups)} follow-ups",
        [
            Column("status", "label"),
            Column("due", "date"),
            Column("what", "text", ratio=3),
            Column("detail", "text", ratio=2),
            Column("subject", "label", optional=2),
            Column("sources", "id", optional=1),
        ],
    )
    for item in followups:
        sources = sorted({e.doc_id for e in item.evidence})
        table.add_row(
            marked(_label(item.status), item, "\n"),
            item.due or "-",
            readable_amounts(item.title),
            at_precision(readable_amounts(item.detail), item.due) or "-",
            item.subject,
            "\n".join(sources[:3]) + (f"\n+{len(sources) - 3} more" if len(sources) > 3 else ""),
            style=_STYLES.get(item.status),
        )
    return table


def actors_view(actors: Sequence[Actor]) -> Group:
    """Each person found, with the spellings seen and roles over time."""
    parts: list[FittedTable | Text] = [Text(f"{len(actors)} people found")]
    for actor in actors:
        table = FittedTable(
            f"{actor.name} ({actor.country or '?'}) — {actor.key}",
            [
                Column("role", "text", ratio=2),
                Column("first seen", "date"),
                Column("last seen", "date"),
                Column("sources", "id", optional=1),
            ],
        )
        for tenure in actor.tenures:
            table.add_row(tenure.role, tenure.first_seen or "-", tenure.last_seen or "-", "\n".join(tenure.sources))
        parts.append(table)
        parts.append(Text(f"spellings: {'; '.join(actor.variants)}"))
    return Group(*parts)
