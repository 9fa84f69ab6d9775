"""A visitor's courtesy calls on several hosts are several meetings: each report of one joins the meeting
with the same host, even when the other outlet dates them only to the month."""

from __future__ import annotations

from suivi.link import link_records

from .support import engagement, record

VISITOR = ("Lan Vira", "AA")
HOSTS = (("Tomas Brel", "BB"), ("Inga Solt", "BB"), ("Marek Duval", "BB"))


def _calls(doc_id: str, published: str, on: str, language: str) -> object:
    meetings = [
        engagement(f"e{n}", "meeting", ("AA", "BB"), on=on, venue=(None, "BB"), people=(VISITOR, host))
        for n, host in enumerate(HOSTS, 1)
    ]
    return record(doc_id, published, *meetings, language=language)


def test_each_courtesy_call_joins_the_report_of_the_same_host() -> None:
    fr = _calls("fr", "2024-05", "2024-05", "fr")
    en = _calls("en", "2024-05-14", "2024-05-13", "en")
    keys = link_records([fr, en]).links  # type: ignore[list-item]
    for n in (1, 2, 3):
        assert keys[("fr", f"e{n}")][0] == keys[("en", f"e{n}")][0]
    assert len({keys[("fr", f"e{n}")][0] for n in (1, 2, 3)}) == 3


def test_a_report_naming_nobody_stays_apart_from_several_fitting_meetings() -> None:
    en = _calls("en", "2024-05-14", "2024-05-13", "en")
    vague = record("fr", "2024-05", engagement("e1", "meeting", ("AA", "BB"), on="2024-05", venue=(None, "BB")))
    keys = link_records([en, vague]).links  # type: ignore[list-item]
    assert keys[("fr", "e1")][0] not in {keys[("en", f"e{n}")][0] for n in (1, 2, 3)}
