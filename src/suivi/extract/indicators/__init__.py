"""suivi.indicators.v1: trade, investment, aid and visitor figures of the relation, observed or targeted."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from suivi.extract.context import DocContext, Sentence
from suivi.extract.cues import cue, load_cues, typographic
from suivi.extract.dates import PeriodMention, find_periods
from suivi.extract.indicators.counts import BareCount, bare_counts
from suivi.extract.indicators.currency import in_dyad_currency
from suivi.extract.numbers import Quantity, parse_number
from suivi.extract.registry import register
from suivi.lang import profile
from suivi.record import DocumentRecord, Indicator, Period, Provenance
from suivi.vocab import IndicatorKind, Metric, Unit

NAME, VERSION = "suivi.indicators", "v1"
EXTRACTOR = "indicators"
#: Figures that state where things stand at publication (capital invested, students, markers planted).
_STOCK_METRICS = {Metric.INVESTMENT_CAPITAL, Metric.INVESTMENT_PROJECTS, Metric.OTHER}
#: The lower bound and the dash, "à" or "to" of a range written before its upper bound.
_RANGE_START = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*(?:%|per ?cent|pour ?cent)?\s*(?:-|–|à|to)\s*$")
#: The lower bound and dash of a range of amounts or counts ("5-7 milliards de dollars", "300–400 students").
_DASH_START = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*[-–]\s*$")
_LEADING_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
#: What joins the two bounds of a range written with a unit on each ("10%- 15%", "5 à 7 milliards").
_RANGE_JOIN = re.compile(r"\s*(?:-|–|à|to)\s*")
#: How far before a figure a target verb governs it ("porter bientôt le chiffre d'affaires du commerce à 18 Md").
_TARGET_WINDOW = 90


class _Scope(NamedTuple):
    """A sentence and its figures: the quantities `numbers` found and the counts constructions give."""

    sent: Sentence
    figures: list[Quantity]


@cache
def _metric_patterns(lang: str) -> list[tuple[Metric, re.Pattern[str]]]:
    return [(Metric(m), re.compile(typographic(p), re.IGNORECASE)) for m, p in load_cues(EXTRACTOR, lang)["metrics"]]


def metric_of(q: Quantity, sent: Sentence, lang: str) -> Metric | None:
    """The metric a figure measures, from its counted noun or the words just before it."""
    data = load_cues(EXTRACTOR, lang)
    noun = (getattr(q, "noun", None) or "").lower()
    if q.unit == Unit.COUNT:
        return Metric(data["count_nouns"][noun]) if noun in data["count_nouns"] else None
    before = sent.text[max(0, q.start - data["context_before"]) : q.start]
    after = sent.text[q.end : q.end + data["context_after"]]
    tail = sent.text[q.end : q.end + 80]
    named_after = cue(EXTRACTOR, lang, "metric_after").match(tail)
    if named_after:  # "US$11 billion worth of Vietnam's imports": what the figure is worth of wins
        rest = tail[named_after.end() :]
        return next((metric for metric, pattern in _metric_patterns(lang) if pattern.match(rest)), None)
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


def _is_target(q: Quantity, sent: Sentence, lang: str, floor: int) -> bool:
    """A goal: a target verb between the previous figure and this one, or a deadline right after it."""
    upto = _lead(q)  # "raising the total number of markers to 40": the construction's verb is no goal
    before = sent.text[max(floor, upto - _TARGET_WINDOW) : upto]
    if cue(EXTRACTOR, lang, "achieved").search(before[-45:]):
        return False  # "surpassed the target to 1.25 billion": reached, so observed
    if cue(EXTRACTOR, lang, "change_result").search(before):
        return False  # "a doublé en cinq ans pour atteindre 400 millions": where a past change ended
    if cue(EXTRACTOR, lang, "target").search(before):
        return True
    if cue(EXTRACTOR, lang, "target_blockers").search(before[-40:]):
        return False
    return bool(cue(EXTRACTOR, lang, "target_after").search(sent.text[q.end : q.end + 45]))


def _goal_goes_on(out: list[Indicator], between: str, lang: str) -> bool:
    """ "aim to lift trade by 10% a year to reach 2 billion USD": the figure a goal's rate leads to is the goal."""
    if not out or out[-1].kind is not IndicatorKind.TARGET:
        return False
    return bool(cue(EXTRACTOR, lang, "goal_goes_on").search(between))


