"""Tests of suivi.ingest path handling and dispatch: iter_paths, read_path, read_paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from suivi.ingest import iter_paths, read_path, read_paths
from suivi.record import Problem
from suivi.settings import Settings

from .support import WriteFile, split_results

ARTICLE = " date 2024-04\nLe vice-ministre a présidé la réunion du comité mixte à Vientiane."


@pytest.mark.parametrize("names", [["b.txt", "a/z.md", "a/b/y.jsonl", ".cache/x.txt", "a/.brouillon.txt", ".git/HEAD"]])
def test_paths_directory_is_walked_sorted_without_hidden_files(
    names: list[str], tmp_path: Path, write_file: WriteFile
) -> None:
    for name in names:
        write_file(name, "x")
    found = list(iter_paths([tmp_path]))
    assert found == [tmp_path / "a/b/y.jsonl", tmp_path / "a/z.md", tmp_path / "b.txt"]


@pytest.mark.parametrize("pattern", ["*.txt", "**/*.txt"])
def test_paths_glob_matches_files(pattern: str, tmp_path: Path, write_file: WriteFile) -> None:
    write_file("un.txt", "x")
    write_file("deux.md", "x")
    found = list(iter_paths([str(tmp_path / pattern)]))
    assert found == [tmp_path / "un.txt"]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("absent.txt", "no such file or directory"),
        ("*.inexistant", "glob matches no file"),
        ("dossier-vide", "directory holds no files"),
    ],
)
def test_paths_matching_nothing_is_s101(name: str, words: str, tmp_path: Path) -> None:
    (tmp_path / "dossier-vide").mkdir()
    given = str(tmp_path / name)
    [problem] = list(iter_paths([given]))
    assert isinstance(problem, Problem)
    assert (problem.code, problem.source) == ("S101", given)
    assert words in problem.message and given in problem.message


@pytest.mark.parametrize("repeat", [2])
def test_paths_same_file_given_twice_is_read_once(repeat: int, tmp_path: Path, write_file: WriteFile) -> None:
    path = write_file("un.txt", "x")
    assert list(iter_paths([path] * repeat + [tmp_path])) == [path]


@pytest.mark.parametrize(("name", "suffix"), [("tableur.csv", "'.csv'"), ("notes", "'(none)'")])
def test_paths_unknown_format_is_s108(name: str, suffix: str, write_file: WriteFile, ingest_settings: Settings) -> None:
    path = write_file(name, "id;texte\n1;Le ministre est arrivé.\n")
    [problem] = list(read_path(path, ingest_settings))
    assert isinstance(problem, Problem)
    assert problem.code == "S108"
    assert suffix in problem.message and ".jsonl" in problem.message and str(path) in problem.message


@pytest.mark.parametrize("name", ["absent.txt"])
def test_paths_read_path_on_a_missing_file_is_s101(name: str, tmp_path: Path, ingest_settings: Settings) -> None:
    [problem] = list(read_path(tmp_path / name, ingest_settings))
    assert isinstance(problem, Problem)
    assert problem.code == "S101"
    assert "not an existing regular file" in problem.message and str(tmp_path / name) in problem.message


@pytest.mark.parametrize(
    "bad_files",
    [
        {
            "vide.txt": b"",
            "binaire.txt": b"\x00\x01\x02\x03",
            "date-impossible.txt": " date 2021-02-30\nLe ministre est arrivé à Hanoï hier.".encode(),
            "tableur.csv": b"a;b\n",
            "page.html": b"<html><body></body></html>",
        }
    ],
)
def test_paths_directory_with_bad_files_keeps_all_good_documents(
    bad_files: dict[str, bytes], tmp_path: Path, write_file: WriteFile, ingest_settings: Settings
) -> None:
    write_file("articles/fr-001.txt", ARTICLE)
    write_file("articles/sous-dossier/fr-002.md", "Le Laos et le Cambodge ont signé un accord frontalier.")
    lines = [
        {"id": "j1", "text": "The ministers met in Phnom Penh."},
        "{cassé",
        {"id": "j2", "text": "Les ministres se sont réunis."},
    ]
    write_file("articles/lot.jsonl", "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines))
    for name, content in bad_files.items():
        write_file(f"articles/{name}", content)
    items = list(read_paths([tmp_path / "articles", tmp_path / "absent"], ingest_settings))
    documents, problems = split_results(items)
    assert sorted(d.id for d in documents) == ["fr-001", "fr-002", "j1", "j2"]
    assert sorted(p.code for p in problems) == ["S101", "S102", "S103", "S105", "S106", "S108", "S109"]
