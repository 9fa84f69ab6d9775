"""One folder per language: `suivi/lang/<code>/` holds everything suivi needs to read that language.

`profile(code)` is the registry: a typed `LanguageProfile` read from the folder's files only
(`profile.json`: spaCy pipeline, babel locale, full-text search; `dates.json`; `numbers.json`;
`demonym_forms.json`). `language_data(code, name)` reads any file of the folder (the cue lexicons
`<layer>[_<lexicon>].json`, demonyms, organisations). Adding a language is adding a folder; a missing or
incomplete file is S302 naming the file to add.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from suivi.errors import UnsupportedLanguage
from suivi.lang.words import DateWords, DemonymForms, Ending, NumberWords
from suivi.vocab import Qualifier

__all__ = [
    "DateWords",
    "DemonymForms",
    "LanguageProfile",
    "LanguageRegistry",
    "NumberWords",
    "SearchConfig",
    "language_data",
    "languages",
    "profile",
]


@dataclass(frozen=True)
class SearchConfig:
    """Full-text search of the language's documents: PostgreSQL's text search configuration and the
    snowball stemmer SQLite's index uses (the same algorithm)."""

    postgres: str
    snowball: str


@dataclass(frozen=True)
class LanguageProfile:
    """Everything language-specific that is not a cue lexicon, read from `suivi/lang/<code>/`."""

    code: str
    spacy_model: str  # default spaCy pipeline (the setting `<code>_model` may name another)
    locale: str  # babel locale of month, weekday and currency names
    search: SearchConfig
    dates: DateWords
    numbers: NumberWords
    demonyms: DemonymForms


class LanguageRegistry:
    """The language folders under `root` (the package's `suivi/lang/` for `REGISTRY`)."""

    def __init__(self, root: Traversable, shown: str = "suivi/lang") -> None:
        self.root = root
        self.shown = shown  # how error messages name the root

    def languages(self) -> tuple[str, ...]:
        """The language codes that have a data folder, sorted."""
        return tuple(sorted(p.name for p in self.root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))))

    def data(self, lang: str, name: str) -> dict[str, Any]:
        """The JSON object `<lang>/<name>.json` (keys starting with "_" are comments); S302 without the file."""
        path = self.root.joinpath(lang, f"{name}.json")
        if not (lang.isalpha() and name.replace("_", "").isalpha() and path.is_file()):
            having = [code for code in self.languages() if self.root.joinpath(code, f"{name}.json").is_file()]
            raise UnsupportedLanguage(
                f"no {name} data for language {lang!r}; languages that have it: {', '.join(having) or 'none'}; "
                f"add {self.shown}/{lang}/{name}.json",
                detail={"lang": lang, "name": name},
            )
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return {key: value for key, value in data.items() if not key.startswith("_")}

    def profile(self, lang: str) -> LanguageProfile:
        """The profile of `lang`, read from its folder."""
        main = self.data(lang, "profile")
        search = self._field(lang, "profile", main, "search")
        return self.check(
            LanguageProfile(
                code=lang,
                spacy_model=str(self._field(lang, "profile", main, "spacy_model")),
                locale=str(self._field(lang, "profile", main, "locale")),
                search=SearchConfig(*(str(self._field(lang, "profile", search, k)) for k in ("postgres", "snowball"))),
                dates=self._typed(lang, "dates", DateWords),
                numbers=self._typed(lang, "numbers", NumberWords),
                demonyms=self._demonyms(lang),
            )
        )

    def check(self, found: LanguageProfile) -> LanguageProfile:
        """`found`, after checking the values its readers look up in closed vocabularies (S302 naming the key)."""
        closed = [
            ("dates", "orders", set(found.dates.orders), {"dm", "md"}),
            (
                "dates",
                "relative",
                {_first(value) for value in found.dates.relative.values()},
                {"year", "month", "week", "day"},
            ),
            ("numbers", "qualifiers", set(found.numbers.qualifiers.values()), {str(q) for q in Qualifier}),
        ]
        for name, key, values, allowed in closed:
            if not values <= allowed:
                raise UnsupportedLanguage(
                    f"{self.shown}/{found.code}/{name}.json: {key!r} has {', '.join(sorted(values - allowed))}; "
                    f"allowed: {', '.join(sorted(allowed))}",
                    detail={"lang": found.code, "name": name, "key": key},
                )
        return found

    def _field(self, lang: str, name: str, data: dict[str, Any], key: str) -> Any:
        if not isinstance(data, dict) or key not in data:
            raise UnsupportedLanguage(
                f"{self.shown}/{lang}/{name}.json has no {key!r}; add it (suivi/lang/en/{name}.json shows them all)",
                detail={"lang": lang, "name": name, "key": key},
            )
        return data[key]

    def _typed(self, lang: str, name: str, kind: Any) -> Any:
        """The file `name` as the dataclass `kind`: one key per field, JSON lists as tuples."""
        data = self.data(lang, name)
        return kind(**{f.name: _frozen(self._field(lang, name, data, f.name)) for f in fields(kind)})

    def _demonyms(self, lang: str) -> DemonymForms:
        data = self.data(lang, "demonym_forms")
        feminine, plural = (
            tuple(self._ending(lang, rule) for rule in self._field(lang, "demonym_forms", data, key))
            for key in ("feminine", "plural")
        )
        return DemonymForms(feminine=feminine, plural=plural)

    def _ending(self, lang: str, rule: dict[str, Any]) -> Ending:
        ends, add = (self._field(lang, "demonym_forms", rule, key) for key in ("ends", "add"))
        return Ending(ends=tuple(ends), add=add, drop=int(rule.get("drop", 0)))


def _first(value: Any) -> str:
    """The unit of a relative phrase's (unit, shift), or the value itself when it is not such a pair."""
    return str(value[0]) if isinstance(value, tuple) and len(value) == 2 else repr(value)


def _frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return {k: _frozen(v) for k, v in value.items()}
    return value


#: The language folders shipped in the package.
REGISTRY = LanguageRegistry(resources.files("suivi.lang"))


def languages() -> tuple[str, ...]:
    """The language codes that have a data folder in the package, sorted."""
    return REGISTRY.languages()


@cache
def language_data(lang: str, name: str) -> dict[str, Any]:
    """The JSON object `suivi/lang/<lang>/<name>.json` (keys starting with "_" are comments).

    Raises S302 when the language has no such file, naming the languages that have it.
    """
    return REGISTRY.data(lang, name)


@cache
def profile(lang: str) -> LanguageProfile:
    """The profile of `lang` from `suivi/lang/<lang>/`; S302 naming the file to add when one is missing or
    incomplete."""
    return REGISTRY.profile(lang)
