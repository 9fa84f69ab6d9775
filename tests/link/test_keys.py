"""Tests of suivi.link.keys: parties as keys, dyad filters, date spans."""

from __future__ import annotations

from datetime import date

import pytest

from suivi.errors import InvalidDyad
from suivi.link.keys import owner_of, parse_dyad, parties_key, short_hash, span_of, spans_meet


@pytest.mark.parametrize(
    ("parties", "expected"), [(["VN", "KH"], "kh-vn"), (["kh", "VN", "KH"], "kh-vn"), (["EU", "MA"], "eu-ma")]
)
def test_keys_parties_key_ignores_order_and_case(parties: list[str], expected: str) -> None:
    assert parties_key(parties) == expected


@pytest.mark.parametrize(
    ("parties", "multilateral", "expected"),
    [
        (["ASEAN", "VN", "KH"], True, "asean"),
        (["ASEAN", "VN", "KH"], False, "asean-kh-vn"),
        (["EU", "MA"], False, "eu-ma"),
    ],
)
def test_keys_owner_is_the_organisation_of_a_multilateral_gathering(
    parties: list[str], multilateral: bool, expected: str
) -> None:
    assert owner_of(parties, multilateral=multilateral) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [("VN-KH", {"VN", "KH"}), ("kh,vn", {"KH", "VN"}), ("LA VN", {"LA", "VN"})]
)
def test_keys_parse_dyad_accepts_common_spellings(text: str, expected: set[str]) -> None:
    assert parse_dyad(text) == expected


@pytest.mark.parametrize("text", ["VN", "", "VN-VN"])
def test_keys_parse_dyad_rejects_fewer_than_two_parties(text: str) -> None:
    with pytest.raises(InvalidDyad) as caught:
        parse_dyad(text)
    assert caught.value.code == "S501"
    assert "fewer than two parties" in str(caught.value)


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2023-10-21", date(2023, 10, 21), date(2023, 10, 21)),
    ],
)
def test_keys_span_of_covers_the_precision(value: str, first: date, last: date) -> None:
    assert span_of(value) == (first, last)


@pytest.mark.parametrize(
    ("a", "b", "meet"),
    [("2021-10-21", "2021-10-23", True), ("2021-10-21", "2021-10-26", False), ("2021-10", "2021-10-30", True)],
)
def test_keys_day_spans_meet_within_three_days(a: str, b: str, meet: bool) -> None:
    assert spans_meet(span_of(a), span_of(b)) is meet


@pytest.mark.parametrize("parts", [("doc-1", "e1"), ("doc-2", "e3")])
def test_keys_short_hash_is_stable_and_short(parts: tuple[str, str]) -> None:
    assert short_hash(*parts) == short_hash(*parts)
    assert len(short_hash(*parts)) == 8
    assert short_hash(*parts) != short_hash(*reversed(parts))
