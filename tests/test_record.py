"""The record models of SCHEMA.md: partial dates with their precision, and a lossless JSON round trip."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from suivi.record import (
    Commitment,
    DateValue,
    Document,
    DocumentRecord,
    Engagement,
    Indicator,
    Participant,
    Period,
    Provenance,
    Series,
    Venue,
    check_partial_date,
    precision_of,
)
from suivi.vocab import (
    Area,
    CommitmentKind,
    EngagementKind,
    EngagementStatus,
    Format,
    Function,
    IndicatorKind,
    Metric,
    Precision,
)


@pytest.mark.parametrize(
    ("value", "precision", "end"),
    [
        ("2021", Precision.YEAR, None),
        ("2021-10", Precision.MONTH, None),
        ("2021-10-21", Precision.DAY, None),
        ("2021-11-25", Precision.DAY, "2021-11-26"),
        ("2024-02-29", Precision.DAY, None),
    ],
)
def test_record_datevalue_accepts_real_dates(value: str, precision: Precision, end: str | None) -> None:
    date = DateValue(value=value, precision=precision, end=end)
    assert (date.value, date.precision, date.end) == (value, precision, end)


@pytest.mark.parametrize(
    ("value", "precision", "end", "in_message"),
    [
        ("2021-13", Precision.MONTH, None, "month must be in 1..12"),
        ("2021-02-30", Precision.DAY, None, "day is out of range for month"),
        ("2023-02-29", Precision.DAY, None, "day is out of range for month"),
        ("21-10", Precision.MONTH, None, "not a YYYY, YYYY-MM or YYYY-MM-DD date: '21-10'"),
        ("2021/10", Precision.MONTH, None, "not a YYYY, YYYY-MM or YYYY-MM-DD date"),
        ("2021-10", Precision.DAY, None, "date '2021-10' does not have day precision"),
        ("2021-10-21", Precision.MONTH, None, "date '2021-10-21' does not have month precision"),
        ("2021", Precision.MONTH, None, "date '2021' does not have month precision"),
        ("2021-11-25", Precision.DAY, "2021-11", "date '2021-11' does not have day precision"),
        ("2021-11", Precision.MONTH, "2021-13", "month must be in 1..12"),
    ],
)
def test_record_datevalue_rejects_impossible_dates_and_precision_mismatch(
    value: str, precision: Precision, end: str | None, in_message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        DateValue(value=value, precision=precision, end=end)
    assert in_message in str(caught.value)


@pytest.mark.parametrize(("value", "expected"), [("2021", "year"), ("2021-10", "month"), ("2021-10-21", "day")])
def test_record_precision_of_counts_parts(value: str, expected: str) -> None:
    assert precision_of(value) == Precision(expected)
    assert check_partial_date(value) == value


@pytest.mark.parametrize("published", ["2021-13", "2021-00", "October 2021"])
def test_record_published_must_be_a_real_partial_date(published: str) -> None:
    with pytest.raises(ValidationError, match="published"):
        DocumentRecord(doc_id="fr-x", published=published)
    with pytest.raises(ValidationError, match="published"):
        Document(id="fr-x", text="Texte.", published=published)


@pytest.mark.parametrize(("start", "end"), [("2023-13", "2023-12"), ("2023-01", "2023-02-30")])
def test_record_period_rejects_impossible_dates(start: str, end: str) -> None:
    with pytest.raises(ValidationError):
        Period(start=start, end=end)


def full_record() -> DocumentRecord:
    """One record using every part of SCHEMA.md, with an extra key the schema allows."""
    target = Indicator(
        metric=Metric.TRADE_VOLUME,
        parties=["MR", "SN"],
        value=500_000_000.0,
        unit="USD",
        period=Period(start="2027", end="2027"),
        kind=IndicatorKind.TARGET,
        evidence="Les échanges devront atteindre 500 millions de dollars d'ici 2027.",
    )
    engagement = Engagement(
        id="e1",
        kind=EngagementKind.JOINT_COMMITTEE,
        parties=["MR", "SN"],
        series=Series(name="commission mixte sénégalo-mauritanienne", ordinal=12),
        status=EngagementStatus.HELD,
        date=DateValue(value="2024-07-08", end="2024-07-09", precision=Precision.DAY),
        format=Format.IN_PERSON,
        venue=Venue(place="Nouakchott", country="MR"),
        participants=[
            Participant(
                name="Awa Ndiaye",
                country="SN",
                role="ministre des Affaires étrangères",
                function=Function.CO_CHAIR,
            )
        ],
        evidence="La 12e session de la commission mixte s'est tenue à Nouakchott.",
        provenance=Provenance(start=0, end=61, extractor="suivi.engagements", version="v1"),
    )
    commitment = Commitment(
        kind=CommitmentKind.AGREED,
        parties=["MR", "SN"],
        areas=[Area.TRADE],
        text="porter les échanges à 500 millions de dollars d'ici 2027",
        engagement="e1",
        target=target,
        deadline=DateValue(value="2027", precision=Precision.YEAR),
        evidence="Les deux pays sont convenus de porter les échanges à 500 millions de dollars d'ici 2027.",
    )
    return DocumentRecord.model_validate(
        {
            "doc_id": "fr-demo-1",
            "language": "fr",
            "published": "2024-07-10",
            "is_diplomatic": True,
            "engagements": [engagement.model_dump(mode="json")],
            "commitments": [commitment.model_dump(mode="json")],
            "indicators": [target.model_dump(mode="json")],
            "annotator_note": "an extra key survives the round trip",
        }
    )


@pytest.mark.parametrize("record", [full_record(), DocumentRecord(doc_id="en-empty", published=None)])
def test_record_json_round_trip_loses_nothing(record: DocumentRecord) -> None:
    line = record.to_json()
    assert "\n" not in line
    again = DocumentRecord.model_validate_json(line)
    assert again == record
    assert again.to_json() == line


@pytest.mark.parametrize(
    "keys", [{"doc_id", "language", "published", "is_diplomatic", "engagements", "commitments", "indicators"}]
)
def test_record_to_json_has_schema_keys_and_enum_values(keys: set[str]) -> None:
    data = json.loads(full_record().to_json())
    assert keys <= set(data)
    assert data["annotator_note"] == "an extra key survives the round trip"
    assert data["engagements"][0]["kind"] == "joint_committee"
    assert data["engagements"][0]["date"] == {"value": "2024-07-08", "precision": "day", "end": "2024-07-09"}
    assert data["commitments"][0]["target"]["kind"] == "target"
