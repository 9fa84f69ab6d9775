"""Date and period expressions, French and English, resolved against the publication date."""

from __future__ import annotations

import pytest

from suivi.errors import UnsupportedLanguage
from suivi.extract.dates import (
    dateline_day,
    dates_agree,
    find_dates,
    find_periods,
    resolve_date,
    resolve_period,
    status_by_date,
)
from suivi.record import DateValue
from suivi.vocab import EngagementStatus, Precision


def _as_tuple(lang: str, published: str | None, text: str) -> tuple[str, str | None, str] | None:
    date = resolve_date(text, lang, published)
    return None if date is None else (date.value, date.end, date.precision.value)


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        ("fr", "2021-10", "le 21 octobre", ("2021-10-21", None, "day")),
        ("fr", "2021-10", "21 octobre 2019", ("2019-10-21", None, "day")),
        ("fr", "2021-10", "le 1er décembre", ("2021-12-01", None, "day")),
        ("fr", "2021-10", "les 25 et 26 novembre", ("2021-11-25", "2021-11-26", "day")),
        ("fr", "2021-10", "(25-26 novembre 2022)", ("2022-11-25", "2022-11-26", "day")),
        ("fr", "2021-10", "du 3 au 5 mars", ("2021-03-03", "2021-03-05", "day")),
        ("fr", "2021-10", "du 30 novembre au 2 décembre", ("2021-11-30", "2021-12-02", "day")),
        ("fr", "2021-10", "du 28 décembre au 3 janvier 2022", ("2021-12-28", "2022-01-03", "day")),
        ("fr", "2021-10", "en 2023", ("2023", None, "year")),
        ("fr", "2021-10", "en octobre", ("2021-10", None, "month")),
        ("fr", "2021-10", "fin novembre", ("2021-11", None, "month")),
        ("fr", "2021-10", "début 2024", ("2024", None, "year")),
        ("fr", "2021-10", "mi-juin", ("2021-06", None, "month")),
        ("fr", "2021-10", "à la fin du mois d'avril", ("2021-04", None, "month")),
        ("fr", "2021-10", "sept.", ("2021-09", None, "month")),
        ("fr", "2021-10", "le 21/10/2021", ("2021-10-21", None, "day")),
        ("fr", "2021-10", "octobre 2020", ("2020-10", None, "month")),
        ("fr", "2021-10", "de janvier à septembre", ("2021-01", "2021-09", "month")),
        ("fr", "2021-10", "pour la période 2024-2028", ("2024", "2028", "year")),
        ("fr", "2019-08", "mardi matin 20 août", ("2019-08-20", None, "day")),
        ("fr", "2025-12", "ce jeudi 4 décembre", ("2025-12-04", None, "day")),
        ("en", "2021-10", "on October 21", ("2021-10-21", None, "day")),
        ("en", "2021-10", "Oct. 21", ("2021-10-21", None, "day")),
        ("en", "2021-12", "on Dec 28", ("2021-12-28", None, "day")),
        ("en", "2021-12", "21-22 December", ("2021-12-21", "2021-12-22", "day")),
        ("en", "2021-10", "December 21-22, 2021", ("2021-12-21", "2021-12-22", "day")),
        ("en", "2022-11", "from November 10 to 13", ("2022-11-10", "2022-11-13", "day")),
        ("en", "2021-10", "from 21 to 22 December 2021", ("2021-12-21", "2021-12-22", "day")),
        ("en", "2020-11", "On 24 November 2020", ("2020-11-24", None, "day")),
        ("en", "2021-10", "in 2023", ("2023", None, "year")),
        ("en", "2021-10", "early 2025", ("2025", None, "year")),
        ("en", "2021-10", "mid-June", ("2021-06", None, "month")),
        ("en", "2021-10", "in August 2019", ("2019-08", None, "month")),
        ("en", "2021-10", "Sept.", ("2021-09", None, "month")),
    ],
)
def test_dates_resolve_written_dates(
    lang: str, published: str, text: str, expected: tuple[str, str | None, str]
) -> None:
    assert _as_tuple(lang, published, text) == expected


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        ("fr", "2021-10", "mardi", ("2021-10", None, "month")),
        # an article dated to the day: the weekday is the last such day on or before it
        ("fr", "2021-10-05", "mardi", ("2021-10-05", None, "day")),
        ("fr", "2024-03-20", "lundi", ("2024-03-18", None, "day")),
        ("en", "2022-04-15", "late Thursday", ("2022-04-14", None, "day")),
        ("en", "2023-01-01", "on Saturday", ("2022-12-31", None, "day")),
        ("fr", "2021-10", "aujourd'hui", ("2021-10", None, "month")),
        ("fr", "2021-10", "hier", ("2021-10", None, "month")),
        ("fr", "2021", "hier", ("2021", None, "year")),
        ("fr", "2021-10", "cette année", ("2021", None, "year")),
        ("fr", "2021-10", "l'année prochaine", ("2022", None, "year")),
        ("fr", "2021-10", "l’an dernier", ("2020", None, "year")),
        ("fr", "2021-10", "le mois prochain", ("2021-11", None, "month")),
        ("fr", "2021-12", "le mois prochain", ("2022-01", None, "month")),
        ("fr", "2018-11", "en mai dernier", ("2018-05", None, "month")),
        ("fr", "2018-03", "en mai dernier", ("2017-05", None, "month")),
        ("fr", "2018-11", "en février prochain", ("2019-02", None, "month")),
        ("en", "2021-10", "on Thursday", ("2021-10", None, "month")),
        ("en", "2021-10", "today", ("2021-10", None, "month")),
        ("en", "2021-10", "later this year", ("2021", None, "year")),
        ("en", "2021-10", "next year", ("2022", None, "year")),
        ("en", "2021-10", "last month", ("2021-09", None, "month")),
        ("en", "2021-03", "last May", ("2020-05", None, "month")),
    ],
)
def test_dates_resolve_relative_expressions(
    lang: str, published: str, text: str, expected: tuple[str, str | None, str]
) -> None:
    assert _as_tuple(lang, published, text) == expected


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        ("fr", "2021-10", "le 14 décembre", "2021-12-14"),  # a later month stays in the publication year
        ("fr", "2021-10", "le 3 février", "2021-02-03"),
        ("en", "2021-10", "on December 14", "2021-12-14"),
    ],
)
def test_dates_take_the_publication_year(lang: str, published: str, text: str, expected: str) -> None:
    date = resolve_date(text, lang, published)
    assert date is not None and date.value == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "le 21 octobre"),
        ("fr", "mardi"),
        ("fr", "l'année prochaine"),
        ("en", "on October 21"),
        ("en", "next month"),
    ],
)
def test_dates_need_a_publication_date_when_the_text_has_no_year(lang: str, text: str) -> None:
    assert resolve_date(text, lang, None) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "un commerce de 6,65 milliards de dollars"),
        ("fr", "188 projets d'une valeur de 2,85 milliards"),
        ("fr", "le 55e anniversaire et la 10e réunion"),
        ("fr", "en sept ans, les échanges ont doublé"),
        ("fr", "une hausse de 16 % et 12,5 %"),
        ("en", "the 19th meeting and the 40th summit"),
        ("en", "leaders may meet again"),
        ("en", "1,200 projects worth 4.5 billion"),
    ],
)
def test_dates_do_not_take_numbers_for_dates(lang: str, text: str) -> None:
    assert find_dates(text, lang, "2021-10") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le 21 octobre à Hanoï, puis les 25 et 26 novembre", ["21 octobre", "les 25 et 26 novembre"]),
        ("fr", "La réunion se tiendra en 2023 au Cambodge.", ["en 2023"]),
        ("fr", "Il s'est rendu les 24 et 25 à Jakarta.", ["les 24 et 25"]),
        ("en", "They met on October 21 and will meet again next year.", ["October 21", "next year"]),
        ("en", "The summit, from 10 to 13 November, in Phnom Penh", ["from 10 to 13 November"]),
    ],
)
def test_dates_find_every_expression_once(lang: str, text: str, expected: list[str]) -> None:
    found = find_dates(text, lang, "2021-10")
    assert [d.text for d in found] == expected
    assert all(text[d.start : d.end] == d.text for d in found)


