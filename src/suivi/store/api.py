"""The Store: suivi's one entry point to the database (documents, revisions, records, links, search)."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from suivi.errors import DocumentNotFound, EngagementNotFound, InvalidQuery, StoreError, SuiviError
from suivi.record import Document, DocumentRecord
from suivi.store import corrections as fixes
from suivi.store import search as fulltext
from suivi.store.connection import (
    SQLITE_BEGIN,
    check_connection,
    create_store_engine,
    is_memory_sqlite,
    normalise_url,
)
from suivi.store.documents import (
    CURRENT_DOCUMENTS,
    AddOutcome,
    add_in,
    content_hash_of,
    document_of,
    published_since,
)
from suivi.store.facts import (
    chunks,
    delete_facts,
    insert_rows,
    load_facts,
    missing_engagements,
    revisions_and_records,
)
from suivi.store.integrity import run_checks, store_counts, table_counts
from suivi.store.link_corrections import Links, corrected_links
from suivi.store.locks import relink_lock, share_relink_lock
from suivi.store.migrate import upgrade
from suivi.store.models import CorrectionRow, DocumentRow, EngagementRow, RecordRow, RevisionRow, utc_now
from suivi.store.results import DocumentDetail, IntegrityReport, Revision, SearchHit, StoreStats
from suivi.store.rows import RecordRows, document_to_store, record_rows

__all__ = ["AddOutcome", "Links", "Store", "content_hash_of"]


class Store:
    """Documents, their text history and extracted records in SQLite or PostgreSQL; open with `Store.open`."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        # SQLite: writers take the write lock when they begin, so read-then-write cannot deadlock.
        self._writer = engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
        #: After `add_document` returned "unchanged" for new content: the id already holding it.
        #: Per call: threads sharing a Store should not rely on it.
        self.duplicate_of: str | None = None
        # An in-memory SQLite database is one shared connection: one transaction at a time.
        self._serial: AbstractContextManager[Any] = threading.RLock() if is_memory_sqlite(engine.url) else nullcontext()

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect to `url` (sqlite:///file, sqlite://, postgresql://...) and apply pending migrations."""
        engine = create_store_engine(normalise_url(url))
        try:
            check_connection(engine)
            upgrade(engine)
            fulltext.ensure_index(engine)  # a search table made before stemming is rebuilt
        except StoreError:
            engine.dispose()
            raise
        return cls(engine)

    @property
    def url(self) -> str:
        """The store's URL with the password masked."""
        return self._engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        """`sqlite` or `postgresql`."""
        return self._engine.dialect.name

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _session(self, action: str, *, write: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        try:
            with (
                self._serial,
                Session(self._writer if write else self._engine, expire_on_commit=False) as session,
                session.begin(),
            ):
                yield session
        except SQLAlchemyError as exc:
            advice = (
                "nothing was written; retry, and check disk space and permissions if it persists"
                if write
                else "check that the database is reachable and was opened by this version of suivi"
            )
            raise StoreError(
                f"{action} failed in {self.url!r}: {str(exc).splitlines()[0]}; {advice}",
                detail={"url": self.url},
            ) from exc

    def relinking(self) -> AbstractContextManager[None]:
        """Hold the relinking lock: meanwhile nobody saves or removes facts (PostgreSQL; see `store.locks`)."""
        return relink_lock(self._engine)

    def _not_found(self, doc_id: str, hint: str = "check the id, or ingest the article first") -> StoreError:
        return DocumentNotFound(f"no document {doc_id!r} in the store {self.url!r}; {hint}", detail={"doc_id": doc_id})

    # --- documents ------------------------------------------------------------------------

    def add_document(self, doc: Document) -> AddOutcome:
        """Store a document in one transaction: "added"; "unchanged" for known content (same id, or
        another id: see `duplicate_of`); "revised" when the id's text changed (history kept)."""
        doc = document_to_store(doc)  # S1xx for what either backend would refuse, before any write
        content_hash = doc.content_hash or content_hash_of(doc.text)
        self.duplicate_of = None
        try:
            outcome, self.duplicate_of = self._add_once(doc, content_hash)
        except StoreError as exc:
            if not isinstance(exc.__cause__, IntegrityError):
                raise
            # Another writer stored this id between our read and our write: decide again on its row.
            outcome, self.duplicate_of = self._add_once(doc, content_hash)
        return outcome

    def add_documents(self, docs: Sequence[Document]) -> list[tuple[AddOutcome, str | None] | SuiviError]:
        """Store several documents in one transaction (what an ingest does per batch): per document, in
        order, its outcome as `add_document` gives it with the id already holding its text (`duplicate_of`),
        or the error that kept it out. When the batch's transaction fails, each document is tried alone."""
        results: list[tuple[AddOutcome, str | None] | SuiviError] = []
        checked: list[tuple[int, Document]] = []
        for doc in docs:
            try:
                checked.append((len(results), document_to_store(doc)))
                results.append(("unchanged", None))  # placeholder until the batch is written
            except SuiviError as exc:
                results.append(exc)
        if not checked:
            return results
        try:
            with self._session(f"adding {len(checked)} documents", write=True) as session:
                for index, doc in checked:
                    results[index] = add_in(session, doc, doc.content_hash or content_hash_of(doc.text))
        except SuiviError:
            for index, doc in checked:
                try:
                    results[index] = (self.add_document(doc), self.duplicate_of)
                except SuiviError as exc:
                    results[index] = exc
        return results

    def _add_once(self, doc: Document, content_hash: str) -> tuple[AddOutcome, str | None]:
        with self._session(f"adding document {doc.id!r}", write=True) as session:
            return add_in(session, doc, content_hash)

    def unextracted(self, doc_ids: Iterable[str]) -> set[str]:
        """Those of these stored documents that have no record yet."""
        ids = sorted(set(doc_ids))
        found: set[str] = set()
        for chunk in chunks(ids):
            with self._session("reading records") as session:
                found.update(session.scalars(select(RecordRow.doc_id).where(RecordRow.doc_id.in_(chunk))))
        return set(ids) - found

    def get_document(self, doc_id: str) -> Document:
        """The document with its current text; DocumentNotFound (S201) if the id is unknown."""
        with self._session(f"reading document {doc_id!r}") as session:
            found = session.execute(CURRENT_DOCUMENTS.where(DocumentRow.id == doc_id)).first()
        if found is None:
            raise self._not_found(doc_id)
        return document_of(found[0], found[1])

    def documents(
        self,
        *,
        language: str | None = None,
        since: str | None = None,
        outlet: str | None = None,
        limit: int | None = None,
    ) -> list[Document]:
        """Stored documents, newest first. `since` ("2021", "2021-01", "2021-01-15") keeps documents
        published then or later, compared at the coarser precision ("2021" is kept for "2021-06")."""
        query = CURRENT_DOCUMENTS
        if language is not None:
            query = query.where(DocumentRow.language == language)
        if outlet is not None:
            query = query.where(func.lower(DocumentRow.outlet) == outlet.lower())
        if since is not None:
            query = query.where(published_since(since))
        if limit is not None:
            if limit < 0:
                raise InvalidQuery(f"limit must be zero or more, got {limit}", detail={"limit": limit})
            query = query.limit(limit)
        query = query.order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id)
        with self._session("listing documents") as session:
            return [document_of(row, body) for row, body in session.execute(query)]

    def revisions(self, doc_id: str) -> list[Revision]:
        """Every text the document has had, oldest first; DocumentNotFound if the id is unknown."""
        with self._session(f"reading revisions of {doc_id!r}") as session:
            rows = session.scalars(
                select(RevisionRow).where(RevisionRow.document_id == doc_id).order_by(RevisionRow.revision)
            ).all()
        if not rows:
            raise self._not_found(doc_id)
        return [
            Revision(
                document_id=r.document_id,
                revision=r.revision,
                text=r.text,
                content_hash=r.content_hash,
                ingested_at=r.ingested_at,
            )
            for r in rows
        ]

    def document_detail(self, doc_id: str) -> DocumentDetail:
        """The document with its revision number, every text it has had and its record (`suivi show`)."""
        revisions = self.revisions(doc_id)
        return DocumentDetail(
            document=self.get_document(doc_id),
            revision=revisions[-1].revision,
            revisions=revisions,
            record=self.get_record(doc_id),
        )

    # --- records --------------------------------------------------------------------------

    def save_record(self, record: DocumentRecord) -> None:
        """Replace the document's extracted facts with `record`, in one transaction. A record read with
        corrections applied is refused (S205): corrections stay a layer of their own (read with raw=True)."""
        failed = self.save_records([record])
        if failed:
            raise failed[0][1]

    def save_records(self, records: Sequence[DocumentRecord]) -> list[tuple[str, SuiviError]]:
        """Replace the facts of each record's document, all in one transaction (what an ingest does per
        batch: one commit and one executemany per table instead of one per record). A record that cannot
        be saved (unknown document S201, invalid record S205) is left out and returned with its error, the
        others are saved; a database failure writes nothing and raises StoreError."""
        failed: list[tuple[str, SuiviError]] = []
        accepted: list[DocumentRecord] = []
        for record in records:
            if (record.model_extra or {}).get("corrections"):
                failed.append((record.doc_id, fixes.corrected_record_refused(record.doc_id)))
            else:
                accepted.append(record)
        if not accepted:
            return failed
        doc_ids = sorted({record.doc_id for record in accepted})
        shown = accepted[0].doc_id if len(doc_ids) == 1 else f"{len(doc_ids)} documents"
        with self._session(f"saving the record of {shown!r}", write=True) as session:
            share_relink_lock(session)
            revisions, extracted = revisions_and_records(session, doc_ids)
            batch: dict[str, RecordRows] = {}  # a document saved twice in the batch keeps its last record
            for record in accepted:
                if record.doc_id not in revisions:
                    hint = "add the document with add_document before its record"
                    failed.append((record.doc_id, self._not_found(record.doc_id, hint)))
                    continue
                try:
                    batch[record.doc_id] = record_rows(record, revisions[record.doc_id])
                except SuiviError as exc:
                    failed.append((record.doc_id, exc))
            replaced = sorted(extracted & set(batch))
            for chunk in chunks(replaced):  # a new document has no facts to delete
                delete_facts(session, chunk)
            insert_rows(session, list(batch.values()))
        return failed

    def get_record(self, doc_id: str, *, raw: bool = False) -> DocumentRecord | None:
        """The stored record as corrected by analysts (`raw`: as extracted), None if the document was not
        extracted yet; DocumentNotFound if unknown."""
        with self._session(f"reading the record of {doc_id!r}") as session:
            facts = load_facts(session, [doc_id])
            if not facts and session.get(DocumentRow, doc_id) is None:
                raise self._not_found(doc_id)
            found = fixes.corrected_records(session, facts, raw)
        return found[0] if found else None

    def records(self, *, batch_size: int = 200) -> Iterator[DocumentRecord]:
        """Every stored record by doc_id, read `batch_size` documents per short transaction."""
        if batch_size < 1:
            raise InvalidQuery(f"batch_size must be 1 or more, got {batch_size}", detail={"batch_size": batch_size})
        after: str | None = None
        while True:
            query = select(RecordRow.doc_id).order_by(RecordRow.doc_id).limit(batch_size)
            if after is not None:
                query = query.where(RecordRow.doc_id > after)
            with self._session("reading records") as session:
                ids = list(session.scalars(query).all())
                built = fixes.corrected_records(session, load_facts(session, ids)) if ids else []
            if not ids:
                return
            yield from built
            after = ids[-1]

    def engagement_parties(self) -> list[tuple[str, str, list[str]]]:
        """(doc_id, kind, parties) of every stored engagement: what an incremental link run scopes itself by."""
        query = select(EngagementRow.doc_id, EngagementRow.kind, EngagementRow.parties)
        with self._session("reading engagements") as session:
            return [(doc_id, kind, list(parties or [])) for doc_id, kind, parties in session.execute(query)]

    def records_for(self, doc_ids: Iterable[str], *, raw: bool = False) -> list[DocumentRecord]:
        """The stored records of these documents as corrected (`raw`: as extracted), by doc_id (documents
        without a record are left out)."""
        found: list[DocumentRecord] = []
        for chunk in chunks(sorted(set(doc_ids))):
            with self._session("reading records") as session:
                found.extend(fixes.corrected_records(session, load_facts(session, chunk), raw))
        return found

    def texts_for(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The current text of each of these documents."""
        texts: dict[str, str] = {}
        for chunk in chunks(sorted(set(doc_ids))):
            query = CURRENT_DOCUMENTS.where(DocumentRow.id.in_(chunk))
            with self._session("reading texts") as session:
                texts.update((row.id, body) for row, body in session.execute(query))
        return texts

    def documents_for(self, doc_ids: Iterable[str]) -> list[Document]:
        """The current documents of these ids, by id (unknown ids are left out)."""
        found: list[Document] = []
        for chunk in chunks(sorted(set(doc_ids))):
            query = CURRENT_DOCUMENTS.where(DocumentRow.id.in_(chunk)).order_by(DocumentRow.id)
            with self._session("reading documents") as session:
                found.extend(document_of(row, body) for row, body in session.execute(query))
        return found

    def stale_records(self, versions: Mapping[str, str], key: str) -> list[str]:
        """Ids of the stored records not made by exactly these extractor versions (the record's `key`
        differs from `versions`, or is missing: a record stored before records said which versions made them)."""
        wanted = dict(versions)
        query = select(RecordRow.doc_id, RecordRow.extra).order_by(RecordRow.doc_id)
        with self._session("reading extractor versions") as session:
            return [doc_id for doc_id, extra in session.execute(query) if (extra or {}).get(key) != wanted]

    def set_links(self, links: Links, *, replace: bool = False) -> None:
        """Write the linker's (event_key, series_key) per (doc_id, engagement id), in one transaction.
        With `replace`, keys of engagements not in `links` are cleared; unknown engagements raise S204."""
        with self._session("saving links", write=True) as session:
            missing = missing_engagements(session, list(links))
            if missing:
                shown = ", ".join(f"{doc}/{eid}" for doc, eid in missing[:5])
                raise EngagementNotFound(
                    f"{len(missing)} linked engagement(s) are not in the store ({shown}); "
                    "nothing was written: re-run linking on the records now stored",
                    detail={"missing": [list(pair) for pair in missing]},
                )
            links = corrected_links(session, links)
            if replace:
                session.execute(update(EngagementRow).values(event_key=None, series_key=None))
            if links:
                session.execute(
                    update(EngagementRow),
                    [
                        {"doc_id": doc, "local_id": eid, "event_key": event_key, "series_key": series_key}
                        for (doc, eid), (event_key, series_key) in links.items()
                    ],
                )

    # --- repair ---------------------------------------------------------------------------

    def remove_documents(self, doc_ids: Iterable[str]) -> list[str]:
        """Delete documents with their revisions, record, facts and search rows, in one transaction;
        DocumentNotFound (S201) naming every unknown id, and nothing removed, if any id is unknown.
        Links of the documents that shared events with them are stale until relinked (`link.remove_documents`)."""
        ids = sorted(set(doc_ids))
        with self._session(f"removing {len(ids)} document(s)", write=True) as session:
            share_relink_lock(session)
            known: set[str] = set()
            for chunk in chunks(ids):
                known.update(session.scalars(select(DocumentRow.id).where(DocumentRow.id.in_(chunk))))
            unknown = [doc_id for doc_id in ids if doc_id not in known]
            if unknown:
                shown = ", ".join(repr(doc_id) for doc_id in unknown[:5]) + (" …" if len(unknown) > 5 else "")
                raise DocumentNotFound(
                    f"no document {shown} in the store {self.url!r}; nothing was removed: "
                    "check the ids with `suivi documents`",
                    detail={"doc_ids": unknown},
                )
            for chunk in chunks(ids):
                fulltext.unindex_documents(session.connection(), chunk)
                delete_facts(session, chunk)
                session.execute(delete(RevisionRow).where(RevisionRow.document_id.in_(chunk)))
                session.execute(delete(DocumentRow).where(DocumentRow.id.in_(chunk)))
        return ids

    def check(self, extractor_versions: Mapping[str, str] | None = None) -> IntegrityReport:
        """Check the store's integrity (orphans, search rows, unextracted, stale records), in one transaction."""
        with self._session("checking the store") as session:
            counts = table_counts(session)
            findings = run_checks(session, extractor_versions)
            orphans = [c for c in fixes.corrections_with_states(session) if c.state == "orphaned"]
        if orphans:
            findings.append(fixes.orphan_finding(orphans))
        return IntegrityReport(url=self.url, counts=counts, findings=findings)

    # --- analysts' corrections (suivi.corrections) ------------------------------------------

    def corrections(self) -> list[fixes.Correction]:
        """Every correction, oldest first, with its state: active, undone or orphaned."""
        with self._session("reading corrections") as session:
            return fixes.corrections_with_states(session)

    def add_correction(self, values: Mapping[str, Any]) -> fixes.Correction:
        """Store one correction (columns but id and created_at), in one transaction."""
        with self._session("saving a correction", write=True) as session:
            return fixes.insert_correction(session, values)

    def undo_correction(self, correction_id: int, author: str) -> fixes.Correction | None:
        """Mark a correction undone; None if there is no such id. An undone one comes back unchanged."""
        with self._session(f"undoing correction {correction_id}", write=True) as session:
            row = session.get(CorrectionRow, correction_id, with_for_update=True)
            if row is not None and row.undone_at is None:
                row.undone_at, row.undone_by = utc_now(), author
            return None if row is None else fixes.to_correction(row)

    def unlinked_engagements(self) -> int:
        """How many stored engagements carry no event key yet."""
        query = select(func.count()).select_from(EngagementRow).where(EngagementRow.event_key.is_(None))
        with self._session("counting unlinked engagements") as session:
            return int(session.scalar(query) or 0)

    # --- search and statistics ------------------------------------------------------------

    def search(
        self, query: str, *, language: str | None = None, outlet: str | None = None, limit: int = 20
    ) -> list[SearchHit]:
        """Documents containing every word of `query`, best first (stemmed, accents and case ignored)."""
        if limit < 0:
            raise InvalidQuery(f"limit must be zero or more, got {limit}", detail={"limit": limit})
        fulltext.query_words(query)  # a query past the bounds is refused before a connection is taken
        with self._session("searching") as session:
            return fulltext.search(session.connection(), query, language=language, outlet=outlet, limit=limit)

    def stats(self) -> StoreStats:
        """Counts of everything stored, by language and outlet, and the range of publication dates."""
        with self._session("computing statistics") as session:
            return StoreStats(**store_counts(session))
