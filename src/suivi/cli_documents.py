"""`suivi` commands on documents and their records: ingest, demo, documents, show, search, export, check,
remove. Each parses options, calls one library function and prints its answer."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from suivi.cli_shell import (
    JsonOpt,
    answer,
    coded_errors,
    err_console,
    opened_store,
    print_json,
    progress_bar,
    progress_callback,
    show,
    state,
)
from suivi.record import Document
from suivi.report.terminal import inert_json, terminal_text

if TYPE_CHECKING:  # the ingest job imports linking (scipy): loaded only by the commands that ingest
    from suivi.corpus import IngestReport


def _run_ingest(paths: list[str], extract: bool, as_json: bool) -> IngestReport:
    from suivi import corpus
    from suivi.report.runs import ingest_view

    with opened_store(as_json) as store:
        with progress_bar() as progress:
            report = corpus.ingest(
                paths, store, state.settings, extract=extract, on_progress=progress_callback(progress)
            )
        stats = store.stats()
    show(
        (report, stats),
        lambda found: ingest_view(*found),
        as_json,
        lambda _: {"ingest": report.as_dict(), "store": stats.model_dump()},
    )
    return report


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or globs.")],
    no_extract: Annotated[bool, typer.Option("--no-extract", help="Store documents only.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Read articles into the store and extract their records; exit 1 if any input failed."""
    report = _run_ingest(paths, not no_extract, as_json)
    if report.failed:
        raise typer.Exit(1)


def demo(as_json: JsonOpt = False) -> None:
    """Ingest the bundled demo corpus into the store and print a summary."""
    from suivi.demo import corpus_dir

    report = _run_ingest([str(corpus_dir())], True, as_json)
    if report.failed:
        raise typer.Exit(1)


def _document_row(doc: Document) -> dict[str, Any]:
    return doc.model_dump(exclude={"text"}) | {"chars": len(doc.text)}


def documents(
    lang: Annotated[str | None, typer.Option("--lang", help="Only this language (fr, en).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Published on or after (YYYY[-MM[-DD]]).")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only this outlet (any case).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List stored documents, newest first."""
    from suivi.report.documents import documents_table

    answer(
        lambda store: store.documents(language=lang, since=since, outlet=outlet, limit=limit),
        documents_table,
        as_json,
        lambda docs: [_document_row(d) for d in docs],
    )


def show_document(doc_id: str, as_json: JsonOpt = False) -> None:
    """Show one document with its extracted record (with --json: its revision number and every earlier text)."""
    from suivi.report.text import render_detail

    answer(lambda store: store.document_detail(doc_id), render_detail, as_json)


def search(
    query: str,
    lang: Annotated[str | None, typer.Option("--lang", help="Only this language.")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only this outlet (any case).")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many hits.")] = 20,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search over the stored articles, stemmed in French and English, accents and case ignored
    (at most 500 characters, 32 different words); hits are dated, matched words highlighted."""
    from suivi.report.documents import search_table
    from suivi.store.search import query_words

    with coded_errors(as_json):
        query_words(query)  # a query past the bounds is refused (S206) before the store is opened
    answer(
        lambda store: store.search(query, language=lang, outlet=outlet, limit=limit),
        lambda hits: search_table(terminal_text(query), hits),
        as_json,
    )


def export(
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One document record per line (the default format).")] = True,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (with --format: this directory).")
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", help="Tables as jsonl, csv, xlsx, parquet or plover, in the -o directory.")
    ] = None,
    dyad: Annotated[str | None, typer.Option("--dyad", help="With --format: only this pair, e.g. VN-KH.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Print every stored document record (SCHEMA.md), with event_key / series_key where linked; with --format,
    write every table (documents, engagements, participants, commitments, indicators, events, series, follow-ups).
    With --json: the records as one JSON list, or with -o / --format, a JSON report of what was written."""
    if fmt is not None:
        _export_tables(fmt, output or Path("suivi-export"), dyad, as_json)
        return
    from suivi.report.outputs import write_output

    with opened_store(as_json) as store:
        records = list(store.records())
        if as_json and output is None:
            print_json([record.model_dump(mode="json") for record in records])
            return
        text = "".join(inert_json(record.to_json()) + "\n" for record in records)
        if output is not None:
            write_output(output, text)
    if output is None:
        sys.stdout.write(text)
    elif as_json:
        print_json({"format": "jsonl", "path": str(output), "rows": {"records": len(records)}})
    else:
        err_console.print(f"wrote {len(records)} records to {output}")


def _export_tables(fmt: str, directory: Path, dyad: str | None, as_json: bool) -> None:
    from suivi.link.views import Scope, StoreView
    from suivi.report.exports import export_tables
    from suivi.report.outputs import export_table

    answer(lambda store: export_tables(StoreView.read(store), directory, fmt, Scope.of(dyad)), export_table, as_json)


# --- repair: check the store, remove documents -------------------------------------------------------


def check(
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Check the store's integrity (orphans, search rows, unextracted or stale records); exit 1 on errors."""
    from suivi.report.repair import installed_extractor_versions, integrity_view

    versions = installed_extractor_versions()
    report = answer(lambda store: store.check(versions), integrity_view, as_json)
    if report.errors or (strict and report.warnings):
        raise typer.Exit(1)


def remove(
    doc_ids: Annotated[list[str], typer.Argument(help="Ids of the documents to remove (see `suivi documents`).")],
    as_json: JsonOpt = False,
) -> None:
    """Remove documents with their revisions, facts and search rows, and relink the documents they touched."""
    from suivi.link import remove_documents
    from suivi.report.repair import removal_view

    answer(lambda store: remove_documents(store, doc_ids), removal_view, as_json)
