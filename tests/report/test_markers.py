"""Views show what analysts corrected (✎ #N, `corrections` in --json), projected rounds at their precision
and flagged overdue, and follow-ups titled readably (the event key stays in --json)."""

from __future__ import annotations

import csv
import json
import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner, Result

import suivi
from suivi import corrections as fixes
from suivi.cli import app
from suivi.link.consolidate import series_summary, series_timeline
from suivi.link.results import Event
from suivi.link.views import Scope, StoreView
from suivi.record import DateValue, Precision
from suivi.report.brief import briefing_of
from suivi.report.calendar import calendar_items, to_ics
from suivi.report.corrections import correction_marker
from suivi.report.links import events_table, series_table, timeline_view
from suivi.report.render import render_markdown
from suivi.store import Store

from .support import DEMO_AS_OF

runner = CliRunner()
DOC = "en-02-cambodia-thailand-jc-14"
SERIES = "kh-th-joint-committee"


def _invoke(args: list[str], env: dict[str, str]) -> Result:
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 0, result.output
    return result


def _width_80(renderable: object) -> str:
    console = Console(width=80, record=True, color_system=None)
    with console.capture() as captured:
        console.print(renderable)
    return captured.get()


@pytest.fixture
def corrected(demo_db: Path, tmp_path: Path) -> Iterator[tuple[dict[str, str], int]]:
    """A copy of the demo store with one edit of the KH-TH joint committee's 14th round, and the CLI env."""
    copy = tmp_path / "corrected.sqlite"
    shutil.copy(demo_db, copy)
    url = f"sqlite:///{copy}"
    store = Store.open(url)
    try:
        made = fixes.edit(store, f"{DOC}/e1", {"venue.place": "Siem Reap"}, reason="the venue the ministry gave")
    finally:
        store.close()
    yield {"SUIVI_DATABASE_URL": url, "SUIVI_CONFIG": str(tmp_path / "absent.toml"), "COLUMNS": "80"}, made.id


# --- correction markers -------------------------------------------------------------------------------


def test_events_json_and_table_mark_the_corrected_event(corrected: tuple[dict[str, str], int]) -> None:
    env, made = corrected
    events = json.loads(_invoke(["events", "--dyad", "KH-TH", "--json"], env).stdout)
    marked = [e for e in events if e["corrections"]]
    assert [e["corrections"] for e in marked] == [[made]]
    assert any(m["doc_id"] == DOC and m["engagement_id"] == "e1" for m in marked[0]["mentions"])
    assert marked[0]["venue"]["place"] == "Siem Reap"
    shown = _invoke(["events", "--dyad", "KH-TH"], env).stdout
    assert shown.count(f"✎ #{made}") == 1
    assert max(len(line) for line in shown.splitlines()) <= 80


def test_series_list_and_show_mark_the_corrected_round(corrected: tuple[dict[str, str], int]) -> None:
    env, made = corrected
    listed = {s["key"]: s for s in json.loads(_invoke(["series", "--json"], env).stdout)}
    assert listed[SERIES]["corrections"] == [made]
    assert all(not s["corrections"] for key, s in listed.items() if key != SERIES)
    assert f"✎ #{made}" in _invoke(["series"], env).stdout
    timeline = json.loads(_invoke(["series", "show", SERIES, "--json"], env).stdout)
    assert timeline["corrections"] == [made]
    assert [r["ordinal"] for r in timeline["rounds"] if r["corrections"]] == [14]
    shown = _invoke(["series", "show", SERIES], env).stdout
    assert f"✎ #{made}" in shown
    assert max(len(line) for line in shown.splitlines()) <= 80


def test_show_marks_each_corrected_fact(corrected: tuple[dict[str, str], int]) -> None:
    env, made = corrected
    shown = _invoke(["show", DOC], env).stdout
    assert f"✎ #{made}" in shown
    assert "shown as corrected by 1 correction" in shown
    record = json.loads(_invoke(["show", DOC, "--json"], env).stdout)["record"]
    marked = [e["id"] for e in record["engagements"] if e.get("corrections")]
    assert marked == ["e1"]


