"""The bundled demo corpus: original articles written for suivi, with hand-made gold records."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def corpus_dir() -> Path:
    """Directory of the demo articles (plain-text article format)."""
    return Path(str(files("suivi.demo") / "corpus"))


def gold_dir() -> Path:
    """Directory of the demo gold records (one SCHEMA.md JSON per article)."""
    return Path(str(files("suivi.demo") / "gold"))


def links_file() -> Path:
    """Gold links (same_event / series clusters) over the demo corpus."""
    return Path(str(files("suivi.demo") / "links.json"))
