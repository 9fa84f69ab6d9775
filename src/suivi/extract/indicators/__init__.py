"""suivi.indicators.v1: trade, investment, aid and visitor figures of the relation, observed or targeted."""

from __future__ import annotations

import re
from functools import cache

from suivi.extract.context import DocContext, Sentence
from suivi.extract.cues import cue, load_cues
from suivi.extract.dates import resolve_period
from suivi.extract.numbers import Quantity
from suivi.extract.registry import extractors
from suivi.record import DocumentRecord, Indicator, Period, Provenance
from suivi.vocab import IndicatorKind, Metric, Unit

NAME, VERSION = "suivi.indicators", "v1"
EXTRACTOR = "indicators"
_STOCK_METRICS = {Metric.INVESTMENT_CAPITAL, Metric.INVESTMENT_PROJECTS}


@cache
def _metric_patterns(lang: str) -> list[tuple[Metric, re.Pattern[str]]]:
    return [(Metric(m), re.compile(p, re.IGNORECASE)) for m, p in load_cues(EXTRACTOR, lang)["metrics"]]


def metric_of(q: Quantity, sent: Sentence, lang: str) -> Metric | None:
    """The metric a figure measures, from its counted noun or the words just before it."""
    data = load_cues(EXTRACTOR, lang)
    noun = (getattr(q, "noun", None) or "").lower()
    if q.unit == Unit.COUNT:
        return Metric(data["count_nouns"][noun]) if noun in data["count_nouns"] else None
    before = sent.text[max(0, q.start - data["context_before"]) : q.start]
    after = sent.text[q.end : q.end + data["context_after"]]
    best: tuple[int, Metric] | None = None
    for metric, pattern in _metric_patterns(lang):
        hits = [m.end() for m in pattern.finditer(before)]
        if hits and (best is None or hits[-1] > best[0]):
            best = (hits[-1], metric)
    if best is None:
        for metric, pattern in _metric_patterns(lang):
            if pattern.search(after):
                return metric
    return best[1] if best else None


def _is_target(q: Quantity, sent: Sentence, lang: str) -> bool:
    before = sent.text[max(0, q.start - 90) : q.start]
    after = sent.text[q.end : q.end + 40]
    if cue(EXTRACTOR, lang, "target_blockers").search(before[-40:]):
        return False
    return bool(cue(EXTRACTOR, lang, "target").search(before[-60:] + " " + after))


def _period(q: Quantity, metric: Metric, kind: IndicatorKind, sent: Sentence, ctx: DocContext) -> Period | None:
    period = resolve_period(sent.text, ctx.lang, ctx.published, near=q.start)
    if period is None and metric in _STOCK_METRICS and kind is IndicatorKind.OBSERVED and ctx.published_month:
        return Period(start=None, end=ctx.published_month)
    return period


def sentence_indicators(sent: Sentence, ctx: DocContext) -> list[Indicator]:
    if cue(EXTRACTOR, ctx.lang, "not_relation").search(sent.text):
        return []
    out: list[Indicator] = []
    last_metric: Metric | None = None
    for q in sent.quantities:
        metric = metric_of(q, sent, ctx.lang)
        if metric is None and q.unit == Unit.PERCENT:
            metric = last_metric
        if metric is None:
            continue
        last_metric = metric
        kind = IndicatorKind.TARGET if _is_target(q, sent, ctx.lang) else IndicatorKind.OBSERVED
        out.append(
            Indicator(
                metric=metric,
                parties=list(ctx.dyad),
                value=q.value,
                unit=str(q.unit),
                qualifier=q.qualifier,
                period=_period(q, metric, kind, sent, ctx),
                kind=kind,
                evidence=sent.text,
                provenance=Provenance(start=sent.start + q.start, end=sent.start + q.end, extractor=NAME, version=VERSION),
            )
        )
    return out


@extractors.register(f"{NAME}.{VERSION}")
def extract_indicators(ctx: DocContext, record: DocumentRecord) -> None:
    """Fill `record.indicators` for diplomatic documents (figures of the relation, not of one economy)."""
    if not record.engagements:
        return
    for sent in ctx.sentences:
        record.indicators.extend(sentence_indicators(sent, ctx))
