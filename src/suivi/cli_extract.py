"""`suivi extract` and `suivi eval`: records read from files (no store needed), stale stored records
re-extracted, and the scores on the evaluation set."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from suivi.cli_shell import (
    JsonOpt,
    coded_errors,
    console,
    err_console,
    opened_store,
    print_json,
    progress_bar,
    progress_callback,
    state,
)
from suivi.errors import UsageError
from suivi.record import Document, DocumentRecord, Problem
from suivi.report.terminal import inert_json, json_text, terminal_text


def extract(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files, directories or globs to extract (no store needed).")
    ] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One document record (SCHEMA.md) per line.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the records here.")] = None,
    as_json: JsonOpt = False,
    stale: Annotated[
        bool,
        typer.Option("--stale", help="Re-extract the stored documents an older extractor version made, and relink."),
    ] = False,
) -> None:
    """Extract document records from articles and print them (JSON lines with --jsonl); with --stale, re-extract
    the stored records made by an older version of the extractor instead."""
    with coded_errors(as_json):
        if stale or not paths:
            _reextract_stale(paths or [], stale)
            return
        records, problems = _extract_files(paths)
    text = _records_text(records, problems, jsonl=jsonl, as_json=as_json)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    for p in [] if as_json else problems:
        colour = "yellow" if p.severity == "warning" else "red"
        err_console.print(
            f"[{colour}]{p.code}[/] {escape(terminal_text(str(p.source)))}: {escape(terminal_text(p.message))}"
        )
    if any(p.severity == "error" for p in problems):
        raise typer.Exit(1)


def _extract_files(paths: list[str]) -> tuple[list[DocumentRecord], list[Problem]]:
    """The records of the articles at `paths`, and the problems of the inputs that could not be read."""
    from suivi.extract import extract_documents
    from suivi.ingest import read_paths

    items = list(read_paths(paths, state.settings))
    docs = [d for d in items if isinstance(d, Document)]
    problems = [p for p in items if isinstance(p, Problem)]
    records = []
    with progress_bar() as progress:
        task = progress.add_task("Extracting records", total=len(docs))
        for record in extract_documents(docs, state.settings):
            records.append(record)
            progress.advance(task)
    return records, problems


def _records_text(records: list[DocumentRecord], problems: list[Problem], *, jsonl: bool, as_json: bool) -> str:
    """What `extract` writes: one JSON document with --json (records and problems), else each record."""
    if as_json:
        data = {"records": [r.model_dump(mode="json") for r in records], "problems": [p.model_dump() for p in problems]}
        return json_text(data) + "\n"
    lines = [inert_json(r.to_json() if jsonl else r.model_dump_json(indent=2)) for r in records]
    return "\n".join(lines) + ("\n" if lines else "")


def _reextract_stale(paths: list[str], stale: bool) -> None:
    """`suivi extract --stale`: re-extract the stored records an older extractor version made, then relink."""
    from suivi.corpus import reextract_stale
    from suivi.link import link_store

    if not stale:
        raise UsageError("give files, directories or globs to extract, or --stale to re-extract the store")
    if paths:
        raise UsageError("--stale re-extracts the documents in the store; give it no paths")
    with opened_store(False) as store, progress_bar() as progress:
        done = reextract_stale(store, state.settings, progress_callback(progress))
        links = link_store(store, changed=done) if done else None
    console.print(f"re-extracted {len(done)} document(s) made by an older extractor version")
    if links is not None:
        console.print(f"events / series linked: {links.events} / {links.series}")


def evaluate(
    gold: Annotated[Path | None, typer.Option("--gold", help="Gold records (default <eval_dir>/gold).")] = None,
    texts: Annotated[Path | None, typer.Option("--texts", help="Articles (default <eval_dir>/texts).")] = None,
    links: Annotated[
        Path | None, typer.Option("--links", help="Gold links.json (default <eval_dir>/links.json).")
    ] = None,
    predictions: Annotated[Path | None, typer.Option("--save", help="Also write the predictions (JSONL).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Extract the evaluation texts and print SCHEMA.md's scores, per language, and the worst documents."""
    from suivi.evaluate import evaluate as score

    base = Path(state.settings.eval_dir)
    with coded_errors(as_json), progress_bar() as progress:
        task = progress.add_task("Extracting eval texts", total=None)
        report = score(
            gold or base / "gold",
            texts or base / "texts",
            state.settings,
            links_file=links or base / "links.json",
            on_progress=lambda done, total: progress.update(task, completed=done, total=total),
        )
    if predictions:
        predictions.write_text("".join(r.to_json() + "\n" for r in report.predictions), encoding="utf-8")
    if as_json:
        print_json(report.as_dict())
        return
    from suivi.report.scores import render_scores

    console.print(render_scores(report))
