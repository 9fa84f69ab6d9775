"""CLI output that cannot be turned against its reader: hostile stored text, usage errors, secrets, revisions."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from suivi import cli
from suivi.cli import app
from suivi.link import link_store
from suivi.record import DateValue, Document, DocumentRecord, Engagement, Participant, Series, Venue
from suivi.store import Store

runner = CliRunner()

# Written for these tests: markup, script and event handlers, an SGR colour, an OSC 8 link and an OSC
# window title, a screen clear, bidi override, zero-width space and BOM, a C1 CSI, a bell, Rich markup.
HOSTILE = (
    "<script>alert(1)</script> <img src=x onerror=alert(2)> "
    "\x1b[31mROUGE\x1b[0m \x1b]8;;http://evil.example\x07lien\x1b]8;;\x07 \x1b]0;titre\x07 \x1b[2J"
    "\u202eesrever\u202c zero\u200bwidth\ufeff \x9b31m \x07 [link=http://evil.example]markup[/link]"
)
#: What no terminal view may print raw (Rich's own colours are off under CliRunner).
ACTIVE = ["\x1b", "\x9b", "\x07", "\u202e", "\u202c", "\u200b", "\ufeff"]
VIEWS = [
    ["documents"],
    ["show", "hostile-1"],
    ["search", "ROUGE"],
    ["events"],
    ["series"],
    ["series", "show", "aa-bb-political-consultation"],
    ["followups", "--as-of", "2030-01-01"],
    ["actor", "Lima"],
]


def _strings(data: Any) -> list[str]:
    """Every string of parsed JSON."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for value in data.values() for s in _strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in _strings(value)]
    return []


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in [n for n in os.environ if n.startswith("SUIVI_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("SUIVI_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setattr(cli.console, "_width", 400)
    path = tmp_path / "cli.sqlite"
    monkeypatch.setenv("SUIVI_DATABASE_URL", f"sqlite:///{path}")
    return path


def _round(eid: str, status: str, on: str) -> Engagement:
    return Engagement(
        id=eid,
        kind="consultation",
        parties=["AA", "BB"],
        series=Series(name=f"consultation {HOSTILE}", ordinal=3 if status == "held" else 4),
        status=status,
        date=DateValue(value=on, precision="day"),
        venue=Venue(place=HOSTILE, country="AA"),
        participants=[Participant(name="Ana\x1b[2J Lima", country="AA", role=HOSTILE)],
        evidence=HOSTILE,
    )


@pytest.fixture
def hostile(database: Path) -> Path:
    """A store whose every text field holds HOSTILE, linked."""
    with Store.open(f"sqlite:///{database}") as store:
        store.add_document(
            Document(id="hostile-1", text=f"Corps ROUGE {HOSTILE}", title=HOSTILE, outlet=HOSTILE, language="fr")
        )
        record = DocumentRecord(
            doc_id="hostile-1",
            language="fr",
            published="2024-05",
            is_diplomatic=True,
            engagements=[_round("e1", "held", "2024-05-02"), _round("e2", "planned", "2025-01-10")],
        )
        store.save_record(record)
        link_store(store)
    return database


@pytest.mark.parametrize("args", VIEWS)
def test_cli_terminal_views_render_hostile_text_inert(args: list[str], hostile: Path) -> None:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert [c for c in ACTIVE if c in result.stdout] == []
    if args[0] != "events":  # the events table shows keys and dates only
        # The text is kept, as text: markup printed rather than read, the bidi override gone.
        assert "<script>alert(1)</script> <img src=x onerror=alert(2)> ROUGE" in result.stdout
        assert "esrever zerowidth" in result.stdout
        assert "[link=http://evil.example]markup[/link]" in result.stdout


@pytest.mark.parametrize("args", VIEWS)
def test_cli_json_views_keep_hostile_text_verbatim_but_escaped(args: list[str], hostile: Path) -> None:
    result = invoke(*args, "--json")
    assert result.exit_code == 0, result.output
    assert [c for c in ACTIVE if c in result.stdout] == []  # written as \\uXXXX escapes
    assert any(HOSTILE in text for text in _strings(json.loads(result.stdout)))  # the same text once parsed


@pytest.mark.parametrize("field", ["title", "outlet"])
def test_cli_show_json_gives_stored_text_verbatim(field: str, hostile: Path) -> None:
    data = json.loads(invoke("show", "hostile-1", "--json").stdout)
    assert data["document"][field] == HOSTILE
    assert data["record"]["engagements"][0]["evidence"] == HOSTILE
    with Store.open(f"sqlite:///{hostile}") as store:
        assert getattr(store.get_document("hostile-1"), field) == HOSTILE


@pytest.mark.parametrize(
    ("args", "in_message"),
    [
        (["documents", "--no-such-flag", "--json"], "--no-such-flag"),
        (["search", "--json"], "Missing argument 'query'"),
        (["--json", "documents"], "No such option: --json"),  # --json belongs to the command
        (["show", "--json"], "Missing argument 'doc_id'"),
    ],
)
def test_cli_usage_error_with_json_is_envelope(args: list[str], in_message: str, database: Path) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    envelope = json.loads(result.stdout)
    assert set(envelope["error"]) == {"code", "message", "detail"}
    assert envelope["error"]["code"] == "S002"
    assert envelope["error"]["message"].startswith("[S002] ") and in_message in envelope["error"]["message"]
    assert envelope["error"]["detail"]["arguments"] == args


@pytest.mark.parametrize("args", [["documents", "--no-such-flag"]])
def test_cli_usage_error_without_json_stays_a_help_message(args: list[str], database: Path) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert "No such option" in result.output and "{" not in result.output


@pytest.mark.parametrize("url", ["postgresql://suivi:s3cr3t-pw@db.example:5432/suivi"])
def test_cli_config_masks_the_database_password(url: str, database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUIVI_DATABASE_URL", url)
    shown = invoke("config")
    as_json = invoke("config", "--json")
    assert shown.exit_code == as_json.exit_code == 0
    assert "s3cr3t-pw" not in shown.stdout + as_json.stdout
    assert json.loads(as_json.stdout)["database_url"] == "postgresql://suivi:***@db.example:5432/suivi"


@pytest.mark.parametrize("texts", [["Première version du texte.", "Seconde version du texte."]])
def test_cli_show_json_has_revision_and_history(texts: list[str], database: Path) -> None:
    with Store.open(f"sqlite:///{database}") as store:
        for text in texts:
            store.add_document(Document(id="rev-doc", text=text, language="fr"))
    data: dict[str, Any] = json.loads(invoke("show", "rev-doc", "--json").stdout)
    assert data["revision"] == len(texts)
    assert [r["revision"] for r in data["revisions"]] == [1, 2]
    assert [r["text"] for r in data["revisions"]] == texts
    assert data["document"]["text"] == texts[-1]
    assert f"revision {len(texts)} of {len(texts)}" in invoke("show", "rev-doc").stdout


# --- repair: check and remove ----------------------------------------------------------------------------


@pytest.mark.parametrize("doc_id", ["hostile-1"])
def test_cli_check_passes_then_fails_on_an_orphan(doc_id: str, hostile: Path) -> None:
    clean = invoke("check")
    assert clean.exit_code == 0, clean.output
    assert "No problem found." in clean.stdout
    raw = sqlite3.connect(hostile)  # a mishap: a row deleted by another tool, foreign keys off
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    raw.commit()
    raw.close()
    broken = invoke("check", "--json")
    assert broken.exit_code == 1
    errors = {f["check"]: f["examples"] for f in json.loads(broken.stdout)["findings"] if f["severity"] == "error"}
    assert errors["revisions_without_document"] == [doc_id]
    shown = invoke("check")
    assert shown.exit_code == 1 and "revisions_without_document" in shown.stdout


@pytest.mark.parametrize("doc_id", ["plain-doc"])
def test_cli_check_strict_fails_on_warnings(doc_id: str, database: Path) -> None:
    with Store.open(f"sqlite:///{database}") as store:
        store.add_document(Document(id=doc_id, text="Un texte jamais extrait.", language="fr"))
    assert invoke("check").exit_code == 0
    strict = invoke("check", "--strict", "--json")
    assert strict.exit_code == 1
    warnings = json.loads(strict.stdout)["findings"]
    assert [(f["check"], f["examples"]) for f in warnings] == [("documents_without_record", [doc_id])]


@pytest.mark.parametrize("doc_id", ["hostile-1"])
def test_cli_remove_deletes_and_refuses_unknown_ids(doc_id: str, hostile: Path) -> None:
    unknown = invoke("remove", doc_id, "ghost", "--json")
    assert unknown.exit_code == 1
    assert json.loads(unknown.stdout)["error"]["code"] == "S201"
    removed = invoke("remove", doc_id, "--json")
    assert removed.exit_code == 0
    assert json.loads(removed.stdout) == {"removed": [doc_id], "relinked": []}
    assert json.loads(invoke("documents", "--json").stdout) == []
    assert json.loads(invoke("events", "--json").stdout) == []
    assert invoke("check").exit_code == 0
