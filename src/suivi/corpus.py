"""Ingest a batch of sources into the store and extract their records: the job behind `suivi ingest`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from suivi.errors import SuiviError, UnsupportedLanguage
from suivi.ingest import ReadBatch, iter_paths
from suivi.link import LinkReport, link_store
from suivi.record import Document, Problem
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
    re-extract stored ones an older version of the extractor made; `layers` defaults to DEFAULT_LAYERS."""
    report = IngestReport()
    sources: list[Path] = []
    for item in iter_paths(paths, follow_links=settings.follow_links):
        if isinstance(item, Problem):
            report.problems.append(item)
        else:
            sources.append(item)
    pending: list[Document] = []
    batch = ReadBatch(settings)
    for path in sources:
        for got in batch.read(path):
            _store_one(got, store, report, pending, extract)
        on_progress("read", 1, len(sources))
    if extract and pending:
        _extract_pending(pending, store, settings, report, on_progress, layers)
    if extract:
        report.reextracted = reextract_stale(store, settings, on_progress, layers, report.problems)
    if extract and (report.extracted or report.reextracted):
        # New records may join events and series already stored: relink their owners' records only.
        report.links = link_store(store, changed=[*report.extracted, *report.reextracted])
    return report


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
    for start in range(0, len(stale), _REEXTRACT_CHUNK):
        docs = store.documents_for(stale[start : start + _REEXTRACT_CHUNK])
        for record in extract_documents(docs, settings, chosen):
            try:
                store.save_record(record)
            except SuiviError as exc:
                if problems is not None:
                    problems.append(Problem(code=exc.code, message=str(exc), source=record.doc_id))
                continue
            done.append(record.doc_id)
            on_progress("reextract", 1, len(stale))
    return done


def _store_one(
    got: Document | Problem, store: Store, report: IngestReport, pending: list[Document], extract: bool
) -> None:
    if isinstance(got, Problem):
        report.problems.append(got)
        return
    try:
        outcome = store.add_document(got)
    except SuiviError as exc:
        report.problems.append(Problem(code=exc.code, message=str(exc), source=got.source))
        return
    if outcome == "unchanged" and store.duplicate_of and store.duplicate_of != got.id:
        report.duplicates[got.id] = store.duplicate_of
        return
    {"added": report.added, "revised": report.revised, "unchanged": report.unchanged}[outcome].append(got.id)
    if extract and (outcome != "unchanged" or store.get_record(got.id) is None):
        pending.append(store.get_document(got.id) if outcome == "unchanged" else got)


def _extract_pending(
    pending: Iterable[Document],
    store: Store,
    settings: Settings,
    report: IngestReport,
    on_progress: ProgressCallback,
    layers: Sequence[str] | None = None,
) -> None:
    from suivi.extract import DEFAULT_LAYERS, extract_documents  # spaCy loads only when there is something to extract

    docs = list(pending)
    for record in extract_documents(docs, settings, tuple(layers or DEFAULT_LAYERS)):
        try:
            store.save_record(record)
        except SuiviError as exc:
            report.problems.append(Problem(code=exc.code, message=str(exc), source=record.doc_id))
            continue
        report.extracted.append(record.doc_id)
        if record.language not in SUPPORTED_LANGUAGES:
            report.problems.append(_unsupported(record.doc_id, record.language))
        on_progress("extract", 1, len(docs))


def _unsupported(doc_id: str, language: str | None) -> Problem:
    message = (
        f"[{UnsupportedLanguage.code}] no extraction rules for language {language!r}: the document is stored and "
        f"searchable with an empty record; suivi extracts {', '.join(SUPPORTED_LANGUAGES)}"
    )
    return Problem(code=UnsupportedLanguage.code, message=message, source=doc_id, severity="warning")
