"""What analysts' corrections cost when records are read and the store is relinked, on synthetic records.

    python benchmarks/corrections_overhead.py [--docs 5000] [--corrections 200]

Fills an in-memory SQLite store with the records of `link_throughput.py`, then times reading every record
and `link_store` without corrections, and again with --corrections corrections (edits and rejects of random
facts: half edit parties, half reject). Prints both times and their ratio (a shared machine makes them vary by
tens of percent), and the time applying the corrections to every record takes in memory (the overhead itself).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from datetime import date

from link_throughput import synthesise

from suivi.link import link_store
from suivi.record import Document
from suivi.store import Store
from suivi.store.corrections import CorrectionIndex, apply_to_record, fact_keys


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _correct(store: Store, count: int, rng: random.Random) -> None:
    records = list(store.records())
    for n in range(count):
        record = rng.choice(records)
        local, key = rng.choice(sorted(fact_keys(record).items()))
        action = "reject" if n % 2 else "edit"
        change = {"local_id": local} if action == "reject" else {"local_id": local, "fields": {"parties": ["AA", "AB"]}}
        kind = {"e": "engagement", "c": "commitment", "i": "indicator"}[key.rsplit("/", 2)[1]]
        store.add_correction(
            {"author": "bench", "action": action, "target_kind": kind, "target": key, "doc_id": record.doc_id}
            | {"change": change}
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=5_000)
    parser.add_argument("--corrections", type=int, default=200)
    args = parser.parse_args()
    records, texts = synthesise(args.docs)
    store = Store.open("sqlite://")
    for record in records:
        store.add_document(Document(id=record.doc_id, text=texts[record.doc_id], published=record.published))
        store.save_record(record)
    as_of = date(2026, 11, 23)
    link_store(store, as_of=as_of)  # the first run writes every key; the timed ones rewrite them
    read0 = _timed(lambda: list(store.records()))
    link0 = _timed(lambda: link_store(store, as_of=as_of))
    _correct(store, args.corrections, random.Random(7))
    read1 = _timed(lambda: list(store.records()))
    link1 = _timed(lambda: link_store(store, as_of=as_of))
    raw = store.records_for([r.doc_id for r in records], raw=True)
    index = CorrectionIndex(store.corrections())
    applying = _timed(lambda: [apply_to_record(r, index) for r in raw])
    print(f"{len(records)} records, {args.corrections} corrections")
    print(f"applying them in memory to every record: {applying:.3f} s")
    print(f"read every record   {read0:6.2f} s -> {read1:6.2f} s  (x{read1 / read0:.2f})")
    print(f"link_store          {link0:6.2f} s -> {link1:6.2f} s  (x{link1 / link0:.2f})")
    store.close()


if __name__ == "__main__":
    main()