def test_dates_day_pair_without_month_takes_the_publication_month() -> None:
    date = resolve_date("les 24 et 25 à Jakarta", "fr", "2015-06")
    assert date is not None and (date.value, date.end) == ("2015-06-24", "2015-06-25")


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        ("fr", "2021-10", "au cours des huit premiers mois de 2021", ("2021-01", "2021-08")),
        ("fr", "2020-12", "au cours des dix premiers mois de l'année", ("2020-01", "2020-10")),
        ("fr", "2021-12", "au cours des 11 premiers mois de cette année", ("2021-01", "2021-11")),
        ("fr", "2021-10", "en 2022", ("2022", "2022")),
        ("fr", "2023-07", "au premier semestre 2023", ("2023-01", "2023-06")),
        ("fr", "2025-07", "au premier semestre", ("2025-01", "2025-06")),
        ("fr", "2024-04", "au premier trimestre", ("2024-01", "2024-03")),
        ("fr", "2024-02", "au quatrième trimestre", ("2023-10", "2023-12")),
        ("fr", "2024-12", "de janvier à octobre de 2024", ("2024-01", "2024-10")),
        ("fr", "2021-10", "de janvier à septembre", ("2021-01", "2021-09")),
        ("fr", "2018-04", "l'année dernière", ("2017", "2017")),
        ("fr", "2018-11", "pour cette année", ("2018", "2018")),
        ("fr", "2022-07", "d'ici 2028", ("2028", "2028")),
        ("fr", "2021-10", "au total", (None, "2021-10")),
        ("fr", "2021-10-21", "au total", (None, "2021-10")),
        ("en", "2021-10", "in the first 10 months of this year", ("2021-01", "2021-10")),
        ("en", "2019-08", "in the first five months of 2019", ("2019-01", "2019-05")),
        ("en", "2021-10", "in the second half of 2020", ("2020-07", "2020-12")),
        ("en", "2021-10", "in Q3 2020", ("2020-07", "2020-09")),
        ("en", "2021-10", "last year", ("2020", "2020")),
        ("en", "2019-08", "cumulative", (None, "2019-08")),
        ("en", "2019-08", "to date", (None, "2019-08")),
    ],
)
def test_dates_resolve_periods(lang: str, published: str, text: str, expected: tuple[str | None, str | None]) -> None:
    period = resolve_period(text, lang, published)
    assert period is not None and (period.start, period.end) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "6,5 milliards l'an dernier, en hausse de 16 % par rapport à 2016", [("2020", "2020")]),
        (
            "en",
            "2.3 billion in the first five months, up 19 percent against the same period last year",
            [("2021-01", "2021-05")],
        ),
        ("fr", "Le 21 octobre, le commerce a atteint 5 milliards en 2020", [("2020", "2020")]),
    ],
)
def test_dates_periods_skip_baselines_and_event_days(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = find_periods(text, lang, "2021-10")
    assert [(p.period.start, p.period.end) for p in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "figure", "expected"),
    [
        (
            "fr",
            "plus de 10 milliards en 2024, dont 6 milliards au premier semestre.",
            "10 milliards",
            ("2024", "2024"),
        ),
        (
            "fr",
            "plus de 10 milliards en 2024, dont 6 milliards au premier semestre.",
            "6 milliards",
            ("2025-01", "2025-06"),
        ),
        (
            "fr",
            "Sur les dix premiers mois, il a atteint 4 milliards et pourrait atteindre 5 milliards en 2025.",
            "4 milliards",
            ("2025-01", "2025-10"),
        ),
        (
            "fr",
            "Sur les dix premiers mois, il a atteint 4 milliards et pourrait atteindre 5 milliards en 2025.",
            "5 milliards",
            ("2025", "2025"),
        ),
        (
            "en",
            "Trade hit 4 billion USD in 2018, up 23 percent year-on-year.",
            "23 percent",
            ("2018", "2018"),
        ),
        ("en", "It runs 200 projects worth a total of 3 billion USD.", "200 projects", (None, "2025-12")),
    ],
)
def test_dates_period_near_a_figure_is_the_figure_s_own(
    lang: str, text: str, figure: str, expected: tuple[str | None, str]
) -> None:
    period = resolve_period(text, lang, "2025-12", near=text.index(figure))
    assert period is not None and (period.start, period.end) == expected


