"""Cross-validation of the sentence detector over documents, and its comparison with the rule extractor.

`python -m suivi.extract.learned.crossval --rules dev.jsonl wild.jsonl` prints per-label scores and the
rules / model / union / intersection table. The lead scores the whole extractor with `fold_of` and
`train_fold_models`: a document of fold f is only ever read by the model trained without fold f.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from suivi.errors import EvalError
from suivi.extract.learned.examples import DOCUMENT_LABEL, LabelStats, TrainingSet, label_sentences, read_ids
from suivi.extract.learned.model import SentenceModel
from suivi.extract.learned.scripts import coded_exit
from suivi.extract.learned.train import SEED, Sample, TrainConfig, fit, fold_of, probabilities, samples

__all__ = ["Scores", "cross_validate", "fold_of", "rule_decisions", "train_fold_models"]

#: The decisions the extractor takes from a sentence, compared between rules and model.
DECISIONS = (
    "engagement",
    "commitment",
    "commitment:agreed",
    "commitment:pledged",
    "commitment:proposed",
    "commitment:signed",
    "indicator",
)


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 of one decision over sentences."""

    tp: int
    fp: int
    fn: int

    @classmethod
    def of(cls, truth: np.ndarray[Any, Any], predicted: np.ndarray[Any, Any]) -> Scores:
        return cls(int((truth & predicted).sum()), int((~truth & predicted).sum()), int((truth & ~predicted).sum()))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


@dataclass
class CrossValidation:
    """Out-of-fold decisions for every sentence and article, and the thresholds each fold chose."""

    labels: list[str]
    truth: np.ndarray[Any, Any]  # (n_sentences, n_labels) bool
    decided: np.ndarray[Any, Any]  # (n_sentences, n_labels) bool, by the model that did not see the sentence
    thresholds: dict[str, list[float]]  # label -> one threshold per fold
    document_truth: np.ndarray[Any, Any]
    document_decided: np.ndarray[Any, Any]

    def scores(self, label: str) -> Scores:
        j = self.labels.index(label)
        return Scores.of(self.truth[:, j], self.decided[:, j])


def _split(items: Sequence[Sample], fold: int, k: int, seed: int) -> tuple[list[Sample], list[int]]:
    """Samples outside the fold, and the positions of those inside it."""
    inside = [i for i, s in enumerate(items) if fold_of(s.doc_id, k, seed) == fold]
    chosen = set(inside)
    return [s for i, s in enumerate(items) if i not in chosen], inside


def train_fold_models(
    k: int = 5,
    seed: int = SEED,
    examples_dir: Path = Path("training"),
    shared: Path = Path("../shared/eval"),
    config: TrainConfig | None = None,
    data: TrainingSet | None = None,
    exclude: Iterable[str] = (),
) -> dict[int, SentenceModel]:
    """For each fold f, the model trained on the documents of every other fold (see `fold_of(doc_id, k, seed)`).

    The examples are read from `examples_dir` and `shared` unless `data` is given; documents in `exclude`
    (a held-out set) are never trained on."""
    config = config or TrainConfig(seed=seed)
    data = (data or TrainingSet.load(examples_dir, shared)).without(exclude)
    sentences, documents = samples(data, config.features)
    return {f: _fold_model(sentences, documents, f, k, seed, config) for f in range(k)}


def _fold_model(
    sentences: list[Sample], documents: list[Sample], fold: int, k: int, seed: int, config: TrainConfig
) -> SentenceModel:
    train_s, _ = _split(sentences, fold, k, seed)
    train_d, _ = _split(documents, fold, k, seed)
    return fit(train_s, train_d, config)


def cross_validate(data: TrainingSet, k: int = 5, config: TrainConfig | None = None) -> CrossValidation:
    """Train on k-1 folds of documents, decide on the held-out one, for every fold."""
    config = config or TrainConfig()
    sentences, documents = samples(data, config.features)
    labels = sorted({label for s in sentences for label in s.labels})
    truth = np.array([[label in s.labels for label in labels] for s in sentences], dtype=bool)
    decided = np.zeros_like(truth)
    doc_truth = np.array([DOCUMENT_LABEL in d.labels for d in documents])
    doc_decided = np.zeros_like(doc_truth)
    thresholds: dict[str, list[float]] = {label: [] for label in [*labels, DOCUMENT_LABEL]}
    for f in range(k):
        model = _fold_model(sentences, documents, f, k, config.seed, config)
        _, held = _split(sentences, f, k, config.seed)
        _, held_docs = _split(documents, f, k, config.seed)
        probs = probabilities(model, [sentences[i] for i in held])
        for j, label in enumerate(labels):
            cut = model.thresholds.get(label, 1.0)
            thresholds[label].append(cut)
            if label in model.labels:
                decided[held, j] = probs[:, model.labels.index(label)] >= cut
        doc_probs = probabilities(model, [documents[i] for i in held_docs])[:, -1]
        doc_decided[held_docs] = doc_probs >= model.thresholds[DOCUMENT_LABEL]
        thresholds[DOCUMENT_LABEL].append(model.thresholds[DOCUMENT_LABEL])
    return CrossValidation(labels, truth, decided, thresholds, doc_truth, doc_decided)


