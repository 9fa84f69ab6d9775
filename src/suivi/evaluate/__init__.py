"""`suivi eval`: extract the evaluation texts and score them against the hand-made gold records."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from suivi.errors import EvalError
from suivi.evaluate.matching import Obj
from suivi.evaluate.scores import Tally, document_f1, link_scores
from suivi.record import Document, DocumentRecord, Problem
from suivi.settings import Settings


@dataclass
class EvalReport:
    """Scores overall and per language, the worst documents, and the predictions that were scored."""

    overall: Obj
    by_language: dict[str, Obj]
    worst: list[tuple[str, float]]
    predictions: list[DocumentRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def as_dict(self) -> Obj:
        return {
            "overall": self.overall,
            "by_language": self.by_language,
            "worst": [{"doc_id": d, "f1": f} for d, f in self.worst],
        }


def load_gold(gold_dir: Path) -> dict[str, Obj]:
    """Gold records by document id; S400 when the directory holds none."""
    if not gold_dir.is_dir():
        raise EvalError(f"gold directory not found: {gold_dir}; pass --gold DIR", source=str(gold_dir))
    gold = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))}
    if not gold:
        raise EvalError("no <doc_id>.json gold records in the directory", source=str(gold_dir))
    return gold


def score(gold: dict[str, Obj], predictions: dict[str, Obj], links: Obj | None = None) -> Obj:
    """SCHEMA.md's measures, micro-averaged over the gold documents (a missing prediction counts as empty)."""
    tally = Tally()
    for doc_id, g in gold.items():
        tally.add(doc_id, g, predictions.get(doc_id, {}))
    summary = tally.summary(len(gold), sum(d not in predictions for d in gold))
    if links is not None:
        summary.update(link_scores(links, set(gold), tally.matched))
    return summary


def read_documents(texts_dir: Path, settings: Settings) -> tuple[list[Document], list[Problem]]:
    from suivi.ingest import read_paths

    docs: list[Document] = []
    problems: list[Problem] = []
    for item in read_paths([texts_dir], settings):
        (problems if isinstance(item, Problem) else docs).append(item)  # type: ignore[arg-type]
    return docs, problems


def evaluate(
    gold_dir: Path,
    texts_dir: Path,
    settings: Settings,
    links_file: Path | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    worst: int = 5,
) -> EvalReport:
    """Extract every text of `texts_dir` and score the records against `gold_dir`."""
    from suivi.extract import extract_documents

    gold = load_gold(gold_dir)
    if not texts_dir.is_dir():
        raise EvalError(f"texts directory not found: {texts_dir}; pass --texts DIR", source=str(texts_dir))
    docs, problems = read_documents(texts_dir, settings)
    records = []
    for record in extract_documents(docs, settings):
        records.append(record)
        if on_progress:
            on_progress(len(records), len(docs))
    links = json.loads(links_file.read_text(encoding="utf-8")) if links_file and links_file.exists() else None
    if links is not None:  # the link scores need event and series keys: link the predictions as ingest would
        from suivi.link import link_records

        records = link_records(records, {d.id: d.text for d in docs}).keyed_records()
    preds = {r.doc_id: r.model_dump(mode="json") for r in records}
    by_language = {
        lang: score({d: g for d, g in gold.items() if g.get("language") == lang}, preds)
        for lang in sorted({str(g.get("language")) for g in gold.values()})
    }
    ranked = sorted((round(document_f1(g, preds.get(d, {})), 3), d) for d, g in gold.items() if g.get("is_diplomatic"))
    return EvalReport(
        overall=score(gold, preds, links),
        by_language=by_language,
        worst=[(d, f) for f, d in ranked[:worst]],
        predictions=records,
        problems=problems,
    )
