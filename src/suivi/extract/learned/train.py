"""Training the sentence detector: `python -m suivi.extract.learned.train` rebuilds the shipped model.

Deterministic: the vocabulary is sorted, folds come from a hash of the document id, liblinear gets a
fixed seed, and the files are written without timestamps, so the same seed gives the same file hash.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from suivi.extract.learned.examples import DOCUMENT_LABEL, TrainingSet, build_examples, read_ids, write_examples
from suivi.extract.learned.model import FeatureConfig, FloatArray, Row, SentenceModel, features, packaged_model_dir
from suivi.extract.learned.model import model_hash as files_hash
from suivi.extract.learned.scripts import coded_exit

SEED = 13
#: A label needs this many positive sentences in the training data to get a classifier; rarer ones never fire.
MIN_POSITIVES = 3
_NEVER = -12.0  # bias of a label without a classifier: probability ~6e-6
_GRID = np.round(np.arange(0.05, 0.951, 0.025), 3)


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides the trained model, besides the data."""

    seed: int = SEED
    features: FeatureConfig = field(default_factory=FeatureConfig)
    min_df: int = 2
    max_features: int = 40_000
    c: float = 8.0
    inner_folds: int = 3


@dataclass
class Sample:
    """One training text (a sentence, or an article for the document label) as n-gram counts."""

    doc_id: str
    counts: Counter[str]
    labels: frozenset[str]


