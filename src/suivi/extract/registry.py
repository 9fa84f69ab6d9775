"""Registry of extractors by versioned name (`suivi.engagements.v1`), built on catalogue like spaCy's own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import catalogue

from suivi.errors import UnknownExtractor

extractors = catalogue.create("suivi", "extractors", entry_points=False)


ExtractorFn = TypeVar("ExtractorFn", bound=Callable[..., Any])


def register(name: str) -> Callable[[ExtractorFn], ExtractorFn]:
    """Register an extractor under its versioned name (a typed wrapper around catalogue's decorator)."""

    def decorate(func: ExtractorFn) -> ExtractorFn:
        extractors.register(name, func=func)
        return func

    return decorate


def get_extractor(name: str) -> Callable[..., Any]:
    """The extractor registered under `name`; S303 when there is none."""
    try:
        return extractors.get(name)  # type: ignore[no-any-return]
    except catalogue.RegistryError as exc:
        known = ", ".join(sorted(extractors.get_all()))
        raise UnknownExtractor(f"no extractor named {name!r}; known: {known}") from exc
