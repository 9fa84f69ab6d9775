"""The `suivi` command line: each command parses options, calls one library function, prints."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
import typer.core
from pydantic import BaseModel
from rich.console import Console, RenderableType
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from suivi.cli_corrections import corrections_app
from suivi.errors import SuiviError, UsageError
from suivi.record import Document
from suivi.report.terminal import inert_json, json_text, terminal_safe, terminal_text
from suivi.settings import Settings, load_settings
from suivi.store import Store
from suivi.store.connection import mask_password

if TYPE_CHECKING:  # the ingest job imports linking (scipy): loaded only by the commands that ingest
    from suivi.corpus import IngestReport


class _Commands(typer.core.TyperGroup):
    """The command group: with `--json` among the arguments, a usage error (unknown option, bad value)
    is the JSON error envelope too, not a help box."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        state.json_errors = "--json" in argv
        if not state.json_errors:
            return super().main(argv, prog_name, complete_var, standalone_mode, windows_expand_args, **extra)
        try:
            result = super().main(argv, prog_name, complete_var, False, windows_expand_args, **extra)
        except typer.TyperException as exc:  # Typer's (vendored) click usage errors
            message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            error = UsageError(
                f"{message}; see `suivi --help` or `suivi COMMAND --help`",
                detail={"arguments": [terminal_text(a) for a in argv]},
            )
            print(json_text({"error": error.to_dict()}, indent=None))
            result = getattr(exc, "exit_code", 2)
        except typer.Abort:
            result = 1
        if standalone_mode:
            sys.exit(result if isinstance(result, int) else 0)
        return result


app = typer.Typer(
    cls=_Commands, help="suivi: diplomatic news in, a linked record of bilateral relations out.", no_args_is_help=True
)
#: Stored text is printed as data, never read as Rich markup ("[link=...]") or emoji codes.
console = Console(markup=False, emoji=False)
err_console = Console(stderr=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]


class State:
    settings: Settings
    json_errors: bool = False  # `--json` is among the arguments


state = State()


@app.callback()
def main(
    database: Annotated[str | None, typer.Option("--database", "-d", help="Store URL (SUIVI_DATABASE_URL).")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Config file (TOML, [suivi] table).")] = None,
) -> None:
    """Global options shared by every command."""
    with _errors(state.json_errors):
        state.settings = load_settings(config, database_url=database)


@contextmanager
def _errors(as_json: bool) -> Iterator[None]:
    """Turn a SuiviError into a non-zero exit with its coded message (or a JSON error envelope)."""
    try:
        yield
    except SuiviError as exc:
        if as_json:
            print(json_text({"error": exc.to_dict()}, indent=None))
        else:
            err_console.print(f"[bold red]error[/] {escape(terminal_text(str(exc)))}")
        raise typer.Exit(1) from exc


@contextmanager
def _store(as_json: bool) -> Iterator[Store]:
    """The one way a command opens the store: errors translated (or a JSON envelope), closed at the end."""
    with _errors(as_json), Store.open(state.settings.database_url) as store:
        yield store


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )


def _progress_callback(progress: Progress) -> Callable[[str, int, int], None]:
    tasks: dict[str, Any] = {}

    def advance(stage: str, step: int, total: int) -> None:
        if stage not in tasks:
            label = {
                "read": "Reading sources",
                "extract": "Extracting records",
                "reextract": "Re-extracting records of an older extractor",
            }.get(stage, stage)
            tasks[stage] = progress.add_task(label, total=total)
        progress.update(tasks[stage], advance=step, total=total)

    return advance


def _print_json(data: Any) -> None:
    print(json_text(data))


