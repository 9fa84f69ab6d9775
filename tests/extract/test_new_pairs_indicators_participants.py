"""Indicators and participants in short articles about country pairs absent from the tuning data (issue 9):
Central Asia, the Pacific, the Caribbean, the Andes, the Gulf and Africa, the Nordic and Baltic states, Southern
and Central Africa, the Balkans. Figures in words, ranges, approximations, "up X% to", local currencies and
their marks, conversions in brackets, stocks since a year; names with particles, titles after names, honorifics,
ministers named by their portfolio, people only mentioned.

Each article is written for the test (facts after public news), half in French, half in English."""

from __future__ import annotations

import pytest

from suivi.extract.names import fold_name, names_match
from suivi.record import DocumentRecord

from .support import Extract, diplomatic, figures, rounded

# (id, language, publication month, text,
#  {(metric, value, unit, kind, period)},
#  {(name, country, a fragment of the role as written or None)})
ARTICLES = [
    (
        "kg-tj-en",
        "en",
        "2025-03",
        "BISHKEK, March 13 (Kabar) – Tajik President Emomali Rahmon and Sadyr Japarov, his Kyrgyz counterpart, "
        "signed a treaty on the state border in Bishkek on Thursday. Trade between the two countries rose 25 "
        "percent last year to about 70 million dollars. The two leaders agreed to raise it to 200 million dollars "
        "by 2030.",
        {
            ("trade_volume", 25.0, "percent", "observed", ("2024", "2024")),
            ("trade_volume", 70e6, "USD", "observed", ("2024", "2024")),
            ("trade_volume", 200e6, "USD", "target", ("2030", "2030")),
        },
        {("Emomali Rahmon", "TJ", "President"), ("Sadyr Japarov", "KG", None)},
    ),
    (
        "kg-tj-fr",
        "fr",
        "2025-03",
        "Douchanbé, 14 mars (Khovar) – Le ministre tadjik des Affaires étrangères, Sirojiddin Muhriddin, a reçu "
        "vendredi l'ambassadeur du Kirghizistan Ulanbek Totuyaev. Les échanges commerciaux entre les deux pays ont "
        "bondi de 25 % en 2024, à près de 70 millions de dollars. Quelque 1 200 étudiants tadjiks poursuivent leurs "
        "études au Kirghizistan.",
        {
            ("trade_volume", 25.0, "percent", "observed", ("2024", "2024")),
            ("trade_volume", 70e6, "USD", "observed", ("2024", "2024")),
            ("other", 1200.0, "count", "observed", (None, "2025-03")),
        },
        {("Sirojiddin Muhriddin", "TJ", "ministre"), ("Ulanbek Totuyaev", "KG", "ambassadeur")},
    ),
    (
        "fj-pg-en",
        "en",
        "2024-11",
        "PORT MORESBY, Nov 7 (Post-Courier) – Papua New Guinea Prime Minister James Marape hosted his Fijian "
        "counterpart Sitiveni Rabuka for talks on Thursday. PNG's exports to Fiji were worth 350 million kina in "
        "2023, while Fijian investment in the country is estimated at 1.2 billion kina.",
        {
            ("exports", 350e6, "PGK", "observed", ("2023", "2023")),
            ("investment_capital", 1.2e9, "PGK", "observed", (None, "2024-11")),
        },
        {("James Marape", "PG", "Prime Minister"), ("Sitiveni Rabuka", "FJ", None)},
    ),
    (
        "fj-pg-fr",
        "fr",
        "2024-11",
        "Suva, 8 novembre (AFP) – Le Premier ministre fidjien Sitiveni Rabuka s'est entretenu jeudi avec son "
        "homologue papou James Marape. Le commerce bilatéral a atteint 180 millions de dollars en 2023, en hausse "
        "de 9 %.",
        {
            ("trade_volume", 180e6, "USD", "observed", ("2023", "2023")),
            ("trade_volume", 9.0, "percent", "observed", ("2023", "2023")),
        },
        {("Sitiveni Rabuka", "FJ", "Premier ministre"), ("James Marape", "PG", None)},
    ),
    (
        "jm-tt-en",
        "en",
        "2024-06",
        "KINGSTON, June 20 (JIS) – Prime Minister of Trinidad and Tobago Dr Keith Rowley paid an official visit to "
        "Jamaica this week at the invitation of Prime Minister Andrew Holness. Jamaica imported goods worth US$1.1 "
        "billion from Trinidad and Tobago in 2023, while Jamaican exports to the twin-island republic stood at "
        "US$48 million.",
        {
            ("imports", 1.1e9, "USD", "observed", ("2023", "2023")),
            ("exports", 48e6, "USD", "observed", ("2023", "2023")),
        },
        {("Keith Rowley", "TT", "Prime Minister"), ("Andrew Holness", "JM", "Prime Minister")},
    ),
    (
        "do-ht-fr",
        "fr",
        "2024-09",
        "Saint-Domingue, 12 septembre (AFP) – Le président dominicain Luis Abinader a reçu jeudi au Palais national "
        "le président du Conseil présidentiel de transition d'Haïti, Edgard Leblanc Fils. Haïti est le deuxième "
        "marché des exportations dominicaines, qui ont dépassé 1,1 milliard de dollars l'an dernier.",
        {("exports", 1.1e9, "USD", "observed", ("2023", "2023"))},
        {("Luis Abinader", "DO", "président"), ("Edgard Leblanc Fils", "HT", "président")},
    ),
    (
        "do-ht-en",
        "en",
        "2024-09",
        "SANTO DOMINGO, Sept 12 (Reuters) - Dominican President Luis Abinader met Haiti's Prime Minister Garry "
        "Conille at the National Palace on Thursday. Bilateral trade is estimated at between $1.2 billion and $1.5 "
        "billion a year, most of it Dominican exports.",
        {("trade_volume", 1.2e9, "USD", "observed", None)},
        {("Luis Abinader", "DO", "President"), ("Garry Conille", "HT", "Prime Minister")},
    ),
    (
        "co-ec-fr",
        "fr",
        "2024-05",
        "Bogota, 21 mai (EFE) – Le chancelier colombien Luis Gilberto Murillo a reçu mardi son homologue "
        "équatorienne Gabriela Sommerfeld. Les échanges bilatéraux se sont élevés à 2,3 milliards de dollars en "
        "2023, dont 1,6 milliard d'exportations colombiennes.",
        {
            ("trade_volume", 2.3e9, "USD", "observed", ("2023", "2023")),
            ("exports", 1.6e9, "USD", "observed", ("2023", "2023")),
        },
        {("Luis Gilberto Murillo", "CO", "chancelier"), ("Gabriela Sommerfeld", "EC", None)},
    ),
    (
        "bo-ec-en",
        "en",
        "2024-05",
        "LA PAZ, May 22 (ABI) – Bolivian Foreign Minister Celinda Sosa Lunda held talks in La Paz with Ecuador's "
        "Deputy Foreign Minister Alejandro Dávalos. Ecuador is among Bolivia's top ten trading partners, with "
        "two-way trade of some 340 million dollars in 2023.",
        {("trade_volume", 340e6, "USD", "observed", ("2023", "2023"))},
        {("Celinda Sosa Lunda", "BO", "Foreign Minister"), ("Alejandro Dávalos", "EC", "Deputy Foreign Minister")},
    ),
    (
        "qa-rw-en",
        "en",
        "2024-04",
        "DOHA, April 23 (QNA) – His Highness the Amir Sheikh Tamim bin Hamad Al Thani received Rwandan President "
        "Paul Kagame at the Amiri Diwan on Tuesday. Qatar Airways operates fourteen weekly flights to Kigali, and "
        "Qatari investment in Rwanda has reached 1.3 billion dollars since 2019.",
        {
            ("other", 14.0, "count", "observed", (None, "2024-04")),
            ("investment_capital", 1.3e9, "USD", "observed", ("2019", "2024-04")),
        },
        {("Tamim bin Hamad Al Thani", "QA", "Amir"), ("Paul Kagame", "RW", "President")},
    ),
    (
        "qa-rw-fr",
        "fr",
        "2024-02",
        "Kigali, 5 février (RBA) – Le président rwandais Paul Kagame a reçu lundi le ministre d'État aux Affaires "
        "étrangères du Qatar, Soltan ben Saad Al-Mouraikhi. Le Qatar a accordé au Rwanda une aide de 10 millions "
        "de dollars pour l'éducation.",
        {("aid", 10e6, "USD", "observed", None)},
        {("Paul Kagame", "RW", "président"), ("Soltan ben Saad Al-Mouraikhi", "QA", "ministre d'État")},
    ),
    (
        "sa-mr-fr",
        "fr",
        "2024-10",
        "Nouakchott, 3 octobre (AMI) – Le président mauritanien Mohamed Ould Cheikh El Ghazouani a reçu mercredi le "
        "ministre saoudien de l'Investissement, Khalid Al-Faleh. Le Fonds saoudien pour le développement a accordé "
        "à la Mauritanie des prêts d'un montant cumulé de 1,4 milliard de dollars depuis 1975.",
        {("aid", 1.4e9, "USD", "observed", ("1975", "2024-10"))},
        {("Mohamed Ould Cheikh El Ghazouani", "MR", "président"), ("Khalid Al-Faleh", "SA", "ministre")},
    ),
    (
        "sa-mr-en",
        "en",
        "2024-10",
        "RIYADH, Oct 3 (SPA) – Saudi Foreign Minister Prince Faisal bin Farhan received Mauritanian Foreign Minister "
        "Mohamed Salem Ould Merzouk in Riyadh on Wednesday. Saudi Arabia has pledged $300 million in soft loans for "
        "Mauritania's energy sector.",
        {("aid", 300e6, "USD", "observed", None)},
        {("Faisal bin Farhan", "SA", "Foreign Minister"), ("Mohamed Salem Ould Merzouk", "MR", "Foreign Minister")},
    ),
    (
        "fi-ee-en",
        "en",
        "2024-08",
        "TALLINN, Aug 29 (ERR) – Finnish President Alexander Stubb met Estonian Prime Minister Kristen Michal in "
        "Tallinn on Thursday. Finnish visitors to Estonia numbered some 3.5 million last year, up from 2.9 million "
        "in 2022. Finland is Estonia's largest foreign investor, with a stock of 6.8 billion euros.",
        {
            ("visitors", 3.5e6, "count", "observed", ("2023", "2023")),
            ("visitors", 2.9e6, "count", "observed", ("2022", "2022")),
            ("investment_capital", 6.8e9, "EUR", "observed", (None, "2024-08")),
        },
        {("Alexander Stubb", "FI", "President"), ("Kristen Michal", "EE", "Prime Minister")},
    ),
    (
        "fi-ee-fr",
        "fr",
        "2024-01",
        "Helsinki, 10 janvier (AFP) – Le ministre finlandais du Commerce extérieur et du Développement, Ville "
        "Tavio, s'est rendu mardi à Tallinn, où il a rencontré le ministre estonien de l'Économie Tiit Riisalo. Les "
        "échanges entre les deux pays dépassent 5 milliards d'euros par an.",
        {("trade_volume", 5e9, "EUR", "observed", None)},
        {("Ville Tavio", "FI", "ministre"), ("Tiit Riisalo", "EE", "ministre")},
    ),
    (
        "dk-lt-en",
        "en",
        "2024-05",
        "VILNIUS, May 16 (BNS) – Lithuanian Defence Minister Laurynas Kasčiūnas and his Danish counterpart Troels "
        "Lund Poulsen signed a letter of intent on air defence on Thursday. Denmark will provide Lithuania with "
        "military aid worth 150 million kroner this year. Danish companies have invested around 1.9 billion euros "
        "in Lithuania.",
        {
            ("aid", 150e6, "DKK", "observed", ("2024", "2024")),
            ("investment_capital", 1.9e9, "EUR", "observed", (None, "2024-05")),
        },
        {("Laurynas Kasčiūnas", "LT", "Defence Minister"), ("Troels Lund Poulsen", "DK", None)},
    ),
    (
        "se-lv-fr",
        "fr",
        "2024-06",
        "Riga, 4 juin (LETA) – La Première ministre lettone Evika Siliņa a reçu mardi le Premier ministre suédois "
        "Ulf Kristersson. La Suède est le premier investisseur étranger en Lettonie, avec un stock "
        "d'investissements directs de 2,6 milliards d'euros. Le commerce bilatéral a progressé de 4,5 % en 2023 "
        "pour s'établir à 2,1 milliards d'euros.",
        {
            ("investment_capital", 2.6e9, "EUR", "observed", (None, "2024-06")),
            ("trade_volume", 4.5, "percent", "observed", ("2023", "2023")),
            ("trade_volume", 2.1e9, "EUR", "observed", ("2023", "2023")),
        },
        {("Evika Siliņa", "LV", "Première ministre"), ("Ulf Kristersson", "SE", "Premier ministre")},
    ),
    (
        "za-mz-en",
        "en",
        "2024-07",
        "MAPUTO, July 18 (AIM) – Mozambican President Filipe Nyusi received South Africa's Minister of "
        "International Relations and Cooperation, Naledi Pandor, on Wednesday. South Africa's exports to "
        "Mozambique totalled R45.6 billion in 2023, against imports of R12 billion.",
        {
            ("exports", 45.6e9, "ZAR", "observed", ("2023", "2023")),
            ("imports", 12e9, "ZAR", "observed", ("2023", "2023")),
        },
        {("Filipe Nyusi", "MZ", "President"), ("Naledi Pandor", "ZA", "Minister")},
    ),
    (
        "za-mz-fr",
        "fr",
        "2024-08",
        "Pretoria, 2 août (APA) – Le président sud-africain Cyril Ramaphosa et son homologue mozambicain Filipe "
        "Nyusi ont coprésidé jeudi la 4e session de la Commission binationale. Les investissements sud-africains "
        "au Mozambique sont estimés à quelque trois milliards de dollars.",
        {("investment_capital", 3e9, "USD", "observed", (None, "2024-08"))},
        {("Cyril Ramaphosa", "ZA", "président"), ("Filipe Nyusi", "MZ", None)},
    ),
    (
        "na-bw-en",
        "en",
        "2025-02",
        "GABORONE, Feb 20 (BOPA) – President Duma Boko of Botswana held talks with Namibian President Nangolo "
        "Mbumba in Gaborone on Thursday. Trade between the two neighbours was worth P4.2 billion (about N$5.7 "
        "billion) in 2024.",
        {("trade_volume", 4.2e9, "BWP", "observed", ("2024", "2024"))},
        {("Duma Boko", "BW", "President"), ("Nangolo Mbumba", "NA", "President")},
    ),
    (
        "ci-bf-fr",
        "fr",
        "2024-12",
        "Abidjan, 5 décembre (AIP) – Le Premier ministre ivoirien Robert Beugré Mambé a reçu jeudi le ministre "
        "burkinabè de l'Économie et des Finances, Aboubakar Nacanabo. Les échanges commerciaux entre les deux pays "
        "ont atteint 620 milliards de francs CFA en 2023, en hausse de 8 % par rapport à 2022.",
        {
            ("trade_volume", 620e9, "XOF", "observed", ("2023", "2023")),
            ("trade_volume", 8.0, "percent", "observed", ("2023", "2023")),
        },
        {("Robert Beugré Mambé", "CI", "Premier ministre"), ("Aboubakar Nacanabo", "BF", "ministre")},
    ),
    (
        "cm-ga-fr",
        "fr",
        "2024-03",
        "Libreville, 28 mars (AGP) – Le président de la Transition, le général Brice Clotaire Oligui Nguema, a reçu "
        "mercredi le Premier ministre camerounais Joseph Dion Ngute, porteur d'un message du président Paul Biya. "
        "Le Cameroun et le Gabon ont échangé en 2023 pour environ 150 milliards de FCFA de marchandises.",
        {("trade_volume", 150e9, "XAF", "observed", ("2023", "2023"))},
        {("Brice Clotaire Oligui Nguema", "GA", "président"), ("Joseph Dion Ngute", "CM", "Premier ministre")},
    ),
    (
        "mg-mu-fr",
        "fr",
        "2024-10",
        "Port-Louis, 17 octobre (MBC) – Le Premier ministre mauricien Pravind Jugnauth a reçu jeudi le président "
        "malgache Andry Rajoelina. Maurice a investi plus de 40 milliards de roupies à Madagascar depuis 2000. Les "
        "deux dirigeants entendent porter les échanges à 500 millions de dollars d'ici 2027, contre 270 millions "
        "actuellement.",
        {
            ("investment_capital", 40e9, "MUR", "observed", ("2000", "2024-10")),
            ("trade_volume", 500e6, "USD", "target", ("2027", "2027")),
            ("trade_volume", 270e6, "USD", "observed", (None, "2024-10")),
        },
        {("Pravind Jugnauth", "MU", "Premier ministre"), ("Andry Rajoelina", "MG", "président")},
    ),
    (
        "pt-cv-en",
        "en",
        "2024-06",
        "PRAIA, June 25 (Lusa) – Portuguese Prime Minister Luís Montenegro and Cape Verde's Prime Minister Ulisses "
        "Correia e Silva co-chaired the seventh Portugal–Cape Verde summit in Praia on Tuesday. Portugal will open "
        "a credit line of 400 million euros for Cape Verdean companies. The number of Portuguese tourists rose by "
        "18% to some 160,000 in 2023.",
        {
            ("aid", 400e6, "EUR", "observed", None),
            ("visitors", 18.0, "percent", "observed", ("2023", "2023")),
            ("visitors", 160000.0, "count", "observed", ("2023", "2023")),
        },
        {("Luís Montenegro", "PT", "Prime Minister"), ("Ulisses Correia e Silva", "CV", "Prime Minister")},
    ),
    (
        "be-cd-fr",
        "fr",
        "2024-11",
        "Kinshasa, 14 novembre (Belga) – La ministre belge de la Coopération au développement, Caroline Gennez, a "
        "été reçue mercredi par le président congolais Félix Tshisekedi. La Belgique consacrera 300 millions "
        "d'euros à sa coopération avec la RDC sur la période 2024-2028. Près de 1 500 étudiants congolais ont "
        "obtenu un visa d'études pour la Belgique l'an dernier.",
        {
            ("aid", 300e6, "EUR", "observed", ("2024", "2028")),
            ("other", 1500.0, "count", "observed", ("2023", "2023")),
        },
        {("Caroline Gennez", "BE", "ministre"), ("Félix Tshisekedi", "CD", "président")},
    ),
    (
        "hu-rs-en",
        "en",
        "2024-05",
        "BELGRADE, May 9 (Tanjug) – Serbian President Aleksandar Vučić received Hungarian Foreign Minister Péter "
        "Szijjártó in Belgrade on Thursday. Trade between Serbia and Hungary exceeded four billion euros last "
        "year, three times the 2014 level.",
        {("trade_volume", 4e9, "EUR", "observed", ("2023", "2023"))},
        {("Aleksandar Vučić", "RS", "President"), ("Péter Szijjártó", "HU", "Foreign Minister")},
    ),
    (
        "hu-rs-fr",
        "fr",
        "2024-07",
        "Budapest, 12 juillet (MTI) – Le Premier ministre hongrois Viktor Orbán a accueilli vendredi le président "
        "serbe Aleksandar Vučić. Les deux gouvernements visent 5 à 6 milliards d'euros d'échanges d'ici 2027.",
        {("trade_volume", 5e9, "EUR", "target", ("2027", "2027"))},
        {("Viktor Orbán", "HU", "Premier ministre"), ("Aleksandar Vučić", "RS", "président")},
    ),
    (
        "kr-mn-en",
        "en",
        "2024-06",
        "SEOUL, June 2 (Yonhap) – South Korean Prime Minister Han Duck-soo met Mongolian Prime Minister "
        "Luvsannamsrain Oyun-Erdene in Seoul on Sunday. Bilateral trade reached a record $680 million in 2023, up "
        "12.3 percent on-year. Korea's official development assistance to Mongolia has totalled some $550 million "
        "since 1991.",
        {
            ("trade_volume", 680e6, "USD", "observed", ("2023", "2023")),
            ("trade_volume", 12.3, "percent", "observed", ("2023", "2023")),
            ("aid", 550e6, "USD", "observed", ("1991", "2024-06")),
        },
        {("Han Duck-soo", "KR", "Prime Minister"), ("Luvsannamsrain Oyun-Erdene", "MN", "Prime Minister")},
    ),
    (
        "sb-vu-fr",
        "fr",
        "2024-09",
        "Port-Vila, 19 septembre (AFP) – Le Premier ministre du Vanuatu, Charlot Salwai, a reçu jeudi son homologue "
        "des Îles Salomon, Jeremiah Manele. Le Vanuatu accueille chaque année quelque 2 000 visiteurs salomonais.",
        {("visitors", 2000.0, "count", "observed", None)},
        {("Charlot Salwai", "VU", "Premier ministre"), ("Jeremiah Manele", "SB", None)},
    ),
    (
        "ae-td-en",
        "en",
        "2024-06",
        "ABU DHABI, June 13 (WAM) – UAE President His Highness Sheikh Mohamed bin Zayed Al Nahyan received Chadian "
        "President Mahamat Idriss Déby Itno at Qasr Al Shati on Thursday. The UAE has allocated 1.5 billion dirhams "
        "(US$408 million) in development aid to Chad.",
        {("aid", 1.5e9, "AED", "observed", None)},
        {("Mohamed bin Zayed Al Nahyan", "AE", "President"), ("Mahamat Idriss Déby Itno", "TD", "President")},
    ),
    (
        "tm-af-fr",
        "fr",
        "2024-08",
        "Achgabat, 20 août (AFP) – Le ministre turkmène des Affaires étrangères Rachid Meredov a reçu mardi le "
        "ministre afghan des Affaires étrangères par intérim, Amir Khan Muttaqi. Le commerce bilatéral a dépassé "
        "un milliard de dollars en 2023.",
        {("trade_volume", 1e9, "USD", "observed", ("2023", "2023"))},
        {("Rachid Meredov", "TM", "ministre"), ("Amir Khan Muttaqi", "AF", "ministre")},
    ),
]

