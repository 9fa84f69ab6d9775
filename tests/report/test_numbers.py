"""Readable amounts and dates at their precision, in French and English."""

from __future__ import annotations

import pytest

from suivi.record import DateValue
from suivi.report.numbers import format_amount, format_date_value, format_partial_date, readable_amounts

NNBSP = "\u202f"  # the French thousands separator (narrow no-break space)


@pytest.mark.parametrize(
    ("value", "unit", "lang", "qualifier", "expected"),
    [
        (13.2e9, "USD", "en", None, "13.2 bn USD"),
        (1.25e9, "USD", "fr", None, "1,25 Md USD"),
        (5e12, "JPY", "en", None, "5 tn JPY"),
        (5e12, "JPY", "fr", None, f"5{NNBSP}000 Md JPY"),
        (500e6, "USD", "fr", "more_than", "> 500 M USD"),
        (1300, "count", "en", "about", "≈ 1,300"),
        (9, "percent", "fr", None, "+9 %"),
        (9, "percent", "en", None, "+9%"),
        (750, "EUR", "en", None, "750 EUR"),
    ],
)
def test_numbers_format_amount(value: float, unit: str, lang: str, qualifier: str | None, expected: str) -> None:
    assert format_amount(value, unit, lang, qualifier) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("trade_volume KH-TH: 1.5e+10 USD by 2025", "en", "trade_volume KH-TH: 15 bn USD by 2025"),
        ("1e+13 JPY observed", "fr", f"10{NNBSP}000 Md JPY observed"),
        ("round 13 in 2025", "en", "round 13 in 2025"),
    ],
)
def test_numbers_readable_amounts(text: str, lang: str, expected: str) -> None:
    assert readable_amounts(text, lang) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("2024-05-27", "fr", "27 mai 2024"),
        ("2024-05-27", "en", "27 May 2024"),
        ("2022-09", "fr", "septembre 2022"),
        ("2019", "en", "2019"),
        (None, "en", ""),
    ],
)
def test_numbers_partial_date_at_its_precision(value: str | None, lang: str, expected: str) -> None:
    assert format_partial_date(value, lang) == expected


@pytest.mark.parametrize(
    ("value", "end", "precision", "lang", "expected"),
    [
        ("2023-09-05", "2023-09-07", "day", "en", "5–7 September 2023"),
        ("2023-09-28", "2023-10-02", "day", "fr", "28 septembre 2023 – 2 octobre 2023"),
        ("2025-03", None, "month", "fr", "mars 2025"),
    ],
)
def test_numbers_date_value_ranges(value: str, end: str | None, precision: str, lang: str, expected: str) -> None:
    date = DateValue.model_validate({"value": value, "end": end, "precision": precision})
    assert format_date_value(date, lang) == expected
