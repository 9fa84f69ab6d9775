"""suivi.extract.learned: the shipped sentence model, its training examples, training and cross-validation."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from suivi.errors import SentenceModelError, TrainingDataError
from suivi.extract.learned import (
    SentenceModel,
    load_sentence_model,
    model_hash,
    sentence_model_for,
    using_sentence_model,
)
from suivi.extract.learned.crossval import Scores, fold_of, train_fold_models
from suivi.extract.learned.examples import (
    DocumentExample,
    Example,
    LabelStats,
    TrainingSet,
    article_start,
    build_examples,
    label_sentences,
    locate,
    read_examples,
    sentence_spans,
)
from suivi.extract.learned.model import features, tfidf_row
from suivi.extract.learned.train import TrainConfig, best_threshold, train
from suivi.settings import Settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def model() -> SentenceModel:
    return load_sentence_model()


# --- the shipped model ----------------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["engagement", "commitment:signed", "indicator:trade_volume", "planned"])
def test_model_loads_from_package_with_labels(model: SentenceModel, label: str) -> None:
    assert label in model.labels
    assert 0.0 < model.thresholds[label] <= 1.0
    assert len(model_hash()) == 64
    assert model_hash() == model_hash()


@pytest.mark.parametrize(
    ("sentence", "lang", "kind"),
    [
        (
            "Peru and Chile held the 22nd session of their joint commission in Lima on 12 March.",
            "en",
            "joint_committee",
        ),
        ("Le Portugal et l'Angola ont tenu la 22e session de leur commission mixte à Luanda.", "fr", "joint_committee"),
        ("Vietnam and Cambodia held their ninth political consultation in Hanoi on 17 July.", "en", "consultation"),
        (
            "Le Vietnam et le Cambodge ont tenu la 9e consultation politique à Hanoï le 17 juillet.",
            "fr",
            "consultation",
        ),
        ("Le président ghanéen a effectué une visite d'État au Kenya du 3 au 5 mars.", "fr", "visit"),
    ],
)
def test_model_detects_engagements(model: SentenceModel, sentence: str, lang: str, kind: str) -> None:
    probs = model.predict([sentence], lang)[0]
    assert "engagement" in model.decide([sentence], lang)[0], probs
    best_kind = max((k for k in probs if k.startswith("engagement:")), key=probs.__getitem__)
    assert best_kind == f"engagement:{kind}"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Real Madrid beat Barcelona 3-1 in a thrilling football match at the Bernabeu on Sunday night.", "en"),
        ("Le Paris Saint-Germain s'est imposé 2-0 face à l'Olympique de Marseille en Ligue 1 samedi soir.", "fr"),
        ("The recipe calls for two cups of flour, a pinch of salt and three eggs.", "en"),
    ],
)
def test_model_gives_off_topic_sentences_a_low_engagement_probability(
    model: SentenceModel, sentence: str, lang: str
) -> None:
    assert model.predict([sentence], lang)[0]["engagement"] < 0.3


@pytest.mark.parametrize(
    ("sentence", "lang", "label"),
    [
        ("Le Portugal et l'Angola ont signé huit accords de coopération.", "fr", "commitment"),
        ("The two sides signed eight agreements on energy, trade and border development.", "en", "commitment"),
        ("Italy and Albania agreed to raise bilateral trade to 10 billion euros by 2030.", "en", "commitment:agreed"),
        (
            "Les échanges commerciaux entre les deux pays ont atteint 3,2 milliards de dollars en 2024.",
            "fr",
            "indicator",
        ),
        ("Bilateral trade between Kenya and Ghana reached 1.4 billion USD in 2023.", "en", "indicator:trade_volume"),
    ],
)
def test_model_detects_commitments_and_indicators(model: SentenceModel, sentence: str, lang: str, label: str) -> None:
    assert label in model.decide([sentence], lang)[0], model.predict([sentence], lang)[0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_model_decide_respects_each_threshold(model: SentenceModel, lang: str) -> None:
    texts = ["Les deux ministres se sont entretenus au téléphone.", "Trade reached 5 billion dollars last year."]
    for probs, decided in zip(model.predict(texts, lang), model.decide(texts, lang), strict=True):
        assert decided == {k for k, p in probs.items() if p >= model.thresholds[k]}
    strict = replace(model, thresholds=dict.fromkeys(model.thresholds, 1.0))
    assert strict.decide(texts, lang) == [set(), set()]


@pytest.mark.parametrize(
    ("text", "lang", "diplomatic"),
    [
        (
            "Le ministre sénégalais des Affaires étrangères a reçu lundi à Dakar son homologue tunisien. Les deux "
            "ministres ont passé en revue la coopération bilatérale et convenu de tenir la commission mixte.",
            "fr",
            True,
        ),
        (
            "The striker scored twice as United won the derby. The coach praised the fans and the club's young "
            "players after the match, and the team will play again on Saturday in the league.",
            "en",
            False,
        ),
    ],
)
def test_model_predict_document(model: SentenceModel, text: str, lang: str, diplomatic: bool) -> None:
    assert model.is_diplomatic(text, lang) is diplomatic, model.predict_document(text, lang)


@pytest.mark.parametrize("missing", ["model.json", "weights.npy.gz"])
def test_model_load_missing_file_is_s304(tmp_path: Path, model: SentenceModel, missing: str) -> None:
    model.save(tmp_path)
    (tmp_path / missing).unlink()
    with pytest.raises(SentenceModelError, match=r"\[S304\].*make train"):
        SentenceModel.load(tmp_path)


@pytest.mark.parametrize("extra_label", ["engagement:extra"])
def test_model_load_inconsistent_files_is_s304(tmp_path: Path, model: SentenceModel, extra_label: str) -> None:
    model.save(tmp_path)
    meta = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    meta["labels"].append(extra_label)
    (tmp_path / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(SentenceModelError, match=r"\[S304\].*disagree"):
        SentenceModel.load(tmp_path)


@pytest.mark.parametrize("sentence", ["La Tunisie et le Sénégal tiendront leur 13e réunion de haut niveau à Dakar."])
def test_model_swapped_by_setting_and_context(tmp_path: Path, model: SentenceModel, sentence: str) -> None:
    never = replace(model, thresholds=dict.fromkeys(model.thresholds, 1.0))
    never.save(tmp_path)
    from_setting = sentence_model_for(Settings(database_url="sqlite://", sentence_model=tmp_path))
    assert from_setting.decide([sentence], "fr") == [set()]
    assert model_hash(tmp_path) != model_hash()
    with using_sentence_model(never):
        assert sentence_model_for() is never
    assert sentence_model_for() is model


# --- examples -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "begins"),
    [
        (" date 2025-07\n\nVietnam", "\n\nVietnam"),
        (" date unknown Photo : x\nA", "Photo"),
        ("Date limite 3\nB", "Date"),
    ],
)
def test_examples_article_start_skips_date_marker(text: str, begins: str) -> None:
    assert text[article_start(text) :].startswith(begins)


@pytest.mark.parametrize(
    ("needle", "text", "found"),
    [
        ("ont signé deux accords", "Ils ont signé deux accords hier.", "ont signé deux accords"),
        ("l'accord  de Lima", "Selon l’Accord de Lima, tout va bien.", "l’Accord de Lima"),
        ("Hanoi and Vientiane agreed to boost trade", "Hanoï and Vientiane agreed to boost trade.", "Hanoï and V"),
        ("the two sides signed six agreements on energy", "The two side signed six agrements on energy.", "two side"),
        ("nothing of the kind", "Ils ont signé deux accords hier.", None),
    ],
)
def test_examples_locate_exact_folded_fuzzy(needle: str, text: str, found: str | None) -> None:
    span = locate(needle, text)
    if found is None:
        assert span is None
    else:
        assert span is not None
        assert found in text[span[0] : span[1]] or text[span[0] : span[1]].startswith(found)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_examples_sentence_spans_split_lines_and_sentences(lang: str) -> None:
    text = " date 2024-05\nTitle line\n\nFirst sentence here. Second one there.\nLast line."
    spans = sentence_spans([text], lang)[0]
    assert [text[a:b] for a, b in spans] == ["Title line", "First sentence here.", "Second one there.", "Last line."]


def test_examples_label_sentences_from_gold() -> None:
    text = "Kenya and Ghana held talks in Accra. They agreed to expand trade and to open a consulate. Rain fell."
    spans = [(0, 35), (36, 88), (89, 99)]
    gold = {
        "doc_id": "x",
        "engagements": [{"kind": "meeting", "status": "held", "evidence": "Kenya and Ghana held talks in Accra."}],
        "commitments": [{"kind": "agreed", "areas": ["trade", "consular"], "text": "to expand trade"}],
        "indicators": [],
    }
    stats = LabelStats()
    labels = label_sentences(text, gold, spans, stats)
    assert labels == [
        ("engagement", "engagement:meeting"),
        ("area:consular", "area:trade", "commitment", "commitment:agreed"),
        (),
    ]
    assert stats.located == 2
    assert stats.missed == []


@pytest.mark.parametrize("name", ["sentences.jsonl", "documents.jsonl"])
def test_examples_are_offsets_and_labels_only(name: str) -> None:
    rows = [json.loads(line) for line in (REPO / "training" / name).read_text(encoding="utf-8").splitlines()]
    assert rows
    allowed = (
        {"doc_id", "set", "start", "end", "labels"}
        if name.startswith("sent")
        else {"doc_id", "set", "language", "is_diplomatic"}
    )
    assert all(set(row) == allowed for row in rows)
    assert all(not isinstance(v, str) or len(v) < 40 for row in rows for v in row.values())


@pytest.mark.parametrize("folder", ["nowhere"])
def test_examples_missing_data_is_s305(tmp_path: Path, folder: str) -> None:
    with pytest.raises(TrainingDataError, match=r"\[S305\]"):
        build_examples(tmp_path / folder)
    with pytest.raises(TrainingDataError, match=r"\[S305\].*make train"):
        read_examples(tmp_path / folder)


@pytest.mark.slow
def test_examples_rebuilt_from_shared_match_the_committed_ones(shared_eval: Path) -> None:
    examples, documents, stats = build_examples(shared_eval)
    committed, committed_docs = read_examples(REPO / "training")
    assert examples == committed
    assert documents == committed_docs
    assert stats.located > 20 * len(stats.missed)
    data = TrainingSet.load(REPO / "training", shared_eval)
    engagement = next(e for e in data.sentences if "engagement" in e.labels)
    assert len(data.sentence_text(engagement).split()) > 3


# --- training and cross-validation ------------------------------------------------------------------------

_SYNTHETIC = {
    "en": [
        ("The foreign ministers of {a} and {b} met in the capital on Monday.", ("engagement", "engagement:meeting")),
        ("{a} and {b} agreed to expand cooperation in trade and energy.", ("commitment", "commitment:agreed")),
        ("Bilateral trade between {a} and {b} reached 4 billion dollars last year.", ("indicator",)),
        ("It rained heavily over the weekend in several provinces.", ()),
    ],
    "fr": [
        ("Les ministres de {a} et de {b} se sont rencontrés lundi dans la capitale.", ("engagement",)),
        ("{a} et {b} ont convenu de renforcer leur coopération commerciale.", ("commitment", "commitment:agreed")),
        ("Les échanges entre {a} et {b} ont atteint 4 milliards de dollars.", ("indicator",)),
        ("Le festival de musique a attiré des milliers de spectateurs.", ()),
    ],
}
_PAIRS = [("Kenya", "Ghana"), ("Peru", "Chile"), ("Norway", "Sweden"), ("Chad", "Niger"), ("Laos", "Japan")]


def synthetic_set() -> TrainingSet:
    """Twenty small articles written here, two languages, four sentences each, labelled by construction."""
    sentences, documents, texts = [], [], {}
    for lang, lines in _SYNTHETIC.items():
        for n, (a, b) in enumerate(_PAIRS * 2):
            doc_id = f"{lang}-{n}"
            text, labelled = "", []
            for template, labels in lines[n % 2 :] + lines[: n % 2]:
                sentence = template.format(a=a, b=b)
                labelled.append(Example(doc_id, "synthetic", len(text), len(text) + len(sentence), labels))
                text += sentence + "\n"
            sentences += labelled
            documents.append(DocumentExample(doc_id, "synthetic", lang, True))
            texts[doc_id] = text
    return TrainingSet(sentences, documents, texts)


@pytest.mark.parametrize("seed", [7])
def test_train_is_deterministic(tmp_path: Path, seed: int) -> None:
    data = synthetic_set()
    config = TrainConfig(seed=seed, min_df=1)
    train(data, config).save(tmp_path / "one")
    train(data, config).save(tmp_path / "two")
    assert model_hash(tmp_path / "one") == model_hash(tmp_path / "two")
    for name in ("model.json", "weights.npy.gz"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    reloaded = SentenceModel.load(tmp_path / "one")
    assert "engagement" in reloaded.decide(["The ministers of Mali and Togo met on Friday."], "en")[0]


@pytest.mark.parametrize("doc_id", ["001", "w-006", "seed-000"])
def test_crossval_fold_of_is_stable_and_in_range(doc_id: str) -> None:
    assert fold_of(doc_id) == fold_of(doc_id)
    assert 0 <= fold_of(doc_id, k=5) < 5
    folds = {fold_of(f"doc-{i}") for i in range(100)}
    assert folds == set(range(5))


@pytest.mark.parametrize(
    ("truth", "probs", "cut"), [([1, 1, 0, 0], [0.9, 0.7, 0.6, 0.1], 0.7), ([0, 0], [0.2, 0.9], 0.5)]
)
def test_train_best_threshold_maximises_f1(truth: list[int], probs: list[float], cut: float) -> None:
    chosen = best_threshold(np.array(truth, dtype=bool), np.array(probs, dtype=np.float32))
    assert chosen == pytest.approx(cut, abs=0.1)
    if any(truth):
        assert (np.array(probs) >= chosen).tolist() == [bool(t) for t in truth]


@pytest.mark.parametrize(("tp", "fp", "fn", "f1"), [(3, 1, 2, 6 / 9), (0, 0, 4, 0.0)])
def test_crossval_scores(tp: int, fp: int, fn: int, f1: float) -> None:
    assert Scores(tp, fp, fn).f1 == pytest.approx(f1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Le ministre lao a reçu l’ambassadeur du Japon à Vientiane le 3 mai 2024.", "fr"), ("Œuvre ² — 10 %", "en")],
)
def test_model_fast_vectorise_equals_training_features(model: SentenceModel, text: str, lang: str) -> None:
    index, values = model.vectorise([text], [lang])[0]
    expected_index, expected_values = tfidf_row(features(text, lang, model.config), model.vocabulary, model.idf)
    order = np.argsort(expected_index)
    assert index.tolist() == expected_index[order].tolist()
    assert np.allclose(values, expected_values[order], atol=1e-6)


@pytest.mark.parametrize("k", [2])
def test_crossval_train_fold_models_leave_their_fold_out(k: int) -> None:
    data = synthetic_set()
    models = train_fold_models(k=k, seed=7, config=TrainConfig(seed=7, min_df=1), data=data)
    assert sorted(models) == list(range(k))
    for fold, fold_model in models.items():
        held_out = {d.doc_id for d in data.documents if fold_of(d.doc_id, k, 7) == fold}
        assert held_out
        rest = TrainingSet(
            [e for e in data.sentences if e.doc_id not in held_out],
            [d for d in data.documents if d.doc_id not in held_out],
            data.texts,
        )
        alone = train(rest, TrainConfig(seed=7, min_df=1))
        assert fold_model.vocabulary == alone.vocabulary
        assert np.array_equal(fold_model.weights, alone.weights)
    assert models[0].vocabulary != models[1].vocabulary
