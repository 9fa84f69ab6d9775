"""Engagements an agreement implies: "Peru and Chile agreed to ...", "Finland will give Tanzania a grant".

Two states cannot agree, sign, offer or pledge something to each other without having dealt with each other.
When an article names no meeting, visit or call but reports such a commitment between two named parties, that
exchange is the engagement the article reports (kind `meeting` for an agreement or a signing, `other` for one
party's pledge). Proposals ("urged", "called for") imply nothing: one party can demand from another without any
occasion between them.
"""

from __future__ import annotations

import re

from suivi.extract.commitments import find_verbs
from suivi.extract.context import DocContext, Sentence
from suivi.extract.countries import CountryMention
from suivi.extract.cues import cue
from suivi.extract.engagements.dating import assign_dates
from suivi.extract.engagements.mentions import EXTRACTOR, Mention
from suivi.vocab import CommitmentKind, EngagementKind, EngagementStatus

#: Ways of naming a party that say who acts ("Chile", "Chilean", "ASEAN"); a capital or city says where.
_NAMING = ("name", "demonym", "org")
_MUTUAL = {CommitmentKind.AGREED, CommitmentKind.SIGNED}
_IMPLYING = _MUTUAL | {CommitmentKind.PLEDGED}
_PAIR = 2
_NOT_AFTER = re.compile(
    r"\s*(?:to\s+)?(?:not|never|no longer|ne\s+(?:pas|jamais|plus)|à\s+ne\s+(?:pas|jamais|plus))\b", re.IGNORECASE
)


def implied_mentions(ctx: DocContext) -> list[Mention]:
    """At most one mention: the first sentence where a party commits towards another named party."""
    for sent in ctx.sentences:
        mention = _implied(sent, ctx)
        if mention is not None:
            return [mention]
    return []


def _implied(sent: Sentence, ctx: DocContext) -> Mention | None:
    for kind, verb in find_verbs(sent, ctx.lang):
        if kind not in _IMPLYING or _negated(sent, verb.start(), verb.end(), ctx.lang):
            continue
        parties = [c for c in sent.countries if c.via in _NAMING and not _business(sent, c, ctx.lang)]
        named = {c.code for c in parties}
        acting = any(c.end <= verb.start() for c in parties)
        if not acting or len(named) < _PAIR:
            continue
        mention = Mention(
            sentence=sent,
            start=verb.start(),
            end=verb.end(),
            kind=EngagementKind.MEETING if kind in _MUTUAL else EngagementKind.OTHER,
            status=EngagementStatus.HELD,  # the agreement or pledge is reported as made, whatever it promises
        )
        assign_dates([mention], sent.dates, ctx.lang)
        if mention.date is not None and ctx.published and mention.date.value[:7] > ctx.published[:7]:
            mention.date = None  # a future date is what was promised ("exercises next month"), not when
        return mention
    return None


def _business(sent: Sentence, country: CountryMention, lang: str) -> bool:
    """ "a Moroccan group", "la société française": a company or a team of that country, not the state."""
    after = cue(EXTRACTOR, lang, "business_after").match(sent.text[country.end : country.end + 40])
    before = cue(EXTRACTOR, lang, "business_before").search(sent.text[max(0, country.start - 30) : country.start])
    return bool(after or before)


def _negated(sent: Sentence, start: int, end: int, lang: str) -> bool:
    """ "refused to sign", "vowed not to return", "s'est engagé à ne pas": a commitment against the other party."""
    before = cue(EXTRACTOR, lang, "negated_before").search(sent.text[max(0, start - 30) : start])
    return bool(before or _NOT_AFTER.match(sent.text, end))