def fold_of(doc_id: str, k: int = 5, seed: int = SEED) -> int:
    """The cross-validation fold of a document: a hash of its id, so that every sentence of it goes together."""
    digest = hashlib.sha256(f"{seed}:{doc_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % k


def samples(data: TrainingSet, config: FeatureConfig) -> tuple[list[Sample], list[Sample]]:
    """Sentence samples and article samples of a training set."""
    lang = data.language()
    sentences = [
        Sample(e.doc_id, features(data.sentence_text(e), lang[e.doc_id], config), frozenset(e.labels))
        for e in data.sentences
    ]
    documents = [
        Sample(
            d.doc_id,
            features(data.article(d.doc_id), d.language, config),
            frozenset({DOCUMENT_LABEL} if d.is_diplomatic else ()),
        )
        for d in data.documents
    ]
    return sentences, documents


def label_names(sentences: Sequence[Sample]) -> list[str]:
    return sorted({label for s in sentences for label in s.labels})


def build_vocabulary(sentences: Sequence[Sample], config: TrainConfig) -> tuple[dict[str, int], FloatArray]:
    """Features seen in `min_df` sentences (the `max_features` most frequent), sorted; and their smooth idf."""
    df: Counter[str] = Counter()
    for s in sentences:
        df.update(s.counts.keys())
    kept = sorted((f for f, n in df.items() if n >= config.min_df), key=lambda f: (-df[f], f))[: config.max_features]
    kept.sort()
    idf = np.log((1 + len(sentences)) / (1 + np.array([df[f] for f in kept], dtype=np.float64))) + 1.0
    return {f: i for i, f in enumerate(kept)}, idf.astype(np.float32)


def _matrix(rows: Sequence[Row], n_features: int) -> Any:
    from scipy.sparse import csr_matrix

    indptr = np.cumsum([0, *(len(index) for index, _ in rows)])
    index = np.concatenate([i for i, _ in rows]) if rows else np.array([], dtype=np.intp)
    values = np.concatenate([v for _, v in rows]) if rows else np.array([], dtype=np.float32)
    return csr_matrix((values.astype(np.float64), index, indptr), shape=(len(rows), n_features))


def _fit_column(x: Any, y: np.ndarray[Any, Any], config: TrainConfig) -> tuple[FloatArray, float]:
    """Weights and bias of one label's logistic regression (balanced classes); a never-firing one if too rare."""
    from sklearn.linear_model import LogisticRegression

    if y.sum() < MIN_POSITIVES or y.sum() == len(y):
        return np.zeros(x.shape[1], dtype=np.float32), _NEVER
    # The dual problem is the small one here (far more features than sentences): ~10x faster than the primal.
    clf = LogisticRegression(
        C=config.c, class_weight="balanced", solver="liblinear", dual=True, max_iter=1000, random_state=config.seed
    )
    clf.fit(x, y)
    return clf.coef_[0].astype(np.float32), float(clf.intercept_[0])


def fit_weights(
    sentences: Sequence[Sample], documents: Sequence[Sample], labels: list[str], config: TrainConfig
) -> SentenceModel:
    """A model with every label fitted on these samples; thresholds all 0.5 (see `fit`)."""
    vocabulary, idf = build_vocabulary(sentences, config)
    x = _matrix([tfidf_of(s, vocabulary, idf) for s in sentences], len(vocabulary))
    x_doc = _matrix([tfidf_of(d, vocabulary, idf) for d in documents], len(vocabulary))
    columns = [_fit_column(x, np.array([label in s.labels for s in sentences]), config) for label in labels]
    columns.append(_fit_column(x_doc, np.array([DOCUMENT_LABEL in d.labels for d in documents]), config))
    return SentenceModel(
        config=config.features,
        vocabulary=vocabulary,
        idf=idf,
        labels=list(labels),
        weights=np.stack([w for w, _ in columns], axis=1),
        bias=np.array([b for _, b in columns], dtype=np.float32),
        thresholds={label: 0.5 for label in [*labels, DOCUMENT_LABEL]},
        document_label=DOCUMENT_LABEL,
    )


def tfidf_of(sample: Sample, vocabulary: dict[str, int], idf: FloatArray) -> Row:
    from suivi.extract.learned.model import tfidf_row

    return tfidf_row(sample.counts, vocabulary, idf)


def probabilities(model: SentenceModel, items: Sequence[Sample]) -> FloatArray:
    """Probabilities of every column (labels, then the document label) for precomputed samples."""
    from suivi.extract.learned.model import sigmoid

    x = _matrix([tfidf_of(s, model.vocabulary, model.idf) for s in items], len(model.vocabulary))
    return sigmoid(np.asarray(x @ model.weights, dtype=np.float32) + model.bias)


def best_threshold(truth: np.ndarray[Any, Any], probs: FloatArray) -> float:
    """The grid threshold with the best F1 (ties: the lowest); 0.5 when there is nothing to learn from."""
    if not truth.any():
        return 0.5
    best, chosen = -1.0, 0.5
    for t in _GRID:
        predicted = probs >= t
        tp = float((predicted & truth).sum())
        f1 = 2 * tp / (predicted.sum() + truth.sum()) if tp else 0.0
        if f1 > best:
            best, chosen = f1, float(t)
    return chosen


def fit(sentences: Sequence[Sample], documents: Sequence[Sample], config: TrainConfig) -> SentenceModel:
    """The model on all these samples, each threshold chosen by an inner cross-validation over their documents."""
    labels = label_names(sentences)
    model = fit_weights(sentences, documents, labels, config)
    columns = [*labels, DOCUMENT_LABEL]
    oof_s = np.zeros((len(sentences), len(columns)), dtype=np.float32)
    oof_d = np.zeros((len(documents), len(columns)), dtype=np.float32)
    fold_s = np.array([fold_of(s.doc_id, config.inner_folds, config.seed + 1) for s in sentences])
    fold_d = np.array([fold_of(d.doc_id, config.inner_folds, config.seed + 1) for d in documents])
    for f in range(config.inner_folds):
        inner = fit_weights(
            [s for s, g in zip(sentences, fold_s, strict=True) if g != f],
            [d for d, g in zip(documents, fold_d, strict=True) if g != f],
            labels,
            config,
        )
        oof_s[fold_s == f] = probabilities(inner, [s for s, g in zip(sentences, fold_s, strict=True) if g == f])
        oof_d[fold_d == f] = probabilities(inner, [d for d, g in zip(documents, fold_d, strict=True) if g == f])
    for j, label in enumerate(labels):
        model.thresholds[label] = best_threshold(np.array([label in s.labels for s in sentences]), oof_s[:, j])
    doc_truth = np.array([DOCUMENT_LABEL in d.labels for d in documents])
    model.thresholds[DOCUMENT_LABEL] = best_threshold(doc_truth, oof_d[:, -1])
    return model


def train(data: TrainingSet, config: TrainConfig | None = None) -> SentenceModel:
    """The sentence model trained on every example of `data`."""
    config = config or TrainConfig()
    sentences, documents = samples(data, config.features)
    return fit(sentences, documents, config)


def main(argv: Sequence[str] | None = None) -> None:
    """Rebuild training/*.jsonl from ../shared/eval, train with a fixed seed, save into the package."""
    parser = argparse.ArgumentParser(prog="python -m suivi.extract.learned.train", description=main.__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared/eval"), help="eval data (dev/, wild/)")
    parser.add_argument("--examples", type=Path, default=Path("training"), help="where the examples are written")
    parser.add_argument("--out", type=Path, default=packaged_model_dir(), help="model directory to write")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--exclude-ids", type=Path, default=None, help="file of document ids left out of training (a held-out set)"
    )
    args = parser.parse_args(argv)
    with coded_exit():
        _train(args.shared, args.examples, args.out, args.seed, read_ids(args.exclude_ids))


def _train(shared: Path, examples_dir: Path, out: Path, seed: int, exclude: set[str]) -> None:
    """The work of `main`: examples written, model trained without `exclude`, saved, hash printed."""
    examples, documents, stats = build_examples(shared)
    write_examples(examples_dir, examples, documents)
    print(
        f"{len(examples)} sentences of {len(documents)} articles; {stats.located} gold facts located, "
        f"{len(stats.missed)} not: {stats.missed}"
    )
    data = TrainingSet.load(examples_dir, shared).without(exclude)
    print(f"training on {len(data.documents)} articles")
    model = train(data, TrainConfig(seed=seed))
    model.save(out)
    size = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    print(f"model: {len(model.labels)} labels, {len(model.vocabulary)} features, {size / 1e6:.2f} MB in {out}")
    print(f"sha256 {files_hash(out)}")


if __name__ == "__main__":
    main()
