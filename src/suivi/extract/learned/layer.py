"""suivi.learned.v1: the sentence model's engagements joined with the rule layers' facts (not a default layer).

The rules state a fact with its attributes; the model only says which facts a sentence states. As shipped
(`LEARNED_OPTIONS`), the layer adds engagements only: in a sentence the model calls an engagement and the
rules did not use, with a month or a day written in it, it adds one whose attributes are read by the
engagement layer's own helpers (`learned/engagements.py`), unless the record already has an engagement of the
same parties and a compatible date. It never removes a rule's fact. Commitments (`add_learned_commitments`:
the kind the model decided, areas of the lexicon and the model) can still be turned on in `LearnedOptions`
but are off: under document cross-validation they cost more precision than they gave recall
(docs/extraction.md). Indicators stay with the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from suivi.extract.commitments import areas_of, engagement_for, speaker_of
from suivi.extract.context import DocContext, Sentence
from suivi.extract.learned.engagements import EngagementOptions, add_learned_engagements
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


@dataclass(frozen=True)
class CommitmentOptions:
    """How sure the model must be before it adds a commitment, and whose areas it gets."""

    #: The model's probability of the kind a sentence needs, on top of the label's own threshold.
    min_probability: float = 0.0
    #: "union": areas of the lexicon or the model; "both": of the lexicon and the model; "model"; "lexicon".
    areas: str = "union"


def _areas(sent: Sentence, lang: str, decided: set[str], mode: str = "union") -> list[Area]:
    """The commitment's areas: from the lexicon, the model, or both, as `mode` says (none: `political`)."""
    model_areas = [Area(label.removeprefix(_AREA_LABEL)) for label in sorted(decided) if label.startswith(_AREA_LABEL)]
    if mode == "union":
        return areas_of(sent.text, lang, tuple(model_areas))
    lexicon = [a for a in areas_of(sent.text, lang) if a is not Area.POLITICAL or mode == "lexicon"]
    chosen = {"both": [a for a in lexicon if a in model_areas], "model": model_areas, "lexicon": lexicon}[mode]
    return chosen or [Area.POLITICAL]


def _commitment(
    sent: Sentence, kind: CommitmentKind, ctx: DocContext, record: DocumentRecord, decided: set[str], mode: str
) -> Commitment:
    """The commitment of kind `kind` the model read in `sent`: the dyad when agreed, else the speaker."""
    engagement = engagement_for(sent, record)
    parties = ctx.dyad if kind is CommitmentKind.AGREED else speaker_of(sent, 0, engagement, ctx.dyad)
    return Commitment(
        kind=kind,
        parties=list(parties),
        areas=_areas(sent, ctx.lang, decided, mode),
        text=sent.text,
        engagement=engagement.id if engagement else None,
        evidence=sent.text,
        provenance=Provenance(start=sent.start, end=sent.end, extractor=NAME, version=learned_version()),
    )


def add_learned_commitments(
    ctx: DocContext, record: DocumentRecord, model: SentenceModel, options: CommitmentOptions | None = None
) -> None:
    """Commitments the model decides in sentences where the rules read none."""
    options = options or CommitmentOptions()
    covered = {c.evidence for c in record.commitments}
    sentences = [s for s in ctx.sentences if s.text not in covered]
    if not sentences:
        return
    for sent, probs in zip(sentences, model.predict([s.text for s in sentences], ctx.lang), strict=True):
        decided = {label for label, p in probs.items() if p >= model.thresholds[label]}
        kind = _decided_kind(decided, probs)
        if kind is not None and probs[f"{_KIND_LABEL}{kind.value}"] >= options.min_probability:
            record.commitments.append(_commitment(sent, kind, ctx, record, decided, options.areas))


@dataclass(frozen=True)
class LearnedOptions:
    """Which facts the layer adds (None: that part is off), and how."""

    engagements: EngagementOptions | None = field(
        default_factory=lambda: EngagementOptions(need_month=True, any_kind_repeats=True)
    )
    #: Off: under cross-validation the model's commitments cost more precision than they gave recall.
    commitments: CommitmentOptions | None = None


#: What `suivi.learned.v1` does; the choices are those that scored best under document cross-validation.
LEARNED_OPTIONS = LearnedOptions()


def join_learned(ctx: DocContext, record: DocumentRecord, model: SentenceModel, options: LearnedOptions) -> None:
    """The model's engagements, then its commitments, added to the record of a document that reports an
    engagement."""
    if not record.engagements:
        return
    if options.engagements is not None:
        add_learned_engagements(ctx, record, model, (NAME, learned_version()), options.engagements)
    if options.commitments is not None:
        add_learned_commitments(ctx, record, model, options.commitments)


@register(f"{NAME}.{VERSION}")
def extract_learned(ctx: DocContext, record: DocumentRecord) -> None:
    """Join the sentence model's decisions to the record (see `LEARNED_OPTIONS`)."""
    join_learned(ctx, record, sentence_model_for(), LEARNED_OPTIONS)
