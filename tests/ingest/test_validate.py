"""Tests of suivi.validate (the one input-validation layer) and of the reader checks built on it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from suivi import validate
from suivi.errors import IngestError, NotLanguage
from suivi.ingest.html import has_sentence
from suivi.ingest.language import check_is_language, is_word_shaped


@pytest.mark.parametrize(
    ("raw", "shown"), [(b"/tmp/a\xffb.txt", "/tmp/a\\xffb.txt"), (b"/tmp/d\xc3\xa9j\xc3\xa0", "/tmp/déjà")]
)
def test_validate_printable_path_escapes_bytes_that_are_not_utf8(raw: bytes, shown: str) -> None:
    printable = validate.printable_path(Path(os.fsdecode(raw)))
    assert printable == shown
    printable.encode("utf-8")  # what a database and a terminal take


@pytest.mark.parametrize(
    ("value", "expected"), [("  fr-001 ", "fr-001"), ("x" * 255, "x" * 255), ("été 2021", "été 2021")]
)
def test_validate_document_id_is_stripped(value: str, expected: str) -> None:
    assert validate.document_id(value) == expected


@pytest.mark.parametrize(
    ("value", "words"),
    [("", "blank"), (" \t\n", "blank"), ("x" * 256, "256 characters"), ("a\x00b", "U+0000"), ("a\u2028b", "U+2028")],
)
def test_validate_document_id_refused_is_s111(value: str, words: str) -> None:
    with pytest.raises(IngestError) as raised:
        validate.document_id(value, "source.jsonl:3")
    assert raised.value.code == "S111" and words in str(raised.value) and "source.jsonl:3" in str(raised.value)


@pytest.mark.parametrize(("value", "expected"), [("fr", "fr"), ("EN", "en"), (" vie ", "vie")])
def test_validate_language_code_taken(value: str, expected: str) -> None:
    assert validate.language_code(value) == expected


@pytest.mark.parametrize("value", ["f", "fran", "fr-FR", "f1", "", "ｆｒ", "l" * 1000])
def test_validate_language_code_refused_is_s112(value: str) -> None:
    with pytest.raises(IngestError) as raised:
        validate.language_code(value)
    assert raised.value.code == "S112" and len(str(raised.value)) < 300


@pytest.mark.parametrize(
    ("value", "name", "code"),
    [("a\x00b", "text", "S113"), ("a\ud800b", "title", "S113"), ("ok", "outlet", None), ("o" * 300, "outlet", "S113")],
)
def test_validate_text_field(value: str, name: str, code: str | None) -> None:
    if code is None:
        assert validate.text_field(value, name, max_chars=255) == value
        return
    with pytest.raises(IngestError) as raised:
        validate.text_field(value, name, max_chars=255)
    assert raised.value.code == code and name in str(raised.value)


@pytest.mark.parametrize(
    ("token", "shaped"),
    [
        ("Hanoï,", True),
        ("d'affaires", True),
        ("6,65", True),
        ("COVID-19", True),
        ("越南", True),
        ("«", None),
        ("xQzÉb", False),
        ("a" * 40, False),
        ("#%&", None),
    ],
)
def test_validate_word_shapes(token: str, shaped: bool | None) -> None:
    assert is_word_shaped(token) is shaped


@pytest.mark.parametrize(
    "text",
    [
        "Hanoï, 21/10",
        "Le Premier ministre a reçu l'ambassadeur du Japon pour parler de la coopération économique.",
        "越南和柬埔寨两国外长在河内举行会谈，双方同意加强边境合作与贸易往来，推动两国关系发展。",
        "Trade: 6,65 bn USD (2021), 5,2 bn USD (2020), +27 % ; exports 3,1 bn USD, imports 3,5 bn USD.",
        "Le \u202eministre\u202c a reçu\u200b <script>alert(1)</script> son \x1b[31mhomologue\x1b[0m à Rabat.",
    ],
)
def test_validate_language_texts_are_taken(text: str) -> None:
    check_is_language(text, "source")


@pytest.mark.parametrize(
    "text",
    ["ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîï" * 3, "#%&*+=<>|~^@$§°•" * 5, "xQzÉb PwKdA mNbVc " * 6],
)
def test_validate_non_language_is_s115(text: str) -> None:
    with pytest.raises(NotLanguage) as raised:
        check_is_language(text, "bruit.txt")
    assert raised.value.code == "S115" and "bruit.txt" in str(raised.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Accueil\nPolitique\nSport", False), ("Menu\nLes deux ministres ont signé un accord à Rabat.", True)],
)
def test_validate_html_sentence(text: str, expected: bool) -> None:
    assert has_sentence(text) is expected
