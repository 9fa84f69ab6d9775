"""Property tests of suivi.link.linker: any valid records link without error, and deterministically."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from suivi.link.linker import followups, link_records, summarise
from suivi.record import (
    Commitment,
    DateValue,
    DocumentRecord,
    Engagement,
    Indicator,
    Participant,
    Period,
    Series,
    Venue,
)
from suivi.vocab import Area, CommitmentKind, EngagementKind, EngagementStatus, IndicatorKind, Metric

PARTIES = ["AA", "BB", "CC", "ASEAN", "EU"]
#: Years at both ends of what a date string can hold, plus ordinary ones.
YEARS = st.one_of(st.sampled_from([1, 2, 1900, 2024, 2100, 9998, 9999]), st.integers(1, 9999))
SERIES_NAMES = st.one_of(
    st.sampled_from(
        [
            "consultation politique",
            "7e consultation politique Aland-Borovie",
            "Joint Commission on Bilateral Cooperation",
            "Comité mixte",
            "la conférence",
            "the dialogue",
            "dialogue « 2+2 » des ministres",
            "anniversary of diplomatic ties",
        ]
    ),
    st.text(max_size=30),
)


@st.composite
def partial_dates(draw: st.DrawFn) -> str:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, days up to the month's last (31 December 9999 included)."""
    year = draw(YEARS)
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return f"{year:04d}"
    month = draw(st.sampled_from([1, 12]) | st.integers(1, 12))
    if precision == "month":
        return f"{year:04d}-{month:02d}"
    last = calendar.monthrange(year, month)[1]
    day = draw(st.sampled_from([1, last]) | st.integers(1, last))
    return f"{year:04d}-{month:02d}-{day:02d}"


@st.composite
def date_values(draw: st.DrawFn) -> DateValue:
    """A date, sometimes a range whose end has the same precision."""
    value = draw(partial_dates())
    precision = {0: "year", 1: "month", 2: "day"}[value.count("-")]
    end = draw(st.none() | partial_dates().filter(lambda v: v.count("-") == value.count("-")))
    return DateValue.model_validate({"value": value, "end": end, "precision": precision})


@st.composite
def engagements(draw: st.DrawFn, eid: str) -> Engagement:
    series = draw(st.none() | st.builds(Series, name=SERIES_NAMES, ordinal=st.none() | st.integers(0, 10**6)))
    people = draw(st.lists(st.sampled_from(["Ana Lima", "A. Lima", "Bo Sten", "Cy Ortiz"]), max_size=2))
    return Engagement(
        id=eid,
        kind=draw(st.sampled_from(list(EngagementKind))),
        parties=draw(st.lists(st.sampled_from(PARTIES), max_size=3)),
        series=series,
        status=draw(st.sampled_from(list(EngagementStatus))),
        date=draw(st.none() | date_values()),
        venue=draw(st.none() | st.builds(Venue, place=st.none() | st.just("Capa"), country=st.none() | st.just("AA"))),
        participants=[Participant(name=name) for name in people],
        evidence="A sentence written for the property test.",
    )


@st.composite
def indicators(draw: st.DrawFn) -> Indicator:
    start = draw(st.none() | partial_dates())
    return Indicator(
        metric=draw(st.sampled_from(list(Metric))),
        parties=draw(st.lists(st.sampled_from(PARTIES), max_size=2)),
        value=draw(st.floats(0, 1e12)),
        unit="USD",
        period=Period(start=start, end=draw(partial_dates())),
        kind=draw(st.sampled_from(list(IndicatorKind))),
    )


@st.composite
def commitments(draw: st.DrawFn) -> Commitment:
    return Commitment(
        kind=draw(st.sampled_from(list(CommitmentKind))),
        parties=draw(st.lists(st.sampled_from(PARTIES), max_size=2)),
        areas=draw(st.lists(st.sampled_from(list(Area)), max_size=2)),
        text="renforcer la coopération",
        engagement=draw(st.none() | st.just("e1")),
        target=draw(st.none() | indicators()),
        deadline=draw(st.none() | date_values()),
    )


@st.composite
def records(draw: st.DrawFn, doc_id: str) -> DocumentRecord:
    count = draw(st.integers(0, 3))
    return DocumentRecord(
        doc_id=doc_id,
        language="fr",
        published=draw(st.none() | partial_dates()),
        is_diplomatic=True,
        engagements=[draw(engagements(f"e{i + 1}")) for i in range(count)],
        commitments=draw(st.lists(commitments(), max_size=2)),
        indicators=draw(st.lists(indicators(), max_size=2)),
    )


@st.composite
def corpora(draw: st.DrawFn) -> list[DocumentRecord]:
    size = draw(st.integers(1, 6))
    return [draw(records(f"d{i}")) for i in range(size)]


PROPERTY = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("reference_dates", [[date(2026, 11, 23), date.max, date.min]])
@PROPERTY
@given(corpus=corpora(), pick=st.integers(0, 2))
def test_linker_links_any_valid_records_without_error(
    reference_dates: list[date], corpus: list[DocumentRecord], pick: int
) -> None:
    as_of = reference_dates[pick]
    linking = link_records(corpus)
    linked = {m.ref for cluster, _ in linking.clusters for m in cluster.members}
    assert linked == {(r.doc_id, e.id) for r in corpus for e in r.engagements}
    report = summarise(linking, as_of)
    assert report.engagements == len(linked)
    assert isinstance(followups(linking, as_of), list)


@pytest.mark.parametrize("order", ["reversed"])
@PROPERTY
@given(corpus=corpora())
def test_linker_link_records_is_deterministic(order: str, corpus: list[DocumentRecord]) -> None:
    first = link_records(corpus).links
    assert link_records(corpus).links == first
    assert link_records(list(reversed(corpus))).links == first


@pytest.mark.parametrize(
    ("dated", "undated_published"),
    [
        ("2021-10-21", None),  # ` date unknown` beside a dated article about the same round
        ("9999-12-31", None),
        ("0001-01-01", None),
        ("9999-12-31", "9999"),
        ("0001-01-01", "0001-01"),
    ],
)
def test_linker_undated_and_extreme_rounds_share_a_series(dated: str, undated_published: str | None) -> None:
    def round_record(doc_id: str, published: str | None, on: str | None, status: str) -> DocumentRecord:
        when = DateValue.model_validate({"value": on, "precision": "day"}) if on else None
        mention = Engagement(
            id="e1",
            kind=EngagementKind.CONSULTATION,
            parties=["AA", "BB"],
            series=Series(name="consultation politique", ordinal=7),
            status=status,
            date=when,
        )
        return DocumentRecord(doc_id=doc_id, published=published, engagements=[mention])

    corpus = [
        round_record("dated", dated, dated, "held"),
        round_record("undated", undated_published, None, "held"),
        round_record("planned", undated_published, None, "planned"),
    ]
    links = link_records(corpus).links
    assert len({links[(doc, "e1")] for doc in ("dated", "undated", "planned")}) == 1
    assert summarise(link_records(corpus), date(2026, 1, 1)).events == 1
