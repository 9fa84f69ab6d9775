"""Every command through the CLI on the demo corpus: its --json output and errors parse, and its terminal
tables fit 80 columns without cutting an id, a date or a number in two."""

from __future__ import annotations

import itertools
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner, Result

from suivi.cli import app

from .support import DEMO

runner = CliRunner()
AS_OF = ["--as-of", "2026-11-23"]
#: Each command as an analyst runs it on the demo corpus (a `{tmp}` argument is a fresh directory).
COMMANDS: list[list[str]] = [
    ["documents"],
    ["documents", "--outlet", "akp"],
    ["show", "en-02-cambodia-thailand-jc-14"],
    ["search", "commissions"],
    ["search", "sécurité", "--outlet", "map"],
    ["config"],
    ["check"],
    ["events"],
    ["events", "--dyad", "VN-KH"],
    ["series"],
    ["series", "show", "kh-th-joint-committee"],
    ["followups", *AS_OF],
    ["followups", "--as-of", "2024"],
    ["followups", "--as-of", "2025-06"],
    ["actor", "Chea Vannak"],
    ["actors"],
    ["calendar", *AS_OF],
    ["export", "--format", "csv", "-o", "{tmp}/tables"],
    ["corrections"],
    ["corrections", "facts", "en-02-cambodia-thailand-jc-14"],
]
#: Commands that print a document (Markdown, JSON lines), not tables: their --json is checked.
DOCUMENTS: list[list[str]] = [["brief", "KH", "TH", *AS_OF], ["export"], ["export", "-o", "{tmp}/records.jsonl"]]
#: Commands that write to the store: run on a copy of the demo store.
WRITING: list[list[str]] = [
    ["link", *AS_OF],
    ["remove", "en-04-india-japan-2plus2-3"],
    ["ingest", "--no-extract", str(DEMO / "corpus")],
    ["corrections", "reject", "en-02-cambodia-thailand-jc-14/c2", "--reason", "a report of work, not a commitment"],
]
#: Keys of JSON values that are ids, keys or dates: none may be split across lines in a table.
ATOM_KEYS = frozenset(
    {"id", "doc_id", "key", "series_key", "event_key", "published", "due", "value", "end", "start"}
    | {"first_seen", "last_seen", "first_date", "last_date", "next_expected"}
)
#: Commands whose every argument is not worth a table run (extraction, evaluation): --json checked elsewhere.
NOT_TABLES = frozenset({"demo", "extract", "eval", "brief"})


@pytest.fixture
def env(demo_db: Path, tmp_path: Path) -> dict[str, str]:
    return {
        "SUIVI_DATABASE_URL": f"sqlite:///{demo_db}",
        "SUIVI_CONFIG": str(tmp_path / "absent.toml"),
        "COLUMNS": "80",
    }


@pytest.fixture
def copied_env(env: dict[str, str], demo_db: Path, tmp_path: Path) -> dict[str, str]:
    copy = tmp_path / "copy.sqlite"
    shutil.copy(demo_db, copy)
    return env | {"SUIVI_DATABASE_URL": f"sqlite:///{copy}"}


def _args(args: list[str], tmp_path: Path) -> list[str]:
    return [a.replace("{tmp}", str(tmp_path)) for a in args]


