"""Tests of suivi.link.neardup: rewritten copies found, different articles on one topic not."""

from __future__ import annotations

import pytest

from suivi.link.neardup import near_duplicates, shingles

BASE = (
    "Les deux vice-ministres ont coprésidé la réunion annuelle à Capa et ont passé en revue la coopération "
    "dans les domaines de la politique, de la défense, du commerce et de l'éducation au cours de l'année écoulée."
)
OTHER = (
    "Le ministre a reçu une délégation venue de Bora pour préparer le prochain sommet et a souhaité que les "
    "échanges culturels et universitaires se développent entre les jeunes des deux pays dans les années à venir."
)


@pytest.mark.parametrize("copy", [BASE + " Fin.", BASE.replace("annuelle", "annuelle, la septième,")])
def test_neardup_finds_a_rewritten_copy(copy: str) -> None:
    pairs = near_duplicates({"a": BASE, "b": copy, "c": OTHER})
    assert pairs.get("a") == {"b"}
    assert "c" not in pairs


@pytest.mark.parametrize(("text", "count"), [("un deux", 0), ("un deux trois", 1), ("Un deux trois quatre", 2)])
def test_neardup_shingles_are_word_trigrams(text: str, count: int) -> None:
    assert len(shingles(text)) == count
