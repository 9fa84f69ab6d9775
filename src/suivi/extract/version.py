"""Extractor versions that change whenever a layer's rules, data or model change.

A layer is registered under a declared version (`suivi.engagements.v1`); the version stored with its facts
is that declared version plus a short hash of everything the layer's output depends on
(`v1+3f2a9c1b7d0e`): its own folder (rule modules, a trained model), its lexicons
(`suivi/lang/<code>/<layer>[_<lexicon>].json`), the modules and data every layer shares (countries, dates,
numbers, cues, the rest of the `suivi/lang/<code>/` folders, the gazetteer, the marking of the article body
in `ingest/body.py`) and the installed spaCy models.
Editing a lexicon or retraining the sentence model therefore changes the version, and `suivi ingest` (or
`suivi extract --stale`) re-extracts the documents whose record an older version made.
The hashes are computed once per process, on first use (about 4 MB of files).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import metadata
from pathlib import Path

from suivi.lang import languages, profile
from suivi.record import Commitment, DocumentRecord, Engagement, Indicator

#: The package root (`suivi/`): the files below are paths relative to it.
_ROOT = Path(__file__).resolve().parent.parent
#: What every layer reads besides its own folder: the pipeline, the shared matchers and their data.
_SHARED = (
    "extract/*.py",
    "extract/data/**/*",
    "lang/**/*",
    "ingest/body.py",  # body marking decides which lines extraction reads
    "vocab.py",
    "folding.py",
)
#: Characters of the content hash kept in the version (the stored column holds 32).
_HASH_CHARS = 12
#: The key of the document record under which the versions of the layers that made it are stored.
RECORD_KEY = "extractors"


def split_layer(layer: str) -> tuple[str, str]:
    """`suivi.engagements.v1` -> (`suivi.engagements`, `v1`)."""
    name, _, declared = layer.rpartition(".")
    return name, declared


#: Layer folders whose lexicons live in `suivi/lang/<code>/<folder>[_<lexicon>].json`: each is part of its own
#: layer's hash, not of the shared one, so editing the engagement cues changes the engagement layer only.
_LAYER_FOLDERS = ("engagements", "commitments", "indicators", "participants", "learned")


def _layer_lexicon(path: Path) -> bool:
    return path.parent.parent.name == "lang" and path.stem.split("_")[0] in _LAYER_FOLDERS


def _files(patterns: Iterable[str], *, lexicons: bool = True) -> list[Path]:
    found = {p for pattern in patterns for p in _ROOT.glob(pattern) if p.is_file()}
    kept = (p for p in found if "__pycache__" not in p.parts and p.suffix not in {".pyc", ".pyo"})
    return sorted(p for p in kept if lexicons or not _layer_lexicon(p))


def _digest(files: Iterable[Path], extra: Iterable[str] = ()) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(_ROOT).as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    for item in extra:
        digest.update(item.encode() + b"\0")
    return digest.hexdigest()


def _installed(distribution: str) -> str:
    try:
        return f"{distribution}=={metadata.version(distribution)}"
    except metadata.PackageNotFoundError:
        return f"{distribution}==absent"


@cache
def shared_hash() -> str:
    """Hash of the files every layer depends on and of the installed spaCy and default spaCy models."""
    models = [profile(code).spacy_model for code in languages()]
    return _digest(_files(_SHARED, lexicons=False), [_installed("spacy"), *(_installed(m) for m in models)])


@cache
def layer_hash(name: str) -> str:
    """Hash of what the layer `name` (`suivi.engagements`) reads: its own folder and the shared files."""
    folder = name.removeprefix("suivi.")
    own = [f"extract/{folder}/**/*", f"lang/*/{folder}.json", f"lang/*/{folder}_*.json"]
    return _digest(_files(own), [shared_hash()])


def layer_version(layer: str) -> str:
    """The version stored with the facts of `layer` (`suivi.engagements.v1` -> `v1+3f2a9c1b7d0e`)."""
    name, declared = split_layer(layer)
    return f"{declared}+{layer_hash(name)[:_HASH_CHARS]}"


def layer_versions(layers: Iterable[str]) -> dict[str, str]:
    """Extractor name -> stored version, for each of `layers`."""
    return {split_layer(layer)[0]: layer_version(layer) for layer in layers}


def installed_versions() -> dict[str, str]:
    """Extractor name -> version, for every registered layer (what stored facts are checked against)."""
    from suivi.extract.registry import extractors

    return layer_versions(sorted(extractors.get_all()))


def stamp(record: DocumentRecord, layers: Iterable[str]) -> DocumentRecord:
    """Write the full version on every fact of `record` and, under `RECORD_KEY`, the versions of the layers
    that made it (stored with the record, so even an empty record says which extractor made it)."""
    versions = layer_versions(layers)
    facts: list[Engagement | Commitment | Indicator] = [*record.engagements, *record.commitments, *record.indicators]
    for fact in facts:
        provenance = fact.provenance
        if provenance is None or provenance.extractor not in versions:
            continue
        provenance.version = versions[provenance.extractor]
    setattr(record, RECORD_KEY, versions)
    return record


def made_by(record_extra: Mapping[str, object] | None) -> dict[str, str] | None:
    """The layer versions a stored record says made it (None for a record stored before versions were)."""
    found = (record_extra or {}).get(RECORD_KEY)
    if not isinstance(found, dict):
        return None
    return {str(k): str(v) for k, v in found.items()}
