"""A plan's own article: the occasion it reports under way, and the visit whose programme the plan is on.

An article that announces "during his stay he will meet the king" or "arrived ... where he will co-chair the
45th meeting" reports the visit as the occasion; the plan is an item of it, not a promise of its own. The
follow-through (`follow_through.py`) asks `ArticleMentions` for these links before it looks elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from suivi.extract.names import names_match
from suivi.link.events import Mention
from suivi.link.keys import date_span, fold, span_of
from suivi.record import DateValue, Engagement
from suivi.vocab import EngagementKind, EngagementStatus, Precision


def is_plan(mention: Mention) -> bool:
    """An announcement is a plan when it is dated on or after the day its article appeared (or undated):
    a "planned" mention dated before its publication reports a past event, not a promise."""
    if mention.engagement.status == EngagementStatus.HELD:
        return False
    date_value, published = mention.engagement.date, mention.published
    if date_value is None or published is None:
        return True
    return date_span(date_value)[1] >= span_of(published)[0]


def same_people(plan: Engagement, done: Engagement) -> bool | None:
    """Whether two engagements share a person; None when one of them names nobody."""
    names, others = [fold(p.name) for p in plan.participants], [fold(p.name) for p in done.participants]
    if not (names and others):
        return None
    return any(names_match(a, b) for a in names for b in others)


def overlap(one: DateValue, other: DateValue) -> bool:
    """Whether the spans of two dates (at their precisions) share a day."""
    first, second = date_span(one), date_span(other)
    return first[0] <= second[1] and second[0] <= first[1]


def engagement_parties(engagement: Engagement) -> set[str]:
    """The engagement's parties, upper-cased: two engagements compare their parties through this."""
    return {p.upper() for p in engagement.parties}


def published_date(published: str) -> DateValue:
    """An article's publication date as a date value of the precision it is written to."""
    precision = {0: Precision.YEAR, 1: Precision.MONTH}.get(published.count("-"), Precision.DAY)
    return DateValue(value=published, precision=precision)


def _under_way(plan: Mention, held: Mention) -> bool:
    """The held mention of the same article is the occasion the plan belongs to ("arrived on Wednesday for
    an official visit ... during the visit he is to meet ..."): same kind, parties, venue country and people,
    reported at the article's date (or both undated), and the plan's date, if any, within it."""
    plan_e, held_e = plan.engagement, held.engagement
    if held.doc_id != plan.doc_id or plan_e.kind != held_e.kind or plan.series_key or held.series_key:
        return False
    if engagement_parties(plan_e) != engagement_parties(held_e):
        return False
    if plan.venue_country is None or plan.venue_country != held.venue_country or not same_people(plan_e, held_e):
        return False
    if held_e.date is None:
        return plan.published is None and plan_e.date is None
    if plan.published is None or not overlap(held_e.date, published_date(plan.published)):
        return False
    return plan_e.date is None or overlap(plan_e.date, held_e.date)


def _at_article_date(held: Mention) -> bool:
    """A held mention reported as happening when its article appeared (or both undated): under way."""
    if held.engagement.date is None:
        return held.published is None
    return held.published is not None and overlap(held.engagement.date, published_date(held.published))


def _on_programme(plan: Mention, visit: Mention) -> bool:
    """The plan is an item of a visit's programme in the same article ("during his stay he will meet the
    king", "arrived ... where he will co-chair the 45th meeting"): not itself a visit, the same parties, the
    visit's country or none, a date within the visit's or none, and either the visit's own sentence or
    someone the visit names."""
    plan_e, visit_e = plan.engagement, visit.engagement
    if visit.doc_id != plan.doc_id or visit_e.kind != EngagementKind.VISIT or plan_e.kind == EngagementKind.VISIT:
        return False
    if engagement_parties(plan_e) != engagement_parties(visit_e):
        return False
    if plan.venue_country is not None and plan.venue_country != visit.venue_country:
        return False
    if plan_e.date is not None and visit_e.date is not None and not overlap(plan_e.date, visit_e.date):
        return False
    return plan_e.evidence == visit_e.evidence or bool(same_people(plan_e, visit_e))


@dataclass
class ArticleMentions:
    """Every mention of the store by document: what else a plan's own article says."""

    by_doc: dict[str, list[Mention]]

    def under_way(self, mention: Mention) -> Mention | None:
        """The held mention of the occasion a "planned" mention's own article reports under way."""
        return next((o for o in self.by_doc[mention.doc_id] if o.held and _under_way(mention, o)), None)

    def host(self, plan: Mention) -> tuple[Mention, Mention | None] | None:
        """The visit of the plan's own article whose programme the plan is on, with the held mention of it
        when it is under way (reported held at the article's date, or "planned" but the one under way); a
        visit the article reports as past is no host."""
        for visit in self.by_doc[plan.doc_id]:
            if visit is plan or not _on_programme(plan, visit):
                continue
            if visit.held and _at_article_date(visit):
                return visit, visit
            if not visit.held and is_plan(visit):
                return visit, self.under_way(visit)
        return None

    def held_host(self, planned: list[Mention]) -> Mention | None:
        """The held visit under way on whose programme one of the plans is (a round co-chaired during it)."""
        for plan in planned:
            found = self.host(plan)
            if found is not None and found[1] is not None:
                return found[1]
        return None
