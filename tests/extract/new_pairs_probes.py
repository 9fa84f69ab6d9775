"""Probe articles on country pairs absent from every evaluation set (issue 9, third batch): commitments (agree,
pledge, decide, sign, set a target, propose, ask) and indicators (trade, investment, aid, visitors) in local
currencies and scale words (FCFA, XOF, XAF, DH, SAR, EGP, TRY, BRL, NGN, KES, PLN, AUD, CAD; bn, bln, mds, Mrd,
milliards, millions de dollars).

Every article is written for the tests (facts from public news, wording ours), half in French, half in English.
The expected values follow ANNOTATION.md as the scorer reads them: commitments as (kind, area) pairs, indicators
as (metric, value, unit, kind, period)."""

from __future__ import annotations

from typing import NamedTuple


class Probe(NamedTuple):
    name: str
    lang: str
    published: str
    text: str
    commitments: set[tuple[str, str]]
    indicators: set[tuple[str, float, str, str, tuple[str | None, str] | None]]


PROBES = [
    Probe(
        "sn-ma-fr",
        "fr",
        "2024-06",
        "Le Sénégal et le Maroc ont signé jeudi à Dakar cinq conventions dans les domaines de l'agriculture, de la "
        "pêche et de l'énergie solaire, à l'issue de la 4e session de leur commission mixte. Les deux pays se sont "
        "fixé pour objectif de porter leurs échanges commerciaux à 500 millions de dollars d'ici 2027. Le Maroc "
        "s'est engagé à accompagner la formation des cadres de l'administration sénégalaise. Les investissements "
        "marocains au Sénégal dépassent 120 milliards de FCFA.",
        {("signed", "agriculture"), ("signed", "energy"), ("agreed", "trade"), ("pledged", "education")},
        {
            ("trade_volume", 5e8, "USD", "target", ("2027", "2027")),
            ("investment_capital", 1.2e11, "XOF", "observed", (None, "2024-06")),
        },
    ),
    Probe(
        "sn-ma-en",
        "en",
        "2024-06",
        "Senegal and Morocco agreed on Monday to launch a direct air route between Dakar and Agadir, Senegalese "
        "Foreign Minister Yassine Fall said after talks with her Moroccan counterpart Nasser Bourita in Rabat. "
        "Morocco pledged 20 million dirhams for a vocational training centre in Thiès. Trade between the two "
        "countries reached 4.1 billion DH in 2023, up 9% on the previous year.",
        {("agreed", "connectivity"), ("pledged", "education"), ("pledged", "finance_aid")},
        {
            ("aid", 2e7, "MAD", "observed", None),
            ("trade_volume", 4.1e9, "MAD", "observed", ("2023", "2023")),
            ("trade_volume", 9.0, "percent", "observed", ("2023", "2023")),
        },
    ),
    Probe(
        "br-ao-fr",
        "fr",
        "2023-08",
        "Le président angolais João Lourenço a reçu vendredi à Luanda son homologue brésilien Luiz Inácio Lula da "
        "Silva. Les deux chefs d'État ont décidé de relancer la commission bilatérale de haut niveau. Le Brésil a "
        "promis d'ouvrir une ligne de crédit de 1 milliard de dollars pour financer des projets d'infrastructures "
        "en Angola. Les échanges entre les deux pays ont atteint 1,7 milliard de dollars en 2022.",
        {("agreed", "political"), ("pledged", "finance_aid"), ("pledged", "connectivity")},
        {
            ("aid", 1e9, "USD", "observed", None),
            ("trade_volume", 1.7e9, "USD", "observed", ("2022", "2022")),
        },
    ),
    Probe(
        "br-ao-en",
        "en",
        "2023-08",
        "Brazilian President Luiz Inácio Lula da Silva held talks with Angolan President João Lourenço in Luanda "
        "on Friday. Brazil and Angola signed seven agreements covering agriculture, health, tourism and higher "
        "education. Angolan exports to Brazil, mostly crude oil, climbed to 2.3 bln dollars last year. Brazilian "
        "companies have invested about BRL 5 billion in Angola. Angola asked Brazil to help modernise its rail "
        "network.",
        {
            ("signed", "agriculture"),
            ("signed", "health"),
            ("signed", "culture_tourism"),
            ("signed", "education"),
            ("proposed", "connectivity"),
        },
        {
            ("exports", 2.3e9, "USD", "observed", ("2022", "2022")),
            ("investment_capital", 5e9, "BRL", "observed", (None, "2023-08")),
        },
    ),
    Probe(
        "kz-tr-en",
        "en",
        "2024-07",
        "Kazakh President Kassym-Jomart Tokayev and Turkish President Recep Tayyip Erdogan met in Astana on "
        "Wednesday and agreed to raise bilateral trade to $15 billion. The two leaders also signed a joint "
        "declaration on developing the Middle Corridor transport route. Turkish investment in Kazakhstan exceeds "
        "$5 bn. Turkey will open a new consulate general in Aktau.",
        {("agreed", "trade"), ("signed", "connectivity"), ("pledged", "consular")},
        {
            ("trade_volume", 1.5e10, "USD", "target", None),
            ("investment_capital", 5e9, "USD", "observed", (None, "2024-07")),
        },
    ),
    Probe(
        "kz-tr-fr",
        "fr",
        "2024-04",
        "Le ministre turc des Affaires étrangères Hakan Fidan s'est entretenu lundi à Astana avec son homologue "
        "kazakh Murat Nurtleu. Les deux ministres ont convenu d'accélérer la construction du corridor de transport "
        "transcaspien. La Turquie s'est engagée à offrir 1 000 bourses d'études aux étudiants kazakhs. Le commerce "
        "bilatéral a atteint 6,4 milliards de dollars en 2023, soit une hausse de 7 %.",
        {("agreed", "connectivity"), ("pledged", "education")},
        {
            ("other", 1000.0, "count", "observed", (None, "2024-04")),
            ("trade_volume", 6.4e9, "USD", "observed", ("2023", "2023")),
            ("trade_volume", 7.0, "percent", "observed", ("2023", "2023")),
        },
    ),
    Probe(
        "sa-eg-en",
        "en",
        "2024-10",
        "Saudi Crown Prince Mohammed bin Salman received Egyptian President Abdel Fattah al-Sisi in Riyadh on "
        "Tuesday. The two sides agreed to establish a Supreme Coordination Council chaired by the two leaders. "
        "Egypt proposed joint projects in green hydrogen and electricity interconnection. Non-oil trade between "
        "the two countries stood at SAR 38 billion in 2023.",
        {("agreed", "political"), ("proposed", "energy"), ("proposed", "connectivity")},
        {("trade_volume", 3.8e10, "SAR", "observed", ("2023", "2023"))},
    ),
    Probe(
        "sa-eg-fr",
        "fr",
        "2024-10",
        "Le ministre saoudien des Affaires étrangères, le prince Fayçal ben Farhane, a été reçu dimanche au Caire "
        "par le président Abdel Fattah al-Sissi. L'Arabie saoudite s'est engagée à accélérer ses investissements "
        "en Égypte. Les deux parties ont signé un accord sur la protection des investissements. Les exportations "
        "égyptiennes vers l'Arabie saoudite ont atteint 95 milliards de livres égyptiennes en 2023.",
        {("pledged", "investment"), ("signed", "investment")},
        {("exports", 9.5e10, "EGP", "observed", ("2023", "2023"))},
    ),
    Probe(
        "ng-gh-en",
        "en",
        "2024-09",
        "Nigerian Foreign Minister Yusuf Tuggar held talks in Accra on Thursday with his Ghanaian counterpart "
        "Shirley Ayorkor Botchwey. Nigeria and Ghana agreed to remove barriers to cross-border trade. Ghana "
        "pledged to review its rules on retail trade by foreigners. The two countries also signed a memorandum of "
        "understanding on power supply. Nigerian exports to Ghana were worth NGN 620 billion in 2023.",
        {("agreed", "trade"), ("pledged", "trade"), ("signed", "energy")},
        {("exports", 6.2e11, "NGN", "observed", ("2023", "2023"))},
    ),
    Probe(
        "ng-gh-fr",
        "fr",
        "2025-02",
        "Le président nigérian Bola Tinubu a reçu lundi à Abuja son homologue ghanéen John Dramani Mahama. Les "
        "deux présidents se sont engagés à relancer le projet d'autoroute côtière entre Abidjan et Lagos. Le Ghana "
        "a demandé au Nigeria de baisser le prix du gaz livré par le gazoduc ouest-africain. Les échanges "
        "bilatéraux ont dépassé 1 milliard de dollars en 2024.",
        {("agreed", "connectivity"), ("proposed", "energy")},
        {("trade_volume", 1e9, "USD", "observed", ("2024", "2024"))},
    ),
    Probe(
        "ke-et-en",
        "en",
        "2024-05",
        "Kenyan Foreign Minister Musalia Mudavadi met his Ethiopian counterpart Taye Atske Selassie in Addis Ababa "
        "on Friday. Kenya and Ethiopia set a target of raising bilateral trade to 1 billion dollars. Ethiopia "
        "offered to sell more electricity to Kenya. Kenya's exports to Ethiopia rose to KES 9.8 billion in 2023.",
        {("agreed", "trade"), ("pledged", "energy")},
        {
            ("trade_volume", 1e9, "USD", "target", None),
            ("exports", 9.8e9, "KES", "observed", ("2023", "2023")),
        },
    ),
    Probe(
        "ke-et-fr",
        "fr",
        "2024-05",
        "Le président kényan William Ruto a reçu mercredi à Nairobi le Premier ministre éthiopien Abiy Ahmed. Le "
        "Kenya et l'Éthiopie ont signé un protocole d'accord sur l'électricité et un accord de coopération en "
        "matière de défense. L'Éthiopie s'est engagée à fournir davantage d'électricité au réseau kényan. Les "
        "importations kényanes en provenance d'Éthiopie ont atteint 4,2 milliards de shillings kényans en 2023.",
        {("signed", "energy"), ("signed", "defence_security"), ("pledged", "energy")},
        {("imports", 4.2e9, "KES", "observed", ("2023", "2023"))},
    ),
    Probe(
        "ci-bf-fr",
        "fr",
        "2024-11",
        "Le Premier ministre ivoirien Robert Beugré Mambé a reçu lundi à Abidjan une délégation burkinabè conduite "
        "par le ministre des Affaires étrangères Karamoko Jean-Marie Traoré. Les deux parties ont convenu de "
        "renforcer la sécurité dans la zone frontalière. La Côte d'Ivoire a proposé la tenue d'une réunion des "
        "ministres de la Défense avant la fin de l'année. Les exportations ivoiriennes vers le Burkina Faso ont "
        "atteint 450 milliards de FCFA en 2023.",
        {("agreed", "defence_security"), ("agreed", "border"), ("proposed", "defence_security")},
        {("exports", 4.5e11, "XOF", "observed", ("2023", "2023"))},
    ),
    Probe(
        "ci-bf-en",
        "en",
        "2024-11",
        "The defence ministers of Côte d'Ivoire and Burkina Faso met in Ouagadougou on Tuesday. The two sides "
        "agreed to set up a joint committee on security. Burkina Faso asked Abidjan to ease road transit to the "
        "port of San Pedro. Burkina Faso's exports through Ivorian ports were worth XOF 180 bn in 2023.",
        {("agreed", "defence_security"), ("proposed", "connectivity")},
        {("exports", 1.8e11, "XOF", "observed", ("2023", "2023"))},
    ),
    Probe(
        "eg-tr-fr",
        "fr",
        "2024-09",
        "Le président turc Recep Tayyip Erdoğan a reçu mercredi à Ankara son homologue égyptien Abdel Fattah "
        "al-Sissi. Les deux présidents ont signé 17 accords dans les domaines de la défense, de l'énergie, du "
        "tourisme et de la santé. Ils se sont fixé pour objectif de porter les échanges commerciaux à 15 mds de "
        "dollars. Les investissements turcs en Égypte dépassent 3 milliards de dollars.",
        {
            ("signed", "defence_security"),
            ("signed", "energy"),
            ("signed", "culture_tourism"),
            ("signed", "health"),
            ("agreed", "trade"),
        },
        {
            ("trade_volume", 1.5e10, "USD", "target", None),
            ("investment_capital", 3e9, "USD", "observed", (None, "2024-09")),
        },
    ),
    Probe(
        "eg-tr-en",
        "en",
        "2024-09",
        "Egyptian Foreign Minister Badr Abdelatty and his Turkish counterpart Hakan Fidan held talks in Cairo on "
        "Saturday. The ministers agreed to hold joint military exercises. Türkiye offered to supply Egypt with "
        "liquefied natural gas. Egyptian exports to Türkiye rose 17% in 2023 to $3.3 billion.",
        {("agreed", "defence_security"), ("pledged", "energy")},
        {
            ("exports", 17.0, "percent", "observed", ("2023", "2023")),
            ("exports", 3.3e9, "USD", "observed", ("2023", "2023")),
        },
    ),
    Probe(
        "qa-ir-en",
        "en",
        "2024-10",
        "Iranian President Masoud Pezeshkian held talks with Qatar's Emir Sheikh Tamim bin Hamad Al Thani in Doha "
        "on Wednesday. Qatar and Iran signed three memoranda of understanding on aviation, energy and tourism. "
        "Bilateral trade stands at about 100 million dollars a year, and both sides set a goal of raising it to "
        "$1 billion.",
        {("signed", "connectivity"), ("signed", "energy"), ("signed", "culture_tourism"), ("agreed", "trade")},
        {
            ("trade_volume", 1e8, "USD", "observed", None),
            ("trade_volume", 1e9, "USD", "target", None),
        },
    ),
    Probe(
        "qa-ir-fr",
        "fr",
        "2024-10",
        "L'émir du Qatar, cheikh Tamim ben Hamad Al Thani, s'est entretenu mercredi au téléphone avec le président "
        "iranien Massoud Pezeshkian. Les deux dirigeants ont convenu de renforcer la coopération dans les domaines "
        "de l'énergie et de l'aviation civile. Le Qatar a promis 25 millions de dollars d'aide humanitaire pour les "
        "réfugiés afghans en Iran. Les échanges commerciaux entre les deux pays ont augmenté de 15 % au cours des "
        "neuf premiers mois de 2024.",
        {("agreed", "energy"), ("agreed", "connectivity"), ("pledged", "finance_aid")},
        {
            ("aid", 2.5e7, "USD", "observed", None),
            ("trade_volume", 15.0, "percent", "observed", ("2024-01", "2024-09")),
        },
    ),
    Probe(
        "ar-uy-en",
        "en",
        "2025-03",
        "Argentine President Javier Milei and Uruguayan President Yamandú Orsi met in Buenos Aires on Monday and "
        "agreed to dredge the Martín García channel. Uruguay called for lower tariffs on trade between the two "
        "countries. More than 1.5 million Argentine tourists visited Uruguay in 2024.",
        {("agreed", "connectivity"), ("proposed", "trade")},
        {("visitors", 1.5e6, "count", "observed", ("2024", "2024"))},
    ),
    Probe(
        "ar-uy-fr",
        "fr",
        "2025-03",
        "Le ministre argentin des Affaires étrangères Gerardo Werthein a rencontré jeudi à Montevideo son "
        "homologue uruguayen Mario Lubetkin. L'Argentine s'est engagée à faciliter le passage des camions "
        "uruguayens à la frontière. Le commerce bilatéral a reculé de 12 % en 2024, à 2,3 milliards de dollars.",
        {("pledged", "connectivity")},
        {
            ("trade_volume", 12.0, "percent", "observed", ("2024", "2024")),
            ("trade_volume", 2.3e9, "USD", "observed", ("2024", "2024")),
        },
    ),
    Probe(
        "uz-kr-en",
        "en",
        "2024-06",
        "Uzbek President Shavkat Mirziyoyev and South Korean President Yoon Suk Yeol held talks in Tashkent on "
        "Friday and adopted a joint statement on their strategic partnership. South Korea will provide $2 billion "
        "in concessional loans to Uzbekistan. The two sides agreed to boost trade to $5 billion by 2030, from 2.2 "
        "billion dollars in 2023.",
        {("signed", "political"), ("pledged", "finance_aid"), ("agreed", "trade")},
        {
            ("aid", 2e9, "USD", "observed", None),
            ("trade_volume", 5e9, "USD", "target", ("2030", "2030")),
            ("trade_volume", 2.2e9, "USD", "observed", ("2023", "2023")),
        },
    ),
    Probe(
        "uz-kr-fr",
        "fr",
        "2024-06",
        "Le ministre ouzbek des Affaires étrangères Bakhtiyor Saïdov a été reçu lundi à Séoul par son homologue "
        "sud-coréen Cho Tae-yul. La Corée du Sud a décidé d'ouvrir un centre de formation professionnelle à "
        "Samarcande. Les deux ministres ont souhaité une hausse des investissements coréens en Ouzbékistan. Les "
        "investissements sud-coréens en Ouzbékistan atteignent 8 milliards de dollars.",
        {("pledged", "education"), ("proposed", "investment")},
        {("investment_capital", 8e9, "USD", "observed", (None, "2024-06"))},
    ),
    Probe(
        "mx-ca-en",
        "en",
        "2024-11",
        "Canadian Prime Minister Justin Trudeau met Mexican President Claudia Sheinbaum on the sidelines of the G20 "
        "summit in Rio de Janeiro on Monday. The two leaders agreed to work together on the review of their trade "
        "pact in 2026. Mexico invited Canadian firms to invest in its new industrial parks. Two-way trade reached "
        "US$56 billion in 2023.",
        {("agreed", "trade"), ("proposed", "investment")},
        {("trade_volume", 5.6e10, "USD", "observed", ("2023", "2023"))},
    ),
    Probe(
        "mx-ca-fr",
        "fr",
        "2024-11",
        "La ministre canadienne des Affaires étrangères Mélanie Joly s'est rendue mardi à Mexico, où elle a "
        "rencontré son homologue Juan Ramón de la Fuente. Les deux pays ont convenu de renforcer leur coopération "
        "dans la lutte contre le trafic de drogue. Le Canada s'est engagé à traiter plus rapidement les demandes "
        "de visa des voyageurs mexicains. Les investissements canadiens au Mexique s'élèvent à 40 milliards de "
        "dollars canadiens.",
        {("agreed", "justice"), ("pledged", "consular")},
        {("investment_capital", 4e10, "CAD", "observed", (None, "2024-11"))},
    ),
    Probe(
        "pe-cl-en",
        "en",
        "2024-09",
        "Peru and Chile held their fifth binational cabinet meeting in Puerto Varas on Friday and pledged to "
        "modernise the Arica-Tacna railway. The ministers signed a plan of action on migration. Peruvian exports to "
        "Chile reached 1.9 billion dollars in 2023.",
        {("agreed", "connectivity"), ("signed", "consular")},
        {("exports", 1.9e9, "USD", "observed", ("2023", "2023"))},
    ),
    Probe(
        "pe-cl-fr",
        "fr",
        "2024-09",
        "La présidente péruvienne Dina Boluarte a reçu vendredi à Lima le président chilien Gabriel Boric. Le Chili "
        "et le Pérou se sont engagés à lutter ensemble contre le crime organisé et la traite des personnes. Le "
        "Pérou a invité les entreprises chiliennes à investir dans ses infrastructures. Les investissements "
        "chiliens au Pérou s'élèvent à 21 milliards de dollars.",
        {("agreed", "justice"), ("proposed", "investment"), ("proposed", "connectivity")},
        {("investment_capital", 2.1e10, "USD", "observed", (None, "2024-09"))},
    ),
    Probe(
        "pl-ua-fr",
        "fr",
        "2024-07",
        "Le Premier ministre polonais Donald Tusk et le président ukrainien Volodymyr Zelensky ont signé lundi à "
        "Varsovie un accord de sécurité. Varsovie s'engage à livrer un nouveau paquet d'aide militaire à l'Ukraine. "
        "Depuis 2022, la Pologne a fourni à l'Ukraine une aide d'une valeur de plus de 3 milliards d'euros.",
        {("signed", "defence_security"), ("pledged", "defence_security")},
        {("aid", 3e9, "EUR", "observed", ("2022", "2024-07"))},
    ),
    Probe(
        "pl-ua-en",
        "en",
        "2024-03",
        "Polish Foreign Minister Radosław Sikorski held talks in Kyiv on Wednesday with his Ukrainian counterpart "
        "Dmytro Kuleba. Ukraine and Poland agreed to build a new railway bridge over the Bug river. Poland urged "
        "Ukraine to limit grain imports. Polish exports to Ukraine totalled PLN 58bn in 2023, up 4%.",
        {("agreed", "connectivity"), ("proposed", "agriculture"), ("proposed", "trade")},
        {
            ("exports", 5.8e10, "PLN", "observed", ("2023", "2023")),
            ("exports", 4.0, "percent", "observed", ("2023", "2023")),
        },
    ),
    Probe(
        "au-id-fr",
        "fr",
        "2024-08",
        "Le ministre australien de la Défense Richard Marles et son homologue indonésien Prabowo Subianto ont "
        "signé jeudi à Canberra un accord de coopération en matière de défense. L'Australie fournira 15 millions "
        "de dollars australiens pour des exercices militaires conjoints. Les investissements australiens en "
        "Indonésie ont atteint 1,3 milliard de dollars en 2023, en hausse de 18 %.",
        {("signed", "defence_security"), ("pledged", "defence_security"), ("pledged", "finance_aid")},
        {
            ("aid", 1.5e7, "AUD", "observed", None),
            ("investment_capital", 1.3e9, "USD", "observed", ("2023", "2023")),
            ("investment_capital", 18.0, "percent", "observed", ("2023", "2023")),
        },
    ),
    Probe(
        "au-id-en",
        "en",
        "2024-11",
        "Indonesian President Prabowo Subianto and Australian Prime Minister Anthony Albanese met in Lima on "
        "Friday and agreed to launch a partnership on food security and fisheries. Australia pledged A$40 million "
        "for climate adaptation in eastern Indonesia. Australian visitors to Indonesia numbered 1.4 million in "
        "2023.",
        {("agreed", "agriculture"), ("pledged", "environment"), ("pledged", "finance_aid")},
        {
            ("aid", 4e7, "AUD", "observed", None),
            ("visitors", 1.4e6, "count", "observed", ("2023", "2023")),
        },
    ),
    Probe(
        "cm-td-fr",
        "fr",
        "2024-05",
        "Le ministre camerounais des Relations extérieures Lejeune Mbella Mbella a reçu mardi à Yaoundé son "
        "homologue tchadien. Le Cameroun et le Tchad ont signé un accord sur le transit des marchandises le long du "
        "corridor Douala–N'Djamena. Le Tchad s'est engagé à réduire les contrôles routiers sur le corridor. Les "
        "échanges entre les deux pays ont atteint 250 milliards de francs CFA en 2023.",
        {("signed", "connectivity"), ("pledged", "connectivity")},
        {("trade_volume", 2.5e11, "XAF", "observed", ("2023", "2023"))},
    ),
    Probe(
        "cm-td-en",
        "en",
        "2024-05",
        "Cameroonian President Paul Biya received Chadian President Mahamat Idriss Déby in Yaoundé on Thursday. "
        "The two countries decided to step up joint military operations against Boko Haram. Chad asked Cameroon to "
        "speed up work on the Douala–N'Djamena railway. Chad's imports from Cameroon reached XAF 310 billion in "
        "2023.",
        {("agreed", "defence_security"), ("proposed", "connectivity")},
        {("imports", 3.1e11, "XAF", "observed", ("2023", "2023"))},
    ),
    Probe(
        "az-ge-en",
        "en",
        "2024-04",
        "Azerbaijani President Ilham Aliyev and Georgian Prime Minister Irakli Kobakhidze met in Baku on Thursday "
        "and signed a memorandum of understanding on electricity transmission. The two sides pledged to increase "
        "cargo transit on the Baku-Tbilisi-Kars railway. Trade turnover between the two countries amounted to "
        "$1.3 bln in 2023.",
        {("signed", "energy"), ("agreed", "connectivity")},
        {("trade_volume", 1.3e9, "USD", "observed", ("2023", "2023"))},
    ),
    Probe(
        "az-ge-fr",
        "fr",
        "2024-04",
        "Le Premier ministre géorgien Irakli Kobakhidzé a été reçu jeudi à Bakou par le président azerbaïdjanais "
        "Ilham Aliev. La Géorgie et l'Azerbaïdjan ont décidé de relancer les travaux de délimitation de leur "
        "frontière commune. Bakou a proposé d'ouvrir une liaison aérienne directe entre Gandja et Batoumi. La "
        "Géorgie a accueilli 1,5 million de visiteurs azerbaïdjanais en 2023.",
        {("agreed", "border"), ("proposed", "connectivity")},
        {("visitors", 1.5e6, "count", "observed", ("2023", "2023"))},
    ),
    Probe(
        "co-pa-en",
        "en",
        "2024-08",
        "Colombian President Gustavo Petro met Panamanian President José Raúl Mulino in Bogotá on Monday. "
        "Panama pledged to increase flights between Panama City and Medellín. Colombian exports to Panama reached "
        "$1.1 billion in 2023, while imports from Panama fell 6%.",
        {("pledged", "connectivity")},
        {
            ("exports", 1.1e9, "USD", "observed", ("2023", "2023")),
            ("imports", 6.0, "percent", "observed", ("2023", "2023")),
        },
    ),
    Probe(
        "co-pa-fr",
        "fr",
        "2024-08",
        "Le président colombien Gustavo Petro a reçu lundi à Bogota le président panaméen José Raúl Mulino. Les "
        "deux présidents ont signé une déclaration conjointe sur la migration. Le Panama a demandé à la Colombie de "
        "partager les coûts du rapatriement des migrants. Le commerce bilatéral s'est élevé à 1 600 millions de "
        "dollars l'an dernier.",
        {("signed", "consular"), ("proposed", "consular")},
        {("trade_volume", 1.6e9, "USD", "observed", ("2023", "2023"))},
    ),
    Probe(
        "gh-ci-fr",
        "fr",
        "2024-03",
        "Le vice-président ghanéen Mahamudu Bawumia a été reçu mardi à Abidjan par le président ivoirien Alassane "
        "Ouattara. Les deux pays ont décidé d'harmoniser le prix du cacao payé aux producteurs. La Côte d'Ivoire "
        "a proposé la création d'une bourse commune du cacao. Les exportations ghanéennes vers la Côte d'Ivoire ont "
        "atteint 1,2 Mrd de cedis en 2023.",
        {("agreed", "agriculture"), ("proposed", "agriculture")},
        {("exports", 1.2e9, "GHS", "observed", ("2023", "2023"))},
    ),
    Probe(
        "gh-ci-en",
        "en",
        "2024-03",
        "Ghana and Côte d'Ivoire decided on Tuesday to harmonise the farm-gate price of cocoa, after talks between "
        "their agriculture ministers in Accra. Côte d'Ivoire will build a new border post at Elubo. Ivorian "
        "imports from Ghana totalled 95 billion CFA francs in 2023.",
        {("agreed", "agriculture"), ("pledged", "connectivity")},
        {("imports", 9.5e10, "XOF", "observed", ("2023", "2023"))},
    ),
]