#: A second batch written after the rules were fixed on the first one: its first pass rate (indicators 10/12,
#: participants 9/12, roles 10/12; the engagement of two articles was not found then) is the fairer estimate.
ARTICLES_2 = [
    (
        "uy-py-en",
        "en",
        "2024-10",
        "MONTEVIDEO, Oct 9 (Reuters) - Uruguayan President Luis Lacalle Pou hosted Paraguay's President Santiago "
        "Peña for talks on the Paraguay-Paraná waterway on Wednesday. Trade between the two Mercosur members "
        "slipped 6% in 2023 to roughly $720 million.",
        {
            ("trade_volume", 6.0, "percent", "observed", ("2023", "2023")),
            ("trade_volume", 720e6, "USD", "observed", ("2023", "2023")),
        },
        {("Luis Lacalle Pou", "UY", "President"), ("Santiago Peña", "PY", "President")},
    ),
    (
        "np-bd-en",
        "en",
        "2024-08",
        "KATHMANDU, Aug 21 (RSS) – Nepal's Foreign Minister Arzu Rana Deuba held talks with Bangladeshi Foreign "
        "Adviser Touhid Hossain in Kathmandu on Wednesday. Nearly 4,000 Nepali students are enrolled in "
        "Bangladeshi medical colleges. The two sides aim to double bilateral trade to 100 million dollars by 2026.",
        {
            ("other", 4000.0, "count", "observed", (None, "2024-08")),
            ("trade_volume", 100e6, "USD", "target", ("2026", "2026")),
        },
        {("Arzu Rana Deuba", "NP", "Foreign Minister"), ("Touhid Hossain", "BD", None)},
    ),
    (
        "lk-mv-fr",
        "fr",
        "2024-07",
        "Malé, 25 juillet (AFP) – Le président des Maldives, Mohamed Muizzu, a reçu jeudi le ministre sri-lankais "
        "des Affaires étrangères Ali Sabry. Les échanges "
        "bilatéraux ont progressé de 15 % l'an dernier, à 420 millions de dollars.",
        {
            ("trade_volume", 15.0, "percent", "observed", ("2023", "2023")),
            ("trade_volume", 420e6, "USD", "observed", ("2023", "2023")),
        },
        {("Mohamed Muizzu", "MV", "président"), ("Ali Sabry", "LK", "ministre")},
    ),
    (
        "om-tz-en",
        "en",
        "2024-06",
        "MUSCAT, June 11 (ONA) – His Majesty Sultan Haitham bin Tarik received Tanzanian President Samia Suluhu "
        "Hassan at Al Alam Palace on Tuesday. Omani investment in Tanzania stands at about 350 million US dollars, "
        "spread across 61 projects.",
        {
            ("investment_capital", 350e6, "USD", "observed", (None, "2024-06")),
            ("investment_projects", 61.0, "count", "observed", (None, "2024-06")),
        },
        {("Haitham bin Tarik", "OM", None), ("Samia Suluhu Hassan", "TZ", "President")},
    ),
    (
        "ge-am-fr",
        "fr",
        "2024-01",
        "Tbilissi, 18 janvier (AFP) – Le Premier ministre arménien Nikol Pachinian s'est entretenu jeudi à "
        "Tbilissi avec son homologue géorgien Irakli Garibachvili. Le commerce entre les deux pays a dépassé "
        "un milliard de dollars en 2023, une première.",
        {("trade_volume", 1e9, "USD", "observed", ("2023", "2023"))},
        {("Nikol Pachinian", "AM", "Premier ministre"), ("Irakli Garibachvili", "GE", None)},
    ),
    (
        "hr-si-en",
        "en",
        "2024-04",
        "LJUBLJANA, April 4 (STA) – Slovenian Prime Minister Robert Golob met his Croatian counterpart Andrej "
        "Plenković in Ljubljana on Thursday. Some 1.2 million Slovenian tourists visited Croatia last year. "
        "Bilateral trade exceeded €7 billion.",
        {
            ("visitors", 1.2e6, "count", "observed", ("2023", "2023")),
            ("trade_volume", 7e9, "EUR", "observed", None),
        },
        {("Robert Golob", "SI", "Prime Minister"), ("Andrej Plenković", "HR", None)},
    ),
    (
        "mw-zm-en",
        "en",
        "2024-03",
        "LILONGWE, March 14 (MANA) – Zambian President Hakainde Hichilema paid a working visit to Malawi, where he "
        "held talks with President Lazarus Chakwera. Trade between the two countries was worth 1.5 billion "
        "Zambian kwacha in 2023.",
        {("trade_volume", 1.5e9, "ZMW", "observed", ("2023", "2023"))},
        {("Hakainde Hichilema", "ZM", "President"), ("Lazarus Chakwera", "MW", "President")},
    ),
    (
        "bj-ne-fr",
        "fr",
        "2024-06",
        "Cotonou, 6 juin (ABP) – Le ministre béninois des Affaires étrangères, Olushegun Adjadi Bakari, a reçu "
        "mercredi une délégation nigérienne conduite par le Premier ministre Ali Mahaman Lamine Zeine. Le commerce "
        "entre les deux pays a chuté de moitié depuis la fermeture de la frontière.",
        set(),
        {("Olushegun Adjadi Bakari", "BJ", "ministre"), ("Ali Mahaman Lamine Zeine", "NE", "Premier ministre")},
    ),
    (
        "gn-sl-fr",
        "fr",
        "2024-05",
        "Conakry, 16 mai (AGP) – Le président de la transition guinéenne, le général Mamadi Doumbouya, a reçu "
        "jeudi le président sierra-léonais Julius Maada Bio. La Guinée fournira à la Sierra Leone 50 mégawatts "
        "d'électricité. Le commerce transfrontalier est estimé entre 40 et 60 millions de dollars par an.",
        {("trade_volume", 40e6, "USD", "observed", None)},
        {("Mamadi Doumbouya", "GN", "président"), ("Julius Maada Bio", "SL", "président")},
    ),
    (
        "hn-sv-en",
        "en",
        "2024-02",
        "SAN SALVADOR, Feb 28 (EFE) - Honduran Foreign Minister Enrique Reina met Salvadoran Foreign Minister "
        "Alexandra Hill Tinoco in San Salvador on Wednesday. El Salvador's exports to Honduras rose 9.5% to $1.03 "
        "billion last year, while imports from Honduras totalled $640 million.",
        {
            ("exports", 9.5, "percent", "observed", ("2023", "2023")),
            ("exports", 1.03e9, "USD", "observed", ("2023", "2023")),
            ("imports", 640e6, "USD", "observed", ("2023", "2023")),
        },
        {("Enrique Reina", "HN", "Foreign Minister"), ("Alexandra Hill Tinoco", "SV", "Foreign Minister")},
    ),
    (
        "pa-cr-fr",
        "fr",
        "2024-09",
        "Panama, 5 septembre (AFP) – Le président panaméen José Raúl Mulino a accueilli jeudi son homologue "
        "costaricien Rodrigo Chaves. Les deux pays veulent porter leurs échanges à 1,5 milliard de dollars d'ici 2028.",
        {("trade_volume", 1.5e9, "USD", "target", ("2028", "2028"))},
        {("José Raúl Mulino", "PA", "président"), ("Rodrigo Chaves", "CR", None)},
    ),
    (
        "cu-jm-en",
        "en",
        "2024-11",
        "KINGSTON, Nov 14 (JIS) – Foreign Minister Kamina Johnson Smith welcomed Cuba's Foreign Minister Bruno "
        "Rodríguez Parrilla to Jamaica on Thursday. Some 150 Jamaican students hold Cuban "
        "scholarships.",
        {
            ("other", 150.0, "count", "observed", (None, "2024-11")),
        },
        {("Kamina Johnson Smith", "JM", "Foreign Minister"), ("Bruno Rodríguez Parrilla", "CU", "Foreign Minister")},
    ),
]

