"""Terminal views of the repair commands (`suivi check`, `suivi remove`), and the versions they check."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from suivi.store.results import IntegrityReport, Removal


def installed_extractor_versions() -> dict[str, str]:
    """Extractor name -> version of the extraction layers installed (what stored facts are checked against)."""
    from suivi.extract.version import installed_versions  # declared version + hash of rules, data and model

    return installed_versions()


def integrity_view(report: IntegrityReport) -> RenderableType:
    """The table counts, then one line per finding (errors first) with the first ids concerned."""
    counts = Table(title=f"Store {report.url}")
    counts.add_column("table")
    counts.add_column("rows", justify="right")
    for name, count in report.counts.items():
        counts.add_row(name.replace("_", " "), str(count))
    if not report.findings:
        return Group(counts, Text("No problem found.", style="green"))
    findings = Table(title=f"{len(report.errors)} error(s), {len(report.warnings)} warning(s)")
    for column in ("severity", "check", "count", "what to do", "examples"):
        findings.add_column(column, overflow="fold")
    for item in sorted(report.findings, key=lambda f: (f.severity != "error", f.check)):
        findings.add_row(
            item.severity,
            item.check,
            str(item.count),
            item.message,
            ", ".join(item.examples) + (" …" if item.count > len(item.examples) else ""),
            style="red" if item.severity == "error" else "yellow",
        )
    return Group(counts, findings)


def removal_view(removal: Removal) -> RenderableType:
    """What was removed and what was relinked."""
    lines = [f"removed {len(removal.removed)} document(s): {', '.join(removal.removed)}"]
    if removal.relinked:
        lines.append(f"relinked {len(removal.relinked)} document(s) that shared events or series with them")
    return Text("\n".join(lines))
