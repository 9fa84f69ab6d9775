"""suivi.indicators.v1: trade, investment, aid and visitor figures of the relation, observed or targeted."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from suivi.extract.context import DocContext, Sentence
from suivi.extract.cues import cue, load_cues, typographic
from suivi.extract.dates import PeriodMention, find_periods
from suivi.extract.indicators.counts import BareCount, bare_counts
from suivi.extract.indicators.currency import in_dyad_currency
from suivi.extract.numbers import YEAR, Quantity, parse_number
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
#: The lower bound and its join of a range of amounts or counts ("5-7 milliards de dollars", "300–400 students",
#: "5 à 6 milliards", "between 5 and 6 billion"): the join is checked against the language's range cues.
_LOW_START = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(\S{1,3})\s*$")
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
    if q.unit == Unit.COUNT and noun:
        return Metric(data["count_nouns"][noun]) if noun in data["count_nouns"] else None
    if q.unit == Unit.COUNT:
        return _counted_before(sent.text[max(0, q.start - data["context_before"]) : q.start], lang)
    before = sent.text[max(0, q.start - data["context_before"]) : q.start]
    after = _CONVERSION.sub("", sent.text[q.end : q.end + 100])[: data["context_after"]]
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


#: An amount in brackets right after a figure: the same figure in another currency ("(US$408 million)").
_ONE_WORD = re.compile(r"\s*(?:[^\W\d_]+\s*)?")
_CONVERSION = re.compile(r"^\s*\([^()]{0,60}\)")


@cache
def _count_noun_pattern(lang: str) -> re.Pattern[str]:
    nouns = sorted(load_cues(EXTRACTOR, lang)["count_nouns"], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in nouns) + r")\b", re.IGNORECASE)


def _counted_before(before: str, lang: str) -> Metric | None:
    """A count written without its noun ("Finnish visitors numbered some 3.5 million, up from 2.9 million"): the
    metric of the last counted noun before it in the clause."""
    clause = re.split(r"[;.!?]\s", before)[-1]
    hits = _count_noun_pattern(lang).findall(clause)
    return Metric(load_cues(EXTRACTOR, lang)["count_nouns"][hits[-1].lower()]) if hits else None


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
    stock = metric in _STOCK_METRICS and kind is IndicatorKind.OBSERVED
    mention = _period_mention(q, kind, scope, ctx, stock)
    if mention is not None:
        return _since(mention, scope.sent.text, ctx) if kind is IndicatorKind.OBSERVED else mention.period
    if stock and ctx.published_month and not cue(EXTRACTOR, ctx.lang, "flow_count").search(q.text):
        return Period(start=None, end=ctx.published_month)
    return None


def _since(mention: PeriodMention, text: str, ctx: DocContext) -> Period:
    """ "has reached 1.3 billion dollars since 2019", "depuis 1975": a total since a year runs up to publication."""
    m = cue(EXTRACTOR, ctx.lang, "since_year").search(text, max(0, mention.start - 30), mention.end)
    if m is None or ctx.published_month is None or mention.start not in (m.start(), m.end()):
        return mention.period
    return Period(start=mention.period.start, end=ctx.published_month)


def _period_mention(
    q: Quantity, kind: IndicatorKind, scope: _Scope, ctx: DocContext, stock: bool = False
) -> PeriodMention | None:
    """The period right after the figure when no other figure comes first ("10 milliards d'ici 2030"); else,
    for an observed figure only, the closest one before it ("en 2023, les échanges ont atteint ..."), unless the
    figure is a stock and that period is the one of the figure right before it ("exports of 350 million kina in
    2023, while investment is estimated at 1.2 billion kina": the stock stands at publication). A goal's
    deadline follows it: a year before a target names something else ("le 10e anniversaire en 2023 et porter
    le commerce à ..."); a period after a later figure is that figure's ("5,4 Md, qui devraient atteindre
    10 Md d'ici 2018")."""
    text = scope.sent.text
    mentions = find_periods(text, ctx.lang, ctx.published)
    after = next((m for m in mentions if m.start >= q.end), None)
    conversion = _CONVERSION.match(text[q.end :])  # "P4.2 billion (about N$5.7 billion) in 2024"
    start = q.end + (conversion.end() if conversion else 0)
    between = [o for o in scope.figures if start <= o.start and _lead(o) < after.start] if after is not None else []
    if after is not None and all(_RANGE_JOIN.fullmatch(text, start, o.start) for o in between):
        return after  # "10%- 15% d'ici 2020": the upper bound of the range is the same figure
    if kind is IndicatorKind.TARGET:
        return None
    before = [m for m in mentions if m.end <= q.start]
    if not before or (stock and _trails_figure(before[-1], scope.figures, q, text)):
        return None
    return before[-1]


def _trails_figure(mention: PeriodMention, figures: list[Quantity], q: Quantity, text: str) -> bool:
    """The period is written right after another figure before `q` ("350 million kina in 2023"): it is that one's."""
    return any(
        o is not q and o.end <= mention.start and _ONE_WORD.fullmatch(text, o.end, mention.start) for o in figures
    )


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
    return _rates_dated(out)


def _rates_dated(found: list[Indicator]) -> list[Indicator]:
    """ "rose by 18% to some 160,000 in 2023": a rate with no period of its own has that of the figure of the
    same metric it leads to."""
    out = list(found)
    for i, (rate, figure) in enumerate(pairwise(found)):
        if rate.unit == Unit.PERCENT and rate.period is None and figure.metric is rate.metric and figure.period:
            out[i] = rate.model_copy(update={"period": figure.period})
    return out


def _range_floor(q: Quantity, sent: Sentence, lang: str) -> Quantity:
    """ "10-15 per cent", "de 10 à 15 %", "10%- 15%", "5-7 milliards", "5 à 6 milliards", "entre 5 et 6 milliards":
    a range is read as its lower bound (ANNOTATION's figure), scaled like the upper one."""
    if q.unit == Unit.PERCENT:
        m = _RANGE_START.search(sent.text, max(0, q.start - 20), q.start)
        return q if m is None else replace(q, start=m.start(1), value=float(m.group(1).replace(",", ".")))
    m = _LOW_START.search(sent.text, max(0, q.start - 20), q.start)
    upper = _LEADING_NUMBER.match(q.text)
    if m is None or upper is None or not _is_range_join(m.group(2), sent.text, m.start(1), lang):
        return q
    decimal = profile(lang).numbers.decimal
    bottom, top = parse_number(m.group(1), decimal), parse_number(upper.group(0), decimal)
    if bottom >= top or YEAR.fullmatch(m.group(1)):
        return q  # "in the first half of 2024 to 6.2 billion": a year, not a bound
    return replace(q, start=m.start(1), value=float(f"{bottom * q.value / top:.12g}"))


def _is_range_join(join: str, text: str, low_start: int, lang: str) -> bool:
    """Whether `join` between two figures makes a range: a dash always; "to" / "à" unless a change runs "from" /
    "de" the first ("passé de 5 à 6 milliards"); "and" / "et" after "between" / "entre"."""
    if join in ("-", "–"):
        return True
    before = text[max(0, low_start - 25) : low_start]
    if cue(EXTRACTOR, lang, "range_to").fullmatch(join):
        return not cue(EXTRACTOR, lang, "range_from").search(before)
    if cue(EXTRACTOR, lang, "range_and").fullmatch(join):
        return bool(cue(EXTRACTOR, lang, "range_between").search(before))
    return False


def _upper_bound(q: Quantity, previous: Quantity, text: str, lang: str) -> bool:
    """ "between $1.2 billion and $1.5 billion", "$5 billion-$7 billion": the second of a range with a unit on each
    bound repeats the figure the first gives."""
    join = text[previous.end : q.start].strip()
    return previous.unit == q.unit and len(join) <= 3 and _is_range_join(join, text, previous.start, lang)


def _not_a_figure(q: Quantity, previous: Quantity | None, sent: Sentence, lang: str) -> bool:
    """ "les deux délégations", "the two sides": a definite count names who, it measures nothing; "US$25 billion
    (about 833 billion baht)": a conversion repeats the figure before it."""
    before = sent.text[max(0, q.start - 20) : q.start]
    if q.unit == Unit.COUNT and cue(EXTRACTOR, lang, "not_figure_before").search(before):
        return True
    if previous is not None and q.unit != Unit.PERCENT and _upper_bound(q, previous, sent.text, lang):
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
