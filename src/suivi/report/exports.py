"""Tables for spreadsheets and notebooks: every view of the store written as JSONL, CSV, XLSX, Parquet or PLOVER."""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from suivi.errors import OutputNotWritable, ReportError
from suivi.link.views import Scope, StoreView, Table
from suivi.record import DocumentRecord
from suivi.report.plover import plover_records

#: Formats `export_tables` writes.
EXPORT_FORMATS = ("jsonl", "csv", "xlsx", "parquet", "plover")
#: The workbook `xlsx` writes, one sheet per table.
WORKBOOK = "suivi.xlsx"
PLOVER_FILE = "plover.jsonl"
#: The column every exported table ends with: ids of the analysts' corrections behind the row.
MARKER = "corrections"
_CORRECTED = re.compile(r"^\[corrected #(\d+)\]")
Marks = dict[str, dict[Any, set[int]]]


class CorrectionEntry(BaseModel):
    """One analyst's correction applied to the exported records (the `corrections` table)."""

    id: int
    created_at: str
    author: str
    action: str
    target_kind: str
    target: str
    doc_id: str | None = None
    change: str = ""
    before: str = ""
    after: str = ""
    reason: str | None = None


def _entry(summary: dict[str, Any]) -> CorrectionEntry:
    as_json = {k: json.dumps(summary.get(k), ensure_ascii=False) for k in ("change", "before", "after")}
    return CorrectionEntry.model_validate(summary | as_json)


def correction_table(records: Sequence[DocumentRecord]) -> Table[CorrectionEntry]:
    """The corrections the records were read with (each record lists those applied to it), by id."""
    found = {s["id"]: s for r in records for s in (r.model_extra or {}).get(MARKER, [])}
    return Table(MARKER, CorrectionEntry, [_entry(found[i]) for i in sorted(found)])


def _ids(item: Any) -> set[int]:
    return set((getattr(item, "model_extra", None) or {}).get(MARKER, []))


def correction_marks(records: Sequence[DocumentRecord]) -> Marks:
    """Correction ids per document, fact, event and series, from the corrected records."""
    marks: Marks = defaultdict(lambda: defaultdict(set))
    for record in records:
        marks["documents"][record.doc_id] |= {s["id"] for s in (record.model_extra or {}).get(MARKER, [])}
        for e in record.engagements:
            ids = _ids(e) | {i for p in e.participants for i in _ids(p)}
            marks["engagements"][(record.doc_id, e.id)] |= ids
            marks["events"][e.event_key] |= ids
            marks["series"][e.series_key] |= ids
        for n, c in enumerate(record.commitments):
            marks["commitments"][(record.doc_id, f"c{n + 1}")] |= _ids(c)
        for n, x in enumerate(record.indicators):
            marks["indicators"][(record.doc_id, f"i{n + 1}")] |= _ids(x)
    return marks


def _row_marks(name: str, item: Any, marks: Marks) -> set[int]:
    """The corrections behind one row of table `name`."""
    if name == "documents":
        return marks["documents"].get(item.doc_id, set())
    if name == "engagements":
        return marks["engagements"].get((item.doc_id, item.id), set())
    if name == "participants":
        return _ids(item) | marks["engagements"].get((item.doc_id, item.engagement_id), set())
    if name in ("commitments", "indicators"):
        return marks[name].get((item.doc_id, item.local_id), set())
    if name == "events":
        return marks["events"].get(item.key, set()) | set(item.corrections)
    if name == "series":
        return marks["series"].get(item.key, set()) | set(item.corrections)
    if name == "followups":
        ids = {i for ref in item.refs for i in marks["engagements"].get(tuple(ref), set())}
        flagged = _CORRECTED.match(item.detail)
        return ids | set(item.corrections) | ({int(flagged.group(1))} if flagged else set())
    return set()


def _marked_rows(table: Table[Any], marks: Marks) -> tuple[list[str], list[dict[str, Any]]]:
    """The table's columns and flat rows, with the corrections marker column last (not on `corrections`)."""
    if table.name == MARKER:
        return table.columns, table.rows()
    rows = [
        row | {MARKER: "; ".join(str(i) for i in sorted(_row_marks(table.name, item, marks))) or None}
        for row, item in zip(table.rows(), table.records, strict=True)
    ]
    columns = [c for c in table.columns if c != MARKER]  # events, series, follow-ups declare it: once, last
    return [*columns, MARKER], [{c: row[c] for c in [*columns, MARKER]} for row in rows]