#: Written after the rules of the first list were fixed, on more pairs: how the rules hold on text they were not
#: fixed for.
LATER = [
    Probe(
        "tr-iq-en",
        "en",
        "2024-04",
        "Turkish President Recep Tayyip Erdogan visited Baghdad on Monday and held talks with Iraqi Prime Minister "
        "Mohammed Shia al-Sudani. The two leaders signed a framework agreement on water management. The two "
        "countries agreed to cooperate on the Development Road project linking the Gulf to Turkey. Bilateral trade "
        "reached $20 billion last year, and the two sides aim to raise it to $30 billion.",
        {("signed", "environment"), ("agreed", "connectivity"), ("agreed", "trade")},
        {
            ("trade_volume", 2e10, "USD", "observed", ("2023", "2023")),
            ("trade_volume", 3e10, "USD", "target", None),
        },
    ),
    Probe(
        "tr-iq-fr",
        "fr",
        "2024-08",
        "Le ministre irakien des Affaires étrangères Fouad Hussein a été reçu jeudi à Ankara par son homologue turc "
        "Hakan Fidan. Les deux ministres sont convenus de créer un centre conjoint de sécurité contre le PKK. L'Irak "
        "a demandé à la Turquie d'augmenter les lâchers d'eau sur le Tigre. Les exportations turques vers l'Irak ont "
        "atteint 12,9 milliards de dollars en 2023.",
        {("agreed", "defence_security"), ("proposed", "environment")},
        {("exports", 1.29e10, "USD", "observed", ("2023", "2023"))},
    ),
    Probe(
        "sn-gm-fr",
        "fr",
        "2024-05",
        "Le président sénégalais Bassirou Diomaye Faye a effectué samedi une visite à Banjul, où il a été reçu par "
        "son homologue gambien Adama Barrow. Les deux chefs d'État ont décidé de faciliter la circulation des "
        "personnes et des biens sur le pont de Farafenni. Le Sénégal a proposé la création d'une zone économique "
        "commune. Les exportations sénégalaises vers la Gambie ont atteint 95 milliards de francs CFA en 2023.",
        {("agreed", "consular"), ("agreed", "connectivity"), ("proposed", "economy")},
        {("exports", 9.5e10, "XOF", "observed", ("2023", "2023"))},
    ),
    Probe(
        "sn-gm-en",
        "en",
        "2024-05",
        "Senegalese President Bassirou Diomaye Faye held talks with Gambian President Adama Barrow in Banjul on "
        "Saturday. Senegal and The Gambia signed agreements on fisheries and energy. Senegal will supply The Gambia "
        "with more electricity. The Gambia called for the removal of roadblocks along the Trans-Gambia corridor. "
        "Senegalese exports to The Gambia totalled XOF 95 bn in 2023.",
        {("signed", "agriculture"), ("signed", "energy"), ("pledged", "energy"), ("proposed", "connectivity")},
        {("exports", 9.5e10, "XOF", "observed", ("2023", "2023"))},
    ),
    Probe(
        "ma-mr-fr",
        "fr",
        "2024-12",
        "Le président mauritanien Mohamed Ould Ghazouani a été reçu vendredi à Casablanca par le roi Mohammed VI. "
        "Les deux pays se sont engagés à réaliser l'interconnexion électrique entre Dakhla et Nouakchott. Le Maroc "
        "a offert 200 bourses aux étudiants mauritaniens. Les exportations marocaines vers la Mauritanie ont atteint "
        "3,9 milliards de DH en 2023.",
        {("agreed", "energy"), ("agreed", "connectivity"), ("pledged", "education")},
        {
            ("other", 200.0, "count", "observed", (None, "2024-12")),
            ("exports", 3.9e9, "MAD", "observed", ("2023", "2023")),
        },
    ),
    Probe(
        "ma-mr-en",
        "en",
        "2024-12",
        "Moroccan Foreign Minister Nasser Bourita met his Mauritanian counterpart Mohamed Salem Ould Merzoug in "
        "Rabat on Tuesday. The ministers agreed to speed up the gas pipeline project linking Nigeria to Morocco "
        "through Mauritania. Mauritania requested Moroccan support for its fishing industry. Trade between the two "
        "countries reached MAD 4.2 billion in 2023.",
        {("agreed", "energy"), ("proposed", "agriculture")},
        {("trade_volume", 4.2e9, "MAD", "observed", ("2023", "2023"))},
    ),
    Probe(
        "br-py-en",
        "en",
        "2024-05",
        "Brazilian President Luiz Inácio Lula da Silva received Paraguayan President Santiago Peña in Brasília on "
        "Thursday. Brazil and Paraguay reached an agreement on the Itaipu hydropower tariff. Brazil will build a "
        "second bridge over the Paraná river. Brazilian exports to Paraguay rose 8% to R$ 20 billion in 2023.",
        {("agreed", "energy"), ("pledged", "connectivity")},
        {
            ("exports", 8.0, "percent", "observed", ("2023", "2023")),
            ("exports", 2e10, "BRL", "observed", ("2023", "2023")),
        },
    ),
    Probe(
        "br-py-fr",
        "fr",
        "2024-05",
        "Le président paraguayen Santiago Peña a été reçu lundi à Brasília par le président Lula. Les deux "
        "présidents ont signé un mémorandum sur la construction d'un pont ferroviaire. Le Paraguay a sollicité un "
        "prêt de la banque publique brésilienne. Les investissements brésiliens au Paraguay sont estimés à 3 "
        "milliards de dollars.",
        {("signed", "connectivity"), ("proposed", "finance_aid")},
        {("investment_capital", 3e9, "USD", "observed", (None, "2024-05"))},
    ),
    Probe(
        "ke-tz-en",
        "en",
        "2024-06",
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan met in Arusha on Friday and agreed "
        "to remove 14 non-tariff barriers. Kenya pledged to speed up work on the gas pipeline from Dar es Salaam to "
        "Mombasa. Kenya's exports to Tanzania stood at KSh 62 billion in 2023, while imports from Tanzania reached "
        "KSh 48 billion.",
        {("agreed", "trade"), ("pledged", "energy")},
        {
            ("exports", 6.2e10, "KES", "observed", ("2023", "2023")),
            ("imports", 4.8e10, "KES", "observed", ("2023", "2023")),
        },
    ),
    Probe(
        "ke-tz-fr",
        "fr",
        "2024-06",
        "Le président kényan William Ruto a reçu jeudi à Nairobi son homologue tanzanienne Samia Suluhu Hassan. Les "
        "deux présidents ont décidé de supprimer les barrières non tarifaires. La Tanzanie a invité le Kenya à "
        "investir dans son secteur agricole. Les exportations tanzaniennes vers le Kenya ont augmenté de 25 % en "
        "2023.",
        {("agreed", "trade"), ("proposed", "investment"), ("proposed", "agriculture")},
        {("exports", 25.0, "percent", "observed", ("2023", "2023"))},
    ),
    Probe(
        "qa-tr-en",
        "en",
        "2024-11",
        "Qatar and Türkiye signed 12 agreements covering defence, health and youth at the 10th meeting of their "
        "Supreme Strategic Committee in Doha on Thursday. Turkish exports to Qatar fell 5% to $1.3 billion in 2023. "
        "Qatar has invested more than $33 billion in Türkiye.",
        {("signed", "defence_security"), ("signed", "health"), ("signed", "people")},
        {
            ("exports", 5.0, "percent", "observed", ("2023", "2023")),
            ("exports", 1.3e9, "USD", "observed", ("2023", "2023")),
            ("investment_capital", 3.3e10, "USD", "observed", (None, "2024-11")),
        },
    ),
    Probe(
        "qa-tr-fr",
        "fr",
        "2024-11",
        "L'émir du Qatar, cheikh Tamim ben Hamad Al Thani, a été reçu mercredi à Ankara par le président turc Recep "
        "Tayyip Erdoğan. La Turquie s'est engagée à livrer deux navires de guerre au Qatar. Les deux pays ont "
        "convenu de porter leurs échanges commerciaux à 5 milliards de dollars.",
        {("pledged", "defence_security"), ("agreed", "trade")},
        {("trade_volume", 5e9, "USD", "target", None)},
    ),
]
