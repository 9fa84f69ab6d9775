"""The demo corpus, its gold records stored as they are, linked: every case its README lists resolves."""

from __future__ import annotations

import json

import pytest

from suivi.evaluate import score
from suivi.link import LinkReport, link_store, list_followups, series_timeline
from suivi.store import Store

from .support import DEMO, DEMO_AS_OF, demo_gold

FR_MA = "fr-ma-political-consultation"


@pytest.fixture(scope="module")
def linked_demo(demo_store: Store) -> tuple[Store, LinkReport]:
    return demo_store, link_store(demo_store, as_of=DEMO_AS_OF)


def _status_of(store: Store, doc_prefix: str, eid: str) -> str:
    """The follow-up status of the announcement (doc, engagement) at the README's reference date."""
    for followup in list_followups(store, as_of=DEMO_AS_OF):
        if followup.subject == "engagement" and any(d.startswith(doc_prefix) and e == eid for d, e in followup.refs):
            return followup.status
    return "no follow-up"


@pytest.mark.parametrize(
    ("doc", "eid", "status"),
    [
        ("fr-06", "e2", "fulfilled_on_time"),  # 12th Senegal-Mauritania session, announced for 2024, held July 2024
        ("fr-07", "e4", "fulfilled_on_time"),
        ("fr-01", "e2", "fulfilled_on_time"),
        ("fr-10", "e4", "fulfilled_on_time"),
        ("fr-11", "e2", "fulfilled_on_time"),
        ("en-01", "e3", "fulfilled_on_time"),
        ("fr-17", "e3", "fulfilled_on_time"),
        ("fr-14", "e3", "fulfilled_on_time"),
        ("fr-02", "e2", "fulfilled_late"),  # 6th Morocco-France consultation: March 2025 announced, October held
        ("en-04", "e3", "overdue"),  # 4th India-Japan 2+2, "in Tokyo in 2025"
        ("fr-16", "e2", "overdue"),
        ("en-07", "e2", "overdue"),
        ("fr-13", "e2", "overdue"),
        ("en-03", "e3", "overdue"),
        ("fr-03", "e4", "pending"),  # the next Morocco-France consultation, 2027
    ],
)
def test_demo_planned_to_held_cases_resolve(
    linked_demo: tuple[Store, LinkReport], doc: str, eid: str, status: str
) -> None:
    assert _status_of(linked_demo[0], doc, eid) == status


@pytest.mark.parametrize(
    "pair",
    [
        (("fr-11-cambodge-thailande-commission-13", "e1"), ("en-01-cambodia-thailand-jc-13", "e1")),  # FR / EN
        (("fr-06-senegal-mauritanie-commission-11-aps", "e1"), ("fr-07-senegal-mauritanie-commission-11-ami", "e1")),
    ],
)
def test_demo_one_event_in_two_languages_or_outlets_has_one_key(
    linked_demo: tuple[Store, LinkReport], pair: tuple[tuple[str, str], tuple[str, str]]
) -> None:
    store = linked_demo[0]
    keys = set()
    for doc_id, eid in pair:
        stored = store.get_record(doc_id)
        assert stored is not None
        keys.add(next(e.event_key for e in stored.engagements if e.id == eid))
    assert len(keys) == 1
    assert None not in keys


@pytest.mark.parametrize(("key", "ordinals"), [(FR_MA, [4, 5, 6, None]), ("mr-sn-joint-committee", [10, 11, 12])])
def test_demo_series_rounds_in_order(
    linked_demo: tuple[Store, LinkReport], key: str, ordinals: list[int | None]
) -> None:
    timeline = series_timeline(linked_demo[0], key)
    assert [r.ordinal for r in timeline.rounds] == ordinals


@pytest.mark.parametrize(("key", "missing"), [("kh-th-joint-committee", []), ("la-vn-political-consultation", [])])
def test_demo_series_gaps_and_next_round(linked_demo: tuple[Store, LinkReport], key: str, missing: list[int]) -> None:
    timeline = series_timeline(linked_demo[0], key)
    assert timeline.missing_ordinals == missing
    assert timeline.next_ordinal is not None


@pytest.mark.parametrize(("measure", "floor"), [("same_event", 0.95), ("series", 0.95)])
def test_demo_link_keys_score_against_the_gold_clusters(
    linked_demo: tuple[Store, LinkReport], measure: str, floor: float
) -> None:
    store = linked_demo[0]
    predictions = {r.doc_id: r.model_dump(mode="json") for r in store.records()}
    links = json.loads((DEMO / "links.json").read_text(encoding="utf-8"))
    scores = score(demo_gold(), predictions, links)
    assert scores[measure]["f1"] >= floor


@pytest.mark.parametrize(("subject", "status", "count"), [("target", "met", 1), ("target", "not_met", 1)])
def test_demo_targets_against_observed_figures(
    linked_demo: tuple[Store, LinkReport], subject: str, status: str, count: int
) -> None:
    assert linked_demo[1].followups[f"{subject}:{status}"] == count
