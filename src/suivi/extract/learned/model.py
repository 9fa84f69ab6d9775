"""The learned sentence detector: TF-IDF word and character n-grams, one logistic regression per label.

The model is plain data (vocabulary, idf, weights, thresholds) rebuilt at load time with numpy only, so
it loads offline under any scikit-learn version, or none: scikit-learn is needed to train, not to predict.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from suivi.errors import SentenceModelError
from suivi.folding import strip_accents
from suivi.settings import Settings

FloatArray = npt.NDArray[np.float32]

MODEL_FILE = "model.json"
WEIGHTS_FILE = "weights.npy.gz"
FILES = (MODEL_FILE, WEIGHTS_FILE)
FORMAT = 1

_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class FeatureConfig:
    """Which n-grams describe a text; saved with the model so that prediction reads text as training did."""

    word_ngrams: int = 2
    char_min: int = 3
    char_max: int = 5

    def to_json(self) -> dict[str, int]:
        return {"word_ngrams": self.word_ngrams, "char_min": self.char_min, "char_max": self.char_max}


@lru_cache(maxsize=200_000)
def _char_grams(token: str, low: int, high: int) -> tuple[str, ...]:
    """Character n-grams of one word padded with spaces (scikit-learn's `char_wb`)."""
    padded = f" {token} "
    return tuple(f"c{padded[i : i + n]}" for n in range(low, high + 1) for i in range(len(padded) - n + 1))


class _FoldTable(dict[int, str]):
    """`str.translate` table filled on first sight of each character (folding whole texts char by char is slow)."""

    def __missing__(self, code: int) -> str:
        ch = "'" if code == ord("’") else chr(code)
        folded = _DIGIT.sub("0", strip_accents(ch).casefold())
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Case, accents, apostrophes and digits folded: "22e" and "9e" read alike, and so do "Hanoï" and "Hanoi"."""
    return text.translate(_FOLD)


def features(text: str, lang: str, config: FeatureConfig) -> Counter[str]:
    """The n-gram counts of one text, plus its language as a feature."""
    tokens = _WORD.findall(fold(text))
    counts: Counter[str] = Counter(f"w{t}" for t in tokens)
    for n in range(2, config.word_ngrams + 1):
        counts.update("w" + " ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    for token in tokens:
        counts.update(_char_grams(token, config.char_min, config.char_max))
    counts[f"lang:{lang}"] += 1
    return counts


Row = tuple[npt.NDArray[np.intp], FloatArray]


def tfidf_row(counts: Counter[str], vocabulary: dict[str, int], idf: FloatArray) -> Row:
    """(feature indices, l2-normalised sublinear tf-idf values) of one text's n-gram counts."""
    known = [(vocabulary[f], c) for f, c in counts.items() if f in vocabulary]
    index = np.fromiter((i for i, _ in known), dtype=np.intp, count=len(known))
    tf = np.fromiter((1.0 + math.log(c) for _, c in known), dtype=np.float32, count=len(known))
    values = tf * idf[index]
    norm = float(np.linalg.norm(values))
    return index, values / norm if norm else values


def sigmoid(x: FloatArray) -> FloatArray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(x, -30.0, 30.0))), dtype=np.float32)


