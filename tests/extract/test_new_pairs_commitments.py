"""Commitments and indicators in short articles about country pairs the team never tuned to (issue 9): verbs of
agreeing, pledging, proposing, announcing and signing with their areas (the figures a clause states give areas too),
and trade, investment, aid and visitor figures in local currencies (reais, dirhams, CFA francs, naira, zloty,
tenge, cedis, Kenyan shillings) with their periods.

Each article is written for the test (facts from public news), half in French, half in English."""

from __future__ import annotations

import pytest

from .support import Extract, diplomatic, figures, rounded

# (id, language, publication month, text, {(kind, areas)}, {(metric, value, unit, kind, period)} or None when the
# figures are not checked here)
ARTICLES = [
    (
        "ke-et-en",
        "en",
        "2024-03",
        "Nairobi (KNA) – Kenyan President William Ruto received Ethiopian Prime Minister Abiy Ahmed at State House "
        "in Nairobi on Tuesday. The two leaders signed four memoranda of understanding on energy, roads and "
        "livestock trade. Kenya pledged to speed up work on the Isiolo–Moyale highway. Bilateral trade stood at "
        "15.4 billion Kenyan shillings in 2023, up 12 percent from the previous year.",
        {
            ("pledged", frozenset({"connectivity"})),
            ("signed", frozenset({"trade", "agriculture", "connectivity", "energy"})),
        },
        {
            ("trade_volume", 12.0, "percent", "observed", ("2023", "2023")),
            ("trade_volume", 15400000000.0, "KES", "observed", ("2023", "2023")),
        },
    ),
    (
        "ke-et-fr",
        "fr",
        "2024-03",
        "Le président kényan William Ruto a reçu mardi à Nairobi le Premier ministre éthiopien Abiy Ahmed. Les deux "
        "dirigeants ont convenu de porter les échanges commerciaux à 1 milliard de dollars d'ici 2027. L'Éthiopie a "
        "proposé la création d'un corridor énergétique commun.",
        {("agreed", frozenset({"trade"})), ("proposed", frozenset({"connectivity", "energy"}))},
        {("trade_volume", 1000000000.0, "USD", "target", ("2027", "2027"))},
    ),
    (
        "br-ar-en",
        "en",
        "2024-07",
        "Brazilian President Luiz Inácio Lula da Silva met Argentine President Javier Milei in Asunción on Monday "
        "on the sidelines of the Mercosur summit. The two presidents agreed to resume talks on a gas pipeline from "
        "Vaca Muerta. Brazil's exports to Argentina fell 30 percent in the first half of 2024 to 6.2 billion "
        "dollars.",
        {("agreed", frozenset({"energy"}))},
        {
            ("exports", 30.0, "percent", "observed", ("2024-01", "2024-06")),
            ("exports", 6200000000.0, "USD", "observed", ("2024-01", "2024-06")),
        },
    ),
    (
        "br-ar-fr",
        "fr",
        "2024-07",
        "Le ministre brésilien des Affaires étrangères Mauro Vieira s'est entretenu jeudi à Brasilia avec son "
        "homologue argentine Diana Mondino. Les deux pays se sont engagés à relancer le commerce frontalier. Les "
        "échanges bilatéraux ont atteint 28,5 milliards de dollars en 2023. Le Brésil a investi plus de 140 "
        "milliards de reais en Argentine.",
        {("agreed", frozenset({"trade"}))},
        {
            ("investment_capital", 140000000000.0, "BRL", "observed", (None, "2024-07")),
            ("trade_volume", 28500000000.0, "USD", "observed", ("2023", "2023")),
        },
    ),
    (
        "ma-sn-fr",
        "fr",
        "2024-02",
        "Le ministre marocain des Affaires étrangères Nasser Bourita a reçu lundi à Rabat son homologue sénégalaise "
        "Yassine Fall. Les deux parties ont signé trois accords dans les domaines de la pêche, de la formation "
        "professionnelle et de la santé. Le volume des échanges entre les deux pays a atteint 2,3 milliards de "
        "dirhams au premier semestre 2023. Le Maroc s'est engagé à octroyer 200 bourses aux étudiants sénégalais.",
        {("pledged", frozenset({"education"})), ("signed", frozenset({"agriculture", "health", "education"}))},
        {
            ("other", 200.0, "count", "observed", (None, "2024-02")),
            ("trade_volume", 2300000000.0, "MAD", "observed", ("2023-01", "2023-06")),
        },
    ),
    (
        "ma-sn-en",
        "en",
        "2024-02",
        "Moroccan Foreign Minister Nasser Bourita held talks in Dakar on Thursday with his Senegalese counterpart. "
        "Morocco and Senegal signed an agreement on road transport and a memorandum on fisheries. Moroccan "
        "investment in Senegal exceeds 150 billion CFA francs, the minister said. Senegal called for more flights "
        "between Casablanca and Dakar.",
        {("proposed", frozenset({"connectivity"})), ("signed", frozenset({"agriculture", "connectivity"}))},
        {("investment_capital", 150000000000.0, "XOF", "observed", (None, "2024-02"))},
    ),
    (
        "pl-ua-en",
        "en",
        "2024-01",
        "Polish Prime Minister Donald Tusk visited Kyiv on Monday and met Ukrainian President Volodymyr Zelensky. "
        "Poland pledged a new military aid package worth 1.2 billion zloty. The two sides agreed to set up a joint "
        "working group on grain transit. Ukraine proposed to open two new border crossings.",
        {
            ("agreed", frozenset({"agriculture", "connectivity"})),
            ("pledged", frozenset({"defence_security", "finance_aid"})),
            ("proposed", frozenset({"connectivity"})),
        },
        {("aid", 1200000000.0, "PLN", "observed", None)},
    ),
    (
        "pl-ua-fr",
        "fr",
        "2024-01",
        "Le Premier ministre polonais Donald Tusk s'est rendu lundi à Kiev où il a rencontré le président ukrainien "
        "Volodymyr Zelensky. Les deux pays ont signé une déclaration commune sur la sécurité. La Pologne a "
        "accueilli plus de 950 000 réfugiés ukrainiens. Le commerce bilatéral a progressé de 18 % en 2023.",
        {("signed", frozenset({"defence_security"}))},
        {("trade_volume", 18.0, "percent", "observed", ("2023", "2023"))},
    ),
    (
        "id-au-en",
        "en",
        "2024-02",
        "Indonesian President Joko Widodo and Australian Prime Minister Anthony Albanese held their annual leaders' "
        "meeting in Melbourne on Sunday. They agreed to deepen cooperation on electric vehicle batteries and "
        "critical minerals. Australia will provide 50 million Australian dollars for climate projects in Indonesia. "
        "Two-way trade reached A$18.6 billion in 2023.",
        {("agreed", frozenset({"energy"})), ("pledged", frozenset({"environment", "finance_aid"}))},
        {
            ("aid", 50000000.0, "AUD", "observed", None),
            ("trade_volume", 18600000000.0, "AUD", "observed", ("2023", "2023")),
        },
    ),
    (
        "id-au-fr",
        "fr",
        "2024-02",
        "Le ministre indonésien des Affaires étrangères Retno Marsudi a rencontré mercredi à Jakarta son homologue "
        "australienne Penny Wong. L'Australie s'est engagée à accorder 30 000 visas de travail et vacances aux "
        "jeunes Indonésiens. Plus de 1,2 million de touristes australiens ont visité Bali en 2023.",
        {("pledged", frozenset({"consular", "people"}))},
        {("visitors", 1200000.0, "count", "observed", ("2023", "2023"))},
    ),
    (
        "mx-gt-fr",
        "fr",
        "2024-05",
        "Le président mexicain Andrés Manuel López Obrador a reçu vendredi à Mexico son homologue guatémaltèque "
        "Bernardo Arévalo. Les deux présidents ont convenu de renforcer la coopération en matière de migration et "
        "de sécurité à la frontière. Le Mexique a promis une aide de 40 millions de dollars pour des programmes "
        "agricoles au Guatemala. Les exportations mexicaines vers le Guatemala ont atteint 2,9 milliards de dollars "
        "en 2023.",
        {
            ("agreed", frozenset({"consular", "defence_security", "border"})),
            ("pledged", frozenset({"agriculture", "finance_aid"})),
        },
        {("aid", 40000000.0, "USD", "observed", None), ("exports", 2900000000.0, "USD", "observed", ("2023", "2023"))},
    ),
    (
        "mx-gt-en",
        "en",
        "2024-05",
        "Mexican Foreign Minister Alicia Bárcena met Guatemalan Foreign Minister Carlos Ramiro Martínez in "
        "Tapachula on Wednesday. The two countries signed a memorandum of understanding on labour mobility. Mexico "
        "offered to expand its Sembrando Vida programme to Guatemala. Trade between the two neighbours totalled 3.5 "
        "billion dollars last year.",
        {("pledged", frozenset({"political"})), ("signed", frozenset({"consular", "other"}))},
        {("trade_volume", 3500000000.0, "USD", "observed", ("2023", "2023"))},
    ),
    (
        "eg-sd-en",
        "en",
        "2024-08",
        "Egyptian President Abdel Fattah al-Sisi received Sudan's Sovereign Council chief Abdel Fattah al-Burhan in "
        "El Alamein on Thursday. Egypt reaffirmed its support for Sudan's unity and stability. The two sides agreed "
        "to coordinate on the Grand Ethiopian Renaissance Dam. Egypt hosts more than 500,000 Sudanese refugees.",
        {("agreed", frozenset({"environment"})), ("pledged", frozenset({"political"}))},
        set(),
    ),
    (
        "eg-sd-fr",
        "fr",
        "2024-08",
        "Le ministre égyptien des Affaires étrangères Badr Abdelatty a rencontré lundi au Caire son homologue "
        "soudanais Hussein Awad. Les deux ministres ont décidé de rouvrir le poste frontalier d'Arqin. Le volume "
        "des échanges commerciaux entre l'Égypte et le Soudan s'est élevé à 1,4 milliard de dollars en 2023, en "
        "baisse de 9 %.",
        {("agreed", frozenset({"connectivity"}))},
        {
            ("trade_volume", 1400000000.0, "USD", "observed", ("2023", "2023")),
            ("trade_volume", 9.0, "percent", "observed", ("2023", "2023")),
        },
    ),
    (
        "kz-uz-en",
        "en",
        "2024-04",
        "Kazakh President Kassym-Jomart Tokayev paid a state visit to Uzbekistan on Tuesday and held talks with "
        "President Shavkat Mirziyoyev in Tashkent. The presidents set a target of raising bilateral trade to 10 "
        "billion dollars by 2030. They signed 15 documents, including an agreement on the Central Asia "
        "International Industrial Cooperation Centre. Trade between Kazakhstan and Uzbekistan reached 4.4 billion "
        "dollars in 2023.",
        {("agreed", frozenset({"trade"})), ("signed", frozenset({"political"}))},
        {
            ("trade_volume", 10000000000.0, "USD", "target", ("2030", "2030")),
            ("trade_volume", 4400000000.0, "USD", "observed", ("2023", "2023")),
        },
    ),
    (
        "kz-uz-fr",
        "fr",
        "2024-04",
        "Le président kazakh Kassym-Jomart Tokaïev a effectué mardi une visite d'État en Ouzbékistan. Les deux "
        "chefs d'État ont signé un traité sur les relations d'alliance. Le Kazakhstan prévoit d'investir 500 "
        "milliards de tenge dans des projets communs. Les échanges ont augmenté de 13,5 % au premier trimestre "
        "2024.",
        {("signed", frozenset({"political"}))},
        {
            ("investment_capital", 500000000000.0, "KZT", "target", None),
            ("trade_volume", 13.5, "percent", "observed", ("2024-01", "2024-03")),
        },
    ),
    (
        "ng-gh-en",
        "en",
        "2024-06",
        "Nigerian President Bola Tinubu hosted Ghanaian President Nana Akufo-Addo in Abuja on Friday. Nigeria and "
        "Ghana agreed to fast-track the Abidjan–Lagos corridor highway. Ghana urged Nigeria to reopen its markets "
        "to Ghanaian traders. Nigeria's exports to Ghana were worth 450 billion naira in 2023.",
        {("agreed", frozenset({"connectivity"})), ("proposed", frozenset({"trade"}))},
        {("exports", 450000000000.0, "NGN", "observed", ("2023", "2023"))},
    ),
    (
        "ng-gh-fr",
        "fr",
        "2024-06",
        "Le ministre nigérian des Affaires étrangères Yusuf Tuggar a reçu jeudi à Abuja son homologue ghanéen. Le "
        "Nigeria a souhaité que le Ghana facilite l'installation des commerçants nigérians. Les deux pays sont "
        "convenus d'intensifier la lutte contre la piraterie dans le golfe de Guinée.",
        {("agreed", frozenset({"maritime", "defence_security"})), ("proposed", frozenset({"trade"}))},
        set(),
    ),
    (
        "cl-pe-en",
        "en",
        "2024-03",
        "Chilean President Gabriel Boric received Peruvian President Dina Boluarte in Santiago on Monday for a "
        "binational cabinet meeting. The two governments signed eleven agreements on mining, tourism and border "
        "integration. They aim to double tourist flows to 3 million visitors by 2026. Chilean investment in Peru "
        "amounts to 19 billion dollars.",
        {("agreed", frozenset({"culture_tourism"})), ("signed", frozenset({"border", "other", "culture_tourism"}))},
        {
            ("investment_capital", 19000000000.0, "USD", "observed", (None, "2024-03")),
            ("visitors", 3000000.0, "count", "target", ("2026", "2026")),
        },
    ),
    (
        "cl-pe-fr",
        "fr",
        "2024-03",
        "Le président chilien Gabriel Boric a reçu lundi à Santiago la présidente péruvienne Dina Boluarte pour le "
        "cabinet binational. Les deux gouvernements ont signé onze accords. Le Pérou a demandé un appui chilien "
        "pour la gestion de l'eau dans la région de Tacna. Les investissements chiliens au Pérou s'élèvent à 19 "
        "milliards de dollars.",
        {("proposed", frozenset({"environment"})), ("signed", frozenset({"political"}))},
        {("investment_capital", 19000000000.0, "USD", "observed", (None, "2024-03"))},
    ),
    (
        "tr-az-en",
        "en",
        "2024-06",
        "Turkish President Recep Tayyip Erdogan received Azerbaijani President Ilham Aliyev in Ankara on Wednesday. "
        "The two presidents agreed to raise bilateral trade to 15 billion dollars. Turkey will build a new railway "
        "line to Nakhchivan. Azerbaijan's investment in Turkey has exceeded 20 billion dollars.",
        {("agreed", frozenset({"trade"})), ("pledged", frozenset({"connectivity"}))},
        {
            ("investment_capital", 20000000000.0, "USD", "observed", (None, "2024-06")),
            ("trade_volume", 15000000000.0, "USD", "target", None),
        },
    ),
    (
        "tr-az-fr",
        "fr",
        "2024-06",
        "Le ministre turc des Affaires étrangères Hakan Fidan s'est rendu mardi à Bakou, où il a été reçu par le "
        "président azerbaïdjanais Ilham Aliev. La Turquie a réaffirmé son soutien à l'Azerbaïdjan. Les deux pays "
        "ont signé un protocole sur le gaz. Le commerce bilatéral a atteint 7,5 milliards de dollars en 2023.",
        {("pledged", frozenset({"political"})), ("signed", frozenset({"energy"}))},
        {("trade_volume", 7500000000.0, "USD", "observed", ("2023", "2023"))},
    ),
    (
        "dz-tn-fr",
        "fr",
        "2024-10",
        "Le président algérien Abdelmadjid Tebboune a reçu dimanche à Alger le président tunisien Kaïs Saïed. Les "
        "deux présidents ont convenu de développer les zones franches frontalières. L'Algérie a accordé à la "
        "Tunisie un prêt de 300 millions de dollars. Plus de 3 millions de touristes algériens ont visité la "
        "Tunisie en 2023.",
        {("agreed", frozenset({"trade", "border"}))},
        {("aid", 300000000.0, "USD", "observed", None), ("visitors", 3000000.0, "count", "observed", ("2023", "2023"))},
    ),
    (
        "dz-tn-en",
        "en",
        "2024-10",
        "Algerian Prime Minister Nadir Larbaoui held talks in Tunis on Monday with his Tunisian counterpart Kamel "
        "Madouri. The two sides agreed to boost energy cooperation and signed a memorandum on electricity "
        "interconnection. Algerian gas exports to Tunisia rose 5 per cent in the first nine months of 2024.",
        {("agreed", frozenset({"energy"})), ("signed", frozenset({"connectivity", "energy"}))},
        {("exports", 5.0, "percent", "observed", ("2024-01", "2024-09"))},
    ),
    (
        "ke-et-2",
        "en",
        "2024-09",
        "Kenyan Foreign Minister Musalia Mudavadi met his Ethiopian counterpart Taye Atske Selassie in Addis Ababa "
        "on Monday. Ethiopia announced a grant of 20 million dollars for the Lamu port link. The two ministers "
        "committed to finalising the power purchase agreement before the end of the year. Kenyan exports to "
        "Ethiopia doubled between January and June to 8 billion shillings.",
        {("agreed", frozenset({"energy"})), ("pledged", frozenset({"finance_aid", "connectivity"}))},
        {
            ("aid", 20000000.0, "USD", "observed", None),
            ("exports", 8000000000.0, "KES", "observed", ("2024-01", "2024-06")),
        },
    ),
    (
        "ma-sn-2",
        "fr",
        "2024-11",
        "Le Premier ministre sénégalais Ousmane Sonko a effectué jeudi une visite de travail à Rabat, où il s'est "
        "entretenu avec son homologue marocain Aziz Akhannouch. Les deux chefs de gouvernement ont paraphé un "
        "protocole d'accord sur l'enseignement supérieur. Les investissements marocains au Sénégal sont estimés à "
        "250 milliards de FCFA. Sur les huit premiers mois de 2024, les échanges ont bondi de 22 %.",
        {("signed", frozenset({"education"}))},
        {
            ("investment_capital", 250000000000.0, "XOF", "observed", (None, "2024-11")),
            ("trade_volume", 22.0, "percent", "observed", ("2024-01", "2024-08")),
        },
    ),
    (
        "br-ar-2",
        "en",
        "2024-11",
        "Argentina's Foreign Minister Gerardo Werthein held talks with Brazilian Foreign Minister Mauro Vieira in "
        "Brasilia on Tuesday. Argentina asked Brazil to ease restrictions on its wheat imports. Brazil expressed "
        "its willingness to expand energy trade. Trade turnover between the two countries amounted to 26.9 billion "
        "dollars in the January-October period, down 18.5 percent year on year.",
        {("pledged", frozenset({"trade", "energy"})), ("proposed", frozenset({"trade", "agriculture"}))},
        {
            ("trade_volume", 18.5, "percent", "observed", ("2024-01", "2024-10")),
            ("trade_volume", 26900000000.0, "USD", "observed", ("2024-01", "2024-10")),
        },
    ),
    (
        "pl-ua-2",
        "fr",
        "2024-09",
        "Le ministre polonais des Affaires étrangères Radosław Sikorski a reçu mardi à Varsovie son homologue "
        "ukrainien Andriï Sybiha. La Pologne a annoncé une nouvelle enveloppe d'aide de 300 millions d'euros. Les "
        "deux ministres se sont accordés sur la nécessité d'exhumer les victimes de Volhynie. Les exportations "
        "polonaises vers l'Ukraine ont atteint 12 milliards d'euros l'an dernier.",
        {("agreed", frozenset({"political"})), ("pledged", frozenset({"finance_aid"}))},
        {
            ("aid", 300000000.0, "EUR", "observed", None),
            ("exports", 12000000000.0, "EUR", "observed", ("2023", "2023")),
        },
    ),
    (
        "id-au-2",
        "en",
        "2024-11",
        "Indonesian President Prabowo Subianto met Australian Prime Minister Anthony Albanese in Canberra on "
        "Tuesday. The two leaders announced a new defence cooperation agreement and agreed to hold annual defence "
        "ministers' meetings. Australia committed 100 million dollars to support Indonesia's energy transition. "
        "Australian investment in Indonesia rose to A$7.5 billion last year.",
        {("agreed", frozenset({"defence_security"})), ("pledged", frozenset({"finance_aid", "energy"}))},
        {
            ("aid", 100000000.0, "USD", "observed", None),
            ("investment_capital", 7500000000.0, "AUD", "observed", ("2023", "2023")),
        },
    ),
    (
        "mx-gt-2",
        "en",
        "2024-10",
        "Guatemalan President Bernardo Arévalo paid an official visit to Mexico City on Thursday and met President "
        "Claudia Sheinbaum. Both countries will jointly build a customs facility at Ciudad Hidalgo. Mexico pledged "
        "to invest 2 billion pesos in the Interoceanic Corridor extension. Guatemalan imports from Mexico totalled "
        "3.1 billion dollars in 2023.",
        {("agreed", frozenset({"connectivity"})), ("pledged", frozenset({"investment", "connectivity"}))},
        None,
    ),
    (
        "eg-sd-2",
        "fr",
        "2024-12",
        "Le président égyptien Abdel Fattah al-Sissi s'est entretenu par téléphone dimanche avec le président du "
        "Conseil souverain soudanais. L'Égypte a réaffirmé son soutien à l'unité du Soudan. Les deux présidents ont "
        "réaffirmé leur volonté de porter les échanges à 5 milliards de dollars. Le nombre de Soudanais entrés en "
        "Égypte a dépassé 1,2 million depuis avril 2023.",
        {("agreed", frozenset({"trade"})), ("pledged", frozenset({"political"}))},
        {("trade_volume", 5000000000.0, "USD", "target", None)},
    ),
    (
        "kz-uz-2",
        "en",
        "2024-12",
        "Uzbek Prime Minister Abdulla Aripov visited Astana on Friday for the Kazakhstan–Uzbekistan "
        "intergovernmental council. The sides signed a roadmap on water management and a protocol on railway "
        "tariffs. Kazakhstan proposed a joint venture to produce fertilizers. In the first eleven months of 2024, "
        "mutual trade grew by 9.2% to 4.1 billion dollars.",
        {("proposed", frozenset({"agriculture"})), ("signed", frozenset({"environment", "connectivity"}))},
        {
            ("trade_volume", 4100000000.0, "USD", "observed", ("2024-01", "2024-11")),
            ("trade_volume", 9.2, "percent", "observed", ("2024-01", "2024-11")),
        },
    ),
    (
        "ng-gh-2",
        "en",
        "2024-11",
        "Ghana's Foreign Minister Shirley Ayorkor Botchwey received her Nigerian counterpart Yusuf Tuggar in Accra "
        "on Wednesday. Nigeria promised to supply more gas through the West African Gas Pipeline. The ministers "
        "called for faster implementation of the ECOWAS free movement protocol. Ghana's exports to Nigeria reached "
        "980 million cedis in 2023.",
        {("pledged", frozenset({"energy"})), ("proposed", frozenset({"consular", "multilateral"}))},
        {("exports", 980000000.0, "GHS", "observed", ("2023", "2023"))},
    ),
    (
        "cl-pe-2",
        "fr",
        "2024-10",
        "La ministre chilienne des Affaires étrangères a rencontré mardi à Lima son homologue péruvien Elmer "
        "Schialer. Le Chili et le Pérou ont décidé de créer un comité frontalier sur la migration. Le Pérou a "
        "plaidé pour une hausse des vols directs entre Lima et Santiago. Les touristes chiliens ont été 1,1 million "
        "à visiter le Pérou en 2023, selon le ministère.",
        {("agreed", frozenset({"consular", "border"})), ("proposed", frozenset({"connectivity"}))},
        None,
    ),
    (
        "tr-az-2",
        "en",
        "2024-11",
        "Azerbaijani Foreign Minister Jeyhun Bayramov held talks with Turkish Foreign Minister Hakan Fidan in "
        "Ankara on Monday. Turkey and Azerbaijan reaffirmed their commitment to the Zangezur corridor. The two "
        "sides signed a memorandum on cooperation in cybersecurity. Bilateral trade rose 10 percent to $7.6 billion "
        "in the first nine months of 2024.",
        {("agreed", frozenset({"connectivity"})), ("signed", frozenset({"defence_security", "science_technology"}))},
        {
            ("trade_volume", 10.0, "percent", "observed", ("2024-01", "2024-09")),
            ("trade_volume", 7600000000.0, "USD", "observed", ("2024-01", "2024-09")),
        },
    ),
    (
        "dz-tn-2",
        "fr",
        "2024-12",
        "Le ministre algérien des Affaires étrangères Ahmed Attaf a reçu lundi à Alger son homologue tunisien "
        "Mohamed Ali Nafti. Les deux parties ont exprimé leur volonté de relancer la grande commission mixte. "
        "L'Algérie a proposé d'augmenter ses livraisons d'électricité à la Tunisie. Les échanges commerciaux entre "
        "les deux pays se sont chiffrés à 2,5 milliards de dollars en 2023, contre 1,9 milliard en 2022.",
        {("agreed", frozenset({"political"})), ("proposed", frozenset({"energy"}))},
        {
            ("trade_volume", 1900000000.0, "USD", "observed", ("2022", "2022")),
            ("trade_volume", 2500000000.0, "USD", "observed", ("2023", "2023")),
        },
    ),
]


