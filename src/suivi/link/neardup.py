"""Near-duplicate articles (rewritten copies, agency re-runs) found cheaply with MinHash over word 3-shingles."""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from functools import cache

from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")
NUM_PERM = 64
#: Jaccard of word 3-shingles above which two articles are copies: a rewritten copy scores about 0.8,
#: two articles on two rounds of one consultation about 0.
THRESHOLD = 0.5


def shingles(text: str, size: int = 3) -> set[str]:
    """Word n-grams of the lower-cased text."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + size]) for i in range(max(len(words) - size + 1, 0))}


def _crc32(data: bytes) -> int:
    # CRC-32 is stable across runs (unlike hash()) and some 20 times faster than the default SHA-1.
    return zlib.crc32(data)


@cache
def _template() -> MinHash:
    # Fixed seed: the same corpus gives the same pairs. Drawing the permutations once saves a third of the time.
    return MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_crc32)


def signature(text: str) -> MinHash | None:
    """The MinHash of an article, None when it is too short to have shingles."""
    grams = shingles(text)
    if not grams:
        return None
    minhash = _template().copy()
    minhash.update_batch([g.encode("utf-8") for g in grams])
    return minhash


def near_duplicates(texts: Mapping[str, str], threshold: float = THRESHOLD) -> dict[str, set[str]]:
    """For each document id, the ids of the other documents that are near-copies of it."""
    signatures = {doc_id: sig for doc_id in sorted(texts) if (sig := signature(texts[doc_id])) is not None}
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    for doc_id, sig in signatures.items():
        lsh.insert(doc_id, sig)
    pairs: dict[str, set[str]] = {}
    for doc_id, sig in signatures.items():
        for other in lsh.query(sig):
            if other != doc_id and sig.jaccard(signatures[other]) >= threshold:
                pairs.setdefault(doc_id, set()).add(other)
    return pairs
