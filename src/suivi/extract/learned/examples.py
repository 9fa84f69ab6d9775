"""Training examples for the learned sentence detector: gold facts located in sentences, kept as offsets only.

The texts stay in ../shared/eval: an example is (doc_id, set, start, end, labels), with offsets into the
text file as Python reads it, and `TrainingSet.load` rebuilds the sentence text from there.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from suivi.errors import TrainingDataError
from suivi.extract.pipeline import load_light
from suivi.folding import strip_accents

SETS = ("dev", "wild")
SENTENCES_FILE = "sentences.jsonl"
DOCUMENTS_FILE = "documents.jsonl"
#: Document-level label, decided by `SentenceModel.predict_document`.
DOCUMENT_LABEL = "is_diplomatic"
#: A fuzzy match of a gold evidence below this rapidfuzz score is not taken as located.
FUZZY_CUTOFF = 85.0

# ` date 2021-10` (or `unknown`) on the first line: a marker, not article text (ingest/plaintext.py).
_MARKER = re.compile(r"[ \t]*date[ \t]+(?:unknown|[\d\-/.]+)(?:[ \t]+|(?=\n)|$)", re.IGNORECASE)
_LINE = re.compile(r"[^\n]+")
# Typographic variants that copy-pasted evidence and article text write differently.
_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-"})


@dataclass(frozen=True)
class Example:
    """One sentence of one article, by character offsets, with the facts the gold says it states."""

    doc_id: str
    set: str
    start: int
    end: int
    labels: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "set": self.set, "start": self.start, "end": self.end, "labels": self.labels}


@dataclass(frozen=True)
class DocumentExample:
    """One article: its language and whether the gold calls it diplomatic."""

    doc_id: str
    set: str
    language: str
    is_diplomatic: bool

    def to_json(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "set": self.set, "language": self.language, "is_diplomatic": self.is_diplomatic}


@dataclass
class LabelStats:
    """How many gold facts were found in a sentence, and which were not."""

    located: int = 0
    missed: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, fact kind)


def article_start(text: str) -> int:
    """Offset where the article begins: after the ` date ...` marker when the first line has one."""
    lead = len(text) - len(text.lstrip())
    match = _MARKER.match(text, lead)
    return match.end() if match else lead


def sentence_spans(texts: list[str], lang: str) -> list[list[tuple[int, int]]]:
    """Sentences of each text as (start, end): one spaCy doc per non-empty line, as the pipeline splits them."""
    nlp = load_light(lang)
    lines = [(i, m.start(), m.group(0)) for i, t in enumerate(texts) for m in _LINE.finditer(t, article_start(t))]
    spans: list[list[tuple[int, int]]] = [[] for _ in texts]
    for (i, offset, _), doc in zip(lines, nlp.pipe(line for _, _, line in lines), strict=True):
        for sent in doc.sents:
            text = sent.text
            if not text.strip():
                continue
            start = offset + sent.start_char + len(text) - len(text.lstrip())
            spans[i].append((start, offset + sent.start_char + len(text.rstrip())))
    return spans


def _normalised(text: str) -> tuple[str, list[int]]:
    """Case- and accent-folded text with single spaces, and for each of its characters the source offset."""
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text.translate(_FOLD)):
        folded = strip_accents(ch).casefold()
        if ch.isspace():
            if chars and chars[-1] == " ":
                continue
            folded = " "
        for piece in folded:
            chars.append(piece)
            where.append(i)
    return "".join(chars), where


def locate(needle: str, text: str) -> tuple[int, int] | None:
    """Span of `needle` in `text`: exact, else after folding case, accents, quotes and spaces, else fuzzy."""
    needle = needle.strip()
    if not needle:
        return None
    found = text.find(needle)
    if found >= 0:
        return found, found + len(needle)
    folded_needle, _ = _normalised(needle)
    folded_text, where = _normalised(text)
    found = folded_text.find(folded_needle)
    if found >= 0:
        return where[found], where[found + len(folded_needle) - 1] + 1
    alignment = fuzz.partial_ratio_alignment(folded_needle, folded_text, score_cutoff=FUZZY_CUTOFF)
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return None
    return where[alignment.dest_start], where[alignment.dest_end - 1] + 1


def fact_labels(gold: dict[str, Any]) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(fact kind, its text in the article, the sentence labels it gives) for each gold fact."""
    for e in gold.get("engagements", []):
        planned = ("planned",) if e.get("status") == "planned" else ()
        yield "engagement", e.get("evidence") or "", ("engagement", f"engagement:{e['kind']}", *planned)
    for c in gold.get("commitments", []):
        areas = tuple(f"area:{a}" for a in c.get("areas", []))
        yield "commitment", c.get("text") or "", ("commitment", f"commitment:{c['kind']}", *areas)
    for i in gold.get("indicators", []):
        yield "indicator", i.get("evidence") or "", ("indicator", f"indicator:{i['metric']}")


