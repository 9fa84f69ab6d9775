"""suivi.learned.v1: the sentence model's decisions joined with the rule layers' facts (union where rules miss).

The rules state a fact with its attributes; the model only says which facts a sentence states. So the model
adds a commitment where it is sure one is stated and the rules read none in that sentence, with the kind it
decided and the areas the area lexicon and the model agree on; it never removes a rule's fact. Which
decisions the union helps was measured by document cross-validation (docs/extraction.md); engagements and
indicators stay with the rules, whose attributes the model cannot give.
"""

from __future__ import annotations

from functools import cache

from suivi.extract.commitments import areas_of, engagement_for, speaker_of
from suivi.extract.context import DocContext, Sentence
from suivi.extract.learned.model import SentenceModel, model_hash, sentence_model_for
from suivi.extract.registry import register
from suivi.record import Commitment, DocumentRecord, Provenance
from suivi.vocab import Area, CommitmentKind

NAME, VERSION = "suivi.learned", "v1"
_KIND_LABEL = "commitment:"
_AREA_LABEL = "area:"
#: Kinds the model may add; "signed" needs the instrument the rules read, so it stays with them.
_ADDABLE = (CommitmentKind.AGREED, CommitmentKind.PLEDGED)


@cache
def learned_version() -> str:
    """This layer's version with the model's hash: stored facts say which model made them (hashed once per
    process: it was re-read for every commitment the layer added)."""
    return f"{VERSION}+{model_hash()[:12]}"


def _decided_kind(decided: set[str], probs: dict[str, float]) -> CommitmentKind | None:
    kinds = [k for k in _ADDABLE if f"{_KIND_LABEL}{k.value}" in decided]
    return max(kinds, key=lambda k: probs[f"{_KIND_LABEL}{k.value}"]) if kinds else None


def _areas(sent: Sentence, lang: str, decided: set[str]) -> list[Area]:
    model_areas = [Area(label.removeprefix(_AREA_LABEL)) for label in sorted(decided) if label.startswith(_AREA_LABEL)]
    return areas_of(sent.text, lang, tuple(model_areas))


def _commitment(
    sent: Sentence, kind: CommitmentKind, ctx: DocContext, record: DocumentRecord, decided: set[str]
) -> Commitment:
    engagement = engagement_for(sent, record)
    parties = ctx.dyad if kind is CommitmentKind.AGREED else speaker_of(sent, 0, engagement, ctx.dyad)
    return Commitment(
        kind=kind,
        parties=list(parties),
        areas=_areas(sent, ctx.lang, decided),
        text=sent.text,
        engagement=engagement.id if engagement else None,
        evidence=sent.text,
        provenance=Provenance(start=sent.start, end=sent.end, extractor=NAME, version=learned_version()),
    )


def add_learned_commitments(ctx: DocContext, record: DocumentRecord, model: SentenceModel) -> None:
    """Commitments the model decides in sentences where the rules read none."""
    covered = {c.evidence for c in record.commitments}
    sentences = [s for s in ctx.sentences if s.text not in covered]
    if not sentences:
        return
    for sent, probs in zip(sentences, model.predict([s.text for s in sentences], ctx.lang), strict=True):
        decided = {label for label, p in probs.items() if p >= model.thresholds[label]}
        kind = _decided_kind(decided, probs)
        if kind is not None:
            record.commitments.append(_commitment(sent, kind, ctx, record, decided))


@register(f"{NAME}.{VERSION}")
def extract_learned(ctx: DocContext, record: DocumentRecord) -> None:
    """Join the sentence model's decisions to the record of a document that reports an engagement."""
    if not record.engagements:
        return
    add_learned_commitments(ctx, record, sentence_model_for())
