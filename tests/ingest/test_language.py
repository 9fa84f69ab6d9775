"""Tests of suivi.ingest.language: detection among the configured languages."""

from __future__ import annotations

import pytest

from suivi.errors import ConfigError
from suivi.ingest import detect_language
from suivi.settings import Settings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le vice-ministre a reçu la délégation cambodgienne mardi à Hanoï.", "fr"),
        ("Hun Sen visitera Hanoï.", "fr"),
        ("The deputy minister received the Cambodian delegation in Hanoi on Tuesday.", "en"),
        ("Hun Sen will visit Hanoi.", "en"),
    ],
)
def test_language_detect_language_tells_french_from_english(
    text: str, expected: str, ingest_settings: Settings
) -> None:
    assert detect_language(text, ingest_settings) == expected


@pytest.mark.parametrize(("text", "default"), [("Source: AKP", "en"), ("Hanoï, 21/10", "fr"), ("", "en")])
def test_language_detect_language_defaults_for_short_texts(text: str, default: str, ingest_settings: Settings) -> None:
    settings = ingest_settings.model_copy(update={"default_language": default})
    assert detect_language(text, settings) == default


@pytest.mark.parametrize("text", ["The minister arrived in Vientiane for talks."])
def test_language_detect_language_with_one_language_returns_it(text: str, ingest_settings: Settings) -> None:
    settings = ingest_settings.model_copy(update={"languages": ["fr"]})
    assert detect_language(text, settings) == "fr"


@pytest.mark.parametrize("languages", [["fr", "zz"]])
def test_language_detect_language_rejects_unknown_codes(languages: list[str], ingest_settings: Settings) -> None:
    settings = ingest_settings.model_copy(update={"languages": languages})
    with pytest.raises(ConfigError) as caught:
        detect_language("Le ministre est arrivé à Vientiane pour des entretiens.", settings)
    assert caught.value.code == "S001"
    assert "zz" in str(caught.value)