def read_records(paths: Iterable[Path]) -> dict[str, dict[str, Any]]:
    """Document records (`suivi extract --jsonl` output) by doc_id."""
    records: dict[str, dict[str, Any]] = {}
    for path in paths:
        try:
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            records.update((row["doc_id"], row) for row in rows)
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            raise EvalError(
                f"not a readable `suivi extract --jsonl` output ({type(exc).__name__}: {exc})", source=str(path)
            ) from exc
    return records


def rule_decisions(data: TrainingSet, records: dict[str, dict[str, Any]], labels: list[str]) -> np.ndarray[Any, Any]:
    """(n_sentences, n_labels): the sentence holds the evidence (or clause) of a fact the rules extracted."""
    column = {label: j for j, label in enumerate(labels)}
    out = np.zeros((len(data.sentences), len(labels)), dtype=bool)
    by_doc: dict[str, list[int]] = {}
    for i, e in enumerate(data.sentences):
        by_doc.setdefault(e.doc_id, []).append(i)
    for doc_id, rows in by_doc.items():
        record = records.get(doc_id, {})
        spans = [(data.sentences[i].start, data.sentences[i].end) for i in rows]
        found = label_sentences(data.texts[doc_id], record, spans, LabelStats())
        for i, found_labels in zip(rows, found, strict=True):
            for label in found_labels:
                if label in column:
                    out[i, column[label]] = True
    return out


def comparison(cv: CrossValidation, rules: np.ndarray[Any, Any]) -> dict[str, dict[str, Scores]]:
    """Per decision: rules alone, model alone, either (union), both (intersection)."""
    table: dict[str, dict[str, Scores]] = {}
    for decision in DECISIONS:
        if decision not in cv.labels:
            continue
        j = cv.labels.index(decision)
        truth, model, rule = cv.truth[:, j], cv.decided[:, j], rules[:, j]
        table[decision] = {
            "rules": Scores.of(truth, rule),
            "model": Scores.of(truth, model),
            "union": Scores.of(truth, rule | model),
            "intersection": Scores.of(truth, rule & model),
        }
    return table


def _cell(s: Scores) -> str:
    return f"{s.precision:.2f} / {s.recall:.2f} / **{s.f1:.2f}**"


def format_report(cv: CrossValidation, table: dict[str, dict[str, Scores]] | None) -> str:
    """Markdown: per-label scores with the thresholds the folds chose, then the rules/model table."""
    lines = ["| label | support | P | R | F1 | threshold (min-max over folds) |", "|---|---|---|---|---|---|"]
    for label in cv.labels:
        s, cuts = cv.scores(label), cv.thresholds[label]
        lines.append(
            f"| {label} | {s.tp + s.fn} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} "
            f"| {min(cuts):.3f}-{max(cuts):.3f} |"
        )
    d = Scores.of(cv.document_truth, cv.document_decided)
    lines.append(
        f"| {DOCUMENT_LABEL} (articles) | {d.tp + d.fn} | {d.precision:.2f} | {d.recall:.2f} | {d.f1:.2f} "
        f"| {min(cv.thresholds[DOCUMENT_LABEL]):.3f}-{max(cv.thresholds[DOCUMENT_LABEL]):.3f} |"
    )
    if table:
        lines += ["", "| decision (P / R / F1) | rules | model | union | intersection |", "|---|---|---|---|---|"]
        lines += [f"| {name} | " + " | ".join(_cell(row[k]) for k in row) + " |" for name, row in table.items()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """Print the 5-fold cross-validation over documents of dev + wild, and the comparison with the rules."""
    parser = argparse.ArgumentParser(prog="python -m suivi.extract.learned.crossval", description=main.__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--examples", type=Path, default=Path("training"))
    parser.add_argument("--rules", type=Path, nargs="*", default=[], help="`suivi extract --jsonl` outputs")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--exclude-ids", type=Path, default=None, help="file of document ids left out entirely")
    args = parser.parse_args(argv)
    with coded_exit():
        exclude = read_ids(args.exclude_ids)
        data = TrainingSet.load(args.examples, args.shared).without(exclude)
        cv = cross_validate(data, args.folds, TrainConfig(seed=args.seed))
        table = comparison(cv, rule_decisions(data, read_records(args.rules), cv.labels)) if args.rules else None
        print(format_report(cv, table))


if __name__ == "__main__":
    main()
