"""Tests of decoding through read_path: encodings, empty, binary, undecodable and oversized files."""

from __future__ import annotations

import codecs

import pytest

from suivi.ingest import read_path
from suivi.settings import Settings

from .support import WriteFile, split_results

FRENCH = "Le ministre des Affaires étrangères est arrivé à Vientiane pour une visite officielle."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_decoding_reads_unicode_encodings_silently(
    encoding: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("article.txt", FRENCH.encode(encoding))
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert problems == []
    assert [d.text for d in documents] == [FRENCH]


@pytest.mark.parametrize("text", [FRENCH])
def test_decoding_falls_back_to_cp1252_with_a_warning(
    text: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("ancien.txt", text.encode("cp1252"))
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert [d.text for d in documents] == [text]
    assert [(p.code, p.severity) for p in problems] == [("W101", "warning")]
    assert "cp1252" in problems[0].message and str(path) in problems[0].message


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        (b"", "S102", "empty"),
        (b"  \n\t\r\n  ", "S102", "empty"),
        (codecs.BOM_UTF8 + b"\n\n", "S102", "empty"),
        (b"PK\x03\x04\x00\x00binary\x00data", "S103", "binary"),
        (bytes(range(1, 32)) * 20, "S103", "binary"),
        (b"caf\xc3 au lait \x81\x8d", "S104", "neither UTF-8 nor Windows-1252"),
    ],
)
def test_decoding_bad_bytes_give_a_coded_problem(
    content: bytes, code: str, words: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("mauvais.txt", content)
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert documents == []
    assert [p.code for p in problems] == [code]
    assert f"[{code}]" in problems[0].message
    assert words in problems[0].message and str(path) in problems[0].message


@pytest.mark.parametrize("size", [10_001])
def test_decoding_refuses_files_over_the_size_limit(
    size: int, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("long.txt", "a" * size)
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert documents == []
    assert [p.code for p in problems] == ["S107"]
    assert f"{size} bytes" in problems[0].message and "max_document_bytes" in problems[0].message
