"""Coded problems about one input, as the readers hand them back instead of raising."""

from __future__ import annotations

from suivi.errors import IngestWarning, SuiviError
from suivi.record import Problem


def problem_from(exc: SuiviError) -> Problem:
    """The error as a Problem: its code, its full message (code and source included) and its source."""
    return Problem(code=exc.code, message=str(exc), source=exc.source, severity="error")


def ingest_warning(message: str, source: str) -> Problem:
    """A W101 warning: the input was read, but not as expected."""
    code = IngestWarning.code
    return Problem(code=code, message=f"[{code}] {source}: {message}", source=source, severity="warning")
