"""Engagements in country pairs absent from the tuning data: visits, talks, calls, numbered mechanisms, planned,
postponed and cancelled occasions, relative dates (issue 9, generality). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.record import DocumentRecord, Engagement

ANY = "*"  # the attribute is not checked

# (id, language, published, text, [(kind or kinds, status, date value, ordinal, parties)])
CASES = [
    (
        "en_ke_et",
        "en",
        "2024-03",
        (
            "NAIROBI, March 14 (Reuters) - Kenya and Ethiopia held the fourth session of their Joint "
            "Ministerial Commission in Nairobi on Wednesday, with both foreign ministers co-chairing the "
            "talks. The two sides reviewed progress on the Lamu port corridor and cross-border electricity "
            "trade. They agreed to speed up work on the Isiolo-Moyale highway."
        ),
        [
            ("joint_committee", "held", "2024-03-13", 4, ["ET", "KE"]),
        ],
    ),
    (
        "en_br_ar",
        "en",
        "2023-01",
        (
            "Brazilian President Luiz Inacio Lula da Silva will make a state visit to Argentina on 22 "
            "January, his first trip abroad since taking office, the presidency said on Tuesday. Lula is due "
            "to meet President Alberto Fernandez at the Casa Rosada in Buenos Aires. The two leaders are "
            "expected to sign agreements on trade and energy."
        ),
        [
            ("visit", "planned", "2023-01-22", None, ["AR", "BR"]),
        ],
    ),
    (
        "en_ma_sn",
        "en",
        "2024-02",
        (
            "The Minister of Foreign Affairs of Morocco, Nasser Bourita, received on Monday 5 February 2024 "
            "in Rabat his Senegalese counterpart, Ismaila Madior Fall, who is on a working visit to the "
            "Kingdom. The two ministers reviewed preparations for the 15th session of the Morocco-Senegal "
            "Joint Commission, scheduled to take place in Dakar in July."
        ),
        [
            ("visit", "held", "2024-02-05", None, ["MA", "SN"]),
            ("joint_committee", "planned", "2024-07", 15, ["MA", "SN"]),
        ],
    ),
    (
        "en_pl_ua",
        "en",
        "2024-01",
        (
            "Polish Prime Minister Donald Tusk spoke by phone with Ukrainian President Volodymyr Zelensky on "
            "Sunday, his office said. The two leaders discussed the blockade of border crossings by Polish "
            "truckers and military aid to Kyiv. Tusk said he would travel to Kyiv in the coming weeks."
        ),
        [
            ("call", "held", "2024-01", None, ["PL", "UA"]),
        ],
    ),
    (
        "en_au_id",
        "en",
        "2023-06",
        (
            "The annual leaders' meeting between Indonesia and Australia, planned for 14 June in Jakarta, has"
            " been postponed, Australia's Department of Foreign Affairs and Trade said on Friday. No new date"
            " has been set."
        ),
        [
            ("meeting", "postponed", "2023-06-14", None, ["AU", "ID"]),
        ],
    ),
    (
        "en_mx_gt",
        "en",
        "2023-05",
        (
            "Mexico and Guatemala held their first high-level security dialogue in Guatemala City on 28 "
            "April, the Mexican foreign ministry said in a statement. The delegations were led by Foreign "
            "Minister Marcelo Ebrard and his Guatemalan counterpart Mario Bucaro. The two countries agreed to"
            " create a joint working group on migration."
        ),
        [
            ("consultation", "held", "2023-04-28", 1, ["GT", "MX"]),
        ],
    ),
    (
        "en_eg_sd",
        "en",
        "2023-08",
        (
            "CAIRO, Aug 3 (AP) - A planned visit by Sudan's army chief Abdel Fattah al-Burhan to Egypt was "
            "called off at the last minute, Egyptian officials said on Thursday. Burhan had been expected to "
            "hold talks with President Abdel Fattah el-Sisi on the war in Sudan."
        ),
        [
            ("visit", "cancelled", ANY, None, ["EG", "SD"]),
        ],
    ),
    (
        "en_kz_uz",
        "en",
        "2022-12",
        (
            "President Kassym-Jomart Tokayev arrived in Tashkent on 21 December for a state visit to "
            "Uzbekistan at the invitation of President Shavkat Mirziyoyev. The two presidents chaired the "
            "first meeting of the Supreme Interstate Council of Kazakhstan and Uzbekistan. They signed a "
            "treaty on the demarcation of the common border."
        ),
        [
            ("visit", "held", "2022-12-21", None, ["KZ", "UZ"]),
            ("joint_committee", "held", ANY, 1, ["KZ", "UZ"]),
        ],
    ),
    (
        "en_gh_ng",
        "en",
        "2023-08",
        (
            "ABUJA, Nigeria - Ghana's President Nana Akufo-Addo will host his Nigerian counterpart Bola "
            "Tinubu in Accra next Tuesday for talks on regional security, officials said. The meeting comes "
            "ahead of an ECOWAS summit on the crisis in Niger, scheduled for 10 August in Abuja."
        ),
        [
            (("meeting", "visit"), "planned", "2023-08", None, ["GH", "NG"]),
            ("summit", "planned", "2023-08-10", None, ANY),
        ],
    ),
    (
        "en_cl_pe",
        "en",
        "2024-04",
        (
            "Chilean Foreign Minister Alberto van Klaveren and his Peruvian counterpart Javier Gonzalez-"
            "Olaechea held the fifth round of the Chile-Peru strategic dialogue in Santiago last week. The "
            "talks focused on border security and irregular migration."
        ),
        [
            ("consultation", "held", "2024-04", 5, ["CL", "PE"]),
        ],
    ),
    (
        "en_no_se",
        "en",
        "2022-11",
        (
            "Norway's Prime Minister Jonas Gahr Store and his Swedish counterpart Ulf Kristersson held a "
            "video conference on Wednesday on energy prices and the electricity market, the Norwegian "
            "government said. It was their second conversation in a month."
        ),
        [
            ("call", "held", "2022-11", None, ["NO", "SE"]),
        ],
    ),
    (
        "en_dz_tn",
        "en",
        "2023-10",
        (
            "The Arab Maghreb Union welcomed the holding of the 22nd session of the Algerian-Tunisian High "
            "Joint Commission in Algiers on 5 and 6 October. The session was co-chaired by the prime "
            "ministers of the two countries, Aymen Benabderrahmane and Ahmed Hachani."
        ),
        [
            ("joint_committee", "held", "2023-10-05", 22, ["DZ", "TN"]),
        ],
    ),
    (
        "fr_et_ke",
        "fr",
        "2024-02",
        (
            "Le Premier ministre éthiopien Abiy Ahmed effectuera une visite officielle au Kenya le 12 mars "
            "prochain, a annoncé mardi la présidence kényane. Il s'entretiendra avec le président William "
            "Ruto de la sécurité régionale et du corridor de Lamu."
        ),
        [
            ("visit", "planned", "2024-03-12", None, ["ET", "KE"]),
        ],
    ),
    (
        "fr_br_ar",
        "fr",
        "2024-06",
        (
            "Les ministres des Affaires étrangères du Brésil et de l'Argentine se sont entretenus au "
            "téléphone jeudi, a indiqué Brasilia dans un communiqué. Mauro Vieira et Diana Mondino ont évoqué"
            " la préparation du sommet du Mercosur prévu à Asunción en juillet."
        ),
        [
            ("call", "held", "2024-06", None, ["AR", "BR"]),
            ("summit", "planned", "2024-07", None, ANY),
        ],
    ),
    (
        "fr_ma_sn",
        "fr",
        "2023-07",
        (
            "Dakar, 18 juil. (MAP) - Le Maroc et le Sénégal ont tenu mardi à Dakar la 8e session de leur "
            "commission mixte de coopération, sous la coprésidence des ministres des Affaires étrangères des "
            "deux pays. Les deux parties ont signé une dizaine d'accords dans les domaines de l'agriculture, "
            "de la pêche et de la formation."
        ),
        [
            ("joint_committee", "held", "2023-07", 8, ["MA", "SN"]),
        ],
    ),
    (
        "fr_pl_ua",
        "fr",
        "2023-09",
        (
            "La rencontre prévue entre les Premiers ministres polonais et ukrainien à Varsovie a été reportée"
            " à une date ultérieure, a annoncé vendredi le gouvernement polonais. Elle devait porter sur les "
            "importations de céréales ukrainiennes."
        ),
        [
            ("meeting", "postponed", ANY, None, ["PL", "UA"]),
        ],
    ),
    (
        "fr_id_au",
        "fr",
        "2025-05",
        (
            "Le président indonésien Prabowo Subianto a reçu lundi à Jakarta le Premier ministre australien "
            "Anthony Albanese, en visite officielle en Indonésie. Les deux dirigeants ont convenu de "
            "renforcer leur coopération en matière de défense et de sécurité alimentaire."
        ),
        [
            ("visit", "held", "2025-05", None, ["AU", "ID"]),
        ],
    ),
    (
        "fr_mx_gt",
        "fr",
        "2023-11",
        (
            "Le Mexique et le Guatemala ont tenu le 14 novembre à Tapachula la troisième réunion de leur "
            "groupe binational sur la sécurité, selon un communiqué conjoint. Les délégations ont convenu de "
            "renforcer la coordination à la frontière commune."
        ),
        [
            ("joint_committee", "held", "2023-11-14", 3, ["GT", "MX"]),
        ],
    ),
    (
        "fr_eg_sd",
        "fr",
        "2023-08",
        (
            "Le président égyptien Abdel Fattah al-Sissi a reçu dimanche au Caire le chef du Conseil de "
            "souveraineté soudanais, le général Abdel Fattah al-Burhane. Les deux dirigeants ont discuté de "
            "la situation au Soudan et de la question des eaux du Nil."
        ),
        [
            (("meeting", "visit"), "held", "2023-08", None, ["EG", "SD"]),
        ],
    ),
    (
        "fr_kz_uz",
        "fr",
        "2024-04",
        (
            "Les ministères des Affaires étrangères du Kazakhstan et de l'Ouzbékistan ont tenu des "
            "consultations politiques à Astana le 3 avril. Ils ont passé en revue la mise en œuvre des "
            "accords conclus lors de la dernière visite d'État du président ouzbek."
        ),
        [
            ("consultation", "held", "2024-04-03", None, ["KZ", "UZ"]),
        ],
    ),
    (
        "fr_ng_gh",
        "fr",
        "2024-07",
        (
            "Le Nigeria et le Ghana tiendront la 3e session de leur commission mixte permanente à Accra en "
            "octobre prochain, a annoncé lundi le ministre ghanéen des Affaires étrangères. Cette réunion "
            "devait initialement se tenir en juin."
        ),
        [
            ("joint_committee", "planned", "2024-10", 3, ["GH", "NG"]),
        ],
    ),
    (
        "fr_pe_cl",
        "fr",
        "2023-11",
        (
            "La présidente péruvienne Dina Boluarte et le président chilien Gabriel Boric se sont rencontrés "
            "le 16 novembre en marge du sommet de l'APEC à San Francisco. Ils ont convenu d'organiser un "
            "cabinet binational au Chili l'an prochain."
        ),
        [
            ("meeting", "held", "2023-11-16", None, ["CL", "PE"]),
        ],
    ),
    (
        "fr_se_no",
        "fr",
        "2023-05",
        (
            "Le ministre suédois des Affaires étrangères, Tobias Billström, se rendra en Norvège la semaine "
            "prochaine pour des entretiens avec son homologue Espen Barth Eide, a annoncé mercredi son "
            "ministère."
        ),
        [
            ("visit", "planned", "2023-05", None, ["NO", "SE"]),
        ],
    ),
    (
        "fr_dz_tn",
        "fr",
        "2024-10",
        (
            "Tunis, 10 oct. (TAP) - Le Premier ministre algérien est arrivé jeudi à Tunis pour coprésider "
            "avec son homologue tunisien les travaux de la 23e session de la grande commission mixte algéro-"
            "tunisienne. Cette session se tient après un report de plusieurs mois."
        ),
        [
            ("joint_committee", "held", "2024-10-10", 23, ["DZ", "TN"]),
        ],
    ),
    (
        "fr_ma_sn_recu",
        "fr",
        "2024-02",
        (
            "Le ministre marocain des Affaires étrangères, Nasser Bourita, a reçu lundi 5 février à Rabat son"
            " homologue sénégalais, Ismaïla Madior Fall, en visite de travail au Maroc. Les deux ministres "
            "ont passé en revue la coopération bilatérale."
        ),
        [
            ("visit", "held", "2024-02-05", None, ["MA", "SN"]),
        ],
    ),
    (
        "fr_kz_uz_visio",
        "fr",
        "2021-06",
        (
            "Le président kazakh Kassym-Jomart Tokaïev et son homologue ouzbek Chavkat Mirzioïev se sont "
            "entretenus par visioconférence mercredi, a indiqué la présidence kazakhe. Ils ont évoqué les "
            "échanges commerciaux et la gestion de l'eau."
        ),
        [
            ("call", "held", "2021-06", None, ["KZ", "UZ"]),
        ],
    ),
    (
        "fr_kz_uz_conseil",
        "fr",
        "2024-08",
        (
            "Le Kazakhstan et l'Ouzbékistan ont tenu le 8 août à Astana la troisième réunion du Conseil "
            "suprême interétatique, présidée par les chefs d'État des deux pays."
        ),
        [
            ("joint_committee", "held", "2024-08-08", 3, ["KZ", "UZ"]),
        ],
    ),
    (
        "en_cl_pe_visit_off",
        "en",
        "2024-03",
        (
            "A visit by Chile's foreign minister to Peru, scheduled for 20 March, has been postponed because "
            "of floods in the north of the country, the Chilean foreign ministry said."
        ),
        [
            ("visit", "postponed", "2024-03-20", None, ["CL", "PE"]),
        ],
    ),
    (
        "en_ng_gh_council",
        "en",
        "2024-09",
        (
            "Nigeria and Ghana will hold the second meeting of their High-Level Strategic Cooperation Council"
            " in Abuja on 14 October, the two governments announced on Monday."
        ),
        [
            ("joint_committee", "planned", "2024-10-14", 2, ["GH", "NG"]),
        ],
    ),
    (
        "en_se_no_travel",
        "en",
        "2023-05",
        (
            "Swedish Foreign Minister Tobias Billstrom will travel to Oslo next week for talks with his "
            "Norwegian counterpart Espen Barth Eide, the ministry said on Wednesday."
        ),
        [
            ("visit", "planned", "2023-05", None, ["NO", "SE"]),
        ],
    ),
    (
        "en_eg_sd_met",
        "en",
        "2023-11",
        (
            "Egyptian Foreign Minister Sameh Shoukry met his Sudanese counterpart Ali al-Sadiq in Port Sudan "
            "last week to discuss humanitarian corridors. It was the first visit by an Egyptian minister "
            "since the war began."
        ),
        [
            (("meeting", "visit"), "held", "2023-11", None, ["EG", "SD"]),
        ],
    ),
    (
        "en_kz_uz_round",
        "en",
        "2024-02",
        (
            "The ninth round of Kazakhstan-Uzbekistan political consultations will take place in Tashkent on "
            "March 12, the Kazakh foreign ministry said."
        ),
        [
            ("consultation", "planned", "2024-03-12", 9, ["KZ", "UZ"]),
        ],
    ),
    (
        "fr_ng_gh_annule",
        "fr",
        "2024-04",
        (
            "Le sommet bilatéral entre le Nigeria et le Ghana, initialement prévu le 5 mai à Abuja, a été "
            "annulé, a annoncé la présidence nigériane."
        ),
        [
            (("meeting", "summit"), "cancelled", ANY, None, ["GH", "NG"]),
        ],
    ),
    (
        "fr_dz_tn_reuniront",
        "fr",
        "2025-02",
        (
            "Les ministres de l'Intérieur algérien et tunisien se réuniront le 12 mars prochain à Tunis pour "
            "examiner la situation aux frontières."
        ),
        [
            ("meeting", "planned", "2025-03-12", None, ["DZ", "TN"]),
        ],
    ),
    (
        "en_pl_ua_consult",
        "en",
        "2024-02",
        (
            "WARSAW, Feb 2 (Reuters) - Ukrainian Prime Minister Denys Shmyhal and Polish Prime Minister "
            "Donald Tusk will hold intergovernmental consultations in Warsaw on March 28, the Polish "
            "government said."
        ),
        [
            (("consultation", "joint_committee"), "planned", "2024-03-28", None, ["PL", "UA"]),
        ],
    ),
    (
        "fr_mx_gt_rendu",
        "fr",
        "2024-01",
        (
            "La ministre mexicaine des Affaires étrangères, Alicia Bárcena, s'est rendue mardi au Guatemala, "
            "où elle a été reçue par le président Bernardo Arévalo."
        ),
        [
            ("visit", "held", "2024-01", None, ["GT", "MX"]),
        ],
    ),
    (
        "en_id_au_annual",
        "en",
        "2023-07",
        (
            "Indonesian President Joko Widodo and Australian Prime Minister Anthony Albanese held their "
            "annual leaders' meeting in Sydney on Tuesday, agreeing to deepen cooperation on electric vehicle"
            " batteries."
        ),
        [
            ("meeting", "held", "2023-07", None, ["AU", "ID"]),
        ],
    ),
    (
        "fr_ke_et_comite",
        "fr",
        "2024-06",
        (
            "La 4e réunion du comité conjoint de sécurité frontalière Kenya-Éthiopie s'est tenue à Moyale du "
            "3 au 5 juin."
        ),
        [
            ("joint_committee", "held", "2024-06-03", 4, ["ET", "KE"]),
        ],
    ),
    (
        "en_br_ar_talks",
        "en",
        "2024-05",
        (
            "Brazil and Argentina will hold talks on Friday in Brasilia on the gas pipeline from Vaca Muerta,"
            " officials from both countries said."
        ),
        [
            ("meeting", "planned", "2024-05", None, ["AR", "BR"]),
        ],
    ),
    (
        "fr_sn_ma_entame",
        "fr",
        "2024-08",
        (
            "Le président sénégalais Bassirou Diomaye Faye a entamé lundi une visite de travail de deux jours"
            " au Maroc, sa première depuis son élection."
        ),
        [
            ("visit", "held", "2024-08", None, ["MA", "SN"]),
        ],
    ),
    (
        "en_cl_pe_cabinet",
        "en",
        "2023-12",
        (
            "Chile and Peru held their fifth Binational Cabinet in Puerto Montt on 28 November, bringing "
            "together ministers from both governments."
        ),
        [
            ("joint_committee", "held", "2023-11-28", 5, ["CL", "PE"]),
        ],
    ),
    (
        "fr_no_se_tel",
        "fr",
        "2022-10",
        (
            "Les Premiers ministres norvégien et suédois se sont entretenus au téléphone samedi au sujet de "
            "la sécurité des gazoducs en mer du Nord."
        ),
        [
            ("call", "held", "2022-10", None, ["NO", "SE"]),
        ],
    ),
    (
        "en_ma_sn_king",
        "en",
        "2022-06",
        (
            "King Mohammed VI received Senegalese President Macky Sall at the royal palace in Rabat on "
            "Thursday. Sall arrived in Morocco on Wednesday for a two-day working visit."
        ),
        [
            ("visit", "held", "2022-06", None, ["MA", "SN"]),
        ],
    ),
    (
        "en_ke_et_postponed",
        "en",
        "2024-05",
        (
            "Kenya and Ethiopia have postponed the joint ministerial commission meeting that was due to open "
            "in Addis Ababa on Monday, diplomats said."
        ),
        [
            ("joint_committee", "postponed", ANY, None, ["ET", "KE"]),
        ],
    ),
    (
        "fr_eg_sd_annulee",
        "fr",
        "2023-05",
        (
            "La visite du ministre égyptien des Affaires étrangères à Khartoum, prévue dimanche, a été "
            "annulée en raison des combats, a indiqué Le Caire."
        ),
        [
            ("visit", "cancelled", ANY, None, ["EG", "SD"]),
        ],
    ),
    (
        "fr_ma_sn_roman",
        "fr",
        "2022-03",
        (
            "Rabat et Dakar ont tenu le 3 mars la XIVe session de la Commission mixte maroco-sénégalaise, "
            "coprésidée par les deux chefs de la diplomatie."
        ),
        [
            ("joint_committee", "held", "2022-03-03", 14, ["MA", "SN"]),
        ],
    ),
    (
        "en_au_id_2plus2",
        "en",
        "2024-09",
        (
            "Australia and Indonesia held their eighth 2+2 Foreign and Defence Ministers' Meeting in "
            "Melbourne on 26 August."
        ),
        [
            ("consultation", "held", "2024-08-26", 8, ["AU", "ID"]),
        ],
    ),
    (
        "fr_eg_sd_moisdernier",
        "fr",
        "2024-07",
        (
            "Le ministre soudanais des Affaires étrangères a effectué le mois dernier une visite de trois "
            "jours en Égypte, a rappelé jeudi son ministère."
        ),
        [
            ("visit", "held", ANY, None, ["EG", "SD"]),
        ],
    ),
    (
        "en_gh_ng_range",
        "en",
        "2023-03",
        (
            "The Ghana-Nigeria Permanent Joint Commission for Cooperation will hold its 10th session in Accra"
            " from 14 to 16 April, the Ghanaian foreign ministry announced."
        ),
        [
            ("joint_committee", "planned", "2023-04-14", 10, ["GH", "NG"]),
        ],
    ),
    (
        "fr_br_ar_visite_lula",
        "fr",
        "2023-01",
        (
            "Le président brésilien Luiz Inácio Lula da Silva est arrivé dimanche soir à Buenos Aires pour "
            "une visite d'État de deux jours en Argentine."
        ),
        [
            ("visit", "held", "2023-01", None, ["AR", "BR"]),
        ],
    ),
    (
        "en_no_se_phone",
        "en",
        "2023-03",
        (
            "Swedish Prime Minister Ulf Kristersson phoned his Norwegian counterpart Jonas Gahr Store on "
            "Monday to discuss Sweden's NATO application."
        ),
        [
            ("call", "held", "2023-03", None, ["NO", "SE"]),
        ],
    ),
    (
        "fr_cl_pe_dialogue",
        "fr",
        "2024-06",
        (
            "Le Chili et le Pérou tiendront le 2e dialogue stratégique au niveau des vice-ministres le 10 "
            "juillet prochain à Lima."
        ),
        [
            ("consultation", "planned", "2024-07-10", 2, ["CL", "PE"]),
        ],
    ),
    (
        "en_pl_ua_visit_kyiv",
        "en",
        "2024-01",
        (
            "Polish Prime Minister Donald Tusk arrived in Kyiv on Monday on his first visit to Ukraine since "
            "taking office, his spokesman said."
        ),
        [
            ("visit", "held", "2024-01", None, ["PL", "UA"]),
        ],
    ),
    (
        "fr_kz_uz_sommet_ca",
        "fr",
        "2023-09",
        (
            "Les présidents kazakh et ouzbek se sont rencontrés le 14 septembre à Douchanbé, en marge du "
            "sommet des chefs d'État d'Asie centrale."
        ),
        [
            ("meeting", "held", "2023-09-14", None, ["KZ", "UZ"]),
        ],
    ),
    (
        "en_mx_gt_meet_next",
        "en",
        "2024-02",
        (
            "The foreign ministers of Mexico and Guatemala are due to meet in Tapachula on 8 March to review "
            "the border agenda, officials said."
        ),
        [
            ("meeting", "planned", "2024-03-08", None, ["GT", "MX"]),
        ],
    ),
    (
        "fr_dz_tn_visite_travail",
        "fr",
        "2023-12",
        (
            "Le président tunisien Kaïs Saïed a reçu mercredi au palais de Carthage le ministre algérien des "
            "Affaires étrangères, Ahmed Attaf, en visite de travail en Tunisie."
        ),
        [
            (("visit", "meeting"), "held", "2023-12", None, ["DZ", "TN"]),
        ],
    ),
    (
        "en_ke_et_call_vid",
        "en",
        "2024-03",
        (
            "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed spoke by video link on "
            "Tuesday about the situation in Somalia."
        ),
        [
            ("call", "held", "2024-03", None, ["ET", "KE"]),
        ],
    ),
    (
        "en_eg_sd_nextmonth",
        "en",
        "2024-05",
        (
            "Egypt will host talks between Sudanese and Egyptian officials next month on the return of "
            "refugees, Cairo said on Sunday."
        ),
        [
            ("meeting", "planned", ANY, None, ["EG", "SD"]),
        ],
    ),
    (
        "fr_ke_et_hier",
        "fr",
        "2024-02-15",
        (
            "Le ministre kényan des Affaires étrangères, Musalia Mudavadi, s'est entretenu hier à Addis-Abeba"
            " avec le Premier ministre éthiopien Abiy Ahmed."
        ),
        [
            ("meeting", "held", "2024-02-14", None, ["ET", "KE"]),
        ],
    ),
    (
        "fr_cedeao",
        "fr",
        "2023-08",
        (
            "Les chefs d'État de la CEDEAO se réuniront jeudi à Abuja en sommet extraordinaire sur la "
            "situation au Niger, a annoncé la Commission de l'organisation."
        ),
        [
            ("summit", "planned", "2023-08", None, ["ECOWAS"]),
        ],
    ),
    (
        "en_two_sides",
        "en",
        "2023-06",
        (
            "Officials from Norway and Sweden met in Stockholm on 12 June. The two sides discussed a joint "
            "electricity grid and agreed to meet again in Oslo in the autumn."
        ),
        [
            ("meeting", "held", "2023-06-12", None, ["NO", "SE"]),
        ],
    ),
    (
        "fr_pl_ua_visite_varsovie",
        "fr",
        "2024-03",
        (
            "Le président ukrainien Volodymyr Zelensky effectuera une visite officielle en Pologne au début "
            "du mois d'avril, a annoncé le ministère polonais des Affaires étrangères."
        ),
        [
            ("visit", "planned", "2024-04", None, ["PL", "UA"]),
        ],
    ),
]


def _matches(expected: tuple, engagement: Engagement) -> bool:
    kind, status, date, ordinal, parties = expected
    kinds = (kind,) if isinstance(kind, str) else kind
    value = engagement.date.value if engagement.date else None
    number = engagement.series.ordinal if engagement.series else None
    return (
        engagement.kind.value in kinds
        and engagement.status.value == status
        and (date == ANY or value == date)
        and number == ordinal
        and (parties == ANY or set(parties) <= set(engagement.parties))
    )


@pytest.mark.parametrize(("lang", "published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_new_pair_engagements(
    extract: Callable[..., DocumentRecord], lang: str, published: str, text: str, expected: list[tuple]
) -> None:
    record = extract(text, lang, published)
    assert record.is_diplomatic
    got = [(e.kind.value, e.status.value, e.date.value if e.date else None, e.parties) for e in record.engagements]
    for item in expected:
        assert any(_matches(item, e) for e in record.engagements), (item, got)
