"""Language identification of ingested texts (py3langid restricted to the configured languages)."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from suivi.errors import ConfigError
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


def detect_language(text: str, settings: Settings) -> str:
    """ISO 639-1 code of `text` among `settings.languages`; `default_language` when too short to tell."""
    candidates = tuple(sorted(set(settings.languages)))
    if len(candidates) == 1:
        return candidates[0]
    if not candidates or sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return settings.default_language
    language, _score = _identifier(candidates).classify(text)
    return str(language)
