"""Throughput of linking (series, events, near-copies, follow-ups, actors) on synthetic records, no spaCy.

    python benchmarks/link_throughput.py [--docs 10000] [--extract-sample 200] [--store]

Synthesises --docs document records over many dyads: numbered rounds of several mechanisms reported by two
or three outlets in two languages, announcements of the next round, visits, meetings and calls with named
people, commitments and trade figures, each with a short invented text. Prints docs/s of each stage and the
ratio of linking time to the time extraction takes for the same number of documents, at the full
extraction's rate measured in the same run on --extract-sample demo documents.
With --store, also times `link_store` on an in-memory SQLite store (reading records, writing keys).
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from suivi.link import build_actors, followups, link_records, link_store
from suivi.record import (
    Commitment,
    DateValue,
    Document,
    DocumentRecord,
    Engagement,
    Indicator,
    Participant,
    Period,
    Series,
    Venue,
)
from suivi.store import Store

COUNTRIES = [f"{a}{b}" for a in "ABCDEFGH" for b in "ABCDE"]  # invented two-letter parties
MECHANISMS = [
    ("consultation", "consultation politique", "political consultation"),
    ("joint_committee", "commission mixte de coopération", "Joint Commission"),
    ("consultation", "dialogue stratégique", "strategic dialogue"),
]
WORDS = [
    "ministre",
    "coopération",
    "relations",
    "visite",
    "accord",
    "commerce",
    "frontière",
    "dialogue",
    "délégation",
    "sommet",
]


def _day(rng: random.Random, start: date, spread: int) -> date:
    return start + timedelta(days=rng.randrange(spread))


def _people(rng: random.Random, a: str, b: str) -> list[Participant]:
    return [
        Participant(name=f"{rng.choice(['Ho', 'Le', 'Vo'])} Van {a}{rng.randrange(40)}", country=a, role="ministre"),
        Participant(name=f"Sok {b} {rng.randrange(40)}", country=b, role="vice-ministre"),
    ]


def _round(rng: random.Random, a: str, b: str, mech: int, ordinal: int, held: date, lang: str) -> list[Engagement]:
    kind, fr_name, en_name = MECHANISMS[mech]
    name = fr_name if lang == "fr" else en_name
    report = Engagement(
        id="e1",
        kind=kind,
        parties=[a, b],
        series=Series(name=f"{name} {a}-{b}", ordinal=ordinal),
        date=DateValue(value=held.isoformat(), precision="day"),
        venue=Venue(place=f"Ville{rng.randrange(9)}", country=rng.choice([a, b])),
        participants=_people(rng, a, b),
        evidence=f"Round {ordinal} held.",
    )
    announced = Engagement(
        id="e2",
        kind=kind,
        parties=[a, b],
        series=Series(name=name, ordinal=ordinal + 1),
        status="planned",
        date=DateValue(value=str(held.year + 1), precision="year"),
    )
    visit = Engagement(
        id="e3",
        kind=rng.choice(["visit", "meeting", "call"]),
        parties=[a, b],
        date=DateValue(value=_day(rng, held, 20).isoformat(), precision="day"),
        participants=_people(rng, a, b)[:1],
    )
    return [report, announced, visit]


def _extras(rng: random.Random, a: str, b: str, year: int) -> tuple[list[Commitment], list[Indicator]]:
    area = rng.choice(["trade", "border", "education", "political", "energy"])
    commitments = [
        Commitment(kind=rng.choice(["agreed", "pledged", "signed"]), parties=[a, b], areas=[area], text=area)
    ]
    figure = Indicator(
        metric="trade_volume",
        parties=[a, b],
        value=rng.uniform(1e8, 2e10),
        unit="USD",
        kind=rng.choice(["observed", "observed", "target"]),
        period=Period(start=str(year), end=str(year + rng.choice([0, 0, 3]))),
    )
    return commitments, [figure]


def synthesise(n: int, seed: int = 7) -> tuple[list[DocumentRecord], dict[str, str]]:
    """About n records: each round of each mechanism reported by one to three articles."""
    rng = random.Random(seed)
    dyads = [tuple(sorted(rng.sample(COUNTRIES, 2))) for _ in range(max(n // 60, 1))]
    records: list[DocumentRecord] = []
    texts: dict[str, str] = {}
    while len(records) < n:
        a, b = rng.choice(dyads)
        mech, ordinal = rng.randrange(len(MECHANISMS)), rng.randrange(1, 40)
        held = date(1990 + ordinal, 1, 1) + timedelta(days=rng.randrange(300))
        body = " ".join(rng.choice(WORDS) for _ in range(120))
        for copy in range(rng.choice([1, 2, 3])):
            lang = "fr" if copy % 2 == 0 else "en"
            doc_id = f"d{len(records):06d}"
            commitments, indicators = _extras(rng, a, b, held.year)
            engagements = _round(rng, a, b, mech, ordinal, _day(rng, held, 2), lang)
            records.append(
                DocumentRecord(
                    doc_id=doc_id,
                    language=lang,
                    published=held.isoformat()[:7],
                    is_diplomatic=True,
                    engagements=engagements,
                    commitments=commitments,
                    indicators=indicators,
                )
            )
            extra = "" if copy < 2 else " ".join(rng.choice(WORDS) for _ in range(30))
            texts[doc_id] = f"{body} {extra} {doc_id}"  # unique: the store skips identical texts
    return records[:n], texts


def _timed(label: str, n: int, run: object) -> float:
    start = time.perf_counter()
    run()  # type: ignore[operator]
    seconds = time.perf_counter() - start
    print(f"{label:32} {seconds:8.2f} s  {n / seconds:10.0f} docs/s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument(
        "--extract-sample", type=int, default=200, help="demo documents extracted in this run to measure its rate"
    )
    parser.add_argument("--store", action="store_true", help="also time link_store on an in-memory SQLite store")
    args = parser.parse_args()
    records, texts = synthesise(args.docs)
    n = len(records)
    print(f"{n} records, {sum(len(r.engagements) for r in records)} engagements")
    holder: dict[str, object] = {}
    total = _timed("link_records (keys + MinHash)", n, lambda: holder.update(linking=link_records(records, texts)))
    linking = holder["linking"]
    total += _timed("follow-ups", n, lambda: followups(linking, date(2026, 11, 23)))  # type: ignore[arg-type]
    total += _timed("actors", n, lambda: build_actors(records))
    stored = 0.0
    if args.store:
        store = Store.open("sqlite://")
        for record in records:
            store.add_document(Document(id=record.doc_id, text=texts[record.doc_id], published=record.published))
            store.save_record(record)
        stored = _timed("link_store (read, link, write)", n, lambda: link_store(store, as_of=date(2026, 11, 23)))
        store.close()
    rate = extraction_rate(args.extract_sample)
    extraction = n / rate
    if args.store:
        print(f"link_store vs extraction: ratio = {stored / extraction:.3f}")
    print(
        f"linking {total:.1f} s vs extracting the same {n} documents {extraction:.0f} s "
        f"(full extraction measured in this run at {rate:.1f} docs/s): ratio link/extract = {total / extraction:.3f}"
    )


def extraction_rate(sample: int) -> float:
    """Docs/s of the full extraction on the demo corpus (repeated to `sample` documents), model loaded first."""
    from suivi.demo import corpus_dir
    from suivi.extract import extract_documents
    from suivi.ingest import read_paths
    from suivi.settings import load_settings

    settings = load_settings()
    demo = [d for d in read_paths([corpus_dir()], settings) if isinstance(d, Document)]
    docs = [demo[i % len(demo)].model_copy(update={"id": f"s{i}"}) for i in range(sample)]
    list(extract_documents(docs[:10], settings))
    start = time.perf_counter()
    list(extract_documents(docs, settings))
    return sample / (time.perf_counter() - start)


if __name__ == "__main__":
    main()
