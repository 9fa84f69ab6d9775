"""A terminal table of evaluation scores (used by `suivi eval`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType

from suivi.report.tables import Column, FittedTable

if TYPE_CHECKING:
    from suivi.evaluate import EvalReport

_MEASURES = (
    "is_diplomatic",
    "engagements",
    "engagements_strict",
    "participants",
    "commitments",
    "indicators",
    "same_event",
    "series",
)


def _cell(value: Any) -> str:
    if isinstance(value, dict) and "f1" in value:
        return (
            f"{value['f1']:.3f}  (P {value['p']:.2f} R {value['r']:.2f}; {value['tp']}/{value['pred']}/{value['gold']})"
        )
    return "-" if value is None else str(value)


def render_scores(report: EvalReport) -> RenderableType:
    """F1 (precision, recall; tp/pred/gold) per measure, overall and per language; then the worst documents."""
    columns = {"all": report.overall, **report.by_language}
    table = FittedTable(
        "suivi eval: F1 (P, R; tp/pred/gold)",
        [Column("measure", "text"), *(Column(name, "text") for name in columns)],
    )
    for measure in _MEASURES:
        if any(measure in s for s in columns.values()):
            table.add_row(measure, *(_cell(s.get(measure)) for s in columns.values()))
    for attr in ("kind", "status", "format", "ordinal", "date", "venue_country"):
        table.add_row(
            f"accuracy: {attr}",
            *(_cell((s.get("engagement_attributes") or {}).get(attr)) for s in columns.values()),
        )
    table.add_row("participant country", *(_cell(s.get("participant_country")) for s in columns.values()))
    table.add_row("indicator period", *(_cell(s.get("indicator_period")) for s in columns.values()))
    worst = FittedTable(
        "Worst documents (mean F1 of engagements, participants, commitments, indicators)",
        [Column("doc", "id"), Column("F1", "number")],
    )
    for doc_id, f1 in report.worst:
        worst.add_row(doc_id, f"{f1:.3f}")
    return Group(table, worst)
