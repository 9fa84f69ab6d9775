"""Targets against the figures observed later: like with like (same parties, scope, metric, unit and scale)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from suivi.link.keys import fold, parties_key, span_of
from suivi.link.results import Evidence, Followup
from suivi.record import DocumentRecord, Indicator
from suivi.vocab import IndicatorKind, Qualifier

TARGET_STATUSES = ("met", "not_met", "pending", "unreported")


def _targets(record: DocumentRecord) -> list[tuple[Indicator, str | None, str]]:
    """(target, deadline, sentence) set by the record, once each even when a commitment repeats it."""
    found: dict[tuple[str, str, str], tuple[Indicator, str | None, str]] = {}
    for commitment in record.commitments:
        if commitment.target is not None:
            deadline = commitment.deadline.value if commitment.deadline else None
            key = _target_id(commitment.target)
            found[key] = (commitment.target, deadline, commitment.evidence or commitment.text)
    for indicator in record.indicators:
        if indicator.kind == IndicatorKind.TARGET and _target_id(indicator) not in found:
            deadline = indicator.period.end if indicator.period else None
            found[_target_id(indicator)] = (indicator, deadline, indicator.evidence)
    return list(found.values())


#: A figure about a province, a border area or a city, not the whole country ("border trade of Tay Ninh").
_SUBNATIONAL = re.compile(
    r"\b(provinc\w*|border (trade|gate|area|localit\w*)|commerce frontalier|echanges? frontaliers?|localit\w*|"
    r"municipal\w*|city|ville|tinh|thanh pho|district)\b"
)
#: Scale words after a number, in the languages of the corpus: "US$20 bln", "10 milliards", "20 tỷ".
_SCALES = {
    "thousand": 1e3, "mille": 1e3, "nghin": 1e3, "ngan": 1e3,
    "mln": 1e6, "million": 1e6, "millions": 1e6, "m": 1e6, "trieu": 1e6,
    "bln": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9, "ty": 1e9, "ti": 1e9,
    "trillion": 1e12, "trillions": 1e12,
}  # fmt: skip
_SCALED = re.compile(r"(\d+(?:[.,]\d+)?)\s*(" + "|".join(sorted(_SCALES, key=len, reverse=True)) + r")\b")


def scope_of(indicator: Indicator) -> str:
    """ "provincial" when the figure's sentence is about a province, border area or city, else "national"."""
    return "provincial" if _SUBNATIONAL.search(fold(indicator.evidence)) else "national"


def amount_of(indicator: Indicator) -> float:
    """The indicator's value with the scale word its sentence writes after it ("US$20 bln" is 2e10, not 20)
    when the value was read without it; percentages and counts are left as they are."""
    if indicator.unit.lower() in {"percent", "%"} or indicator.value >= 1e5:
        return indicator.value
    for match in _SCALED.finditer(fold(indicator.evidence)):
        number = float(match.group(1).replace(",", "."))
        if abs(number - indicator.value) < 1e-9 * max(1.0, number):
            return indicator.value * _SCALES[match.group(2)]
    return indicator.value


def _scoped_metric(indicator: Indicator) -> str:
    """The metric, marked when the figure is provincial: a province's trade is not the country's."""
    scope = scope_of(indicator)
    return indicator.metric.value if scope == "national" else f"{indicator.metric.value}-{scope}"


def _target_id(indicator: Indicator) -> tuple[str, str, str]:
    return (
        parties_key(indicator.parties),
        _scoped_metric(indicator),
        f"{amount_of(indicator):.3g} {indicator.unit.upper()}",
    )


def _observations(records: list[DocumentRecord]) -> dict[tuple[str, str, str], list[tuple[str, Indicator]]]:
    """Observed figures by dyad, metric with scope (national or provincial) and unit: like with like."""
    table: dict[tuple[str, str, str], list[tuple[str, Indicator]]] = defaultdict(list)
    for record in records:
        for indicator in record.indicators:
            if indicator.kind == IndicatorKind.OBSERVED and indicator.qualifier != Qualifier.LESS_THAN:
                key = (parties_key(indicator.parties), _scoped_metric(indicator), indicator.unit.upper())
                table[key].append((record.doc_id, indicator))
    return table


@dataclass(frozen=True)
class _Figure:
    """An observed figure with the period it covers."""

    doc_id: str
    indicator: Indicator
    start: str | None
    end: str

    def describe(self) -> str:
        return f"{amount_of(self.indicator):.4g} {self.indicator.unit} observed for {self.end}"


def _figures(observed: list[tuple[str, Indicator]]) -> list[_Figure]:
    figures = [
        _Figure(doc_id, indicator, indicator.period.start, indicator.period.end)
        for doc_id, indicator in observed
        if indicator.period is not None and indicator.period.end
    ]
    return sorted(figures, key=lambda f: (f.end, f.doc_id))


def _target_status(
    target: Indicator, deadline: str | None, observed: list[tuple[str, Indicator]], as_of: date
) -> tuple[str, str, list[str]]:
    due = span_of(deadline)[1] if deadline else None
    figures = _figures(observed)
    for figure in figures:
        if amount_of(figure.indicator) >= amount_of(target) and (due is None or span_of(figure.end)[1] <= due):
            return "met", figure.describe(), [figure.doc_id]
    year = deadline[:4] if deadline else None
    for figure in figures:
        # Only a figure for the whole target year settles "not met"; a part of the year does not.
        if year and figure.end == year and (figure.start or "")[:4] == year:
            return "not_met", figure.describe(), [figure.doc_id]
    if due is None or due >= as_of:
        latest = f"; latest {figures[-1].describe()}" if figures else ""
        return "pending", f"due {deadline or 'with no deadline'}{latest}", [f.doc_id for f in figures[-1:]]
    return "unreported", f"due {deadline}; no figure for it in the corpus", []


def target_followups(records: Iterable[DocumentRecord], as_of: date) -> list[Followup]:
    """Targets of a dyad and metric against the figures observed later: met, not met, pending, unreported."""
    records = list(records)
    observations = _observations(records)
    grouped: dict[tuple[str, str, str], list[tuple[str, Indicator, str | None, str]]] = defaultdict(list)
    for record in sorted(records, key=lambda r: (r.published or "9999", r.doc_id)):
        for target, deadline, sentence in _targets(record):
            grouped[_target_id(target)].append((record.doc_id, target, deadline, sentence))
    followups = []
    for (dyad, metric, amount), sets in sorted(grouped.items()):
        target = sets[0][1]
        deadline = next((d for _, _, d, _ in sets if d), None)
        observed = observations.get((dyad, metric, target.unit.upper()), [])
        status, detail, seen_in = _target_status(target, deadline, observed, as_of)
        evidence = [Evidence(doc_id=d, sentence=s) for d, _, _, s in sets]
        by_doc = {d: i for d, i in observed}
        evidence += [Evidence(doc_id=d, sentence=by_doc[d].evidence) for d in seen_in]
        followups.append(
            Followup(
                subject="target",
                key=f"{dyad}-{metric}-{amount.replace(' ', '-').lower()}",
                parties=dyad.upper().split("-"),
                status=status,
                title=f"{metric} {dyad.upper()}: {amount}" + (f" by {deadline}" if deadline else ""),
                due=deadline,
                detail=detail,
                evidence=evidence,
            )
        )
    return followups
