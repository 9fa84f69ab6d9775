"""suivi: dated diplomatic news articles in, a linked record of bilateral relations out."""

from __future__ import annotations

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
]
