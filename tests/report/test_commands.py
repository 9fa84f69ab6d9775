"""`suivi brief`, `calendar`, `actors` and `export --format` through the CLI: files, JSON, coded errors, 80 columns."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from icalendar import Calendar
from typer.testing import CliRunner

from suivi.cli import app

runner = CliRunner()
AS_OF = ["--as-of", "2026-11-23"]


@pytest.fixture
def env(demo_db: Path, tmp_path: Path) -> dict[str, str]:
    return {
        "SUIVI_DATABASE_URL": f"sqlite:///{demo_db}",
        "SUIVI_CONFIG": str(tmp_path / "absent.toml"),
        "COLUMNS": "80",
    }


@pytest.mark.parametrize(
    ("args", "check"),
    [
        (["brief", "VN", "KH", "--json", *AS_OF], lambda d: d["parties"] == ["KH", "VN"] and d["notes"]),
        (["calendar", "--dyad", "VN-KH", "--json", *AS_OF], lambda d: d[0]["status"] == "overdue"),
        (["actors", "--dyad", "KH-TH", "--json"], lambda d: {a["name"] for a in d} >= {"Chea Vannak"}),
    ],
)
def test_commands_json_output_parses(env: dict[str, str], args: list[str], check: object) -> None:
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 0, result.output
    assert callable(check) and check(json.loads(result.stdout))


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["brief", "VN", "XX", "--json"], "S504", "VN-XX"),
        (["brief", "VN", "KH", "--since", "2021-13", "--json"], "S503", "2021-13"),
        (["brief", "VN", "KH", "--format", "docx", "--json"], "S603", "docx"),
        (["brief", "VN", "KH", "-o", "/nonexistent-dir/brief.md", "--json"], "S601", "/nonexistent-dir"),
        (["calendar", "--dyad", "VN", "--json"], "S501", "fewer than two"),
        (["export", "--format", "csv", "-o", "/nonexistent-dir/out", "--json"], "S601", "/nonexistent-dir"),
        (["actors", "--dyad", "V", "--json"], "S501", "fewer than two"),
    ],
)
def test_commands_errors_are_json_envelopes(env: dict[str, str], args: list[str], code: str, fragment: str) -> None:
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 1
    error = json.loads(result.stdout)["error"]
    assert error["code"] == code and fragment in error["message"]


@pytest.mark.parametrize(("fmt", "magic"), [("md", b"# Note de synth"), ("html", b"<!DOCTYPE html>")])
def test_commands_brief_writes_the_file(env: dict[str, str], tmp_path: Path, fmt: str, magic: bytes) -> None:
    out = tmp_path / f"brief.{fmt}"
    result = runner.invoke(app, ["brief", "KH", "TH", "--format", fmt, "-o", str(out), *AS_OF], env=env)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().lstrip().startswith(magic)


def test_commands_calendar_writes_ics(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "planned.ics"
    result = runner.invoke(app, ["calendar", "-o", str(out), *AS_OF], env=env)
    assert result.exit_code == 0, result.output
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) >= 5


def test_commands_export_format_and_legacy_jsonl(env: dict[str, str], tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "parquet", "-o", str(tmp_path / "t"), "--json"], env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rows"]["engagements"] == 71
    legacy = runner.invoke(app, ["export", "--jsonl"], env=env)
    assert legacy.exit_code == 0 and len(legacy.stdout.splitlines()) == 37


@pytest.mark.parametrize("args", [["actors"], ["calendar", *AS_OF]])
def test_commands_tables_at_80_columns_never_split_dates(env: dict[str, str], args: list[str]) -> None:
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    # A date cell is whole on its line: no "2024-0" left at the end of a cell.
    assert not any(re.search(r"\b\d{4}-\d?\s*│", line) for line in lines)
    assert any(re.search(r"\b\d{4}-\d{2}(-\d{2})?\b", line) for line in lines)
