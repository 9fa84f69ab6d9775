"""One organisation, several mechanisms: its foreign ministers' meeting, the post-ministerial conferences
with partners, the +3 meetings and the East Asia Summit are each their own series."""

from __future__ import annotations

import pytest

from suivi.link.series import classify, series_keys
from suivi.vocab import EngagementKind

from .support import engagement, record


@pytest.mark.parametrize(
    ("name", "mech_type"),
    [
        ("Post Ministerial Conference with a partner", "post-ministerial-conference"),
        ("conférence post-ministérielle avec un partenaire", "post-ministerial-conference"),
        ("ASEAN+3 Foreign Ministers' Meeting", "plus-three-meeting"),
        ("réunion des ministres des Affaires étrangères de l'ASEAN Plus Trois", "plus-three-meeting"),
        ("East Asia Summit", "east-asia-summit"),
        ("Sommet de l'Asie de l'Est", "east-asia-summit"),
        ("ASEAN Foreign Ministers' Meeting", "ministerial-meeting"),
        ("réunion des ministres des Affaires étrangères de l'ASEAN", "ministerial-meeting"),
    ],
)
def test_regional_mechanism_names(name: str, mech_type: str) -> None:
    assert classify(name, EngagementKind.SUMMIT).type == mech_type


def test_a_post_ministerial_conference_is_not_a_round_of_the_ministers_meeting() -> None:
    parties = ("ASEAN", "AA", "BB")
    doc = record(
        "en-1",
        "2024-07",
        engagement("e1", "summit", parties, series="ASEAN Foreign Ministers' Meeting", ordinal=57, on="2024-07-24"),
        engagement("e2", "summit", parties, series="Post Ministerial Conference with BB", on="2024-07-26"),
        language="en",
    )
    earlier = record(
        "fr-1",
        "2023-07",
        engagement(
            "e1",
            "summit",
            ("ASEAN", "CC"),
            series="réunion des ministres des AE de l'ASEAN",
            ordinal=56,
            on="2023-07-11",
        ),
    )
    keys = series_keys([doc, earlier])
    assert keys[("en-1", "e1")] == keys[("fr-1", "e1")]
    assert keys[("en-1", "e2")] != keys[("en-1", "e1")]
