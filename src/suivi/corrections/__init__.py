"""The analysts' layer: reject or edit a fact, set a follow-up status, merge, split or pin events, series and
actors; list and undo corrections. Each one is stored (who, when, what, before, after, why), then the
documents it touches are relinked; it applies again after every re-extraction and re-link (docs/corrections.md).

`facts` names and corrects one fact, `links` corrects what linking builds, `journal` saves, lists and undoes.
"""

from suivi.corrections.facts import FactRef, edit, facts, parse_value, reject, resolve_fact
from suivi.corrections.journal import CORRECTION_STATES, default_author, list_corrections, relink, undo
from suivi.corrections.links import MERGEABLE, merge, pin, set_status, split
from suivi.store.corrections import Correction, split_fact_id

__all__ = [
    "CORRECTION_STATES",
    "MERGEABLE",
    "Correction",
    "FactRef",
    "default_author",
    "edit",
    "facts",
    "list_corrections",
    "merge",
    "parse_value",
    "pin",
    "reject",
    "relink",
    "resolve_fact",
    "set_status",
    "split",
    "split_fact_id",
    "undo",
]
