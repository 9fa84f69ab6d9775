"""The typed contents of one language folder: how the language writes dates, numbers and demonyms.

Each class is filled from one file of `suivi/lang/<code>/` by `suivi.lang.profile`; the extractors read
these objects, never the files.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DateWords:
    """Everything language-specific about writing dates and periods (`dates.json`).

    Phrases are written with plain spaces and straight apostrophes; the grammar turns a space into
    "one or more blanks" and an apostrophe into "straight or curly". Templates may use `<N>` (a count,
    digits or a word), `<ORD>` (an ordinal word), `<Y>` (a year) and `<YREF>` (a year or a year phrase).
    Month and weekday names come from babel, in the profile's locale.
    """

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


@dataclass(frozen=True)
class NumberWords:
    """How the language writes figures (`numbers.json`); currency names of every currency in use come from
    babel, the tables here are reviewed additions ("dollars" -> USD)."""

    decimal: str  # the decimal mark: "," ("2,85 milliards") or "."
    scales: dict[str, float]  # "milliard" -> 1e9, "bn" -> 1e9
    connectors: tuple[str, ...]  # words between a figure and its currency ("de" in "2 milliards de dollars")
    currencies: dict[str, str]  # currency words as written in the news -> ISO 4217 code
    percent: tuple[str, ...]  # "%", "pour cent", "per cent"
    qualifiers: dict[str, str]  # words before a figure -> suivi.vocab.Qualifier ("plus de" -> "more_than")
    number_words: tuple[str, ...]  # spelled numbers text2num reads ("huit", "twenty")
    number_joiners: tuple[str, ...]  # words joining spelled numbers ("et", "and")
    count_nouns: tuple[str, ...]  # singular nouns a count may have ("projet", "visitor")
    count_blockers: tuple[str, ...]  # words between a number and a noun that make it no count ("ans")


@dataclass(frozen=True)
class Ending:
    """One inflection rule: a word ending with one of `ends` ("" ends every word) loses `drop` characters
    and gains `add`; `add` None means the word has no such form ("Vietnamese" has no plural)."""

    ends: tuple[str, ...]
    add: str | None
    drop: int = 0

    def apply(self, word: str) -> str | None:
        return None if self.add is None else word[: len(word) - self.drop] + self.add


@dataclass(frozen=True)
class DemonymForms:
    """How a demonym entry of `demonyms.json` is inflected (`demonym_forms.json`).

    An entry is the base form, or "base|feminine" when the feminine is irregular ("grec|grecque"). Its forms
    are the base, the feminine (first matching rule of `feminine`; none: no feminine) and the plural of
    both (first matching rule of `plural`).
    """

    feminine: tuple[Ending, ...]
    plural: tuple[Ending, ...]

    def forms(self, entry: str) -> list[str]:
        """Every written form of `entry`: "cambodgien" -> cambodgien(s), cambodgienne(s)."""
        base, _, feminine = entry.partition("|")
        found = {base, feminine or _inflect(self.feminine, base) or base}
        found |= {plural for word in tuple(found) if (plural := _inflect(self.plural, word))}
        return sorted(found)


def _inflect(rules: tuple[Ending, ...], word: str) -> str | None:
    rule = next((r for r in rules if word.endswith(r.ends)), None)
    return rule.apply(word) if rule else None
