"""`suivi corrections` through the CLI: real extraction, a correction, re-extraction by a new extractor
version and relinking; --json answers and coded JSON errors. Articles are written for the tests."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from suivi import cli
from suivi.cli import app
from suivi.record import DocumentRecord
from suivi.settings import load_settings
from suivi.store import Store

runner = CliRunner()
ARTICLES = {
    "vn-kh-9.txt": " date 2024-03-12\nVietnam and Cambodia held their 9th political consultation in Hanoi on March 11,"
    " 2024. The two sides agreed to strengthen cooperation in border management. The 10th political consultation"
    " will take place in Cambodia in 2025. Bilateral trade reached 10 billion USD in 2023.\n",
    "kh-vn-9.txt": " date 2024-03-13\nThe ninth political consultation between Vietnam and Cambodia was held in Hanoi"
    " on March 11, 2024, co-chaired by the two deputy foreign ministers. The two sides agreed to boost trade and"
    " investment.\n",
}
PLANNED = "The 10th political consultation will take place in Cambodia in 2025."


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


def answer(*args: str) -> Any:
    result = invoke(*args, "--json")
    assert result.exit_code == 0, result.stdout
    return json.loads(result.stdout)


def error(*args: str) -> dict[str, Any]:
    result = invoke(*args, "--json")
    assert result.exit_code != 0
    envelope = json.loads(result.stdout)
    assert set(envelope["error"]) == {"code", "message", "detail"}
    return dict(envelope["error"])


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Two articles on one consultation, ingested (extracted and linked) into a SQLite file."""
    for name in [n for n in os.environ if n.startswith("SUIVI_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("SUIVI_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setattr(cli.console, "_width", 300)
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    monkeypatch.setenv("SUIVI_DATABASE_URL", url)
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert invoke("ingest", str(folder), "--json").exit_code == 0
    return url


def _new_version(record: DocumentRecord) -> DocumentRecord:
    """The record as a next extractor version gives it: engagements in reverse order under new local ids."""
    renamed = {e.id: f"e{n + 1}" for n, e in enumerate(reversed(record.engagements))}
    engagements = [
        e.model_copy(
            update={
                "id": renamed[e.id],
                "provenance": e.provenance.model_copy(update={"version": e.provenance.version + "-next"})
                if e.provenance
                else None,
            }
        )
        for e in reversed(record.engagements)
    ]
    commitments = [c.model_copy(update={"engagement": renamed.get(c.engagement or "")}) for c in record.commitments]
    return record.model_copy(update={"engagements": engagements, "commitments": commitments})


def reextract_new_version(url: str, doc_id: str) -> None:
    """Extract the stored document again (the real pipeline), as a new extractor version, then relink all."""
    from suivi.extract import extract_documents

    with Store.open(url) as store:
        (record,) = extract_documents([store.get_document(doc_id)], load_settings(database_url=url))
        store.save_record(_new_version(record))
    assert invoke("link", "--json").exit_code == 0


def exported(doc_id: str) -> dict[str, Any]:
    result = invoke("export", "--jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return next(r for r in records if r["doc_id"] == doc_id)


def test_cli_corrections_reject_survives_reextraction_with_a_new_version(database: str) -> None:
    facts = answer("corrections", "facts", "vn-kh-9")
    planned = next(f for f in facts if f["evidence"] == PLANNED)
    made = answer("corrections", "reject", f"vn-kh-9/{planned['local_id']}", "--reason", "a plan, not a round")
    assert (made["action"], made["target"], made["reason"], made["state"]) == (
        "reject",
        planned["key"],
        "a plan, not a round",
        "active",
    )
    assert PLANNED not in [e["evidence"] for e in exported("vn-kh-9")["engagements"]]
    reextract_new_version(database, "vn-kh-9")
    record = exported("vn-kh-9")
    assert PLANNED not in [e["evidence"] for e in record["engagements"]]
    assert [c["id"] for c in record["corrections"]] == [made["id"]]
    (listed,) = answer("corrections")
    assert (listed["id"], listed["state"], listed["missing"]) == (made["id"], "active", [])
    undone = answer("corrections", "undo", str(made["id"]))
    assert undone["state"] == "undone"
    assert PLANNED in [e["evidence"] for e in exported("vn-kh-9")["engagements"]]


def test_cli_corrections_edit_and_split_show_in_exports(database: str, tmp_path: Path) -> None:
    held = next(f for f in answer("corrections", "facts", "vn-kh-9") if f["kind"] == "engagement")
    edit = answer("corrections", "edit", held["key"], "--set", "venue.country=VN", "--set", "format=in_person")
    assert edit["after"] == {"venue.country": "VN", "format": "in_person"}
    event = next(e for e in answer("events") if len(e["mentions"]) > 1)
    split = answer("corrections", "split", "event", event["key"], f"vn-kh-9/{held['local_id']}")
    reextract_new_version(database, "vn-kh-9")
    engagement = next(e for e in exported("vn-kh-9")["engagements"] if e["evidence"] == held["evidence"])
    assert (engagement["venue"]["country"], engagement["format"]) == ("VN", "in_person")
    assert engagement["event_key"] == split["change"]["into"] != event["key"]
    assert engagement["corrections"] == [edit["id"], split["id"]]
    answer("export", "--format", "jsonl", "-o", str(tmp_path / "out"))
    rows = [json.loads(line) for line in (tmp_path / "out" / "engagements.jsonl").read_text().splitlines()]
    marked = {(r["doc_id"], r["evidence"]): r["corrections"] for r in rows if r["corrections"]}
    assert marked == {("vn-kh-9", held["evidence"]): [edit["id"], split["id"]]}
    table = [json.loads(line) for line in (tmp_path / "out" / "corrections.jsonl").read_text().splitlines()]
    assert [(c["id"], c["action"]) for c in table] == [(edit["id"], "edit"), (split["id"], "split")]


def test_cli_corrections_orphan_is_listed_and_checked(database: str) -> None:
    commitment = next(f for f in answer("corrections", "facts", "kh-vn-9") if f["kind"] == "commitment")
    made = answer("corrections", "reject", commitment["key"])
    with Store.open(database) as store:
        record = store.get_record("kh-vn-9", raw=True)
        assert record is not None
        store.save_record(record.model_copy(update={"commitments": []}))
    (orphan,) = answer("corrections", "--state", "orphaned")
    assert (orphan["id"], orphan["missing"]) == (made["id"], [commitment["key"]])
    result = invoke("check", "--json")
    findings = {f["check"]: f for f in json.loads(result.stdout)["findings"]}
    assert findings["orphaned_corrections"]["examples"] == [f"#{made['id']} reject {commitment['key']}"]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("corrections", "reject", "nowhere/e1"), "S701"),
        (("corrections", "reject", "vn-kh-9/e42"), "S701"),
        (("corrections", "edit", "vn-kh-9/e1", "--set", "status"), "S703"),
        (("corrections", "edit", "vn-kh-9/e1", "--set", "status=maybe"), "S703"),
        (("corrections", "edit", "vn-kh-9/e1", "--set", "date=2024-02-30"), "S703"),
        (("corrections", "merge", "event", "no-such-event", "nor-this-one"), "S702"),
        (("corrections", "status", "no-such-followup", "overdue"), "S702"),
        (("corrections", "pin", "vn-kh-9/e1", "--event", "a", "--series", "b"), "S703"),
        (("corrections", "undo", "7"), "S704"),
        (("corrections", "undo", "seven"), "S002"),
        (("corrections", "--state", "gone"), "S703"),
    ],
)
def test_cli_corrections_bad_input_is_a_json_error(database: str, args: tuple[str, ...], code: str) -> None:
    found = error(*args)
    assert found["code"] == code and found["message"].startswith(f"[{code}]")


