"""Indicator money in the parties' own currency: shared currency words resolved by the dyad, local marks, scales."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.extract.numbers import find_quantities
from suivi.record import DocumentRecord

Extract = Callable[..., DocumentRecord]

HEADS = {
    "dz-it": (
        "fr",
        "Alger (APS) – Le ministre algérien a reçu lundi à Alger son homologue italien.",
    ),
    "dz-tn": (
        "fr",
        "Alger (APS) – Le ministre algérien a reçu lundi à Alger son homologue tunisien.",
    ),
    "pk-cn": ("en", "Islamabad (APP) – Pakistani Prime Minister met his Chinese counterpart in Islamabad on Monday."),
    "in-jp": ("en", "New Delhi (PTI) – Indian Prime Minister met his Japanese counterpart in New Delhi on Monday."),
    "mx-ca": ("en", "Mexico City (AP) – Mexican President met the Canadian Prime Minister in Mexico City on Monday."),
    "ke-tz": ("en", "Nairobi (Reuters) – Kenyan President met his Tanzanian counterpart in Nairobi on Monday."),
}


def money(extract: Extract, pair: str, sentence: str) -> list[tuple[float, str]]:
    lang, head = HEADS[pair]
    record = extract(f"{head} {sentence}", lang)
    assert record.is_diplomatic
    return [(i.value, i.unit) for i in record.indicators]


@pytest.mark.parametrize(
    ("pair", "sentence", "expected"),
    [
        ("dz-it", "Les échanges commerciaux ont atteint 2 milliards de dinars en 2023.", [(2e9, "DZD")]),
        ("dz-it", "L'Italie a investi 500 millions DA en Algérie.", [(5e8, "DZD")]),
        ("pk-cn", "Bilateral trade reached Rs 500 billion in 2023.", [(5e11, "PKR")]),
        ("pk-cn", "China pledged 300 million rupees in grant aid.", [(3e8, "PKR")]),
        ("in-jp", "Japan pledged 300 million rupees in grant aid.", [(3e8, "INR")]),
        ("mx-ca", "Canadian investment in Mexico reached 900 billion pesos in 2023.", [(9e11, "MXN")]),
        ("mx-ca", "Two-way trade reached 60 billion dollars in 2023.", [(6e10, "USD")]),
    ],
)
def test_a_shared_currency_word_is_the_parties_currency(
    extract: Extract, pair: str, sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert money(extract, pair, sentence) == expected


def test_a_currency_word_both_parties_share_stays_open(extract: Extract) -> None:
    found = money(extract, "dz-tn", "Les échanges commerciaux ont atteint 2 milliards de dinars en 2023.")
    assert all(unit not in ("DZD", "TND") for _, unit in found)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "KSh120 billion", (1.2e11, "KES")),
        ("en", "TSh 5 trillion", (5e12, "TZS")),
        ("en", "Bt3 billion", (3e9, "THB")),
        ("en", "₹5,000 crore", (5e10, "INR")),
        ("en", "₹1.5 lakh crore", (1.5e12, "INR")),
    ],
)
def test_local_money_marks_and_scales(lang: str, text: str, expected: tuple[float, str]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text, lang)] == [expected]


def test_kenyan_shillings_between_kenya_and_tanzania(extract: Extract) -> None:
    assert money(extract, "ke-tz", "Bilateral trade hit KSh120 billion in 2023.") == [(1.2e11, "KES")]
