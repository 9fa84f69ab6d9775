"""The notebook API: suivi.open(path) and its typed queries, as tables for Arrow and pandas."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import suivi
from report.support import build_demo_store
from suivi.api import SuiviStore
from suivi.errors import InvalidLinkQuery, MissingExtra, StoreError
from suivi.link.results import Event
from suivi.link.views import IndicatorFact, clean_role


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "demo.sqlite"
    build_demo_store(f"sqlite:///{path}").close()
    return path


@pytest.fixture
def opened(demo_path: Path) -> Iterator[SuiviStore]:
    with suivi.open(demo_path, as_of=date(2026, 11, 23)) as store:
        yield store


def test_api_open_by_path_and_by_url(demo_path: Path) -> None:
    for target in (demo_path, str(demo_path), f"sqlite:///{demo_path}"):
        with suivi.open(target) as store:
            assert len(store.documents()) == 37


@pytest.mark.parametrize("missing", ["no-such-store.sqlite", "~/no/such/dir/store.sqlite"])
def test_api_open_a_missing_path_is_s200(tmp_path: Path, missing: str) -> None:
    with pytest.raises(StoreError) as caught:
        suivi.open(tmp_path / missing if not missing.startswith("~") else missing)
    assert caught.value.code == "S200" and "no store at" in str(caught.value)


def test_api_events_are_typed_and_filtered(opened: SuiviStore) -> None:
    events = opened.events(dyad="KH-TH", since="2024")
    assert all(isinstance(e, Event) for e in events)
    assert {e.key for e in events} >= {"kh-th-joint-committee-r13", "kh-th-joint-committee-r14"}
    assert all(e.date is None or e.date.value >= "2024" for e in events)
    table = events.to_arrow()
    assert table.num_rows == len(events)
    assert {"key", "date_value", "venue_place", "mentions"} <= set(table.column_names)


def test_api_queries_filter(opened: SuiviStore) -> None:
    assert [s.key for s in opened.series(dyad="MA-FR")] == ["fr-ma-political-consultation"]
    overdue = opened.followups(status="overdue", dyad="IN-JP")
    assert len(overdue) == 2 and {f.status for f in overdue} == {"overdue"}
    assert {i.metric.value for i in opened.indicators(metric="trade_volume")} == {"trade_volume"}
    border = opened.commitments(area="border")
    assert len(border) > 0 and all("border" in [a.value for a in c.areas] for c in border)


def test_api_indicator_rows_carry_their_source(opened: SuiviStore) -> None:
    figures = opened.indicators(metric="trade_volume", dyad="KH-TH")
    assert all(isinstance(f, IndicatorFact) and f.outlet == "AKP" for f in figures)
    frame = figures.to_pandas()
    assert list(frame.columns[:5]) == ["doc_id", "published", "outlet", "title", "url"]
    assert frame["value"].max() == 20e9


def test_api_actors_roles_are_cleaned(opened: SuiviStore) -> None:
    actors = {a.name: a for a in opened.actors(dyad="KH-TH")}
    assert actors["Pornthip Saengchai"].country == "TH"
    assert [t.role for t in actors["Anan Wongsuwan"].tenures] == ["Thai Prime Minister"]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Foreign Minister and held talks with", "Foreign Minister"),
        ("ministre des Affaires étrangères, qui a reçu", "ministre des Affaires étrangères"),
        ("président lao, a reçu", "président lao"),
        ("vice-Premier ministre et ministre de la Défense", "vice-Premier ministre et ministre de la Défense"),
        ("Minister of Foreign Affairs who met", "Minister of Foreign Affairs"),
        ("ministre des Affaires étrangères, Youssef El Alami", "ministre des Affaires étrangères"),
        ("ministre des Affaires étrangères, de la Coopération", "ministre des Affaires étrangères, de la Coopération"),
        ("Air Force ministers agreed to hold a joint exercise", "Air Force ministers"),
    ],
)  # fmt: skip
def test_api_clean_role(role: str, expected: str) -> None:
    assert clean_role(role) == expected


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        (lambda s: s.indicators(metric="gdp"), "unknown metric 'gdp'"),
        (lambda s: s.commitments(area="space"), "unknown area 'space'"),
        (lambda s: s.followups(status="late"), "unknown follow-up status 'late'"),
        (lambda s: s.events(since="2021-13"), "since='2021-13' is not a date"),
        (lambda s: s.series(as_of="2026-13"), "as_of '2026-13' is not a date"),
        (lambda s: s.followups(as_of="next week"), "as_of 'next week' is not a date"),
    ],
)
def test_api_bad_filters_are_s503(opened: SuiviStore, call: object, fragment: str) -> None:
    assert callable(call)
    with pytest.raises(InvalidLinkQuery) as caught:
        call(opened)
    assert caught.value.code == "S503" and fragment in str(caught.value)


@pytest.mark.parametrize(("as_of", "overdue"), [("2026-11-23", False), ("2026-12", True), (date(2027, 1, 5), True)])
def test_api_series_and_followups_as_of(opened: SuiviStore, as_of: object, overdue: bool) -> None:
    """The MR-SN joint commission's next round is expected around October 2026 (30 days' grace)."""
    series = {s.key: s for s in opened.series(dyad="MR-SN", as_of=as_of)}["mr-sn-joint-committee"]  # type: ignore[arg-type]
    assert (series.next_expected, series.next_overdue) == ("2026-10", overdue)
    expected = [f for f in opened.followups(dyad="MR-SN", as_of=as_of) if f.key.endswith("-expected-r13")]  # type: ignore[arg-type]
    assert [f.status for f in expected] == ["overdue" if overdue else "pending"]
    unchanged = {s.key: s for s in opened.series(dyad="MR-SN")}["mr-sn-joint-committee"]
    assert unchanged.next_overdue is False  # the store's as_of is unchanged


def test_api_to_pandas_without_pandas_is_s602(opened: SuiviStore, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pandas(name: str, *args: object, **kwargs: object) -> object:
        if name == "pandas":
            raise ImportError("no pandas")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(MissingExtra) as caught:
        opened.series().to_pandas()
    assert caught.value.code == "S602" and "suivi[pandas]" in str(caught.value)


def test_api_brief(opened: SuiviStore) -> None:
    briefing = opened.brief("KH", "TH", lang="fr")
    assert briefing.parties == ["KH", "TH"] and briefing.as_of == "2026-11-23"