def _covers(span: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The fact is stated in the sentence: they overlap by half the shorter of the two."""
    overlap = min(span[1], sentence[1]) - max(span[0], sentence[0])
    return overlap > 0 and overlap * 2 >= min(span[1] - span[0], sentence[1] - sentence[0])


def label_sentences(
    text: str, gold: dict[str, Any], spans: list[tuple[int, int]], stats: LabelStats
) -> list[tuple[str, ...]]:
    """The sorted labels of each sentence span, from the gold facts located in the text."""
    labels: list[set[str]] = [set() for _ in spans]
    for kind, needle, fact in fact_labels(gold):
        where = locate(needle, text)
        hits = [i for i, s in enumerate(spans) if where is not None and _covers(where, s)]
        if not hits:
            stats.missed.append((str(gold.get("doc_id")), kind))
            continue
        stats.located += 1
        for i in hits:
            labels[i].update(fact)
    return [tuple(sorted(s)) for s in labels]


def read_text(shared: Path, set_name: str, doc_id: str) -> str:
    """An article's text as the examples' offsets count it (UTF-8, newlines as Python reads them)."""
    path = shared / set_name / "texts" / f"{doc_id}.txt"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TrainingDataError(
            f"the article text is not readable ({exc.strerror}); point --shared at ../shared/eval",
            source=str(path),
        ) from exc


def _gold_files(shared: Path, sets: Iterable[str]) -> list[tuple[str, Path]]:
    files = [(s, p) for s in sets for p in sorted((shared / s / "gold").glob("*.json"))]
    if not files:
        raise TrainingDataError(
            f"no gold records under {shared}/{{{','.join(sets)}}}/gold; point --shared at ../shared/eval",
            source=str(shared),
        )
    return files


def build_examples(shared: Path, sets: Iterable[str] = SETS) -> tuple[list[Example], list[DocumentExample], LabelStats]:
    """Every sentence of every gold-annotated article in `sets`, labelled; documents in id order."""
    stats = LabelStats()
    golds = [(s, json.loads(p.read_text(encoding="utf-8"))) for s, p in _gold_files(shared, sets)]
    documents = [DocumentExample(g["doc_id"], s, g["language"], bool(g["is_diplomatic"])) for s, g in golds]
    texts = {d.doc_id: read_text(shared, d.set, d.doc_id) for d in documents}
    spans: dict[str, list[tuple[int, int]]] = {}
    for lang in sorted({d.language for d in documents}):
        ids = [d.doc_id for d in documents if d.language == lang]
        spans.update(zip(ids, sentence_spans([texts[i] for i in ids], lang), strict=True))
    examples: list[Example] = []
    for (set_name, gold), doc in zip(golds, documents, strict=True):
        doc_spans = spans[doc.doc_id]
        labels = label_sentences(texts[doc.doc_id], gold, doc_spans, stats)
        examples.extend(Example(doc.doc_id, set_name, a, b, ls) for (a, b), ls in zip(doc_spans, labels, strict=True))
    return examples, documents, stats


def write_examples(directory: Path, examples: list[Example], documents: list[DocumentExample]) -> None:
    """training/sentences.jsonl and training/documents.jsonl: ids, offsets and labels, never text."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, rows in ((SENTENCES_FILE, examples), (DOCUMENTS_FILE, documents)):
        lines = (json.dumps(r.to_json(), ensure_ascii=False, sort_keys=True) for r in rows)
        (directory / name).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def read_ids(path: Path | None) -> set[str]:
    """Document ids listed in a file (whitespace-separated; `#` starts a comment); none without a file."""
    if path is None:
        return set()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TrainingDataError(f"the id list is not readable ({exc.strerror})", source=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise TrainingDataError(
            f"the id list is not UTF-8 text ({exc.reason} at byte {exc.start}); give a file of document ids",
            source=str(path),
        ) from exc
    return {word for line in text.splitlines() for word in line.split("#", 1)[0].split()}


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except OSError as exc:
        raise TrainingDataError(
            f"training examples not readable ({exc.strerror}); run `make train` to rebuild them", source=str(path)
        ) from exc
    except json.JSONDecodeError as exc:
        raise TrainingDataError(f"training examples are not JSONL ({exc}); run `make train`", source=str(path)) from exc


def read_examples(directory: Path) -> tuple[list[Example], list[DocumentExample]]:
    """The examples written by `write_examples`."""
    sentences = [
        Example(r["doc_id"], r["set"], r["start"], r["end"], tuple(r["labels"]))
        for r in _read_jsonl(directory / SENTENCES_FILE)
    ]
    documents = [
        DocumentExample(r["doc_id"], r["set"], r["language"], r["is_diplomatic"])
        for r in _read_jsonl(directory / DOCUMENTS_FILE)
    ]
    return sentences, documents


@dataclass
class TrainingSet:
    """Examples with their texts rebuilt from ../shared/eval: what the trainer and the cross-validation read."""

    sentences: list[Example]
    documents: list[DocumentExample]
    texts: dict[str, str]  # doc_id -> article text

    @classmethod
    def load(cls, examples_dir: Path, shared: Path) -> TrainingSet:
        sentences, documents = read_examples(examples_dir)
        texts = {d.doc_id: read_text(shared, d.set, d.doc_id) for d in documents}
        return cls(sentences, documents, texts)

    def without(self, doc_ids: Iterable[str]) -> TrainingSet:
        """The same set minus the articles `doc_ids` (a held-out set nobody trains or cross-validates on)."""
        dropped = set(doc_ids)
        return TrainingSet(
            [e for e in self.sentences if e.doc_id not in dropped],
            [d for d in self.documents if d.doc_id not in dropped],
            {k: v for k, v in self.texts.items() if k not in dropped},
        )

    def sentence_text(self, example: Example) -> str:
        return self.texts[example.doc_id][example.start : example.end]

    def language(self) -> dict[str, str]:
        return {d.doc_id: d.language for d in self.documents}

    def article(self, doc_id: str) -> str:
        text = self.texts[doc_id]
        return text[article_start(text) :]
