"""The extraction pipeline: spaCy for sentences and person names, then the registered rule layers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import Any

from suivi.errors import ModelNotInstalled, SuiviError, UnknownExtractor, UnsupportedLanguage
from suivi.extract.context import CONTEXT_SLOTS, LayerIO, Sentence, Slot, build_context
from suivi.extract.countries import find_countries
from suivi.extract.cues import cue
from suivi.extract.learned import sentence_model_for, using_sentence_model
from suivi.extract.registry import get_extractor
from suivi.extract.version import stamp
from suivi.ingest.body import body_text
from suivi.record import Document, DocumentRecord
from suivi.settings import Settings, spacy_model
from suivi.vocab import EngagementKind

#: The rule layers, in order: later layers read what earlier ones found.
DEFAULT_LAYERS: tuple[str, ...] = (
    "suivi.engagements.v1",
    "suivi.participants.v1",
    "suivi.indicators.v1",
    "suivi.commitments.v1",
)
#: The rule layers plus the sentence model's engagements (sentences the rules did not use, with two parties and
#: a month or day). Not the default: under document cross-validation (python -m suivi.evaluate.crossval
#: --compare) it adds about five engagements (F1 dev 0.872 -> 0.879, wild 0.843 -> 0.849), too few to trust yet;
#: its commitments stay off (they lowered commitments F1). See docs/extraction.md.
WITH_LEARNED_LAYERS: tuple[str, ...] = (*DEFAULT_LAYERS, "suivi.learned.v1")


def _io(reads: set[Slot], writes: set[Slot]) -> LayerIO:
    return LayerIO(reads=frozenset(reads), writes=frozenset(writes))


#: What each layer reads and writes; `check_layers` refuses an order in which a layer reads what no earlier
#: one wrote (indicators before commitments: a commitment may be the target an indicator states).
LAYER_IO: dict[str, LayerIO] = {
    "suivi.engagements.v1": _io(
        {"sentences", "persons", "countries", "dates", "dyad", "published"}, {"engagements", "engagement_mentions"}
    ),
    "suivi.participants.v1": _io(
        {"sentences", "persons", "places", "countries", "dyad", "engagements", "engagement_mentions"},
        {"participants"},
    ),
    "suivi.indicators.v1": _io({"sentences", "quantities", "dyad", "published", "engagements"}, {"indicators"}),
    "suivi.commitments.v1": _io(
        {"sentences", "countries", "dyad", "engagements", "engagement_mentions", "indicators"}, {"commitments"}
    ),
    "suivi.learned.v1": _io(
        {"sentences", "countries", "dates", "dyad", "published", "engagements", "engagement_mentions", "commitments"},
        {"engagements", "commitments"},
    ),
}


def check_layers(layers: Iterable[str]) -> tuple[str, ...]:
    """The layers, checked: each registered, and each reading only what the context or an earlier layer
    provides (UnknownExtractor, S303, otherwise). A layer without a declaration in LAYER_IO is not checked."""
    chosen = tuple(layers)
    provided: set[Slot] = set(CONTEXT_SLOTS)
    for name in chosen:
        get_extractor(name)
        io = LAYER_IO.get(name)
        if io is None:
            continue
        missing = sorted(io.reads - provided)
        if missing:
            raise UnknownExtractor(
                f"layer {name!r} reads {', '.join(missing)}, which no layer before it writes; "
                f"put the layer that writes it earlier (order given: {', '.join(chosen)})"
            )
        provided |= io.writes
    return chosen


#: The one component whose output a rule reads (`Doc.ents`: persons and places); sentences come from a
#: rule-based sentencizer. Tags, dependencies, lemmas and morphology are read by no rule, so their
#: components are not even loaded, nor the shared tok2vec unless the NER listens to it.
_READ = "ner"
_PERSON_LABELS = {"PER", "PERSON"}
_PLACE_LABELS = {"LOC", "GPE", "FAC"}
#: Engagements only states hold: an article reporting one is diplomatic whatever else it talks about.
_STATE_KINDS = {EngagementKind.CONSULTATION, EngagementKind.JOINT_COMMITTEE, EngagementKind.VISIT, EngagementKind.CALL}
_LINE = re.compile(r"[^\n]+")
#: So many sport / business / culture words that even a two-state engagement is likely a match or a deal.
_DISTRACTOR_LIMIT = 4
_PAIR = 2
#: Below this many lines per worker, starting worker processes costs more than it saves.
_LINES_PER_PROCESS = 2000


@cache
def load_nlp(model: str) -> Any:
    """Load a spaCy pipeline once per process, keeping only what a rule reads: the NER (and the tok2vec
    it listens to, if any), after a rule-based sentencizer."""
    import spacy

    if model.startswith("blank:"):  # no statistical model: names come from the office-title rules only
        nlp = spacy.blank(model.removeprefix("blank:"))
        nlp.add_pipe("sentencizer")
        return nlp
    try:
        names = spacy.util.get_model_meta(spacy.util.get_package_path(model))["pipeline"]
    except (OSError, KeyError, ModuleNotFoundError):
        names = None
    try:
        nlp = spacy.load(model, exclude=[n for n in names or [] if n not in (_READ, "tok2vec")])
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed; reinstall suivi (`make demo` does) or set SUIVI_*_MODEL",
            source=model,
        ) from exc
    for name in list(nlp.pipe_names):
        listeners = getattr(nlp.get_pipe(name), "listening_components", [])
        if name != _READ and _READ not in listeners:
            nlp.remove_pipe(name)
    nlp.add_pipe("sentencizer", first=True)
    return nlp


@cache
def load_light(lang: str) -> Any:
    """Tokenizer and sentencizer only: for documents that name no country, organisation or people of one."""
    import spacy

    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


def on_topic(text: str, lang: str) -> bool:
    """Whether the text names a country, an organisation, a demonym, a capital or a city: a document that
    names none can hold no engagement between states, so its persons and places are not worth NER."""
    return bool(find_countries(text, lang))


def model_for(lang: str, settings: Settings) -> str:
    return spacy_model(settings, lang)


@dataclass
class _Line:
    doc_index: int
    start: int
    text: str


def _lines(docs: list[Document]) -> list[_Line]:
    """One spaCy input per line: paragraphs must not be run together, or entities leak across them."""
    return [_Line(i, m.start(), m.group(0)) for i, d in enumerate(docs) for m in _LINE.finditer(d.text)]


def _entities(spacy_doc: Any, labels: set[str]) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.text) for e in spacy_doc.ents if e.label_ in labels]


def _inside(spans: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    return [(s - start, e - start, t) for s, e, t in spans if start <= s < end]


def _sentences(lines: list[_Line], parsed: Iterable[Any], n_docs: int) -> list[list[Sentence]]:
    per_doc: list[list[Sentence]] = [[] for _ in range(n_docs)]
    for line, spacy_doc in zip(lines, parsed, strict=True):
        persons = _entities(spacy_doc, _PERSON_LABELS)
        places = _entities(spacy_doc, _PLACE_LABELS)
        for sent in spacy_doc.sents:
            if not sent.text.strip():
                continue
            sentences = per_doc[line.doc_index]
            start, end = sent.start_char, sent.end_char
            sentences.append(
                Sentence(
                    len(sentences),
                    line.start + start,
                    line.start + end,
                    sent.text,
                    persons=_inside(persons, start, end),
                    places=_inside(places, start, end),
                )
            )
    return per_doc


def record_for(doc: Document, lang: str, sentences: list[Sentence], layers: Iterable[str]) -> DocumentRecord:
    """Run the rule layers over one prepared document."""
    record = DocumentRecord(doc_id=doc.id, language=lang, published=doc.published)
    ctx = build_context(doc, lang, sentences)
    for name in layers:
        get_extractor(name)(ctx, record)
    record.is_diplomatic = is_diplomatic(doc.text, lang, record)
    if not record.is_diplomatic:
        record.engagements, record.commitments, record.indicators = [], [], []
    return stamp(record, layers)


def is_diplomatic(text: str, lang: str, record: DocumentRecord) -> bool:
    """An engagement between states was found and the article is not mostly sport, business or culture.

    No single cue decides. A commitment between two named states makes it diplomatic with no engagement
    found (hardly any distractor word allowed). An engagement only states hold (a visit, a call, a consultation round, a
    committee) is enough unless the article is full of distractor words; a meeting, summit or celebration
    needs two named parties or a state actor in the text, and hardly any distractor word (a "rencontre"
    between two national teams is a match).
    """
    distractors = len(cue("engagements", lang, "distractor").findall(text))
    if not record.engagements:  # a commitment stated between two named parties (see suivi.commitments)
        return bool(record.commitments) and distractors < 2
    if any(e.kind in _STATE_KINDS for e in record.engagements):
        return distractors < _DISTRACTOR_LIMIT
    named_pair = any(len(e.parties) >= _PAIR for e in record.engagements)
    if not (named_pair or cue("engagements", lang, "state_actor").search(text)):
        return False
    return distractors < 2


def extract_batch(docs: list[Document], lang: str, settings: Settings, layers: Iterable[str]) -> list[DocumentRecord]:
    """Records of documents that share one language: NER on every line of every on-topic document."""
    return _run_layers(_prepare(docs, lang, settings), settings, tuple(layers))


@dataclass
class _Prepared:
    """Documents of one language with their sentences and entities: what the rule layers start from."""

    lang: str
    docs: list[Document]
    sentences: list[list[Sentence]]


def _prepare(docs: list[Document], lang: str, settings: Settings) -> _Prepared:
    """Sentences and NER entities of documents that share one language (the spaCy part of extraction)."""
    docs = [doc.model_copy(update={"text": body_text(doc.text)}) for doc in docs]  # page furniture reads blank
    lines = _lines(docs)
    topical = [on_topic(doc.text, lang) for doc in docs]
    parsed = _parse(lines, topical, lang, settings)
    return _Prepared(lang, docs, _sentences(lines, parsed, len(docs)))


def _run_layers(prepared: _Prepared, settings: Settings, layers: tuple[str, ...]) -> list[DocumentRecord]:
    """The records of prepared documents: the rule layers, then the diplomatic decision."""
    docs, lang, per_doc = prepared.docs, prepared.lang, prepared.sentences
    if settings.sentence_model is None:  # the learned layer, when it runs, loads the packaged model itself
        return [record_for(doc, lang, sents, tuple(layers)) for doc, sents in zip(docs, per_doc, strict=True)]
    with using_sentence_model(sentence_model_for(settings)):  # an outer context (cross-validation) still wins
        return [record_for(doc, lang, sents, tuple(layers)) for doc, sents in zip(docs, per_doc, strict=True)]


def _parse(lines: list[_Line], topical: list[bool], lang: str, settings: Settings) -> list[Any]:
    """The spaCy Doc of each line: the NER pipeline for lines of on-topic documents, batched (and spread
    over `n_process` workers when there are enough lines to pay for them), the tokenizer alone otherwise."""
    heavy = [i for i, line in enumerate(lines) if topical[line.doc_index]]
    parsed: list[Any] = [None] * len(lines)
    batch = max(8, settings.batch_size * 8)
    if heavy:
        nlp = load_nlp(model_for(lang, settings))
        workers = settings.n_process if len(heavy) >= _LINES_PER_PROCESS * settings.n_process else 1
        texts = (lines[i].text for i in heavy)
        for i, spacy_doc in zip(heavy, nlp.pipe(texts, batch_size=batch, n_process=workers), strict=True):
            parsed[i] = spacy_doc
    rest = [i for i in range(len(lines)) if parsed[i] is None]
    if rest:
        light = load_light(lang)
        for i, spacy_doc in zip(rest, light.pipe((lines[i].text for i in rest), batch_size=batch), strict=True):
            parsed[i] = spacy_doc
    return parsed


def extract_documents(
    docs: Iterable[Document], settings: Settings, layers: Iterable[str] = DEFAULT_LAYERS
) -> Iterator[DocumentRecord]:
    """Document records in input order, extracted in batches of `batch_size` documents per language.

    spaCy prepares the next batch in a second thread while the rule layers read the current one: the
    NER's matrix products release the GIL, so on two cores the two overlap.
    """
    layers = check_layers(layers)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="suivi-nlp") as pool:
        ahead: Future[list[_Group]] | None = None
        for batch in _batches(docs, settings.batch_size):
            following = pool.submit(_prepare_mixed, batch, settings)
            if ahead is not None:
                yield from _finish_mixed(ahead.result(), layers, settings)
            ahead = following
        if ahead is not None:
            yield from _finish_mixed(ahead.result(), layers, settings)


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


#: A batch's documents of one language: their positions in the batch and, prepared, the documents (or, for a
#: language suivi has no pipeline for, the language: they get an empty record).
_Group = tuple[list[int], _Prepared | tuple[str, list[Document]]]


def _prepare_mixed(docs: list[Document], settings: Settings) -> list[_Group]:
    """Each language's documents of the batch, prepared."""
    by_lang: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        by_lang.setdefault(doc.language or settings.default_language, []).append(i)
    out: list[_Group] = []
    for lang, indexes in by_lang.items():
        group = [docs[i] for i in indexes]
        try:
            out.append((indexes, _prepare(group, lang, settings)))
        except UnsupportedLanguage:
            out.append((indexes, (lang, group)))
    return out


def _finish_mixed(groups: list[_Group], layers: tuple[str, ...], settings: Settings) -> list[DocumentRecord]:
    """The records of a prepared batch, in the order its documents came in."""
    out: dict[int, DocumentRecord] = {}
    for indexes, group in groups:
        out.update(zip(indexes, _group_records(group, settings, layers), strict=True))
    return [out[i] for i in range(len(out))]


def _group_records(
    group: _Prepared | tuple[str, list[Document]], settings: Settings, layers: tuple[str, ...]
) -> list[DocumentRecord]:
    if isinstance(group, _Prepared):
        try:
            return _run_layers(group, settings, layers)
        except UnsupportedLanguage:  # a spaCy pipeline but no rules for the language
            lang, docs = group.lang, group.docs
    else:
        lang, docs = group
    return [stamp(DocumentRecord(doc_id=doc.id, language=lang, published=doc.published), layers) for doc in docs]


def extract_document(doc: Document, settings: Settings) -> DocumentRecord:
    """The record of one document."""
    try:
        return next(extract_documents([doc], settings))
    except StopIteration as exc:  # pragma: no cover - one document in, one record out
        raise SuiviError("extraction produced no record", source=doc.id) from exc
