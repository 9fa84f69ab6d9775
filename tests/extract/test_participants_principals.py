"""Participants of the meetings a visitor holds separately with several principals named by one trigger."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.record import DocumentRecord

Extract = Callable[..., DocumentRecord]


def _meetings(record: DocumentRecord) -> list[set[str]]:
    return [{p.name for p in e.participants} for e in record.engagements if e.kind.value == "meeting"]


@pytest.mark.parametrize(
    ("lang", "text", "visitor", "principals"),
    [
        (
            "en",
            "Indonesian Foreign Minister Sugiono paid an official visit to Malaysia on Monday. He held separate "
            "meetings with Prime Minister Anwar Ibrahim, Foreign Minister Mohamad Hasan and Defence Minister "
            "Mohamed Khaled Nordin in Putrajaya.",
            "Sugiono",
            ["Anwar Ibrahim", "Mohamad Hasan", "Mohamed Khaled Nordin"],
        ),
        (
            "fr",
            "Le ministre portugais des Affaires étrangères Paulo Rangel a entamé mardi une visite officielle en "
            "Angola. Il a eu des rencontres avec le président angolais João Lourenço, la vice-présidente Esperança "
            "da Costa et le ministre des Relations extérieures Téte António.",
            "Paulo Rangel",
            ["João Lourenço", "Téte António"],
        ),
    ],
)
def test_participants_each_separate_meeting_has_its_own_principal_and_the_visitor(
    extract: Extract, lang: str, text: str, visitor: str, principals: list[str]
) -> None:
    meetings = _meetings(extract(text, lang, "2025-03"))
    for name in principals:
        holding = [m for m in meetings if name in m]
        assert len(holding) == 1, (name, meetings)
        assert visitor in holding[0], holding
        assert not holding[0] & (set(principals) - {name}), holding


@pytest.mark.parametrize(
    ("lang", "text", "visitor", "principals"),
    [
        (
            "en",
            "Brazilian President Luiz Inacio Lula da Silva held separate talks in Santiago on Tuesday with Chilean "
            "President Gabriel Boric and Senate President Manuel Jose Ossandon.",
            "Luiz Inacio Lula da Silva",
            ["Gabriel Boric", "Manuel Jose Ossandon"],
        ),
        (
            "fr",
            "À Dakar, le Premier ministre ivoirien Robert Beugré Mambé a rencontré mercredi le président sénégalais "
            "Bassirou Diomaye Faye, puis le Premier ministre Ousmane Sonko.",
            "Robert Beugré Mambé",
            ["Bassirou Diomaye Faye", "Ousmane Sonko"],
        ),
    ],
)
def test_participants_a_visitor_named_in_the_sentence_joins_each_separate_meeting(
    extract: Extract, lang: str, text: str, visitor: str, principals: list[str]
) -> None:
    meetings = _meetings(extract(text, lang, "2025-03"))
    for name in principals:
        holding = [m for m in meetings if name in m]
        assert holding, (name, meetings)
        assert all(visitor in m for m in holding), meetings
        if len(meetings) > 1:
            assert all(not m & (set(principals) - {name}) for m in holding), meetings
