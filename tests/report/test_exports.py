"""Exports: every table re-reads with its own reader (csv, openpyxl, pyarrow, json) with the store's row counts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet
import pytest
from openpyxl import load_workbook

from suivi.errors import OutputNotWritable
from suivi.link.views import Scope, StoreView
from suivi.report.exports import export_tables
from suivi.store import Store

FACT_TABLES = ("documents", "engagements", "participants", "commitments", "indicators", "events", "series")


def _store_counts(store: Store) -> dict[str, int]:
    return store.stats().model_dump(include=set(FACT_TABLES))


def _reread(fmt: str, directory: Path, name: str) -> tuple[int, list[str]]:
    """Rows and column names of one exported table, read back with the format's own reader."""
    if fmt == "csv":
        with (directory / f"{name}.csv").open(encoding="utf-8", newline="") as source:
            rows = list(csv.DictReader(source))
        return len(rows), list(rows[0]) if rows else []
    if fmt == "xlsx":
        sheet = load_workbook(directory / "suivi.xlsx", read_only=True)[name]
        values = list(sheet.values)
        return len(values) - 1, [str(v) for v in values[0]]
    if fmt == "parquet":
        table = pyarrow.parquet.read_table(directory / f"{name}.parquet")
        return table.num_rows, table.column_names
    lines = (directory / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return len(lines), list(json.loads(lines[0])) if lines else []


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet", "jsonl"])
def test_exports_reread_with_the_store_row_counts(
    demo_store: Store, demo_view: StoreView, fmt: str, tmp_path: Path
) -> None:
    report = export_tables(demo_view, tmp_path / "out", fmt)
    counts = _store_counts(demo_store)
    for name in FACT_TABLES:
        rows, columns = _reread(fmt, tmp_path / "out", name)
        assert rows == counts[name] == report.rows[name], name
    rows, columns = _reread(fmt, tmp_path / "out", "documents")
    assert {"doc_id", "title", "url", "outlet"} <= set(columns)
    assert report.rows["followups"] == _reread(fmt, tmp_path / "out", "followups")[0] > 0


def test_exports_fact_rows_carry_their_source(demo_view: StoreView, tmp_path: Path) -> None:
    export_tables(demo_view, tmp_path, "csv", Scope.of("KH-TH"))
    with (tmp_path / "engagements.csv").open(encoding="utf-8", newline="") as source:
        rows = list(csv.DictReader(source))
    assert list(rows[0])[:5] == ["doc_id", "published", "outlet", "title", "url"]
    assert all(row["outlet"] == "AKP" and row["title"] for row in rows)
    assert {row["event_key"] for row in rows} >= {"kh-th-joint-committee-r13", "kh-th-joint-committee-r14"}


def test_exports_plover_one_record_per_held_event_and_commitment(demo_view: StoreView, tmp_path: Path) -> None:
    report = export_tables(demo_view, tmp_path, "plover")
    records = [json.loads(line) for line in (tmp_path / "plover.jsonl").read_text(encoding="utf-8").splitlines()]
    held = [e for e in demo_view.event_table().records if e.status == "held"]
    assert len(records) == report.rows["plover"] == len(held) + len(demo_view.commitment_table())
    assert {r["event_type"] for r in records} == {"CONSULT", "AGREE", "REQUEST"}
    jc13 = next(r for r in records if r["id"] == "kh-th-joint-committee-r13")
    assert (jc13["actor"], jc13["recipient"], jc13["mode"], jc13["date"]) == ("TH", "KH", "host", "2024-05-27")
    assert jc13["location"] == {"place": "Bangkok", "country": "TH"}
    calls = [r for r in records if r["context"] == ["call"]]
    assert calls and all(r["mode"] == "phone" for r in calls)


@pytest.mark.parametrize("target", ["a-file", "missing/nested"])
def test_exports_unwritable_directory_is_s601(demo_view: StoreView, tmp_path: Path, target: str) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    with pytest.raises(OutputNotWritable) as caught:
        export_tables(demo_view, tmp_path / target, "csv")
    assert caught.value.code == "S601" and str(tmp_path / target) in str(caught.value)
