"""Ingest a batch of sources into the store and extract their records: the job behind `suivi ingest`."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from suivi.errors import SuiviError, UnsupportedLanguage
from suivi.ingest import ReadBatch, iter_paths
from suivi.link import LinkReport, link_store
from suivi.record import Document, DocumentRecord, Problem
from suivi.settings import Settings
from suivi.store import Store
from suivi.vocab import SUPPORTED_LANGUAGES

#: Called as on_progress(stage, advance, total): stage is "read", "extract" or "reextract".
ProgressCallback = Callable[[str, int, int], None]
#: Stale documents read from the store and re-extracted per round.
_REEXTRACT_CHUNK = 256


@dataclass
class IngestReport:
    """What one ingest run did, for the end-of-run summary."""

    added: list[str] = field(default_factory=list)
    revised: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)  # skipped id -> id already holding that text
    extracted: list[str] = field(default_factory=list)
    reextracted: list[str] = field(default_factory=list)  # stored records an older extractor version had made
    problems: list[Problem] = field(default_factory=list)
    links: LinkReport | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def as_dict(self) -> dict[str, object]:
        return {
            "added": len(self.added),
            "revised": len(self.revised),
            "unchanged": len(self.unchanged),
            "duplicates": self.duplicates,
            "extracted": len(self.extracted),
            "reextracted": len(self.reextracted),
            "errors": [p.model_dump() for p in self.errors],
            "warnings": [p.model_dump() for p in self.warnings],
            "links": self.links.model_dump() if self.links else None,
        }


def _noop(stage: str, advance: int, total: int) -> None:
    return None


def ingest(
    paths: Sequence[str | Path],
    store: Store,
    settings: Settings,
    *,
    extract: bool = True,
    on_progress: ProgressCallback = _noop,
    layers: Sequence[str] | None = None,
) -> IngestReport:
    """Read every source under `paths` into `store`, then extract records for new or changed documents and
    re-extract stored ones an older version of the extractor made; `layers` defaults to DEFAULT_LAYERS.

    Reading streams into extraction: while spaCy parses one batch of documents (in its own thread) the
    next batch is read and stored, and each batch's records are saved in one transaction."""
    report = IngestReport()
    sources: list[Path] = []
    for item in iter_paths(paths, follow_links=settings.follow_links):
        if isinstance(item, Problem):
            report.problems.append(item)
        else:
            sources.append(item)
    pending = _read_sources(sources, store, settings, report, on_progress, extract)
    if extract:
        _extract_pending(pending, store, settings, report, on_progress, layers)
    else:
        for _ in pending:  # store only
            pass
    if extract:
        report.reextracted = reextract_stale(store, settings, on_progress, layers, report.problems)
    if extract and (report.extracted or report.reextracted):
        # New records may join events and series already stored: relink their owners' records only.
        report.links = link_store(store, changed=[*report.extracted, *report.reextracted])
    return report


def _read_sources(
    sources: list[Path],
    store: Store,
    settings: Settings,
    report: IngestReport,
    on_progress: ProgressCallback,
    extract: bool,
) -> Iterator[Document]:
    """Read every source and store its documents, `batch_size` documents per transaction; yield each stored
    document that needs extracting. A file counts as read ("read" progress) once its documents are stored."""
    batch = ReadBatch(settings)
    waiting: list[Document | Problem] = []
    files = 0
    for path in sources:
        waiting.extend(batch.read(path))
        files += 1
        if sum(isinstance(got, Document) for got in waiting) >= max(1, settings.batch_size):
            yield from _store_batch(waiting, store, report, extract, settings.batch_size)
            for _ in range(files):
                on_progress("read", 1, len(sources))
            waiting, files = [], 0
    yield from _store_batch(waiting, store, report, extract, settings.batch_size)
    for _ in range(files):
        on_progress("read", 1, len(sources))


def _store_batch(
    items: list[Document | Problem], store: Store, report: IngestReport, extract: bool, batch_size: int
) -> list[Document]:
    """Store the documents read, in one transaction; the ones to extract, in reading order: new or revised,
    or unchanged but never extracted (an earlier run stopped before their record)."""
    docs = [got for got in items if isinstance(got, Document)]
    size = max(1, batch_size)  # a JSONL file of many documents is still written in bounded transactions
    outcomes = iter(
        [result for at in range(0, len(docs), size) for result in store.add_documents(docs[at : at + size])]
    )
    kept: list[tuple[Document, str]] = []
    for got in items:
        if isinstance(got, Problem):
            report.problems.append(got)
            continue
        result = next(outcomes)
        if isinstance(result, SuiviError):
            report.problems.append(Problem(code=result.code, message=str(result), source=got.source))
            continue
        outcome, twin = result
        if outcome == "unchanged" and twin and twin != got.id:
            report.duplicates[got.id] = twin
            continue
        {"added": report.added, "revised": report.revised, "unchanged": report.unchanged}[outcome].append(got.id)
        kept.append((got, outcome))
    if not extract:
        return []
    unchanged = [doc.id for doc, outcome in kept if outcome == "unchanged"]
    missing = store.unextracted(unchanged) if unchanged else set()
    stored = {doc.id: doc for doc in store.documents_for(missing)} if missing else {}
    return [
        doc if outcome != "unchanged" else stored[doc.id]
        for doc, outcome in kept
        if outcome != "unchanged" or doc.id in stored
    ]


