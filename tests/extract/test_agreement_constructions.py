"""Agreements and pledges between two named parties imply an engagement; refused or ended meetings are none;
calls, arrivals on a visit, resumed negotiations and mediation are engagements. Sentences written for these
tests, several country pairs, both languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.record import DocumentRecord

Extract = Callable[..., DocumentRecord]


@pytest.mark.parametrize(
    ("lang", "text", "parties", "kind", "commitment"),
    [
        (
            "en",
            "Kenya and Ethiopia agreed on Tuesday to build a second power line across their border.",
            {"KE", "ET"},
            "meeting",
            "agreed",
        ),
        (
            "en",
            "Uruguay and Paraguay have agreed upon a new river transport protocol.",
            {"UY", "PY"},
            "meeting",
            "agreed",
        ),
        (
            "en",
            "Ghana and Nigeria reached a broad agreement to cut tariffs on cement.",
            {"GH", "NG"},
            "meeting",
            "agreed",
        ),
        (
            "en",
            "Norway will give Malawi a grant of 40 million dollars for rural schools.",
            {"NO", "MW"},
            "other",
            "pledged",
        ),
        (
            "en",
            "Japan is ready to send engineers to help Mongolia repair its railways.",
            {"JP", "MN"},
            "other",
            "pledged",
        ),
        (
            "fr",
            "Le Maroc et la Mauritanie sont convenus de relancer la ligne maritime entre leurs ports.",
            {"MA", "MR"},
            "meeting",
            "agreed",
        ),
        (
            "fr",
            "Le Bénin et le Niger sont parvenus à un accord sur le transit du pétrole.",
            {"BJ", "NE"},
            "meeting",
            "agreed",
        ),
        ("fr", "Le Canada s'est dit prêt à financer des écoles au Burkina Faso.", {"CA", "BF"}, "other", "pledged"),
        (
            "fr",
            "La Suisse octroiera au Togo un don de 12 millions de francs pour l'eau potable.",
            {"CH", "TG"},
            "other",
            "pledged",
        ),
    ],
)
def test_agreement_between_two_parties_implies_an_engagement(
    extract: Extract, lang: str, text: str, parties: set[str], kind: str, commitment: str
) -> None:
    record = extract(text, lang, "2024-06")
    assert record.is_diplomatic
    assert len(record.engagements) == 1
    engagement = record.engagements[0]
    assert set(engagement.parties) == parties
    assert engagement.kind.value == kind
    assert engagement.status.value == "held"
    assert commitment in {c.kind.value for c in record.commitments}
    assert all(c.engagement == engagement.id for c in record.commitments)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chile agreed to raise the minimum wage next year."),  # one party, domestic
        ("en", "Egypt urged Sudan to reopen the border crossing."),  # a demand implies no occasion
        ("en", "Brazil vowed not to return the disputed islands to Argentina."),  # a pledge against the other
        ("fr", "Le Sénégal a promis de réformer son code minier."),
        ("fr", "Le Tchad a exhorté le Cameroun à rouvrir sa frontière."),
        ("en", "Kenyan carrier Jambo Air agreed to buy six planes from a Brazilian manufacturer."),  # companies
        ("fr", "Le groupe ivoirien Sika Ciments a promis d'investir au Ghana avec une banque allemande."),
    ],
)
def test_no_engagement_without_a_commitment_between_two_parties(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2024-06")
    assert not record.engagements
    assert not record.is_diplomatic


def test_an_article_with_its_own_meeting_gets_no_implied_one(extract: Extract) -> None:
    text = (
        "Indonesian President Prabowo Subianto received Malaysian Prime Minister Anwar Ibrahim in Jakarta on 8 May. "
        "Indonesia and Malaysia agreed to settle the remaining maritime boundary."
    )
    record = extract(text, "en", "2025-05")
    assert [e.kind.value for e in record.engagements] == ["meeting"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hungarian President Tamás Sulyok refused to meet the visiting Slovak speaker in Budapest."),
        ("en", "Colombia suspended talks with Ecuador over the border incident."),
        ("fr", "Le président tunisien a refusé de rencontrer le ministre libyen des Affaires étrangères."),
        ("fr", "Le Mali a suspendu les pourparlers avec l'Algérie sur le nord du pays."),
    ],
)
def test_a_refused_or_suspended_meeting_is_no_engagement(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2024-06")
    assert not record.engagements


@pytest.mark.parametrize(
    ("lang", "text", "kind", "parties"),
    [
        (
            "en",
            "Australian Foreign Minister Penny Wong telephoned her Fijian counterpart on Monday.",
            "call",
            {"AU", "FJ"},
        ),
        (
            "en",
            "Argentine President Javier Milei arrived in Asunción on a two-day official visit on Wednesday.",
            "visit",
            {"AR", "PY"},
        ),
        ("en", "Armenia and Azerbaijan resumed negotiations in Washington on a peace treaty.", "meeting", {"AM", "AZ"}),
        (
            "en",
            "Qatar launched a mediation effort between Rwanda and the Democratic Republic of the Congo.",
            "meeting",
            {"QA", "RW", "CD"},
        ),
        (
            "en",
            "The Chilean president gave a warm welcome on Monday to the visiting Bolivian leader.",
            "meeting",
            {"CL", "BO"},
        ),
        (
            "en",
            "Serbian and Kosovar negotiators return to Brussels this week for talk on car licence plates.",
            "meeting",
            {"RS", "XK"},
        ),
        (
            "en",
            "Oman launched a mediation effort on Sunday between Iran and Saudi Arabia.",
            "meeting",
            {"OM", "IR", "SA"},
        ),
        (
            "fr",
            "Le ministre marocain des Affaires étrangères a téléphoné à son homologue espagnol jeudi.",
            "call",
            {"MA", "ES"},
        ),
        (
            "fr",
            "Le président kényan est arrivé à Kampala pour une visite officielle de deux jours.",
            "visit",
            {"KE", "UG"},
        ),
        (
            "fr",
            "L'Éthiopie et l'Érythrée ont repris les pourparlers à Djeddah sur leur frontière commune.",
            "meeting",
            {"ET", "ER"},
        ),
    ],
)
def test_consultation_constructions(extract: Extract, lang: str, text: str, kind: str, parties: set[str]) -> None:
    record = extract(text, lang, "2024-06")
    assert record.is_diplomatic
    found = [e for e in record.engagements if e.kind.value == kind]
    assert found, [(e.kind.value, e.parties) for e in record.engagements]
    named = set(found[0].parties)
    assert len(named) >= 2 and named <= parties
