"""Extractor versions: a hash of each layer's rules, data and model; stale stored records are re-extracted."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from suivi import corpus
from suivi.cli import app
from suivi.extract import DEFAULT_LAYERS, version
from suivi.extract.version import RECORD_KEY, layer_version, layer_versions, split_layer, stamp
from suivi.record import Commitment, DocumentRecord, Provenance
from suivi.settings import Settings
from suivi.store import Store
from suivi.vocab import CommitmentKind

#: Our own sentences (Peru and Chile, Norway and Sweden): two documents, one of them diplomatic.
ARTICLES = {
    "pe-cl": " date 2024-03-12\n\nPeru and Chile held the 22nd session of their joint commission in Lima.\n",
    "no-se": " date 2024-05-03\n\nNorway and Sweden held a summit in Oslo on Friday, their first in two years.\n",
}
_VERSION = re.compile(r"^v\d+\+[0-9a-f]{12}$")


def _fresh_versions() -> dict[str, str]:
    version.shared_hash.cache_clear()
    version.layer_hash.cache_clear()
    return layer_versions(DEFAULT_LAYERS)


def test_version_is_declared_version_plus_hash() -> None:
    versions = layer_versions(DEFAULT_LAYERS)
    assert set(versions) == {split_layer(layer)[0] for layer in DEFAULT_LAYERS}
    for layer in DEFAULT_LAYERS:
        assert _VERSION.match(layer_version(layer)), layer
        assert layer_version(layer).startswith(split_layer(layer)[1] + "+")
    assert len(set(versions.values())) == len(versions)  # each layer hashes its own folder
    assert all(len(v) <= 32 for v in versions.values())  # the stored column holds 32 characters


def test_version_changes_with_the_layer_data_only(package_copy: Path) -> None:
    before = _fresh_versions()
    lexicon = package_copy / "lang" / "en" / "indicators.json"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    after = _fresh_versions()
    assert after["suivi.indicators"] != before["suivi.indicators"]
    assert {k: v for k, v in after.items() if k != "suivi.indicators"} == {
        k: v for k, v in before.items() if k != "suivi.indicators"
    }


def test_version_changes_everywhere_with_shared_data(package_copy: Path) -> None:
    before = _fresh_versions()
    demonyms = package_copy / "lang" / "fr" / "demonyms.json"
    demonyms.write_text(demonyms.read_text(encoding="utf-8") + " ", encoding="utf-8")
    after = _fresh_versions()
    assert all(after[name] != before[name] for name in before)


def test_version_changes_everywhere_with_body_marking(package_copy: Path) -> None:
    """Which lines of a text are its body decides what every layer reads."""
    before = _fresh_versions()
    body = package_copy / "ingest" / "body.py"
    body.write_text(body.read_text(encoding="utf-8") + "\n# a rule changed\n", encoding="utf-8")
    after = _fresh_versions()
    assert all(after[name] != before[name] for name in before)


def test_version_of_learned_layer_follows_its_model(package_copy: Path) -> None:
    before = layer_version("suivi.learned.v1")
    model_files = sorted(p for p in (package_copy / "extract" / "learned" / "model").iterdir() if p.is_file())
    assert model_files, "the packaged sentence model has files"
    model_files[0].write_bytes(model_files[0].read_bytes() + b"\n")
    version.layer_hash.cache_clear()
    assert layer_version("suivi.learned.v1") != before


def test_stamp_writes_versions_on_facts_and_record() -> None:
    provenance = Provenance(start=0, end=5, extractor="suivi.commitments", version="v1")
    commitment = Commitment(kind=CommitmentKind.AGREED, parties=["PE", "CL"], text="agreed", provenance=provenance)
    record = stamp(DocumentRecord(doc_id="d", commitments=[commitment]), DEFAULT_LAYERS)
    assert record.commitments[0].provenance is not None
    assert record.commitments[0].provenance.version == layer_version("suivi.commitments.v1")
    assert getattr(record, RECORD_KEY) == layer_versions(DEFAULT_LAYERS)
    assert RECORD_KEY in record.model_dump()  # kept when stored and exported


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    with Store.open(settings.database_url) as opened:
        yield opened


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _newer(monkeypatch: pytest.MonkeyPatch, layer: str) -> None:
    """Pretend `layer`'s rules changed since the store was filled."""
    real = version.layer_version
    monkeypatch.setattr(version, "layer_version", lambda name: real(name) + ("x" if name == layer else ""))


def test_ingest_again_same_version_leaves_records_alone(sources: Path, store: Store, settings: Settings) -> None:
    first = corpus.ingest([sources], store, settings)
    assert sorted(first.extracted) == sorted(ARTICLES)
    before = {r.doc_id: r for r in store.records()}
    second = corpus.ingest([sources], store, settings)
    assert (second.extracted, second.reextracted) == ([], [])
    assert {r.doc_id: r for r in store.records()} == before


def test_ingest_reextracts_records_of_an_older_version(
    sources: Path, store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus.ingest([sources], store, settings)
    _newer(monkeypatch, "suivi.engagements.v1")
    seen: list[tuple[str, int]] = []
    report = corpus.ingest(
        [sources], store, settings, on_progress=lambda stage, step, total: seen.append((stage, total))
    )
    assert sorted(report.reextracted) == sorted(ARTICLES)
    assert report.as_dict()["reextracted"] == len(ARTICLES)
    assert ("reextract", len(ARTICLES)) in seen
    wanted = layer_versions(DEFAULT_LAYERS)
    assert wanted["suivi.engagements"].endswith("x")
    for record in store.records():
        assert getattr(record, RECORD_KEY) == wanted
        for engagement in record.engagements:
            assert engagement.provenance is not None
            assert engagement.provenance.version == wanted["suivi.engagements"]
    assert corpus.ingest([sources], store, settings).reextracted == []  # now current


def test_ingest_reextracts_records_stored_before_versions(sources: Path, store: Store, settings: Settings) -> None:
    corpus.ingest([sources], store, settings)
    old = next(iter(store.records()))
    setattr(old, RECORD_KEY, None)
    store.save_record(old)
    assert corpus.ingest([sources], store, settings).reextracted == [old.doc_id]


def test_cli_extract_stale(sources: Path, store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUIVI_DATABASE_URL", settings.database_url)
    corpus.ingest([sources], store, settings)
    runner = CliRunner()
    same = runner.invoke(app, ["extract", "--stale"])
    assert same.exit_code == 0, same.output
    assert "re-extracted 0 document" in same.output
    _newer(monkeypatch, "suivi.indicators.v1")
    newer = runner.invoke(app, ["extract", "--stale"])
    assert newer.exit_code == 0, newer.output
    assert f"re-extracted {len(ARTICLES)} document" in newer.output
    with_paths = runner.invoke(app, ["extract", "--stale", str(sources)])
    assert with_paths.exit_code == 1 and "S002" in with_paths.output
