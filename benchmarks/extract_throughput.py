"""Throughput of suivi's full extraction vs bare spaCy `nlp.pipe` of the same model, side by side in one run.

    python benchmarks/extract_throughput.py [--docs 2000] [--lang fr]

The corpus is the bundled demo corpus (one language) repeated to --docs documents. Prints docs/s of both and
the ratio suivi / spaCy (goal >= 0.8).
"""

from __future__ import annotations

import argparse
import time

import spacy

from suivi.demo import corpus_dir
from suivi.extract import extract_documents
from suivi.ingest import read_paths
from suivi.record import Document
from suivi.settings import load_settings


def corpus(lang: str, n: int) -> list[Document]:
    settings = load_settings()
    docs = [d for d in read_paths([corpus_dir()], settings) if isinstance(d, Document) and d.language == lang]
    if not docs:
        raise SystemExit(f"no {lang} documents in the demo corpus")
    return [docs[i % len(docs)].model_copy(update={"id": f"{docs[i % len(docs)].id}-{i}"}) for i in range(n)]


def bare_spacy(model: str, docs: list[Document]) -> float:
    nlp = spacy.load(model)
    start = time.perf_counter()
    for _ in nlp.pipe((d.text for d in docs), batch_size=64):
        pass
    return len(docs) / (time.perf_counter() - start)


def suivi_full(docs: list[Document]) -> float:
    settings = load_settings()
    list(extract_documents(docs[:10], settings))  # load the model outside the timing, as spacy.load is
    start = time.perf_counter()
    n = sum(1 for _ in extract_documents(docs, settings))
    return n / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--lang", default="fr")
    args = parser.parse_args()
    settings = load_settings()
    model = settings.fr_model if args.lang == "fr" else settings.en_model
    docs = corpus(args.lang, args.docs)
    words = sum(len(d.text.split()) for d in docs) / len(docs)
    print(f"{len(docs)} {args.lang} documents, {words:.0f} words each on average, model {model}")
    spacy_rate = bare_spacy(model, docs)
    print(f"bare spaCy nlp.pipe : {spacy_rate:7.1f} docs/s")
    suivi_rate = suivi_full(docs)
    print(f"suivi extraction    : {suivi_rate:7.1f} docs/s")
    print(f"ratio suivi/spaCy   : {suivi_rate / spacy_rate:.2f}  (goal >= 0.8)")


if __name__ == "__main__":
    main()
