"""Which engagement mentions name the same occasion: one head mention per occasion, the others merged into it
(a visit's talks, a round's planned meeting, the same round named twice)."""

from __future__ import annotations

from datetime import date

from suivi.extract.cues import cue
from suivi.extract.dates import dates_agree
from suivi.extract.engagements.mentions import EXTRACTOR, Mention
from suivi.record import DateValue
from suivi.vocab import EngagementKind, EngagementStatus, Format, Precision

#: Kinds that are rounds of a mechanism even when no ordinal is written.
SERIES_KINDS = {EngagementKind.CONSULTATION, EngagementKind.JOINT_COMMITTEE}


def _compatible(a: Mention, b: Mention) -> bool:
    if a.kind is not b.kind:
        return False
    if a.counterpart and b.counterpart and not _same_person(a.counterpart, b.counterpart):
        return False
    if a.ordinal is not None and b.ordinal is not None:
        return a.ordinal == b.ordinal
    if a.status is not b.status:
        return False
    if not dates_agree(a.date, b.date):
        return False
    return not (b.ordinal is None and a.ordinal is not None and b.past_reference)


def _same_person(a: str, b: str) -> bool:
    """ "Saleumxay Kommasith" and "Kommasith": one name is the other's last words."""
    short, long = sorted((a.split(), b.split()), key=len)
    return long[len(long) - len(short) :] == short


def _part_of_main(m: Mention, main: Mention, lang: str) -> bool:
    """Talks reported back ("lors de la rencontre") or held during a visit belong to that occasion."""
    if m.back_reference:
        return True
    talks = cue(EXTRACTOR, lang, "talks").search(m.text) or _receives_counterpart(m, lang)
    if not (talks and m.kind is EngagementKind.MEETING and main.kind is EngagementKind.VISIT):
        return False
    return m.counterpart is None or _names_in(m.counterpart, main) or _host_counterpart(m, lang)


def _host_counterpart(m: Mention, lang: str) -> bool:
    """ "talks with his Vietnamese counterpart X" during a visit: the visitor's counterpart is its host."""
    at = m.sentence.text.find(m.counterpart or "", m.end)
    return at >= 0 and bool(cue(EXTRACTOR, lang, "counterpart_title").search(m.sentence.text[m.end : at]))


def _receives_counterpart(m: Mention, lang: str) -> bool:
    """ "received his Senegalese counterpart, who is on a working visit": the host's own talks are the visit."""
    return bool(cue(EXTRACTOR, lang, "counterpart_received").match(m.sentence.text, m.start))


def _names_in(person: str, occasion: Mention) -> bool:
    """Whether the occasion's own sentences name the person: the host of a visit is; of several principals met
    during it ("a eu des rencontres avec A, B et C"), the others are received separately (ANNOTATION rule 5)."""
    return any(person in x.sentence.text for x in (occasion, *occasion.merged))


def group_mentions(mentions: list[Mention], lang: str) -> list[Mention]:
    """One head mention per occasion; later mentions of the same occasion are merged into it."""
    heads: list[Mention] = []
    for m in mentions:
        if m.vague:
            continue
        target = next((h for h in heads if _compatible(h, m)), None)
        if target is None and heads and heads[0].status is m.status and _part_of_main(m, heads[0], lang):
            target = heads[0]
        if target is None and m.refers_to:
            continue  # a reference back to an occasion that does not fit it adds nothing
        if target is None:
            heads.append(m)
        elif target is not m:
            _absorb(target, m)
    heads = _merge_meetings_into_round(_merge_talks_into_visit(heads, lang))
    return [h for h in heads if _worth_reporting(h, heads)]


def trip_of_round(m: Mention, heads: list[Mention]) -> int | None:
    """The visit during which a consultation or committee round was held: named in one of its sentences."""
    if m.kind not in SERIES_KINDS:
        return None
    sentences = {id(x.sentence) for x in (m, *m.merged)}
    for i, h in enumerate(heads):
        trip = h.kind is EngagementKind.VISIT and h.status is m.status
        if trip and sentences & {id(x.sentence) for x in (h, *h.merged)}:
            return i
    return None


