"""Terminal views of what a command did or holds: an ingest run, the store's counts, the settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType

from suivi.report.numbers import format_number
from suivi.report.tables import Column, FittedTable
from suivi.settings import Settings
from suivi.store.results import StoreStats

if TYPE_CHECKING:  # the ingest job imports linking (scipy): loaded only by the commands that ingest
    from suivi.corpus import IngestReport


#: Labels of the ingest summary's counts (any other count is shown under its own name).
_OUTCOMES = {
    "duplicates": "duplicate content (skipped)",
    "reextracted": "re-extracted (older extractor version)",
}


def ingest_view(report: IngestReport, stats: StoreStats) -> RenderableType:
    """How many documents were added, revised, skipped and extracted; the problems; then the store."""
    summary = FittedTable("Ingest summary", [Column("outcome", "text"), Column("documents", "number")])
    for name, value in report.as_dict().items():
        if isinstance(value, int | dict) and name not in ("errors", "warnings", "links"):
            summary.add_row(
                _OUTCOMES.get(name, name.replace("_", " ")),
                format_number(len(value) if isinstance(value, dict) else value),
            )
    if report.links is not None:
        summary.add_row("events / series linked", f"{report.links.events} / {report.links.series}")
    summary.add_row("warnings", format_number(len(report.warnings)))
    summary.add_row("errors", format_number(len(report.errors)), style="red" if report.errors else None)
    parts: list[RenderableType] = [summary]
    if report.problems:
        problems = FittedTable(
            "Problems", [Column("code", "label"), Column("source", "text"), Column("message", "text", ratio=3)]
        )
        for p in report.problems:
            problems.add_row(p.code, p.source or "-", p.message, style="yellow" if p.severity == "warning" else "red")
        parts.append(problems)
    parts.append(stats_table(stats))
    return Group(*parts)


def _stat(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k or '?'}: {format_number(v)}" for k, v in value.items()) or "-"
    if isinstance(value, int):
        return format_number(value)
    return "-" if value is None else str(value)


def stats_table(stats: StoreStats) -> FittedTable:
    """Counts of everything stored, by language and outlet, and the range of dates."""
    table = FittedTable("Store", [Column("measure", "label"), Column("value", "text")])
    for key, value in stats.model_dump().items():
        table.add_row(key.replace("_", " "), _stat(value))
    return table


def settings_table(values: dict[str, Any]) -> FittedTable:
    """Each setting with its effective value, its environment variable and what it means."""
    table = FittedTable(
        "Effective settings",
        [
            Column("setting", "id"),
            Column("value", "text", ratio=2),
            Column("environment", "id", optional=1),
            Column("meaning", "text", ratio=3, optional=2),
        ],
    )
    for name, info in Settings.model_fields.items():
        table.add_row(name, str(values[name]), f"SUIVI_{name.upper()}", info.description or "")
    return table
