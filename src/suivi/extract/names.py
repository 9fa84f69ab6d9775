"""Person-name folding and matching: "Bùi Thanh Sơn" = "Bui Thanh Son"; a surname matches its full name."""

from __future__ import annotations

import re

from suivi.folding import strip_accents


def fold_name(text: str) -> str:
    """Lower-case, accents dropped (NFKD + combining marks; đ has no decomposition), punctuation to spaces."""
    return " ".join(re.sub(r"[^\w\s]", " ", strip_accents(text).lower()).split())


def names_match(a: str, b: str) -> bool:
    """True when the folded tokens of one name contain the other's ("Son" within "Bui Thanh Son")."""
    ta, tb = set(fold_name(a).split()), set(fold_name(b).split())
    return bool(ta and tb) and (ta <= tb or tb <= ta)
