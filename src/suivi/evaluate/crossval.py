"""Honest scores of the whole extractor: each document is extracted with the sentence model trained without it.

    python -m suivi.evaluate.crossval [--k 5] [--with-learned] [--out PRED.jsonl] [SET ...]

SETs are folders under ../shared/eval (default: dev wild). The model for fold f is trained on the documents of
the other folds of all SETs together (`train_fold_models`); the documents of fold f are extracted with it. The
predictions (one record per line) are what `score.py` reads; the scores per set and language are printed.
`--with-learned` adds the learned commitments layer (`WITH_LEARNED_LAYERS`) to the default rule layers, so the
union of rules and model is scored against the rules alone.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from suivi.evaluate import load_gold, read_documents, score
from suivi.extract import extract_documents
from suivi.extract.learned import using_sentence_model
from suivi.extract.learned.crossval import train_fold_models
from suivi.extract.learned.train import SEED, fold_of
from suivi.extract.pipeline import DEFAULT_LAYERS, WITH_LEARNED_LAYERS
from suivi.record import Document, DocumentRecord
from suivi.settings import Settings, load_settings

_MEASURES = ("is_diplomatic", "engagements", "engagements_strict", "participants", "commitments", "indicators")


def cross_validated_records(
    docs: list[Document],
    settings: Settings,
    k: int = 5,
    seed: int = SEED,
    shared: Path = Path("../shared/eval"),
    layers: tuple[str, ...] = DEFAULT_LAYERS,
) -> list[DocumentRecord]:
    """Records of `docs`, each extracted with the model of the fold that held it out."""
    models = train_fold_models(k=k, seed=seed, shared=shared)
    records: list[DocumentRecord] = []
    for fold, model in models.items():
        held_out = [d for d in docs if fold_of(d.id, k, seed) == fold]
        with using_sentence_model(model):
            records.extend(extract_documents(held_out, settings, layers))
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", default=["dev", "wild"])
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--shared", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--with-learned", action="store_true", help="add the learned commitments layer")
    args = parser.parse_args()
    settings = load_settings()
    docs: list[Document] = []
    for name in args.sets:
        docs.extend(read_documents(args.shared / name / "texts", settings)[0])
    layers = WITH_LEARNED_LAYERS if args.with_learned else DEFAULT_LAYERS
    records = cross_validated_records(docs, settings, args.k, shared=args.shared, layers=layers)
    predictions = {r.doc_id: r.model_dump(mode="json") for r in records}
    if args.out:
        args.out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions.values()))
    for name in args.sets:
        gold = load_gold(args.shared / name / "gold")
        for lang in ("all", "fr", "en"):
            subset = {d: g for d, g in gold.items() if lang == "all" or g.get("language") == lang}
            s = score(subset, predictions)
            print(f"{name:5s} {lang:3s} " + " ".join(f"{m} {s[m]['f1']:.3f}" for m in _MEASURES))


if __name__ == "__main__":
    main()