ALL = ARTICLES + ARTICLES_2


def _people(record: DocumentRecord) -> list[tuple[str, str | None, str | None]]:
    """Each person once (the scorer's matching: a name matches when the tokens of one contain the other's)."""
    seen: list[tuple[str, str | None, str | None]] = []
    for e in record.engagements:
        for p in e.participants:
            if not any(names_match(p.name, s[0]) for s in seen):
                seen.append((p.name, p.country, p.role))
    return seen


@pytest.mark.parametrize(("name", "lang", "published", "text", "indicators", "people"), ALL, ids=[a[0] for a in ALL])
def test_indicators_of_new_pairs(
    extract: Extract,
    name: str,
    lang: str,
    published: str,
    text: str,
    indicators: set,
    people: set,
) -> None:
    assert figures(diplomatic(extract, text, lang, published)) == rounded(indicators), name


@pytest.mark.parametrize(("name", "lang", "published", "text", "indicators", "people"), ALL, ids=[a[0] for a in ALL])
def test_participants_of_new_pairs(
    extract: Extract,
    name: str,
    lang: str,
    published: str,
    text: str,
    indicators: set,
    people: set,
) -> None:
    found = _people(diplomatic(extract, text, lang, published))
    missing = [(n, c) for n, c, _ in people if not any(names_match(n, f) and c == fc for f, fc, _ in found)]
    extra = [(f, fc) for f, fc, _ in found if not any(names_match(n, f) and c == fc for n, c, _ in people)]
    assert (missing, extra) == ([], []), name


@pytest.mark.parametrize(("name", "lang", "published", "text", "indicators", "people"), ALL, ids=[a[0] for a in ALL])
def test_roles_of_new_pairs(
    extract: Extract,
    name: str,
    lang: str,
    published: str,
    text: str,
    indicators: set,
    people: set,
) -> None:
    found = _people(diplomatic(extract, text, lang, published))
    for person, _, role in people:
        if role is None:
            continue
        roles = [fold_name(r or "") for n, _, r in found if names_match(n, person)]
        assert roles and fold_name(role) in roles[0], (name, person, roles)
