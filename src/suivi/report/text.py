"""A terminal view of one document and its extracted record (used by `suivi show`)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from suivi.record import DateValue, Document, DocumentRecord, Engagement
from suivi.report.corrections import correction_ids, marked
from suivi.report.numbers import format_amount
from suivi.report.tables import Column, FittedTable
from suivi.store.results import DocumentDetail


def _date(d: DateValue | None) -> str:
    if d is None:
        return "-"
    return f"{d.value}–{d.end}" if d.end else d.value


def _series(e: Engagement) -> str:
    if e.series is None:
        return "-"
    return f"{e.series.name}, round {e.series.ordinal}" if e.series.ordinal else e.series.name


def _engagements(record: DocumentRecord) -> FittedTable:
    """One block of lines per engagement: what, when, where, who."""
    table = FittedTable(
        "Engagements",
        [Column("id", "id"), Column("when", "date"), Column("what", "text", ratio=2), Column("who", "text", ratio=2)],
    )
    for e in record.engagements:
        venue = ", ".join(part for part in (e.venue.place, e.venue.country) if part) if e.venue else ""
        what = [
            f"{e.kind.value.replace('_', ' ')} ({e.status.value}), {'-'.join(e.parties)}",
            _series(e),
            e.format.value.replace("_", " ") + (f", {venue}" if venue else ""),
        ]
        people = [
            marked(f"{p.name} ({p.country or '?'}, {p.function.value.replace('_', ' ')})", p) for p in e.participants
        ]
        what_text = "\n".join(line for line in what if line != "-")
        table.add_row(marked(e.id, e, "\n"), _date(e.date), what_text, "\n".join(people) or "-")
    return table


def _commitments(record: DocumentRecord) -> FittedTable:
    table = FittedTable(
        "Commitments",
        [Column("kind", "label"), Column("parties", "label"), Column("areas", "text"), Column("text", "text", ratio=3)],
    )
    for c in record.commitments:
        areas = ", ".join(a.value for a in c.areas)
        table.add_row(marked(c.kind.value, c, "\n"), "-".join(c.parties), areas, _clip(c.text, 200))
    return table


def _clip(value: str, length: int) -> str:
    return value if len(value) <= length else value[: length - 1].rstrip() + "…"


def _indicators(record: DocumentRecord) -> FittedTable:
    table = FittedTable(
        "Indicators",
        [
            Column("metric", "label"),
            Column("kind", "label"),
            Column("amount", "number"),
            Column("period", "date"),
            Column("parties", "label", optional=1),
        ],
    )
    for i in record.indicators:
        period = f"{i.period.start or '…'}–{i.period.end or '…'}" if i.period else "-"
        table.add_row(
            marked(i.metric.value.replace("_", " "), i, "\n"),
            i.kind.value,
            format_amount(i.value, i.unit, "en", i.qualifier.value),
            period,
            "-".join(i.parties),
        )
    return table


def _corrections_note(record: DocumentRecord) -> list[Text]:
    """A line naming the analysts' corrections the record is shown with (✎ marks the facts they changed)."""
    applied = (record.model_extra or {}).get("corrections", [])
    if not applied:
        return []
    what = ", ".join(f"#{c['id']} {c.get('action', '')}".strip() for c in applied if isinstance(c, dict))
    ids = correction_ids(record)
    return [
        Text(
            f"✎ shown as corrected by {len(ids)} correction{'s' if len(ids) != 1 else ''} ({what}); "
            "`suivi corrections` lists them",
            style="yellow",
        )
    ]


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
    parts += _corrections_note(record)
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
