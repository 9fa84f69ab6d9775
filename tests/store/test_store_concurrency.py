"""Concurrent writers on PostgreSQL: two ingests that relink the same series, and a reader, never fail."""

from __future__ import annotations

import threading

from suivi.link import link_store, list_events
from suivi.record import DateValue, Document, DocumentRecord, Engagement, Series
from suivi.store import Store


def _record(doc_id: str, ordinal: int, version: int) -> DocumentRecord:
    """A round of one invented series; `version` changes the evidence so every save rewrites the facts."""
    rounds = [
        Engagement(
            id=f"e{n + 1}",
            kind="consultation",
            parties=["AA", "BB"],
            series=Series(name="consultation politique", ordinal=ordinal + n),
            date=DateValue(value=f"{2000 + ordinal + n}-05-0{1 + n}", precision="day"),
            evidence=f"Round {ordinal + n}, report {version}.",
        )
        for n in range(3)
    ]
    return DocumentRecord(doc_id=doc_id, language="fr", published=f"{2000 + ordinal}", engagements=rounds)


def _ingest_loop(url: str, prefix: str, rounds: int, failures: list[BaseException]) -> None:
    """What `suivi ingest` does per batch: store documents, save their records, relink what changed."""
    try:
        with Store.open(url) as store:
            for version in range(rounds):
                changed = []
                for index in range(4):
                    doc_id = f"{prefix}-{index}"
                    text = f"Article {doc_id} écrit pour le test, version {version}."
                    store.add_document(Document(id=doc_id, text=text, language="fr"))
                    store.save_record(_record(doc_id, 3 * index, version))
                    changed.append(doc_id)
                link_store(store, changed=changed)
    except BaseException as exc:  # the test reports whatever a writer raised
        failures.append(exc)


def _read_loop(url: str, stop: threading.Event, failures: list[BaseException]) -> None:
    try:
        with Store.open(url) as store:
            while not stop.is_set():
                list_events(store)
    except BaseException as exc:
        failures.append(exc)


def run_concurrent_ingests(url: str, rounds: int) -> list[BaseException]:
    """Two ingesting threads (own Store, own connections) and one reader; the exceptions they raised."""
    Store.open(url).close()  # migrate first, as the first `suivi` command would
    failures: list[BaseException] = []
    stop = threading.Event()
    writers = [threading.Thread(target=_ingest_loop, args=(url, p, rounds, failures)) for p in ("a", "b")]
    reader = threading.Thread(target=_read_loop, args=(url, stop, failures))
    for thread in (*writers, reader):
        thread.start()
    for thread in writers:
        thread.join()
    stop.set()
    reader.join()
    return failures


def test_store_concurrent_ingests_and_reader_never_fail(durable_url: str) -> None:
    failures = run_concurrent_ingests(durable_url, rounds=6)
    assert failures == []
    with Store.open(durable_url) as store:
        report = link_store(store)
        stored = {(r.doc_id, e.id): e.event_key for r in store.records() for e in r.engagements}
    assert len(stored) == 24 and None not in stored.values()
    assert report.events == len(set(stored.values()))
