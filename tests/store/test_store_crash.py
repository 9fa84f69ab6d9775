"""Killing an ingest mid-way leaves a consistent store (SQLite; PostgreSQL if reachable): documents whole or absent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from suivi.store import Store

INGEST = """
import sys
from suivi.record import Document
from suivi.store import Store
store = Store.open(sys.argv[1])
for n in range(100000):
    store.add_document(Document(id=f"doc-{n % 700}", text=f"Texte {n} " * 200, language="fr"))
    if n == 50:
        print("started", flush=True)
"""

CHECKS = {
    "documents without their current revision": (
        "SELECT count(*) FROM documents d LEFT JOIN revisions r "
        "ON r.document_id = d.id AND r.revision = d.revision WHERE r.id IS NULL"
    ),
    "documents not indexed for search": (
        "SELECT count(*) FROM documents d LEFT JOIN documents_fts f ON f.doc_id = d.id WHERE f.doc_id IS NULL"
    ),
    "index entries of old revisions": (
        "SELECT count(*) FROM documents_fts f JOIN revisions r ON r.id = f.rowid "
        "JOIN documents d ON d.id = r.document_id WHERE r.revision <> d.revision"
    ),
    "documents whose hash is not their current text's": (
        "SELECT count(*) FROM documents d JOIN revisions r "
        "ON r.document_id = d.id AND r.revision = d.revision WHERE r.content_hash <> d.content_hash"
    ),
}


@pytest.mark.parametrize("seconds", [0.3, 0.9])
def test_store_killed_ingest_leaves_consistent_store(tmp_path: Path, seconds: float) -> None:
    url = f"sqlite:///{tmp_path / 'killed.sqlite'}"
    Store.open(url).close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    worker = subprocess.Popen([sys.executable, "-c", INGEST, url], stdout=subprocess.PIPE, env=env)
    try:
        assert worker.stdout is not None and worker.stdout.readline().strip() == b"started"
        time.sleep(seconds)
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait()
    with Store.open(url) as store:
        assert store.stats().documents > 0
    engine = create_engine(url)
    with engine.connect() as connection:
        problems = {name: connection.execute(text(sql)).scalar() for name, sql in CHECKS.items()}
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    engine.dispose()
    assert problems == dict.fromkeys(CHECKS, 0)


# --- kill -9 during `suivi ingest` (read, store, extract, link), then a re-run ------------------------

#: The ingest job of `suivi ingest`, printing each progress step so that the test can kill it at a chosen one.
INGEST_JOB = """
import sys
from suivi.corpus import ingest
from suivi.settings import load_settings
from suivi.store import Store
settings = load_settings(database_url=sys.argv[1])
with Store.open(sys.argv[1]) as store:
    ingest([sys.argv[2]], store, settings, on_progress=lambda stage, step, total: print(stage, flush=True))
print("done", flush=True)
"""
KILLED_DOCUMENTS = 120
#: What no kill may leave behind, on both backends.
PORTABLE_CHECKS = {
    name: CHECKS[name]
    for name in (
        "documents without their current revision",
        "documents not indexed for search",
        "documents whose hash is not their current text's",
    )
} | {
    "records without their document": (
        "SELECT count(*) FROM records r LEFT JOIN documents d ON d.id = r.doc_id WHERE d.id IS NULL"
    ),
    "engagements without their record": (
        "SELECT count(*) FROM engagements e LEFT JOIN records r ON r.doc_id = e.doc_id WHERE r.doc_id IS NULL"
    ),
}
SENTENCES = {
    "fr": "Le ministre a reçu son homologue pour des consultations politiques. Les deux parties ont signé un accord.",
    "en": "The foreign ministers met to prepare the annual summit. Both sides agreed to raise bilateral trade.",
}


def write_small_articles(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for n in range(count):
        language = "fr" if n % 2 else "en"
        text = f" date 2022-{1 + n % 12:02d}-{1 + n % 28:02d}\n\nArticle {n}\n\n{SENTENCES[language]} ({n})\n"
        (folder / f"article-{n:03d}.txt").write_text(text, encoding="utf-8")


def kill_ingest_at(url: str, folder: Path, step: int, delay: float, tmp_path: Path) -> list[str]:
    """Run the ingest job and SIGKILL it `delay` seconds after its `step`-th progress line; the lines seen."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
        "SUIVI_CONFIG": str(tmp_path / "absent.toml"),
    }
    worker = subprocess.Popen(
        [sys.executable, "-c", INGEST_JOB, url, str(folder)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
    )
    seen: list[str] = []
    try:
        assert worker.stdout is not None
        while len(seen) < step:
            line = worker.stdout.readline().decode().strip()
            if not line:
                break  # the job ended (or died) before the chosen step
            seen.append(line)
        time.sleep(delay)
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait()
    return seen


def consistency_problems(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            found = {name: connection.execute(text(sql)).scalar() or 0 for name, sql in PORTABLE_CHECKS.items()}
            if engine.dialect.name == "sqlite":
                found["index entries of old revisions"] = connection.execute(
                    text(CHECKS["index entries of old revisions"])
                ).scalar()
                found["integrity_check not ok"] = int(
                    connection.execute(text("PRAGMA integrity_check")).scalar() != "ok"
                )
    finally:
        engine.dispose()
    return {name: count for name, count in found.items() if count}


@pytest.mark.slow
@pytest.mark.parametrize(("trial", "phase"), [(0, "read"), (1, "extract")])
def test_store_ingest_killed_at_a_random_step_is_consistent_and_completed_by_a_rerun(
    trial: int, phase: str, durable_url: str, tmp_path: Path
) -> None:
    import random

    from suivi.corpus import ingest
    from suivi.settings import Settings

    rng = random.Random(f"kill-{trial}-{durable_url.split(':')[0]}")
    folder = tmp_path / "articles"
    write_small_articles(folder, KILLED_DOCUMENTS)
    # Steps 1..N are files read and stored, N+1..2N documents extracted (spaCy loads before the first).
    first = 1 if phase == "read" else KILLED_DOCUMENTS + 1
    step = rng.randrange(first, first + KILLED_DOCUMENTS - 1)
    seen = kill_ingest_at(durable_url, folder, step, rng.uniform(0.0, 0.05), tmp_path)
    assert len(seen) == step and "done" not in seen, f"the job ended before step {step}: {seen[-3:]}"

    assert consistency_problems(durable_url) == {}
    with Store.open(durable_url) as store:
        stored = store.stats()
        assert 0 < stored.documents <= KILLED_DOCUMENTS and stored.records <= stored.documents
        settings = Settings(database_url=durable_url, languages=["fr", "en"], default_language="fr")
        report = ingest([folder], store, settings)
        after = store.stats()
    assert report.errors == []
    # Documents stored without a record count as not extracted: the re-run extracts them with the new ones.
    assert len(report.extracted) == KILLED_DOCUMENTS - stored.records
    assert (after.documents, after.records) == (KILLED_DOCUMENTS, KILLED_DOCUMENTS)
    assert consistency_problems(durable_url) == {}
