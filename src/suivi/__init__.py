"""suivi: dated diplomatic news articles in, a linked record of bilateral relations out."""

from __future__ import annotations

from typing import Any

from suivi.errors import SuiviError
from suivi.record import (
    Commitment,
    DateValue,
    Document,
    DocumentRecord,
    Engagement,
    Indicator,
    Participant,
    Problem,
)
from suivi.settings import Settings, load_settings

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """`suivi.open(url_or_path)`, the notebook API, imported on first use (it loads the store and linking)."""
    if name == "open":
        from suivi.api import open as open_store

        return open_store
    raise AttributeError(f"module 'suivi' has no attribute {name!r}")


__all__ = [
    "Commitment",
    "DateValue",
    "Document",
    "DocumentRecord",
    "Engagement",
    "Indicator",
    "Participant",
    "Problem",
    "Settings",
    "SuiviError",
    "__version__",
    "load_settings",
    "open",
]