class ExportReport(BaseModel):
    """What an export wrote: the format, the directory, and the rows of each table."""

    format: str
    directory: str
    files: list[str] = Field(default_factory=list)
    rows: dict[str, int] = Field(default_factory=dict)


def writable_directory(directory: Path) -> Path:
    """`directory`, created if its parent exists; S601 when it cannot be written."""
    if directory.exists() and not directory.is_dir():
        raise OutputNotWritable(
            f"{str(directory)!r} is a file; exports write several files: give a directory with -o",
            detail={"path": str(directory)},
        )
    try:
        directory.mkdir(exist_ok=True)
        probe = directory / ".suivi-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise OutputNotWritable(
            f"cannot write to {str(directory)!r} ({exc.strerror or exc}); give a writable directory with -o",
            detail={"path": str(directory)},
        ) from exc
    return directory


def _scoped_records(view: StoreView, scope: Scope) -> list[DocumentRecord]:
    wanted = {source.doc_id for source in view.document_table(scope)}
    return [record for record in view.records if record.doc_id in wanted]


def _write_jsonl(tables: Sequence[Table[Any]], directory: Path, marks: Marks) -> list[Path]:
    paths = []
    for table in tables:
        path = directory / f"{table.name}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in table.records:
                row = record.model_dump(mode="json")
                if table.name != MARKER:
                    row[MARKER] = sorted(_row_marks(table.name, record, marks))
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def _write_csv(tables: Sequence[Table[Any]], directory: Path, marks: Marks) -> list[Path]:
    paths = []
    for table in tables:
        path = directory / f"{table.name}.csv"
        columns, rows = _marked_rows(table, marks)
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
        paths.append(path)
    return paths


def _write_xlsx(tables: Sequence[Table[Any]], directory: Path, marks: Marks) -> list[Path]:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        sheet = workbook.create_sheet(table.name)
        columns, rows = _marked_rows(table, marks)
        sheet.append(columns)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(list(row.values()))
        sheet.freeze_panes = "A2"
    path = directory / WORKBOOK
    workbook.save(path)
    return [path]


def _write_parquet(tables: Sequence[Table[Any]], directory: Path, marks: Marks) -> list[Path]:
    import pyarrow
    import pyarrow.parquet

    paths = []
    for table in tables:
        path = directory / f"{table.name}.parquet"
        columns, rows = _marked_rows(table, marks)
        types = {MARKER: pyarrow.string()} if table.name != MARKER else {}
        arrays = {c: pyarrow.array([row[c] for row in rows], type=types.get(c)) for c in columns}
        pyarrow.parquet.write_table(pyarrow.table(arrays), path)
        paths.append(path)
    return paths


def _write_plover(view: StoreView, scope: Scope, directory: Path) -> tuple[list[Path], int]:
    records = plover_records(view.event_table(scope).records, view.commitment_table(scope).records, view.sources())
    path = directory / PLOVER_FILE
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return [path, *_write_jsonl([correction_table(_scoped_records(view, scope))], directory, {})], len(records)


def export_tables(view: StoreView, directory: Path, fmt: str = "csv", scope: Scope | None = None) -> ExportReport:
    """Write every table of the store (of one scope) to `directory` in `fmt`; S601 if it cannot be written."""
    if fmt not in EXPORT_FORMATS:
        raise ReportError(
            f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}", detail={"format": fmt}
        )
    scope = scope or Scope()
    directory = writable_directory(directory)
    if fmt == "plover":
        paths, count = _write_plover(view, scope, directory)
        return ExportReport(format=fmt, directory=str(directory), files=[p.name for p in paths], rows={"plover": count})
    tables = [*view.tables(scope), correction_table(_scoped_records(view, scope))]
    writers = {"jsonl": _write_jsonl, "csv": _write_csv, "xlsx": _write_xlsx, "parquet": _write_parquet}
    try:
        paths = writers[fmt](tables, directory, correction_marks(view.linking.keyed_records()))
    except OSError as exc:
        raise OutputNotWritable(
            f"writing the {fmt} export to {str(directory)!r} failed ({exc}); check the disk and permissions",
            detail={"path": str(directory)},
        ) from exc
    return ExportReport(
        format=fmt, directory=str(directory), files=[p.name for p in paths], rows={t.name: len(t) for t in tables}
    )
