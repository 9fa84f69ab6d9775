"""suivi.indicators.v1: trade, investment, aid and visitor figures of the relation, observed or targeted."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.record import DocumentRecord, Indicator

Extract = Callable[..., DocumentRecord]

#: A first sentence that makes each text a diplomatic article (a China–Cambodia reception).
HEADS = {
    "fr": "Pékin (Xinhua) – Le ministre chinois des Affaires étrangères Liu Haoran a reçu mardi à Pékin son homologue "
    "cambodgien Chea Sovann. ",
    "en": "Beijing (Xinhua) – Chinese Foreign Minister Liu Haoran received his Cambodian counterpart Chea Sovann in "
    "Beijing on Tuesday. ",
}

Key = tuple[str, float, str, str, str]


def keys(record: DocumentRecord) -> list[Key]:
    """(metric, value, unit, qualifier, kind) of every indicator, in text order."""
    assert record.is_diplomatic, record
    return [(i.metric.value, i.value, i.unit, i.qualifier.value, i.kind.value) for i in record.indicators]


def period(indicator: Indicator) -> tuple[str | None, str | None] | None:
    return None if indicator.period is None else (indicator.period.start, indicator.period.end)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "fr",
            "Les échanges commerciaux entre les deux pays ont atteint 6,2 milliards de dollars au cours des neuf "
            "premiers mois de 2023.",
        ),
        ("en", "Two-way trade hit USD 6.2 billion in the first nine months of 2023."),
    ],
)
def test_indicators_trade_volume_with_period(extract: Extract, lang: str, sentence: str) -> None:
    record = extract(HEADS[lang] + sentence, lang)
    assert keys(record) == [("trade_volume", 6.2e9, "USD", "exact", "observed")]
    assert period(record.indicators[0]) == ("2023-01", "2023-09")
    assert set(record.indicators[0].parties) == {"CN", "KH"}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "fr",
            "Le commerce bilatéral a atteint 4,8 milliards de dollars au cours des neuf premiers mois de 2023 (+12 %).",
        ),
        (
            "fr",
            "Le commerce bilatéral a atteint 4,8 milliards de dollars sur les neuf premiers mois de 2023, en hausse "
            "de 12 %.",
        ),
        ("en", "Two-way trade hit USD 4.8 billion in the first nine months of 2023, up 12% year on year."),
    ],
)
def test_indicators_growth_rate_shares_the_figure_period(extract: Extract, lang: str, sentence: str) -> None:
    record = extract(HEADS[lang] + sentence, lang)
    assert keys(record) == [
        ("trade_volume", 4.8e9, "USD", "exact", "observed"),
        ("trade_volume", 12.0, "percent", "exact", "observed"),
    ]
    assert period(record.indicators[1]) == period(record.indicators[0]) == ("2023-01", "2023-09")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "La Chine compte plus de 300 projets au Cambodge, pour un capital de 4,5 milliards de dollars."),
        (
            "en",
            "China has over 300 investment projects in Cambodia with a total registered capital of 4.5 billion USD.",
        ),
    ],
)
def test_indicators_projects_then_capital_as_cumulative_stock(extract: Extract, lang: str, sentence: str) -> None:
    record = extract(HEADS[lang] + sentence, lang, "2024-05")
    assert keys(record) == [
        ("investment_projects", 300.0, "count", "more_than", "observed"),
        ("investment_capital", 4.5e9, "USD", "exact", "observed"),
    ]
    assert [period(i) for i in record.indicators] == [(None, "2024-05"), (None, "2024-05")]


@pytest.mark.parametrize(
    ("lang", "sentence", "value", "deadline"),
    [
        (
            "fr",
            "Les deux parties ont convenu de porter le commerce bilatéral à 10 milliards de dollars d'ici 2030.",
            10e9,
            "2030",
        ),
        ("fr", "Les deux parties visent un commerce bilatéral de 15 milliards de dollars en 2028.", 15e9, "2028"),
        ("en", "Bilateral trade is expected to reach 15 billion USD by 2030.", 15e9, "2030"),
        ("en", "The two sides agreed to lift bilateral trade to 10 billion USD by 2030.", 10e9, "2030"),
    ],
)
def test_indicators_target_from_goal_verb(
    extract: Extract, lang: str, sentence: str, value: float, deadline: str
) -> None:
    record = extract(HEADS[lang] + sentence, lang)
    assert keys(record) == [("trade_volume", value, "USD", "exact", "target")]
    assert period(record.indicators[0]) == (deadline, deadline)


@pytest.mark.parametrize(
    ("lang", "sentences", "values"),
    [
        (
            "en",
            "Bilateral trade reached 6.5 billion USD in 2022. The figure stood at 7.1 billion USD in 2023.",
            [6.5e9, 7.1e9],
        ),
        (
            "fr",
            "Le commerce bilatéral a atteint 6,5 milliards de dollars en 2022. Ce chiffre s'est établi à 7,1 milliards "
            "de dollars en 2023.",
            [6.5e9, 7.1e9],
        ),
        pytest.param(
            "en",
            "Bilateral trade rose sharply last year. The figure stood at 7.1 billion USD in 2023.",
            [7.1e9],
        ),
        pytest.param(
            "fr",
            "Le commerce bilatéral a fortement progressé l'an dernier. Ce chiffre s'est établi à 7,1 milliards de "
            "dollars en 2023.",
            [7.1e9],
        ),
    ],
)
def test_indicators_metric_carried_to_the_figure(
    extract: Extract, lang: str, sentences: str, values: list[float]
) -> None:
    record = extract(HEADS[lang] + sentences, lang)
    assert [(k[0], k[1]) for k in keys(record)] == [("trade_volume", v) for v in values]
    assert period(record.indicators[-1]) == ("2023", "2023")


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (
            "fr",
            "Les exportations du Cambodge vers la Chine ont atteint 1,2 milliard de dollars en 2023, tandis que les "
            "importations se sont élevées à 9,8 milliards de dollars.",
            [("exports", 1.2e9, "USD", "exact", "observed"), ("imports", 9.8e9, "USD", "exact", "observed")],
        ),
        (
            "en",
            "Cambodia's exports to China reached 1.2 billion USD in 2023, while imports stood at 9.8 billion USD.",
            [("exports", 1.2e9, "USD", "exact", "observed"), ("imports", 9.8e9, "USD", "exact", "observed")],
        ),
        (
            "fr",
            "Selon M. Liu, environ 2,5 millions de touristes chinois ont visité le Cambodge en 2023.",
            [("visitors", 2.5e6, "count", "about", "observed")],
        ),
        (
            "en",
            "About 2.5 million Chinese tourists visited Cambodia in 2023, Mr Liu said.",
            [("visitors", 2.5e6, "count", "about", "observed")],
        ),
        (
            "fr",
            "La Chine a accordé au Cambodge une aide non remboursable de 150 millions de dollars en 2023.",
            [("aid", 1.5e8, "USD", "exact", "observed")],
        ),
        (
            "en",
            "China provided 150 million USD in grant aid to Cambodia in 2023.",
            [("aid", 1.5e8, "USD", "exact", "observed")],
        ),
    ],
)
def test_indicators_metric_from_context(extract: Extract, lang: str, sentence: str, expected: list[Key]) -> None:
    assert keys(extract(HEADS[lang] + sentence, lang)) == expected


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Le PIB du Cambodge a progressé de 5,6 % en 2023, pour atteindre 32 milliards de dollars."),
        ("fr", "L'économie cambodgienne a crû de 5,6 % l'an dernier, a rappelé M. Chea Sovann."),
        ("en", "Cambodia's GDP grew by 5.6% in 2023 to 32 billion USD."),
        ("en", "The Cambodian economy grew 5.6% last year, Mr Chea Sovann noted."),
    ],
)
def test_indicators_national_economy_figures_ignored(extract: Extract, lang: str, sentence: str) -> None:
    assert keys(extract(HEADS[lang] + sentence, lang)) == []


@pytest.mark.parametrize(
    ("lang", "sentences", "expected"),
    [
        (
            "en",
            "Two-way trade reached 9.4 billion USD in 2024, short of the 12 billion dollar target set in 2021.",
            ("trade_volume", 12e9, "target"),
        ),
        (
            "fr",
            "Le commerce bilatéral a atteint 3 milliards de dollars en 2023. Les deux pays se sont fixé pour objectif "
            "de le porter à 5 milliards de dollars d'ici 2028.",
            ("trade_volume", 5e9, "target"),
        ),
        (
            "en",
            "Bilateral trade grew by a fifth last year. The ministers set a new goal of 30 billion USD by 2032.",
            ("trade_volume", 30e9, "target"),
        ),
        (
            "en",
            "Tokyo confirmed its plan to invest 2 trillion yen in the country by 2030.",
            ("investment_capital", 2e12, "target"),
        ),
        ("en", "Brussels said it would provide 80 million euros to support the reform.", ("aid", 80e6, "observed")),
        ("fr", "Pékin a annoncé une enveloppe de 45 millions d'euros pour la réforme.", ("aid", 45e6, "observed")),
    ],
)
def test_indicators_goals_named_after_the_figure_or_carried(
    extract: Extract, lang: str, sentences: str, expected: tuple[str, float, str]
) -> None:
    found = [(i.metric.value, i.value, i.kind.value) for i in extract(HEADS[lang] + sentences, lang).indicators]
    assert expected in found