def test_uncorrected_store_shows_no_marker(env_plain: dict[str, str]) -> None:
    for args in (["events"], ["series"], ["show", DOC]):
        assert "✎" not in _invoke(args, env_plain).stdout
    assert all(e["corrections"] == [] for e in json.loads(_invoke(["events", "--json"], env_plain).stdout))


def test_export_has_one_corrections_column(corrected: tuple[dict[str, str], int], tmp_path: Path) -> None:
    env, made = corrected
    _invoke(["export", "--format", "csv", "-o", str(tmp_path / "out")], env)
    for name in ("events", "series"):
        with (tmp_path / "out" / f"{name}.csv").open(encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            assert reader.fieldnames is not None and reader.fieldnames.count("corrections") == 1
            assert reader.fieldnames[-1] == "corrections"
            assert [row["corrections"] for row in reader if row["corrections"]] == [str(made)]


def test_followups_json_table_and_export_mark_the_corrected_round(
    corrected: tuple[dict[str, str], int], tmp_path: Path
) -> None:
    env, made = corrected
    args = ["followups", "--dyad", "KH-TH", "--as-of", DEMO_AS_OF.isoformat()]
    found = {f["key"]: f["corrections"] for f in json.loads(_invoke([*args, "--json"], env).stdout)}
    assert found.pop(f"{SERIES}-r14") == [made]
    assert found and not any(found.values())
    shown = _invoke(args, env).stdout
    assert shown.count(f"✎ #{made}") == 1
    assert max(len(line) for line in shown.splitlines()) <= 80
    _invoke(["export", "--format", "csv", "-o", str(tmp_path / "out")], env)
    with (tmp_path / "out" / "followups.csv").open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames is not None and reader.fieldnames[-1] == "corrections"
        assert reader.fieldnames.count("corrections") == 1
        assert [row["key"] for row in reader if row["corrections"] == str(made)] == [f"{SERIES}-r14"]


def test_api_followups_carry_the_status_an_analyst_set(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "status.sqlite"
    shutil.copy(demo_db, copy)
    with suivi.open(copy, as_of=DEMO_AS_OF) as opened:
        before = {f.key: f for f in opened.followups(kind="engagements")}
        key = next(k for k, f in before.items() if f.status == "overdue" and f.refs)
        made = opened.set_status(key, "cancelled", reason="called off by both sides")
        after = {f.key: f for f in opened.followups(kind="engagements")}
    assert (after[key].status, after[key].corrections) == ("cancelled", [made.id])
    assert before[key].corrections == [] and not any(f.corrections for k, f in after.items() if k != key)


def test_marker_reads_declared_and_extra_ids() -> None:
    event = Event(key="k", kind="meeting", parties=["KH", "TH"], status="held", corrections=[5, 3, 5])
    assert correction_marker(event) == "✎ #3, #5"
    assert correction_marker(Event(key="k", kind="meeting", parties=["KH", "TH"], status="held")) == ""


# --- projected rounds ---------------------------------------------------------------------------------


def _yearly_events() -> list[Event]:
    """Three yearly rounds of a mechanism, the last on 2025-06-20: the next is expected around June 2026."""
    return [
        Event(
            key=f"e{n}",
            kind="joint_committee",
            parties=["KH", "TH"],
            series_key="kh-th-yearly",
            ordinal=n,
            status="held",
            date=DateValue(value=f"{2022 + n}-06-20", precision=Precision.DAY),
        )
        for n in (1, 2, 3)
    ]


@pytest.mark.parametrize(("as_of", "overdue"), [(date(2026, 5, 1), False), (date(2026, 9, 1), True)])
def test_timeline_views_say_around_and_flag_overdue(as_of: date, overdue: bool) -> None:
    timeline = series_timeline("kh-th-yearly", _yearly_events(), ["Yearly commission"], as_of)
    assert timeline.next_expected == "2026-06"
    shown = _width_80(timeline_view(timeline))
    assert "round 4, around June 2026 (cadence)" in shown
    assert "2026-06-20" not in shown.split("cadence:")[1]  # no falsely precise day
    assert ("overdue" in shown) is overdue
    listed = _width_80(series_table([series_summary(timeline)]))
    assert "around" in listed and "June 2026" in listed  # the cell wraps between words
    assert ("OVERDUE" in listed) is overdue


@pytest.mark.parametrize(("as_of", "overdue"), [(date(2026, 11, 23), False), (date(2026, 12, 31), True)])
def test_briefing_and_calendar_flag_a_projected_round_overdue(demo_store: Store, as_of: date, overdue: bool) -> None:
    """The MR-SN joint commission (rounds about 27 months apart, the last in July 2024) is expected around
    October 2026; with the 30-day grace it is overdue only after November."""
    view = StoreView.read(demo_store, as_of)
    briefing = briefing_of(view, Scope.of("MR-SN"), "en")
    block = next(s for s in briefing.series if s.next_projected)
    assert (block.next_expected, block.next_overdue) == ("2026-10", overdue)
    text = render_markdown(briefing)
    assert "round 13, expected around October 2026 (estimated from the usual interval)" in text
    assert ("expected around October 2026 (estimated from the usual interval) — **overdue**" in text) is overdue
    due = next(d for d in briefing.due_next if d.projected)
    assert due.status == ("overdue" if overdue else "expected")
    followup = next(f for f in view.followup_table(Scope.of("MR-SN")) if f.key.endswith("-expected-r13"))
    assert (followup.status == "overdue") is overdue  # the series view and the follow-up agree
    items = [i for i in calendar_items(view, Scope.of("MR-SN"), "en") if i.projected]
    assert [(i.start, i.precision, i.tentative, i.status == "overdue") for i in items] == [
        ("2026-10", "month", True, overdue)
    ]
    assert "expected around October 2026" in items[0].title
    assert items[0].title.startswith("OVERDUE") is overdue
    ics = to_ics(items, "en").decode()
    assert "expected around October 2026" in ics.replace("\r\n ", "")


@pytest.mark.parametrize(("as_of", "overdue"), [("2026-11-23", False), ("2026-12-31", True), ("2027", True)])
def test_series_commands_judge_overdue_as_of(env_plain: dict[str, str], as_of: str, overdue: bool) -> None:
    listed = json.loads(_invoke(["series", "--dyad", "MR-SN", "--as-of", as_of, "--json"], env_plain).stdout)
    assert [(s["next_expected_text"], s["next_overdue"]) for s in listed] == [("around October 2026", overdue)]
    key = listed[0]["key"]
    shown = json.loads(_invoke(["series", "show", key, "--as-of", as_of, "--json"], env_plain).stdout)
    assert (shown["next_expected"], shown["next_overdue"]) == ("2026-10", overdue)
    assert ("OVERDUE" in _invoke(["series", "--dyad", "MR-SN", "--as-of", as_of], env_plain).stdout) is overdue


# --- follow-up titles ---------------------------------------------------------------------------------


def test_followup_titles_are_readable_and_keys_stay_in_json(env_plain: dict[str, str]) -> None:
    found = json.loads(_invoke(["followups", "--as-of", DEMO_AS_OF.isoformat(), "--json"], env_plain).stdout)
    engagements = [f for f in found if f["subject"] == "engagement"]
    assert engagements
    for item in engagements:
        assert item["key"] not in item["title"]
        assert not re.search(r"-[0-9a-f]{8}\b", item["title"]), item["title"]
    visits = [f for f in engagements if f["title"].startswith("visit ")]
    assert visits
    for visit in visits:  # kind, parties, date at its precision
        assert re.fullmatch(r"visit [A-Z]{2}-[A-Z]{2}, (\d{4}(-\d{2}){0,2}|undated)", visit["title"]), visit["title"]
    shown = _invoke(["followups", "--as-of", DEMO_AS_OF.isoformat()], env_plain).stdout
    assert all(f["key"] not in shown for f in visits)


@pytest.fixture
def env_plain(demo_db: Path, tmp_path: Path) -> dict[str, str]:
    return {
        "SUIVI_DATABASE_URL": f"sqlite:///{demo_db}",
        "SUIVI_CONFIG": str(tmp_path / "absent.toml"),
        "COLUMNS": "80",
    }


def test_events_table_keeps_marker_whole() -> None:
    event = Event(key="k", kind="joint_committee", parties=["KH", "TH"], status="held", corrections=[12, 13])
    shown = _width_80(events_table([event]))
    assert "✎ #12, #13" in shown
