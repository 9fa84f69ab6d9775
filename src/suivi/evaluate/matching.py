"""The matching rules of SCHEMA.md "How the scorer matches": dates, parties, engagements, names, indicators."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from typing import Any

Obj = dict[str, Any]
_PARTS = {"year": 1, "month": 2, "day": 3}


def date_parts(d: Obj | None) -> list[str] | None:
    if not d or not d.get("value"):
        return None
    parts = str(d["value"]).split("-")
    return parts[: _PARTS.get(d.get("precision") or "day", len(parts))]


def dates_compatible(a: Obj | None, b: Obj | None) -> bool:
    """Equal at the coarser precision, or either unknown."""
    pa, pb = date_parts(a), date_parts(b)
    if pa is None or pb is None:
        return True
    n = min(len(pa), len(pb))
    return pa[:n] == pb[:n]


def date_equal_at_gold(gold: Obj | None, pred: Obj | None) -> bool:
    pg, pp = date_parts(gold), date_parts(pred)
    if pg is None:
        return pp is None
    return pp is not None and len(pp) >= len(pg) and pp[: len(pg)] == pg


def parties(x: Obj) -> set[str]:
    return {str(p).upper() for p in (x.get("parties") or [])}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def ordinal(e: Obj) -> Any:
    return (e.get("series") or {}).get("ordinal")


def engagement_pair_score(g: Obj, p: Obj) -> float | None:
    """How well a predicted engagement fits a gold one; None when they may not be paired."""
    overlap = jaccard(parties(g), parties(p))
    if overlap < 0.5 or not dates_compatible(g.get("date"), p.get("date")):
        return None
    og, op = ordinal(g), ordinal(p)
    score = overlap + 2.0 * (g.get("kind") == p.get("kind"))
    score += 1.5 * (og is not None and og == op)
    score -= 1.5 * (og is not None and op is not None and og != op)
    score += 1.0 * (g.get("status") == p.get("status"))
    score += 0.5 * (date_parts(g.get("date")) is not None and date_equal_at_gold(g.get("date"), p.get("date")))
    return score


def greedy_match(
    golds: list[Obj], preds: list[Obj], scorer: Callable[[Obj, Obj], float | None]
) -> list[tuple[Obj, Obj]]:
    """One-to-one pairs, best-scoring eligible pairs first."""
    candidates = []
    for (i, g), (j, p) in itertools.product(enumerate(golds), enumerate(preds)):
        s = scorer(g, p)
        if s is not None:
            candidates.append((s, i, j))
    candidates.sort(key=lambda c: -c[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((golds[i], preds[j]))
    return pairs


def fold(text: str | None) -> str:
    """The scorer's folding (kept identical to score.py so both print the same numbers)."""
    text = (text or "").replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def scorer_names_match(a: str, b: str) -> bool:
    ta, tb = set(fold(a).split()), set(fold(b).split())
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def participant_keys(doc: Obj) -> list[tuple[str, str]]:
    """(name, country) of the document's participants, one per person."""
    seen: list[tuple[str, str]] = []
    for e in doc.get("engagements") or []:
        for p in e.get("participants") or []:
            item = (p.get("name") or "", str(p.get("country") or "").upper())
            if item[0] and not any(scorer_names_match(item[0], s[0]) for s in seen):
                seen.append(item)
    return seen


def commitment_pairs(doc: Obj) -> set[tuple[Any, Any]]:
    return {(c.get("kind"), a) for c in doc.get("commitments") or [] for a in (c.get("areas") or [])}


def sig3(v: Any) -> str | None:
    try:
        return f"{float(v):.3g}"
    except (TypeError, ValueError):
        return None


def indicator_key(i: Obj) -> tuple[Any, ...]:
    return (i.get("metric"), sig3(i.get("value")), (i.get("unit") or "").upper(), i.get("kind") or "observed")


def period_key(i: Obj) -> tuple[Any, Any] | None:
    p = i.get("period") or {}
    return (p.get("start"), p.get("end")) if p else None
