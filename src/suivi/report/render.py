"""The briefing in words: Markdown, self-contained HTML (chart embedded) and PDF (WeasyPrint), French or English."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from suivi.errors import RenderError
from suivi.record import DateValue, Venue
from suivi.report.brief import Briefing, TimelineEntry
from suivi.report.charts import trade_chart
from suivi.report.labels import REPORT_LANGUAGES, country_name, labels, parties_title, vocab_label
from suivi.report.numbers import format_amount, format_date_value, format_partial_date

#: Formats `render` writes.
BRIEF_FORMATS = ("md", "html", "pdf")


def _date(value: DateValue | str | None, lang: str) -> str:
    if isinstance(value, DateValue):
        return format_date_value(value, lang)
    return format_partial_date(value, lang)


def _venue(venue: Venue | None, lang: str) -> str:
    if venue is None:
        return ""
    country = country_name(venue.country, lang) if venue.country else ""
    return ", ".join(part for part in (venue.place, country) if part)


def event_title(entry: TimelineEntry | None, lang: str) -> str:
    """ "Commission mixte ..., 13e session", else the kind ("Entretien")."""
    if entry is None:
        return ""
    if entry.series:
        if entry.ordinal is None:
            return entry.series
        return str(labels(lang)["round_of"].format(name=entry.series, ordinal=entry.ordinal))
    return vocab_label(lang, "kinds", entry.kind)


def _md_cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _md_notes(numbers: Iterable[int]) -> str:
    return "".join(f"[^{n}]" for n in numbers)


def _html_notes(numbers: Iterable[int]) -> Markup:
    links = ", ".join(f'<a href="#note-{n}">{n}</a>' for n in numbers)
    return Markup(f'<sup class="note">[{links}]</sup>') if links else Markup("")


def _months(days: float | None) -> int | None:
    return round(days / 30.44) if days else None


@cache
def _environment(kind: str) -> Environment:
    env = Environment(
        loader=PackageLoader("suivi.report", "templates"),
        autoescape=select_autoescape(["html"]) if kind == "html" else False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    env.filters.update(cell=_md_cell, md_notes=_md_notes, html_notes=_html_notes, months=_months)
    return env


def _context(briefing: Briefing) -> dict[str, Any]:
    lang = briefing.lang
    return {
        "b": briefing,
        "L": labels(lang),
        "title": parties_title(briefing.parties, lang),
        "date": lambda value: _date(value, lang),
        "venue": lambda venue: _venue(venue, lang),
        "event": lambda entry: event_title(entry, lang),
        "amount": lambda value, unit, qualifier=None: format_amount(value, unit, lang, qualifier),
        "country": lambda code: country_name(code, lang) if code else "",
        "vocab": lambda group, value: vocab_label(lang, group, value),
        "groups": [
            g for g in ("overdue", "open", "fulfilled", "target") if any(f.group == g for f in briefing.followups)
        ],
    }


def render_markdown(briefing: Briefing) -> str:
    """The briefing as Markdown, with footnotes ([^n]) to numbered sources."""
    return _environment("md").get_template("brief.md.j2").render(_context(briefing))


def render_html(briefing: Briefing) -> str:
    """The briefing as one self-contained HTML page (styles inline, chart as a base64 PNG), ready to print."""
    chart = trade_chart(briefing.figures, briefing.lang)
    context = _context(briefing) | {"chart": base64.b64encode(chart).decode("ascii") if chart else None}
    return _environment("html").get_template("brief.html.j2").render(context)


def render_pdf(briefing: Briefing) -> bytes:
    """The HTML briefing printed to PDF by WeasyPrint (offline; needs the Pango system library)."""
    html = render_html(briefing)
    try:
        from weasyprint import HTML

        pdf: bytes = HTML(string=html).write_pdf()
    except (ImportError, OSError) as exc:
        raise RenderError(
            f"the PDF could not be rendered ({exc}); install Pango (libpango-1.0-0) or use --format html",
            detail={"format": "pdf"},
        ) from exc
    return pdf


def render(briefing: Briefing, fmt: str) -> str | bytes:
    """The briefing in `fmt` (md, html or pdf)."""
    if fmt == "pdf":
        return render_pdf(briefing)
    if fmt == "html":
        return render_html(briefing)
    if fmt == "md":
        return render_markdown(briefing)
    raise RenderError(f"unknown briefing format {fmt!r}; use one of {', '.join(BRIEF_FORMATS)}", detail={"format": fmt})


def check_brief_options(fmt: str, lang: str, *, has_output: bool) -> None:
    """S603 for a format or language the briefing has no renderer for, or a PDF with nowhere to go."""
    if fmt not in BRIEF_FORMATS:
        raise RenderError(
            f"unknown briefing format {fmt!r}; use one of {', '.join(BRIEF_FORMATS)}", detail={"format": fmt}
        )
    if lang not in REPORT_LANGUAGES:
        raise RenderError(
            f"no briefing labels in {lang!r}; use one of {', '.join(REPORT_LANGUAGES)}", detail={"lang": lang}
        )
    if fmt == "pdf" and not has_output:
        raise RenderError(
            "a PDF briefing is not printed to the terminal; give a file with -o brief.pdf", detail={"format": fmt}
        )
