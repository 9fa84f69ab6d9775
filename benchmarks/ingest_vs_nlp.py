"""Full `suivi ingest` against bare spaCy `nlp.pipe` of the same models, side by side in one run (`make bench`).

    python benchmarks/ingest_vs_nlp.py [--texts ../shared/eval/wild/texts] [--rounds 3] [--layers rules]

suivi: `corpus.ingest` of the folder (read, extract with the learned layer by default, link, store) into a
fresh temporary SQLite store each round. spaCy: `nlp.pipe` of the same documents' texts through the shipped
pipelines `spacy.load(model)` of the models suivi uses (every component they ship), one language at a time.
Models are loaded before the clocks start on both sides; the rounds alternate the two and the best of each
is kept, so other load on the machine weighs on both alike. Prints documents per second of both and the
ratio suivi / spaCy (goal >= 1.0). A benchmark, not a test: nothing fails when the ratio is low.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import spacy

from suivi import corpus
from suivi.extract.learned import load_sentence_model
from suivi.extract.pipeline import DEFAULT_LAYERS, WITH_LEARNED_LAYERS, load_light, load_nlp, model_for
from suivi.ingest import read_paths
from suivi.record import Document
from suivi.settings import Settings, load_settings
from suivi.store import Store

DEFAULT_TEXTS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "wild" / "texts"
LAYERS = {"learned": WITH_LEARNED_LAYERS, "rules": DEFAULT_LAYERS}


def documents(texts: Path, settings: Settings) -> list[Document]:
    docs = [d for d in read_paths([texts], settings) if isinstance(d, Document)]
    if not docs:
        raise SystemExit(f"no documents under {texts}: give --texts a folder of articles")
    return docs


def by_language(docs: list[Document], settings: Settings) -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {}
    for doc in docs:
        texts.setdefault(doc.language or settings.default_language, []).append(doc.text)
    return texts


def bare_nlp(pipelines: dict[str, Any], texts: dict[str, list[str]], batch_size: int) -> tuple[float, float]:
    """Wall and CPU seconds `nlp.pipe` of the shipped pipelines takes over every text."""
    start, cpu = time.perf_counter(), time.process_time()
    for lang, nlp in pipelines.items():
        for _ in nlp.pipe(texts[lang], batch_size=batch_size):
            pass
    return time.perf_counter() - start, time.process_time() - cpu


def full_ingest(texts: Path, settings: Settings, layers: tuple[str, ...]) -> tuple[float, float, corpus.IngestReport]:
    """Wall and CPU seconds `suivi ingest` takes over the folder, into a new SQLite store."""
    with tempfile.TemporaryDirectory(prefix="suivi-bench-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        start, cpu = time.perf_counter(), time.process_time()
        with Store.open(url) as store:
            report = corpus.ingest([texts], store, settings, layers=layers)
        return time.perf_counter() - start, time.process_time() - cpu, report


def warm_up(models: dict[str, str], settings: Settings, texts: Path, layers: tuple[str, ...]) -> dict[str, Any]:
    """Load every model both sides use and warm suivi's caches (lexicons, gazetteer) once, outside the clock, as
    spaCy's first batch warms its own; the bare pipelines are returned."""
    pipelines = {lang: spacy.load(model) for lang, model in models.items()}
    for lang, model in models.items():
        load_nlp(model)
        load_light(lang)
    if "suivi.learned.v1" in layers:
        load_sentence_model(settings.sentence_model)
    full_ingest(texts, settings, layers)
    return pipelines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="folder of articles (default: wild texts)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds; the best of each side is kept")
    parser.add_argument("--layers", choices=sorted(LAYERS), default="learned", help="suivi's extraction layers")
    args = parser.parse_args()
    if not args.texts.is_dir():
        raise SystemExit(f"{args.texts} is not a folder: give --texts the wild texts (../shared/eval/wild/texts)")
    settings = load_settings()
    layers = LAYERS[args.layers]
    docs = documents(args.texts, settings)
    texts = by_language(docs, settings)
    models = {lang: model_for(lang, settings) for lang in texts}
    pipelines = warm_up(models, settings, args.texts, layers)
    words = sum(len(d.text.split()) for d in docs)
    languages = ", ".join(f"{lang} {n}" for lang, n in sorted(Counter(d.language for d in docs).items()))
    print(f"{len(docs)} documents ({languages}), {words} words; models {', '.join(models.values())}")
    print(f"suivi layers: {', '.join(layers)}; n_process {settings.n_process}; batch_size {settings.batch_size}")
    bare: list[tuple[float, float]] = []
    full: list[tuple[float, float]] = []
    for _ in range(args.rounds):
        bare.append(bare_nlp(pipelines, texts, settings.batch_size))
        wall, cpu, report = full_ingest(args.texts, settings, layers)
        full.append((wall, cpu))
    (bare_wall, bare_cpu), (full_wall, full_cpu) = min(bare), min(full)
    spacy_rate, suivi_rate = len(docs) / bare_wall, len(docs) / full_wall
    best = f"best of {args.rounds}"
    print(f"bare spaCy nlp.pipe   : {spacy_rate:7.1f} docs/s  ({best}: {bare_wall:.2f} s, CPU {bare_cpu:.2f} s)")
    linked = report.links.events if report.links else 0
    print(
        f"suivi ingest (full)   : {suivi_rate:7.1f} docs/s  ({best}: {full_wall:.2f} s, CPU {full_cpu:.2f} s; "
        f"{len(report.extracted)} extracted, {linked} events linked)"
    )
    ratio, cpu_ratio = suivi_rate / spacy_rate, bare_cpu / full_cpu
    print(f"ratio suivi / spaCy   : {ratio:.2f}  (goal >= 1.0; CPU time ratio {cpu_ratio:.2f})")
    print(f"machine load (1 min)  : {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall times move with it)")


if __name__ == "__main__":
    main()
