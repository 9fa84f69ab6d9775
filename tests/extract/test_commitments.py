"""suivi.commitments.v1: agreed / pledged / proposed / signed, with areas, parties and deadline, FR and EN."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.record import Commitment, DocumentRecord

Extract = Callable[..., DocumentRecord]

#: A first sentence that makes each text a diplomatic article (a Cambodia–Thailand reception).
KH_TH_FR = (
    "Phnom Penh (AKP) – Le vice-Premier ministre cambodgien Chea Rithy a reçu jeudi à Phnom Penh le ministre "
    "thaïlandais des Affaires étrangères Anan Srisuk. "
)
KH_TH_EN = (
    "Phnom Penh (AKP) – Cambodian Deputy Prime Minister Chea Rithy received Thai Foreign Minister Anan Srisuk in "
    "Phnom Penh on Thursday. "
)
#: The same for France–Morocco.
MA_FR_FR = (
    "Rabat (MAP) – Le ministre marocain des Affaires étrangères Youssef Alami a reçu mardi à Rabat son homologue "
    "français Julien Mercier. "
)
MA_FR_EN = (
    "Rabat (MAP) – Moroccan Foreign Minister Youssef Alami received his French counterpart Julien Mercier in Rabat "
    "on Tuesday. "
)
HEADS = {"fr": KH_TH_FR, "en": KH_TH_EN}


def only(record: DocumentRecord) -> Commitment:
    assert record.is_diplomatic, record
    assert len(record.commitments) == 1, [(c.kind, c.text) for c in record.commitments]
    return record.commitments[0]


@pytest.mark.parametrize(
    ("lang", "sentence", "kind", "parties"),
    [
        ("fr", "Les deux parties ont convenu d'accélérer le bornage de la frontière commune.", "agreed", {"KH", "TH"}),
        ("en", "The two sides agreed to speed up the demarcation of the common border.", "agreed", {"KH", "TH"}),
        (
            "fr",
            "M. Chea Rithy a proposé d'ouvrir un nouveau point de passage frontalier et une liaison ferroviaire.",
            "proposed",
            {"KH"},
        ),
        (
            "fr",
            "M. Anan Srisuk a souhaité une meilleure protection des ressortissants thaïlandais vivant au Cambodge.",
            "proposed",
            {"TH"},
        ),
        ("en", "Mr Chea Rithy urged both sides to coordinate closely within ASEAN.", "proposed", {"KH"}),
        ("en", "Mr Chea Rithy called for better protection of Cambodian nationals in Thailand.", "proposed", {"KH"}),
    ],
)
def test_commitments_kind_and_parties_from_verb(
    extract: Extract, lang: str, sentence: str, kind: str, parties: set[str]
) -> None:
    commitment = only(extract(HEADS[lang] + sentence, lang))
    assert (commitment.kind, set(commitment.parties)) == (kind, parties)
    assert commitment.engagement == "e1"


@pytest.mark.parametrize(
    ("lang", "text", "areas"),
    [
        (
            "fr",
            MA_FR_FR
            + "M. Mercier a affirmé le soutien de la France à la candidature du Maroc au Conseil des droits de "
            "l'homme.",
            {"multilateral"},
        ),
        (
            "fr",
            MA_FR_FR + "La France continuera d'accorder des bourses aux étudiants marocains, a indiqué M. Mercier.",
            {"education"},
        ),
        (
            "en",
            MA_FR_EN + "France will continue to provide scholarships to Moroccan students, Mr Mercier noted.",
            {"education"},
        ),
        pytest.param(
            "en",
            MA_FR_EN + "France will continue to provide scholarships to Moroccan students, Mr Mercier said.",
            {"education"},
        ),
        pytest.param(
            "en",
            MA_FR_EN + "France will continue to support Morocco's candidacy for the UN Human Rights Council.",
            {"multilateral"},
        ),
    ],
)
def test_commitments_pledged_by_the_speaker(extract: Extract, lang: str, text: str, areas: set[str]) -> None:
    commitment = only(extract(text, lang))
    assert (commitment.kind, commitment.parties) == ("pledged", ["FR"])
    assert set(commitment.areas) == areas


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            MA_FR_EN.replace("his French counterpart", "French Foreign Minister")
            + "Mr Mercier said France will continue to back Morocco's candidacy for the UN Human Rights Council.",
        ),
    ],
)
def test_commitments_pledge_party_follows_the_named_speaker(extract: Extract, lang: str, text: str) -> None:
    assert only(extract(text, lang)).parties == ["FR"]


@pytest.mark.parametrize(
    ("lang", "sentence", "signed"),
    [
        ("fr", "Les deux ministres ont signé un accord sur la pêche.", True),
        ("fr", "Les deux ministres ont signé un mémorandum d'entente sur la coopération énergétique.", True),
        ("fr", "Les deux ministres ont signé à l'issue de la rencontre.", False),
        ("en", "The two ministers signed an agreement on fisheries.", True),
        ("en", "The two ministers signed a memorandum of understanding on energy cooperation.", True),
        ("en", "The two ministers signed at the end of the meeting.", False),
    ],
)
def test_commitments_signed_only_with_named_instrument(
    extract: Extract, lang: str, sentence: str, signed: bool
) -> None:
    record = extract(HEADS[lang] + sentence, lang)
    assert record.is_diplomatic
    assert [c.kind for c in record.commitments] == (["signed"] if signed else [])
    if signed:
        assert set(record.commitments[0].parties) == {"KH", "TH"}


@pytest.mark.parametrize(
    ("lang", "sentence", "areas"),
    [
        ("fr", "Les deux parties ont convenu d'accélérer le bornage de la frontière commune.", {"border"}),
        (
            "fr",
            "Les deux ministres ont convenu de renforcer la coopération maritime et la lutte contre le trafic de "
            "drogue.",
            {"maritime", "justice"},
        ),
        (
            "fr",
            "M. Anan Srisuk a souhaité une meilleure protection des ressortissants thaïlandais vivant au Cambodge.",
            {"consular"},
        ),
        (
            "fr",
            "M. Chea Rithy a proposé d'ouvrir un nouveau point de passage frontalier et une liaison ferroviaire.",
            {"connectivity"},
        ),
        (
            "fr",
            "Les deux parties ont convenu de renforcer la coopération dans la gestion des frontières et la pêche.",
            {"border", "agriculture"},
        ),
        ("fr", "Les deux parties ont convenu de renforcer leur partenariat.", {"political"}),
        ("en", "The two sides agreed to speed up the demarcation of the common border.", {"border"}),
        (
            "en",
            "The two ministers agreed to step up maritime cooperation and the fight against drug trafficking.",
            {"maritime", "justice"},
        ),
        ("en", "Mr Chea Rithy called for better protection of Cambodian nationals in Thailand.", {"consular"}),
        ("en", "Mr Chea Rithy urged both sides to coordinate closely within ASEAN.", {"multilateral"}),
        ("en", "The two countries agreed to develop the power grid by 2030.", {"energy"}),
        ("en", "The two sides agreed to strengthen their partnership.", {"political"}),
        pytest.param(
            "en",
            "Mr Chea Rithy proposed opening a new border gate and a railway link.",
            {"connectivity"},
        ),
        pytest.param(
            "fr",
            "Les deux pays ont convenu de développer le réseau électrique d'ici 2030.",
            {"energy"},
        ),
    ],
)
def test_commitments_areas_from_lexicon(extract: Extract, lang: str, sentence: str, areas: set[str]) -> None:
    assert set(only(extract(HEADS[lang] + sentence, lang)).areas) == areas


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Dakar (APS) – La 12e session de la commission mixte Sénégal-Mauritanie s'est tenue lundi à Dakar, sous la "
            "présidence des deux ministres des Affaires étrangères. Les deux parties ont convenu de tenir la prochaine "
            "session du Comité mixte sur la coopération économique, culturelle, scientifique et technique à "
            "Nouakchott.",
        ),
        pytest.param(
            "en",
            "Dakar (APS) – The 12th session of the Senegal-Mauritania Joint Commission was held in Dakar on Monday, "
            "chaired by the two foreign ministers. The two sides agreed to hold the next session of the Joint "
            "Committee on Economic, Cultural, Scientific and Technical Cooperation in Nouakchott.",
        ),
    ],
)
def test_commitments_mechanism_name_gives_no_area(extract: Extract, lang: str, text: str) -> None:
    commitment = only(extract(text, lang))
    assert commitment.kind == "agreed"
    assert not {"economy", "culture_tourism", "science_technology"} & set(commitment.areas)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("fr", "Les deux parties ont salué les progrès de la coopération économique."),
        ("en", "The two sides welcomed the progress of economic cooperation."),
    ],
)
def test_commitments_appreciation_is_not_a_commitment(extract: Extract, lang: str, sentence: str) -> None:
    record = extract(HEADS[lang] + sentence, lang)
    assert record.is_diplomatic
    assert record.commitments == []


@pytest.mark.parametrize(
    ("lang", "sentence", "deadline"),
    [
        ("fr", "Les deux pays ont convenu de moderniser les postes frontaliers d'ici 2030.", "2030"),
        ("en", "The two countries agreed to develop the power grid by 2030.", "2030"),
        ("en", "The two countries agreed to modernise border gates before 2028.", "2028"),
    ],
)
def test_commitments_deadline_year(extract: Extract, lang: str, sentence: str, deadline: str) -> None:
    commitment = only(extract(HEADS[lang] + sentence, lang))
    assert commitment.deadline is not None
    assert (commitment.deadline.value, commitment.deadline.precision) == (deadline, "year")


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "fr",
            MA_FR_FR
            + "Les deux pays se sont engagés à porter les échanges commerciaux à 10 milliards de dollars d'ici "
            "2030.",
            10e9,
        ),
        ("en", MA_FR_EN + "The two sides agreed to raise bilateral trade to 10 billion USD by 2030.", 10e9),
    ],
)
def test_commitments_target_set_by_the_commitment(extract: Extract, lang: str, text: str, value: float) -> None:
    commitment = only(extract(text, lang))
    assert commitment.kind == "agreed"
    assert commitment.areas == ["trade"]
    assert commitment.target is not None
    assert (commitment.target.kind, commitment.target.metric, commitment.target.value) == (
        "target",
        "trade_volume",
        value,
    )


@pytest.mark.parametrize(
    ("lang", "sentence", "kind", "areas"),
    [
        (
            "en",
            "Both sides adopted a plan to protect seasonal workers and speed up work permits.",
            "agreed",
            {"consular"},
        ),
        ("en", "The ministers agreed to fight online scams and migrant smuggling.", "agreed", {"justice", "consular"}),
        (
            "en",
            "A memorandum on cooperation in tourism was signed at the end of the talks.",
            "signed",
            {"culture_tourism"},
        ),
        ("en", "They reaffirmed their commitment to joint naval patrols.", "agreed", {"maritime"}),
        (
            "fr",
            "Les deux parties se sont fixé pour objectif d'ouvrir le nouveau pont sur le fleuve et de lever les "
            "restrictions imposées aux camions.",
            "agreed",
            {"connectivity"},
        ),
        (
            "fr",
            "Les deux pays ont adopté un plan d'action sur l'hydrogène et l'eau potable.",
            "agreed",
            {"energy", "environment"},
        ),
        (
            "fr",
            "M. Chea Rithy a assuré que son pays renforcerait ses achats de riz thaïlandais.",
            "pledged",
            {"trade", "agriculture"},
        ),
    ],
)
def test_commitments_kind_and_areas_of_more_wordings(
    extract: Extract, lang: str, sentence: str, kind: str, areas: set[str]
) -> None:
    found = extract(HEADS[lang] + sentence, lang).commitments
    assert any(c.kind.value == kind and set(c.areas) == areas for c in found), found


@pytest.mark.parametrize(
    ("lang", "sentence", "kind", "areas"),
    [
        (
            "en",
            "Mr Chea Rithy welcomed the visit, pledging to deepen the strategic partnership.",
            "pledged",
            {"political"},
        ),
        (
            "fr",
            "Les deux ministres ont signé une feuille de route sur la mobilité des étudiants.",
            "signed",
            {"consular", "education"},
        ),
    ],
)
def test_commitments_participle_pledges_and_roadmaps(
    extract: Extract, lang: str, sentence: str, kind: str, areas: set[str]
) -> None:
    found = extract(HEADS[lang] + sentence, lang).commitments
    assert any(c.kind.value == kind and set(c.areas) == areas for c in found), found
