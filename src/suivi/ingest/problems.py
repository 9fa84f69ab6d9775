"""Coded problems about one input, as the readers hand them back instead of raising."""

from __future__ import annotations

from suivi.errors import IngestWarning, SuiviError
from suivi.record import Problem
from suivi.validate import printable


def problem_from(exc: SuiviError) -> Problem:
    """The error as a Problem: its code, its full message (code and source included) and its source."""
    source = None if exc.source is None else printable(exc.source)
    return Problem(code=exc.code, message=printable(str(exc)), source=source, severity="error")


def ingest_warning(message: str, source: str) -> Problem:
    """A W101 warning: the input was read, but not as expected."""
    code = IngestWarning.code
    source = printable(source)
    return Problem(code=code, message=printable(f"[{code}] {source}: {message}"), source=source, severity="warning")
