"""The briefing on a pair of parties: golden Markdown on the demo corpus, HTML, PDF and coded errors."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from suivi.errors import DyadNotFound, InvalidDyad, InvalidLinkQuery, RenderError
from suivi.link.views import Scope, StoreView
from suivi.report.brief import briefing_of, build_briefing, role_level
from suivi.report.render import check_brief_options, render_html, render_markdown, render_pdf
from suivi.store import Store

from .support import DEMO_AS_OF

GOLDEN = Path(__file__).parent / "golden"
#: SUIVI_UPDATE_GOLDEN=1 rewrites the golden files; review the diff before committing them.
UPDATE = os.environ.get("SUIVI_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize(
    ("parties", "lang", "golden"),
    [(("KH", "TH"), "fr", "kh-th.fr.md"), (("VN", "KH"), "en", "kh-vn.en.md")],
)
def test_brief_markdown_matches_reviewed_golden(
    demo_store: Store, parties: tuple[str, str], lang: str, golden: str
) -> None:
    text = render_markdown(build_briefing(demo_store, parties, lang=lang, as_of=DEMO_AS_OF))
    if UPDATE:
        (GOLDEN / golden).write_text(text, encoding="utf-8")
    assert text == (GOLDEN / golden).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_brief_footnotes_every_statement(demo_view: StoreView, lang: str) -> None:
    text = render_markdown(briefing_of(demo_view, Scope.of("KH-TH"), lang))
    body, sources = text.split("\n## Sources\n")
    cited = {int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", body)}
    defined = {int(n) for n in re.findall(r"^\[\^(\d+)\]:", sources, flags=re.M)}
    assert cited == defined == set(range(1, len(defined) + 1))
    # Every timeline row cites at least one source.
    timeline = body.split("## 2.")[1].split("## 3.")[0]
    rows = [line for line in timeline.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert rows and all("[^" in row for row in rows)


def test_brief_summary_counts_and_next_round(demo_view: StoreView) -> None:
    briefing = briefing_of(demo_view, Scope.of("KH-TH"), "en")
    kinds = {line.kind: line for line in briefing.kinds}
    assert kinds["joint_committee"].total == 4
    assert kinds["meeting"].levels == {"head": 2}
    (series,) = briefing.series
    assert series.key == "kh-th-joint-committee"
    assert [r.ordinal for r in series.rounds if r.ordinal] == [12, 13, 14]
    assert series.next_ordinal == 15
    assert briefing.latest_rounds[0].ordinal == 14
    targets = {f.target.value: f.status for f in briefing.followups if f.target is not None}
    assert targets == {15e9: "not_met", 20e9: "pending"}


def test_brief_since_until_cut_the_timeline(demo_view: StoreView) -> None:
    briefing = briefing_of(demo_view, Scope.of("KH-TH", since="2023", until="2024-12"), "en")
    dates = [e.date.value for e in briefing.timeline if e.date]
    assert dates and all("2023" <= d[:4] <= "2024" for d in dates)


@pytest.mark.parametrize(
    ("dyad", "since", "error", "fragment"),
    [
        ("VN-XX", None, DyadNotFound, "no engagement, commitment or figure for VN-XX"),
        ("VN", None, InvalidDyad, "fewer than two parties"),
        ("VN-KH", "2021-13", InvalidLinkQuery, "since='2021-13' is not a date"),
    ],
)
def test_brief_bad_input_is_a_coded_error(
    demo_view: StoreView, dyad: str, since: str | None, error: type[Exception], fragment: str
) -> None:
    with pytest.raises(error) as caught:
        briefing_of(demo_view, Scope.of(dyad, since), "en")
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    ("fmt", "lang", "has_output", "fragment"),
    [("docx", "fr", True, "unknown briefing format 'docx'"), ("md", "de", True, "no briefing labels in 'de'"),
     ("pdf", "fr", False, "give a file with -o")],
)  # fmt: skip
def test_brief_options_checked(fmt: str, lang: str, has_output: bool, fragment: str) -> None:
    with pytest.raises(RenderError) as caught:
        check_brief_options(fmt, lang, has_output=has_output)
    assert caught.value.code == "S603" and fragment in str(caught.value)


@pytest.mark.parametrize(
    ("role", "level"),
    [
        ("Thai Prime Minister", "head"),
        ("Deputy Prime Minister and Foreign Minister", "ministerial"),
        ("vice-ministre des Affaires étrangères", "deputy_ministerial"),
        ("secrétaire d'État cambodgien à l'Intérieur", "deputy_ministerial"),
        ("ministre sénégalaise des Affaires étrangères", "ministerial"),
        ("ambassadeur de Chine", "official"),
        (None, "unknown"),
    ],
)
def test_brief_role_level(role: str | None, level: str) -> None:
    assert role_level(role) == level


def test_brief_html_is_self_contained(demo_view: StoreView) -> None:
    html = render_html(briefing_of(demo_view, Scope.of("KH-TH"), "fr"))
    assert '<img alt="Échanges bilatéraux par an" src="data:image/png;base64,' in html
    assert not re.search(r'<(link|script)\b|src="https?:', html)
    assert html.count('<li id="note-') == 4


def test_brief_pdf_has_pages_and_page_one_converts(demo_view: StoreView, tmp_path: Path) -> None:
    from weasyprint import HTML

    briefing = briefing_of(demo_view, Scope.of("KH-TH"), "fr")
    assert len(HTML(string=render_html(briefing)).render().pages) >= 2
    pdf = render_pdf(briefing)
    assert pdf.startswith(b"%PDF")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (Debian poppler-utils) is not installed: page 1 was not converted to PNG")
    (tmp_path / "brief.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile", "brief.pdf", "page1"],
        cwd=tmp_path,
        check=True,
    )
    assert (tmp_path / "page1.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
