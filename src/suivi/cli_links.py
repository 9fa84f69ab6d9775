"""`suivi` commands on what linking finds across documents (events, series, follow-ups, actors) and what
analysts hand on (briefing, calendar). Each parses options, calls one library function and prints."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from suivi.cli_shell import (
    AsOfOpt,
    DyadOpt,
    JsonOpt,
    answer,
    coded_errors,
    console,
    err_console,
    jsonable,
    opened_store,
    print_json,
    reference_day,
)

series_app = typer.Typer(help="Recurring mechanisms: `suivi series` lists them, `suivi series show KEY` shows one.")


def link(as_of: AsOfOpt = None, as_json: JsonOpt = False) -> None:
    """Link the stored records (events, series) and print what was found."""
    from suivi.link import link_store
    from suivi.report.links import link_report_table

    with coded_errors(as_json):
        day = reference_day(as_of)
    answer(lambda store: link_store(store, as_of=day), link_report_table, as_json)


@series_app.callback()
def series(ctx: typer.Context, dyad: DyadOpt = None, as_of: AsOfOpt = None, as_json: JsonOpt = False) -> None:
    """List the recurring mechanisms (series) of the store, the next round flagged overdue as of --as-of."""
    if ctx.invoked_subcommand is not None:
        return
    from suivi.link import list_series
    from suivi.report.links import series_table

    with coded_errors(as_json):
        day = reference_day(as_of)
    answer(lambda store: list_series(store, dyad=dyad, as_of=day), series_table, as_json)


@series_app.command(name="show")
def series_show(key: str, as_of: AsOfOpt = None, as_json: JsonOpt = False) -> None:
    """The rounds of one series in order, with missing rounds, cadence and next expected round (overdue as
    of --as-of)."""
    from suivi.link import series_timeline
    from suivi.report.links import timeline_view

    with coded_errors(as_json):
        day = reference_day(as_of)
    answer(lambda store: series_timeline(store, key, as_of=day), timeline_view, as_json)


def events(
    dyad: DyadOpt = None,
    since: Annotated[str | None, typer.Option("--since", help="On or after (YYYY[-MM[-DD]]).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Real-world events, each with all the articles that report it."""
    from suivi.link import list_events
    from suivi.report.links import events_table

    answer(lambda store: list_events(store, dyad=dyad, since=since), events_table, as_json)


def followups(
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

    answer(
        lambda store: list_followups(store, status=status, dyad=dyad, as_of=reference_day(as_of), kind=kind),
        followups_table,
        as_json,
    )


def actor(name: str, as_json: JsonOpt = False) -> None:
    """One person across spellings, with the roles they were seen in over time."""
    from suivi.link import find_actor
    from suivi.report.links import actors_view

    answer(lambda store: find_actor(store, name), actors_view, as_json)


def actors(dyad: DyadOpt = None, as_json: JsonOpt = False) -> None:
    """People named as participants, with their countries and the roles they held over time."""
    from suivi.link.views import Scope, StoreView
    from suivi.report.outputs import actors_table

    answer(lambda store: StoreView.read(store).actor_table(Scope.of(dyad)).records, actors_table, as_json)


# --- what analysts hand on: briefing, calendar ----------------------------------------------------------


def brief(
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

    with coded_errors(as_json):
        check_brief_options(fmt, lang, has_output=output is not None or as_json)
        day = reference_day(as_of)
    with opened_store(as_json) as store:
        briefing = build_briefing(store, parties, since=since, until=until, lang=lang, as_of=day)
    with coded_errors(as_json):
        if output is not None:
            write_output(output, render(briefing, fmt))
    if as_json:
        print_json(briefing.model_dump(mode="json"))
    elif output is not None:
        err_console.print(f"wrote the {fmt} briefing to {output}")
    else:
        rendered = render(briefing, fmt)
        sys.stdout.write(rendered if isinstance(rendered, str) else rendered.decode("utf-8"))


def calendar(
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

    with coded_errors(as_json):
        day = reference_day(as_of)
    with opened_store(as_json) as store:
        items = calendar_items(StoreView.read(store, day), Scope.of(dyad), lang)
    with coded_errors(as_json):
        if output is not None:
            write_output(output, to_ics(items, lang))
    if as_json:
        print_json(jsonable(items))
    elif output is not None:
        err_console.print(f"wrote {len(items)} events to {output}")
    else:
        console.print(calendar_table(items))
