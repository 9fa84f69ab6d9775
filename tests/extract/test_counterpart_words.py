"""The words that name a person by their relation to another ("homologue", "counterpart", "host") are written once
per language, in the participants lexicon; every cue that needs them refers to that list."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import pytest

from suivi.extract.cues import with_word_lists, word_alternation
from suivi.extract.names import clean_role
from suivi.lang import language_data, languages

from .support import Extract


def _strings(value: Any) -> list[str]:
    """Every string inside a lexicon value (patterns, lists of patterns, tables)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@pytest.mark.parametrize("lang", languages())
def test_cues_word_list_reference_matches_each_word_of_the_list(lang: str) -> None:
    words = language_data(lang, "participants")["counterpart_words"]
    pattern = re.compile(with_word_lists("^(?:{participants.counterpart_words})$", lang))
    assert words and all(pattern.match(w) for w in words)
    assert pattern.match("minister") is None


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (["counterpart", "counterparts"], "met their counterparts", "counterparts"),
        (["opposite number", "host"], "his opposite  number", "opposite  number"),
    ],
)
def test_cues_word_alternation_longest_first_any_blanks(words: list[str], text: str, found: str) -> None:
    match = re.search(word_alternation(words), text)
    assert match is not None and match.group(0) == found


@pytest.mark.parametrize("lang", languages())
def test_counterpart_words_written_once_per_language(lang: str) -> None:
    """No lexicon of the language spells a counterpart word itself: it refers to the list. (Host and guest
    words are also verbs and nouns of other senses: "host a summit".)"""
    words = language_data(lang, "participants")["counterpart_words"]
    spelled = re.compile(rf"\b(?:{word_alternation(words)})", re.IGNORECASE)
    folder = resources.files("suivi.lang").joinpath(lang)
    for entry in folder.iterdir():
        if not entry.name.endswith(".json") or entry.name.startswith("demonym"):
            continue
        data = language_data(lang, entry.name.removesuffix(".json"))
        for key, value in data.items():
            if entry.name == "participants.json" and key == "counterpart_words":
                continue
            written = [re.sub(r"\{[a-z]+\.[a-z_]+\}", "", s) for s in _strings(value)]  # references are fine
            assert not [s for s in written if spelled.search(s)], f"{lang}/{entry.name}: {key}"


@pytest.mark.parametrize(
    ("role", "office"),
    [
        ("son homologue ghanéenne", None),
        ("his Kenyan opposite number", None),
        ("their guests", None),
        ("son hôtesse", None),
        ("ses invités", None),
        ("his hosts", None),
        ("ministre des Affaires étrangères", "ministre des Affaires étrangères"),
    ],
)
def test_names_clean_role_drops_relational_words_of_every_language(role: str, office: str | None) -> None:
    assert clean_role(role, nearest="last") == office


@pytest.mark.parametrize(
    ("lang", "text", "kind", "name", "country"),
    [
        (
            "en",
            "Peruvian Foreign Minister Elmer Salas called his Bolivian opposite number Celia Rojas on Tuesday.",
            "call",
            "Celia Rojas",
            "BO",
        ),
        (
            "en",
            "Chilean President Tomas Vidal held talks with his Argentine counterpart Marco Ruiz in Santiago on Friday.",
            "meeting",
            "Marco Ruiz",
            "AR",
        ),
        (
            "fr",
            "Le ministre kényan des Affaires étrangères Peter Otieno a rencontré lundi à Nairobi son homologue "
            "ghanéen Kofi Asante.",
            "meeting",
            "Kofi Asante",
            "GH",
        ),
        (
            "fr",
            "Le président sénégalais Ousmane Ba a accueilli lundi à Dakar son homologue gambien Lamin Jallow.",
            "meeting",
            "Lamin Jallow",
            "GM",
        ),
    ],
)
def test_participants_counterpart_is_the_other_side(
    extract: Extract, lang: str, text: str, kind: str, name: str, country: str
) -> None:
    record = extract(text, lang)
    assert [e.kind.value for e in record.engagements] == [kind]
    found = {p.name: p for p in record.engagements[0].participants}
    assert name in found, sorted(found)
    assert found[name].country == country
    assert found[name].role is None  # "his counterpart" is no office
