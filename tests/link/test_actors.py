"""Tests of suivi.link.actors: one person across spellings and honorifics, never two people merged."""

from __future__ import annotations

import pytest

from suivi.link.actors import build_actors, match_actors, name_tokens, same_person

from .support import engagement, record


def _people(*mentions: tuple[str, str, str | None, str]) -> list[list[str]]:
    """Actors (as sorted variant lists) for mentions (name, country, role, date), one document each."""
    records = [
        record(f"d{i}", on[:7], engagement(on=on, people=((name, country),), role=role))
        for i, (name, country, role, on) in enumerate(mentions)
    ]
    return sorted(actor.variants for actor in build_actors(records))


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("Samdech Techo Hun Sen", ("hun", "sen")),
        ("M. Bùi Thanh Sơn", ("bui", "thanh", "son")),
        ("H.E. Mr. Đặng Văn Ân", ("dang", "van", "an")),
        ("Mr Son", ("son",)),
    ],
)
def test_actors_name_tokens_drop_honorifics_and_accents(name: str, tokens: tuple[str, ...]) -> None:
    assert name_tokens(name) == tokens


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Nguyen Quoc Dung", "Nguyen Xuan Phuc", False),
        ("Thongsa Phomvi", "Xaysom Phomvi", False),
        ("Ravelo Kommasith", "Ravelo Komasith", True),
        ("Pham Binh Minh", "Minh Pham Binh", True),
        ("Binh Minh", "Pham Binh Minh", True),
        ("Dung", "Nguyen Quoc Dung", False),
    ],
)
def test_actors_same_person_never_merges_on_a_shared_family_name(a: str, b: str, same: bool) -> None:
    assert same_person(frozenset(name_tokens(a)), frozenset(name_tokens(b))) is same


@pytest.mark.parametrize("spellings", [("Bùi Thanh Sơn", "Bui Thanh Son", "BÙI Thanh Son")])
def test_actors_spellings_with_and_without_diacritics_are_one_person(spellings: tuple[str, ...]) -> None:
    people = _people(*[(s, "VN", None, "2021-10-21") for s in spellings])
    assert people == [sorted(spellings)]


@pytest.mark.parametrize("short", ["Mr Son", "Son"])
def test_actors_a_surname_alone_joins_the_one_full_name_it_fits(short: str) -> None:
    people = _people(("Bùi Thanh Sơn", "VN", None, "2021-10-21"), (short, "VN", None, "2021-11-02"))
    assert people == [sorted(["Bùi Thanh Sơn", short])]


@pytest.mark.parametrize("short", ["Son"])
def test_actors_an_ambiguous_surname_stays_apart(short: str) -> None:
    people = _people(
        ("Bui Thanh Son", "VN", None, "2021-10-21"),
        ("Ho Xuan Son", "VN", None, "2021-10-22"),
        (short, "VN", None, "2021-11-02"),
    )
    assert len(people) == 3


@pytest.mark.parametrize(
    "roles",
    [(("vice-ministre", "2021-10-21"), ("vice-ministre", "2022-03-01"), ("vice-Premier ministre", "2025-07-17"))],
)
def test_actors_tenures_follow_roles_over_time(roles: tuple[tuple[str, str], ...]) -> None:
    records = [
        record(f"t{i}", on[:7], engagement(on=on, people=(("Lan Vo Ha", "VN"),), role=role))
        for i, (role, on) in enumerate(roles)
    ]
    (actor,) = build_actors(records)
    assert [(t.role, t.first_seen, t.last_seen) for t in actor.tenures] == [
        ("vice-ministre", "2021-10-21", "2022-03-01"),
        ("vice-Premier ministre", "2025-07-17", "2025-07-17"),
    ]
    assert actor.tenures[0].sources == ["t0", "t1"]


@pytest.mark.parametrize(("query", "found"), [("Bui Thanh Son", 1), ("Sơn", 2), ("Samdech Hun Sen", 1), ("Nobody", 0)])
def test_actors_match_finds_people_by_any_spelling(query: str, found: int) -> None:
    records = [
        record("a", "2021-10", engagement(on="2021-10", people=(("Bùi Thanh Sơn", "VN"), ("Hun Sen", "KH")))),
        record("b", "2021-11", engagement(on="2021-11", people=(("Ho Xuan Son", "VN"),))),
    ]
    assert len(match_actors(build_actors(records), query)) == found
