"""Tests of suivi.ingest.jsonl: one document per line, bad lines reported with their number."""

from __future__ import annotations

import json

import pytest

from suivi.ingest import read_path
from suivi.settings import Settings
from suivi.vocab import Precision

from .support import WriteFile, split_results

FRENCH = "Le Premier ministre a reçu l'ambassadeur du Japon à Hanoï."
ENGLISH = "The Prime Minister received the Japanese ambassador in Hanoi."


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_jsonl_reads_every_field(suffix: str, write_file: WriteFile, ingest_settings: Settings) -> None:
    record = {
        "id": "vn-jp-1",
        "text": FRENCH,
        "published": "2022-06-14",
        "language": "fr-FR",
        "title": "Réception",
        "url": "https://example.org/a/1",
        "outlet": "Le Courrier",
    }
    path = write_file(f"lot{suffix}", jsonl(record))
    [document] = list(read_path(path, ingest_settings))
    assert (document.id, document.text, document.language) == ("vn-jp-1", FRENCH, "fr")
    assert (document.published, document.published_precision) == ("2022-06-14", Precision.DAY)
    assert (document.title, document.url, document.outlet) == (
        "Réception",
        "https://example.org/a/1",
        "Le Courrier",
    )
    assert document.source == f"{path}:1"


@pytest.mark.parametrize("records", [[{"text": FRENCH}, {"text": ENGLISH, "id": 42}]])
def test_jsonl_defaults_id_and_detects_language(
    records: list[dict[str, object]], write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("lot.jsonl", jsonl(*records))
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert problems == []
    assert [(d.id, d.language, d.published) for d in documents] == [("lot-1", "fr", None), ("42", "en", None)]


@pytest.mark.parametrize("broken", ['{"text": "Ligne coupée', "pas du JSON", "[1, 2]", '{"title": "sans texte"}'])
def test_jsonl_broken_line_between_good_ones_is_s105(
    broken: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("lot.jsonl", jsonl({"text": FRENCH}, broken, {"text": ENGLISH}))
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert [d.id for d in documents] == ["lot-1", "lot-3"]
    assert [(p.code, p.source) for p in problems] == [("S105", f"{path}:2")]
    assert "line 2" in problems[0].message and str(path) in problems[0].message


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2021", "2021"),
        (2021, "2021"),
        ("2021-10", "2021-10"),
        ("2021-10-21T23:30:00+07:00", "2021-10-21"),
        (None, None),
        ("", None),
    ],
)
def test_jsonl_published_forms(
    published: object, expected: str | None, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("lot.jsonl", jsonl({"text": FRENCH, "published": published}))
    [document] = list(read_path(path, ingest_settings))
    assert document.published == expected


@pytest.mark.parametrize("published", ["2021-13", "21 octobre 2021", ["2021"], "2021-02-30T10:00:00"])
def test_jsonl_bad_published_is_s106_for_that_line(
    published: object, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("lot.jsonl", jsonl({"text": FRENCH, "published": published}, {"text": ENGLISH}))
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert [d.id for d in documents] == ["lot-2"]
    assert [(p.code, p.source) for p in problems] == [("S106", f"{path}:1")]
    assert f"{path}:1" in problems[0].message and "YYYY-MM-DD" in problems[0].message


@pytest.mark.parametrize(
    ("record", "code", "words"),
    [
        ({"text": "   "}, "S102", "no text"),
        ({"text": FRENCH, "url": 3}, "S105", "'url'"),
        ({"text": FRENCH, "id": {"a": 1}}, "S105", "'id'"),
        ({"text": "x" * 10_001}, "S107", "max_document_bytes"),
    ],
)
def test_jsonl_bad_fields_give_coded_problems(
    record: dict[str, object], code: str, words: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("lot.jsonl", jsonl(record))
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert documents == []
    assert [p.code for p in problems] == [code]
    assert words in problems[0].message and f"{path}:1" in problems[0].message


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_jsonl_empty_file_is_s102(content: bytes, write_file: WriteFile, ingest_settings: Settings) -> None:
    path = write_file("vide.jsonl", content)
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert documents == []
    assert [p.code for p in problems] == ["S102"]
    assert str(path) in problems[0].message and "empty" in problems[0].message


@pytest.mark.parametrize("line", ['{"text": "Le ministre a visité Vientiane et signé un accord."}'])
def test_jsonl_cp1252_line_is_read_with_one_warning(
    line: str, write_file: WriteFile, ingest_settings: Settings
) -> None:
    path = write_file("ancien.jsonl", f"{line}\n{line}\n".encode("cp1252"))
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert [d.text for d in documents] == [json.loads(line)["text"]] * 2
    assert [(p.code, p.severity) for p in problems] == [("W101", "warning")]


@pytest.mark.parametrize("content", [b'{"text": "a"}\x00\x00\x00\n'])
def test_jsonl_binary_file_is_s103(content: bytes, write_file: WriteFile, ingest_settings: Settings) -> None:
    path = write_file("binaire.jsonl", content)
    documents, problems = split_results(list(read_path(path, ingest_settings)))
    assert documents == []
    assert [p.code for p in problems] == ["S103"]
    assert "binary" in problems[0].message and str(path) in problems[0].message