def test_dates_explicit_period_wins_over_a_cumulative_cue() -> None:
    period = resolve_period("un total de 3 milliards en 2019", "fr", "2021-10")
    assert period is not None and (period.start, period.end) == ("2019", "2019")


@pytest.mark.parametrize("lang", ["de", "vi"])
def test_dates_unknown_language_is_a_coded_error(lang: str) -> None:
    with pytest.raises(UnsupportedLanguage) as info:
        find_dates("le 21 octobre", lang, "2021-10")
    assert info.value.code == "S302" and lang in str(info.value)


def _dv(value: str, end: str | None = None) -> DateValue:
    precision = {0: Precision.YEAR, 1: Precision.MONTH, 2: Precision.DAY}[value.count("-")]
    return DateValue(value=value, end=end, precision=precision)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("2021-10", "2021-10-21", True),
        ("2021", "2021-03-02", True),
        ("2021-10-21", "2021-10-21", True),
        ("2021-10-20", "2021-10-21", False),
        ("2021-11", "2021-10-21", False),
        ("2020", "2021-10", False),
    ],
)
def test_dates_agree_at_the_coarser_precision(a: str, b: str, agree: bool) -> None:
    assert dates_agree(_dv(a), _dv(b)) is agree
    assert dates_agree(_dv(b), _dv(a)) is agree


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (("2023-03-14", None), ("2023-03-13", "2023-03-15"), True),
        (("2023-03", None), ("2023-02-27", "2023-03-02"), True),
        (("2023-03-16", None), ("2023-03-13", "2023-03-15"), False),
        (("2023-03-10", "2023-03-12"), ("2023-03-13", "2023-03-15"), False),
    ],
)
def test_dates_agree_when_one_falls_within_the_other_s_span(
    a: tuple[str, str | None], b: tuple[str, str | None], agree: bool
) -> None:
    assert dates_agree(_dv(*a), _dv(*b)) is agree
    assert dates_agree(_dv(*b), _dv(*a)) is agree


