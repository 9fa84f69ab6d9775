"""Language packs: the French and English words and phrasings the date grammar is built from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from suivi.errors import UnsupportedLanguage

_T = TypeVar("_T")


@dataclass(frozen=True)
class DateWords:
    """Everything language-specific about writing dates and periods.

    Phrases are written with plain spaces and straight apostrophes; the grammar turns a space into
    "one or more blanks" and an apostrophe into "straight or curly". Templates may use `<N>` (a count,
    digits or a word), `<ORD>` (an ordinal word), `<Y>` (a year) and `<YREF>` (a year or a year phrase).
    """

    locale: str  # babel locale for month and weekday names
    month_case_insensitive: bool  # French months are lower case; English ones must be capitalised
    month_aliases: dict[str, int]  # spellings babel lacks ("Sept" for September)
    day_suffix: str  # regex of the ordinal suffix after a day number ("1er", "21st")
    orders: tuple[str, ...]  # "dm" ("21 octobre") and / or "md" ("October 21")
    range_from: tuple[str, ...]  # words opening a day range ("du 3 au 5 mars", "from 3 to 5 March")
    range_to: tuple[str, ...]  # words or dashes between the two ends of a range
    range_and: tuple[str, ...]  # "les 25 et 26 novembre"
    month_range_from: tuple[str, ...]  # "de janvier à septembre"
    of: tuple[str, ...]  # between a month and its year ("janvier à octobre de 2024")
    month_cues: tuple[str, ...]  # regexes that introduce a month standing alone ("en octobre", "fin")
    month_after: tuple[str, ...]  # words that may follow a month standing alone ("mai dernier")
    shifts: dict[str, int]  # words of a month expression that move it a year ("mai dernier", "last May")
    year_cues: tuple[str, ...]  # regexes that may precede a year ("en 2023", "d'ici 2025")
    relative: dict[str, tuple[str, int]]  # phrase -> (unit, shift): "l'an dernier" -> ("year", -1)
    weekday_before: tuple[str, ...]  # words before a weekday that belong to the expression ("ce", "on")
    weekday_after: tuple[str, ...]  # words after it ("matin", "dernier", "morning")
    day_pair_prefix: str | None  # "les" in "les 24 et 25" (no month: the publication month)
    day_pair_followers: tuple[str, ...]  # words allowed right after such a pair ("à Jakarta")
    number_words: dict[str, int]  # "huit premiers mois"
    first_months: tuple[str, ...]  # templates: "au cours des <N> premiers mois de <YREF>"
    part_of_year: tuple[str, ...]  # templates with groups `ord` and `unit`: "au premier semestre 2023"
    ordinals: dict[str, int]  # "premier" -> 1; -1 for "dernier" / "last"
    part_units: dict[str, int]  # "semestre" -> 6 months, "trimestre" -> 3
    year_refs: dict[str, int]  # year phrases allowed inside periods: "l'année" -> 0, "cette année" -> 0
    cumulative: tuple[str, ...]  # regexes of a cumulative stock: "au total", "to date"
    comparisons: tuple[str, ...]  # templates of a baseline that is not the figure's period


def date_words(lang: str) -> DateWords:
    """The date vocabulary of `lang` (`fr` or `en`)."""
    from suivi.extract.lang import en, fr

    return _for_language({"fr": fr.DATES, "en": en.DATES}, lang, "date vocabulary")


def demonym_inflector(lang: str) -> Callable[[str], list[str]]:
    """The function giving every written form of a demonym entry of suivi/lang/<lang>/demonyms.json."""
    from suivi.extract.lang import en, fr

    return _for_language({"fr": fr.demonym_forms, "en": en.demonym_forms}, lang, "demonym rules")


def _for_language(table: dict[str, _T], lang: str, what: str) -> _T:
    """`table[lang]`, or S302 naming what is missing and the languages that have it."""
    try:
        return table[lang]
    except KeyError:
        raise UnsupportedLanguage(
            f"no {what} for language {lang!r}; supported: {', '.join(sorted(table))}", detail={"lang": lang}
        ) from None
