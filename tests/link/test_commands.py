"""The link commands of the CLI, through Typer's CliRunner on a small store built in the test."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from suivi.cli import app
from suivi.record import Document
from suivi.settings import Settings
from suivi.store import Store

from .support import engagement, record

NAME = "consultation politique"
PEOPLE = (("Arno Velt", "AA"), ("Bela Sorn", "BB"))


@pytest.fixture
def database(settings: Settings) -> str:
    records = [
        record("r1", "2018-03", engagement(series=NAME, ordinal=1, on="2018-03-05", people=PEOPLE)),
        record("r3", "2020-03", engagement(series=NAME, ordinal=3, on="2020-03-05", people=PEOPLE)),
        record("r4", "2021-03", engagement(series=NAME, ordinal=4, status="planned", on="2022")),
    ]
    store = Store.open(settings.database_url)
    for rec in records:
        store.add_document(Document(id=rec.doc_id, text=f"Texte {rec.doc_id}.", published=rec.published))
        store.save_record(rec)
    store.close()
    return settings.database_url


def _run(database: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["--database", database, *args])
    return result.exit_code, result.stdout


@pytest.mark.parametrize("as_json", [True, False])
def test_commands_link_prints_a_summary(database: str, as_json: bool) -> None:
    code, out = _run(database, "link", "--as-of", "2026-11-23", *(["--json"] if as_json else []))
    assert code == 0
    if as_json:
        report = json.loads(out)
        assert (report["events"], report["series"]) == (3, 1)
        assert report["followups"] == {"engagement:overdue": 1}
    else:
        assert "Linking" in out and "events" in out


@pytest.mark.parametrize(("args", "keys"), [((), ["aa-bb-political-consultation"]), (("--dyad", "AA-CC"), [])])
def test_commands_series_lists_mechanisms(database: str, args: tuple[str, ...], keys: list[str]) -> None:
    _run(database, "link")
    code, out = _run(database, "series", *args, "--json")
    assert code == 0
    assert [s["key"] for s in json.loads(out)] == keys


@pytest.mark.parametrize("key", ["aa-bb-political-consultation"])
def test_commands_series_show_prints_the_timeline(database: str, key: str) -> None:
    _run(database, "link")
    code, out = _run(database, "series", "show", key, "--json")
    assert code == 0
    timeline = json.loads(out)
    assert [r["ordinal"] for r in timeline["rounds"]] == [1, 3, 4]
    assert timeline["missing_ordinals"] == [2]
    code, text = _run(database, "series", "show", key)
    assert code == 0 and "missing rounds: 2" in text


@pytest.mark.parametrize("key", ["aa-bb-unknown"])
def test_commands_series_show_unknown_key_exits_with_the_coded_error(database: str, key: str) -> None:
    code, out = _run(database, "series", "show", key, "--json")
    assert code == 1
    assert json.loads(out)["error"]["code"] == "S502"


@pytest.mark.parametrize(
    ("args", "count"), [((), 3), (("--since", "2020"), 2), (("--dyad", "AA-BB", "--since", "2021"), 1)]
)
def test_commands_events_filters(database: str, args: tuple[str, ...], count: int) -> None:
    code, out = _run(database, "events", *args, "--json")
    assert code == 0
    assert len(json.loads(out)) == count


@pytest.mark.parametrize(("status", "count"), [("overdue", 1), ("pending", 0)])
def test_commands_followups_filters_by_status(database: str, status: str, count: int) -> None:
    code, out = _run(database, "followups", "--status", status, "--as-of", "2026-11-23", "--json")
    assert code == 0
    assert len(json.loads(out)) == count


@pytest.mark.parametrize("status", ["finished"])
def test_commands_followups_unknown_status_is_a_coded_error(database: str, status: str) -> None:
    code, out = _run(database, "followups", "--status", status, "--json")
    assert code == 1
    error = json.loads(out)["error"]
    assert error["code"] == "S503" and status in error["message"]


@pytest.mark.parametrize(("name", "key"), [("Arno Velt", "aa-arno-velt"), ("arno VELT", "aa-arno-velt")])
def test_commands_actor_finds_a_person(database: str, name: str, key: str) -> None:
    code, out = _run(database, "actor", name, "--json")
    assert code == 0
    assert [a["key"] for a in json.loads(out)] == [key]


@pytest.mark.parametrize("command", [["link"], ["series"], ["events"], ["followups"], ["series", "show", "aa-bb-x"]])
def test_commands_undated_round_beside_dated_ones_never_crash(settings: Settings, command: list[str]) -> None:
    """A ` date unknown` article about a numbered round beside dated ones crashed every link command
    (OverflowError in link/keys.py); a round dated 0001 did too (link/events.py)."""
    store = Store.open(settings.database_url)
    for rec in (
        record("undated", None, engagement(series=NAME, ordinal=3)),
        record("planned", None, engagement(series=NAME, ordinal=4, status="planned")),
        record("dated", "2020-03", engagement(series=NAME, ordinal=3, on="2020-03-05")),
        record("ancient", None, engagement(parties=("AA", "CC"), on="0001-01-01")),
    ):
        store.add_document(Document(id=rec.doc_id, text=f"Texte {rec.doc_id}.", published=rec.published))
        store.save_record(rec)
    store.close()
    code, out = _run(settings.database_url, *command, "--json")
    if command[0] == "series" and len(command) > 1:
        assert code == 1 and json.loads(out)["error"]["code"] == "S502"  # an unknown key, reported
    else:
        assert code == 0, out
        assert json.loads(out) is not None
