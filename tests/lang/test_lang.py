"""The per-language data folders and their loader."""

from __future__ import annotations

import pytest

from suivi.errors import UnsupportedLanguage
from suivi.lang import language_data, languages


def test_lang_languages_are_the_folders() -> None:
    assert {"fr", "en"} <= set(languages())


@pytest.mark.parametrize(("lang", "name", "code"), [("fr", "demonyms", "SN"), ("en", "organisations", "ASEAN")])
def test_lang_language_data_reads_the_file_without_comments(lang: str, name: str, code: str) -> None:
    data = language_data(lang, name)
    assert code in data
    assert not any(key.startswith("_") for key in data)


@pytest.mark.parametrize(("lang", "name"), [("vi", "demonyms"), ("fr", "nothing"), ("../fr", "demonyms")])
def test_lang_language_data_without_a_file_is_s302(lang: str, name: str) -> None:
    with pytest.raises(UnsupportedLanguage) as err:
        language_data(lang, name)
    assert err.value.code == "S302"
    assert f"no {name} data for language {lang!r}" in str(err.value)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lang_function_words_are_spacys_stop_words(lang: str) -> None:
    stop_words = __import__(f"spacy.lang.{lang}.stop_words", fromlist=["STOP_WORDS"]).STOP_WORDS
    assert set(language_data(lang, "function_words")["words"]) == set(stop_words)
