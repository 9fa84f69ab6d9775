"""suivi.commitments.v1: what the parties agreed, pledged, proposed or signed, with the areas it covers."""

from __future__ import annotations

import re
from functools import cache

from suivi.extract.context import DocContext, Sentence
from suivi.extract.countries import CountryMention
from suivi.extract.cues import cue, load_cues, typographic
from suivi.extract.registry import register
from suivi.record import Commitment, DateValue, DocumentRecord, Engagement, Provenance
from suivi.vocab import Area, CommitmentKind, EngagementKind, IndicatorKind, Metric, Precision, Unit

NAME, VERSION = "suivi.commitments", "v1"
#: Kinds whose names list areas of cooperation ("Comité mixte ... économique, culturelle"): blanked before areas.
#: Anniversaries stay (celebrating ties is people-to-people); a summit's name goes, but helping one is multilateral.
_NAMED_KINDS = {EngagementKind.CONSULTATION, EngagementKind.JOINT_COMMITTEE}
EXTRACTOR = "commitments"
#: A commitment with no engagement found counts when its sentence names this many distinct parties.
_PAIR = 2
#: The kinds that bind the party that states them: a proposal or a demand binds nobody.
_BINDING = {CommitmentKind.AGREED, CommitmentKind.SIGNED, CommitmentKind.PLEDGED}


@cache
def _kind_patterns(lang: str) -> list[tuple[CommitmentKind, re.Pattern[str]]]:
    return [
        (CommitmentKind(k), re.compile(typographic(p), re.IGNORECASE)) for k, p in load_cues(EXTRACTOR, lang)["kinds"]
    ]


@cache
def _verb_cue(lang: str, key: str) -> re.Pattern[str]:
    """The regex under `key` with the lexicon's verb lists filled in: `{hostile}` and `{no_pledge}` are written
    once (`verb_lists`) for every pattern that names them."""
    data = load_cues(EXTRACTOR, lang)
    pattern = data[key]
    for name, words in data["verb_lists"].items():
        if not name.startswith("_"):
            pattern = pattern.replace(f"{{{name}}}", "|".join(words))
    return re.compile(typographic(pattern), re.IGNORECASE)


@cache
def _area_patterns(lang: str) -> list[tuple[Area, re.Pattern[str]]]:
    data = load_cues(EXTRACTOR, lang, "areas")
    return [(Area(area), re.compile(typographic(p), re.IGNORECASE)) for area, p in data.items()]


def areas_of(clause: str, lang: str, extra: tuple[Area, ...] = (), default: Area = Area.POLITICAL) -> list[Area]:
    """Areas whose lexicon matches the clause (plus `extra`); `default` when none does (general cooperation)."""
    found = [area for area, pattern in _area_patterns(lang) if pattern.search(clause)]
    found += [area for area in dict.fromkeys(extra) if area not in found]
    return found or [default]


def _default_area(kind: CommitmentKind, clause: str, lang: str) -> Area:
    """A signing of several cooperation documents that names none of their fields ("signed four cooperation
    documents") covers various areas; any other commitment that names no field is about the relation itself."""
    if kind is CommitmentKind.SIGNED and cue(EXTRACTOR, lang, "counted_instruments").search(clause):
        return Area.OTHER
    return Area.POLITICAL


