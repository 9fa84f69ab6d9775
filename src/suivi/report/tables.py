"""Terminal tables laid out for the console's width: ids, dates and numbers whole, text wrapped, titles clipped.

Every terminal table of suivi is a `FittedTable`. Its layout is chosen when it is printed, for the width
the console has (80 columns as well as 200): columns of ids, dates, numbers and short labels are one
line at their full width; text columns wrap between words and are never narrower than their longest
word (so no word, key or amount is cut in two); titles take at most two lines and end with "…" when
cut. When even that does not fit, optional columns are left out, and the caption says which."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

#: id: document ids, keys (one per line when several); date: YYYY[-MM[-DD]]; number: counts and amounts
#: (right-aligned); label: short vocabulary values; text: wraps between words; title: at most TITLE_LINES
#: lines, cut with "…".
ColumnKind = Literal["id", "date", "number", "label", "text", "title"]
_WHOLE: frozenset[str] = frozenset({"id", "date", "number", "label"})
#: Narrowest a text column gets (unless all its content is narrower: a date and its comma fit), and the
#: widest word it holds whole (a longer word, such as a URL, is folded).
MIN_TEXT_WIDTH = 12
MAX_WORD_WIDTH = 48
MIN_TITLE_WIDTH = 12
TITLE_LINES = 2

Cell = str | Text


@dataclass(frozen=True)
class Column:
    """One column: its header, what it holds, and how readily it is left out when space is short."""

    header: str
    kind: ColumnKind = "text"
    #: 0: always shown; otherwise left out when the table does not fit, highest first.
    optional: int = 0
    #: Share of the spare width among text and title columns.
    ratio: int = 1


def _lines(cell: Cell) -> list[str]:
    return _plain(cell).split("\n")


def _plain(cell: Cell) -> str:
    return cell.plain if isinstance(cell, Text) else cell


def _natural(cell: Cell) -> int:
    return max(Text(line).cell_len for line in _lines(cell))


def _longest_word(cell: Cell) -> int:
    words = [word for line in _lines(cell) for word in line.split()]
    return max((Text(word).cell_len for word in words), default=0)


def clip_title(title: str, width: int, lines: int = TITLE_LINES) -> str:
    """`title` wrapped to `width`, at most `lines` lines, the last ending with "…" when some was cut."""
    wrapped = textwrap.wrap(title, width) or [""]
    if len(wrapped) <= lines:
        return "\n".join(wrapped)
    kept = wrapped[:lines]
    last = kept[-1]
    kept[-1] = (last if len(last) < width else last[: width - 1].rstrip()) + "…"
    return "\n".join(kept)


class FittedTable:
    """A Rich renderable: a table whose column widths are chosen for the console width at print time."""

    def __init__(self, title: str, columns: Sequence[Column], *, caption: str | None = None) -> None:
        self.title = title
        self.columns = list(columns)
        self.caption = caption
        self.rows: list[tuple[list[Cell], str | None]] = []

    def add_row(self, *cells: Cell | None, style: str | None = None) -> None:
        """One row; None shows as "-"."""
        self.rows.append(([("-" if cell is None else cell) for cell in cells], style))

    def _need(self, index: int) -> tuple[int, int]:
        """(narrowest, natural) width of a column's content."""
        column = self.columns[index]
        cells = [row[index] for row, _ in self.rows]
        natural = max([_natural(column.header), *(_natural(c) for c in cells)])
        if column.kind in _WHOLE:
            return natural, natural
        if column.kind == "title":
            return min(natural, MIN_TITLE_WIDTH), natural
        longest = min(MAX_WORD_WIDTH, max([_longest_word(column.header), *(_longest_word(c) for c in cells)]))
        return min(natural, max(MIN_TEXT_WIDTH, longest)), natural

    def layout(self, width: int) -> dict[int, int]:
        """Column index -> width for a table of at most `width` cells, optional columns left out if need be."""
        needs = {i: self._need(i) for i in range(len(self.columns))}
        shown = list(needs)
        while sum(needs[i][0] for i in shown) + 3 * len(shown) + 1 > width:
            optional = [i for i in shown if self.columns[i].optional]
            if not optional:
                break
            shown.remove(max(optional, key=lambda i: (self.columns[i].optional, needs[i][0])))
        widths = {i: needs[i][0] for i in shown}
        self._squeeze(widths, width - 3 * len(shown) - 1)
        spare = width - sum(widths.values()) - 3 * len(shown) - 1
        growing = [i for i in shown if widths[i] < needs[i][1]]
        while spare > 0 and growing:
            total = sum(self.columns[i].ratio for i in growing)
            step = 0
            for i in growing:
                grow = min(needs[i][1] - widths[i], max(1, spare * self.columns[i].ratio // total), spare - step)
                widths[i] += grow
                step += grow
            spare -= step
            growing = [i for i in growing if widths[i] < needs[i][1]]
            if step == 0:
                break
        return widths

    def _squeeze(self, widths: dict[int, int], room: int) -> None:
        """Last resort when the shown columns still do not fit: narrow the widest text columns (down to
        MIN_TEXT_WIDTH, so a date in running text stays whole); their longest words are then folded."""
        text = [i for i in widths if self.columns[i].kind == "text"]
        while sum(widths.values()) > room:
            widest = max(text, key=lambda i: widths[i], default=None)
            if widest is None or widths[widest] <= MIN_TEXT_WIDTH:
                return
            widths[widest] -= 1

    def _table(self, widths: dict[int, int]) -> Table:
        hidden = [c.header for i, c in enumerate(self.columns) if i not in widths]
        notes = [self.caption] if self.caption else []
        if hidden:
            notes.append(f"not shown at this width: {', '.join(hidden)} (widen the terminal, or use --json)")
        table = Table(title=self.title, caption="\n".join(notes) or None)
        for i, width in widths.items():
            column = self.columns[i]
            whole = column.kind in _WHOLE
            table.add_column(
                column.header,
                width=width,
                no_wrap=whole,
                overflow="ellipsis" if whole else "fold",
                justify="right" if column.kind == "number" else "left",
            )
        for cells, style in self.rows:
            shown = [
                clip_title(_plain(cells[i]), width) if self.columns[i].kind == "title" else cells[i]
                for i, width in widths.items()
            ]
            table.add_row(*shown, style=style)
        return table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self._table(self.layout(options.max_width))

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widths = self.layout(options.max_width)
        return Measurement(min(options.max_width, 4), sum(widths.values()) + 3 * len(widths) + 1)
