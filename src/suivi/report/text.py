"""A terminal view of one document and its extracted record (used by `suivi show`)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from suivi.record import DateValue, Document, DocumentRecord
from suivi.store.results import DocumentDetail


def _date(d: DateValue | None) -> str:
    if d is None:
        return "-"
    return f"{d.value}…{d.end}" if d.end else d.value


def _engagements(record: DocumentRecord) -> Table:
    table = Table(title="Engagements", show_lines=True)
    for col in ("id", "kind", "status", "date", "series", "parties", "format / venue", "participants"):
        table.add_column(col, overflow="fold")
    for e in record.engagements:
        series = (
            f"{e.series.name} (#{e.series.ordinal})"
            if e.series and e.series.ordinal
            else (e.series.name if e.series else "-")
        )
        venue = e.venue.place or e.venue.country if e.venue else None
        people = "\n".join(f"{p.name} [{p.country or '?'}] {p.function.value}" for p in e.participants)
        table.add_row(
            e.id,
            e.kind.value,
            e.status.value,
            _date(e.date),
            series,
            ", ".join(e.parties),
            f"{e.format.value}" + (f" @ {venue}" if venue else ""),
            people or "-",
        )
    return table


def _commitments(record: DocumentRecord) -> Table:
    table = Table(title="Commitments", show_lines=True)
    for col in ("kind", "parties", "areas", "text"):
        table.add_column(col, overflow="fold")
    for c in record.commitments:
        table.add_row(c.kind.value, ", ".join(c.parties), ", ".join(a.value for a in c.areas), c.text[:200])
    return table


def _indicators(record: DocumentRecord) -> Table:
    table = Table(title="Indicators")
    for col in ("metric", "kind", "value", "unit", "qualifier", "period"):
        table.add_column(col, overflow="fold")
    for i in record.indicators:
        period = f"{i.period.start or '…'} → {i.period.end or '…'}" if i.period else "-"
        table.add_row(
            i.metric.value,
            i.kind.value,
            f"{i.value:,.0f}" if i.value >= 100 else f"{i.value:g}",
            i.unit,
            i.qualifier.value,
            period,
        )
    return table


def render_document(doc: Document, record: DocumentRecord | None) -> RenderableType:
    """Metadata, the record's tables, and a note when the document has not been extracted yet."""
    meta = Text()
    for label, value in (
        ("published", doc.published),
        ("language", doc.language),
        ("outlet", doc.outlet),
        ("url", doc.url),
        ("source", doc.source),
    ):
        meta.append(f"{label}: ", style="bold")
        meta.append(f"{value or '-'}\n")
    # A Text title: a str one would be read as Rich markup ("[link=...]" in a stored title).
    parts: list[RenderableType] = [Panel(meta, title=Text(doc.title or doc.id))]
    if record is None:
        parts.append(Text("Not extracted yet: run `suivi ingest` again to extract it.", style="yellow"))
        return Group(*parts)
    parts.append(Text(f"diplomatic: {'yes' if record.is_diplomatic else 'no'}", style="bold"))
    if record.engagements:
        parts.append(_engagements(record))
    if record.commitments:
        parts.append(_commitments(record))
    if record.indicators:
        parts.append(_indicators(record))
    return Group(*parts)


def render_detail(detail: DocumentDetail) -> RenderableType:
    """`render_document`, with the revision shown and how many texts the document has had."""
    note = Text(f"revision {detail.revision} of {len(detail.revisions)}", style="dim")
    return Group(render_document(detail.document, detail.record), note)