def _rate_result(out: list[Indicator], between: str, lang: str) -> bool:
    """ "ont progressé de 12,5 % pour atteindre 1,8 milliard", "rose 14% to reach $560 million": the amount an
    observed change ended at is observed too."""
    if not out or out[-1].kind is not IndicatorKind.OBSERVED or out[-1].unit != Unit.PERCENT:
        return False
    return bool(cue(EXTRACTOR, lang, "rate_result").fullmatch(between))


def _period(q: Quantity, metric: Metric, kind: IndicatorKind, scope: _Scope, ctx: DocContext) -> Period | None:
    """The figure's period in its sentence; else, for a stock observed at publication (capital invested,
    projects, markers planted), up to the publication month, unless the count is of new ones ("nine new
    projects" came in some period the text does not give)."""
    mention = _period_mention(q, kind, scope, ctx)
    if mention is not None:
        return mention.period
    stock = metric in _STOCK_METRICS and kind is IndicatorKind.OBSERVED and ctx.published_month
    if stock and not cue(EXTRACTOR, ctx.lang, "flow_count").search(q.text):
        return Period(start=None, end=ctx.published_month)
    return None


def _period_mention(q: Quantity, kind: IndicatorKind, scope: _Scope, ctx: DocContext) -> PeriodMention | None:
    """The period right after the figure when no other figure comes first ("10 milliards d'ici 2030"); else,
    for an observed figure only, the closest one before it ("en 2023, les échanges ont atteint ..."). A goal's
    deadline follows it: a year before a target names something else ("le 10e anniversaire en 2023 et porter
    le commerce à ..."); a period after a later figure is that figure's ("5,4 Md, qui devraient atteindre
    10 Md d'ici 2018")."""
    text = scope.sent.text
    mentions = find_periods(text, ctx.lang, ctx.published)
    after = next((m for m in mentions if m.start >= q.end), None)
    between = [o for o in scope.figures if q.end <= o.start and _lead(o) < after.start] if after is not None else []
    if after is not None and all(_RANGE_JOIN.fullmatch(text, q.end, o.start) for o in between):
        return after  # "10%- 15% d'ici 2020": the upper bound of the range is the same figure
    if kind is IndicatorKind.TARGET:
        return None
    before = [m for m in mentions if m.end <= q.start]
    return before[-1] if before else None


def _lead(q: Quantity) -> int:
    """Where a figure's words start: a count's construction ("raising the total number of markers to 40")."""
    return q.lead if isinstance(q, BareCount) else q.start


def sentence_indicators(sent: Sentence, ctx: DocContext, carried: Metric | None) -> list[Indicator]:
    """Figures of the sentence; `carried` is the metric of the previous sentence's figures ("the number ...")."""
    if cue(EXTRACTOR, ctx.lang, "not_relation").search(sent.text):
        return []
    out: list[Indicator] = []
    last_metric = carried if carried and cue(EXTRACTOR, ctx.lang, "carry_metric").search(sent.text) else None
    floor = 0
    previous: Quantity | None = None
    scope = _Scope(sent, sorted([*sent.quantities, *bare_counts(sent, ctx.lang)], key=lambda q: q.start))
    for q in scope.figures:
        if _not_a_figure(q, previous, sent, ctx.lang):
            previous = q
            continue
        floor_of = _range_floor(q, sent, ctx.lang)
        if floor_of is not q and previous is not None and previous.end > floor_of.start:
            previous = q
            continue  # "10%- 15%": the upper bound of a range whose lower bound was read already
        previous, q = q, in_dyad_currency(floor_of, sent.text, ctx.dyad, ctx.lang)
        metric = metric_of(q, sent, ctx.lang) or (last_metric if q.unit != Unit.COUNT else None)
        if metric is None:
            continue
        between = sent.text[floor : q.start]
        goal = not _rate_result(out, between, ctx.lang) and (
            _is_target(q, sent, ctx.lang, floor) or _goal_goes_on(out, between, ctx.lang)
        )
        kind = IndicatorKind.TARGET if goal else IndicatorKind.OBSERVED
        period = _period(q, metric, kind, scope, ctx)
        if q.unit == Unit.PERCENT and out:
            period = out[-1].period
        out.append(_indicator(q, metric, kind, period, sent, ctx))
        last_metric, floor = metric, q.end
    return out


