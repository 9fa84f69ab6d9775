"""What the extraction tests share: the record of an article that must read as diplomatic, and its people and
figures as the scorer reads them."""

from __future__ import annotations

from collections.abc import Callable

from suivi.record import DocumentRecord, Participant

#: The `extract` fixture: `extract(text, lang="fr", published="2024-05")` -> the record of one small article.
Extract = Callable[..., DocumentRecord]
#: An indicator as the scorer compares it: (metric, value to 3 significant digits, unit, kind, (start, end)).
Figure = tuple[str, float, str, str, tuple[str | None, str] | None]


def diplomatic(extract: Extract, text: str, lang: str, published: str | None) -> DocumentRecord:
    """The record of an article written to be diplomatic news; the test fails here when it is not read so."""
    record = extract(text, lang, published)
    assert record.is_diplomatic, record
    return record


def figures(record: DocumentRecord) -> set[Figure]:
    """The record's indicators as the scorer compares them."""
    return {
        (
            i.metric.value,
            float(f"{i.value:.3g}"),
            i.unit,
            i.kind.value,
            (i.period.start, i.period.end) if i.period else None,
        )
        for i in record.indicators
    }


def rounded(expected: set[Figure]) -> set[Figure]:
    """Expected figures with their values to 3 significant digits, as `figures` gives them."""
    return {(m, float(f"{v:.3g}"), u, k, p) for m, v, u, k, p in expected}


def people(record: DocumentRecord) -> dict[str, Participant]:
    """Participants of every engagement of a diplomatic record, by name."""
    assert record.is_diplomatic, record
    return {p.name: p for e in record.engagements for p in e.participants}


def countries(record: DocumentRecord) -> dict[str, str | None]:
    """Each participant's country, by name."""
    return {p.name: p.country for e in record.engagements for p in e.participants}


def person(record: DocumentRecord, name: str) -> Participant:
    """The participant called `name`; the test fails listing the names found when there is none."""
    found = people(record)
    assert name in found, sorted(found)
    return found[name]
