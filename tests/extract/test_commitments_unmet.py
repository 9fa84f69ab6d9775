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
