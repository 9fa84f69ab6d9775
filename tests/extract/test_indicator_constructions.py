"""Indicator constructions across country pairs: goal verbs, pronoun subjects, plural aid, headlines, periods."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.record import DocumentRecord, Indicator

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
