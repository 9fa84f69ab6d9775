"""The learned layer joins the sentence model's facts to the rules' record, never removing a rule's fact."""

from __future__ import annotations

import pytest

from suivi.extract import extract_documents
from suivi.extract.pipeline import DEFAULT_LAYERS, WITH_LEARNED_LAYERS
from suivi.record import Document
from suivi.settings import Settings


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ghana and Togo held the 4th session of their joint commission in Accra on 3 May. The two countries are "
            "determined to deepen cooperation in energy, trade and border security in the coming years.",
        ),
        (
            "fr",
            "Le Maroc et la Mauritanie ont tenu la 9e session de leur commission mixte à Rabat le 3 mai. Les deux pays "
            "sont déterminés à approfondir leur coopération dans l'énergie, le commerce et la sécurité.",
        ),
    ],
)
def test_learned_layer_adds_to_rules_and_keeps_them(lang: str, text: str) -> None:
    settings = Settings(database_url="sqlite://", languages=["fr", "en"], default_language="fr")
    doc = Document(id=f"learned-{lang}", text=text, published="2024-05", language=lang)
    rules = next(extract_documents([doc], settings, DEFAULT_LAYERS))
    joined = next(extract_documents([doc], settings, WITH_LEARNED_LAYERS))
    assert joined.engagements[: len(rules.engagements)] == rules.engagements
    assert all(
        e.provenance and e.provenance.extractor == "suivi.learned" for e in joined.engagements[len(rules.engagements) :]
    )
    assert all(c in joined.commitments for c in rules.commitments)
    added = [c for c in joined.commitments if c.provenance and c.provenance.extractor == "suivi.learned"]
    assert len(joined.commitments) == len(rules.commitments) + len(added)
    for commitment in added:
        assert commitment.kind.value in {"agreed", "pledged"}
        assert commitment.areas and commitment.provenance is not None
        assert commitment.provenance.version.startswith("v1+")
