"""Tests of suivi.link.follow_through: announcements against held events, commitment threads, targets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from suivi.link import Followup, followups, link_records
from suivi.record import Commitment, DocumentRecord, Indicator, Period

from .support import engagement, record, when

AS_OF = date(2026, 11, 23)
NAME = "consultation politique"


def _followups(
    records: list[DocumentRecord], subject: str, as_of: date = AS_OF, grace: timedelta = timedelta(0)
) -> list[Followup]:
    return [f for f in followups(link_records(records), as_of, grace=grace) if f.subject == subject]


def _announced(
    on: str | None, venue: tuple[str, str] | None = ("Capa", "AA"), status: str = "planned"
) -> DocumentRecord:
    return record("plan", "2023-06", engagement(series=NAME, ordinal=6, status=status, on=on, venue=venue))


def _held(on: str, venue: tuple[str, str] = ("Capa", "AA")) -> DocumentRecord:
    return record("held", on[:7], engagement(series=NAME, ordinal=6, on=on, venue=venue, evidence="La 6e a eu lieu."))


@pytest.mark.parametrize(
    ("announced", "held", "venue", "status"),
    [
        ("2025", "2025-06-02", ("Capa", "AA"), "fulfilled_on_time"),
        ("2025-03", "2025-03-31", ("Capa", "AA"), "fulfilled_on_time"),
        ("2025-03", "2025-10-08", ("Capa", "AA"), "fulfilled_late"),
        ("2025", "2025-06-02", ("Bora", "BB"), "fulfilled_elsewhere"),
        (None, "2025-06-02", ("Capa", "AA"), "fulfilled_on_time"),
    ],
)
def test_follow_through_announced_round_matched_to_the_held_one(
    announced: str | None, held: str, venue: tuple[str, str], status: str
) -> None:
    (followup,) = _followups([_announced(announced), _held(held, venue)], "engagement")
    assert followup.status == status
    assert followup.refs == [("held", "e1"), ("plan", "e1")]
    assert {e.doc_id for e in followup.evidence} == {"plan", "held"}
    assert "La 6e a eu lieu." in [e.sentence for e in followup.evidence]


@pytest.mark.parametrize(
    ("announced", "as_of", "status"),
    [
        ("2025", AS_OF, "overdue"),
        ("2027", AS_OF, "pending"),
        ("2026-11", AS_OF, "pending"),
        (None, AS_OF, "overdue"),  # an undated round announced in 2023-06 is due within two years
        (None, date(2024, 6, 1), "pending"),
        ("2026-11-20", AS_OF, "pending"),
        ("2026-11-19", AS_OF, "overdue"),
    ],
)
def test_follow_through_unreported_announcement_is_pending_then_overdue(
    announced: str | None, as_of: date, status: str
) -> None:
    (followup,) = _followups([_announced(announced)], "engagement", as_of)
    assert followup.status == status


@pytest.mark.parametrize("later", [7, 9])
def test_follow_through_overdue_round_notes_a_later_round_held(later: int) -> None:
    records = [_announced("2024"), record("next", "2026-01", engagement(series=NAME, ordinal=later, on="2026-01-10"))]
    (followup,) = _followups(records, "engagement")
    assert followup.status == "overdue"
    assert f"a later round ({later}) was reported held" in followup.detail


@pytest.mark.parametrize("status", ["cancelled"])
def test_follow_through_cancelled_announcement(status: str) -> None:
    (followup,) = _followups([_announced("2027", status=status)], "engagement")
    assert followup.status == "cancelled"


def _commitment(kind: str, text: str, area: str = "border") -> Commitment:
    return Commitment(kind=kind, parties=["AA", "BB"], areas=[area], text=text, evidence=text)


@pytest.mark.parametrize(
    ("threads", "status"),
    [
        ((("2025-05", "agreed", "renforcer la gestion de la frontière"),), "made"),
        (
            (("2025-01", "agreed", "renforcer la frontière"), ("2026-02", "proposed", "accélérer le bornage")),
            "repeated",
        ),
        (
            (("2020-01", "agreed", "signer un accord frontalier"), ("2021-03", "signed", "accord frontalier")),
            "reported_done",
        ),
        ((("2024-01", "agreed", "x"), ("2025-06", "agreed", "le bornage a été achevé")), "reported_done"),
        ((("2020-01", "agreed", "poursuivre le bornage"),), "silent"),
    ],
)
def test_follow_through_commitments_threaded_by_dyad_and_area(
    threads: tuple[tuple[str, str, str], ...], status: str
) -> None:
    records = [
        record(f"c{i}", published, engagement(on=published), commitments=(_commitment(kind, text),))
        for i, (published, kind, text) in enumerate(threads)
    ]
    (followup,) = _followups(records, "commitment")
    assert (followup.key, followup.status) == ("aa-bb-border", status)
    assert [e.doc_id for e in followup.evidence] == [f"c{i}" for i in range(len(threads))]


@pytest.mark.parametrize("one_party", [["AA"]])
def test_follow_through_one_party_pledge_threads_under_its_engagement_dyad(one_party: list[str]) -> None:
    pledge = Commitment(kind="pledged", parties=one_party, areas=["trade"], text="ouvrir son marché", engagement="e1")
    (followup,) = _followups([record("p", "2026-01", engagement(on="2026-01"), commitments=(pledge,))], "commitment")
    assert followup.key == "aa-bb-trade"


def _figure(value: float, start: str | None, end: str, kind: str = "observed") -> Indicator:
    return Indicator(
        metric="trade_volume",
        parties=["AA", "BB"],
        value=value,
        unit="USD",
        kind=kind,
        period=Period(start=start, end=end),
        evidence=f"{value} USD",
    )


@pytest.mark.parametrize(
    ("observed", "status"),
    [
        ((_figure(10.6e9, "2022", "2022"),), "met"),
        ((_figure(9.2e9, "2025", "2025"),), "not_met"),
        ((_figure(9.2e9, "2025-01", "2025-09"),), "unreported"),
        ((), "unreported"),
    ],
)
def test_follow_through_target_against_later_figures(observed: tuple[Indicator, ...], status: str) -> None:
    target = _figure(1e10, "2025", "2025", kind="target")
    setting = Commitment(
        kind="agreed",
        parties=["AA", "BB"],
        areas=["trade"],
        text="porter le commerce à 10 milliards",
        target=target,
        deadline=when("2025"),
    )
    records = [
        record("set", "2021-09", engagement(on="2021-09"), commitments=(setting,), indicators=(target,)),
        record("seen", "2026-02", engagement(on="2026-02"), indicators=observed),
    ]
    (followup,) = _followups(records, "target")
    assert followup.status == status
    assert followup.evidence[0].doc_id == "set"
    assert (followup.status in ("met", "not_met")) is any(e.doc_id == "seen" for e in followup.evidence)


@pytest.mark.parametrize(("deadline", "status"), [("2030", "pending"), (None, "pending")])
def test_follow_through_target_not_yet_due_is_pending(deadline: str | None, status: str) -> None:
    target = _figure(2e10, None, deadline or "2030", kind="target")
    setting = Commitment(
        kind="agreed",
        parties=["AA", "BB"],
        areas=["trade"],
        text="20 milliards",
        target=target,
        deadline=when(deadline),
    )
    records = [
        record("set", "2023-09", engagement(on="2023-09"), commitments=(setting,)),
        record("seen", "2024-02", indicators=(_figure(1.1e10, "2023", "2023"),)),
    ]
    (followup,) = _followups(records, "target")
    assert followup.status == status
    assert "latest" in followup.detail