@pytest.mark.parametrize(("name", "lang", "published", "text", "commitments", "indicators"), ARTICLES)
def test_commitments_of_new_pairs(
    extract: Extract, name: str, lang: str, published: str, text: str, commitments: set, indicators: set | None
) -> None:
    record = diplomatic(extract, text, lang, published)
    found = {(c.kind.value, frozenset(a.value for a in c.areas)) for c in record.commitments}
    assert found == commitments, name


@pytest.mark.parametrize(
    ("name", "lang", "published", "text", "commitments", "indicators"), [a for a in ARTICLES if a[5] is not None]
)
def test_indicators_of_new_pairs(
    extract: Extract, name: str, lang: str, published: str, text: str, commitments: set, indicators: set
) -> None:
    record = diplomatic(extract, text, lang, published)
    assert figures(record) == rounded(indicators), name


#: Figures alone: local currencies, stocks, counts whose noun comes before the figure ('the number of students
#: rose to 4,500', 'arrivals jumped 30% last year to about 95,000') and the amount a change ended at.
FIGURES = [
    (
        "en",
        "2024-09",
        "Kenyan President William Ruto received Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday. The "
        "value of trade between the two countries climbed to 560 million dollars in fiscal year 2023, a rise of 14 "
        "percent.",
        {
            ("trade_volume", 14.0, "percent", "observed", ("2023", "2023")),
            ("trade_volume", 560000000.0, "USD", "observed", ("2023", "2023")),
        },
    ),
    (
        "en",
        "2024-09",
        "Moroccan Foreign Minister Nasser Bourita received his Senegalese counterpart in Rabat on Monday. Moroccan "
        "direct investment in Senegal has reached 4 billion dirhams, making Morocco the top African investor there.",
        {("investment_capital", 4000000000.0, "MAD", "observed", (None, "2024-09"))},
    ),
    (
        "fr",
        "2024-09",
        "Le ministre marocain des Affaires étrangères Nasser Bourita a reçu lundi à Rabat son homologue "
        "sénégalaise. Plus de 160 entreprises marocaines sont installées au Sénégal, où le stock d'IDE marocain "
        "dépasse 500 milliards de FCFA.",
        {("investment_capital", 500000000000.0, "XOF", "observed", (None, "2024-09"))},
    ),
    (
        "en",
        "2024-09",
        "Moroccan Foreign Minister Nasser Bourita received his Senegalese counterpart in Rabat on Monday. "
        "Senegalese tourist arrivals in Morocco jumped 30% last year to about 95,000.",
        {
            ("visitors", 30.0, "percent", "observed", ("2023", "2023")),
            ("visitors", 95000.0, "count", "observed", ("2023", "2023")),
        },
    ),
    (
        "fr",
        "2024-09",
        "Le ministre marocain des Affaires étrangères Nasser Bourita a reçu lundi à Rabat son homologue "
        "sénégalaise. Le nombre d'étudiants sénégalais au Maroc est passé à 4 500 cette année.",
        {("other", 4500.0, "count", "observed", ("2024", "2024"))},
    ),
    (
        "fr",
        "2024-09",
        "Le président kényan William Ruto a reçu mardi à Nairobi le Premier ministre éthiopien Abiy Ahmed. Les "
        "échanges bilatéraux devraient dépasser 1 milliard de dollars d'ici à 2026, contre 600 millions l'an "
        "dernier.",
        {
            ("trade_volume", 1000000000.0, "USD", "target", ("2026", "2026")),
            ("trade_volume", 600000000.0, "USD", "observed", ("2023", "2023")),
        },
    ),
    (
        "fr",
        "2024-09",
        "Le ministre marocain des Affaires étrangères Nasser Bourita a reçu lundi à Rabat son homologue "
        "sénégalaise. Au cours des cinq premiers mois de l'année, les exportations marocaines vers le Sénégal ont "
        "progressé de 12,5 % pour atteindre 1,8 milliard de dirhams.",
        {
            ("exports", 12.5, "percent", "observed", ("2024-01", "2024-05")),
            ("exports", 1800000000.0, "MAD", "observed", ("2024-01", "2024-05")),
        },
    ),
    (
        "en",
        "2024-09",
        "Moroccan Foreign Minister Nasser Bourita received his Senegalese counterpart in Rabat on Monday. Bilateral "
        "trade is targeted to hit 5 billion dirhams by 2027.",
        {("trade_volume", 5000000000.0, "MAD", "target", ("2027", "2027"))},
    ),
    (
        "fr",
        "2024-09",
        "Le président kényan William Ruto a reçu mardi à Nairobi le Premier ministre éthiopien Abiy Ahmed. Le "
        "commerce entre le Kenya et l'Éthiopie a reculé de 7 % en 2023, à 14 milliards de shillings kényans.",
        {
            ("trade_volume", 14000000000.0, "KES", "observed", ("2023", "2023")),
            ("trade_volume", 7.0, "percent", "observed", ("2023", "2023")),
        },
    ),
]


@pytest.mark.parametrize(("lang", "published", "text", "indicators"), FIGURES)
def test_figures_of_new_pairs(extract: Extract, lang: str, published: str, text: str, indicators: set) -> None:
    record = diplomatic(extract, text, lang, published)
    assert figures(record) == rounded(indicators)
