"""What every extractor sees of one document: sentences with offsets, entities, countries, dates, dyad."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, TypedDict

from suivi.extract.countries import CountryMention, find_countries
from suivi.extract.cues import load_cues
from suivi.extract.dates import DateMention, dateline_day, find_dates
from suivi.extract.numbers import Quantity, find_quantities
from suivi.record import Document
from suivi.vocab import Precision

if TYPE_CHECKING:
    from suivi.extract.engagements.mentions import Mention

#: One or two capitalised words with no "of", "de" or comma: a given name before a surname.
_GIVEN_NAME = re.compile(r"[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+)?")
#: Country mentions found by these means count towards the document's dyad, with these weights.
_DYAD_WEIGHT = {"name": 1.0, "demonym": 1.0, "org": 0.8, "capital": 0.3, "city": 0.1}
#: Forums (ASEAN, G20, UN ...) are where two parties meet more often than a party of the relation.
_FORUM_WEIGHT = 0.25


@dataclass
class Sentence:
    """One sentence of the document, with its absolute character offsets and what was found in it."""

    index: int
    start: int
    end: int
    text: str
    persons: list[tuple[int, int, str]] = field(default_factory=list)  # offsets relative to the sentence
    places: list[tuple[int, int, str]] = field(default_factory=list)  # LOC / GPE / FAC entities, same offsets
    countries: list[CountryMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)


class LayerData(TypedDict, total=False):
    """What a layer leaves in `DocContext.data` for the later ones: typed, so any other key is refused."""

    engagement_mentions: list[Mention]  # suivi.engagements: the head mention of each engagement


#: What a layer may read or write: the context's parts and the record's facts (see `LayerIO`).
Slot = Literal[
    "sentences",
    "persons",
    "places",
    "countries",
    "dates",
    "quantities",
    "dyad",
    "published",
    "engagement_mentions",
    "engagements",
    "participants",
    "indicators",
    "commitments",
]
#: What `build_context` provides before any layer runs.
CONTEXT_SLOTS: frozenset[Slot] = frozenset(
    {"sentences", "persons", "places", "countries", "dates", "quantities", "dyad", "published"}
)


@dataclass(frozen=True)
class LayerIO:
    """What one extraction layer reads and writes; the pipeline refuses an order in which a layer reads a
    slot that neither the context nor an earlier layer provides."""

    reads: frozenset[Slot]
    writes: frozenset[Slot]


@dataclass
class DocContext:
    """A document prepared for the rule layers."""

    doc: Document
    lang: str
    sentences: list[Sentence]
    dyad: list[str]
    data: LayerData = field(default_factory=lambda: LayerData())  # what earlier layers left for later ones
    #: The date relative expressions resolve against: the publication date, else one the article states.
    reference: str | None = None

    @property
    def published(self) -> str | None:
        return self.reference if self.reference is not None else self.doc.published

    @property
    def published_month(self) -> str | None:
        published = self.published
        return published[:7] if published and len(published) >= 7 else None


#: How many first sentences (headline, photo line, dateline) may hold the dateline.
_DATELINE_SENTENCES = 4


def build_context(doc: Document, lang: str, sentences: list[Sentence]) -> DocContext:
    """Find countries, dates and quantities in every sentence and choose the document's dyad."""
    reference = doc.published or stated_reference(sentences, lang)
    day = dateline_day([s.text for s in sentences[:_DATELINE_SENTENCES]], lang, reference)
    for sent in sentences:
        sent.countries = [c for c in find_countries(sent.text, lang) if not _in_a_name(c, sent)]
        sent.dates = find_dates(sent.text, lang, day or reference)
        sent.quantities = find_quantities(sent.text, lang)
    forums = frozenset(load_cues("engagements", lang).get("forum_parties", []))
    dyad = choose_dyad(sentences, forums)
    return DocContext(doc=doc, lang=lang, sentences=sentences, dyad=dyad, reference=reference)


def _in_a_name(country: CountryMention, sent: Sentence) -> bool:
    """ "Luis Montenegro", "Jordan Henderson": a country word that ends a person's name after a given name."""
    for start, end, _ in sent.persons:
        if start < country.start and country.end <= end:
            given = sent.text[start : country.start].strip()
            return bool(_GIVEN_NAME.fullmatch(given))
    return False


def stated_reference(sentences: list[Sentence], lang: str) -> str | None:
    """For an undated article, the month it is written in as its own sentences show it (ANNOTATION.md rule 13).

    The latest date written with its year, to the month at least ("PHNOM PENH, May 27, 2013 –", "le 9 janvier
    2025"), stands for the publication month; day and month alone then resolve to that year. With no such date,
    an article that writes one year only, and more than once ("the ASEAN Chair 2022 ... in 2022"), is of that
    year; a year written once is as often a founding or a past round's ("établies en 1982"). None otherwise:
    relative dates stay unresolved.
    """
    found = [d.date for sent in sentences for d in find_dates(sent.text, lang, None)]
    stated = [d.value[:7] for d in found if d.precision is not Precision.YEAR]
    years = [y for d in found for y in dict.fromkeys((d.value[:4], (d.end or d.value)[:4]))]
    return max(stated, default=None) or (years[0] if len(years) > 1 and len(set(years)) == 1 else None)


def choose_dyad(sentences: list[Sentence], forums: frozenset[str] = frozenset()) -> list[str]:
    """The two parties the article is mostly about: the most mentioned countries (orgs count less, forums least)."""
    weights: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    for sent in sentences:
        for mention in sent.countries:
            weight = _FORUM_WEIGHT if mention.code in forums else _DYAD_WEIGHT.get(mention.via, 1.0)
            weights[mention.code] = weights.get(mention.code, 0.0) + weight
            first_seen.setdefault(mention.code, mention.start + sent.start)
    ranked = sorted(weights, key=lambda code: (-weights[code], first_seen[code]))
    return ranked[:2]
