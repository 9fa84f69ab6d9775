"""Date expressions engagements are dated by: a month with a relative year, one expression per date."""

from __future__ import annotations

import pytest

from suivi.extract.dates import find_dates


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The previous session in May last year was held in Nairobi.", "2018-05"),
        ("en", "They will meet again in September this year.", "2019-09"),
        ("en", "The summit is planned for March next year.", "2020-03"),
        ("fr", "La session précédente, en mai de l'année dernière, s'est tenue à Dakar.", "2018-05"),
        ("fr", "Ils s'étaient rencontrés en mars l'an dernier.", "2018-03"),
        ("fr", "Le sommet aura lieu en mars l'année prochaine.", "2020-03"),
    ],
)
def test_a_month_with_a_relative_year_is_one_date(lang: str, text: str, expected: str) -> None:
    dates = find_dates(text, lang, "2019-08")
    assert [(d.date.value, d.date.precision.value) for d in dates] == [(expected, "month")]


def test_a_relative_year_needs_a_publication_date() -> None:
    assert find_dates("The previous session in May last year was held in Nairobi.", "en", None) == []
