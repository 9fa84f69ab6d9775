"""Load an extractor's lexicon for a language (`suivi/lang/<lang>/<extractor>.json`) once, with its regexes compiled."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from suivi.lang import language_data

#: A reference, inside a cue, to a word list of a lexicon of the same language: "{participants.counterpart_words}".
_WORD_LIST = re.compile(r"\{([a-z]+)\.([a-z_]+)\}")


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


def word_alternation(words: list[str]) -> str:
    """A regex matching any of `words` (longest first), a space in one matching any run of blanks."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def with_word_lists(pattern: str, lang: str) -> str:
    """`pattern` with each "{<lexicon>.<key>}" replaced by the words of that list of the language's lexicon
    ("{participants.counterpart_words}" -> "homologues|homologue"): a word list is written once per language
    and every cue that needs it refers to it."""
    return _WORD_LIST.sub(lambda m: word_alternation(load_cues(m.group(1), lang)[m.group(2)]), pattern)


@cache
def cue(extractor: str, lang: str, key: str) -> re.Pattern[str]:
    """The regex stored under `key`, compiled case-insensitively."""
    return re.compile(typographic(with_word_lists(load_cues(extractor, lang)[key], lang)), re.IGNORECASE)


@cache
def cased_cue(extractor: str, lang: str, key: str) -> re.Pattern[str]:
    """The regex stored under `key`, compiled case-sensitively (for patterns that rely on capitals)."""
    return re.compile(typographic(with_word_lists(load_cues(extractor, lang)[key], lang)))