def reextract_stale(
    store: Store,
    settings: Settings,
    on_progress: ProgressCallback = _noop,
    layers: Sequence[str] | None = None,
    problems: list[Problem] | None = None,
) -> list[str]:
    """Extract again every stored document whose record an older version of the extractor made (its rules,
    data or model changed since: `suivi.extract.version`); returns their ids. Links are left to the caller."""
    from suivi.extract import DEFAULT_LAYERS, extract_documents
    from suivi.extract.version import RECORD_KEY, layer_versions

    chosen = tuple(layers or DEFAULT_LAYERS)
    stale = store.stale_records(layer_versions(chosen), RECORD_KEY)
    done: list[str] = []
    found = problems if problems is not None else []
    for start in range(0, len(stale), _REEXTRACT_CHUNK):
        docs = store.documents_for(stale[start : start + _REEXTRACT_CHUNK])
        for records in _chunked(extract_documents(docs, settings, chosen), settings.batch_size):
            for record in _save_batch(records, store, found):
                done.append(record.doc_id)
                on_progress("reextract", 1, len(stale))
    return done


def _extract_pending(
    pending: Iterable[Document],
    store: Store,
    settings: Settings,
    report: IngestReport,
    on_progress: ProgressCallback,
    layers: Sequence[str] | None = None,
) -> None:
    """Extract and save the records of `pending` (consumed lazily: documents may still be arriving)."""
    counted = _Counted(pending)
    if not counted.any():
        return
    from suivi.extract import DEFAULT_LAYERS, extract_documents  # spaCy loads only when there is something to extract

    records = extract_documents(counted, settings, tuple(layers or DEFAULT_LAYERS))
    for batch in _chunked(records, settings.batch_size):
        for record in _save_batch(batch, store, report.problems):
            report.extracted.append(record.doc_id)
            if record.language not in SUPPORTED_LANGUAGES:
                report.problems.append(_unsupported(record.doc_id, record.language))
            on_progress("extract", 1, counted.seen)


def _save_batch(records: list[DocumentRecord], store: Store, problems: list[Problem]) -> list[DocumentRecord]:
    """Save the records in one transaction; the ones saved, in order. A record the store refuses becomes a
    problem; when the batch's transaction fails, each record is tried alone so the failure lands on its own."""
    try:
        failed = dict(store.save_records(records))
    except SuiviError:
        failed = {}
        for record in records:
            try:
                store.save_record(record)
            except SuiviError as exc:
                failed[record.doc_id] = exc
    for doc_id, error in failed.items():
        problems.append(Problem(code=error.code, message=str(error), source=doc_id))
    return [record for record in records if record.doc_id not in failed]


def _chunked(records: Iterable[DocumentRecord], size: int) -> Iterator[list[DocumentRecord]]:
    batch: list[DocumentRecord] = []
    for record in records:
        batch.append(record)
        if len(batch) >= max(1, size):
            yield batch
            batch = []
    if batch:
        yield batch


class _Counted:
    """An iterator of documents that counts how many it has given so far (the extract progress total)."""

    def __init__(self, docs: Iterable[Document]) -> None:
        self._docs = iter(docs)
        self._first: list[Document] = []
        self.seen = 0

    def any(self) -> bool:
        """Whether there is a document at all (reading up to the first one)."""
        if not self._first:
            self._first = list(itertools.islice(self._docs, 1))
        return bool(self._first)

    def __iter__(self) -> Iterator[Document]:
        return self

    def __next__(self) -> Document:
        doc = self._first.pop() if self._first else next(self._docs)
        self.seen += 1
        return doc


def _unsupported(doc_id: str, language: str | None) -> Problem:
    message = (
        f"[{UnsupportedLanguage.code}] no extraction rules for language {language!r}: the document is stored and "
        f"searchable with an empty record; suivi extracts {', '.join(SUPPORTED_LANGUAGES)}"
    )
    return Problem(code=UnsupportedLanguage.code, message=message, source=doc_id, severity="warning")
