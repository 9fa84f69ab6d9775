"""What every `suivi` command shares: the settings, the one way to open the store and to turn errors into
an exit code, progress bars, and printing an answer as a terminal view or as JSON."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated, Any

import typer
from pydantic import BaseModel
from rich.console import Console, RenderableType
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from suivi.errors import SuiviError
from suivi.report.terminal import json_text, terminal_safe, terminal_text
from suivi.settings import Settings
from suivi.store import Store

#: Stored text is printed as data, never read as Rich markup ("[link=...]") or emoji codes.
console = Console(markup=False, emoji=False)
err_console = Console(stderr=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Reference date for pending / overdue, YYYY[-MM[-DD]] (a year or month stands for its last day; "
        "default today).",
    ),
]
DyadOpt = Annotated[str | None, typer.Option("--dyad", help="Only this pair of parties, e.g. VN-KH.")]


class State:
    settings: Settings
    json_errors: bool = False  # `--json` is among the arguments


state = State()


@contextmanager
def coded_errors(as_json: bool) -> Iterator[None]:
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
def opened_store(as_json: bool) -> Iterator[Store]:
    """The one way a command opens the store: errors translated (or a JSON envelope), closed at the end."""
    with coded_errors(as_json), Store.open(state.settings.database_url) as store:
        yield store


def reference_day(value: str | None) -> date | None:
    """An --as-of value as a day: "2024" is 2024-12-31, "2024-05" is 2024-05-31; S503 for anything else."""
    from suivi.api import as_of_day

    return as_of_day(value, "--as-of")


def progress_bar() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )


def progress_callback(progress: Progress) -> Callable[[str, int, int], None]:
    """What the ingest job calls after each step of a stage: one bar per stage."""
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


def print_json(data: Any) -> None:
    print(json_text(data))


def jsonable(value: Any) -> Any:
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def show(
    found: Any,
    view: Callable[[Any], RenderableType],
    as_json: bool,
    as_data: Callable[[Any], Any] | None = None,
) -> None:
    """Print a command's answer: its JSON, or its terminal view (stored text made inert first)."""
    if as_json:
        print_json((as_data or jsonable)(found))
    else:
        console.print(view(terminal_safe(found)))


def answer(
    query: Callable[[Store], Any],
    view: Callable[[Any], RenderableType],
    as_json: bool,
    as_data: Callable[[Any], Any] | None = None,
) -> Any:
    """Run one library query on the store and print its answer (a terminal view, or its JSON); return it."""
    with opened_store(as_json) as store:
        found = query(store)
    show(found, view, as_json, as_data)
    return found
