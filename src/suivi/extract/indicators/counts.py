"""Counts written as a bare number whose counted noun stands elsewhere in the sentence.

"raising the total number of border markers to 40", "portant à 186 le nombre total de projets": the noun
comes before or after the figure, not right after it, so `numbers.find_quantities` (which reads "40 markers")
does not see a figure there. "120 delegations, about 60 of which ...", "120 délégations, dont 60 ...": a part
of the count before it, with that count's noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from suivi.extract.context import Sentence
from suivi.extract.cues import load_cues, typographic
from suivi.extract.numbers import YEAR, Quantity, parse_number, qualifier_before
from suivi.lang import profile
from suivi.vocab import Unit

EXTRACTOR = "indicators"
#: A written whole number: "40", "186", "1 200", "1,200".
_NUMBER = r"(?P<num>\d{1,3}(?:[\u00a0\u202f ,.]\d{3})+(?![\d,.]\d)|\d+)(?![\d,.]\d)"


@dataclass(frozen=True)
class BareCount(Quantity):
    """A count found by a construction; `lead` is where the construction starts ("raising the total ..."):
    its own verb says how the count was reached, not that it is a goal."""

    lead: int = 0


@cache
def _patterns(lang: str) -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    """(totals, parts): the lexicon's constructions with `{num}` and `{noun}` filled in."""
    data = load_cues(EXTRACTOR, lang)
    nouns = "|".join(re.escape(n) for n in sorted(data["count_nouns"], key=len, reverse=True))

    def fill(pattern: str) -> re.Pattern[str]:
        body = pattern.replace("{noun}", rf"(?P<noun>{nouns})").replace("{num}", _NUMBER)
        return re.compile(typographic(body), re.IGNORECASE)

    return [fill(p) for p in data["total_count"]], [fill(p) for p in data["part_of_count"]]


def bare_counts(sent: Sentence, lang: str) -> list[BareCount]:
    """The counts of `sent` that only these constructions give, in text order; none overlaps a found figure.
    A construction may mark with `(?P<lead>)` where the words of its figure start ("arrivals rose 30% last year
    to 95,000": at "to"), so that a rate or a period between the noun and the figure stays the rate's."""
    totals, parts = _patterns(lang)
    taken = [(q.start, q.end) for q in sent.quantities]
    out: list[BareCount] = []
    for pattern in (*totals, *parts):
        for m in pattern.finditer(sent.text):
            start, end = m.span("num")
            if YEAR.fullmatch(m.group("num")) or any(s < end and start < e for s, e in taken):
                continue
            noun = m.group("noun") if "noun" in pattern.groupindex else _counted_before(sent, start)
            if noun is None:
                continue
            value = parse_number(m.group("num"), profile(lang).numbers.decimal)
            qualifier = qualifier_before(sent.text, start, lang)
            lead = m.start("lead") if "lead" in pattern.groupindex else m.start()
            out.append(BareCount(start, end, m.group("num"), value, str(Unit.COUNT), qualifier, noun, lead=lead))
            taken.append((start, end))
    return sorted(out, key=lambda q: q.start)


def _counted_before(sent: Sentence, start: int) -> str | None:
    """The noun of the last count before `start` ("120 delegations" for "60 of which")."""
    counts = [q for q in sent.quantities if q.unit == Unit.COUNT and q.noun and q.end <= start]
    return counts[-1].noun if counts else None
