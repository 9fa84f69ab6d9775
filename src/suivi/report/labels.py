"""Words of the reports in French and English: section labels, vocabulary values, country names."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from babel import Locale

#: Languages the briefing, calendar and tables are written in.
REPORT_LANGUAGES = ("fr", "en")


@cache
def _all_labels() -> dict[str, dict[str, Any]]:
    text = resources.files("suivi.report").joinpath("data/labels.json").read_text(encoding="utf-8")
    data: dict[str, dict[str, Any]] = json.loads(text)
    return data


def labels(lang: str) -> dict[str, Any]:
    """Every label of one report language (English for an unknown language)."""
    return _all_labels().get(lang, _all_labels()["en"])


def vocab_label(lang: str, group: str, value: str | None) -> str:
    """The label of a vocabulary value ("statuses", "overdue" -> "en retard"); the value itself if unknown."""
    if value is None:
        return ""
    found = labels(lang).get(group, {})
    return str(found.get(value, value.replace("_", " ")))


def country_name(code: str, lang: str) -> str:
    """A party's name in the report language ("KH" -> "Cambodge"); organisations keep their code."""
    territories = Locale.parse(lang if lang in REPORT_LANGUAGES else "en").territories
    return str(territories.get(code.upper(), code))


def parties_title(parties: list[str], lang: str) -> str:
    """ "Cambodge – Thaïlande": the parties' names in the report language, in the order given."""
    return " – ".join(country_name(p, lang) for p in parties)
