"""Tests of suivi.link.chains: one mechanism name that counts two mechanisms' rounds is split in two."""

from __future__ import annotations

import pytest

from suivi.link import link_records
from suivi.record import DocumentRecord

from .support import engagement, record

#: (ordinal, date) of two yearly mechanisms of one pair that both call themselves "political consultation":
#: the ministers' (rounds 6 to 9, 2016 to 2019) and the deputy ministers' (rounds 4 to 7, 2017 to 2020).
MINISTERS = ((6, "2016-03-10"), (7, "2017-03-14"), (8, "2018-03-08"), (9, "2019-03-12"))
DEPUTIES = ((4, "2017-10-20"), (5, "2018-10-25"), (6, "2019-10-17"), (7, "2020-10-22"))


def _reports(rounds: tuple[tuple[int, str], ...], tag: str, names: tuple[str, str]) -> list[DocumentRecord]:
    """Each round reported by two outlets, one in French and one in English."""
    return [
        record(f"{tag}{ordinal}-{lang}", day[:7], engagement(series=name, ordinal=ordinal, on=day), language=lang)
        for ordinal, day in rounds
        for lang, name in zip(("fr", "en"), names, strict=True)
    ]


def _linked(records: list[DocumentRecord]) -> dict[str, tuple[str | None, str | None]]:
    linking = link_records(records)
    return {
        r.doc_id: (e.event_key, e.series_key) for r in linking.keyed_records() for e in r.engagements if e.id == "e1"
    }


@pytest.mark.parametrize(
    "names",
    [
        ("consultation politique", "political consultation"),
        ("consultations politiques annuelles", "annual consultation"),
    ],
)
def test_chains_one_name_two_mechanisms_are_split_by_their_rounds(names: tuple[str, str]) -> None:
    keys = _linked(_reports(MINISTERS, "m", names) + _reports(DEPUTIES, "d", names))
    ministers = {keys[f"m{o}-{lang}"][1] for o, _ in MINISTERS for lang in ("fr", "en")}
    deputies = {keys[f"d{o}-{lang}"][1] for o, _ in DEPUTIES for lang in ("fr", "en")}
    assert len(ministers) == len(deputies) == 1
    assert ministers != deputies
    # the two sixth and the two seventh rounds are four events, each reported in both languages
    assert keys["m6-fr"][0] == keys["m6-en"][0] != keys["d6-fr"][0] == keys["d6-en"][0]
    assert keys["m7-fr"][0] != keys["d7-fr"][0]


@pytest.mark.parametrize("misdated", ["2019-06-04", "2021-01-15"])
def test_chains_one_misdated_report_does_not_split_a_mechanism(misdated: str) -> None:
    names = ("comité mixte", "joint committee")
    records = _reports(MINISTERS, "m", names)
    records.append(record("late", misdated[:7], engagement(series="Joint Commission", ordinal=7, on=misdated)))
    keys = _linked(records)
    assert len({series for _, series in keys.values()}) == 1
    assert keys["late"][0] == keys["m7-fr"][0]


@pytest.mark.parametrize("gap_years", [1, 2])
def test_chains_rounds_in_order_stay_one_mechanism(gap_years: int) -> None:
    rounds = tuple((n, f"{2010 + gap_years * n}-05-02") for n in range(1, 6))
    keys = _linked(_reports(rounds, "r", ("consultation politique", "political consultation")))
    assert len({series for _, series in keys.values()}) == 1
    assert len({event for event, _ in keys.values()}) == len(rounds)


def test_chains_an_announced_round_joins_the_mechanism_its_date_fits() -> None:
    names = ("consultation politique", "political consultation")
    records = _reports(MINISTERS, "m", names) + _reports(DEPUTIES, "d", names)
    records.append(record("next", "2020-11", engagement(series=names[1], ordinal=8, status="planned", on="2021")))
    records.append(record("soon", "2019-04", engagement(series=names[0], ordinal=10, status="planned", on="2020")))
    keys = _linked(records)
    assert keys["next"][1] == keys["d7-en"][1] != keys["m9-en"][1] == keys["soon"][1]


def test_chains_two_well_reported_dates_weeks_apart_are_one_round_misdated() -> None:
    names = ("conférence des provinces frontalières", "border provinces conference")
    records = _reports(((11, "2021-10-12"), (12, "2023-03-21"), (13, "2025-02-18")), "b", names)
    records += _reports(((12, "2023-04-25"),), "late", names)
    keys = _linked(records)
    assert len({series for _, series in keys.values()}) == 1


@pytest.mark.parametrize(("stray", "apart"), [((6, "2022-09-20"), True), ((11, "2020-03-02"), False)])
def test_chains_a_round_far_out_of_its_mechanisms_count_stands_apart(stray: tuple[int, str], apart: bool) -> None:
    """A sixth conference in 2022 among the tenth (2019) and twelfth (2023) rounds of a biennial one is
    another conference; an eleventh dated a year early is a misdated report of the same one."""
    rounds = ((8, "2015-10-06"), (9, "2017-06-13"), (10, "2019-01-10"), (12, "2023-04-25"))
    records = _reports(rounds, "c", ("la conférence", "the conference"))
    records.append(record("stray", stray[1][:7], engagement(series="la conférence", ordinal=stray[0], on=stray[1])))
    keys = _linked(records)
    assert (keys["stray"][1] != keys["c10-fr"][1]) is apart
    assert len({keys[f"c{o}-{lang}"][1] for o, _ in rounds for lang in ("fr", "en")}) == 1
