"""Tests of suivi.ingest.feed: RSS and Atom entries read through feedparser."""

from __future__ import annotations

import re

import pytest

from suivi.ingest import read_path
from suivi.ingest.feed import url_slug
from suivi.settings import Settings
from suivi.vocab import Precision

from .support import WriteFile, split_results

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Courrier diplomatique</title><link>https://example.org/</link>
<item><title>Visite au Laos</title><link>https://example.org/articles/visite-laos</link>
<guid>https://example.org/articles/visite-laos</guid>
<pubDate>Thu, 21 Oct 2021 02:00:00 +0700</pubDate>
<description>&lt;p&gt;Le ministre a visité Vientiane mardi.&lt;/p&gt;&lt;p&gt;Deux accords
ont été signés.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</description></item>
<item><title>Entretien téléphonique</title><guid isPermaLink="false">entretien-42</guid>
<description>The two ministers discussed border management by phone.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom diplomatique</title>
<entry><id>tag:example.org,2022:7</id><title>Sommet régional</title>
<updated>2022-05-10T23:30:00-04:00</updated><link href="https://example.org/sommet"/>
<content type="html">&lt;p&gt;Les dirigeants se sont réunis à Phnom Penh pour le sommet.&lt;/p&gt;</content>
</entry></feed>
"""


@pytest.mark.parametrize("suffix", [".xml", ".rss"])
def test_feed_rss_entries_become_documents(suffix: str, write_file: WriteFile, ingest_settings: Settings) -> None:
    path = write_file(f"courrier{suffix}", RSS)
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert problems == []
    first, second = documents
    assert first.text == "Visite au Laos\n\nLe ministre a visité Vientiane mardi.\n\nDeux accords ont été signés."
    assert (first.title, first.url, first.outlet) == (
        "Visite au Laos",
        "https://example.org/articles/visite-laos",
        "Courrier diplomatique",
    )
    # the publisher's day (+07:00), not the UTC one (20 October)
    assert (first.published, first.published_precision) == ("2021-10-21", Precision.DAY)
    assert first.language == "fr" and first.source == f"{path}#entry-1"
    assert (second.id, second.published, second.language) == ("entretien-42", None, "en")


@pytest.mark.parametrize("suffix", [".atom", ".xml"])
def test_feed_atom_entry_becomes_a_document(suffix: str, write_file: WriteFile, ingest_settings: Settings) -> None:
    path = write_file(f"flux{suffix}", ATOM)
    [document] = list(read_path(path, ingest_settings))
    assert document.text == "Sommet régional\n\nLes dirigeants se sont réunis à Phnom Penh pour le sommet."
    assert document.published == "2022-05-10"
    assert document.outlet == "Atom diplomatique" and document.url == "https://example.org/sommet"
    assert re.fullmatch(r"[0-9a-f]{12}", document.id)


@pytest.mark.parametrize("url", ["https://www.example.org/articles/visite-laos"])
def test_feed_url_slug_is_short_and_stable(url: str) -> None:
    slug = url_slug(url)
    assert re.fullmatch(r"example-org-[0-9a-f]{12}", slug)
    assert slug == url_slug(url) and slug != url_slug(url + "?page=2")


@pytest.mark.parametrize("name", ["flux-sans-suffixe", "flux.feed"])
def test_feed_is_sniffed_without_a_telling_suffix(name: str, write_file: WriteFile, ingest_settings: Settings) -> None:
    path = write_file(name, RSS)
    documents, _ = split_results(list(read_path(path, ingest_settings)))
    assert [d.title for d in documents] == ["Visite au Laos", "Entretien téléphonique"]


@pytest.mark.parametrize("bad_date", ["le jour de la fête"])
def test_feed_entry_with_unreadable_date_is_s106_and_others_go_in(
    bad_date: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("flux.rss", RSS.replace("Thu, 21 Oct 2021 02:00:00 +0700", bad_date))
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert [d.id for d in documents] == ["entretien-42"]
    assert [(p.code, p.source) for p in problems] == [("S106", f"{path}#entry-1")]
    assert bad_date in problems[0].message


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        ('<?xml version="1.0"?><catalogue><livre>Un titre</livre></catalogue>', "S108", "not an RSS or Atom"),
        (
            '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Coupé',
            "S109",
            "could not be parsed",
        ),
    ],
)
def test_feed_other_or_broken_xml_is_refused(
    content: str, code: str, words: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("donnees.xml", content)
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert documents == []
    assert [p.code for p in problems] == [code]
    assert words in problems[0].message and str(path) in problems[0].message


@pytest.mark.parametrize(
    "content", ['<?xml version="1.0"?><rss version="2.0"><channel><title>Rien</title></channel></rss>']
)
def test_feed_without_entries_gives_a_warning(content: str, write_file: WriteFile, ingest_settings: Settings) -> None:
    path = write_file("vide.rss", content)
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert documents == []
    assert [(p.code, p.severity) for p in problems] == [("W101", "warning")]
    assert "no entries" in problems[0].message
