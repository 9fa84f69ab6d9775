"""Terminal views and files of the analyst's outputs: actors, calendar items, export summaries, written files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from suivi.errors import OutputNotWritable
from suivi.link.results import Actor
from suivi.report.calendar import CalendarItem
from suivi.report.exports import ExportReport
from suivi.report.numbers import format_number
from suivi.report.tables import Column, FittedTable


def write_output(path: Path, data: str | bytes) -> Path:
    """Write a report file; S601 when the path is a directory, its directory is missing, or it is not writable."""
    if path.is_dir():
        raise OutputNotWritable(
            f"{str(path)!r} is a directory; give a file name with -o (e.g. {path / 'brief.html'})",
            detail={"path": str(path)},
        )
    try:
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    except OSError as exc:
        raise OutputNotWritable(
            f"cannot write {str(path)!r} ({exc.strerror or exc}); check that its directory exists and is writable",
            detail={"path": str(path)},
        ) from exc
    return path


def _period(first: str | None, last: str | None) -> str:
    if not first:
        return "-"
    return first if not last or last == first else f"{first}–{last}"


def actors_table(actors: Sequence[Actor]) -> FittedTable:
    """People with their country and roles over time; role text wraps, dates never split."""
    table = FittedTable(
        f"{len(actors)} people",
        [
            Column("name", "text", ratio=2),
            Column("ctry", "label"),
            Column("role", "text", ratio=4),
            Column("seen", "date"),
        ],
    )
    for actor in actors:
        tenures = actor.tenures or []
        first = tenures[0] if tenures else None
        table.add_row(
            actor.name,
            actor.country or "-",
            first.role if first else "-",
            _period(first.first_seen, first.last_seen) if first else "-",
        )
        for tenure in tenures[1:]:
            table.add_row("", "", tenure.role, _period(tenure.first_seen, tenure.last_seen))
    return table


def calendar_table(items: Sequence[CalendarItem]) -> FittedTable:
    """Planned and expected engagements, overdue ones in red."""
    table = FittedTable(
        f"{len(items)} planned or expected engagements",
        [Column("date", "date"), Column("status", "label"), Column("engagement", "text")],
    )
    for item in items:
        style = "red" if item.status == "overdue" else "yellow" if item.tentative else None
        table.add_row(item.start, item.status, item.title, style=style)
    return table


def export_table(report: ExportReport) -> FittedTable:
    """What an export wrote: rows per table, and where."""
    table = FittedTable(
        f"{report.format} export in {report.directory}",
        [Column("table", "label"), Column("rows", "number")],
        caption=", ".join(report.files),
    )
    for name, rows in report.rows.items():
        table.add_row(name, format_number(rows))
    return table
