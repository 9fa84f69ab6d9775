"""Commitment constructions beyond the first wordings: more verb forms of agreeing, pledging and proposing,
area words that are only parts of other words, and clauses that end at a sentence glued to the next one.

Each sentence is written for the test, in several country pairs, in French and English."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.record import DocumentRecord

Extract = Callable[..., DocumentRecord]

#: A first sentence per country pair that makes each text a diplomatic article (a reception).
HEADS = {
    ("fr", "PT-AO"): "Lisbonne (Lusa) – Le ministre portugais des Affaires étrangères Rui Campos a reçu lundi à "
    "Lisbonne son homologue angolais Manuel Teta. ",
    ("fr", "NO-SE"): "Oslo (NTB) – La Première ministre norvégienne Kari Lunde a reçu vendredi à Oslo son homologue "
    "suédois Erik Holm. ",
    ("fr", "SN-TN"): "Dakar (APS) – Le ministre sénégalais des Affaires étrangères Moussa Diallo a reçu mardi à Dakar "
    "son homologue tunisien Karim Ben Salah. ",
    (
        "en",
        "PE-CL",
    ): "Lima (Andina) – Peruvian Foreign Minister Ana Torres received her Chilean counterpart Jorge Rojas "
    "in Lima on Monday. ",
    (
        "en",
        "KE-TZ",
    ): "Nairobi (KNA) – Kenyan Foreign Minister James Mwangi received his Tanzanian counterpart Said Juma "
    "in Nairobi on Tuesday. ",
    ("en", "NO-SE"): "Oslo (NTB) – Norwegian Prime Minister Kari Lunde received her Swedish counterpart Erik Holm in "
    "Oslo on Friday. ",
}


def found(extract: Extract, lang: str, pair: str, sentence: str) -> set[tuple[str, frozenset[str]]]:
    record = extract(HEADS[(lang, pair)] + sentence, lang)
    assert record.is_diplomatic, record
    return {(c.kind.value, frozenset(a.value for a in c.areas)) for c in record.commitments}


@pytest.mark.parametrize(
    ("lang", "pair", "sentence", "kind", "areas"),
    [
        # both parties reach agreement: feminine and pluperfect forms, participles, approving a proposal
        (
            "fr",
            "NO-SE",
            "Les deux ministres sont tombées d'accord pour relancer la liaison ferroviaire.",
            "agreed",
            {"connectivity"},
        ),
        (
            "fr",
            "PT-AO",
            "Les dirigeants s'étaient mis d'accord sur un programme de bourses universitaires.",
            "agreed",
            {"education"},
        ),
        (
            "fr",
            "SN-TN",
            "Les deux parties ont agréé le plan d'action sur la pêche artisanale.",
            "agreed",
            {"agriculture"},
        ),
        (
            "fr",
            "SN-TN",
            "Ils ont approuvé la proposition tunisienne de créer une ligne maritime entre Dakar et Tunis.",
            "agreed",
            {"maritime"},
        ),
        (
            "fr",
            "PT-AO",
            "Ils ont fait le point de la coopération, convenant de faciliter la délivrance des visas.",
            "agreed",
            {"consular"},
        ),
        (
            "fr",
            "NO-SE",
            "Ils ont affirmé qu'ils coordonneraient leurs positions aux Nations unies.",
            "agreed",
            {"multilateral"},
        ),
        ("fr", "SN-TN", "Les deux pays visent à doubler leurs échanges commerciaux.", "agreed", {"trade"}),
        (
            "fr",
            "PT-AO",
            "Les ministères et les agences des deux pays s'efforceront de simplifier les procédures de visa.",
            "agreed",
            {"consular"},
        ),
        ("en", "PE-CL", "The two sides concurred to reopen the border crossing to trucks.", "agreed", {"connectivity"}),
        ("en", "KE-TZ", "The two countries aim to double bilateral trade.", "agreed", {"trade"}),
        (
            "en",
            "KE-TZ",
            "Ministries and agencies of the two countries will simplify visa procedures.",
            "agreed",
            {"consular"},
        ),
        (
            "en",
            "PE-CL",
            "Mr Rojas agreed with Ms Torres's proposal to set up a joint fisheries committee.",
            "agreed",
            {"agriculture"},
        ),
        # one party affirms support or readiness, or the weight it gives the relation
        (
            "fr",
            "PT-AO",
            "Il a affirmé que le Portugal était prêt à aider l'Angola à former des médecins.",
            "pledged",
            {"health"},
        ),
        (
            "fr",
            "NO-SE",
            "Il a affirmé que la Suède attachait une grande importance à ses relations avec la Norvège.",
            "pledged",
            {"political"},
        ),
        (
            "fr",
            "SN-TN",
            "Le Sénégal soutient la candidature de la Tunisie à la présidence de l'Union africaine.",
            "pledged",
            {"multilateral"},
        ),
        (
            "en",
            "PE-CL",
            "He affirmed that Chile attaches great importance to its ties with Peru.",
            "pledged",
            {"political"},
        ),
        (
            "en",
            "NO-SE",
            "Sweden always supports Norway's candidacy for the Human Rights Council.",
            "pledged",
            {"multilateral"},
        ),
        # hopes, recognised needs and what both sides should do are proposals
        (
            "fr",
            "NO-SE",
            "Il espérait que les deux pays relanceraient les échanges d'étudiants.",
            "proposed",
            {"education"},
        ),
        (
            "fr",
            "SN-TN",
            "Il a reconnu la nécessité d'accroître les investissements tunisiens au Sénégal.",
            "proposed",
            {"investment"},
        ),
        (
            "fr",
            "PT-AO",
            "Ils ont estimé qu'ils devraient ouvrir une ligne aérienne directe.",
            "proposed",
            {"connectivity"},
        ),
        ("en", "PE-CL", "He hopes that Chile will open its market to Peruvian grapes.", "proposed", {"trade"}),
        (
            "en",
            "KE-TZ",
            "Ms Juma recognised the need to fight cattle rustling along the border.",
            "proposed",
            {"border"},
        ),
    ],
)
def test_commitment_constructions_kind_and_areas(
    extract: Extract, lang: str, pair: str, sentence: str, kind: str, areas: set[str]
) -> None:
    assert (kind, frozenset(areas)) in found(extract, lang, pair, sentence)


@pytest.mark.parametrize(
    ("lang", "pair", "sentence"),
    [
        ("fr", "SN-TN", "Selon eux, les régions frontalières se soutiennent mutuellement dans la santé."),
        ("en", "PE-CL", "Mr Rojas agreed with his host's assessment of the talks and praised the organisers."),
    ],
)
def test_commitment_constructions_descriptions_are_no_commitments(
    extract: Extract, lang: str, pair: str, sentence: str
) -> None:
    assert found(extract, lang, pair, sentence) == set()


@pytest.mark.parametrize(
    ("lang", "pair", "sentence", "areas"),
    [
        # a word inside a longer word is no area: agri-culture, in-formation, trans-formation, entre-prise, croissante
        (
            "fr",
            "PT-AO",
            "Les deux parties ont convenu de développer l'agriculture biologique et les technologies de l'information.",
            {"agriculture", "science_technology"},
        ),
        (
            "fr",
            "SN-TN",
            "Les deux parties ont convenu d'accompagner les entreprises dans la transformation numérique.",
            {"science_technology"},
        ),
        (
            "fr",
            "NO-SE",
            "Les deux parties ont convenu d'attirer une part croissante des investissements nordiques.",
            {"investment"},
        ),
        ("en", "KE-TZ", "The two sides agreed to expand aquaculture and agriculture.", {"agriculture"}),
        # a favourable business environment is no ecology, treating fishermen humanely no trafficking
        (
            "fr",
            "SN-TN",
            "Les deux parties ont convenu de créer un environnement favorable aux investissements.",
            {"investment"},
        ),
        ("en", "PE-CL", "The two sides agreed to improve the investment climate.", {"investment"}),
        ("en", "KE-TZ", "The two sides agreed to create a favourable environment for investors.", {"investment"}),
        # a sports event, a flight and medicines are no sea, trade or drug crime
        (
            "en",
            "NO-SE",
            "The two sides agreed to resume commercial flights between Oslo and Stockholm.",
            {"connectivity"},
        ),
        ("en", "PE-CL", "The two sides agreed to produce vaccines and treatment drugs together.", {"health"}),
        (
            "en",
            "KE-TZ",
            "The two sides agreed to share their experience of hosting the SEA Games.",
            {"political"},
        ),
        # a party's name is no people-to-people exchange
        (
            "en",
            "KE-TZ",
            "The two sides agreed to strengthen ties between the ruling parties and the People's Party.",
            {"political"},
        ),
    ],
)
def test_commitment_constructions_words_inside_words_are_no_areas(
    extract: Extract, lang: str, pair: str, sentence: str, areas: set[str]
) -> None:
    assert {a for _, a in found(extract, lang, pair, sentence)} == {frozenset(areas)}


@pytest.mark.parametrize(
    ("lang", "pair", "text", "areas"),
    [
        (
            "fr",
            "SN-TN",
            "Les deux parties ont convenu de renforcer le commerce.Elles ont aussi parlé de la pêche.",
            {"trade"},
        ),
        ("en", "KE-TZ", "The two sides agreed to boost tourism.They also discussed fisheries.", {"culture_tourism"}),
    ],
)
def test_commitment_constructions_clause_ends_at_a_glued_sentence(
    extract: Extract, lang: str, pair: str, text: str, areas: set[str]
) -> None:
    assert ("agreed", frozenset(areas)) in found(extract, lang, pair, text)


@pytest.mark.parametrize(
    ("lang", "pair", "sentence", "parties"),
    [
        (
            "fr",
            "PT-AO",
            "Le Portugal et l'Angola s'engagent à relancer la liaison maritime entre Lisbonne et Luanda.",
            {"PT", "AO"},
        ),
        (
            "fr",
            "SN-TN",
            "Le Sénégal et la Tunisie s'engagent également à faciliter la délivrance des visas.",
            {"SN", "TN"},
        ),
        ("en", "PE-CL", "Peru and Chile will work together to protect migratory fish stocks.", {"PE", "CL"}),
        ("en", "KE-TZ", "Kenya and Tanzania also vowed to finish the road linking Arusha and Namanga.", {"KE", "TZ"}),
    ],
)
def test_commitment_constructions_two_named_parties_commit_together(
    extract: Extract, lang: str, pair: str, sentence: str, parties: set[str]
) -> None:
    record = extract(HEADS[(lang, pair)] + sentence, lang)
    assert [(c.kind.value, set(c.parties)) for c in record.commitments] == [("agreed", parties)]


@pytest.mark.parametrize(
    ("lang", "pair", "sentence"),
    [
        ("fr", "SN-TN", "Les deux parties ont convenu que la coopération de défense est un pilier de leur relation."),
        ("fr", "NO-SE", "Les deux ministres sont convenus que les échanges ont beaucoup progressé depuis 2020."),
        ("en", "KE-TZ", "The two sides agreed that relations have made good progress since the last session."),
        ("en", "PE-CL", "Both ministers agreed that the talks had been frank and useful."),
        ("fr", "PT-AO", "Les deux parties discuteront des moyens de renforcer la coopération énergétique."),
    ],
)
def test_commitment_constructions_assessments_and_agendas_are_no_commitments(
    extract: Extract, lang: str, pair: str, sentence: str
) -> None:
    assert found(extract, lang, pair, sentence) == set()


@pytest.mark.parametrize(
    ("lang", "pair", "sentence", "areas"),
    [
        (
            "fr",
            "PT-AO",
            "Les deux parties ont convenu que leurs polices renforceraient la lutte contre la drogue.",
            {"justice"},
        ),
        ("en", "KE-TZ", "The two sides agreed that their navies will hold joint exercises.", {"maritime"}),
        (
            "en",
            "PE-CL",
            "They agreed that both countries need to invest more in ports.",
            {"investment", "connectivity"},
        ),
    ],
)
def test_commitment_constructions_agreeing_on_what_will_be_done_stays(
    extract: Extract, lang: str, pair: str, sentence: str, areas: set[str]
) -> None:
    assert ("agreed", frozenset(areas)) in found(extract, lang, pair, sentence)


@pytest.mark.parametrize(
    ("lang", "pair", "sentence", "areas"),
    [
        ("en", "PE-CL", "He expressed his hope that Chile will continue to welcome Peruvian workers.", {"consular"}),
        (
            "fr",
            "SN-TN",
            "Il a souhaité que la Tunisie continuera d'accueillir les étudiants sénégalais.",
            {"education"},
        ),
    ],
)
def test_commitment_constructions_a_wish_governs_the_verb_it_introduces(
    extract: Extract, lang: str, pair: str, sentence: str, areas: set[str]
) -> None:
    assert found(extract, lang, pair, sentence) == {("proposed", frozenset(areas))}


@pytest.mark.parametrize(
    ("lang", "pair", "sentence", "areas"),
    [
        # the ministries, agencies and localities that carry a plan out are no people-to-people area
        (
            "fr",
            "PT-AO",
            "Les deux parties ont convenu de travailler avec les ministères, agences et localités "
            "concernés pour appliquer l'accord sur la pêche.",
            {"agriculture"},
        ),
        (
            "en",
            "KE-TZ",
            "The two sides agreed to work with relevant ministries, agencies and localities to carry "
            "out the fisheries agreement.",
            {"agriculture"},
        ),
        # cooperation between localities is
        ("en", "PE-CL", "The two sides agreed to strengthen cooperation between localities.", {"people"}),
    ],
)
def test_commitment_constructions_localities_as_actors_or_partners(
    extract: Extract, lang: str, pair: str, sentence: str, areas: set[str]
) -> None:
    assert {a for _, a in found(extract, lang, pair, sentence)} == {frozenset(areas)}


@pytest.mark.parametrize(
    ("lang", "pair", "sentence", "kind", "areas"),
    [
        # a passive future of an action is what the parties settled, about its subject
        (
            "fr",
            "SN-TN",
            "La coopération dans l'éducation et la santé sera également renforcée.",
            "agreed",
            {"education", "health"},
        ),
        ("fr", "PT-AO", "Des mesures concrètes seront élaborées pour développer la pêche.", "agreed", {"agriculture"}),
        (
            "en",
            "KE-TZ",
            "Cooperation in tourism and energy will also be further enhanced.",
            "agreed",
            {"culture_tourism", "energy"},
        ),
        # discussed and decided, pluperfect agreement, a need for both sides
        (
            "fr",
            "NO-SE",
            "Les deux ministres ont discuté et adopté un plan sur l'énergie éolienne.",
            "agreed",
            {"energy"},
        ),
        ("fr", "PT-AO", "Les deux parties avaient convenu de relancer les vols directs.", "agreed", {"connectivity"}),
        (
            "fr",
            "SN-TN",
            "Il est nécessaire pour les deux parties d'achever la route transfrontalière.",
            "agreed",
            {"connectivity"},
        ),
        (
            "en",
            "PE-CL",
            "The ministers discussed and approved a plan to protect glaciers and water resources.",
            "agreed",
            {"environment"},
        ),
        (
            "en",
            "KE-TZ",
            "It is necessary for the two sides to finish the railway to Mombasa.",
            "agreed",
            {"connectivity"},
        ),
        # support expressed, imperatives stressed, a bare participle of asking after "et"
        (
            "fr",
            "NO-SE",
            "Les ministres ont exprimé leur soutien à la présidence suédoise du Conseil nordique.",
            "pledged",
            {"multilateral"},
        ),
        (
            "en",
            "PE-CL",
            "Chile expressed its full support for Peru's chairmanship of APEC.",
            "pledged",
            {"multilateral"},
        ),
        (
            "fr",
            "PT-AO",
            "Il a souligné l'impératif de régler les litiges sur la frontière par des moyens pacifiques.",
            "proposed",
            {"border"},
        ),
        (
            "fr",
            "SN-TN",
            "Il a remercié la Tunisie et demandé à Tunis de faciliter l'accès des produits sénégalais à son marché.",
            "proposed",
            {"trade"},
        ),
        (
            "fr",
            "NO-SE",
            "Il a affirmé que la Suède accordait toujours de l'importance à la coopération polaire.",
            "pledged",
            {"political"},
        ),
        (
            "fr",
            "PT-AO",
            "Le ministre a poussé pour une coopération plus étroite dans l'énergie.",
            "proposed",
            {"energy"},
        ),
    ],
)
def test_commitment_constructions_passive_future_and_more_wordings(
    extract: Extract, lang: str, pair: str, sentence: str, kind: str, areas: set[str]
) -> None:
    assert (kind, frozenset(areas)) in found(extract, lang, pair, sentence)


def test_commitment_constructions_agreeing_to_propose_is_one_agreement(extract: Extract) -> None:
    sentence = "Les deux ministres ont convenu de proposer aux dirigeants la création d'une commission mixte."
    assert {k for k, _ in found(extract, "fr", "SN-TN", sentence)} == {"agreed"}


@pytest.mark.parametrize(
    ("lang", "pair", "sentence", "areas"),
    [
        # border trade, border provinces and border areas are trade and places, not the border itself
        ("en", "KE-TZ", "The two sides agreed to boost cross-border trade.", {"trade"}),
        ("en", "PE-CL", "The two sides agreed to train teachers in border provinces.", {"education", "people"}),
        ("en", "KE-TZ", "The two sides agreed to speed up the demarcation of the border.", {"border"}),
        # growth of trade is trade; economic growth is economy
        ("en", "PE-CL", "The two sides agreed to reach trade turnover growth of 15 percent.", {"trade"}),
        (
            "fr",
            "SN-TN",
            "Les deux parties ont convenu d'atteindre une croissance du chiffre d'affaires commercial de 15 %.",
            {"trade"},
        ),
        ("en", "NO-SE", "The two sides agreed to support economic growth in the Arctic region.", {"economy"}),
        # the legal documents a signing produces are no consular matter
        (
            "en",
            "KE-TZ",
            "The two sides agreed to sign two legal documents on the demarcation of Lake Victoria.",
            {"border"},
        ),
    ],
)
def test_commitment_constructions_border_growth_and_legal_documents(
    extract: Extract, lang: str, pair: str, sentence: str, areas: set[str]
) -> None:
    assert {a for _, a in found(extract, lang, pair, sentence)} == {frozenset(areas)}


@pytest.mark.parametrize(
    ("lang", "pair", "sentence", "areas"),
    [
        # employment, mining and gender equality have no area of their own: other
        ("fr", "PT-AO", "Les deux parties ont convenu de coopérer dans l'emploi et l'industrie minière.", {"other"}),
        ("fr", "NO-SE", "Les deux parties ont convenu de promouvoir l'égalité des sexes.", {"other"}),
        ("en", "KE-TZ", "The two sides agreed to cooperate on labour and mining.", {"other"}),
        ("en", "PE-CL", "The two sides agreed to promote gender equality.", {"other"}),
        # telecommunications are science and technology, coal is energy
        (
            "fr",
            "SN-TN",
            "Les deux parties ont convenu de relier leurs réseaux de télécommunications.",
            {"science_technology"},
        ),
        (
            "en",
            "KE-TZ",
            "The two sides agreed to expand telecommunications and coal imports.",
            {"science_technology", "energy", "trade"},
        ),
        # a ministry or a collaboration is no mining or labour
        (
            "fr",
            "PT-AO",
            "Les deux parties ont convenu de renforcer la coopération entre leurs ministères.",
            {"political"},
        ),
        (
            "en",
            "PE-CL",
            "The two sides agreed to strengthen collaboration in determining fishing quotas.",
            {"agriculture"},
        ),
    ],
)
def test_commitment_constructions_other_areas(
    extract: Extract, lang: str, pair: str, sentence: str, areas: set[str]
) -> None:
    assert {a for _, a in found(extract, lang, pair, sentence)} == {frozenset(areas)}


@pytest.mark.parametrize(
    ("lang", "pair", "sentence", "areas"),
    [
        # a cooperation framework named after a river is a multilateral mechanism; the river itself is environment
        (
            "fr",
            "NO-SE",
            "Les deux parties ont convenu de se soutenir dans la coopération Mékong-Lancang.",
            {"multilateral"},
        ),
        ("en", "PE-CL", "The two sides agreed to back each other in the Mekong-Japan cooperation.", {"multilateral"}),
        ("en", "KE-TZ", "The two sides agreed to protect the water of the Mekong.", {"environment"}),
        # trade defence is trade; law enforcement is justice
        ("fr", "SN-TN", "Les deux parties ont convenu de coordonner leurs mesures de défense commerciale.", {"trade"}),
        ("en", "PE-CL", "The two sides agreed to improve law enforcement at sea.", {"justice", "maritime"}),
    ],
)
def test_commitment_constructions_mechanisms_and_enforcement(
    extract: Extract, lang: str, pair: str, sentence: str, areas: set[str]
) -> None:
    assert {a for _, a in found(extract, lang, pair, sentence)} == {frozenset(areas)}
