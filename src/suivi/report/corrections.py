"""Terminal views of analysts' corrections: the list, one correction, and the facts of a document."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rich.console import Group
from rich.text import Text

from suivi.corrections import Correction, FactRef
from suivi.report.numbers import readable_amounts
from suivi.report.tables import Column, FittedTable

_STATE_STYLE = {"active": "green", "undone": "dim", "orphaned": "yellow"}


def _short(value: Any, width: int = 60) -> str:
    """A before / after value on one line, cut at `width`."""
    if value is None:
        return "-"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= width else text[: width - 1] + "…"


def _what(correction: Correction) -> str:
    if correction.action == "edit":
        fields = correction.change.get("fields", {})
        return "; ".join(
            f"{k}: {_short((correction.before or {}).get(k), 24)} → {_short(v, 24)}" for k, v in fields.items()
        )
    if correction.action in ("status", "merge", "split", "pin"):
        return f"{_short(correction.before, 40)} → {_short(correction.after, 40)}"
    return "rejected"


def correction_ids(item: Any) -> list[int]:
    """The ids of the corrections behind a fact, participant or record (in `corrections`, an extra field of
    records, a declared one of events and series), sorted and once each."""
    declared = getattr(item, "corrections", None)
    if not isinstance(declared, list):
        declared = (getattr(item, "model_extra", None) or {}).get("corrections", [])
    return sorted({int(c["id"] if isinstance(c, dict) else c) for c in declared})


def correction_marker(item: Any) -> str:
    """The marker a view puts beside a corrected fact, participant, record, event or series ("✎ #3, #5");
    "" when none. Corrected items carry the ids in `corrections` (see docs/corrections.md)."""
    ids = correction_ids(item)
    return "✎ " + ", ".join(f"#{i}" for i in ids) if ids else ""


def marked(text: str, item: Any, sep: str = " ") -> str:
    """`text` with the item's correction marker after it (`sep` between), or `text` alone."""
    marker = correction_marker(item)
    return f"{text}{sep}{marker}" if marker else text


def corrections_table(corrections: Sequence[Correction]) -> FittedTable:
    """`suivi corrections`: one line per correction, its state coloured; orphans say which facts are gone."""
    table = FittedTable(
        f"Corrections ({len(corrections)})",
        [
            Column("id", "number"),
            Column("state", "label"),
            Column("when", "date", optional=2),
            Column("who", "label", optional=3),
            Column("action", "label"),
            Column("target", "text", ratio=2),
            Column("change", "text", ratio=2),
            Column("reason", "text", optional=1),
        ],
        caption=None if corrections else "no corrections; see `suivi corrections --help`",
    )
    for c in corrections:
        state = Text(c.state, style=_STATE_STYLE.get(c.state, ""))
        target = f"{c.target_kind} {c.target}" + (f"\nmissing: {', '.join(c.missing)}" if c.missing else "")
        table.add_row(
            str(c.id), state, f"{c.created_at:%Y-%m-%d %H:%M}", c.author, c.action, target, _what(c), c.reason or ""
        )
    return table


def correction_view(correction: Correction) -> Group:
    """One correction just made or undone."""
    verb = "undone" if correction.state == "undone" else "saved"
    head = Text(f"correction #{correction.id} {verb}: {correction.action} {correction.target_kind} {correction.target}")
    lines = [head, Text(f"  {_what(correction)}")]
    if correction.reason:
        lines.append(Text(f"  reason: {correction.reason}"))
    lines.append(
        Text("  `suivi corrections` lists every correction; `suivi corrections undo ID` undoes one", style="dim")
    )
    return Group(*lines)


def facts_table(facts: Sequence[FactRef]) -> FittedTable:
    """`suivi corrections facts DOC`: the ids a correction can name, and the corrections already made."""
    table = FittedTable(
        f"Facts of {facts[0].doc_id}" if facts else "Facts",
        [
            Column("id", "id"),
            Column("kind", "label"),
            Column("what", "text", ratio=2),
            Column("corrections", "text", optional=1),
            Column("key", "id", optional=2),
        ],
        caption=None if facts else "the document has no facts",
    )
    for f in facts:
        what = readable_amounts(f.label)
        table.add_row(f.local_id, f.kind, what, ", ".join(f"#{i}" for i in f.corrections) or "-", f.key)
    return table
