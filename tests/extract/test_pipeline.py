"""The extraction pipeline: provenance on every fact, valid records, per-language rules in a mixed batch."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from suivi.errors import UnknownExtractor
from suivi.extract import DEFAULT_LAYERS, extract_documents, get_extractor
from suivi.extract.context import CONTEXT_SLOTS
from suivi.extract.pipeline import LAYER_IO, WITH_LEARNED_LAYERS, _lines, _parse, check_layers, load_nlp, on_topic
from suivi.extract.version import layer_version
from suivi.record import Document, DocumentRecord, Provenance
from suivi.settings import Settings

Extract = Callable[..., DocumentRecord]

#: Each article as paragraphs of sentences: evidence must be exactly one of these sentences.
PARAGRAPHS_FR = [
    ["La 13e Commission mixte Cambodge-Thaïlande s'est tenue à Phnom Penh"],
    [
        "Phnom Penh (AKP) – La 13e réunion de la Commission mixte Cambodge-Thaïlande s'est tenue le 27 mai à Phnom "
        "Penh, coprésidée par le vice-Premier ministre cambodgien Chea Rithy et le ministre thaïlandais des Affaires "
        "étrangères Anan Srisuk."
    ],
    [
        "Les deux parties ont convenu d'accélérer le bornage de la frontière commune.",
        "M. Anan Srisuk a proposé d'ouvrir un nouveau point de passage frontalier.",
    ],
    ["Le commerce bilatéral a atteint 3,4 milliards de dollars au cours des quatre premiers mois de 2024."],
]
PARAGRAPHS_EN = [
    ["Cambodia, Thailand hold 13th Joint Commission in Phnom Penh"],
    [
        "Phnom Penh (AKP) – The 13th meeting of the Cambodia-Thailand Joint Commission was held in Phnom Penh on May "
        "27, co-chaired by Cambodian Deputy Prime Minister Chea Rithy and Thai Foreign Minister Anan Srisuk."
    ],
    [
        "The two sides agreed to speed up the demarcation of the common border.",
        "Mr Chea Rithy proposed opening a new railway link.",
    ],
    ["Bilateral trade reached 3.4 billion USD in the first four months of 2024."],
]
ARTICLE_FR = "\n".join(" ".join(p) for p in PARAGRAPHS_FR)
ARTICLE_EN = "\n".join(" ".join(p) for p in PARAGRAPHS_EN)
SENTENCES = {
    "fr": {s for p in PARAGRAPHS_FR for s in p},
    "en": {s for p in PARAGRAPHS_EN for s in p},
}
ARTICLES = {"fr": ARTICLE_FR, "en": ARTICLE_EN}


def provenances(record: DocumentRecord) -> Iterator[tuple[str, Provenance | None, str]]:
    """(layer, provenance, evidence) of every fact of the record."""
    for e in record.engagements:
        yield "engagements", e.provenance, e.evidence
    for c in record.commitments:
        yield "commitments", c.provenance, c.evidence
    for i in record.indicators:
        yield "indicators", i.provenance, i.evidence


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pipeline_every_fact_has_provenance(extract: Extract, lang: str) -> None:
    text = ARTICLES[lang]
    record = extract(text, lang, "2024-05")
    facts = list(provenances(record))
    assert {layer for layer, _, _ in facts} == {"engagements", "commitments", "indicators"}
    for layer, provenance, evidence in facts:
        assert provenance is not None, (layer, evidence)
        assert provenance.extractor == f"suivi.{layer}"
        layer_key = f"{provenance.extractor}.{provenance.version.split('+')[0]}"
        assert layer_key in DEFAULT_LAYERS
        assert get_extractor(layer_key) is not None
        assert provenance.version == layer_version(layer_key)  # declared version + hash of rules and data
        sentence_start = text.find(evidence)
        assert evidence and sentence_start >= 0, (layer, evidence)
        assert sentence_start <= provenance.start < provenance.end <= sentence_start + len(evidence)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pipeline_evidence_is_one_sentence(extract: Extract, lang: str) -> None:
    record = extract(ARTICLES[lang], lang, "2024-05")
    for layer, _, evidence in provenances(record):
        assert evidence in SENTENCES[lang], (layer, evidence)
    for commitment in record.commitments:
        assert commitment.text and commitment.text in commitment.evidence


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pipeline_record_round_trips_through_json(extract: Extract, lang: str) -> None:
    record = extract(ARTICLES[lang], lang, "2024-05")
    again = DocumentRecord.model_validate_json(record.to_json())
    assert again == record
    assert (again.language, again.published, again.is_diplomatic) == (lang, "2024-05", True)
    assert [e.id for e in again.engagements] == ["e1"]


@pytest.mark.parametrize("batch_size", [1, 2, 64])
def test_pipeline_mixed_batch_uses_each_language_rules(batch_size: int) -> None:
    settings = Settings(database_url="sqlite://", batch_size=batch_size)
    docs = [
        Document(id="a-fr", text=ARTICLE_FR, published="2024-05", language="fr"),
        Document(id="b-en", text=ARTICLE_EN, published="2024-05", language="en"),
        Document(id="c-en-as-fr", text=ARTICLE_EN, published="2024-05", language="fr"),
        Document(id="d-de", text="Der Außenminister traf am Dienstag seinen Amtskollegen.", language="de"),
    ]
    records = list(extract_documents(docs, settings))
    assert [(r.doc_id, r.language) for r in records] == [(d.id, d.language) for d in docs]
    fr, en, en_as_fr, de = records
    assert [(e.kind, e.series.ordinal if e.series else None) for e in fr.engagements] == [("joint_committee", 13)]
    assert [(e.kind, e.series.ordinal if e.series else None) for e in en.engagements] == [("joint_committee", 13)]
    assert not en_as_fr.is_diplomatic, "English text read with the French cues must find no French engagement"
    assert not de.is_diplomatic


@pytest.mark.parametrize(
    "text",
    [
        "Der französische Außenminister traf am Dienstag in Rabat seinen marokkanischen Amtskollegen.",
        "",
    ],
)
def test_pipeline_unsupported_language_gives_empty_record(extraction_settings: Settings, text: str) -> None:
    doc = Document(id="de-1", text=text, published="2024-05", language="de")
    (record,) = list(extract_documents([doc], extraction_settings))
    assert record.model_dump(mode="json", include={"doc_id", "language", "published", "is_diplomatic"}) == {
        "doc_id": "de-1",
        "language": "de",
        "published": "2024-05",
        "is_diplomatic": False,
    }
    assert (record.engagements, record.commitments, record.indicators) == ([], [], [])


@pytest.mark.parametrize("setting", ["fr_model", "en_model"])
def test_pipeline_loads_only_the_ner(extraction_settings: Settings, setting: str) -> None:
    """No rule reads tags, dependencies or lemmas: only a sentencizer and the NER run."""
    nlp = load_nlp(getattr(extraction_settings, setting))
    assert nlp.pipe_names == ["sentencizer", "ner"]


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("fr", "La Norvège et la Suède.\nMme Kari Nordmann aime le ski.", "Kari Nordmann"),
        ("en", "Norway and Sweden.\nMs Kari Nordmann enjoys skiing in winter.", "Kari Nordmann"),
    ],
)
def test_pipeline_ner_runs_on_lines_without_cues(
    extraction_settings: Settings, lang: str, text: str, person: str
) -> None:
    """NER is not kept for lines that name an office or an engagement: every line of an on-topic document."""
    lines = _lines([Document(id="d", text=text, language=lang)])
    parsed = _parse(lines, [True], lang, extraction_settings)
    assert any(person in e.text and e.label_ in {"PER", "PERSON"} for e in parsed[1].ents)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le ministre a reçu son homologue vietnamien.", True),
        ("en", "Peru and Chile held talks.", True),
        ("en", "The recipe needs two eggs and a cup of flour.", False),
        ("fr", "La recette demande deux œufs et du sucre.", False),
    ],
)
def test_pipeline_off_topic_documents_skip_ner(
    extraction_settings: Settings, lang: str, text: str, expected: bool
) -> None:
    assert on_topic(text, lang) is expected
    lines = _lines([Document(id="d", text=text, language=lang)])
    parsed = _parse(lines, [on_topic(text, lang)], lang, extraction_settings)
    assert parsed[0].has_annotation("ENT_IOB") is expected


def test_pipeline_every_layer_declares_what_it_reads_and_writes() -> None:
    assert check_layers(WITH_LEARNED_LAYERS) == WITH_LEARNED_LAYERS
    for name in WITH_LEARNED_LAYERS:
        io = LAYER_IO[name]
        assert io.writes, name
        assert io.reads <= CONTEXT_SLOTS | {s for other in WITH_LEARNED_LAYERS for s in LAYER_IO[other].writes}


@pytest.mark.parametrize(
    ("layers", "missing"),
    [
        (("suivi.engagements.v1", "suivi.commitments.v1", "suivi.indicators.v1"), "indicators"),
        (("suivi.participants.v1", "suivi.engagements.v1"), "engagement_mentions"),
        (("suivi.learned.v1",), "commitments"),
    ],
)
def test_pipeline_refuses_a_layer_before_what_it_reads(
    extraction_settings: Settings, layers: tuple[str, ...], missing: str
) -> None:
    with pytest.raises(UnknownExtractor, match=missing) as raised:
        list(
            extract_documents(
                [Document(id="d", text="Peru and Chile held talks.", language="en")], extraction_settings, layers
            )
        )
    assert raised.value.code == "S303"
