"""Load an extractor's lexicon for a language (`suivi/lang/<lang>/<extractor>.json`) once, with its regexes compiled."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from suivi.lang import language_data


@cache
def load_cues(extractor: str, lang: str, lexicon: str = "") -> dict[str, Any]:
    """An extractor's lexicon in a language: `suivi/lang/<lang>/<extractor>[_<lexicon>].json`.

    A language is one folder: its cue lexicons sit beside its demonyms and organisations, so adding a
    language touches `suivi/lang/<code>/` only. S302 when the language has no such lexicon.
    """
    name = f"{extractor}_{lexicon}" if lexicon else extractor
    return language_data(lang, name)


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