def test_dates_agree_with_an_unknown_date() -> None:
    assert dates_agree(None, _dv("2021-10")) and dates_agree(_dv("2021"), None) and dates_agree(None, None)


@pytest.mark.parametrize(
    ("value", "end", "published", "status"),
    [
        ("2021-10-21", None, "2021-11", EngagementStatus.HELD),
        ("2021-12-02", None, "2021-11", EngagementStatus.PLANNED),
        ("2021-11-02", None, "2021-11", None),
        ("2021-10-30", "2021-11-02", "2021-11", None),
        ("2021-11-03", "2021-11-05", "2021-11-04", None),
        ("2021-11-01", "2021-11-02", "2021-11-04", EngagementStatus.HELD),
        ("2022", None, "2021-11-04", EngagementStatus.PLANNED),
    ],
)
def test_dates_status_by_date_compares_at_the_coarser_precision(
    value: str, end: str | None, published: str, status: EngagementStatus | None
) -> None:
    assert status_by_date(_dv(value, end), published) is status


@pytest.mark.parametrize(
    ("lines", "lang", "reference", "day"),
    [
        (["ASTANA, March 11 -"], "en", "2024-03", "2024-03-11"),
        (["Photo: KNA", "NAIROBI, May 3 (KNA) - Kenya and Ethiopia held talks."], "en", "2024-05", "2024-05-03"),
        (["APS Dakar, 21 décembre 2016 –"], "fr", "2016-12", "2016-12-21"),
        (["Rabat, 2 avril (MAP) - Le Maroc et l'Espagne ont signé un accord."], "fr", "2024-03", None),
        (["Le ministre a reçu, le 3 avril - hier encore - son homologue."], "fr", "2024-04", None),
        (["ASTANA, March 11 -"], "en", "2024-03-12", None),
        (["ASTANA, March 11 -"], "en", None, None),
    ],
)
def test_dates_dateline_day_only_when_it_falls_in_the_publication_month(
    lines: list[str], lang: str, reference: str | None, day: str | None
) -> None:
    assert dateline_day(lines, lang, reference) == day


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        ("hier", "fr", "2016-12-21", ("2016-12-20", "day")),
        ("avant-hier", "fr", "2024-03-01", ("2024-02-28", "day")),
        ("yesterday", "en", "2024-03-01", ("2024-02-29", "day")),
        ("tomorrow", "en", "2023-12-31", ("2024-01-01", "day")),
        ("hier", "fr", "2016-12", ("2016-12", "month")),
        ("la semaine dernière", "fr", "2016-12-21", ("2016-12", "month")),
        ("this week", "en", "2023", ("2023", "year")),
    ],
)
def test_dates_relative_days_are_days_against_a_day(
    text: str, lang: str, published: str, expected: tuple[str, str]
) -> None:
    (mention,) = find_dates(text, lang, published)
    assert (mention.date.value, mention.date.precision.value) == expected
