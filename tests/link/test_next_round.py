"""An unnumbered planned round of a mechanism, in an article that reports a numbered round of it held,
is the next round: it joins that round when another article numbers it, and nothing else."""

from __future__ import annotations

from suivi.link import link_records

from .support import engagement, record


def _keys(*records):  # type: ignore[no-untyped-def]
    return link_records(list(records)).links


def _held_and_next(doc_id: str, name: str, ordinal: int, on: str) -> object:
    return record(
        doc_id,
        on[:7],
        engagement("e1", "joint_committee", ("AA", "CC"), series=name, ordinal=ordinal, on=on),
        engagement("e2", "joint_committee", ("AA", "CC"), series=name, status="planned"),
    )


def test_the_next_meeting_announced_after_round_n_is_round_n_plus_one() -> None:
    fr = _held_and_next("fr-1", "commission mixte de coopération", 3, "2021-04-12")
    en = record(
        "en-1",
        "2022-06",
        engagement(
            "e1", "joint_committee", ("CC", "AA"), series="Joint Committee on Cooperation", ordinal=4, on="2022-06-03"
        ),
        language="en",
    )
    keys = _keys(fr, en)
    assert keys[("fr-1", "e2")][0] == keys[("en-1", "e1")][0]
    assert keys[("fr-1", "e1")][0] != keys[("fr-1", "e2")][0]


def test_an_unnumbered_plan_never_joins_another_round() -> None:
    fr = _held_and_next("fr-1", "commission mixte", 3, "2021-04-12")
    other = record(
        "en-1",
        "2021-05",
        engagement("e1", "joint_committee", ("AA", "CC"), series="joint commission", ordinal=3, on="2021-04-12"),
    )
    keys = _keys(fr, other)
    assert keys[("fr-1", "e1")][0] == keys[("en-1", "e1")][0]
    assert keys[("fr-1", "e2")][0] != keys[("en-1", "e1")][0]


def test_two_unnumbered_plans_in_one_article_are_not_numbered() -> None:
    both = record(
        "fr-2",
        "2023-02",
        engagement("e1", "consultation", ("BB", "DD"), series="consultation politique", ordinal=7, on="2023-02-01"),
        engagement("e2", "consultation", ("BB", "DD"), series="consultation politique", status="planned"),
        engagement("e3", "consultation", ("BB", "DD"), series="consultation politique", status="planned"),
    )
    eighth = record(
        "en-2",
        "2023-09",
        engagement("e1", "consultation", ("BB", "DD"), series="political consultation", ordinal=8, on="2023-09-20"),
    )
    keys = _keys(both, eighth)
    assert not any(keys[("fr-2", e)][0] == keys[("en-2", "e1")][0] for e in ("e2", "e3"))