def test_cli_corrections_undo_twice_is_s705(database: str) -> None:
    made = answer("corrections", "reject", "kh-vn-9/c1")
    answer("corrections", "undo", str(made["id"]))
    found = error("corrections", "undo", str(made["id"]))
    assert found["code"] == "S705" and "already undone" in found["message"]


def test_cli_corrections_terminal_list_names_state_and_reason(database: str) -> None:
    invoke("corrections", "reject", "kh-vn-9/c1", "--reason", "boilerplate")
    result = invoke("corrections")
    assert result.exit_code == 0
    assert "reject" in result.stdout and "boilerplate" in result.stdout and "active" in result.stdout


@pytest.mark.parametrize(("extra", "expected"), [({}, ""), ({"corrections": [3, 5]}, "✎ #3, #5")])
def test_cli_corrections_marker_of_a_corrected_fact(extra: dict[str, Any], expected: str) -> None:
    from suivi.record import Engagement
    from suivi.report.corrections import correction_marker

    engagement = Engagement.model_validate({"id": "e1", "kind": "call", **extra})
    assert correction_marker(engagement) == expected


def test_cli_corrections_notebook_api_sees_each_correction_at_once(database: str) -> None:
    import suivi

    with suivi.open(database) as notebook:
        planned = next(f for f in notebook.facts("vn-kh-9") if f.evidence == PLANNED)
        before = len(notebook.engagements())
        made = notebook.reject(f"vn-kh-9/{planned.local_id}", reason="not a plan")
        assert len(notebook.engagements()) == before - 1
        edited = notebook.edit("kh-vn-9/e1", **{"venue.place": "Hanoi", "format": "in_person"})
        assert edited.after == {"venue.place": "Hanoi", "format": "in_person"}
        assert [c.id for c in notebook.corrections()] == [made.id, edited.id]
        notebook.undo(made.id)
        assert len(notebook.engagements()) == before
        assert [c.state for c in notebook.corrections()] == ["undone", "active"]


@pytest.mark.parametrize("doc_id", ["no-such-article"])
def test_cli_corrections_facts_of_an_unknown_document_is_s701(database: str, doc_id: str) -> None:
    found = error("corrections", "facts", doc_id)
    assert found["code"] == "S701" and f"no facts: no document {doc_id!r}" in found["message"]


def test_cli_corrections_survive_ingest_reextracting_an_older_version(database: str, tmp_path: Path) -> None:
    planned = next(f for f in answer("corrections", "facts", "vn-kh-9") if f["evidence"] == PLANNED)
    made = answer("corrections", "edit", planned["key"], "--set", "status=cancelled", "--reason", "called off")
    with Store.open(database) as store:
        raw = store.get_record("vn-kh-9", raw=True)
        assert raw is not None and raw.model_extra and raw.model_extra.get("extractors")
        old = {layer: "v0-old" for layer in raw.model_extra["extractors"]}
        store.save_record(raw.model_copy(update={"extractors": old}))
    report = answer("ingest", str(tmp_path / "articles"))
    assert report["ingest"]["reextracted"] == 1
    with Store.open(database) as store:
        raw = store.get_record("vn-kh-9", raw=True)
        assert raw is not None and raw.model_extra and raw.model_extra["extractors"] != old
    engagement = next(e for e in exported("vn-kh-9")["engagements"] if e["evidence"] == PLANNED)
    assert (engagement["status"], engagement["corrections"]) == ("cancelled", [made["id"]])
