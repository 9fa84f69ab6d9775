"""The demo store the report and API tests read: demo documents with their gold records, linked."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from suivi.ingest import read_paths
from suivi.link import link_store
from suivi.record import Document, DocumentRecord
from suivi.settings import Settings
from suivi.store import Store

DEMO = Path(__file__).resolve().parents[2] / "src" / "suivi" / "demo"
#: The reference date of the demo corpus README (its overdue announcements are overdue then).
DEMO_AS_OF = date(2026, 11, 23)


def build_demo_store(url: str) -> Store:
    """The demo documents with their gold records (no extraction: stable whatever the extractors do), linked."""
    store = Store.open(url)
    for item in read_paths([DEMO / "corpus"], Settings(database_url=url)):
        if isinstance(item, Document):
            store.add_document(item)
    for path in sorted((DEMO / "gold").glob("*.json")):
        store.save_record(DocumentRecord.model_validate(json.loads(path.read_text(encoding="utf-8"))))
    link_store(store, as_of=DEMO_AS_OF)
    return store
