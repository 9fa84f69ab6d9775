"""`suivi corrections`: analysts' corrections from the command line; each command calls one function of
`suivi.corrections` and prints its answer (a Rich view, or JSON with --json)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

import typer
from rich.console import RenderableType

from suivi.cli_shell import JsonOpt, answer, reference_day
from suivi.errors import InvalidCorrection
from suivi.store import Store

corrections_app = typer.Typer(
    help="Analysts' corrections: `suivi corrections` lists them; reject, edit, status, merge, split, pin, undo."
)

ReasonOpt = Annotated[str | None, typer.Option("--reason", "-r", help="Why: kept with the correction.")]
AuthorOpt = Annotated[str | None, typer.Option("--author", help="Who corrects (default: your login name).")]
FactArg = Annotated[str, typer.Argument(help="A fact: DOC/e1, DOC/c1, DOC/i1 or its stable key (`facts DOC`).")]
KindArg = Annotated[str, typer.Argument(help="event, series or actor.")]


def _answer(query: Callable[[Store], Any], as_json: bool, view: Callable[[Any], RenderableType] | None = None) -> None:
    from suivi.report.corrections import correction_view

    answer(query, view or correction_view, as_json)


@corrections_app.callback(invoke_without_command=True)
def corrections_cmd(
    ctx: typer.Context,
    state: Annotated[str | None, typer.Option("--state", help="Only active, undone or orphaned ones.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List every correction (who, when, what, before, after, why) with its state."""
    if ctx.invoked_subcommand is not None:
        return
    from suivi.corrections import list_corrections
    from suivi.report.corrections import corrections_table

    _answer(lambda store: list_corrections(store, state), as_json, corrections_table)


@corrections_app.command(name="facts")
def facts_cmd(doc_id: str, as_json: JsonOpt = False) -> None:
    """The facts of a document with the ids and stable keys corrections name them by."""
    from suivi.corrections import facts
    from suivi.report.corrections import facts_table

    _answer(lambda store: facts(store, doc_id), as_json, facts_table)


@corrections_app.command(name="reject")
def reject_cmd(fact: FactArg, reason: ReasonOpt = None, author: AuthorOpt = None, as_json: JsonOpt = False) -> None:
    """Reject a fact: it leaves every view, export and link, and stays rejected after re-extraction."""
    from suivi.corrections import reject

    _answer(lambda store: reject(store, fact, reason=reason, author=author), as_json)


def _fields(assignments: list[str]) -> dict[str, str]:
    fields = {}
    for assignment in assignments:
        path, equals, value = assignment.partition("=")
        if not equals or not path.strip():
            raise InvalidCorrection(
                f"--set {assignment!r} is not field=value; e.g. --set status=held --set series.ordinal=8",
                detail={"set": assignment},
            )
        fields[path.strip()] = value
    return fields


@corrections_app.command(name="edit")
def edit_cmd(
    fact: FactArg,
    assignments: Annotated[
        list[str], typer.Option("--set", help="field=value (date=2023-05, parties=VN,KH, series.ordinal=8).")
    ],
    reason: ReasonOpt = None,
    author: AuthorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Set fields of a fact; the edit applies again after every re-extraction."""
    from suivi.corrections import edit

    _answer(lambda store: edit(store, fact, _fields(assignments), reason=reason, author=author), as_json)


@corrections_app.command(name="status")
def status_cmd(
    followup: Annotated[str, typer.Argument(help="A follow-up key (`suivi followups --json`).")],
    status: Annotated[str, typer.Argument(help="fulfilled_on_time, pending, overdue, cancelled, met, ...")],
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Reference date, YYYY[-MM[-DD]] (default today).")
    ] = None,
    reason: ReasonOpt = None,
    author: AuthorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Set a follow-up's status, overriding the linker's."""
    from suivi.corrections import set_status

    # `suivi followups`' reading of --as-of (a year or month stands for its last day), its errors coded (S503)
    _answer(
        lambda store: set_status(store, followup, status, reason=reason, author=author, as_of=reference_day(as_of)),
        as_json,
    )


@corrections_app.command(name="merge")
def merge_cmd(
    kind: KindArg,
    keys: Annotated[list[str], typer.Argument(help="Two keys or more; the first one is kept.")],
    reason: ReasonOpt = None,
    author: AuthorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Merge events, series or actors into the first one."""
    from suivi.corrections import merge

    _answer(lambda store: merge(store, kind, keys, reason=reason, author=author), as_json)


@corrections_app.command(name="split")
def split_cmd(
    kind: KindArg,
    key: Annotated[str, typer.Argument(help="The event, series or actor key.")],
    members: Annotated[list[str], typer.Argument(help="Engagements to move out (DOC/e1); for an actor: document ids.")],
    into: Annotated[str | None, typer.Option("--into", help="Key of the new series, name of the new actor.")] = None,
    reason: ReasonOpt = None,
    author: AuthorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Split engagements off an event or series, or an actor's mentions in some documents off an actor."""
    from suivi.corrections import split

    _answer(lambda store: split(store, kind, key, members, into=into, reason=reason, author=author), as_json)


@corrections_app.command(name="pin")
def pin_cmd(
    fact: FactArg,
    event: Annotated[str | None, typer.Option("--event", help="Pin to this event key.")] = None,
    series: Annotated[str | None, typer.Option("--series", help="Pin to this series key.")] = None,
    reason: ReasonOpt = None,
    author: AuthorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Pin an engagement to an event or a series, whatever the linker finds."""
    from suivi.corrections import pin

    _answer(lambda store: pin(store, fact, event=event, series=series, reason=reason, author=author), as_json)


@corrections_app.command(name="undo")
def undo_cmd(
    correction_id: Annotated[int, typer.Argument(metavar="ID", help="The correction's id (`suivi corrections`).")],
    author: AuthorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Undo a correction: it stays listed, marked undone, and what it changed comes back."""
    from suivi.corrections import undo

    _answer(lambda store: undo(store, correction_id, author=author), as_json)
