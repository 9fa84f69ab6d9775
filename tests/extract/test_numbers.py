"""Money amounts, counts and percentages in French and English."""

from __future__ import annotations

import pytest

from suivi.errors import UnsupportedLanguage
from suivi.extract.numbers import _data as _numbers_data
from suivi.extract.numbers import currencies_in_use, currency_words, find_quantities, money_marks, parse_number
from suivi.vocab import Qualifier


def _only(text: str, lang: str) -> tuple[float, str, str, str | None]:
    found = find_quantities(text, lang)
    assert len(found) == 1, found
    q = found[0]
    return q.value, q.unit, q.qualifier.value, q.noun


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "un commerce de 6,65 milliards de dollars", (6.65e9, "USD", "exact", None)),
        ("fr", "plus de 2,85 milliards USD", (2.85e9, "USD", "more_than", None)),
        ("fr", "10,5 milliards de dollars américains", (10.5e9, "USD", "exact", None)),
        ("fr", "1.200 millions d'euros", (1.2e9, "EUR", "exact", None)),
        ("fr", "près de 500 millions de dollars", (5e8, "USD", "about", None)),
        ("fr", "moins de 3 millions d’euros", (3e6, "EUR", "less_than", None)),
        ("fr", "deux milliards de dollars", (2e9, "USD", "exact", None)),
        ("fr", "un milliard de dollars", (1e9, "USD", "exact", None)),
        ("fr", "18 milliards d’USD", (18e9, "USD", "exact", None)),
        ("fr", "300 millions €", (3e8, "EUR", "exact", None)),
        ("fr", "a dépassé 1,2 milliard de dollars", (1.2e9, "USD", "more_than", None)),
        ("fr", "estimé à 9,6 milliards de dollars", (9.6e9, "USD", "about", None)),
        ("fr", "estimé à plus de 4 milliards de dollars", (4e9, "USD", "more_than", None)),
        ("fr", "2 billions de dongs", (2e12, "VND", "exact", None)),
        ("fr", "40 millions de yuans", (4e7, "CNY", "exact", None)),
        ("fr", "15 milliards de francs CFA", (15e9, "XOF", "exact", None)),
        ("en", "USD 6.65 billion", (6.65e9, "USD", "exact", None)),
        ("en", "over 2.85 billion USD", (2.85e9, "USD", "more_than", None)),
        ("en", "$4.5 bn", (4.5e9, "USD", "exact", None)),
        ("en", "$4.5bn", (4.5e9, "USD", "exact", None)),
        ("en", "US$1.2 billion", (1.2e9, "USD", "exact", None)),
        ("en", "EUR 300 million", (3e8, "EUR", "exact", None)),
        ("en", "2 billion US dollars", (2e9, "USD", "exact", None)),
        ("en", "some 3 trillion yen", (3e12, "JPY", "about", None)),
        ("en", "two billion dollars", (2e9, "USD", "exact", None)),
        ("en", "more than 1.3 billion USD", (1.3e9, "USD", "more_than", None)),
    ],
)
def test_numbers_read_money(lang: str, text: str, expected: tuple[float, str, str, str | None]) -> None:
    assert _only(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "avec 317 projets en vigueur", (317, "count", "exact", "projets")),
        ("fr", "1 200 projets", (1200, "count", "exact", "projets")),
        ("fr", "1\u00a0200 projets", (1200, "count", "exact", "projets")),
        ("fr", "1\u202f200 entreprises", (1200, "count", "exact", "entreprises")),
        ("fr", "100 000 touristes", (1e5, "count", "exact", "touristes")),
        ("fr", "environ 3 millions de visiteurs", (3e6, "count", "about", "visiteurs")),
        ("fr", "moins de 20 nouvelles entreprises", (20, "count", "less_than", "entreprises")),
        ("fr", "deux cents étudiants", (200, "count", "exact", "étudiants")),
        ("en", "214 projects worth", (214, "count", "exact", "projects")),
        ("en", "nearly 900,000 holidaymakers", (9e5, "count", "about", "holidaymakers")),
        ("en", "12.6 million international visitors", (12.6e6, "count", "exact", "visitors")),
        ("en", "1,200 students", (1200, "count", "exact", "students")),
    ],
)
def test_numbers_read_counts_with_their_noun(lang: str, text: str, expected: tuple[float, str, str, str]) -> None:
    assert _only(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "une hausse de 5 %", 5.0),
        ("fr", "en hausse de 16%", 16.0),
        ("fr", "de 33,6 % par an", 33.6),
        ("fr", "de 12 pour cent", 12.0),
        ("en", "up 16 per cent", 16.0),
        ("en", "up 23.8 percent", 23.8),
        ("en", "a rise of 7%", 7.0),
    ],
)
def test_numbers_read_percentages(lang: str, text: str, expected: float) -> None:
    assert _only(text, lang) == (expected, "percent", "exact", None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "en 2021 et en 2022"),
        ("fr", "le 21 octobre, les 25 et 26 novembre"),
        ("fr", "la 7e consultation et le 55e anniversaire, 10e"),
        ("fr", "le 1er décembre, 9ᵉ session"),
        ("fr", "il y a 6,65 et 188"),
        ("fr", "depuis 55 ans et trois jours"),
        ("fr", "un projet"),
        ("en", "the 19th meeting and the 40th and 41st summits"),
        ("en", "COVID-19 and the G20 and 2+2"),
        ("en", "in 2019 tourists came"),
        ("en", "one side and 12 years"),
    ],
)
def test_numbers_skip_years_dates_ordinals_and_bare_numbers(lang: str, text: str) -> None:
    assert find_quantities(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "12 milliards d'euros en 2023, dont 5 milliards au premier semestre", ["EUR", "EUR"]),
        ("fr", "5,4 milliards d'euros en 2014 contre 3 milliards en 2010", ["EUR", "EUR"]),
        ("fr", "6 milliards au premier semestre", ["count"]),
    ],
)
def test_numbers_scaled_figures_take_the_currency_before_them(lang: str, text: str, expected: list[str]) -> None:
    assert [q.unit for q in find_quantities(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "avec 317 projets d'un montant cumulé dépassant 4,6 milliards de dollars.",
            ["317 projets", "4,6 milliards de dollars"],
        ),
        ("en", "reached VND101.9 million ($4,284), up 5%", ["VND101.9 million", "$4,284", "5%"]),
    ],
)
def test_numbers_spans_cover_figure_and_unit(lang: str, text: str, expected: list[str]) -> None:
    found = find_quantities(text, lang)
    assert [q.text for q in found] == expected
    assert all(text[q.start : q.end] == q.text for q in found)


