"""Scores of predicted document records against gold ones: SCHEMA.md's measures, overall and per document."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from suivi.evaluate.matching import (
    Obj,
    commitment_pairs,
    date_equal_at_gold,
    engagement_pair_score,
    greedy_match,
    indicator_key,
    ordinal,
    participant_keys,
    period_key,
    scorer_names_match,
)

_ATTRS = ("kind", "status", "format", "ordinal", "date", "venue_country")
_STRICT = ("kind", "status", "date", "ordinal")


def prf(tp: float, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "pred": n_pred, "gold": n_gold}


@dataclass
class Tally:
    """Counts accumulated over documents; `summary()` turns them into the scorer's measures."""

    c: Counter[str] = field(default_factory=Counter)
    attrs: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in _ATTRS})
    matched: dict[str, list[tuple[Obj, Obj]]] = field(default_factory=dict)

    def add(self, doc_id: str, g: Obj, p: Obj) -> None:
        self._documents(g, p)
        self._engagements(doc_id, g, p)
        self._participants(g, p)
        gc, pc = commitment_pairs(g), commitment_pairs(p)
        self.c.update(com_tp=len(gc & pc), com_pred=len(pc), com_gold=len(gc))
        gi, pi = list(g.get("indicators") or []), list(p.get("indicators") or [])
        pairs = greedy_match(gi, pi, lambda a, b: 1.0 if indicator_key(a) == indicator_key(b) else None)
        self.c.update(ind_tp=len(pairs), ind_pred=len(pi), ind_gold=len(gi))
        self.c["ind_period"] += sum(period_key(a) == period_key(b) for a, b in pairs)

    def _documents(self, g: Obj, p: Obj) -> None:
        gd, pd = bool(g.get("is_diplomatic")), bool(p.get("is_diplomatic"))
        self.c.update(doc_tp=int(gd and pd), doc_pred=int(pd), doc_gold=int(gd))

    def _engagements(self, doc_id: str, g: Obj, p: Obj) -> None:
        ge, pe = list(g.get("engagements") or []), list(p.get("engagements") or [])
        pairs = greedy_match(ge, pe, engagement_pair_score)
        self.matched[doc_id] = pairs
        self.c.update(eng_tp=len(pairs), eng_pred=len(pe), eng_gold=len(ge))
        for gg, pp in pairs:
            checks = attribute_checks(gg, pp)
            for k, ok in checks.items():
                self.attrs[k][0] += ok
                self.attrs[k][1] += 1
            self.c["eng_strict"] += all(checks[k] for k in _STRICT)

    def _participants(self, g: Obj, p: Obj) -> None:
        gp, pp = participant_keys(g), participant_keys(p)
        used: set[int] = set()
        for name, country in gp:
            for j, (pname, pcountry) in enumerate(pp):
                if j not in used and scorer_names_match(name, pname):
                    used.add(j)
                    self.c.update(par_tp=1, par_ctry=int(country == pcountry))
                    break
        self.c.update(par_pred=len(pp), par_gold=len(gp))

    def summary(self, documents: int, missing: int) -> dict[str, Any]:
        c = self.c
        return {
            "documents": documents,
            "missing_predictions": missing,
            "is_diplomatic": prf(c["doc_tp"], c["doc_pred"], c["doc_gold"]),
            "engagements": prf(c["eng_tp"], c["eng_pred"], c["eng_gold"]),
            "engagements_strict": prf(c["eng_strict"], c["eng_pred"], c["eng_gold"]),
            "engagement_attributes": {k: round(a / n, 3) if n else None for k, (a, n) in self.attrs.items()},
            "participants": prf(c["par_tp"], c["par_pred"], c["par_gold"]),
            "participant_country": round(c["par_ctry"] / c["par_tp"], 3) if c["par_tp"] else None,
            "commitments": prf(c["com_tp"], c["com_pred"], c["com_gold"]),
            "indicators": prf(c["ind_tp"], c["ind_pred"], c["ind_gold"]),
            "indicator_period": round(c["ind_period"] / c["ind_tp"], 3) if c["ind_tp"] else None,
        }


def attribute_checks(g: Obj, p: Obj) -> dict[str, bool]:
    return {
        "kind": g.get("kind") == p.get("kind"),
        "status": g.get("status") == p.get("status"),
        "format": g.get("format", "unknown") == p.get("format", "unknown"),
        "ordinal": ordinal(g) == ordinal(p),
        "date": date_equal_at_gold(g.get("date"), p.get("date")),
        "venue_country": ((g.get("venue") or {}).get("country") or None)
        == ((p.get("venue") or {}).get("country") or None),
    }


def link_scores(links: Obj, gold_ids: set[str], matched: dict[str, list[tuple[Obj, Obj]]]) -> dict[str, Any]:
    """Pairwise precision / recall of event_key and series_key clusters against the gold links."""
    out = {}
    for name, key, clusters in (
        ("same_event", "event_key", links.get("same_event") or []),
        ("series", "series_key", list((links.get("series") or {}).values())),
    ):
        gold_clusters = [[tuple(m) for m in cl if m[0] in gold_ids] for cl in clusters]
        gold_pairs, pred_pairs = _pairwise(gold_clusters), _pairwise(_pred_clusters(key, matched))
        out[name] = prf(len(gold_pairs & pred_pairs), len(pred_pairs), len(gold_pairs))
    return out


def _pairwise(clusters: list[list[tuple[Any, ...]]]) -> set[frozenset[tuple[Any, ...]]]:
    out: set[frozenset[tuple[Any, ...]]] = set()
    for cluster in clusters:
        for a, b in itertools.combinations(sorted(set(map(tuple, cluster))), 2):
            out.add(frozenset((a, b)))
    return out


def _pred_clusters(key: str, matched: dict[str, list[tuple[Obj, Obj]]]) -> list[list[tuple[Any, ...]]]:
    groups: dict[str, list[tuple[Any, ...]]] = {}
    for doc_id, pairs in matched.items():
        for g, p in pairs:
            if p.get(key):
                groups.setdefault(str(p[key]), []).append((doc_id, g.get("id")))
    return list(groups.values())


def document_f1(g: Obj, p: Obj) -> float:
    """One number per document for the worst-documents list: mean F1 of the four fact measures."""
    tally = Tally()
    tally.add(str(g.get("doc_id")), g, p)
    s = tally.summary(1, 0)
    return float(sum(s[k]["f1"] for k in ("engagements", "participants", "commitments", "indicators"))) / 4
