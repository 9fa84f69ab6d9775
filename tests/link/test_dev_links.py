"""The dev set's gold records linked: same_event and series pairwise F1 against its links.json (skips without
../shared). Texts are read from ../shared for near-copies; nothing of them is kept in the project."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from suivi.evaluate import load_gold, score
from suivi.link import link_records
from suivi.record import DocumentRecord


@pytest.mark.parametrize(("measure", "floor"), [("same_event", 0.85), ("series", 0.90)])
def test_dev_links_reach_their_targets_on_gold_records(shared_eval: Path, measure: str, floor: float) -> None:
    dev = shared_eval / "dev"
    gold = load_gold(dev / "gold")
    records = [DocumentRecord.model_validate(g) for g in gold.values()]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (dev / "texts").glob("*.txt")}
    links = link_records(records, texts).links
    predictions = {}
    for rec in records:
        for eng in rec.engagements:
            eng.event_key, eng.series_key = links[(rec.doc_id, eng.id)]
        predictions[rec.doc_id] = rec.model_dump(mode="json")
    scores = score(gold, predictions, json.loads((dev / "links.json").read_text(encoding="utf-8")))
    assert scores[measure]["f1"] >= floor
