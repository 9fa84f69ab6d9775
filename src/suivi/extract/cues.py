"""Load an extractor's language data file (`<extractor>/<lang>.json`) once, with its regexes compiled."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

from suivi.errors import UnsupportedLanguage
from suivi.lang import language_data


@cache
def load_cues(extractor: str, lang: str, lexicon: str = "") -> dict[str, Any]:
    """An extractor's lexicon in a language: `suivi/lang/<lang>/<extractor>[_<lexicon>].json`.

    A language is one folder: its cue lexicons sit beside its demonyms and organisations, so adding a
    language touches `suivi/lang/<code>/` only. S302 when the language has no such lexicon.
    """
    name = f"{extractor}_{lexicon}" if lexicon else extractor
    if (files("suivi.lang") / lang / f"{name}.json").is_file():
        return language_data(lang, name)
    legacy = files("suivi.extract") / extractor / (f"{lexicon}.{lang}.json" if lexicon else f"{lang}.json")
    if not legacy.is_file():
        raise UnsupportedLanguage(
            f"extractor {extractor!r} has no data for language {lang!r}; add suivi/lang/{lang}/{name}.json",
            detail={"lang": lang, "name": name},
        )
    data: dict[str, Any] = json.loads(legacy.read_text(encoding="utf-8"))
    return data


def typographic(pattern: str) -> str:
    """Let a straight apostrophe in a cue also match the typographic one (’) news sites use."""
    out, in_class = [], False
    for i, ch in enumerate(pattern):
        escaped = i > 0 and pattern[i - 1] == "\\"
        if ch == "[" and not escaped:
            in_class = True
        elif ch == "]" and not escaped:
            in_class = False
        out.append("['’]" if ch == "'" and not in_class else ("'’" if ch == "'" else ch))
    return "".join(out)


@cache
def cue(extractor: str, lang: str, key: str) -> re.Pattern[str]:
    """The regex stored under `key`, compiled case-insensitively."""
    return re.compile(typographic(load_cues(extractor, lang)[key]), re.IGNORECASE)


@cache
def cased_cue(extractor: str, lang: str, key: str) -> re.Pattern[str]:
    """The regex stored under `key`, compiled case-sensitively (for patterns that rely on capitals)."""
    return re.compile(typographic(load_cues(extractor, lang)[key]))
