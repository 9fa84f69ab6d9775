"""Engagement dates by construction (issue 9), in country pairs absent from the tuning data: East and West Africa,
the Americas, the Gulf, Central Asia, Europe. Each paragraph carries one construction: a weekday or "hier" under a
dateline, "last month" across a new year, a range of days, the last day of a visit of N days, a return after a
round, the date of another clause, a founding day in brackets, a meeting during a visit, an undated article that
writes its year. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.record import DocumentRecord

Extract = Callable[..., DocumentRecord]

# (id, language, published, text, kind, expected date value or None, expected end or None)
CASES = [
    (
        "en_ke_et_weekday_dateline",
        "en",
        "2024-03",
        "NAIROBI, March 14 (KNA) - Kenyan President William Ruto on Tuesday received Ethiopian Prime Minister "
        "Abiy Ahmed at State House in Nairobi.",
        "meeting",
        "2024-03-12",
        None,
    ),
    (
        "fr_sn_gm_hier_dateline",
        "fr",
        "2023-10",
        "Dakar, 19 octobre (APS) - Le président sénégalais Macky Sall s'est entretenu hier à Dakar avec le "
        "président gambien Adama Barrow.",
        "meeting",
        "2023-10-18",
        None,
    ),
    (
        "en_cl_ar_last_month_new_year",
        "en",
        "2024-01",
        "Chilean Foreign Minister Alberto van Klaveren paid an official visit to Argentina last month, meeting "
        "his counterpart Diana Mondino in Buenos Aires.",
        "visit",
        "2023-12",
        None,
    ),
    (
        "fr_qa_kz_mois_dernier",
        "fr",
        "2024-01",
        "Le ministre qatari des Affaires étrangères a effectué le mois dernier une visite officielle au "
        "Kazakhstan, où il a rencontré le président Kassym-Jomart Tokaïev.",
        "visit",
        "2023-12",
        None,
    ),
    (
        "en_br_pt_range",
        "en",
        "2023-05",
        "Brazilian President Luiz Inacio Lula da Silva paid a state visit to Portugal from 21 to 25 April, "
        "holding talks with Prime Minister Antonio Costa in Lisbon.",
        "visit",
        "2023-04-21",
        "2023-04-25",
    ),
    (
        "fr_br_pt_plage",
        "fr",
        "2023-05",
        "Le président brésilien Luiz Inacio Lula da Silva a effectué du 21 au 25 avril une visite d'État au "
        "Portugal, où il s'est entretenu avec le Premier ministre Antonio Costa.",
        "visit",
        "2023-04-21",
        "2023-04-25",
    ),
    (
        "en_uz_kz_concluded",
        "en",
        "2023-06",
        "Uzbek President Shavkat Mirziyoyev concluded a three-day state visit to Kazakhstan on Friday, June 16, "
        "after talks with President Kassym-Jomart Tokayev in Astana.",
        "visit",
        "2023-06-14",
        "2023-06-16",
    ),
    (
        "fr_uz_kz_acheve",
        "fr",
        "2023-06",
        "Le président ouzbek Chavkat Mirzioïev a achevé le 16 juin sa visite d'État de trois jours au "
        "Kazakhstan, marquée par des entretiens avec le président Kassym-Jomart Tokaïev à Astana.",
        "visit",
        "2023-06-14",
        "2023-06-16",
    ),
    (
        "fr_ci_gh_rentre_apres",
        "fr",
        "2023-11",
        "Le ministre ivoirien des Affaires étrangères est rentré à Abidjan le 8 novembre après avoir coprésidé à "
        "Accra la 5e session de la commission mixte de coopération Côte d'Ivoire - Ghana.",
        "joint_committee",
        "2023-11",
        None,
    ),
    (
        "en_mx_ca_returned_after",
        "en",
        "2023-11",
        "Mexican Foreign Minister Alicia Barcena returned to Mexico City on November 8 after co-chairing the 4th "
        "meeting of the Canada-Mexico Joint Commission in Ottawa.",
        "joint_committee",
        "2023-11",
        None,
    ),
    (
        "en_ca_mx_next_month",
        "en",
        "2023-11",
        "Canadian Prime Minister Justin Trudeau will travel to Mexico next month for talks with President Andres "
        "Manuel Lopez Obrador.",
        "visit",
        "2023-12",
        None,
    ),
    (
        "fr_ke_ug_janvier_en_decembre",
        "fr",
        "2023-12",
        "Le président kényan William Ruto effectuera une visite d'État en Ouganda en janvier, a annoncé la "
        "présidence kényane.",
        "visit",
        "2024-01",
        None,
    ),
    (
        "fr_ma_sn_fondation",
        "fr",
        "2023-11",
        "Les deux parties ont salué les préparatifs de la visite d'État au Maroc du président sénégalais, qui "
        "ouvrira l'« Année de l'amitié Maroc - Sénégal 2024 » pour célébrer les 60 ans de l'établissement des "
        "relations diplomatiques entre les deux pays (12 mars).",
        "commemoration",
        "2024-03-12",
        None,
    ),
    (
        "en_gh_br_founding",
        "en",
        "2023-12",
        "Ghana and Brazil agreed to organise activities in celebration of the 60th anniversary of their "
        "diplomatic ties (March 7, 1964-2024).",
        "commemoration",
        "2024-03-07",
        None,
    ),
    (
        "fr_sn_mr_en_visite",
        "fr",
        "2023-03",
        "Le ministre sénégalais de l'Économie, Amadou Ba, a eu le 14 mars à Dakar une séance de travail avec "
        "Ahmed Ould Bah, ministre mauritanien des Finances, en visite officielle au Sénégal.",
        "visit",
        "2023-03-14",
        None,
    ),
    (
        "en_om_kz_during_visit",
        "en",
        "2024-04",
        "Omani Foreign Minister Sayyid Badr Albusaidi received Kazakh Foreign Minister Murat Nurtleu in Muscat on "
        "April 9, during his official visit to Oman.",
        "visit",
        "2024-04-09",
        None,
    ),
    (
        "en_ke_ug_undated_year",
        "en",
        None,
        "Kenyan Foreign Minister Musalia Mudavadi on August 3 paid a courtesy visit to Ugandan President Yoweri "
        "Museveni in Kampala, on the sidelines of the EAC ministerial meeting. Kenya supports Uganda as EAC Chair "
        "2022 and will join the EAC trade fair in 2022.",
        "meeting",
        "2022-08-03",
        None,
    ),
    (
        "fr_gh_ke_undated_founding_year",
        "fr",
        None,
        "Le 11 octobre, à Nairobi, l'ambassadeur du Ghana au Kenya a rendu une visite de courtoisie au président "
        "kényan William Ruto. Les relations diplomatiques ont été établies en 1963.",
        "meeting",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "text", "kind", "value", "end"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_dating_probe_dates_the_engagement(
    extract: Extract, lang: str, published: str | None, text: str, kind: str, value: str | None, end: str | None
) -> None:
    record = extract(text, lang, published)
    dated = [(e.date.value, e.date.end) if e.date else (None, None) for e in record.engagements if e.kind == kind]
    assert (value, end) in dated, [(e.kind.value, e.date) for e in record.engagements]


@pytest.mark.parametrize(
    ("lang", "text", "other_year"),
    [
        pytest.param(
            "fr",
            "Le président ghanéen a félicité le Nigeria pour l'organisation réussie du 12e sommet de la CEDEAO, "
            "affirmant que le Ghana soutiendra la présidence nigériane en 2024.",
            "2024",
            id="fr_gh_ng_affirmant",
        ),
        pytest.param(
            "en",
            "Kazakh President Kassym-Jomart Tokayev congratulated Uzbekistan on successfully hosting the 5th "
            "Central Asia Summit in Tashkent, saying Kazakhstan will support Uzbekistan's chairmanship of the CIS "
            "in 2021.",
            "2021",
            id="en_kz_uz_saying",
        ),
    ],
)
def test_dating_probe_a_date_of_another_clause_stays_there(
    extract: Extract, lang: str, text: str, other_year: str
) -> None:
    record = extract(text, lang, "2020-07")
    summits = [e for e in record.engagements if e.kind.value == "summit"]
    assert summits and all(e.date is None or not e.date.value.startswith(other_year) for e in summits)


def test_dating_probe_a_past_month_ahead_of_publication_is_last_year_s(extract: Extract) -> None:
    text = (
        "Saudi Foreign Minister Prince Faisal bin Farhan visited Oman in December, where he held talks with his "
        "Omani counterpart Sayyid Badr Albusaidi."
    )
    record = extract(text, "en", "2024-01")
    assert any(e.kind.value == "visit" and e.date and e.date.value == "2023-12" for e in record.engagements)