def find_verbs(sent: Sentence, lang: str) -> list[tuple[CommitmentKind, re.Match[str]]]:
    """Commitment verb occasions of the sentence, in text order, one per span."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[CommitmentKind, re.Match[str]]] = []
    for kind, pattern in _kind_patterns(lang):
        for m in pattern.finditer(sent.text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append(m.span())
                found.append((kind, m))
    for m in _party_futures(sent, lang):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            found.append((CommitmentKind.PLEDGED, m))
    return _governed(sent, sorted(found, key=lambda x: x[1].start()), lang)


def _party_futures(sent: Sentence, lang: str) -> list[re.Match[str]]:
    """A named party's future act ("Israel will evacuate", "la France financera", "said it would return"):
    what a state says it will do is its pledge. The party opens its clause (not "when Chile chairs", not
    "Peru-Chile ties will grow"); meeting, visiting or hosting is an engagement, not a pledge; a hostile act
    ("will boycott", "will withdraw unless ...") is a threat, not a pledge."""
    future, opening = _verb_cue(lang, "party_future"), cue(EXTRACTOR, lang, "subject_opening")
    subjects = (c for c in sent.countries if c.via in ("name", "org"))
    ends = (c.end for c in subjects if opening.search(sent.text[max(0, c.start - 40) : c.start]))
    found = [m for m in (future.match(sent.text, end) for end in ends) if m]
    found += _verb_cue(lang, "reported_future").finditer(sent.text)
    found += _verb_cue(lang, "conditional_offer").finditer(sent.text)  # "would meet him if he ...": an offer
    threat = cue(EXTRACTOR, lang, "threat")
    return [m for m in found if not threat.search(sent.text, m.end())]


def _governed(
    sent: Sentence, verbs: list[tuple[CommitmentKind, re.Match[str]]], lang: str
) -> list[tuple[CommitmentKind, re.Match[str]]]:
    """The verb an agreement or a wish governs is what was agreed or wished ("they agreed that both sides
    should open a consulate", "he hoped that Chile will open its market"): the stub goes and the governed verb
    takes its kind."""
    out: list[tuple[CommitmentKind, re.Match[str]]] = []
    for kind, m in verbs:
        stub = _that_stub(sent, out[-1][1], m.start(), lang) if out else None
        if stub:
            out[-1] = (stub, m)
        else:
            out.append((kind, m))
    return out


def _that_stub(sent: Sentence, before: re.Match[str], start: int, lang: str) -> CommitmentKind | None:
    """The kind of the verb before when it only introduces the next one ("agreed that", "hoped that")."""
    between = sent.text[before.start() : start]
    if len(between) > 120 or cue(EXTRACTOR, lang, "clause_end").search(between):
        return None
    for kind, key in ((CommitmentKind.AGREED, "agreed_that"), (CommitmentKind.PROPOSED, "proposed_that")):
        if cue(EXTRACTOR, lang, key).match(between):
            return kind
    return None


def _clause(sent: Sentence, start: int, next_start: int, lang: str) -> str:
    text = sent.text[start:next_start]
    end = cue(EXTRACTOR, lang, "clause_end").search(text)
    return text[: end.start() if end else len(text)].strip()


def _subject_of(sent: Sentence, verb_start: int) -> str:
    """What a passive verb is about: the text before it, back to the previous clause boundary."""
    before = sent.text[:verb_start]
    cut = max(before.rfind(";"), before.rfind(":"))
    return before[cut + 1 :].strip()


def speaker_of(sent: Sentence, verb_start: int, engagement: Engagement | None, dyad: list[str]) -> list[str]:
    """The committing party: the country of the nearest person or country named before the verb."""
    if engagement is not None:
        for p in engagement.participants:
            at = sent.text.rfind(p.name.split()[-1], 0, verb_start)
            if at >= 0 and p.country:
                return [p.country]
    before = [c for c in sent.countries if c.end <= verb_start and c.via != "capital"]
    if before:
        return [before[-1].code]
    return dyad[:1]


def _both_commit(kind: CommitmentKind, verb: str, lang: str) -> bool:
    """A pledge, or a stress on a need, made by both parties together is their agreement; a proposal or a
    wish of both ("ils ont proposé", "they hoped") stays one."""
    if kind is CommitmentKind.PLEDGED:
        return True
    return kind is CommitmentKind.PROPOSED and not cue(EXTRACTOR, lang, "asking_verb").search(verb)


def _both_sides_subject(sent: Sentence, verb_start: int, lang: str) -> bool:
    """The verb's subject is both parties ("the two sides", "they", "les deux ministres", "ils") or two
    named parties joined by "and" ("Le Portugal et l'Angola s'engagent", "Peru and Chile will work")."""
    before = sent.text[max(0, verb_start - 80) : verb_start]
    return bool(cue(EXTRACTOR, lang, "both_subject").search(before)) or _pair_subject(sent, verb_start, lang)


def _pair_subject(sent: Sentence, verb_start: int, lang: str) -> bool:
    """Two named parties joined by "and" are the verb's subject, right before it or before a first predicate
    the verb is coordinated with ("Peru and Chile held their cabinet meeting on Friday and pledged ...")."""
    named = [c for c in sent.countries if c.end <= verb_start and c.via not in ("capital", "city")]
    if len(named) < 2 or named[-2].code == named[-1].code:
        return False
    first, second = named[-2], named[-1]
    join, tail = sent.text[first.end : second.start], sent.text[second.end : verb_start]
    if not cue(EXTRACTOR, lang, "pair_join").fullmatch(join):
        return False
    return any(cue(EXTRACTOR, lang, key).fullmatch(tail) for key in ("pair_tail", "pair_coordinated"))


def _assessment(sent: Sentence, start: int, end: int, next_start: int, lang: str) -> bool:
    """ "They agreed that relations have progressed": agreeing on an assessment, with no future or obligation in
    its clause, is no commitment. A clause the next verb cuts short ("agreed that the two sides should") stays."""
    clause = sent.text[start:end]
    if not cue(EXTRACTOR, lang, "agreed_that").match(clause) or cue(EXTRACTOR, lang, "forward").search(clause):
        return False
    return not (next_start < len(sent.text) and not sent.text[end:next_start].strip())


def _deadline(clause: str, lang: str) -> DateValue | None:
    m = cue(EXTRACTOR, lang, "deadline").search(clause)
    year = next((g for g in m.groups() if g), None) if m else None
    return DateValue(value=year, precision=Precision.YEAR) if year else None


def engagement_for(sent: Sentence, record: DocumentRecord) -> Engagement | None:
    for e in record.engagements:
        if e.evidence == sent.text:
            return e
    return record.engagements[0] if record.engagements else None


def _mechanism_spans(sent: Sentence, ctx: DocContext) -> list[tuple[int, int]]:
    """Where mechanisms are named in the sentence, up to the end of their name: their words are no areas."""
    heads = ctx.data.get("engagement_mentions", [])
    tail = cue(EXTRACTOR, ctx.lang, "mechanism_tail")
    spans = []
    named = (m for h in heads for m in (h, *h.merged) if m.sentence is sent and m.series_name)
    for m in (m for m in named if m.kind in _NAMED_KINDS):
        end = tail.search(sent.text, m.end)
        spans.append((max(0, m.start - 12), end.start() if end else len(sent.text)))
    return spans


def _summit_area(sent: Sentence, ctx: DocContext, start: int, end: int) -> tuple[Area, ...]:
    """Supporting a summit or forum in the clause is multilateral cooperation."""
    heads = ctx.data.get("engagement_mentions", [])
    summits = [m for h in heads for m in (h, *h.merged) if m.sentence is sent and m.kind is EngagementKind.SUMMIT]
    return (Area.MULTILATERAL,) if any(start <= m.start < end for m in summits) else ()


def _provision_area(sent: Sentence, verb: re.Match[str], end: int, lang: str) -> tuple[Area, ...]:
    """A party giving money ("will provide 50 million dollars", "accordera 300 millions de dollars") or pledging
    a sum ("pledged A$40 million for ...", "a promis 25 millions de dollars", not "pledged to raise trade to
    $5 billion") commits aid, whatever the money is for."""
    money = [q for q in sent.quantities if q.unit not in (Unit.COUNT, Unit.PERCENT) and verb.start() <= q.start < end]
    if cue(EXTRACTOR, lang, "provision").search(verb.group(0)):
        return (Area.FINANCE_AID,) if money else ()
    if cue(EXTRACTOR, lang, "pledged_sum").search(verb.group(0)):
        gap = cue(EXTRACTOR, lang, "sum_gap")
        return (Area.FINANCE_AID,) if any(gap.fullmatch(sent.text, verb.end(), q.start) for q in money) else ()
    return ()


#: The area a figure's metric belongs to ("agreed to raise trade to 5 billion dollars" is about trade).
_METRIC_AREAS = {
    Metric.TRADE_VOLUME: Area.TRADE,
    Metric.EXPORTS: Area.TRADE,
    Metric.IMPORTS: Area.TRADE,
    Metric.INVESTMENT_CAPITAL: Area.INVESTMENT,
    Metric.INVESTMENT_PROJECTS: Area.INVESTMENT,
    Metric.AID: Area.FINANCE_AID,
    Metric.VISITORS: Area.CULTURE_TOURISM,
}


def _figure_areas(record: DocumentRecord, sent: Sentence, start: int, end: int) -> tuple[Area, ...]:
    """The areas of the figures the clause states ("porter les échanges à 5 milliards de dollars": trade)."""
    inside = (
        i for i in record.indicators if i.provenance and sent.start + start <= i.provenance.start < sent.start + end
    )
    money = (i for i in inside if i.unit != Unit.COUNT or i.metric is not Metric.AID)  # doses given are health
    return tuple(dict.fromkeys(_METRIC_AREAS[i.metric] for i in money if i.metric in _METRIC_AREAS))


def _before_verb(spans: list[tuple[int, int]], verb: int) -> list[tuple[int, int]]:
    """A mechanism named before the verb ends there at the latest ("ont tenu la 3e session de leur commission
    mixte et s'engagent à renforcer la sécurité"): what the verb governs is no part of its name."""
    return [(s, min(e, verb) if s < verb else e) for s, e in spans]


def _without(sent: Sentence, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The text of [start, end) with the mechanism names blanked out."""
    chars = list(sent.text[start:end])
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)


def _clause_span(sent: Sentence, m: re.Match[str], next_start: int, lang: str) -> tuple[int, int, int]:
    """(start, end) of the commitment's clause in the sentence and where its areas start.

    Active verbs govern what follows them; a passive signing ("A memorandum on tourism was signed") or a
    passive future ("La coopération dans l'éducation sera renforcée") is about what precedes it."""
    end = m.start() + len(_clause(sent, m.start(), next_start, lang))
    if any(cue(EXTRACTOR, lang, key).match(m.group(0)) for key in ("passive_signing", "passive_future")):
        start = m.start() - len(_subject_of(sent, m.start()))
        return start, end, start
    return m.start(), end, m.end()


def sentence_commitments(sent: Sentence, ctx: DocContext, record: DocumentRecord) -> list[Commitment]:
    verbs = find_verbs(sent, ctx.lang)
    if cue(EXTRACTOR, ctx.lang, "not_commitment").search(sent.text) and not verbs:
        return []
    engagement = engagement_for(sent, record)
    names = _mechanism_spans(sent, ctx)
    out = []
    for n, (kind, m) in enumerate(verbs):
        next_start = verbs[n + 1][1].start() if n + 1 < len(verbs) else len(sent.text)
        start, end, areas_start = _clause_span(sent, m, next_start, ctx.lang)
        clause = sent.text[start:end]
        if kind is CommitmentKind.SIGNED and not cue(EXTRACTOR, ctx.lang, "instrument").search(clause):
            continue
        if _assessment(sent, start, end, next_start, ctx.lang):
            continue
        if _both_commit(kind, m.group(0), ctx.lang) and _both_sides_subject(sent, m.start(), ctx.lang):
            kind = CommitmentKind.AGREED  # "the two officials vowed", "ils ont souligné la nécessité": both commit
        parties = ctx.dyad if kind in (CommitmentKind.AGREED, CommitmentKind.SIGNED) else None
        areas = areas_of(
            _without(sent, areas_start, end, _before_verb(names, m.start())) or clause,
            ctx.lang,
            _summit_area(sent, ctx, areas_start, end)
            + _provision_area(sent, m, end, ctx.lang)
            + _figure_areas(record, sent, start, end),
            _default_area(kind, clause, ctx.lang),
        )
        out.append(
            Commitment(
                kind=kind,
                parties=list(parties or speaker_of(sent, m.start(), engagement, ctx.dyad)),
                areas=areas,
                text=clause,
                engagement=engagement.id if engagement else None,
                deadline=_deadline(clause, ctx.lang),
                evidence=sent.text,
                provenance=Provenance(start=sent.start + start, end=sent.start + end, extractor=NAME, version=VERSION),
            )
        )
    return out


def between_parties(sent: Sentence, commitment: Commitment, ctx: DocContext) -> bool:
    """Whether an agreement, signing or pledge binds two parties, met or not: its sentence names two distinct
    states or organisations ("Ethiopia agreed to reopen its border to UN peacekeepers"), or one is named with a
    second actor joined to it ("the Sudanese government and the rebels agreed") or is whom the commitment is
    made with ("he offered to negotiate with the president of Armenia"), or both parties of an article about
    two states make it ("the two sides agreed", "elles ont convenu"). A demand, a refusal ("vowed not to")
    or a company's deal binds no two states."""
    from suivi.extract.engagements.implied import _business, _negated  # that module imports this one

    verb = commitment.provenance.start - sent.start if commitment.provenance else -1
    match = next((m for _, m in find_verbs(sent, ctx.lang) if m.start() == verb), None)
    if commitment.kind not in _BINDING or match is None or _negated(sent, match.start(), match.end(), ctx.lang):
        return False
    states = [c for c in sent.countries if not _business(sent, c, ctx.lang)]
    if len({c.code for c in states}) >= _PAIR:
        return True
    if len(ctx.dyad) == _PAIR and _both_sides_subject(sent, verb, ctx.lang):
        return True
    return bool(states) and (
        _joined_actor(states, sent, verb, ctx.lang) or _counterpart(states, sent, match.end(), ctx.lang)
    )


def _joined_actor(states: list[CountryMention], sent: Sentence, verb: int, lang: str) -> bool:
    """A party named in the verb's subject is joined by "and" to another actor ("the Sudanese government and
    the rebels agreed", "the rebels and Sudan agreed"), with no clause boundary up to the verb."""
    after, before = cue(EXTRACTOR, lang, "joined_after"), cue(EXTRACTOR, lang, "joined_before")
    for c in (c for c in states if verb - 80 <= c.start and c.end <= verb):
        tail = sent.text[c.end : verb]
        if re.search(r"[,;:]", tail):
            continue
        if after.match(tail) or before.search(sent.text[max(0, c.start - 40) : c.start]):
            return True
    return False


def _counterpart(states: list[CountryMention], sent: Sentence, verb_end: int, lang: str) -> bool:
    """The one party is named after the verb as whom the commitment is made with ("to negotiate with the
    president of Armenia"), and not before it (the subject is someone else)."""
    if any(c.start < verb_end for c in states):
        return False
    with_ = cue(EXTRACTOR, lang, "counterpart_with")
    return any(with_.search(sent.text[max(verb_end, c.start - 40) : c.start]) for c in states)


@register(f"{NAME}.{VERSION}")
def extract_commitments(ctx: DocContext, record: DocumentRecord) -> None:
    """Fill `record.commitments`, linking targets set in the same sentence. With no engagement found, only
    commitments stated between two named parties are kept: they make the article diplomatic on their own."""
    for sent in ctx.sentences:
        for commitment in sentence_commitments(sent, ctx, record):
            if not record.engagements and not between_parties(sent, commitment, ctx):
                continue
            targets = [i for i in record.indicators if i.kind is IndicatorKind.TARGET and i.evidence == sent.text]
            commitment.target = targets[0] if targets else None
            record.commitments.append(commitment)
