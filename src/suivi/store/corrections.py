"""Analysts' corrections: stable fact keys, the corrections table, and applying corrections to records and links.

Extracted facts are never rewritten: a correction is stored on its own and applied whenever records or
links are read or written, so it survives re-extraction (a new extractor version) and re-linking. Facts
are named by a key that does not depend on local ids or extractor versions (`fact_keys`).
"""

from __future__ import annotations

import copy
import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from suivi.errors import InvalidRecord
from suivi.record import Commitment, DocumentRecord, Engagement, Indicator
from suivi.store.facts import chunks, load_facts
from suivi.store.models import CorrectionRow, utc_now
from suivi.store.results import Finding
from suivi.store.rows import StoredFacts, build_record

if TYPE_CHECKING:  # pragma: no cover - the follow-up hook works on the linker's results
    from suivi.link.results import Followup

#: What a correction does.
ACTIONS = ("reject", "edit", "status", "merge", "split", "pin")
#: The facts of a document record a correction can name, and the letter of their keys.
FACT_LETTERS = {"engagement": "e", "commitment": "c", "indicator": "i"}
#: What else a correction can name.
TARGET_KINDS = (*FACT_LETTERS, "event", "series", "actor", "followup")
#: Fields no edit may change: identity and provenance, and the linker's keys (use `pin` for those).
FROZEN_FIELDS = frozenset({"id", "evidence", "provenance", "event_key", "series_key", "corrections"})
Ref = tuple[str, str]
LinkPair = tuple[str | None, str | None]
State = Literal["active", "undone", "orphaned"]


class Correction(BaseModel):
    """One row of the corrections table, with its state now: active, undone, or orphaned (a fact it
    names is no longer produced by extraction; it stays stored and applies again if the fact comes back)."""

    id: int
    created_at: datetime
    author: str
    action: str
    target_kind: str
    target: str
    doc_id: str | None = None
    change: dict[str, Any] = Field(default_factory=dict)
    before: Any | None = None
    after: Any | None = None
    reason: str | None = None
    undone_at: datetime | None = None
    undone_by: str | None = None
    state: State = "active"
    missing: list[str] = Field(default_factory=list)

    @property
    def active(self) -> bool:
        return self.undone_at is None

    def fact_refs(self) -> list[str]:
        """Every fact key this correction names (its target, the members it moves, the anchor it pins to)."""
        keys = [self.target] if self.target_kind in FACT_LETTERS else []
        keys += [k for k in self.change.get("members", []) if k not in keys]
        anchor = self.change.get("anchor")
        return keys + ([anchor] if anchor and anchor not in keys else [])

    def summary(self) -> dict[str, Any]:
        """What a corrected record carries about the correction (exports list it)."""
        return self.model_dump(mode="json", exclude={"state", "missing"})


# --- stable fact keys -----------------------------------------------------------------------------------


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def _signature(fact: Engagement | Commitment | Indicator) -> str:
    """The sentence the fact was read in; without one, what the fact says."""
    if fact.evidence.strip():
        return _normalised(fact.evidence)
    if isinstance(fact, Engagement):
        ordinal = fact.series.ordinal if fact.series else None
        parts = [fact.kind.value, *sorted(fact.parties), fact.date.value if fact.date else "", str(ordinal)]
    elif isinstance(fact, Commitment):
        parts = [fact.kind.value, _normalised(fact.text)]
    else:
        parts = [fact.metric.value, f"{fact.value:.6g}", fact.unit, fact.kind.value]
    return "\x1f".join(parts)


def _digest(letter: str, signature: str) -> str:
    return hashlib.sha1(f"{letter}\x1f{signature}".encode()).hexdigest()[:10]


def local_ids(record: DocumentRecord) -> dict[str, Engagement | Commitment | Indicator]:
    """Each fact of the record under its local id: engagements by id, commitments c1.., indicators i1.."""
    facts: dict[str, Engagement | Commitment | Indicator] = {e.id: e for e in record.engagements}
    facts.update((f"c{i + 1}", c) for i, c in enumerate(record.commitments))
    facts.update((f"i{i + 1}", x) for i, x in enumerate(record.indicators))
    return facts


def fact_keys(record: DocumentRecord) -> dict[str, str]:
    """The stable key of each fact, by local id: `DOC/e/<hash>` of the fact's kind and its evidence
    sentence (case and spacing ignored), `.2`, `.3` for the next facts of one kind read in one sentence."""
    keys: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for local, fact in local_ids(record).items():
        letter = FACT_LETTERS[_fact_kind(fact)]
        digest = _digest(letter, _signature(fact))
        seen[digest] += 1
        keys[local] = f"{record.doc_id}/{letter}/{digest}" + (f".{seen[digest]}" if seen[digest] > 1 else "")
    return keys