def _range_floor(q: Quantity, sent: Sentence, lang: str) -> Quantity:
    """ "10-15 per cent", "de 10 à 15 %", "10%- 15%", "5-7 milliards": a range is read as its lower bound
    (ANNOTATION's figure), scaled like the upper one."""
    pattern = _RANGE_START if q.unit == Unit.PERCENT else _DASH_START
    m = pattern.search(sent.text, max(0, q.start - 20), q.start)
    if m is None:
        return q
    if q.unit == Unit.PERCENT:
        return replace(q, start=m.start(1), value=float(m.group(1).replace(",", ".")))
    upper = _LEADING_NUMBER.match(q.text)
    if upper is None:
        return q
    decimal = profile(lang).numbers.decimal
    low = parse_number(m.group(1), decimal) * q.value / parse_number(upper.group(0), decimal)
    return replace(q, start=m.start(1), value=float(f"{low:.12g}"))


def _not_a_figure(q: Quantity, previous: Quantity | None, sent: Sentence, lang: str) -> bool:
    """ "les deux délégations", "the two sides": a definite count names who, it measures nothing; "US$25 billion
    (about 833 billion baht)": a conversion repeats the figure before it."""
    before = sent.text[max(0, q.start - 20) : q.start]
    if q.unit == Unit.COUNT and cue(EXTRACTOR, lang, "not_figure_before").search(before):
        return True
    if previous is None or previous.unit in (Unit.COUNT, Unit.PERCENT) or q.unit in (Unit.COUNT, Unit.PERCENT):
        return False
    return "(" in sent.text[previous.end : q.start]


def _indicator(
    q: Quantity, metric: Metric, kind: IndicatorKind, period: Period | None, sent: Sentence, ctx: DocContext
) -> Indicator:
    return Indicator(
        metric=metric,
        parties=list(ctx.dyad),
        value=q.value,
        unit=str(q.unit),
        qualifier=q.qualifier,
        period=period,
        kind=kind,
        evidence=sent.text,
        provenance=Provenance(start=sent.start + q.start, end=sent.start + q.end, extractor=NAME, version=VERSION),
    )


@register(f"{NAME}.{VERSION}")
def extract_indicators(ctx: DocContext, record: DocumentRecord) -> None:
    """Fill `record.indicators` for diplomatic documents (figures of the relation, not of one economy)."""
    if not record.engagements:
        return
    carried: Metric | None = None
    found_in: list[tuple[Sentence, list[Indicator]]] = []
    for sent in ctx.sentences:
        found = sentence_indicators(sent, ctx, carried)
        found_in.append((sent, found))
        carried = found[-1].metric if found else last_metric_word(sent, ctx.lang)
    body = {_key(i) for sent, found in found_in if not _is_headline(sent, ctx) for i in found}
    for sent, found in found_in:
        record.indicators.extend(i for i in found if not (_is_headline(sent, ctx) and _key(i) in body))


def _key(i: Indicator) -> tuple[Metric, str, str, IndicatorKind]:
    return (i.metric, f"{i.value:.3g}", i.unit, i.kind)


def _is_headline(sent: Sentence, ctx: DocContext) -> bool:
    """A title line: among the first lines, alone on its line, no final stop. The figure it announces is the
    body's, stated again there with its context ("Two nations aim for $25 billion in trade" above "The two
    countries are expected to reach US$25 billion ...")."""
    if sent.index > 2 or sent.text.rstrip().endswith((".", "!", "?", "…")):
        return False
    text = ctx.doc.text
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    return not text[line_start : sent.start].strip() and not text[sent.end : None if line_end < 0 else line_end].strip()


def last_metric_word(sent: Sentence, lang: str) -> Metric | None:
    """The metric a sentence talks about without a figure ("Trade rose sharply."), for the next one to carry."""
    hits = [(m.end(), metric) for metric, pattern in _metric_patterns(lang) for m in pattern.finditer(sent.text)]
    return max(hits)[1] if hits else None