@dataclass
class SentenceModel:
    """Label probabilities for sentences, and an is_diplomatic probability for whole articles."""

    config: FeatureConfig
    vocabulary: dict[str, int]
    idf: FloatArray  # (n_features,)
    labels: list[str]
    weights: FloatArray  # (n_features, n_labels + 1): the last column is the document classifier
    bias: FloatArray  # (n_labels + 1,)
    thresholds: dict[str, float]  # per label, and for the document label
    document_label: str = "is_diplomatic"
    # Known feature ids of each word seen (its unigram and character n-grams): words repeat, n-grams need not.
    _word_ids: dict[str, npt.NDArray[np.intp]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def vectorise(self, texts: list[str], langs: list[str]) -> list[Row]:
        """Each text as (feature indices, l2-normalised sublinear tf-idf values), the same as
        `tfidf_row(features(text, lang, config), ...)` but from integer ids cached per word."""
        return [self._row(text, lang) for text, lang in zip(texts, langs, strict=True)]

    def _ids_of_word(self, token: str) -> npt.NDArray[np.intp]:
        ids = self._word_ids.get(token)
        if ids is None:
            grams = (f"w{token}", *_char_grams(token, self.config.char_min, self.config.char_max))
            ids = np.array([self.vocabulary[g] for g in grams if g in self.vocabulary], dtype=np.intp)
            self._word_ids[token] = ids
        return ids

    def _row(self, text: str, lang: str) -> Row:
        tokens = _WORD.findall(fold(text))
        known = self.vocabulary
        ngrams = [
            known.get("w" + " ".join(tokens[i : i + n]), -1)
            for n in range(2, self.config.word_ngrams + 1)
            for i in range(len(tokens) - n + 1)
        ]
        ngrams.append(known.get(f"lang:{lang}", -1))
        ids = np.concatenate([*map(self._ids_of_word, tokens), np.array(ngrams, dtype=np.intp)])
        index, counts = np.unique(ids[ids >= 0], return_counts=True)
        values = ((1.0 + np.log(counts)) * self.idf[index]).astype(np.float32)
        norm = float(np.linalg.norm(values))
        return index, values / norm if norm else values

    def _scores(self, texts: list[str], langs: list[str]) -> FloatArray:
        rows = self.vectorise(texts, langs)
        out = np.empty((len(rows), self.weights.shape[1]), dtype=np.float32)
        for r, (index, values) in enumerate(rows):
            out[r] = values @ self.weights[index] + self.bias
        return sigmoid(out)

    def predict(self, texts: list[str], lang: str) -> list[dict[str, float]]:
        """For each sentence, label -> probability."""
        if not texts:
            return []
        scores = self._scores(texts, [lang] * len(texts))[:, : len(self.labels)]
        return [dict(zip(self.labels, map(float, row), strict=True)) for row in scores]

    def decide(self, texts: list[str], lang: str) -> list[set[str]]:
        """For each sentence, the labels whose probability reaches the label's threshold."""
        return [{k for k, p in probs.items() if p >= self.thresholds[k]} for probs in self.predict(texts, lang)]

    def predict_document(self, text: str, lang: str) -> float:
        """Probability that the article reports an engagement between states (SCHEMA's is_diplomatic)."""
        return float(self._scores([text], [lang])[0, -1])

    def is_diplomatic(self, text: str, lang: str) -> bool:
        return self.predict_document(text, lang) >= self.thresholds[self.document_label]

    def save(self, directory: Path) -> None:
        """model.json and weights.npy.gz; the same model always gives the same bytes (gzip without a date)."""
        directory.mkdir(parents=True, exist_ok=True)
        vocabulary = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        meta = {
            "format": FORMAT,
            "features": self.config.to_json(),
            "labels": self.labels,
            "document_label": self.document_label,
            "thresholds": {k: round(v, 4) for k, v in sorted(self.thresholds.items())},
            "bias": [round(float(b), 6) for b in self.bias],
            "vocabulary": vocabulary,
        }
        (directory / MODEL_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        arrays = np.vstack([self.idf[None, :], self.weights.T]).astype(np.float16)
        buffer = io.BytesIO()
        np.save(buffer, arrays, allow_pickle=False)
        with (directory / WEIGHTS_FILE).open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
            gz.write(buffer.getvalue())

    @classmethod
    def load(cls, directory: Path) -> SentenceModel:
        """The model saved in `directory`; S304 when a file is missing, unreadable or inconsistent."""
        try:
            meta = json.loads((directory / MODEL_FILE).read_text(encoding="utf-8"))
            with gzip.open(directory / WEIGHTS_FILE, "rb") as gz:
                arrays = np.load(io.BytesIO(gz.read()), allow_pickle=False).astype(np.float32)
        except (OSError, ValueError, EOFError) as exc:
            raise SentenceModelError(
                f"the sentence model cannot be read ({exc}); run `make train` or check the sentence_model setting",
                source=str(directory),
            ) from exc
        return cls._from_parts(meta, arrays, directory)

    @classmethod
    def _from_parts(cls, meta: dict[str, Any], arrays: FloatArray, directory: Path) -> SentenceModel:
        vocabulary = {f: i for i, f in enumerate(meta.get("vocabulary", []))}
        labels = list(meta.get("labels", []))
        expected = (len(labels) + 2, len(vocabulary))
        if meta.get("format") != FORMAT or arrays.shape != expected or len(meta.get("bias", [])) != len(labels) + 1:
            raise SentenceModelError(
                f"the sentence model's files disagree (format {meta.get('format')}, weights {arrays.shape}, "
                f"expected {expected}); rebuild it with `make train`",
                source=str(directory),
            )
        return cls(
            config=FeatureConfig(**meta["features"]),
            vocabulary=vocabulary,
            idf=np.ascontiguousarray(arrays[0]),
            labels=labels,
            weights=np.ascontiguousarray(arrays[1:].T),
            bias=np.asarray(meta["bias"], dtype=np.float32),
            thresholds={k: float(v) for k, v in meta["thresholds"].items()},
            document_label=meta["document_label"],
        )


def packaged_model_dir() -> Path:
    """The model shipped in the package (suivi/extract/learned/model/)."""
    return Path(str(resources.files("suivi.extract.learned") / "model"))


def model_hash(path: Path | None = None) -> str:
    """sha256 over the model's files (name and bytes): part of the extractor version."""
    directory = path or packaged_model_dir()
    digest = hashlib.sha256()
    for name in FILES:
        try:
            data = (directory / name).read_bytes()
        except OSError as exc:
            raise SentenceModelError(
                f"sentence model file {name} is not readable ({exc.strerror}); run `make train`",
                source=str(directory),
            ) from exc
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def load_sentence_model(path: Path | None = None) -> SentenceModel:
    """The sentence model in `path` (a directory written by `SentenceModel.save`), else the packaged one; cached."""
    return _load_cached((path or packaged_model_dir()).resolve())


@cache
def _load_cached(directory: Path) -> SentenceModel:
    return SentenceModel.load(directory)


# A model set for the current context (cross-validation swaps in the model trained without a fold).
_CURRENT: ContextVar[SentenceModel | None] = ContextVar("suivi_sentence_model", default=None)


@contextmanager
def using_sentence_model(model: SentenceModel) -> Iterator[SentenceModel]:
    """Within this block `sentence_model_for` returns `model`, whatever the settings say."""
    token = _CURRENT.set(model)
    try:
        yield model
    finally:
        _CURRENT.reset(token)


def sentence_model_for(settings: Settings | None = None) -> SentenceModel:
    """The model in use: the one set by `using_sentence_model`, else `settings.sentence_model`, else the package's."""
    current = _CURRENT.get()
    if current is not None:
        return current
    return load_sentence_model(settings.sentence_model if settings else None)
