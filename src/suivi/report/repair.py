"""Terminal views of the repair commands (`suivi check`, `suivi remove`), and the versions they check."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from suivi.report.numbers import format_number
from suivi.report.tables import Column, FittedTable
from suivi.store.results import IntegrityReport, Removal


def installed_extractor_versions() -> dict[str, str]:
    """Extractor name -> version of the extraction layers installed (what stored facts are checked against)."""
    from suivi.extract.version import installed_versions  # declared version + hash of rules, data and model

    return installed_versions()


def integrity_view(report: IntegrityReport) -> RenderableType:
    """The table counts, then one line per finding (errors first) with the first ids concerned."""
    counts = FittedTable("Rows", [Column("table", "label"), Column("rows", "number")])
    for name, count in report.counts.items():
        counts.add_row(name.replace("_", " "), format_number(count))
    if not report.findings:
        return Group(Text(f"store: {report.url}"), counts, Text("No problem found.", style="green"))
    findings = FittedTable(
        f"{len(report.errors)} error(s), {len(report.warnings)} warning(s)",
        [
            Column("severity", "label"),
            Column("check", "text"),
            Column("count", "number"),
            Column("what to do", "text", ratio=3),
            Column("examples", "id", optional=1),
        ],
    )
    for item in sorted(report.findings, key=lambda f: (f.severity != "error", f.check)):
        findings.add_row(
            item.severity,
            item.check,
            format_number(item.count),
            item.message,
            "\n".join(item.examples[:3]) + (" …" if item.count > len(item.examples[:3]) else ""),
            style="red" if item.severity == "error" else "yellow",
        )
    return Group(Text(f"store: {report.url}"), counts, findings)


def removal_view(removal: Removal) -> RenderableType:
    """What was removed and what was relinked."""
    lines = [f"removed {len(removal.removed)} document(s): {', '.join(removal.removed)}"]
    if removal.relinked:
        lines.append(f"relinked {len(removal.relinked)} document(s) that shared events or series with them")
    return Text("\n".join(lines))
