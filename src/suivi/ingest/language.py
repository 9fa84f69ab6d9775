"""Language of ingested texts: which one (py3langid, among the configured languages), and is it language at all."""

from __future__ import annotations

import itertools
import unicodedata
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from suivi.errors import ConfigError, NotLanguage
from suivi.settings import Settings

#: Below this many letters a text ("Hanoï, 21/10") says too little to tell languages apart.
MIN_LETTERS = 12


@lru_cache(maxsize=4)
def _identifier(languages: tuple[str, ...]) -> LanguageIdentifier:
    # Loading the model takes ~0.3 s: once per language set, not once per document.
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    unknown = sorted(set(languages) - set(identifier.labels))
    if unknown:
        raise ConfigError(
            f"language code(s) {', '.join(unknown)} in the `languages` setting are unknown to py3langid; "
            "use ISO 639-1 codes such as fr, en"
        )
    identifier.set_languages(list(languages))
    return identifier


def _letters_up_to(text: str, limit: int) -> int:
    """How many letters `text` holds, counting no further than `limit`."""
    return sum(1 for _ in itertools.islice(filter(str.isalpha, text), limit))


def detect_language(text: str, settings: Settings) -> str:
    """ISO 639-1 code of `text` among `settings.languages`; `default_language` when too short to tell."""
    candidates = tuple(sorted(set(settings.languages)))
    if len(candidates) == 1:
        return candidates[0]
    if not candidates or _letters_up_to(text, MIN_LETTERS) < MIN_LETTERS:
        return settings.default_language
    language, _score = _identifier(candidates).classify(text)
    return str(language)


#: Shorter texts (visible characters) are too short to judge as language or not.
MIN_JUDGED_CHARS = 40
#: Below this share of letters among the visible characters, a text is symbols, not language.
MIN_LETTER_SHARE = 0.3
#: Below this share of word-shaped tokens, a text is random letters or bytes, not language.
MIN_WORD_SHARE = 0.5
#: Longer runs of cased letters without a space are no word of a language written with spaces.
MAX_WORD_CHARS = 30


def is_word_shaped(token: str) -> bool | None:
    """True for a word or number ("Hanoï", "d'affaires", "6,65", "COVID-19"), False for letter soup
    ("xQzÉb", a 200-letter run), None for punctuation and symbols alone (not counted)."""
    # Punctuation, symbols and invisible characters (zero-width, bidi marks, controls) say nothing of shape.
    core = "".join(ch for ch in token if unicodedata.category(ch)[0] not in "PSC")
    if not core:
        return None
    if not all(ch.isalnum() or unicodedata.category(ch)[0] == "M" for ch in core):
        return False
    letters = "".join(ch for ch in core if ch.isalpha())
    if not letters or letters.lower() == letters.upper():
        return True  # a number, or a caseless script (Chinese, Thai, Arabic) written without spaces
    if len(core) > MAX_WORD_CHARS:
        return False
    return letters.islower() or letters.isupper() or (letters[0].isupper() and letters[1:].islower())


#: Words repeat across a corpus ("the", "de", "Vietnam"): their shape is judged once.
_word_shape = lru_cache(maxsize=1 << 16)(is_word_shaped)


def check_is_language(text: str, source: str) -> None:
    """S115 when `text` is not written language: mostly symbols, or mostly tokens no word looks like."""
    tokens = text.split()  # split() cuts at exactly the characters str.isspace() calls whitespace
    visible = "".join(tokens)
    if len(visible) < MIN_JUDGED_CHARS:
        return
    letter_share = sum(map(str.isalpha, visible)) / len(visible)
    shapes = [shape for shape in map(_word_shape, tokens) if shape is not None]
    word_share = sum(shapes) / len(shapes) if shapes else 0.0
    if letter_share < MIN_LETTER_SHARE or word_share < MIN_WORD_SHARE:
        raise NotLanguage(
            f"text does not read as language ({letter_share:.0%} letters, {word_share:.0%} word-shaped tokens): "
            "random letters, symbols or a file read with the wrong encoding; check the file, re-save it as UTF-8",
            source=source,
        )
