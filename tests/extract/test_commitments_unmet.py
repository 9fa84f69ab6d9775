"""Commitments stated between two parties with no meeting reported and no office title in sight (issue 9): the
record keeps them and is diplomatic; a state's domestic promise stays a non-diplomatic, empty record.

Every sentence is written for the test, in several country pairs, in French and in English."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.record import DocumentRecord

Extract = Callable[..., DocumentRecord]

UNMET = [
    ("en", "Ghana has agreed to reopen its land border with Togo to cargo trucks from next month."),
    ("en", "Chile and Bolivia agreed to resume talks on access to the sea, officials said on Friday."),
    ("en", "Under the new deal, Norway will train Moroccan coast guards in search and rescue."),
    ("en", "Kazakhstan announced it will return the seized vessels to Azerbaijan within a week."),
    ("en", "Poland offered concessions on fishing quotas that could settle its dispute with Lithuania."),
    ("en", "The Malian government and the Tuareg rebels have agreed to allow aid convoys through the north."),
    ("en", "The prime minister offered to negotiate with the president of Paraguay over the dam's tariffs."),
    ("fr", "Le Sénégal a accepté de rouvrir sa frontière avec la Gambie aux camions de marchandises."),
    ("fr", "Le Pérou et l'Équateur se sont engagés à achever le bornage de leur frontière commune."),
    ("fr", "Selon l'accord, la Belgique formera des douaniers congolais au contrôle des conteneurs."),
    ("fr", "Le Maroc a annoncé qu'il rouvrirait son espace aérien aux vols en provenance d'Algérie."),
]


@pytest.mark.parametrize(("lang", "text"), UNMET)
def test_unmet_commitment_between_two_parties_is_kept(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang)
    assert record.commitments, text
    assert record.is_diplomatic


DOMESTIC = [
    ("en", "Uruguay will cut the income tax for small firms next year, the finance ministry said."),
    ("en", "The opposition coalition agreed to postpone its rally in Quito until December."),
    ("fr", "La Tunisie réduira l'impôt sur les petites entreprises l'an prochain."),
    ("fr", "La coalition d'opposition a accepté de reporter sa manifestation à Dakar."),
]


@pytest.mark.parametrize(("lang", "text"), DOMESTIC)
def test_a_domestic_promise_is_no_diplomatic_record(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang)
    assert not record.is_diplomatic
    assert record.commitments == []


NOT_PLEDGES = [
    ("en", "Officials said Ireland would host the next round of the joint commission in Dublin."),
    ("en", "Trade between the two countries grew after Peru signed the pact; Peru will chair the forum."),
    ("fr", "Les relations Bénin-Niger continueront à se développer, selon les analystes."),
    ("fr", "Lorsque le Ghana assumera la présidence du bloc, les échanges reprendront avec le Togo."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_PLEDGES)
def test_hosting_chairing_or_forecasting_is_no_pledge(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang)
    assert not [c for c in record.commitments if c.kind.value == "pledged"], [c.text for c in record.commitments]


THREATS = [
    ("en", "Ecuador announced it will withdraw its ambassador from Peru unless the seized boats are returned."),
    ("en", "Officials in Baku said they would boycott all official contact with Armenia."),
    ("fr", "Le Mali a annoncé qu'il retirerait ses soldats du Niger si la junte ne libère pas les otages."),
]


@pytest.mark.parametrize(("lang", "text"), THREATS)
def test_a_threat_is_no_pledge(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang)
    assert not [c for c in record.commitments if c.kind.value == "pledged"], [c.text for c in record.commitments]


OFFERS = [
    ("en", "Rebel leaders in Sudan said on Monday they would meet the U.N. envoy if he guaranteed their safety."),
    ("fr", "Le Honduras a fait savoir qu'il rencontrerait l'envoyé du Nicaragua si la frontière était rouverte."),
]


@pytest.mark.parametrize(("lang", "text"), OFFERS)
def test_a_conditional_offer_is_a_pledge(extract: Extract, lang: str, text: str) -> None:
    assert "pledged" in {c.kind.value for c in extract(text, lang).commitments}


AREAS = [
    ("en", "Vietnam and Chile signed five cooperation documents in Santiago on Tuesday.", "signed", {"other"}),
    ("fr", "Le Togo et le Bénin ont signé trois documents de coopération à Lomé mardi.", "signed", {"other"}),
    ("en", "Jamaica and Cuba signed a cooperation agreement in Havana on Tuesday.", "signed", {"political"}),
    (
        "fr",
        "Le ministre grec des Affaires étrangères a reçu mardi à Athènes son homologue chypriote. Les deux parties "
        "ont affirmé l'importance de la paix, de la sécurité et de la liberté de navigation en mer.",
        "agreed",
        {"maritime"},
    ),
    (
        "en",
        "Philippine Foreign Secretary Maria Santos met her Indonesian counterpart in Jakarta on Monday. The two sides "
        "stressed the importance of peace, security and freedom of navigation at sea.",
        "agreed",
        {"maritime"},
    ),
    (
        "fr",
        "Le Cameroun et le Tchad se sont engagés à lutter contre la pêche illicite sur le lac.",
        "agreed",
        {"maritime", "agriculture"},
    ),
    ("en", "Malta and Tunisia agreed to deepen their friendship and solidarity.", "agreed", {"political"}),
]


@pytest.mark.parametrize(("lang", "text", "kind", "areas"), AREAS)
def test_commitment_areas(extract: Extract, lang: str, text: str, kind: str, areas: set[str]) -> None:
    found = {a.value for c in extract(text, lang).commitments if c.kind.value == kind for a in c.areas}
    assert found == areas, text


def test_a_wish_both_presidents_voiced_is_a_proposal_with_its_areas(extract: Extract) -> None:
    text = (
        "Le président du Parlement ghanéen a reçu lundi à Accra son homologue ivoirien. Ensemble, ils ont émis "
        "le souhait que le Ghana et la Côte d'Ivoire élargissent leur coopération à l'éducation et au tourisme."
    )
    proposed = [c for c in extract(text, "fr").commitments if c.kind.value == "proposed"]
    assert {a.value for c in proposed for a in c.areas} >= {"education", "culture_tourism"}


WIRE = [
    ("en", "Egypt and Jordan struck a deal on gas supplies in Amman on Sunday.", "signed"),
    ("en", "Japan is to provide Kenya with 40 new buses for Nairobi, the two governments said.", "pledged"),
    ("en", "Canada undertook to help Haiti rebuild its courts, officials in Ottawa said.", "pledged"),
    ("fr", "Le Japon va financer la construction d'un pont au Bénin, selon les deux gouvernements.", "pledged"),
    ("fr", "L'Espagne et le Maroc ont scellé un accord sur la pêche à Rabat.", "signed"),
    ("fr", "La Turquie a annoncé son intention de rouvrir son ambassade en Libye.", "pledged"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), WIRE)
def test_wire_constructions(extract: Extract, lang: str, text: str, kind: str) -> None:
    assert kind in {c.kind.value for c in extract(text, lang).commitments}, text


RENEWED = [
    (
        "fr",
        "Le président sénégalais a reçu lundi à Dakar le ministre mauritanien des Affaires étrangères. Il a réitéré "
        "l'engagement du Sénégal à soutenir la Mauritanie dans la lutte contre le terrorisme.",
        "pledged",
    ),
    (
        "fr",
        "Le Premier ministre ivoirien a reçu à Abidjan son homologue burkinabè. Les deux chefs de gouvernement ont "
        "pris l'engagement de rouvrir la ligne ferroviaire.",
        "agreed",
    ),
    (
        "fr",
        "Le président gabonais s'est entretenu jeudi à Libreville avec son homologue congolais. Les deux chefs "
        "d'État ont instruit leurs ministres de relancer la commission mixte.",
        "agreed",
    ),
    (
        "en",
        "Colombian President Ana Ruiz received Ecuador's foreign minister in Bogota on Monday. She reiterated "
        "Colombia's support for Ecuador's bid for a seat on the Security Council.",
        "pledged",
    ),
    (
        "en",
        "Ghana's foreign minister met his Nigerian counterpart in Abuja on Tuesday. Nigeria backed Ghana's "
        "candidacy for the African Union Commission.",
        "pledged",
    ),
]


@pytest.mark.parametrize(("lang", "text", "kind"), RENEWED)
def test_renewed_support_and_undertakings(extract: Extract, lang: str, text: str, kind: str) -> None:
    assert kind in {c.kind.value for c in extract(text, lang).commitments}, text


NEW_PAIRS = [
    (
        "en",
        "The Moroccan and Spanish foreign ministers agreed in Rabat to reopen customs posts.",
        "agreed",
        {"connectivity"},
    ),
    (
        "en",
        "Argentina will buy 24 fighter jets from Denmark under a deal announced on Tuesday.",
        "pledged",
        {"defence_security"},
    ),
    (
        "fr",
        "Le Burkina Faso et le Niger ont décidé de créer une force conjointe contre les groupes armés.",
        "agreed",
        {"defence_security"},
    ),
    (
        "fr",
        "Le ministre brésilien a promis à son homologue angolais un appui pour la production de café.",
        "pledged",
        {"agriculture"},
    ),
    (
        "fr",
        "Alger et Tunis se sont engagés à rouvrir leur frontière terrestre au trafic des voyageurs.",
        "agreed",
        {"border", "connectivity"},
    ),
    (
        "fr",
        "Le Qatar s'est dit prêt à financer la reconstruction de Gaza, a déclaré son ministre au Caire.",
        "pledged",
        {"political"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "kind", "areas"), NEW_PAIRS)
def test_new_pair_areas(extract: Extract, lang: str, text: str, kind: str, areas: set[str]) -> None:
    commitments = [c for c in extract(text, lang).commitments if c.kind.value == kind]
    assert commitments, text
    found = [a.value for c in commitments for a in c.areas]
    assert set(found) == areas and len(found) == len(set(found)), text


RESOLVED = [
    (
        "en",
        "Tanzanian President Amina Juma hosted Kenyan President Paul Otieno in Dodoma. The leaders resolved to "
        "remove 14 non-tariff barriers.",
        "agreed",
        {"trade"},
    ),
    (
        "en",
        "The Thai prime minister met the Malaysian prime minister in Bangkok. Both governments are committed to "
        "reopening the rail link by 2026.",
        "agreed",
        {"connectivity"},
    ),
    (
        "fr",
        "Le président béninois a reçu mardi son homologue togolais à Cotonou. Les deux chefs d'État ont résolu de "
        "renforcer la sécurité à leur frontière.",
        "agreed",
        {"defence_security", "border"},
    ),
    (
        "fr",
        "Le Premier ministre tunisien a reçu l'ambassadeur d'Italie à Tunis. L'Italie entend doubler ses "
        "investissements en Tunisie d'ici 2027.",
        "pledged",
        {"investment"},
    ),
    (
        "en",
        "The Chinese foreign minister met his Egyptian counterpart in Cairo. China supports Egypt in safeguarding "
        "its national security, he said.",
        "pledged",
        {"defence_security"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "kind", "areas"), RESOLVED)
def test_resolutions_and_intentions(extract: Extract, lang: str, text: str, kind: str, areas: set[str]) -> None:
    found = {a.value for c in extract(text, lang).commitments if c.kind.value == kind for a in c.areas}
    assert found == areas, text