def _merge_talks_into_visit(heads: list[Mention], lang: str) -> list[Mention]:
    """Talks held during a visit belong to the visit, even when the article names the talks first."""
    visit = next((h for h in heads if h.kind is EngagementKind.VISIT and h.status is EngagementStatus.HELD), None)
    if visit is None:
        return heads
    out = []
    for h in heads:
        if h is not visit and _part_of_main(h, visit, lang) and h.status is visit.status and _same_time(h, visit):
            _absorb(visit, h)
        else:
            out.append(h)
    return out


def _merge_meetings_into_round(heads: list[Mention]) -> list[Mention]:
    """ "Cambodian, Thai FMs to meet next month" and "the 9th Joint Commission will be held on 11 June": a
    meeting of the article's parties that names no principal, at the time of the numbered round the article
    reports, is that round."""
    rounds = [h for h in heads if h.kind in SERIES_KINDS and h.ordinal is not None and not h.past_reference]
    out = []
    for h in heads:
        home = next((r for r in rounds if r.status is h.status and _one_occasion(h, r)), None)
        if home is not None and h.kind is EngagementKind.MEETING and h.counterpart is None and not h.past_reference:
            _absorb(home, h)
        else:
            out.append(h)
    return out


def _one_occasion(meeting: Mention, round_: Mention) -> bool:
    """A planned meeting at no other time than the planned round (a held one may be a reception of its own)."""
    return meeting.status is EngagementStatus.PLANNED and _same_time(meeting, round_)


def _same_time(a: Mention, b: Mention) -> bool:
    return a.date is None or b.date is None or dates_agree(a.date, b.date) or _within(a.date, b.date)


def _within(a: DateValue, b: DateValue) -> bool:
    return (b.value <= a.value <= (b.end or b.value)) or (a.value <= b.value <= (a.end or a.value))


def _absorb(head: Mention, other: Mention) -> None:
    head_was_unnumbered = head.ordinal is None
    head.merged.append(other)
    head.ordinal = head.ordinal if head.ordinal is not None else other.ordinal
    if head.status is not other.status and head.past_reference:
        head.status, head.past_reference = other.status, other.past_reference
    if other.date and head.date and _adjacent_days(head.date, other.date):
        head.date = _span(head.date, other.date)
    elif other.date and (head.date is None or _finer(other.date, head.date)):
        head.date = other.date
    head.venue = head.venue or other.venue
    if head.format is Format.UNKNOWN:
        head.format = other.format
    if other.series_name and (head.series_name is None or (other.ordinal is not None and head_was_unnumbered)):
        head.series_name = other.series_name  # the numbered mention names the mechanism ("4e consultation politique")


def _adjacent_days(a: DateValue, b: DateValue) -> bool:
    """Two day-precision dates of one round a few days apart ("SOM on the 20th, plenary on the 21st")."""
    if a.precision is not Precision.DAY or b.precision is not Precision.DAY or a.value == b.value:
        return False
    days = abs((date.fromisoformat(a.value) - date.fromisoformat(b.value)).days)
    return days <= 4


def _span(a: DateValue, b: DateValue) -> DateValue:
    values = sorted([a.value, a.end or a.value, b.value, b.end or b.value])
    return DateValue(value=values[0], end=values[-1], precision=Precision.DAY)


def _finer(a: DateValue, b: DateValue) -> bool:
    order = [Precision.YEAR, Precision.MONTH, Precision.DAY]
    return order.index(a.precision) > order.index(b.precision)


def _worth_reporting(m: Mention, heads: list[Mention]) -> bool:
    """ANNOTATION rule 3: news, planned, or past ones named with a round ordinal or a date."""
    if m is heads[0] or m.status is not EngagementStatus.HELD:
        return True
    return m.ordinal is not None or m.date is not None or m.kind is not EngagementKind.SUMMIT
