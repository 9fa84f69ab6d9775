"""suivi's store: documents, their revisions and extracted records in SQLite or PostgreSQL, with search."""

from suivi.store.api import AddOutcome, Links, Store, content_hash_of
from suivi.store.results import Finding, IntegrityReport, Removal, Revision, SearchHit, StoreStats

__all__ = [
    "AddOutcome",
    "Finding",
    "IntegrityReport",
    "Links",
    "Removal",
    "Revision",
    "SearchHit",
    "Store",
    "StoreStats",
    "content_hash_of",
]
