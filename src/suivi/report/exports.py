"""Tables for spreadsheets and notebooks: every view of the store written as JSONL, CSV, XLSX, Parquet or PLOVER."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from suivi.errors import OutputNotWritable, ReportError
from suivi.link.views import Scope, StoreView, Table
from suivi.report.plover import plover_records

#: Formats `export_tables` writes.
EXPORT_FORMATS = ("jsonl", "csv", "xlsx", "parquet", "plover")
#: The workbook `xlsx` writes, one sheet per table.
WORKBOOK = "suivi.xlsx"
PLOVER_FILE = "plover.jsonl"


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


def _write_jsonl(tables: Sequence[Table[Any]], directory: Path) -> list[Path]:
    paths = []
    for table in tables:
        path = directory / f"{table.name}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in table.records:
                out.write(json.dumps(record.model_dump(mode="json"), ensure_ascii=False) + "\n")
        paths.append(path)
    return paths


def _write_csv(tables: Sequence[Table[Any]], directory: Path) -> list[Path]:
    paths = []
    for table in tables:
        path = directory / f"{table.name}.csv"
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=table.columns)
            writer.writeheader()
            writer.writerows(table.rows())
        paths.append(path)
    return paths


def _write_xlsx(tables: Sequence[Table[Any]], directory: Path) -> list[Path]:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        sheet = workbook.create_sheet(table.name)
        sheet.append(table.columns)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows():
            sheet.append(list(row.values()))
        sheet.freeze_panes = "A2"
    path = directory / WORKBOOK
    workbook.save(path)
    return [path]


def _write_parquet(tables: Sequence[Table[Any]], directory: Path) -> list[Path]:
    import pyarrow.parquet

    paths = []
    for table in tables:
        path = directory / f"{table.name}.parquet"
        pyarrow.parquet.write_table(table.to_arrow(), path)
        paths.append(path)
    return paths


def _write_plover(view: StoreView, scope: Scope, directory: Path) -> tuple[list[Path], int]:
    records = plover_records(view.event_table(scope).records, view.commitment_table(scope).records, view.sources())
    path = directory / PLOVER_FILE
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return [path], len(records)


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
    tables = view.tables(scope)
    writers = {"jsonl": _write_jsonl, "csv": _write_csv, "xlsx": _write_xlsx, "parquet": _write_parquet}
    try:
        paths = writers[fmt](tables, directory)
    except OSError as exc:
        raise OutputNotWritable(
            f"writing the {fmt} export to {str(directory)!r} failed ({exc}); check the disk and permissions",
            detail={"path": str(directory)},
        ) from exc
    return ExportReport(
        format=fmt, directory=str(directory), files=[p.name for p in paths], rows={t.name: len(t) for t in tables}
    )