def _fact_kind(fact: Engagement | Commitment | Indicator) -> str:
    if isinstance(fact, Engagement):
        return "engagement"
    return "commitment" if isinstance(fact, Commitment) else "indicator"


def split_fact_id(text: str) -> tuple[str, str, bool]:
    """(doc_id, rest, is_key): `DOC/e/1a2b3c4d5e` is a stable key, `DOC/e1` (or c2, i1) a local id."""
    parts = text.rsplit("/", 2)
    if len(parts) == 3 and parts[1] in FACT_LETTERS.values() and parts[0]:
        return parts[0], f"{parts[1]}/{parts[2]}", True
    doc_id, _, local = text.rpartition("/")
    return doc_id, local, False


def fold_person(name: str) -> str:
    """A name compared without case, accents or extra spaces (the variants an actor correction names)."""
    decomposed = unicodedata.normalize("NFKD", name.replace("Đ", "D").replace("đ", "d"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


# --- applying corrections to records --------------------------------------------------------------------


def _set_path(target: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        child = target.get(part)
        if not isinstance(child, dict):
            child = {}
            target[part] = child
        target = child
    target[last] = value


def edited_fact(fact: dict[str, Any], fields: Mapping[str, Any], model: type[BaseModel]) -> dict[str, Any]:
    """The fact (as JSON) with `fields` (dotted paths: `date`, `series.ordinal`) set, checked by its model;
    pydantic's ValidationError when a value does not fit."""
    edited = copy.deepcopy(dict(fact))
    for path, value in fields.items():
        _set_path(edited, path, value)
    return model.model_validate(edited).model_dump(mode="json")


class _Applier:
    """Corrections applied to one record, as JSON: facts dropped or edited, and marked with correction ids."""

    def __init__(self, record: DocumentRecord) -> None:
        self.record = record
        self.data = record.model_dump(mode="json")
        keys = fact_keys(record)
        self.local_of = {key: local for local, key in keys.items()}
        self.facts: dict[str, dict[str, Any]] = {e["id"]: e for e in self.data["engagements"]}
        self.facts.update((f"c{i + 1}", c) for i, c in enumerate(self.data["commitments"]))
        self.facts.update((f"i{i + 1}", x) for i, x in enumerate(self.data["indicators"]))
        self.rejected: set[str] = set()
        self.applied: list[Correction] = []

    def mark(self, local: str, correction: Correction) -> None:
        marks = self.facts[local].setdefault("corrections", [])
        if correction.id not in marks:
            marks.append(correction.id)
        if correction not in self.applied:
            self.applied.append(correction)

    def apply(self, correction: Correction) -> None:
        if correction.target_kind == "actor":
            self._actor(correction)
            return
        if correction.action == "reject" and correction.target in self.local_of:
            self.rejected.add(self.local_of[correction.target])
            self.applied.append(correction)
        elif correction.action == "edit" and correction.target in self.local_of:
            self._edit(self.local_of[correction.target], correction)
        elif correction.action == "status":
            for local in (self.local_of[k] for k in correction.fact_refs() if k in self.local_of):
                overrides = self.facts[local].setdefault("followup_overrides", [])
                overrides.append({"key": correction.change.get("key"), "status": correction.change["status"]})
                overrides[-1]["correction"] = correction.id
                self.mark(local, correction)
        elif correction.action in ("merge", "split", "pin"):
            anchor = correction.change.get("anchor")
            for key in correction.fact_refs():
                if key in self.local_of and key != anchor:
                    self.mark(self.local_of[key], correction)

    def _edit(self, local: str, correction: Correction) -> None:
        models: dict[str, type[BaseModel]] = {"e": Engagement, "c": Commitment, "i": Indicator}
        model = models[correction.target.rsplit("/", 2)[1]]
        try:
            self.facts[local] = edited_fact(self.facts[local], correction.change.get("fields", {}), model)
        except ValidationError:
            return  # the fact changed shape since the correction was made: `suivi corrections` shows it unapplied
        self.mark(local, correction)

    def _actor(self, correction: Correction) -> None:
        names = {fold_person(n) for n in correction.change.get("names", [])}
        docs = correction.change.get("docs")
        if docs is not None and self.record.doc_id not in docs:
            return
        new_name = correction.change["into"]
        for engagement in self.record.engagements:
            fact = self.facts[engagement.id]
            people = fact.get("participants") or []
            for person in people:
                if fold_person(person["name"]) in names:
                    person["name"] = new_name
                    person["country"] = correction.change.get("country") or person.get("country")
                    person.setdefault("corrections", []).append(correction.id)
                    self.mark(engagement.id, correction)

    def result(self) -> DocumentRecord:
        if not self.applied:
            return self.record
        engagements = [self.facts[e.id] for e in self.record.engagements if e.id not in self.rejected]
        gone = {e.id for e in self.record.engagements if e.id in self.rejected}
        for engagement in engagements:
            if engagement.get("occasion_of") in gone:
                engagement["occasion_of"] = None
        commitments = [
            self.facts[f"c{i + 1}"] for i in range(len(self.record.commitments)) if f"c{i + 1}" not in self.rejected
        ]
        for commitment in commitments:
            if commitment.get("engagement") in gone:
                commitment["engagement"] = None
        indicators = [
            self.facts[f"i{i + 1}"] for i in range(len(self.record.indicators)) if f"i{i + 1}" not in self.rejected
        ]
        self.data.update(engagements=engagements, commitments=commitments, indicators=indicators)
        self.data["corrections"] = [c.summary() for c in self.applied]
        return DocumentRecord.model_validate(self.data)


class CorrectionIndex:
    """Active corrections by the document whose facts they name, and those about people (any document)."""

    def __init__(self, corrections: Iterable[Correction]) -> None:
        self.by_doc: dict[str, list[Correction]] = {}
        self.actors: list[Correction] = []
        for correction in corrections:
            if not correction.active:
                continue
            if correction.target_kind == "actor":
                self.actors.append(correction)
                continue
            for doc_id in dict.fromkeys(split_fact_id(key)[0] for key in correction.fact_refs()):
                self.by_doc.setdefault(doc_id, []).append(correction)

    def __bool__(self) -> bool:
        return bool(self.by_doc or self.actors)

    def touching(self, record: DocumentRecord) -> list[Correction]:
        """The corrections that may change the record, in the order they were made: they name one of its
        facts, or a person named in it (also under a name an earlier actor correction gave)."""
        found = list(self.by_doc.get(record.doc_id, []))
        if self.actors:
            people = {fold_person(p.name) for e in record.engagements for p in e.participants}
            for correction in self.actors:
                docs = correction.change.get("docs")
                names = {fold_person(n) for n in correction.change.get("names", [])}
                if (docs is None or record.doc_id in docs) and people & names:
                    found.append(correction)
                    people.add(fold_person(correction.change["into"]))
        return sorted(found, key=lambda c: c.id)


def apply_to_record(record: DocumentRecord, corrections: Sequence[Correction] | CorrectionIndex) -> DocumentRecord:
    """The record as the analysts corrected it: rejected facts removed (references to them cleared),
    edits applied, follow-up overrides attached; every fact touched lists the ids in `corrections`,
    and the record lists the corrections applied to it."""
    index = corrections if isinstance(corrections, CorrectionIndex) else CorrectionIndex(corrections)
    touching = index.touching(record)
    if not touching:
        return record  # most records: no dump, no keys
    applier = _Applier(record)
    for correction in touching:
        applier.apply(correction)
    return applier.result()


# --- follow-ups ------------------------------------------------------------------------------------------


class _FollowupMarks:
    """What the corrected records say about follow-ups: the statuses analysts set, and the corrections
    behind each fact (by local id, and by sentence for the commitments and figures threads quote)."""

    def __init__(self, records: Iterable[DocumentRecord]) -> None:
        self.by_ref: dict[Ref, dict[str, Any]] = {}
        self.by_key: dict[str, dict[str, Any]] = {}
        self.facts: dict[Ref, set[int]] = {}
        self.sentences: dict[Ref, set[int]] = {}
        for record in records:
            for local, fact in local_ids(record).items():
                extra = fact.model_extra or {}
                for override in extra.get("followup_overrides", []):
                    if override.get("key"):
                        self.by_key[override["key"]] = override
                    else:
                        self.by_ref[(record.doc_id, local)] = override
                ids = set(extra.get("corrections", []))
                if ids:
                    self.facts[(record.doc_id, local)] = ids
                    for sentence in {fact.evidence, getattr(fact, "text", "")} - {""}:
                        self.sentences.setdefault((record.doc_id, sentence), set()).update(ids)

    def __bool__(self) -> bool:
        return bool(self.by_ref or self.by_key or self.facts)

    def override(self, followup: Followup) -> dict[str, Any] | None:
        if followup.subject != "engagement":
            return self.by_key.get(followup.key)
        return next((self.by_ref[(d, e)] for d, e in followup.refs if (d, e) in self.by_ref), None)

    def ids(self, followup: Followup) -> list[int]:
        found = {i for ref in followup.refs for i in self.facts.get((ref[0], ref[1]), ())}
        if followup.subject != "engagement":
            found |= {i for e in followup.evidence for i in self.sentences.get((e.doc_id, e.sentence), ())}
        return sorted(found)


def corrected_followups(found: list[Followup], records: Iterable[DocumentRecord]) -> list[Followup]:
    """The follow-ups with the statuses analysts set (the linker's status is kept in `detail`), each
    listing in `corrections` the corrections behind it."""
    marks = _FollowupMarks(records)
    if not marks:
        return found
    out = []
    for followup in found:
        update: dict[str, Any] = {"corrections": marks.ids(followup)}
        override = marks.override(followup)
        if override is not None and override["status"] != followup.status:
            detail = f"[corrected #{override['correction']}] was {followup.status}: {followup.detail}"
            update.update(status=override["status"], detail=detail)
            update["corrections"] = sorted({*update["corrections"], override["correction"]})
        out.append(followup.model_copy(update=update))
    return out


# --- states --------------------------------------------------------------------------------------------


def referenced_docs(corrections: Iterable[Correction]) -> set[str]:
    """The documents whose facts these corrections name."""
    return {split_fact_id(key)[0] for c in corrections for key in c.fact_refs()}


def engagement_refs(records: Iterable[DocumentRecord]) -> dict[str, Ref]:
    """Each engagement's stable key -> (doc_id, local id)."""
    refs: dict[str, Ref] = {}
    for record in records:
        keys = fact_keys(record)
        refs.update((keys[e.id], (record.doc_id, e.id)) for e in record.engagements)
    return refs


def with_states(corrections: Iterable[Correction], records: Iterable[DocumentRecord]) -> list[Correction]:
    """The corrections with `missing` (fact keys extraction no longer produces) and `state`: orphaned when
    the fact it corrects, or the anchor it pins to, or every member it moves, is missing."""
    produced = {key for record in records for key in fact_keys(record).values()}
    out = []
    for correction in corrections:
        refs = correction.fact_refs()
        missing = [key for key in refs if key not in produced]
        state: State = correction.state
        if correction.active and missing:
            members = correction.change.get("members", [])
            lost = (
                [correction.target, correction.change.get("anchor")] if correction.target_kind in FACT_LETTERS else []
            )
            if any(key in missing for key in lost if key) or (members and all(k in missing for k in members)):
                state = "orphaned"
        out.append(correction.model_copy(update={"missing": missing, "state": state}))
    return out


# --- the table -------------------------------------------------------------------------------------------


def to_correction(row: CorrectionRow) -> Correction:
    return Correction(
        id=row.id,
        created_at=row.created_at,
        author=row.author,
        action=row.action,
        target_kind=row.target_kind,
        target=row.target,
        doc_id=row.doc_id,
        change=row.change or {},
        before=row.before,
        after=row.after,
        reason=row.reason,
        undone_at=row.undone_at,
        undone_by=row.undone_by,
        state="undone" if row.undone_at is not None else "active",
    )


def read_corrections(session: Session, *, active_only: bool = False) -> list[Correction]:
    """The corrections, oldest first (the order they apply in)."""
    query = select(CorrectionRow).order_by(CorrectionRow.id)
    if active_only:
        query = query.where(CorrectionRow.undone_at.is_(None))
    return [to_correction(row) for row in session.scalars(query)]


def insert_correction(session: Session, values: Mapping[str, Any]) -> Correction:
    """Store a new correction; `values` are the columns but id and created_at."""
    row = CorrectionRow(created_at=utc_now(), **values)
    session.add(row)
    session.flush()
    return to_correction(row)


# --- reading records and corrections in a transaction ------------------------------------------------------


def corrected_records(session: Session, facts: list[StoredFacts], raw: bool = False) -> list[DocumentRecord]:
    """Records from their rows, with the analysts' active corrections applied unless `raw`."""
    records = [build_record(f) for f in facts]
    if raw or not records:
        return records
    index = CorrectionIndex(read_corrections(session, active_only=True))
    return [apply_to_record(r, index) for r in records] if index else records


def corrections_with_states(session: Session) -> list[Correction]:
    corrections = read_corrections(session)
    docs = sorted(referenced_docs(c for c in corrections if c.active))
    records = [build_record(f) for chunk in chunks(docs) for f in load_facts(session, chunk)]
    return with_states(corrections, records)


def orphan_finding(orphans: list[Correction]) -> Finding:
    return Finding(
        check="orphaned_corrections",
        severity="warning",
        count=len(orphans),
        message="corrections name facts that extraction no longer produces (re-extracted or revised "
        "documents); they stay stored and apply again if the fact comes back: check them with "
        "`suivi corrections --state orphaned`, then undo or redo them",
        examples=[f"#{c.id} {c.action} {c.target}" for c in orphans[:5]],
    )


def corrected_record_refused(doc_id: str) -> InvalidRecord:
    return InvalidRecord(
        f"the record of {doc_id!r} was read with analysts' corrections applied; save records as "
        "extracted (Store.get_record(..., raw=True)), corrections apply on top",
        detail={"doc_id": doc_id},
    )
