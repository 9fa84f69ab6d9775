"""Indicator constructions across country pairs: goal verbs, pronoun subjects, plural aid, headlines, periods."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.extract.numbers import find_quantities, qualifier_before
from suivi.record import DocumentRecord, Indicator
from suivi.vocab import Qualifier

Extract = Callable[..., DocumentRecord]

#: First sentences that make each text a diplomatic article between two states.
HEADS = {
    ("fr", "ma"): "Rabat (MAP) – Le ministre marocain des Affaires étrangères a reçu lundi à Rabat son homologue "
    "sénégalais. ",
    ("fr", "br"): "Brasilia (AFP) – Le président brésilien a reçu jeudi à Brasilia son homologue argentin. ",
    ("en", "ke"): "Nairobi (Reuters) – Kenyan President met his Tanzanian counterpart in Nairobi on Monday. ",
    ("en", "jp"): "Tokyo (Kyodo) – Japanese Prime Minister held talks with his Indian counterpart in Tokyo on Friday. ",
}

Key = tuple[str, float, str, str]


def keys(record: DocumentRecord) -> list[Key]:
    assert record.is_diplomatic, record
    return [(i.metric.value, i.value, i.unit, i.kind.value) for i in record.indicators]


def period(indicator: Indicator) -> tuple[str | None, str | None] | None:
    return None if indicator.period is None else (indicator.period.start, indicator.period.end)


@pytest.mark.parametrize(
    ("head", "sentence", "value", "unit"),
    [
        (("en", "ke"), "The two leaders agreed to increase two-way trade to over 3 billion USD.", 3e9, "USD"),
        (("en", "jp"), "Both governments will work to augment bilateral trade to 40 billion dollars.", 40e9, "USD"),
        (("en", "jp"), "They resolved to expand two-way trade to 35 billion USD within five years.", 35e9, "USD"),
        (("fr", "ma"), "Les deux pays entendent augmenter leurs échanges à 2 milliards d'euros.", 2e9, "EUR"),
        (("fr", "br"), "Les présidents veulent accroître le commerce à 30 milliards de dollars.", 30e9, "USD"),
    ],
)
def test_an_increase_to_a_figure_is_a_target(
    extract: Extract, head: tuple[str, str], sentence: str, value: float, unit: str
) -> None:
    assert keys(extract(HEADS[head] + sentence, head[0])) == [("trade_volume", value, unit, "target")]


@pytest.mark.parametrize(
    ("head", "sentence"),
    [
        (("en", "ke"), "Bilateral trade saw an increase of 12 percent to 1.1 billion USD in 2023."),
        (("fr", "ma"), "Les échanges commerciaux ont augmenté de 12 % à 1,1 milliard d'euros en 2023."),
    ],
)
def test_an_increase_already_made_stays_observed(extract: Extract, head: tuple[str, str], sentence: str) -> None:
    kinds = {kind for *_, kind in keys(extract(HEADS[head] + sentence, head[0]))}
    assert kinds == {"observed"}


@pytest.mark.parametrize(
    ("head", "sentences", "value", "unit", "span"),
    [
        (
            ("fr", "ma"),
            "Les échanges commerciaux ont progressé ces dernières années. Pour les six premiers mois de 2024, ils "
            "s'élèvent déjà à 1,4 milliard d'euros.",
            1.4e9,
            "EUR",
            ("2024-01", "2024-06"),
        ),
        (
            ("fr", "br"),
            "Le commerce bilatéral reste le premier moteur de la relation. En 2023, il a atteint 28 milliards de "
            "dollars.",
            28e9,
            "USD",
            ("2023", "2023"),
        ),
        (
            ("en", "jp"),
            "Trade flows between the two countries have grown steadily. In 2023 they reached 22 billion USD.",
            22e9,
            "USD",
            ("2023", "2023"),
        ),
    ],
)
def test_a_pronoun_subject_carries_the_metric(
    extract: Extract, head: tuple[str, str], sentences: str, value: float, unit: str, span: tuple[str, str]
) -> None:
    record = extract(HEADS[head] + sentences, head[0])
    assert [(k[1], k[2]) for k in keys(record)] == [(value, unit)]
    assert record.indicators[0].metric.value == "trade_volume"
    assert period(record.indicators[0]) == span


@pytest.mark.parametrize(
    ("head", "sentence", "value"),
    [
        (("fr", "ma"), "Rabat a salué 40 millions d'euros d'aides publiques au développement versés en 2023.", 40e6),
        (("fr", "br"), "Le Brésil a débloqué 15 millions de dollars d'aides humanitaires pour les sinistrés.", 15e6),
    ],
)
def test_aid_named_in_the_plural_after_the_figure(
    extract: Extract, head: tuple[str, str], sentence: str, value: float
) -> None:
    assert [(k[0], k[1]) for k in keys(extract(HEADS[head] + sentence, head[0]))] == [("aid", value)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kenya, Tanzania aim for $5 billion in trade\n"
            "Nairobi (Reuters) – Kenyan President met his Tanzanian counterpart in Nairobi on Monday. "
            "The two leaders agreed to raise bilateral trade to 5 billion USD by 2030.",
        ),
        (
            "fr",
            "Maroc-Sénégal : objectif 3 milliards de dollars d'échanges\n"
            "Rabat (MAP) – Le ministre marocain des Affaires étrangères a reçu lundi à Rabat son homologue sénégalais. "
            "Les deux parties ont convenu de porter les échanges commerciaux à 3 milliards de dollars d'ici 2030.",
        ),
    ],
)
def test_a_headline_figure_the_body_states_again_counts_once(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang)
    assert len(record.indicators) == 1
    assert period(record.indicators[0]) == ("2030", "2030")


def test_a_headline_figure_the_body_does_not_repeat_is_kept(extract: Extract) -> None:
    text = (
        "Japan, India trade reached 25 billion USD\n"
        "Tokyo (Kyodo) – Japanese Prime Minister held talks with his Indian counterpart in Tokyo on Friday. "
        "The two sides discussed trade and investment."
    )
    assert [k[1] for k in keys(extract(text, "en"))] == [25e9]


@pytest.mark.parametrize(
    ("head", "sentence"),
    [
        (
            ("fr", "br"),
            "Le ministre a salué des échanges de 31 milliards de dollars, qui devraient atteindre 40 milliards de "
            "dollars d'ici à 2030.",
        ),
        (
            ("en", "ke"),
            "The minister praised two-way trade of 1.2 billion USD, which is expected to reach 3 billion USD by 2030.",
        ),
    ],
)
def test_a_deadline_after_a_later_figure_is_that_figure_s(
    extract: Extract, head: tuple[str, str], sentence: str
) -> None:
    observed, target = extract(HEADS[head] + sentence, head[0]).indicators
    assert (observed.kind.value, period(observed)) == ("observed", None)
    assert (target.kind.value, period(target)) == ("target", ("2030", "2030"))


@pytest.mark.parametrize(
    ("head", "sentence"),
    [
        (
            ("fr", "ma"),
            "Les ministres ont évoqué le 60e anniversaire des relations en 2027 et l'objectif de porter les échanges "
            "commerciaux à 4 milliards de dollars.",
        ),
        (
            ("en", "jp"),
            "The leaders looked ahead to the 75th anniversary of ties in 2027 and agreed to lift bilateral trade to 50 "
            "billion USD.",
        ),
    ],
)
def test_a_year_before_a_goal_is_not_its_deadline(extract: Extract, head: tuple[str, str], sentence: str) -> None:
    (target,) = extract(HEADS[head] + sentence, head[0]).indicators
    assert (target.kind.value, period(target)) == ("target", None)


@pytest.mark.parametrize(
    ("head", "sentence"),
    [
        (("fr", "br"), "Les deux pays veulent porter la croissance de leur commerce à 10%- 15% par an d'ici 2030."),
        (("en", "ke"), "The two countries aim to lift growth in bilateral trade to 10% - 15% a year by 2030."),
    ],
)
def test_a_range_then_its_deadline(extract: Extract, head: tuple[str, str], sentence: str) -> None:
    (target,) = extract(HEADS[head] + sentence, head[0]).indicators
    assert (target.value, target.unit, target.kind.value) == (10, "percent", "target")
    assert period(target) == ("2030", "2030")


@pytest.mark.parametrize(
    ("head", "sentence", "metric"),
    [
        (("fr", "ma"), "Le Maroc continue d'exporter 200 millions de dollars d'engrais par an.", "exports"),
        (("fr", "br"), "Le Brésil a apporté 12 millions de dollars d'aide aux régions sinistrées.", "aid"),
        (("en", "ke"), "Officials claimed exports of 400 million USD to Tanzania last year.", "exports"),
        (("en", "jp"), "Tokyo has praised the 3 billion USD in loans extended to India last year.", "aid"),
    ],
)
def test_a_goal_verb_inside_another_word_is_no_goal(
    extract: Extract, head: tuple[str, str], sentence: str, metric: str
) -> None:
    assert [(k[0], k[3]) for k in keys(extract(HEADS[head] + sentence, head[0]))] == [(metric, "observed")]


@pytest.mark.parametrize(
    ("head", "sentence", "expected"),
    [
        (
            ("en", "ke"),
            "Both aim for growth in bilateral trade of 8-12 per cent.",
            (8, "percent", "target"),
        ),
        (
            ("fr", "br"),
            "Les deux pays visent une croissance du commerce de 8-12 %.",
            (8, "percent", "target"),
        ),
        (("en", "jp"), "Japan will extend 1.5-2 billion USD in loans to India.", (1.5e9, "USD", "observed")),
        (("fr", "ma"), "Le Maroc accueille 300-400 étudiants sénégalais chaque année.", (300, "count", "observed")),
    ],
)
def test_a_range_with_a_dash_is_read_as_its_lower_bound(
    extract: Extract, head: tuple[str, str], sentence: str, expected: tuple[float, str, str]
) -> None:
    (figure,) = extract(HEADS[head] + sentence, head[0]).indicators
    assert (figure.value, figure.unit, figure.kind.value) == expected


@pytest.mark.parametrize(
    ("head", "sentence", "expected"),
    [
        (
            ("en", "jp"),
            "Japan licensed 14 new investment projects in India last year, bringing the total number of its "
            "projects in the country to 1,450.",
            [(14, ("2023", "2023")), (1450, (None, "2024-05"))],
        ),
        (
            ("en", "ke"),
            "In 2023, 25 markers were planted, raising the total number of border markers along the line to 310.",
            [(25, ("2023", "2023")), (310, (None, "2024-05"))],
        ),
        (
            ("fr", "ma"),
            "Le Maroc a enregistré 12 nouveaux projets sénégalais, portant à 96 le nombre total de projets.",
            [(12, None), (96, (None, "2024-05"))],
        ),
        (
            ("fr", "br"),
            "En 2023, 40 bornes ont été posées, portant le nombre total de bornes le long de la frontière à 280.",
            [(40, ("2023", "2023")), (280, (None, "2024-05"))],
        ),
    ],
)
def test_a_total_brought_to_a_bare_number_is_a_stock(
    extract: Extract, head: tuple[str, str], sentence: str, expected: list[tuple[float, tuple[str | None, str] | None]]
) -> None:
    found = extract(HEADS[head] + sentence, head[0]).indicators
    assert [(i.value, period(i)) for i in found] == expected
    assert {(i.unit, i.kind.value) for i in found} == {("count", "observed")}


@pytest.mark.parametrize(
    ("head", "sentence"),
    [
        (
            ("en", "ke"),
            "Both exchanged more than 90 delegations in 2023, about 40 of which were ministerial.",
        ),
        (
            ("fr", "br"),
            "Ils ont échangé plus de 90 délégations en 2023, dont environ 40 au niveau ministériel.",
        ),
    ],
)
def test_a_part_of_a_count_is_counted_with_its_noun(extract: Extract, head: tuple[str, str], sentence: str) -> None:
    found = extract(HEADS[head] + sentence, head[0]).indicators
    assert [(i.metric.value, i.value, i.unit, i.qualifier.value) for i in found] == [
        ("other", 90, "count", "more_than"),
        ("other", 40, "count", "about"),
    ]


def test_an_aim_to_raise_a_total_is_still_a_goal(extract: Extract) -> None:
    sentence = "The two sides aim at raising the total number of joint projects to 500 by 2030."
    (goal,) = extract(HEADS[("en", "jp")] + sentence, "en").indicators
    assert (goal.value, goal.kind.value, period(goal)) == (500, "target", ("2030", "2030"))


def test_a_currency_glued_to_its_connector_in_page_debris(extract: Extract) -> None:
    sentence = "Les échanges commerciaux ont atteint 1,9 milliard dedollars en 2023."
    (figure,) = extract(HEADS[("fr", "ma")] + sentence, "fr").indicators
    assert (figure.metric.value, figure.value, figure.unit) == ("trade_volume", 1.9e9, "USD")


@pytest.mark.parametrize(
    ("lang", "text", "figures"),
    [
        ("en", "growth of 6-9 per cent", [("9 per cent", 9.0)]),
        ("fr", "une hausse de 6%-9%", [("6%", 6.0), ("9%", 9.0)]),
        ("en", "the COVID-19 vaccine", []),
        ("en", "the 2021-2025 plan for 40 projects", [("40 projects", 40.0)]),
    ],
)
def test_the_upper_bound_of_a_dashed_range_is_a_figure_a_name_s_number_is_not(
    lang: str, text: str, figures: list[tuple[str, float]]
) -> None:
    assert [(q.text, q.value) for q in find_quantities(text, lang)] == figures


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [("en", "about 40 of which", Qualifier.ABOUT), ("fr", "dont plus de 40", Qualifier.MORE_THAN)],
)
def test_the_qualifier_before_a_bare_number(lang: str, text: str, expected: Qualifier) -> None:
    assert qualifier_before(text, text.index("40"), lang) is expected


@pytest.mark.parametrize(
    ("head", "sentence", "kinds"),
    [
        (
            ("fr", "ma"),
            "Les échanges ont doublé en cinq ans pour atteindre 400 millions de dollars.",
            ["observed"],
        ),
        (("en", "ke"), "Two-way trade rose 12% in 2023 to reach 1.1 billion USD.", ["observed", "observed"]),
        (("en", "jp"), "Both aim to lift trade by 10% a year to reach 60 billion USD.", ["target", "target"]),
        (("en", "ke"), "Bilateral trade is expected to rise to reach 2 billion USD.", ["target"]),
        (
            ("fr", "br"),
            "Ils veulent doubler leurs échanges pour atteindre 80 milliards de dollars.",
            ["target"],
        ),
    ],
)
def test_where_a_change_ended_or_a_goal_leads(
    extract: Extract, head: tuple[str, str], sentence: str, kinds: list[str]
) -> None:
    assert [k[3] for k in keys(extract(HEADS[head] + sentence, head[0]))] == kinds