def _run_ingest(paths: list[str], extract: bool, as_json: bool) -> IngestReport:
    from suivi import corpus
    from suivi.report.runs import ingest_view

    with _store(as_json) as store:
        with _progress() as progress:
            report = corpus.ingest(
                paths, store, state.settings, extract=extract, on_progress=_progress_callback(progress)
            )
        stats = store.stats()
    _show(
        (report, stats),
        lambda found: ingest_view(*found),
        as_json,
        lambda _: {"ingest": report.as_dict(), "store": stats.model_dump()},
    )
    return report


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or globs.")],
    no_extract: Annotated[bool, typer.Option("--no-extract", help="Store documents only.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Read articles into the store and extract their records; exit 1 if any input failed."""
    report = _run_ingest(paths, not no_extract, as_json)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def demo(as_json: JsonOpt = False) -> None:
    """Ingest the bundled demo corpus into the store and print a summary."""
    from suivi.demo import corpus_dir

    report = _run_ingest([str(corpus_dir())], True, as_json)
    if report.failed:
        raise typer.Exit(1)


def _document_row(doc: Document) -> dict[str, Any]:
    return doc.model_dump(exclude={"text"}) | {"chars": len(doc.text)}


@app.command()
def documents(
    lang: Annotated[str | None, typer.Option("--lang", help="Only this language (fr, en).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Published on or after (YYYY[-MM[-DD]]).")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only this outlet (any case).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List stored documents, newest first."""
    from suivi.report.documents import documents_table

    _answer(
        lambda store: store.documents(language=lang, since=since, outlet=outlet, limit=limit),
        documents_table,
        as_json,
        lambda docs: [_document_row(d) for d in docs],
    )


@app.command()
def show(doc_id: str, as_json: JsonOpt = False) -> None:
    """Show one document with its extracted record (with --json: its revision number and every earlier text)."""
    from suivi.report.text import render_detail

    _answer(lambda store: store.document_detail(doc_id), render_detail, as_json)


@app.command()
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

    with _errors(as_json):
        query_words(query)  # a query past the bounds is refused (S206) before the store is opened
    _answer(
        lambda store: store.search(query, language=lang, outlet=outlet, limit=limit),
        lambda hits: search_table(terminal_text(query), hits),
        as_json,
    )


@app.command()
def config(as_json: JsonOpt = False) -> None:
    """Print the effective settings and where each is declared (passwords masked)."""
    from suivi.report.runs import settings_table

    data = state.settings.model_dump() | {"database_url": mask_password(state.settings.database_url)}
    _show(data, settings_table, as_json)


def run() -> None:
    """Entry point that never shows a traceback for suivi's own errors."""
    try:
        app()
    except SuiviError as exc:  # pragma: no cover - commands already translate their errors
        err_console.print(f"[bold red]error[/] {escape(terminal_text(str(exc)))}")
        sys.exit(1)


@app.command()
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
    from suivi.extract import extract_documents
    from suivi.ingest import read_paths
    from suivi.record import Problem

    with _errors(as_json):
        if stale or not paths:
            _reextract_stale(paths or [], stale)
            return
        items = list(read_paths(paths, state.settings))
        docs = [d for d in items if isinstance(d, Document)]
        problems = [p for p in items if isinstance(p, Problem)]
        with _progress() as progress:
            task = progress.add_task("Extracting records", total=len(docs))
            lines, records = [], []
            for record in extract_documents(docs, state.settings):
                records.append(record)
                lines.append(inert_json(record.to_json() if jsonl else record.model_dump_json(indent=2)))
                progress.advance(task)
    if as_json:  # one JSON document: the records and the problems of the inputs
        data = {"records": [r.model_dump(mode="json") for r in records], "problems": [p.model_dump() for p in problems]}
        lines = [json_text(data)]
    text = "\n".join(lines) + ("\n" if lines else "")
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


def _reextract_stale(paths: list[str], stale: bool) -> None:
    """`suivi extract --stale`: re-extract the stored records an older extractor version made, then relink."""
    from suivi.corpus import reextract_stale
    from suivi.link import link_store

    if not stale:
        raise UsageError("give files, directories or globs to extract, or --stale to re-extract the store")
    if paths:
        raise UsageError("--stale re-extracts the documents in the store; give it no paths")
    with _store(False) as store, _progress() as progress:
        done = reextract_stale(store, state.settings, _progress_callback(progress))
        links = link_store(store, changed=done) if done else None
    console.print(f"re-extracted {len(done)} document(s) made by an older extractor version")
    if links is not None:
        console.print(f"events / series linked: {links.events} / {links.series}")


@app.command(name="eval")
def eval_(
    gold: Annotated[Path | None, typer.Option("--gold", help="Gold records (default <eval_dir>/gold).")] = None,
    texts: Annotated[Path | None, typer.Option("--texts", help="Articles (default <eval_dir>/texts).")] = None,
    links: Annotated[
        Path | None, typer.Option("--links", help="Gold links.json (default <eval_dir>/links.json).")
    ] = None,
    predictions: Annotated[Path | None, typer.Option("--save", help="Also write the predictions (JSONL).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Extract the evaluation texts and print SCHEMA.md's scores, per language, and the worst documents."""
    from suivi.evaluate import evaluate

    base = Path(state.settings.eval_dir)
    with _errors(as_json), _progress() as progress:
        task = progress.add_task("Extracting eval texts", total=None)
        report = evaluate(
            gold or base / "gold",
            texts or base / "texts",
            state.settings,
            links_file=links or base / "links.json",
            on_progress=lambda done, total: progress.update(task, completed=done, total=total),
        )
    if predictions:
        predictions.write_text("".join(r.to_json() + "\n" for r in report.predictions), encoding="utf-8")
    if as_json:
        _print_json(report.as_dict())
        return
    from suivi.report.scores import render_scores

    console.print(render_scores(report))


@app.command()
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

    with _store(as_json) as store:
        records = list(store.records())
        if as_json and output is None:
            _print_json([record.model_dump(mode="json") for record in records])
            return
        text = "".join(inert_json(record.to_json()) + "\n" for record in records)
        if output is not None:
            write_output(output, text)
    if output is None:
        sys.stdout.write(text)
    elif as_json:
        _print_json({"format": "jsonl", "path": str(output), "rows": {"records": len(records)}})
    else:
        err_console.print(f"wrote {len(records)} records to {output}")


# --- repair: check the store, remove documents -------------------------------------------------------


@app.command(name="check")
def check_cmd(
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Check the store's integrity (orphans, search rows, unextracted or stale records); exit 1 on errors."""
    from suivi.report.repair import installed_extractor_versions, integrity_view

    versions = installed_extractor_versions()
    report = _answer(lambda store: store.check(versions), integrity_view, as_json)
    if report.errors or (strict and report.warnings):
        raise typer.Exit(1)


@app.command(name="remove")
def remove_cmd(
    doc_ids: Annotated[list[str], typer.Argument(help="Ids of the documents to remove (see `suivi documents`).")],
    as_json: JsonOpt = False,
) -> None:
    """Remove documents with their revisions, facts and search rows, and relink the documents they touched."""
    from suivi.link import remove_documents
    from suivi.report.repair import removal_view

    _answer(lambda store: remove_documents(store, doc_ids), removal_view, as_json)


# --- linking across documents: events, series, follow-ups, actors -------------------------------------

AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Reference date for pending / overdue, YYYY[-MM[-DD]] (a year or month stands for its last day; "
        "default today).",
    ),
]
DyadOpt = Annotated[str | None, typer.Option("--dyad", help="Only this pair of parties, e.g. VN-KH.")]


def _day(value: str | None) -> date | None:
    """An --as-of value as a day: "2024" is 2024-12-31, "2024-05" is 2024-05-31; S503 for anything else."""
    from suivi.api import as_of_day

    return as_of_day(value, "--as-of")


def _jsonable(value: Any) -> Any:
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def _show(
    found: Any,
    view: Callable[[Any], RenderableType],
    as_json: bool,
    as_data: Callable[[Any], Any] | None = None,
) -> None:
    """Print a command's answer: its JSON, or its terminal view (stored text made inert first)."""
    if as_json:
        _print_json((as_data or _jsonable)(found))
    else:
        console.print(view(terminal_safe(found)))


def _answer(
    query: Callable[[Store], Any],
    view: Callable[[Any], RenderableType],
    as_json: bool,
    as_data: Callable[[Any], Any] | None = None,
) -> Any:
    """Run one library query on the store and print its answer (a terminal view, or its JSON); return it."""
    with _store(as_json) as store:
        found = query(store)
    _show(found, view, as_json, as_data)
    return found


@app.command(name="link")
def link_cmd(as_of: AsOfOpt = None, as_json: JsonOpt = False) -> None:
    """Link the stored records (events, series) and print what was found."""
    from suivi.link import link_store
    from suivi.report.links import link_report_table

    with _errors(as_json):
        day = _day(as_of)
    _answer(lambda store: link_store(store, as_of=day), link_report_table, as_json)


series_app = typer.Typer(help="Recurring mechanisms: `suivi series` lists them, `suivi series show KEY` shows one.")
app.add_typer(series_app, name="series", invoke_without_command=True)
app.add_typer(corrections_app, name="corrections")


@series_app.callback()
def series_cmd(ctx: typer.Context, dyad: DyadOpt = None, as_of: AsOfOpt = None, as_json: JsonOpt = False) -> None:
    """List the recurring mechanisms (series) of the store, the next round flagged overdue as of --as-of."""
    if ctx.invoked_subcommand is not None:
        return
    from suivi.link import list_series
    from suivi.report.links import series_table

    with _errors(as_json):
        day = _day(as_of)
    _answer(lambda store: list_series(store, dyad=dyad, as_of=day), series_table, as_json)


@series_app.command(name="show")
def series_show_cmd(key: str, as_of: AsOfOpt = None, as_json: JsonOpt = False) -> None:
    """The rounds of one series in order, with missing rounds, cadence and next expected round (overdue as
    of --as-of)."""
    from suivi.link import series_timeline
    from suivi.report.links import timeline_view

    with _errors(as_json):
        day = _day(as_of)
    _answer(lambda store: series_timeline(store, key, as_of=day), timeline_view, as_json)


@app.command(name="events")
def events_cmd(
    dyad: DyadOpt = None,
    since: Annotated[str | None, typer.Option("--since", help="On or after (YYYY[-MM[-DD]]).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Real-world events, each with all the articles that report it."""
    from suivi.link import list_events
    from suivi.report.links import events_table

    _answer(lambda store: list_events(store, dyad=dyad, since=since), events_table, as_json)


@app.command(name="followups")
def followups_cmd(
    status: Annotated[
        str | None, typer.Option("--status", help="overdue, pending, fulfilled, cancelled, met, not_met, silent...")
    ] = None,
    dyad: DyadOpt = None,
    as_of: AsOfOpt = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="engagements, commitments or targets (default: all, engagements first)")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Whether planned engagements, commitments and targets were followed through, with evidence."""
    from suivi.link import list_followups
    from suivi.report.links import followups_table

    _answer(
        lambda store: list_followups(store, status=status, dyad=dyad, as_of=_day(as_of), kind=kind),
        followups_table,
        as_json,
    )


@app.command(name="actor")
def actor_cmd(name: str, as_json: JsonOpt = False) -> None:
    """One person across spellings, with the roles they were seen in over time."""
    from suivi.link import find_actor
    from suivi.report.links import actors_view

    _answer(lambda store: find_actor(store, name), actors_view, as_json)


# --- what analysts hand on: briefing, calendar, table exports, actors ----------------------------------


def _export_tables(fmt: str, directory: Path, dyad: str | None, as_json: bool) -> None:
    from suivi.link.views import Scope, StoreView
    from suivi.report.exports import export_tables
    from suivi.report.outputs import export_table

    _answer(lambda store: export_tables(StoreView.read(store), directory, fmt, Scope.of(dyad)), export_table, as_json)


@app.command(name="brief")
def brief_cmd(
    parties: Annotated[list[str], typer.Argument(help="The two parties, e.g. VN KH.")],
    since: Annotated[str | None, typer.Option("--since", help="From (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to (YYYY[-MM[-DD]]).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md, html or pdf (pdf needs -o).")] = "md",
    lang: Annotated[str, typer.Option("--lang", help="fr or en.")] = "fr",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
    as_of: AsOfOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """A briefing note on a pair of parties: summary, timeline, mechanisms, follow-ups, commitments, figures,
    participants, every statement footnoted to its sources."""
    from suivi.report.brief import build_briefing
    from suivi.report.outputs import write_output
    from suivi.report.render import check_brief_options, render

    with _errors(as_json):
        check_brief_options(fmt, lang, has_output=output is not None or as_json)
        day = _day(as_of)
    with _store(as_json) as store:
        briefing = build_briefing(store, parties, since=since, until=until, lang=lang, as_of=day)
    with _errors(as_json):
        if output is not None:
            write_output(output, render(briefing, fmt))
    if as_json:
        _print_json(briefing.model_dump(mode="json"))
    elif output is not None:
        err_console.print(f"wrote the {fmt} briefing to {output}")
    else:
        rendered = render(briefing, fmt)
        sys.stdout.write(rendered if isinstance(rendered, str) else rendered.decode("utf-8"))


@app.command(name="calendar")
def calendar_cmd(
    dyad: DyadOpt = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the .ics file here.")] = None,
    lang: Annotated[str, typer.Option("--lang", help="fr or en.")] = "en",
    as_of: AsOfOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Planned engagements and expected rounds as an iCalendar file (or a table); overdue ones flagged."""
    from suivi.link.views import Scope, StoreView
    from suivi.report.calendar import calendar_items, to_ics
    from suivi.report.outputs import calendar_table, write_output

    with _errors(as_json):
        day = _day(as_of)
    with _store(as_json) as store:
        items = calendar_items(StoreView.read(store, day), Scope.of(dyad), lang)
    with _errors(as_json):
        if output is not None:
            write_output(output, to_ics(items, lang))
    if as_json:
        _print_json(_jsonable(items))
    elif output is not None:
        err_console.print(f"wrote {len(items)} events to {output}")
    else:
        console.print(calendar_table(items))


@app.command(name="actors")
def actors_cmd(dyad: DyadOpt = None, as_json: JsonOpt = False) -> None:
    """People named as participants, with their countries and the roles they held over time."""
    from suivi.link.views import Scope, StoreView
    from suivi.report.outputs import actors_table

    _answer(lambda store: StoreView.read(store).actor_table(Scope.of(dyad)).records, actors_table, as_json)