@pytest.mark.parametrize(
    ("text", "decimal", "expected"),
    [
        ("6,65", ",", 6.65),
        ("1.200", ",", 1200),
        ("1 200,5", ",", 1200.5),
        ("1,200.5", ".", 1200.5),
        ("6.65", ".", 6.65),
    ],
)
def test_numbers_parse_number_follows_the_decimal_mark(text: str, decimal: str, expected: float) -> None:
    assert parse_number(text, decimal) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [("fr", "3 billions de dollars", 3e12), ("en", "3 billion dollars", 3e9)]
)
def test_numbers_billion_depends_on_the_language(lang: str, text: str, expected: float) -> None:
    assert [q.value for q in find_quantities(text, lang)] == [expected]


def test_numbers_qualifier_is_an_enum() -> None:
    assert find_quantities("plus de 5 milliards de dollars", "fr")[0].qualifier is Qualifier.MORE_THAN


@pytest.mark.parametrize("lang", ["de", "xx"])
def test_numbers_unknown_language_is_a_coded_error(lang: str) -> None:
    with pytest.raises(UnsupportedLanguage) as info:
        find_quantities("5 %", lang)
    assert info.value.code == "S302" and lang in str(info.value)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "15 milliards FCFA", (15e9, "XOF")),
        ("fr", "5 millions F CFA", (5e6, "XOF")),
        ("fr", "20 milliards de francs CFA (BEAC)", (20e9, "XAF")),
        ("fr", "2 millions XAF", (2e6, "XAF")),
        ("fr", "500 millions de DH", (5e8, "MAD")),
        ("fr", "300 millions de dirhams marocains", (3e8, "MAD")),
        ("fr", "2 milliards de livres turques", (2e9, "TRY")),
        ("fr", "10 millions de shillings kényans", (1e7, "KES")),
        ("fr", "3 milliards de roupies pakistanaises", (3e9, "PKR")),
        ("fr", "4 milliards de nairas", (4e9, "NGN")),
        ("en", "3 billion Turkish lira", (3e9, "TRY")),
        ("en", "TRY 3 billion", (3e9, "TRY")),
        ("en", "₺5 billion", (5e9, "TRY")),
        ("en", "₦2 billion", (2e9, "NGN")),
        ("en", "R$ 7 billion", (7e9, "BRL")),
        ("en", "5 billion Kenyan shillings", (5e9, "KES")),
        ("en", "CFA francs 40 billion", None),
        ("en", "40 billion CFA francs", (40e9, "XOF")),
        ("en", "1.2 billion Moroccan dirhams", (1.2e9, "MAD")),
        ("en", "a 2 trillion dong package", (2e12, "VND")),
        ("en", "₫ 2 trillion", (2e12, "VND")),
    ],
)
def test_numbers_currencies_from_babel(lang: str, text: str, expected: tuple[float, str] | None) -> None:
    found = [(q.value, q.unit) for q in find_quantities(text, lang) if q.unit not in ("count", "percent")]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(("lang", "text"), [("en", "ALL 3 parties agreed"), ("en", "the TOP 10 priorities")])
def test_numbers_codes_that_are_words_are_not_money(lang: str, text: str) -> None:
    assert [q.unit for q in find_quantities(text, lang)] == []


def test_numbers_every_currency_in_use_has_a_name_and_a_mark() -> None:
    in_use = currencies_in_use()
    assert len(in_use) > 140  # CLDR's list moves; about 150 today
    for lang in ("fr", "en"):
        assert in_use <= set(currency_words(lang).values())
    blocked = set(_numbers_data()["code_blockers"]) - set(_numbers_data()["codes"])
    assert in_use - blocked <= set(money_marks().values())


def test_numbers_code_blockers_cover_codes_that_are_common_words() -> None:
    wordfreq = pytest.importorskip("wordfreq", reason="wordfreq (dev extra) checks the blockers")
    common = {
        code
        for code in currencies_in_use()
        if max(wordfreq.zipf_frequency(code.lower(), lang) for lang in ("en", "fr")) >= 3.5
    }
    data = _numbers_data()
    assert common - set(data["codes"]) <= set(data["code_blockers"])
