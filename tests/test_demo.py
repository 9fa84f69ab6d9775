"""The bundled demo corpus: articles and hand-made gold records that agree with each other and SCHEMA.md."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest

from suivi.demo import corpus_dir, gold_dir, links_file
from suivi.ingest import read_path
from suivi.record import Document, DocumentRecord
from suivi.settings import Settings

ARTICLES = sorted(corpus_dir().glob("*.txt"))
GOLD_FILES = sorted(gold_dir().glob("*.json"))
NAMES = [path.stem for path in ARTICLES]
_MARKER = re.compile(r"\s*date\s+(\S+)")


@cache
def gold(name: str) -> DocumentRecord:
    return DocumentRecord.model_validate_json((gold_dir() / f"{name}.json").read_text(encoding="utf-8"))


@cache
def document(name: str) -> Document:
    """The article as suivi reads it (normalised text, marker removed)."""
    settings = Settings(database_url="sqlite://", languages=["fr", "en"], default_language="fr")
    (read,) = list(read_path(corpus_dir() / f"{name}.txt", settings))
    assert isinstance(read, Document), read
    return read


def raw_text(name: str) -> str:
    return (corpus_dir() / f"{name}.txt").read_text(encoding="utf-8")


def parties(record: DocumentRecord) -> set[str]:
    found: set[str] = set()
    for fact in (*record.engagements, *record.commitments, *record.indicators):
        found.update(fact.parties)
    return found


def evidences(record: DocumentRecord) -> Iterator[tuple[str, str]]:
    """(where, evidence) of every fact of the record, targets included."""
    for held_or_planned in record.engagements:
        yield f"engagement {held_or_planned.id}", held_or_planned.evidence
    for i, commitment in enumerate(record.commitments):
        yield f"commitment {i}", commitment.evidence
        yield f"commitment {i} text", commitment.text
        if commitment.target is not None:
            yield f"commitment {i} target", commitment.target.evidence
    for i, indicator in enumerate(record.indicators):
        yield f"indicator {i}", indicator.evidence


def links() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(links_file().read_text(encoding="utf-8"))
    return data


def engagement(doc_id: str, local_id: str) -> Any:
    return next(e for e in gold(doc_id).engagements if e.id == local_id)


@pytest.mark.parametrize(("min_articles", "min_fr", "min_en"), [(30, 20, 8)])
def test_demo_corpus_size_and_languages(min_articles: int, min_fr: int, min_en: int) -> None:
    languages = [gold(name).language for name in NAMES]
    assert len(NAMES) >= min_articles
    assert languages.count("fr") >= min_fr
    assert languages.count("en") >= min_en


@pytest.mark.parametrize("suffix", [".json"])
def test_demo_every_article_has_gold_and_back(suffix: str) -> None:
    assert [p.stem for p in GOLD_FILES] == NAMES
    assert all(p.suffix == suffix for p in GOLD_FILES)


@pytest.mark.parametrize("name", NAMES)
def test_demo_gold_validates_and_matches_article(name: str) -> None:
    record = gold(name)
    assert record.doc_id == name
    assert record.language == name.split("-", 1)[0]
    marker = _MARKER.match(raw_text(name).split("\n", 1)[0])
    assert marker is not None
    assert record.published == (None if marker[1] == "unknown" else marker[1])
    read = document(name)
    assert (read.id, read.published, read.language) == (name, record.published, record.language)


@pytest.mark.parametrize("name", NAMES)
def test_demo_evidence_occurs_verbatim(name: str) -> None:
    raw, text = raw_text(name), document(name).text
    for where, evidence in evidences(gold(name)):
        assert evidence, f"{name} {where}: empty evidence"
        assert evidence in raw, f"{name} {where}: {evidence!r} not in the article file"
        assert evidence in text, f"{name} {where}: {evidence!r} not in the ingested text"


@pytest.mark.parametrize("name", NAMES)
def test_demo_engagement_references_are_local(name: str) -> None:
    record = gold(name)
    ids = [e.id for e in record.engagements]
    assert ids == [f"e{i}" for i in range(1, len(ids) + 1)]
    for e in record.engagements:
        assert e.occasion_of is None or e.occasion_of in ids
    for c in record.commitments:
        assert c.engagement is None or c.engagement in ids


@pytest.mark.parametrize("share", [1 / 3])
def test_demo_third_of_articles_without_vietnam(share: float) -> None:
    without_vn = [n for n in NAMES if gold(n).is_diplomatic and "VN" not in parties(gold(n))]
    assert len(without_vn) >= share * len(NAMES)


@pytest.mark.parametrize("min_distractors", [4])
def test_demo_distractors_have_empty_lists(min_distractors: int) -> None:
    distractors = [gold(n) for n in NAMES if not gold(n).is_diplomatic]
    assert len(distractors) >= min_distractors
    for record in distractors:
        assert (record.engagements, record.commitments, record.indicators) == ([], [], []), record.doc_id
    for name in NAMES:
        if gold(name).is_diplomatic:
            assert gold(name).engagements, name


@pytest.mark.parametrize("kind", ["same_event", "series"])
def test_demo_links_name_gold_engagements(kind: str) -> None:
    clusters = links()[kind]
    members = [m for c in (clusters.values() if isinstance(clusters, dict) else clusters) for m in c]
    assert members
    for doc_id, local_id in members:
        assert any(e.id == local_id for e in gold(doc_id).engagements), (doc_id, local_id)


@pytest.mark.parametrize(("min_series", "min_rounds"), [(3, 3)])
def test_demo_recurring_mechanisms_have_held_rounds(min_series: int, min_rounds: int) -> None:
    rich = []
    for key, members in links()["series"].items():
        held = {doc for doc, eid in members if engagement(doc, eid).status == "held"}
        if len(held) >= min_rounds:
            rich.append(key)
    assert len(rich) >= min_series, rich


@pytest.mark.parametrize("min_clusters", [1])
def test_demo_planned_round_later_reported_held(min_clusters: int) -> None:
    fulfilled = [
        cluster
        for cluster in links()["same_event"]
        if {engagement(doc, eid).status for doc, eid in cluster} >= {"planned", "held"}
    ]
    assert len(fulfilled) >= min_clusters


@pytest.mark.parametrize("min_clusters", [1])
def test_demo_one_event_in_two_outlets_and_two_languages(min_clusters: int) -> None:
    held = [[doc for doc, eid in cluster if engagement(doc, eid).status == "held"] for cluster in links()["same_event"]]
    two_languages = [docs for docs in held if len({gold(d).language for d in docs}) >= 2]
    same_language = [docs for docs in held if len(docs) >= 2 and len({gold(d).language for d in docs}) == 1]
    assert len(two_languages) >= min_clusters
    assert len(same_language) >= min_clusters


@pytest.mark.parametrize("min_targets", [1])
def test_demo_has_trade_figures_and_targets(min_targets: int) -> None:
    indicators = [i for n in NAMES for i in gold(n).indicators]
    assert any(i.kind == "observed" and i.metric == "trade_volume" for i in indicators)
    assert sum(i.kind == "target" for i in indicators) >= min_targets
