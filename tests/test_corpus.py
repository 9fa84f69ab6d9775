"""corpus.ingest: a batch of sources into the store, with revisions, duplicates, problems and extraction."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from suivi import corpus
from suivi.settings import Settings
from suivi.store import Store

CONSULTATION = (
    " date 2023-06-14\n\n"
    "Le Maroc et la France tiennent leur cinquième consultation politique\n\n"
    "Paris – Les ministres des Affaires étrangères du Maroc et de la France ont tenu mercredi à Paris "
    "la cinquième session de leur consultation politique.\n"
)
CONSULTATION_CORRECTED = CONSULTATION.replace("mercredi", "mercredi 14 juin")
SPORT = (
    " date 2022-11-20\n\n"
    "Les Lions de l'Atlas battent le Sénégal\n\n"
    "Le Maroc a battu le Sénégal deux buts à un samedi soir en match amical au stade de Rabat.\n"
)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    with Store.open(settings.database_url) as opened:
        yield opened


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "text"), [("fr-ma-fr-5.txt", CONSULTATION)])
def test_corpus_ingest_again_is_unchanged(
    name: str, text: str, tmp_path: Path, store: Store, settings: Settings
) -> None:
    path = write(tmp_path / "in", name, text)
    first = corpus.ingest([path], store, settings, extract=False)
    second = corpus.ingest([path], store, settings, extract=False)
    assert (first.added, second.added, second.unchanged) == (["fr-ma-fr-5"], [], ["fr-ma-fr-5"])
    assert store.stats().revisions == 1


@pytest.mark.parametrize(("old", "new"), [(CONSULTATION, CONSULTATION_CORRECTED)])
def test_corpus_changed_text_becomes_revision(
    old: str, new: str, tmp_path: Path, store: Store, settings: Settings
) -> None:
    path = write(tmp_path / "in", "fr-ma-fr-5.txt", old)
    corpus.ingest([path], store, settings, extract=False)
    path.write_text(new, encoding="utf-8")
    report = corpus.ingest([path], store, settings, extract=False)
    assert report.revised == ["fr-ma-fr-5"]
    revisions = store.revisions("fr-ma-fr-5")
    assert [r.revision for r in revisions] == [1, 2]
    assert "mercredi 14 juin" not in revisions[0].text
    assert "mercredi 14 juin" in store.get_document("fr-ma-fr-5").text


@pytest.mark.parametrize(("first", "copy"), [("agence-a.txt", "agence-b.txt")])
def test_corpus_same_text_under_another_id_is_duplicate(
    first: str, copy: str, tmp_path: Path, store: Store, settings: Settings
) -> None:
    folder = tmp_path / "in"
    write(folder, first, CONSULTATION)
    write(folder, copy, CONSULTATION.replace("\n\n", "\n\n\n"))  # same text once normalised
    report = corpus.ingest([folder], store, settings, extract=False)
    assert report.added == ["agence-a"]
    assert report.duplicates == {"agence-b": "agence-a"}
    assert store.stats().documents == 1


@pytest.mark.parametrize(("missing", "code"), [("nowhere/*.txt", "S101")])
def test_corpus_missing_path_is_problem_and_batch_goes_on(
    missing: str, code: str, tmp_path: Path, store: Store, settings: Settings
) -> None:
    path = write(tmp_path / "in", "fr-ma-fr-5.txt", CONSULTATION)
    report = corpus.ingest([str(tmp_path / missing), path], store, settings, extract=False)
    assert report.added == ["fr-ma-fr-5"]
    assert [p.code for p in report.errors] == [code]
    assert "glob matches no file" in report.errors[0].message
    assert report.failed


@pytest.mark.parametrize(("limit", "code"), [(100, "S107")])
def test_corpus_text_over_size_limit_is_refused(
    limit: int, code: str, tmp_path: Path, store: Store, settings: Settings
) -> None:
    path = write(tmp_path / "in", "long.txt", CONSULTATION)
    report = corpus.ingest([path], store, settings.model_copy(update={"max_document_bytes": limit}), extract=False)
    assert [p.code for p in report.errors] == [code]
    assert f"over the limit of {limit}" in report.errors[0].message
    assert store.stats().documents == 0


@pytest.mark.parametrize("files", [3])
def test_corpus_reports_read_progress_per_file(files: int, tmp_path: Path, store: Store, settings: Settings) -> None:
    folder = tmp_path / "in"
    for i in range(files):
        write(folder, f"art-{i}.txt", CONSULTATION.replace("cinquième", f"{i + 5}e"))
    calls: list[tuple[str, int, int]] = []
    corpus.ingest([folder], store, settings, extract=False, on_progress=lambda *call: calls.append(call))
    assert calls == [("read", 1, files)] * files


@pytest.mark.parametrize(
    "keys", [{"added", "revised", "unchanged", "duplicates", "extracted", "reextracted", "errors", "warnings", "links"}]
)
def test_corpus_report_as_dict(keys: set[str], tmp_path: Path, store: Store, settings: Settings) -> None:
    folder = tmp_path / "in"
    write(folder, "ok.txt", CONSULTATION)
    (folder / "empty.txt").write_bytes(b"  \n")
    data = corpus.ingest([folder], store, settings, extract=False).as_dict()
    assert set(data) == keys
    assert data["added"] == 1
    assert [e["code"] for e in data["errors"]] == ["S102"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("diplomatic", "sport"), [("fr-ma-fr-5.txt", "fr-sport.txt")])
def test_corpus_extracts_only_new_or_changed_documents(
    diplomatic: str, sport: str, tmp_path: Path, store: Store, settings: Settings
) -> None:
    folder = tmp_path / "in"
    path = write(folder, diplomatic, CONSULTATION)
    write(folder, sport, SPORT)
    first = corpus.ingest([folder], store, settings)
    assert sorted(first.extracted) == ["fr-ma-fr-5", "fr-sport"]
    record = store.get_record("fr-ma-fr-5")
    assert record is not None and record.is_diplomatic and record.engagements
    sport_record = store.get_record("fr-sport")
    assert sport_record is not None and not sport_record.is_diplomatic
    assert corpus.ingest([folder], store, settings).extracted == []
    path.write_text(CONSULTATION_CORRECTED, encoding="utf-8")
    assert corpus.ingest([folder], store, settings).extracted == ["fr-ma-fr-5"]


@pytest.mark.parametrize("name", ["fr-ma-fr-5.txt"])
def test_corpus_extracts_documents_stored_without_record(
    name: str, tmp_path: Path, store: Store, settings: Settings
) -> None:
    path = write(tmp_path / "in", name, CONSULTATION)
    corpus.ingest([path], store, settings, extract=False)
    assert store.get_record("fr-ma-fr-5") is None
    report = corpus.ingest([path], store, settings)
    assert (report.unchanged, report.extracted) == (["fr-ma-fr-5"], ["fr-ma-fr-5"])
    assert store.get_record("fr-ma-fr-5") is not None


@pytest.mark.parametrize("language", ["de"])
def test_corpus_unsupported_language_is_stored_with_a_warning(
    language: str, tmp_path: Path, store: Store, settings: Settings
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    line = {"id": "de-1", "text": "Der Außenminister empfing am Dienstag seinen Amtskollegen.", "language": language}
    (folder / "batch.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    report = corpus.ingest([folder], store, settings)
    assert report.added == ["de-1"]
    assert [(p.code, p.severity) for p in report.problems] == [("S302", "warning")]
    assert "no extraction rules for language 'de'" in report.problems[0].message
    record = store.get_record("de-1")
    assert record is not None and not record.is_diplomatic
