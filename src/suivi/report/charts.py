"""Charts of the briefing, drawn offline with matplotlib (Agg): trade per year with targets as markers."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from suivi.report.brief import FigureEntry
from suivi.report.labels import labels
from suivi.report.numbers import format_amount, format_number

NAVY, RED, GREY = "#1f3a5f", "#b03a2e", "#6b7280"


def _yearly(figures: Sequence[FigureEntry], unit: str) -> tuple[dict[int, float], dict[int, float]]:
    """Observed whole-year figures (the latest source wins) and targets, by year."""
    observed: dict[int, tuple[int, float]] = {}
    targets: dict[int, float] = {}
    for f in figures:
        if f.unit != unit or not f.period_end:
            continue
        year = int(f.period_end[:4])
        if f.kind == "target":
            targets[year] = max(targets.get(year, 0.0), f.value)
        elif _whole_year(f) and (year not in observed or observed[year][0] < max(f.notes)):
            observed[year] = (max(f.notes), f.value)
    return {y: v for y, (_, v) in observed.items()}, targets


def _whole_year(figure: FigureEntry) -> bool:
    """A figure for one whole year ("en 2023"), not a part of it or a bound ("less than")."""
    end = figure.period_end or ""
    return len(end) == 4 and figure.period_start in (None, end) and figure.qualifier != "less_than"


def _chart_data(figures: Sequence[FigureEntry], metric: str) -> tuple[str, dict[int, float], dict[int, float]] | None:
    """The unit most figures of `metric` are in, and its observed and targeted values by year; None if none."""
    chosen = [f for f in figures if f.metric == metric]
    units = Counter(f.unit for f in chosen if f.unit not in ("count", "percent"))
    if not units:
        return None
    unit = units.most_common(1)[0][0]
    observed, targets = _yearly(chosen, unit)
    return (unit, observed, targets) if observed or targets else None


def _draw_observed(ax: Axes, observed: dict[int, float], scale: float, top: float, lang: str) -> None:
    """Bars, each labelled with its value: inside the bar, clear of a target marker above, when it fits."""
    ax.bar(list(observed), [v / scale for v in observed.values()], width=0.6, color=NAVY,
           label=labels(lang)["chart_observed"])  # fmt: skip
    for year, value in observed.items():
        inside = value / scale > top * 0.15
        ax.annotate(
            format_number(round(value / scale, 1), lang), (year, value / scale), ha="center",
            va="top" if inside else "bottom", xytext=(0, -4 if inside else 3), textcoords="offset points",
            fontsize=8, color="white" if inside else NAVY, fontweight="bold",
        )  # fmt: skip


def _draw_targets(ax: Axes, targets: dict[int, float], scale: float, unit: str, lang: str) -> None:
    """Diamonds, each labelled with the amount aimed at."""
    ax.scatter(list(targets), [v / scale for v in targets.values()], marker="D", s=46, color=RED, zorder=3,
               label=labels(lang)["chart_target"])  # fmt: skip
    for year, value in targets.items():
        ax.annotate(
            format_amount(value, unit, lang), (year, value / scale), ha="center", va="bottom",
            xytext=(0, 7), textcoords="offset points", fontsize=8, color=RED,
        )  # fmt: skip


def _style_axes(ax: Axes, years: list[int], top: float, unit_word: str, lang: str) -> None:
    ax.set_xticks(years, [str(y) for y in years], fontsize=8)
    ax.set_xlim(years[0] - 0.8, years[-1] + 0.8)
    ax.set_ylim(0, top * 1.25)
    ax.set_ylabel(unit_word, fontsize=8, color=GREY)
    ax.set_title(labels(lang)["chart_title"], fontsize=10, loc="left", color="#111827")
    ax.tick_params(axis="y", labelsize=8, colors=GREY)
    ax.grid(axis="y", color="#e5e7eb", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.legend(frameon=False, fontsize=8, loc="upper left")


def trade_chart(figures: Sequence[FigureEntry], lang: str, metric: str = "trade_volume") -> bytes | None:
    """A PNG of the metric per year (bars) with its targets (diamonds); None when no yearly figure exists."""
    data = _chart_data(figures, metric)
    if data is None:
        return None
    unit, observed, targets = data
    top_value = max([*observed.values(), *targets.values()])
    scale = 1e9 if top_value >= 1e9 else 1e6
    figure = Figure(figsize=(7.0, 3.0), dpi=160)
    ax = figure.add_subplot()
    _draw_observed(ax, observed, scale, top_value / scale, lang)
    if targets:
        _draw_targets(ax, targets, scale, unit, lang)
    unit_word = labels(lang)["chart_unit"].format(unit=unit) if scale == 1e9 else f"M {unit}"
    _style_axes(ax, sorted({*observed, *targets}), top_value / scale, unit_word, lang)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()
