"""How many facts of an older extraction keep their stable key (docs/corrections.md) under a newer one.

    suivi extract TEXTS --jsonl -o old.jsonl      # with the older suivi (e.g. a git worktree on PYTHONPATH)
    suivi extract TEXTS --jsonl -o new.jsonl      # with this one
    python benchmarks/fact_key_stability.py old.jsonl new.jsonl

Prints, per fact kind, the share of the older facts whose key the newer extraction still produces (a
correction of them still applies), the share whose local id still names a fact of the same sentence (what
naming facts by local id would keep), and of the keys lost, how many are facts no longer read in their
sentence at all (true orphans) and how many only changed rank among facts of one sentence.
"""

from __future__ import annotations

import sys
from pathlib import Path

from suivi.record import DocumentRecord
from suivi.store.corrections import fact_keys, local_ids


def _records(path: str) -> dict[str, DocumentRecord]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return {r.doc_id: r for r in (DocumentRecord.model_validate_json(line) for line in lines if line.strip())}


def main(old_path: str, new_path: str) -> None:
    old, new = _records(old_path), _records(new_path)
    counts: dict[str, list[int]] = {}
    lost_rank = 0
    for doc_id, record in old.items():
        if doc_id not in new:
            continue
        old_keys, new_keys = fact_keys(record), fact_keys(new[doc_id])
        old_facts, new_facts = local_ids(record), local_ids(new[doc_id])
        produced = set(new_keys.values())
        for local, key in old_keys.items():
            row = counts.setdefault(key.rsplit("/", 2)[1], [0, 0, 0])
            row[0] += 1
            row[1] += key in produced
            same = new_facts.get(local)
            row[2] += (
                same is not None and type(same) is type(old_facts[local]) and same.evidence == old_facts[local].evidence
            )
            if key not in produced and any(k.split(".")[0] == key.split(".")[0] for k in produced):
                lost_rank += 1
    total, kept, local_kept = (sum(row[i] for row in counts.values()) for i in range(3))
    print(f"{len(old)} documents, {total} facts in the older extraction")
    print(f"stable key still produced: {kept} ({kept / total:.1%})")
    print(f"local id on the same sentence: {local_kept} ({local_kept / total:.1%})")
    for kind, (n, k, lk) in sorted(counts.items()):
        print(f"  {kind}: {n} facts, key kept {k / n:.1%}, local id kept {lk / n:.1%}")
    gone = total - kept - lost_rank
    print(f"keys lost: {total - kept}, of which rank in the sentence changed: {lost_rank}, fact gone: {gone}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
