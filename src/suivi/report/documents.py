"""Terminal views of stored documents: the document list and search hits (dated, matches highlighted)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from suivi.record import Document
from suivi.report.tables import Column, FittedTable
from suivi.store.results import SearchHit

#: How a matched word of a search snippet is shown (the terminal's own styles, not literal marks).
HIGHLIGHT_STYLE = "bold reverse"


def documents_table(docs: Sequence[Document]) -> FittedTable:
    """One line per document: id and date whole, the title clipped with "…", outlet and language if room."""
    table = FittedTable(
        f"{len(docs)} documents",
        [
            Column("id", "id"),
            Column("published", "date"),
            Column("title", "title"),
            Column("outlet", "label", optional=1),
            Column("lang", "label", optional=2),
        ],
    )
    for doc in docs:
        table.add_row(doc.id, doc.published or "-", doc.title or "-", doc.outlet or "-", doc.language or "-")
    return table


def highlighted(snippet: str, highlights: Sequence[tuple[int, int]]) -> Text:
    """The snippet with its matched words in HIGHLIGHT_STYLE."""
    shown = Text(snippet)
    for start, end in highlights:
        shown.stylize(HIGHLIGHT_STYLE, start, end)
    return shown


def search_table(query: str, hits: Sequence[SearchHit]) -> FittedTable:
    """Search hits, best first: id, date, title, and the snippet with the matched words highlighted."""
    table = FittedTable(
        f"{len(hits)} hits for {query!r}",
        [
            Column("id", "id"),
            Column("published", "date"),
            Column("title", "title", optional=1),
            Column("snippet", "text", ratio=2),
        ],
    )
    for hit in hits:
        table.add_row(hit.doc_id, hit.published or "-", hit.title or "-", highlighted(hit.snippet, hit.highlights))
    return table
