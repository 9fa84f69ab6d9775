"""suivi.evaluate: the project's scorer prints what ../shared/eval/score.py prints, and the demo corpus floor."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from suivi.demo import corpus_dir, gold_dir, links_file
from suivi.evaluate import evaluate, score
from suivi.settings import Settings

SCORE_PY = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"
needs_score_py = pytest.mark.skipif(
    not SCORE_PY.is_file(), reason=f"reference scorer {SCORE_PY} is absent (../shared/eval not beside the checkout)"
)

Obj = dict[str, Any]


def engagement(eid: str, kind: str, parties: list[str], date: Obj | None, **more: Any) -> Obj:
    base: Obj = {
        "id": eid,
        "kind": kind,
        "parties": parties,
        "series": None,
        "status": "held",
        "date": date,
        "format": "unknown",
        "venue": None,
        "participants": [],
        "occasion_of": None,
        "evidence": "",
    }
    return {**base, **more}


def day(value: str) -> Obj:
    return {"value": value, "precision": "day"}


def month(value: str) -> Obj:
    return {"value": value, "precision": "month"}


def person(name: str, country: str, function: str = "participant") -> Obj:
    return {"name": name, "country": country, "role": None, "function": function}


def commitment(kind: str, areas: list[str], parties: list[str]) -> Obj:
    return {"kind": kind, "parties": parties, "areas": areas, "text": "", "engagement": "e1", "deadline": None}


def indicator(metric: str, value: float, unit: str, kind: str = "observed", period: Obj | None = None) -> Obj:
    return {
        "metric": metric,
        "parties": ["MA", "FR"],
        "value": value,
        "unit": unit,
        "qualifier": "exact",
        "period": period,
        "kind": kind,
        "evidence": "",
    }


def record(doc_id: str, diplomatic: bool, engagements: list[Obj], **more: Any) -> Obj:
    return {
        "doc_id": doc_id,
        "language": doc_id[:2],
        "published": "2024-05",
        "is_diplomatic": diplomatic,
        "engagements": engagements,
        "commitments": more.get("commitments", []),
        "indicators": more.get("indicators", []),
    }


#: Gold records written for this test (France–Morocco, India–Japan, a distractor, one unpredicted document).
GOLD: dict[str, Obj] = {
    "fr-a": record(
        "fr-a",
        True,
        [
            engagement(
                "e1",
                "consultation",
                ["MA", "FR"],
                day("2024-05-14"),
                series={"name": "consultation politique Maroc-France", "ordinal": 5},
                format="in_person",
                venue={"place": "Rabat", "country": "MA"},
                participants=[person("Youssef Alami", "MA", "co_chair"), person("Odile Garnier", "FR", "co_chair")],
            ),
            engagement("e2", "meeting", ["MA", "FR"], month("2024-05"), occasion_of="e1", format="in_person"),
        ],
        commitments=[
            commitment("agreed", ["border", "maritime"], ["MA", "FR"]),
            commitment("proposed", ["consular"], ["FR"]),
        ],
        indicators=[
            indicator("trade_volume", 6.65e9, "USD", period={"start": "2023-01", "end": "2023-09"}),
            indicator("investment_projects", 188, "count", period={"start": None, "end": "2024-05"}),
            indicator("trade_volume", 10e9, "USD", kind="target", period={"start": "2030", "end": "2030"}),
        ],
    ),
    "en-b": record(
        "en-b",
        True,
        [
            engagement(
                "e1",
                "call",
                ["IN", "JP"],
                day("2024-05-02"),
                format="phone",
                participants=[person("Arjun Mehra", "IN")],
            )
        ],
    ),
    "en-c": record("en-c", False, []),
    "fr-d": record(
        "fr-d",
        True,
        [engagement("e1", "consultation", ["MA", "FR"], month("2023-06"), series={"name": "cp", "ordinal": 4})],
    ),
    "fr-e": record("fr-e", False, []),
}

#: Predictions with one of each kind of error the scorer must count the same way.
PREDICTIONS: dict[str, Obj] = {
    "fr-a": record(
        "fr-a",
        True,
        [
            engagement(
                "e1",
                "consultation",
                ["FR", "MA"],  # parties are a set
                month("2024-05"),  # compatible, but coarser than gold: date wrong, strict miss
                series={"name": "consultation politique", "ordinal": 5},
                format="in_person",
                venue={"place": None, "country": "MA"},
                participants=[person("youssef  ALAMI", "MA"), person("Odile Garnier", "MA")],  # folding; bad country
                event_key="ev-1",
                series_key="ser-ma-fr",
            ),
            engagement("e2", "meeting", ["MA"], day("2024-05-14"), occasion_of="e1"),  # Jaccard 0.5: eligible
            engagement("e3", "call", ["MA", "DZ"], None),  # Jaccard 1/3 with everything: a false positive
        ],
        commitments=[
            commitment("agreed", ["border"], ["MA", "FR"]),
            commitment("pledged", ["consular"], ["FR"]),
        ],
        indicators=[
            indicator("trade_volume", 6.649e9, "usd", period={"start": "2023-01", "end": "2023-08"}),  # 3 sig. digits
            indicator("investment_projects", 188, "count", period={"start": None, "end": "2024-05"}),
            indicator("trade_volume", 10e9, "USD", kind="observed"),  # a target predicted as observed
        ],
    ),
    "en-b": record(
        "en-b",
        True,
        [
            engagement("e1", "call", ["IN", "JP"], day("2024-05-09"), format="phone"),  # incompatible date
            engagement(
                "e2",
                "visit",
                ["JP", "IN"],
                None,  # no date: compatible, matched with the wrong kind
                participants=[person("Mehra", "IN"), person("Kenji Arakawa", "JP")],
                event_key="ev-1",
            ),
        ],
    ),
    "en-c": record("en-c", True, [engagement("e1", "meeting", ["FR", "MA"], None)]),
    "fr-e": record("fr-e", False, []),
}

LINKS: Obj = {
    "same_event": [[["fr-a", "e1"], ["en-b", "e1"]]],
    "series": {"ma-fr-political-consultation": [["fr-a", "e1"], ["fr-d", "e1"]]},
}


def reference_score(tmp_path: Path, gold: dict[str, Obj], predictions: dict[str, Obj], links: Obj | None) -> Obj:
    """What ../shared/eval/score.py prints with --json for these records."""
    gold_path = tmp_path / "gold"
    gold_path.mkdir()
    for doc_id, g in gold.items():
        (gold_path / f"{doc_id}.json").write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions.values()), "utf-8")
    args = [sys.executable, str(SCORE_PY), str(gold_path), str(pred_path), "--json"]
    if links is not None:
        links_path = tmp_path / "links.json"
        links_path.write_text(json.dumps(links), encoding="utf-8")
        args += ["--links", str(links_path)]
    done = subprocess.run(args, capture_output=True, text=True, check=True, timeout=60)
    printed: Obj = json.loads(done.stdout)
    assert printed.pop("schema_errors") == 0, done.stderr
    return printed


@needs_score_py
@pytest.mark.parametrize("with_links", [True, False])
def test_evaluate_score_equals_reference_scorer(tmp_path: Path, with_links: bool) -> None:
    links = LINKS if with_links else None
    ours = score(GOLD, PREDICTIONS, links)
    assert json.loads(json.dumps(ours)) == reference_score(tmp_path, GOLD, PREDICTIONS, links)


@needs_score_py
@pytest.mark.parametrize(
    "doc_ids",
    [["fr-a"], ["en-b"], ["en-c", "fr-e"], ["fr-d"]],
)
def test_evaluate_score_equals_reference_scorer_per_document(tmp_path: Path, doc_ids: list[str]) -> None:
    gold = {d: GOLD[d] for d in doc_ids}
    predictions = {d: PREDICTIONS[d] for d in doc_ids if d in PREDICTIONS}
    assert json.loads(json.dumps(score(gold, predictions))) == reference_score(tmp_path, gold, predictions, None)


@pytest.mark.parametrize(
    ("measure", "expected"),
    [
        ("documents", 5),
        ("missing_predictions", 1),
        ("is_diplomatic", {"p": 0.667, "r": 0.667, "f1": 0.667, "tp": 2, "pred": 3, "gold": 3}),
        ("engagements", {"p": 0.5, "r": 0.75, "f1": 0.6, "tp": 3, "pred": 6, "gold": 4}),
        ("engagements_strict", {"p": 0.167, "r": 0.25, "f1": 0.2, "tp": 1, "pred": 6, "gold": 4}),
        (
            "engagement_attributes",
            {"kind": 0.667, "status": 1.0, "format": 0.333, "ordinal": 1.0, "date": 0.333, "venue_country": 1.0},
        ),
        ("participants", {"p": 0.75, "r": 1.0, "f1": 0.857, "tp": 3, "pred": 4, "gold": 3}),
        ("participant_country", 0.667),
        ("commitments", {"p": 0.5, "r": 0.333, "f1": 0.4, "tp": 1, "pred": 2, "gold": 3}),
        ("indicators", {"p": 0.667, "r": 0.667, "f1": 0.667, "tp": 2, "pred": 3, "gold": 3}),
        ("indicator_period", 0.5),
        ("same_event", {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 1, "pred": 1, "gold": 1}),
        ("series", {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "pred": 0, "gold": 1}),
    ],
)
def test_evaluate_score_measures_by_hand(measure: str, expected: Any) -> None:
    assert score(GOLD, PREDICTIONS, LINKS)[measure] == expected


@pytest.fixture(scope="module")
def demo_report() -> Any:
    """The demo corpus extracted and scored once for the module."""
    settings = Settings(database_url="sqlite://", languages=["fr", "en"], default_language="fr")
    return evaluate(gold_dir(), corpus_dir(), settings, links_file())


#: Regression floors, about 0.1 under the scores measured when the floor was set (engagements 0.884, indicators 0.841).
@pytest.mark.parametrize(("measure", "floor"), [("engagements", 0.78), ("indicators", 0.74)])
def test_evaluate_demo_corpus_above_floor(demo_report: Any, measure: str, floor: float) -> None:
    assert demo_report.overall["documents"] == len(list(gold_dir().glob("*.json")))
    assert demo_report.overall["missing_predictions"] == 0
    assert demo_report.overall[measure]["f1"] >= floor, demo_report.overall[measure]
