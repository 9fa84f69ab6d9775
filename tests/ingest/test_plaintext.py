"""Tests of suivi.ingest.plaintext: the date marker, titles and plain .txt/.md files."""

from __future__ import annotations

import pytest

from suivi.ingest import content_hash, read_path
from suivi.settings import Settings
from suivi.vocab import Precision

from .support import WriteFile, split_results

TITLE = "Le Laos et le Vietnam renforcent leur coopération"
BODY = "Le ministre laotien a rencontré son homologue vietnamien à Hanoï le 3 mars."


@pytest.mark.parametrize(
    ("marker", "published", "precision"),
    [
        (" date 2021", "2021", Precision.YEAR),
        (" date 2021-10", "2021-10", Precision.MONTH),
        (" date 2021-10-21", "2021-10-21", Precision.DAY),
        ("date 2021-10", "2021-10", Precision.MONTH),
        (" date unknown", None, None),
    ],
)
def test_plaintext_marker_gives_published_and_precision(
    marker: str,
    published: str | None,
    precision: Precision | None,
    write_file: WriteFile,
    ingest_settings: Settings,
) -> None:
    path = write_file("fr-001.txt", f"{marker}\n\n{TITLE}\n\n{BODY}\n")
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert problems == []
    [document] = documents
    assert (document.published, document.published_precision) == (published, precision)
    assert document.text == f"{TITLE}\n\n{BODY}"
    assert "date" not in document.text.split("\n")[0]


@pytest.mark.parametrize(
    "content",
    [f" date 2021-10\r\n\r\n{TITLE}\r\n\r\n{BODY}\r\n", f"\u00a0date\t2021-10 \n{TITLE}\n\n{BODY}"],
)
def test_plaintext_marker_is_found_with_crlf_and_odd_spaces(
    content: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("windows.txt", content.encode("utf-8"))
    [document] = list(read_path(path, ingest_settings))
    assert document.published == "2021-10"
    assert document.text == f"{TITLE}\n\n{BODY}"


@pytest.mark.parametrize(
    ("content", "first_words", "title"),
    [
        # A photo caption kept as the first words is text, but no headline.
        (f" date 2021-10 Photo : service de presse du ministère\n\n\n\n{BODY}", "Photo : service", None),
        (f" date 2025-07 {TITLE}\n\n{BODY}", TITLE, TITLE),
    ],
)
def test_plaintext_marker_keeps_words_after_the_date(
    content: str, first_words: str, title: str | None, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("article.txt", content)
    [document] = list(read_path(path, ingest_settings))
    assert document.published == content.split()[1]
    assert document.text.startswith(first_words)
    assert document.text.endswith(BODY)
    assert document.title == title


@pytest.mark.parametrize("value", ["2021-13", "2021-02-30", "2021-00", "2021-1", "20211"])
def test_plaintext_impossible_marker_date_is_s106_and_no_document(
    value: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("faux.txt", f" date {value}\n\n{BODY}\n")
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert documents == []
    assert [p.code for p in problems] == ["S106"]
    assert str(path) in problems[0].message and repr(value) in problems[0].message


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("note.txt", f"{TITLE}\n\n{BODY}"),
        ("note.md", f"{TITLE}\n\n{BODY}\n"),
        ("note.txt", f"Date limite {TITLE}\n\n{BODY}"),
    ],
)
def test_plaintext_without_marker_has_no_date(
    name: str, content: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file(name, content)
    [document] = list(read_path(path, ingest_settings))
    assert document.published is None and document.published_precision is None
    assert document.text == content.strip()


@pytest.mark.parametrize(
    ("content", "title"),
    [
        (f" date 2022\n{TITLE}\n\n{BODY}", TITLE),
        (f" date 2022\n{BODY}\n\nSuite.", None),
        (f" date 2022\n{'Mot ' * 60}\n\n{BODY}", None),
    ],
)
def test_plaintext_title_is_a_short_first_line(
    content: str, title: str | None, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("article.txt", content)
    [document] = list(read_path(path, ingest_settings))
    assert document.title == title


@pytest.mark.parametrize(
    ("name", "content", "language"),
    [
        ("fr-007.txt", f" date 2023-03\n{TITLE}\n\n{BODY}", "fr"),
        ("en-007.txt", " date 2023-03\nThe Lao minister met his Vietnamese counterpart in Hanoi.", "en"),
    ],
)
def test_plaintext_document_fields(
    name: str, content: str, language: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file(name, content)
    [document] = list(read_path(path, ingest_settings))
    assert document.id == path.stem
    assert document.language == language
    assert document.source == str(path)
    assert document.content_hash == content_hash(document.text)
    assert document.url is None and document.outlet is None


@pytest.mark.parametrize("content", [" date 2021-10\n\n\n", " date unknown   "])
def test_plaintext_marker_without_article_is_s102(
    content: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("vide.txt", content)
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert documents == []
    assert [p.code for p in problems] == ["S102"]
    assert str(path) in problems[0].message and "no text" in problems[0].message


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Rabat (MAP) – Le Maroc et la France ont tenu mardi leur consultation.", "MAP"),
        ("NOUAKCHOTT, 4 juin (AMI) - La commission mixte s'est ouverte.", "AMI"),
        ("Photo : VNA/CVN\n\nLe ministre a reçu son homologue.", None),
    ],
)
def test_plaintext_agency_of_dateline_credit(text: str, agency: str | None) -> None:
    from suivi.ingest.plaintext import agency_of

    assert agency_of(text) == agency
