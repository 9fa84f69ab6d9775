"""Tests of suivi.ingest.text: normalisation, content hash and title guessing."""

from __future__ import annotations

import unicodedata

import pytest

from suivi.ingest import content_hash, normalise_text
from suivi.ingest.text import guess_title

MESSY_TEXTS = [
    "Titre court\r\n\r\n\r\n\r\nLe ministre  est\tarrivé.   \r\nFin.",
    "  \n\nUn\u00a0\u00a0paragraphe\u202f\u202f:   oui\n\n\n\n\nDeux\n\n",
    "Ligne\u2028suivante\u2029Paragraphe\rvieux Mac\x0cpage",
    "Prix : 6\u00a0650 dollars ; « citation »\t\t\tfin",
]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Titre\r\nTexte", "Titre\nTexte"),
        ("Titre\rTexte", "Titre\nTexte"),
        ("un\t\tdeux   trois", "un deux trois"),
        ("un \u00a0\u00a0 deux", "un deux"),
        ("fin de ligne   \nsuite", "fin de ligne\nsuite"),
        ("A\n\n\n\nB", "A\n\nB"),
        ("A\n   \n \n\nB", "A\n\nB"),
        ("A\nB", "A\nB"),
        ("  \n Texte \n\n", "Texte"),
        ("6\u00a0650 dollars", "6\u00a0650 dollars"),
        ("Ligne\u2028suite", "Ligne\nsuite"),
    ],
)
def test_text_normalise_text_rewrites_whitespace(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize("raw", ["Hanoi\u0308 et Vie\u0302t Nam"])
def test_text_normalise_text_composes_nfc(raw: str) -> None:
    normalised = normalise_text(raw)
    assert normalised == "Hanoï et Viêt Nam"
    assert unicodedata.is_normalized("NFC", normalised)


@pytest.mark.parametrize("raw", MESSY_TEXTS)
def test_text_normalise_text_is_idempotent(raw: str) -> None:
    once = normalise_text(raw)
    assert normalise_text(once) == once
    assert "\r" not in once and "\n\n\n" not in once


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Titre\r\n\r\nLe Premier ministre a reçu l'ambassadeur.\r\n",
            "Titre\n\nLe Premier ministre a reçu l'ambassadeur.\n",
        ),
        (unicodedata.normalize("NFD", "Hanoï, Phnom Penh et Viêt Nam"), "Hanoï, Phnom Penh et Viêt Nam"),
        ("Un  texte\t avec   des espaces", "Un texte avec des espaces"),
    ],
)
def test_text_content_hash_is_stable_across_forms(first: str, second: str) -> None:
    assert first != second
    assert content_hash(first) == content_hash(second)
    assert len(content_hash(first)) == 64


@pytest.mark.parametrize(("first", "second"), [("La visite a eu lieu.", "La visite aura lieu.")])
def test_text_content_hash_differs_for_different_texts(first: str, second: str) -> None:
    assert content_hash(first) != content_hash(second)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visite officielle au Laos\n\nLe ministre est arrivé.", "Visite officielle au Laos"),
        (
            "\n\n  Sommet de l'ASEAN : la déclaration finale\nTexte.",
            "Sommet de l'ASEAN : la déclaration finale",
        ),
        ("Le ministre est arrivé à Vientiane.\nIl a été reçu.", None),
        ("x" * 201 + "\nTexte.", None),
        ("", None),
    ],
)
def test_text_guess_title_takes_a_short_first_line(text: str, expected: str | None) -> None:
    assert guess_title(text) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Photo : ministère des Affaires étrangères\n\nRabat et Paris relancent leur dialogue\n\nLe corps.",
            "Rabat et Paris relancent leur dialogue",
        ),
        (
            "(Photo: AKP)\n\nPhnom Penh hosts the joint commission\n\nBody text.",
            "Phnom Penh hosts the joint commission",
        ),
    ],
)
def test_text_guess_title_skips_photo_captions(text: str, title: str) -> None:
    from suivi.ingest.text import guess_title

    assert guess_title(text) == title