def _atoms(data: Any) -> Iterator[str]:
    """The id, key and date strings of parsed JSON output."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ATOM_KEYS and isinstance(value, str) and " " not in value and len(value) >= 4:
                yield value
            else:
                yield from _atoms(value)
    elif isinstance(data, list):
        for item in data:
            yield from _atoms(item)


def _cells(output: str) -> list[list[str]]:
    """Each table line as its cells (text between box borders), stripped."""
    return [[c.strip() for c in re.split(r"[│┃]", line)[1:-1]] for line in output.splitlines() if "│" in line]


def _split_atoms(output: str, atoms: set[str]) -> list[str]:
    """Atoms whose head ends a cell on one line and whose tail starts the same cell on the next."""
    rows = _cells(output)
    found = []
    for above, below in itertools.pairwise(rows):
        for top, bottom in zip(above, below, strict=False):
            if not top or not bottom:
                continue
            head, tail = top.split()[-1], bottom.split()[0]
            if head + tail in atoms or (re.fullmatch(r"\d{4}-(\d{2}-)?\d?", head) and re.match(r"\d", tail)):
                found.append(head + tail)
    return found


def _invoke(args: list[str], env: dict[str, str]) -> Result:
    return runner.invoke(app, args, env=env)


@pytest.mark.parametrize("args", COMMANDS + WRITING + DOCUMENTS, ids=" ".join)
def test_cli_views_json_output_parses(
    args: list[str], env: dict[str, str], copied_env: dict[str, str], tmp_path: Path
) -> None:
    result = _invoke([*_args(args, tmp_path), "--json"], copied_env if args in WRITING else env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) is not None


@pytest.mark.parametrize("args", COMMANDS + WRITING, ids=" ".join)
def test_cli_views_fit_80_columns_without_splitting(
    args: list[str], env: dict[str, str], copied_env: dict[str, str], tmp_path: Path
) -> None:
    chosen = copied_env if args in WRITING else env
    shown = _invoke(_args(args, tmp_path), chosen)
    assert shown.exit_code == 0, shown.output
    lines = shown.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80, next(line for line in lines if len(line) > 80)
    assert "e+" not in shown.stdout  # amounts are written readably, not as Python floats
    if args in WRITING:
        return
    data = json.loads(_invoke([*_args(args, tmp_path), "--json"], env).stdout)
    assert _split_atoms(shown.stdout, set(_atoms(data))) == []


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["documents", "--since", "2021-13"], "S203"),
        (["show", "no-such-document"], "S201"),
        (["search", "x " * 300], "S206"),
        (["events", "--dyad", "VN"], "S501"),
        (["series", "show", "no-such-series"], "S502"),
        (["followups", "--as-of", "2024-13"], "S503"),
        (["followups", "--as-of", "garbage"], "S503"),
        (["series", "--as-of", "2024-13"], "S503"),
        (["series", "show", "mr-sn-joint-committee", "--as-of", "soon"], "S503"),
        (["calendar", "--as-of", "24"], "S503"),
        (["corrections", "status", "vn-kh-trade", "pending", "--as-of", "2024-13"], "S503"),
        (["brief", "VN", "KH", "--as-of", "2024-02-30"], "S503"),
        (["actors", "--dyad", "V"], "S501"),
        (["export", "--jsonl", "-o", "/nonexistent-dir/records.jsonl"], "S601"),
        (["remove", "no-such-document"], "S201"),
        (["extract", "/nonexistent/article.txt"], None),
        (["ingest", "/nonexistent/article.txt"], None),
        (["eval", "--gold", "/nonexistent/gold", "--texts", "/nonexistent/texts"], None),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else str(v),
)
def test_cli_views_errors_are_json_envelopes(args: list[str], code: str | None, copied_env: dict[str, str]) -> None:
    result = _invoke([*args, "--json"], copied_env)  # ingest re-extracts stale records even when its input fails
    assert result.exit_code != 0
    data = json.loads(result.stdout)
    if code is None and "error" not in data:  # a batch command reports the failed input among its problems
        assert "ingest" in data or "problems" in data
        return
    assert set(data["error"]) == {"code", "message", "detail"}
    if code is not None:
        assert data["error"]["code"] == code, data


@pytest.mark.parametrize(("as_of", "overdue"), [("2026-11-23", True), ("2026-11", True), ("2020", False)])
def test_cli_views_as_of_takes_a_year_month_or_day(as_of: str, overdue: bool, env: dict[str, str]) -> None:
    result = _invoke(["followups", "--status", "overdue", "--as-of", as_of, "--json"], env)
    assert result.exit_code == 0, result.output
    assert bool(json.loads(result.stdout)) is overdue


def _commands() -> Iterator[tuple[str, Any]]:
    """(name, command) of every command and sub-command (Typer's own click: walked by duck typing)."""
    group: Any = typer.main.get_command(app)
    context = typer.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        assert command is not None
        yield name, command
        if hasattr(command, "list_commands"):
            for sub in command.list_commands(context):
                found = command.get_command(context, sub)
                assert found is not None
                yield f"{name} {sub}", found


def test_cli_views_every_command_has_json() -> None:
    missing = [name for name, command in _commands() if not any("--json" in p.opts for p in command.params)]
    assert missing == []


def test_cli_views_every_table_command_is_checked_at_80_columns() -> None:
    checked = {args[0] for args in COMMANDS + WRITING + DOCUMENTS}
    tables = {name.split()[0] for name, _ in _commands()} - NOT_TABLES
    assert tables <= checked
