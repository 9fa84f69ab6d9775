"""Killing an ingest mid-way leaves a consistent SQLite store: every document whole, or absent."""

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
