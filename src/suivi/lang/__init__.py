"""Per-language data files: `suivi/lang/<code>/<name>.json`, read through one typed loader."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from suivi.errors import UnsupportedLanguage


def languages() -> tuple[str, ...]:
    """The language codes that have a data folder here, sorted."""
    root = resources.files("suivi.lang")
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))))


@cache
def language_data(lang: str, name: str) -> dict[str, Any]:
    """The JSON object `suivi/lang/<lang>/<name>.json` (keys starting with "_" are comments).

    Raises S302 when the language has no such file, naming the languages that have it.
    """
    path = resources.files("suivi.lang").joinpath(lang, f"{name}.json")
    if not (lang.isalpha() and name.replace("_", "").isalpha() and path.is_file()):
        having = [
            code for code in languages() if resources.files("suivi.lang").joinpath(code, f"{name}.json").is_file()
        ]
        raise UnsupportedLanguage(
            f"no {name} data for language {lang!r}; languages that have it: {', '.join(having) or 'none'}; "
            f"add suivi/lang/{lang}/{name}.json",
            detail={"lang": lang, "name": name},
        )
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if not key.startswith("_")}
