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


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The two ministers at the talks (Photo: AKP)\n\nLaos and Thailand open a new bridge\n\nBody.", None),
        ("Les deux ministres avant l'entretien. Photo : MAP\n\nRabat et Dakar signent trois accords\n\nCorps.", None),
        ("Le ministre X (droite) et son homologue Y\nLe Sénégal et la Mauritanie relancent leur commission", None),
        ("HANOI, May 28 -\nVietnam and Laos review their cooperation plan\n\nBody.", None),
        ("Vientiane (KPL) –\nLe Laos et le Vietnam préparent leur comité\n\nCorps.", None),
        ("10:45, 21/10/2021\nCambodia and Vietnam hold consultation\n\nBody.", None),
        ("Source: KPL\n\n|\nLaos and Vietnam hold consultation\n\nBody.", None),
        ("Vietnam, Laos hold 11th political consultation\n\nBody.", "Vietnam, Laos hold 11th political consultation"),
        ("Cambodge – Thaïlande : la commission mixte\n\nCorps.", "Cambodge – Thaïlande : la commission mixte"),
    ],
)
def test_text_guess_title_skips_captions_and_datelines(text: str, title: str | None) -> None:
    """A caption (credit, people placed in the picture), a dateline, a time stamp or page furniture is skipped:
    the next line is the title when it reads as one."""
    expected = title or next(line for line in text.splitlines()[1:] if line.strip() and line.strip() != "|")
    assert guess_title(text) == expected


@pytest.mark.parametrize(
    "title", ["Ministers before the talks (Photo: PTI)", "PHNOM PENH, Sept 9 (AKP) -", "Source: VNA"]
)
def test_text_caption_given_as_title_is_dropped(title: str) -> None:
    from suivi.ingest.documents import build_document
    from suivi.settings import Settings

    doc = build_document(
        doc_id="d1",
        text="Cambodia and Thailand held talks in Bangkok on Monday.",
        settings=Settings(),
        source="t",
        title=title,
    )
    assert doc.title is None
