"""Engagements the sentence model finds in sentences where the rules read none.

The model says a sentence states an engagement, and of which kind; the rest of the engagement is read with
the engagement layer's own public helpers, over the whole sentence as if it were the trigger: its date
(`assign_dates`), status (`status_of`: cue words and the date against publication), venue, format and
parties (`parties_of`: the sentence's own pair, else the document's dyad). A sentence the rules already
used (the evidence of an engagement, or a mention merged into one) or where they found a trigger and chose
to drop it (vague, a reference back) gets nothing; nor does one that would repeat an engagement of the
record (same kind, same parties, compatible dates).
"""

from __future__ import annotations

from dataclasses import dataclass

from suivi.extract.context import DocContext, Sentence
from suivi.extract.dates import dates_agree
from suivi.extract.engagements import parties_of, to_engagement
from suivi.extract.engagements.dating import assign_dates
from suivi.extract.engagements.mentions import Mention, find_mentions, format_of, status_of
from suivi.extract.engagements.venues import implied_venue, named_venue
from suivi.extract.learned.model import SentenceModel
from suivi.record import DateValue, DocumentRecord, Engagement, Provenance
from suivi.vocab import EngagementKind, Precision

ENGAGEMENT = "engagement"
_KIND = "engagement:"
_PAIR = 2


@dataclass(frozen=True)
class EngagementOptions:
    """How sure the model must be, and which sentences it may read (chosen by document cross-validation)."""

    #: The model's probability of `engagement` a sentence needs, on top of the label's own threshold.
    min_probability: float = 0.0
    #: A sentence where the rules found a trigger (and dropped it) gets no learned engagement.
    skip_rule_triggers: bool = True
    #: Only documents where the rules found at least one engagement.
    only_with_rule_engagements: bool = True
    #: A learned engagement needs two named parties in its sentence (else the dyad is only a guess).
    need_named_pair: bool = False
    #: A learned engagement needs a date written in its sentence (a new occasion is usually dated).
    need_date: bool = False
    #: The date must name a month or a day: a year alone is more often a programme's or a term's.
    need_month: bool = False
    #: An engagement of any kind with the same parties and a compatible written date is the same occasion.
    any_kind_repeats: bool = False


def covered_sentences(ctx: DocContext, record: DocumentRecord) -> set[int]:
    """Positions of the sentences whose text the rules already turned into (part of) an engagement."""
    used = {e.evidence for e in record.engagements}
    heads = ctx.data.get("engagement_mentions", [])
    ids = {id(x.sentence) for h in heads for x in (h, *h.merged)}
    return {i for i, s in enumerate(ctx.sentences) if id(s) in ids or s.text in used}


def decided_kind(probs: dict[str, float]) -> EngagementKind | None:
    """The kind the model finds most likely for a sentence it says states an engagement."""
    kinds = [(p, label.removeprefix(_KIND)) for label, p in probs.items() if label.startswith(_KIND)]
    if not kinds:
        return None
    return EngagementKind(max(kinds)[1])


def _mention(sent: Sentence, kind: EngagementKind, ctx: DocContext) -> Mention:
    """The whole sentence read as one engagement mention of `kind`, described like a rule mention."""
    m = Mention(sentence=sent, start=0, end=len(sent.text), kind=kind)
    assign_dates([m], sent.dates, ctx.lang)
    m.status = status_of(m, ctx)
    m.venue = named_venue(m, ctx.lang)
    m.format = format_of(m, ctx.lang)
    m.venue = m.venue or implied_venue(m, ctx.lang, ctx.dyad)
    return m


def repeats(new: Engagement, record: DocumentRecord, any_kind: bool = False) -> bool:
    """An engagement of the record has the same kind and parties and a compatible date (with `any_kind`:
    the same parties and a compatible date, both dates known, whatever the kinds)."""
    same_kind = any(
        e.kind is new.kind and set(e.parties) == set(new.parties) and dates_agree(e.date, new.date)
        for e in record.engagements
    )
    return same_kind or (
        any_kind
        and any(
            set(e.parties) == set(new.parties) and e.date is not None and dates_agree(e.date, new.date)
            for e in record.engagements
        )
    )


def _candidates(ctx: DocContext, record: DocumentRecord, options: EngagementOptions) -> list[Sentence]:
    covered = covered_sentences(ctx, record)
    out = [s for i, s in enumerate(ctx.sentences) if i not in covered]
    if options.skip_rule_triggers:
        out = [s for s in out if not find_mentions(s, ctx.lang)]
    return out


def _named_pair(sent: Sentence) -> bool:
    return len({c.code for c in sent.countries if c.via in ("name", "demonym")}) >= _PAIR


def _dated_enough(date: DateValue | None, options: EngagementOptions) -> bool:
    if date is None:
        return not (options.need_date or options.need_month)
    return not options.need_month or date.precision is not Precision.YEAR


def learned_engagement(
    sent: Sentence,
    probs: dict[str, float],
    ctx: DocContext,
    index: int,
    version: tuple[str, str],
    options: EngagementOptions,
) -> Engagement | None:
    """The engagement a sentence states according to the model, or None when it names no two parties (or
    lacks the date `options` ask for)."""
    kind = decided_kind(probs)
    if kind is None:
        return None
    m = _mention(sent, kind, ctx)
    parties = parties_of(m, ctx)
    if len(parties) < _PAIR or not _dated_enough(m.date, options):
        return None
    engagement = to_engagement(m, index, ctx, None, is_main=False)
    name, declared = version
    engagement.provenance = Provenance(start=sent.start, end=sent.end, extractor=name, version=declared)
    return engagement


def add_learned_engagements(
    ctx: DocContext,
    record: DocumentRecord,
    model: SentenceModel,
    version: tuple[str, str],
    options: EngagementOptions | None = None,
) -> None:
    """Engagements the model decides in sentences the rules did not use (see the module's docstring)."""
    options = options or EngagementOptions()
    if options.only_with_rule_engagements and not record.engagements:
        return
    sentences = _candidates(ctx, record, options)
    if not sentences:
        return
    cut = max(model.thresholds.get(ENGAGEMENT, 1.0), options.min_probability)
    for sent, probs in zip(sentences, model.predict([s.text for s in sentences], ctx.lang), strict=True):
        if probs.get(ENGAGEMENT, 0.0) < cut or (options.need_named_pair and not _named_pair(sent)):
            continue
        engagement = learned_engagement(sent, probs, ctx, len(record.engagements) + 1, version, options)
        if engagement is not None and not repeats(engagement, record, options.any_kind_repeats):
            record.engagements.append(engagement)
