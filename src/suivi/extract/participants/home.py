"""The outlet's own country: the national news agency it credits, its dateline, its most mentioned party."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from suivi.extract.context import DocContext
from suivi.extract.cues import load_cues

EXTRACTOR = "participants"


@cache
def _agency_credit(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """A news agency's dateline or photo credit ("Hanoi (VNA) -", "Photo: AKP"), the agency names, and their
    countries."""
    table: dict[str, str] = load_cues(EXTRACTOR, lang)["news_agencies"]
    names = "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True))
    credit = load_cues(EXTRACTOR, lang)["agency_credit"].replace("{agency}", names)
    flags = re.IGNORECASE | re.MULTILINE
    return re.compile(credit, flags), re.compile(names, flags), {n.casefold(): c for n, c in table.items()}


def agency_country(ctx: DocContext) -> str | None:
    """The country of the national news agency the article credits most (dateline, photo credits), if any."""
    credit, names, table = _agency_credit(ctx.lang)
    votes: Counter[str] = Counter()
    for m in credit.finditer(ctx.doc.text):
        agency = names.search(m.group(0))
        if agency and agency.group(0).casefold() in table:
            votes[table[agency.group(0).casefold()]] += 1
    return votes.most_common(1)[0][0] if votes else None


def home_country(
    ctx: DocContext, destinations: frozenset[str] = frozenset(), marked: frozenset[str] = frozenset()
) -> str | None:
    """The outlet's own country: that of the national news agency it credits, else the dateline's capital when
    it is a party, else the one state of two whose people the article never marks as the other side ("Prime
    Minister X met his Kyrgyz counterpart Y": news marks the foreigner), else the most mentioned party that
    is not where the article's unmarked people travel to."""
    agency = agency_country(ctx)
    if agency:
        return agency
    first = ctx.sentences[:3]
    for sent in first:
        for c in sent.countries:
            if c.via == "capital" and c.start < 30 and c.code in ctx.dyad:
                return c.code
    states = [c for c in ctx.dyad if is_country(c)]
    unmarked = [c for c in states if c not in marked]
    if len(states) == 2 and len(unmarked) == 1:
        return unmarked[0]
    staying = [c for c in states if c not in destinations]
    return staying[0] if staying else states[0] if states else None


def is_country(code: str) -> bool:
    """A state (ISO alpha-2), not an organisation ("ASEAN")."""
    return len(code) == 2
