"""Honest scores of the whole extractor: each document is extracted with the sentence model trained without it.

    python -m suivi.evaluate.crossval [--k 5] [--with-learned | --compare] [--exclude-ids FILE] [--out P.jsonl] [SET]

SETs are folders under ../shared/eval (default: dev wild). The model for fold f is trained on the documents of
the other folds of all SETs together (`train_fold_models`); the documents of fold f are extracted with it. The
predictions (one record per line) are what `score.py` reads; the scores per set and language are printed.
`--with-learned` adds the learned layer (`WITH_LEARNED_LAYERS`) to the default rule layers, so the union of
rules and model is scored against the rules alone; `--compare` prints both tables from one training and,
with `--out P.jsonl`, writes each run's predictions to its own file: P.rules.jsonl and P.learned.jsonl.
Documents listed in `--exclude-ids` (a held-out set) are neither trained on nor extracted nor scored.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from suivi.errors import EvalError, OutputNotWritable
from suivi.evaluate import load_gold, read_documents, score
from suivi.extract import extract_documents
from suivi.extract.learned import SentenceModel, using_sentence_model
from suivi.extract.learned.crossval import train_fold_models
from suivi.extract.learned.examples import read_ids
from suivi.extract.learned.scripts import coded_exit
from suivi.extract.learned.train import SEED, fold_of
from suivi.extract.pipeline import DEFAULT_LAYERS, WITH_LEARNED_LAYERS
from suivi.record import Document, DocumentRecord
from suivi.settings import Settings, load_settings

_MEASURES = ("is_diplomatic", "engagements", "engagements_strict", "participants", "commitments", "indicators")
Predictions = dict[str, dict[str, object]]


def cross_validated_records(
    docs: list[Document],
    settings: Settings,
    k: int = 5,
    seed: int = SEED,
    shared: Path = Path("../shared/eval"),
    layers: tuple[str, ...] = DEFAULT_LAYERS,
    exclude: Iterable[str] = (),
    models: dict[int, SentenceModel] | None = None,
) -> list[DocumentRecord]:
    """Records of `docs` (minus `exclude`), each extracted with the model of the fold that held it out."""
    dropped = set(exclude)
    models = models or train_fold_models(k=k, seed=seed, shared=shared, exclude=dropped)
    records: list[DocumentRecord] = []
    for fold, model in models.items():
        held_out = [d for d in docs if fold_of(d.id, k, seed) == fold and d.id not in dropped]
        with using_sentence_model(model):
            records.extend(extract_documents(held_out, settings, layers))
    return records


def score_lines(sets: list[str], shared: Path, predictions: Predictions, exclude: set[str], tag: str) -> list[str]:
    """One line per set and language (all, fr, en): the F1 of each measure, engagement P and R."""
    lines = []
    for name in sets:
        gold = {d: g for d, g in load_gold(shared / name / "gold").items() if d not in exclude}
        for lang in ("all", "fr", "en"):
            subset = {d: g for d, g in gold.items() if lang == "all" or g.get("language") == lang}
            s = score(subset, predictions)
            e = s["engagements"]
            lines.append(
                f"{tag:8s} {name:5s} {lang:3s} "
                + " ".join(f"{m} {s[m]['f1']:.3f}" for m in _MEASURES)
                + f" engagements P {e['p']:.3f} R {e['r']:.3f}"
            )
    return lines


def predictions_path(out: Path, tag: str, compare: bool) -> Path:
    """Where the predictions of run `tag` go: `out` itself, or `P.<tag>.jsonl` for each run of `--compare`."""
    return out.with_name(f"{out.stem}.{tag}{out.suffix}") if compare else out


def write_predictions(path: Path, predictions: Predictions) -> None:
    """One record per line, as `score.py` reads them; S601 when the file cannot be written."""
    try:
        path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions.values()))
    except OSError as exc:
        raise OutputNotWritable(f"predictions not written ({exc.strerror})", source=str(path)) from exc


def read_sets(sets: list[str], shared: Path, settings: Settings) -> list[Document]:
    """The documents of every SET's texts/; S400 when a SET has no texts folder."""
    docs: list[Document] = []
    for name in sets:
        texts = shared / name / "texts"
        if not texts.is_dir():
            raise EvalError(f"no texts folder for set {name!r}; pass --shared DIR or a set under it", source=str(texts))
        docs.extend(read_documents(texts, settings)[0])
    return docs


def run(args: argparse.Namespace) -> None:
    """Train the fold models once, then extract, write and score each requested run."""
    settings = load_settings()
    exclude = read_ids(args.exclude_ids)
    docs = read_sets(args.sets, args.shared, settings)
    models = train_fold_models(k=args.k, seed=SEED, shared=args.shared, exclude=exclude)
    runs = {"rules": DEFAULT_LAYERS, "learned": WITH_LEARNED_LAYERS}
    if not args.compare:
        runs = {"learned": WITH_LEARNED_LAYERS} if args.with_learned else {"rules": DEFAULT_LAYERS}
    for tag, layers in runs.items():
        records = cross_validated_records(docs, settings, args.k, SEED, args.shared, layers, exclude, models)
        predictions: Predictions = {r.doc_id: r.model_dump(mode="json") for r in records}
        if args.out:
            write_predictions(predictions_path(args.out, tag, args.compare), predictions)
        print("\n".join(score_lines(args.sets, args.shared, predictions, exclude, tag)))


def main(argv: Sequence[str] | None = None) -> None:
    """Parse the command line and run; a coded error goes to stderr with exit status 1."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", default=["dev", "wild"])
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--shared", type=Path, default=Path("../shared/eval"))
    parser.add_argument(
        "--out", type=Path, default=None, help="predictions file (P.rules.jsonl, P.learned.jsonl with --compare)"
    )
    parser.add_argument("--with-learned", action="store_true", help="add the learned layer")
    parser.add_argument("--compare", action="store_true", help="score the rules alone and with the learned layer")
    parser.add_argument("--exclude-ids", type=Path, default=None, help="file of document ids left out entirely")
    with coded_exit():
        run(parser.parse_args(argv))


if __name__ == "__main__":
    main()
