"""Cross-language consistency: one event told in French and in English gives the same engagement."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from suivi.record import DocumentRecord

Extract = Callable[..., DocumentRecord]

#: (published, French article, English article) about the same event, written for these tests.
PAIRS = {
    "kh-th-joint-commission-13": (
        "2024-05",
        "Phnom Penh (AKP) – La 13e réunion de la Commission mixte Cambodge-Thaïlande s'est tenue le 27 mai 2024 à "
        "Phnom Penh, sous la coprésidence du vice-Premier ministre cambodgien Chea Rithy et du ministre thaïlandais "
        "des Affaires étrangères Anan Srisuk.",
        "Phnom Penh (AKP) – The 13th meeting of the Cambodia-Thailand Joint Commission took place in Phnom Penh on "
        "27 May 2024, co-chaired by Cambodian Deputy Prime Minister Chea Rithy and Thai Foreign Minister Anan Srisuk.",
    ),
    "fr-ma-phone-call": (
        "2024-02",
        "Rabat (MAP) – Le ministre marocain des Affaires étrangères Youssef Alami a eu le 12 février un entretien "
        "téléphonique avec son homologue français Julien Mercier.",
        "Rabat (MAP) – Moroccan Foreign Minister Youssef Alami held phone talks on February 12 with his French "
        "counterpart Julien Mercier.",
    ),
    "in-jp-official-visit": (
        "2024-03",
        "Tokyo – Le Premier ministre indien Arjun Mehra a effectué une visite officielle au Japon du 10 au 12 mars, "
        "à l'invitation de son homologue japonais Kenji Arakawa.",
        "Tokyo – Indian Prime Minister Arjun Mehra paid an official visit to Japan from March 10 to 12 at the "
        "invitation of his Japanese counterpart Kenji Arakawa.",
    ),
    "sn-mr-consultation-planned": (
        "2024-03",
        "Dakar (APS) – La 5e consultation politique entre le Sénégal et la Mauritanie se tiendra à Nouakchott en "
        "juin, a annoncé le ministère des Affaires étrangères.",
        "Dakar (APS) – The 5th political consultation between Senegal and Mauritania will be held in Nouakchott in "
        "June, the foreign ministry announced.",
    ),
    "vn-la-videoconference": (
        "2024-04",
        "Hanoï (VNA) – Le vice-ministre vietnamien des Affaires étrangères Pham Quoc Minh et son homologue lao "
        "Khamphao Inthavong ont coprésidé le 9 avril, par visioconférence, la 10e consultation politique "
        "Vietnam-Laos.",
        "Hanoi (VNA) – Vietnamese Deputy Foreign Minister Pham Quoc Minh and his Lao counterpart Khamphao Inthavong "
        "co-chaired the 10th Vietnam-Laos political consultation via videoconference on April 9.",
    ),
}


def summary(record: DocumentRecord) -> list[dict[str, Any]]:
    """What must agree across languages: kind, parties, status, date, ordinal, format, venue country."""
    assert record.is_diplomatic, record
    return [
        {
            "kind": e.kind.value,
            "parties": set(e.parties),
            "status": e.status.value,
            "date": e.date.model_dump(mode="json") if e.date else None,
            "ordinal": e.series.ordinal if e.series else None,
            "format": e.format.value,
            "venue_country": e.venue.country if e.venue else None,
        }
        for e in record.engagements
    ]


@pytest.mark.parametrize("event", sorted(PAIRS))
def test_cross_language_same_engagement(extract: Extract, event: str) -> None:
    published, fr_text, en_text = PAIRS[event]
    fr, en = summary(extract(fr_text, "fr", published)), summary(extract(en_text, "en", published))
    assert len(fr) == 1
    assert fr == en


@pytest.mark.parametrize("event", sorted(set(PAIRS) - {"sn-mr-consultation-planned"}))
def test_cross_language_same_participants(extract: Extract, event: str) -> None:
    published, fr_text, en_text = PAIRS[event]
    fr, en = extract(fr_text, "fr", published), extract(en_text, "en", published)
    people_fr = {(p.name, p.country, p.function.value) for e in fr.engagements for p in e.participants}
    people_en = {(p.name, p.country, p.function.value) for e in en.engagements for p in e.participants}
    assert len(people_fr) == 2
    assert people_fr == people_en
