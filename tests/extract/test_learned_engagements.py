"""Learned engagements (sentences the rules did not use), learned commitments' areas, and the held-out exclusion
of training and cross-validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from suivi.errors import TrainingDataError
from suivi.extract import extract_documents
from suivi.extract.learned import layer, using_sentence_model
from suivi.extract.learned.crossval import train_fold_models
from suivi.extract.learned.engagements import decided_kind
from suivi.extract.learned.examples import DocumentExample, Example, TrainingSet, read_ids
from suivi.extract.learned.layer import CommitmentOptions, LearnedOptions
from suivi.extract.learned.train import TrainConfig
from suivi.extract.pipeline import DEFAULT_LAYERS, WITH_LEARNED_LAYERS
from suivi.record import Document, DocumentRecord
from suivi.settings import Settings
from suivi.vocab import EngagementKind


class _Says:
    """A stand-in sentence model: every sentence holding one of `words` states a meeting, no other does."""

    def __init__(self, *words: str) -> None:
        self.words = words
        self.thresholds = {"engagement": 0.5, "engagement:meeting": 0.5, "engagement:visit": 0.5}

    def predict(self, texts: list[str], lang: str) -> list[dict[str, float]]:
        said = [any(w in t for w in self.words) for t in texts]
        return [{"engagement": 0.99 if s else 0.01, "engagement:meeting": 0.8, "engagement:visit": 0.2} for s in said]


_SETTINGS = Settings(database_url="sqlite://", languages=["fr", "en"], default_language="fr")

_TEXTS = {
    "en": (
        "Kenya and Ghana held the 4th session of their joint commission in Nairobi on 3 May 2024. "
        "Kenyan and Ghanaian ministers exchanged views in Accra in June 2022 on border trade. "
        "The two countries also exchanged views on fisheries. "
        "Their ministers had exchanged views in Mombasa in 2019."
    ),
    "fr": (
        "Le Pérou et le Chili ont tenu la 4e session de leur commission mixte à Lima le 3 mai 2024. "
        "Les ministres péruvien et chilien avaient échangé leurs vues à Santiago en juin 2022 sur le commerce. "
        "Les deux pays ont aussi échangé leurs vues sur la pêche. "
        "Leurs ministres avaient échangé leurs vues à Cuzco en 2019."
    ),
}
_PARTIES = {"en": {"KE", "GH"}, "fr": {"PE", "CL"}}


def _records(lang: str, model: _Says) -> tuple[DocumentRecord, DocumentRecord]:
    doc = Document(id=f"learned-eng-{lang}", text=_TEXTS[lang], published="2024-05", language=lang)
    rules = next(extract_documents([doc], _SETTINGS, DEFAULT_LAYERS))
    with using_sentence_model(model):  # type: ignore[arg-type]
        joined = next(extract_documents([doc], _SETTINGS, WITH_LEARNED_LAYERS))
    return rules, joined


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_learned_engagement_from_a_dated_sentence_the_rules_did_not_use(lang: str) -> None:
    rules, joined = _records(lang, _Says("views", "vues"))
    assert all(e in joined.engagements for e in rules.engagements)
    added = [e for e in joined.engagements if e.provenance and e.provenance.extractor == "suivi.learned"]
    assert len(added) == 1  # an undated sentence, or one with a year alone, gets none: a new occasion is dated
    (learned,) = added
    assert learned.kind is EngagementKind.MEETING
    assert set(learned.parties) == _PARTIES[lang]
    assert learned.date is not None and learned.date.value == "2022-06"
    assert learned.status.value == "held"
    assert "2022" in learned.evidence
    assert learned.provenance is not None and learned.provenance.version.startswith("v1+")
    assert len({e.id for e in joined.engagements}) == len(joined.engagements)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_learned_engagement_never_repeats_a_sentence_the_rules_used(lang: str) -> None:
    rules, joined = _records(lang, _Says("2024"))  # the model only fires on the rules' own sentence
    assert rules.engagements
    assert joined.engagements == rules.engagements


@pytest.mark.parametrize(
    ("probs", "kind"),
    [
        ({"engagement": 0.9, "engagement:visit": 0.7, "engagement:call": 0.2}, EngagementKind.VISIT),
        ({"engagement": 0.9, "planned": 0.8}, None),
    ],
)
def test_learned_engagement_kind_is_the_most_likely_one(probs: dict[str, float], kind: EngagementKind | None) -> None:
    assert decided_kind(probs) is kind


def test_read_ids_skips_comments_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "hold.txt"
    path.write_text("# held out\nw-001\n\n w-002  # second\nw-003 w-004\n", encoding="utf-8")
    assert read_ids(path) == {"w-001", "w-002", "w-003", "w-004"}
    assert read_ids(None) == set()
    with pytest.raises(TrainingDataError) as info:
        read_ids(tmp_path / "missing.txt")
    assert info.value.code == "S305"


_PLACES = ("Zinder", "Maradi", "Tahoua", "Agadez", "Dosso", "Tillaberi")


def _tiny_set() -> TrainingSet:
    """Six articles of two sentences each; article k alone names the place `_PLACES[k]`."""
    sentences, documents, texts = [], [], {}
    for k in range(6):
        doc_id = f"d{k}"
        first = f"Chad and Niger met in {_PLACES[k]} on {k + 1} March."
        second = "The weather was fine and the market was busy."
        texts[doc_id] = f"{first}\n{second}\n"
        sentences += [
            Example(doc_id, "synthetic", 0, len(first), ("engagement", "engagement:meeting")),
            Example(doc_id, "synthetic", len(first) + 1, len(first) + 1 + len(second), ()),
        ]
        documents.append(DocumentExample(doc_id, "synthetic", "en", True))
    return TrainingSet(sentences, documents, texts)


def test_excluded_articles_are_never_trained_on() -> None:
    data = _tiny_set()
    kept = data.without(["d0", "d3"])
    assert {d.doc_id for d in kept.documents} == {"d1", "d2", "d4", "d5"}
    assert all(e.doc_id not in {"d0", "d3"} for e in kept.sentences) and "d0" not in kept.texts
    models = train_fold_models(k=2, seed=7, config=TrainConfig(seed=7, min_df=1), data=data, exclude=["d0", "d3"])
    for model in models.values():
        assert not {"wzinder", "wagadez"} & set(model.vocabulary)
    everything = train_fold_models(k=2, seed=7, config=TrainConfig(seed=7, min_df=1), data=data)
    assert all({"wzinder", "wagadez"} & set(m.vocabulary) for m in everything.values())


class _SaysAgreed:
    """A stand-in model: every sentence states an agreement about trade and energy."""

    def __init__(self) -> None:
        self.thresholds = {"commitment:agreed": 0.5, "area:trade": 0.5, "area:energy": 0.5, "engagement": 0.5}

    def predict(self, texts: list[str], lang: str) -> list[dict[str, float]]:
        probs = {"commitment:agreed": 0.9, "area:trade": 0.9, "area:energy": 0.9, "engagement": 0.01}
        return [dict(probs) for _ in texts]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Peru and Chile held talks in Lima on 3 May 2024. They look at the tourism and trade figures."),
        (
            "fr",
            "Le Mali et le Niger ont tenu la 4e session de leur commission mixte à Bamako le 3 mai 2024. "
            "Ils regardent le commerce.",
        ),
    ],
)
def test_learned_commitments_take_the_areas_lexicon_and_model_agree_on(
    monkeypatch: pytest.MonkeyPatch, lang: str, text: str
) -> None:
    options = LearnedOptions(engagements=None, commitments=CommitmentOptions(areas="both"))
    monkeypatch.setattr(layer, "LEARNED_OPTIONS", options)
    doc = Document(id=f"learned-com-{lang}", text=text, published="2024-05", language=lang)
    with using_sentence_model(_SaysAgreed()):  # type: ignore[arg-type]
        record = next(extract_documents([doc], _SETTINGS, WITH_LEARNED_LAYERS))
    added = [c for c in record.commitments if c.provenance and c.provenance.extractor == "suivi.learned"]
    assert added
    second = [c for c in added if "2024" not in c.text]
    assert [a.value for c in second for a in c.areas] == ["trade"]  # energy: the model's only; tourism: the lexicon's
