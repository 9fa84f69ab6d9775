"""Tests of suivi.ingest.html: saved pages read through trafilatura."""

from __future__ import annotations

import pytest

from suivi.ingest import read_path
from suivi.settings import Settings
from suivi.vocab import Precision

from .support import WriteFile, split_results

PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Visite officielle à Vientiane | Le Courrier du Mékong</title>
<meta property="og:site_name" content="Le Courrier du Mékong">
<meta property="article:published_time" content="2022-03-04T09:00:00+07:00">
<link rel="canonical" href="https://courrier.example.org/visite-vientiane">
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Visite officielle à Vientiane</h1>
<p>Le ministre vietnamien des Affaires étrangères a effectué une visite officielle au Laos du 2 au 4 mars.</p>
<p>Les deux parties ont convenu de renforcer la coopération dans le commerce, l'énergie et l'éducation.</p>
<p>La prochaine réunion du comité intergouvernemental se tiendra à Hanoï au second semestre.</p>
</article>
<footer>Tous droits réservés</footer>
</body></html>
"""


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_page_gives_text_and_metadata(suffix: str, write_file: WriteFile, ingest_settings: Settings) -> None:
    path = write_file(f"visite{suffix}", PAGE)
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert problems == []
    [document] = documents
    assert document.id == "visite"
    assert document.title == "Visite officielle à Vientiane"
    assert document.text.startswith("Visite officielle à Vientiane\n")
    assert "comité intergouvernemental" in document.text
    assert "Accueil" not in document.text and "Tous droits" not in document.text
    assert (document.published, document.published_precision) == ("2022-03-04", Precision.DAY)
    assert document.outlet == "Le Courrier du Mékong"
    assert document.url == "https://courrier.example.org/visite-vientiane"
    assert document.language == "fr"


@pytest.mark.parametrize(
    "page",
    [
        """<html><head><title>Réunion</title></head><body><article><h1>Réunion du comité mixte</h1>
        <p>Le comité mixte se réunira le 12 mars 2022 à Vientiane pour la quarante-quatrième fois.</p>
        </article></body></html>"""
    ],
)
def test_html_body_dates_are_not_taken_for_publication(
    page: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("comite.html", page)
    [document] = list(read_path(path, ingest_settings))
    assert "12 mars 2022" in document.text
    assert document.published is None


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Vide</title></head><body></body></html>",
        "<html><body><script>var a;</script></body></html>",
    ],
)
def test_html_without_main_text_is_s109(page: str, write_file: WriteFile, ingest_settings: Settings) -> None:
    path = write_file("vide.html", page)
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert documents == []
    assert [p.code for p in problems] == ["S109"]
    assert "no main text" in problems[0].message and str(path) in problems[0].message


@pytest.mark.parametrize(("content", "code"), [(b"", "S102"), (b"\x00\x01\x02<html>", "S103")])
def test_html_empty_or_binary_file_is_refused(
    content: bytes, code: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("page.html", content)
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert documents == []
    assert [p.code for p in problems] == [code]
    assert str(path) in problems[0].message


@pytest.mark.parametrize("name", ["page-sans-suffixe", "page.php"])
def test_html_is_sniffed_without_a_telling_suffix(name: str, write_file: WriteFile, ingest_settings: Settings) -> None:
    path = write_file(name, PAGE)
    [document] = list(read_path(path, ingest_settings))
    assert document.title == "Visite officielle à Vientiane"
