"""Tests of suivi.ingest.body: page furniture around an article's body reads blank to extraction."""

from __future__ import annotations

import pytest

from suivi.ingest.body import body_text, mark_lines

BODY_FR = "Hanoï (VNA) - Le ministre aland des Affaires étrangères a reçu son homologue borovien le 3 mai."
BODY_EN = "Hanoi (VNA) - The Aland foreign minister received his Borovian counterpart on May 3."
LATER_FR = "Les deux parties ont convenu d'organiser la 9e consultation politique à Borovie l'an prochain."
LATER_EN = "The two sides agreed to hold the ninth political consultation in Borovia next year."


def _not_body(text: str) -> list[str]:
    return [line.text.strip() for line in mark_lines(text) if not line.body]


@pytest.mark.parametrize(
    "caption",
    [
        "Photo : VNA/CVN",
        "Le ministre aland (à gauche) et son homologue borovien. Photo: VNA",
        "At the talks (Photo: VNA) |",
        "|",
        "Aland-Borovia talks ảnh 1The two ministers at the talks",
    ],
)
def test_captions_are_not_body(caption: str) -> None:
    text = f"{BODY_FR}\n{caption}\n{LATER_FR}"
    assert _not_body(text) == [caption]


@pytest.mark.parametrize(
    "link",
    [
        "Voir aussi : Le Premier ministre borovien se rendra en Aland",
        "Read more: https://example.org/aland-borovia-visit.html",
        "Xem thêm: lmth.tisiv-ainavorob",
        "Related articles",
    ],
)
def test_link_lists_are_not_body(link: str) -> None:
    assert _not_body(f"{BODY_EN}\n{LATER_EN}\n{link}\n{LATER_EN}") == [link]


@pytest.mark.parametrize(("body", "later"), [(BODY_FR, LATER_FR), (BODY_EN, LATER_EN)])
def test_everything_after_the_agency_signature_is_another_story(body: str, later: str) -> None:
    teaser = "Borovia to host regional summit next month"
    text = f"{body}\n{later}\nVNA/CVN\n{teaser}\n{later}"
    assert _not_body(text) == ["VNA/CVN", teaser, later]


@pytest.mark.parametrize(
    "caption",
    [
        "Le ministre aland Piet Varo (à gauche) reçoit l'ambassadeur borovien.",
        "La présidente borovienne (2e à droite) et le Premier ministre aland lors de l'entretien",
        "Aland's foreign minister (left) greets his Borovian counterpart at the airport.",
        "Prime Minister Tia Soren (second from right) and the Cathay delegation",
    ],
)
def test_a_line_that_places_people_in_a_photo_is_a_caption(caption: str) -> None:
    text = f"{BODY_FR}\n{caption}\n{LATER_EN}"
    assert _not_body(text) == [caption]


@pytest.mark.parametrize(
    "line",
    [
        "The Borovian opposition (left-wing) will meet the Aland delegation next week.",
        "Le Centre borovien (Centre d'études stratégiques) accueillera la réunion en juin.",
        # A paragraph that happens to place someone is longer than a caption.
        "Hanoi (VNA) - The Aland foreign minister (left) and his Borovian counterpart agreed on Tuesday to hold "
        "the ninth political consultation in Borovia next year, to open a consulate in the port city, to raise "
        "trade to five billion dollars by 2030 and to resume direct flights between the two capitals before the "
        "end of the summer season.",
    ],
)
def test_a_position_word_in_a_sentence_of_the_article_stays_body(line: str) -> None:
    assert _not_body(f"{BODY_EN}\n{line}\n{LATER_EN}") == []


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        ("Aland et Cathay : échange stratégique entre ministres", "Le ministre aland et son homologue de Cathay"),
        ("Cathay to open a consulate in Borovia", "The Cathay government will open a consulate in"),
    ],
)
def test_another_storys_headline_and_lead_at_the_foot_are_not_body(headline: str, lead: str) -> None:
    text = "\n".join([BODY_EN, LATER_EN, LATER_FR, BODY_FR, LATER_EN, LATER_FR, BODY_EN, headline, lead])
    assert _not_body(text) == [headline, lead]


def test_subheadings_that_divide_the_article_stay_body() -> None:
    text = "\n".join([BODY_FR, LATER_FR, BODY_FR, "Coopération économique", LATER_FR, "Projets et mesures", LATER_FR])
    assert _not_body(text) == []


def test_byline_and_vietnamese_furniture_are_not_body() -> None:
    byline, furniture = "By Mai Anh", "Mời quý độc giả theo dõi trên các nền tảng"
    assert _not_body(f"{byline}\n{BODY_EN}\n{LATER_EN}\n{furniture}") == [byline, furniture]


def test_a_paragraph_glued_after_a_caption_stays_body() -> None:
    text = f"The two ministers at the talks (Photo: VNA){BODY_EN}\n{LATER_EN}"
    assert _not_body(text) == ["The two ministers at the talks (Photo: VNA)"]
    assert BODY_EN in body_text(text)


@pytest.mark.parametrize(
    "text", [f"{BODY_FR}\nPhoto : VNA/CVN\n{LATER_FR}", f"{BODY_EN}\n\nRelated articles\n{LATER_EN}"]
)
def test_masking_keeps_offsets_and_blanks_only_furniture(text: str) -> None:
    masked = body_text(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(masked) if c == "\n"]
    assert masked.count("Photo") == 0 and masked.count("Related") == 0
    assert all(line in masked for line in (BODY_FR, LATER_FR) if line in text)
