"""The `suivi` command line: each command parses options, calls one library function, prints.

This module is the table of commands; the commands live by subject in `cli_documents` (documents and
their records), `cli_extract` (extract, eval), `cli_links` (events, series, follow-ups, actors, briefing,
calendar) and `cli_corrections`; what they share (the store, errors, printing) in `cli_shell`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
import typer.core
from rich.markup import escape

from suivi import cli_documents, cli_extract, cli_links
from suivi.cli_corrections import corrections_app
from suivi.cli_shell import JsonOpt, coded_errors, console, err_console, show, state
from suivi.errors import SuiviError, UsageError
from suivi.report.terminal import json_text, terminal_text
from suivi.settings import load_settings
from suivi.store.connection import mask_password

__all__ = ["app", "console", "err_console", "run", "state"]


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


@app.callback()
def main(
    database: Annotated[str | None, typer.Option("--database", "-d", help="Store URL (SUIVI_DATABASE_URL).")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Config file (TOML, [suivi] table).")] = None,
) -> None:
    """Global options shared by every command."""
    with coded_errors(state.json_errors):
        state.settings = load_settings(config, database_url=database)


def config(as_json: JsonOpt = False) -> None:
    """Print the effective settings and where each is declared (passwords masked)."""
    from suivi.report.runs import settings_table

    data = state.settings.model_dump() | {"database_url": mask_password(state.settings.database_url)}
    show(data, settings_table, as_json)


def run() -> None:
    """Entry point that never shows a traceback for suivi's own errors."""
    try:
        app()
    except SuiviError as exc:  # pragma: no cover - commands already translate their errors
        err_console.print(f"[bold red]error[/] {escape(terminal_text(str(exc)))}")
        sys.exit(1)


#: Every command, in the order `suivi --help` lists them.
for _name, _command in (
    ("ingest", cli_documents.ingest),
    ("demo", cli_documents.demo),
    ("documents", cli_documents.documents),
    ("show", cli_documents.show_document),
    ("search", cli_documents.search),
    ("config", config),
    ("extract", cli_extract.extract),
    ("eval", cli_extract.evaluate),
    ("export", cli_documents.export),
    ("check", cli_documents.check),
    ("remove", cli_documents.remove),
    ("link", cli_links.link),
    ("events", cli_links.events),
    ("followups", cli_links.followups),
    ("actor", cli_links.actor),
    ("brief", cli_links.brief),
    ("calendar", cli_links.calendar),
    ("actors", cli_links.actors),
):
    app.command(name=_name)(_command)
app.add_typer(cli_links.series_app, name="series", invoke_without_command=True)
app.add_typer(corrections_app, name="corrections")
