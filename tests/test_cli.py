"""The `suivi` command line through CliRunner: ingest of good and bad input, listings, JSON output, demo."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from suivi import cli
from suivi.cli import app
from suivi.demo import corpus_dir
from suivi.record import DocumentRecord
from suivi.store import Store
from suivi.store.search import query_terms, stem

runner = CliRunner()

# Short articles written for these tests (never copied from real articles).
GOOD_ARTICLES = {
    "maroc-france.txt": (
        " date 2021-10-21\n\n"
        "Le Maroc et la France tiennent leurs consultations politiques\n\n"
        "Rabat – Les ministres des Affaires étrangères du Maroc et de la France ont tenu jeudi à Rabat "
        "le quatrième cycle de leurs consultations politiques, consacré à la sécurité régionale.\n"
    ),
    "senegal-mauritania.txt": (
        " date 2022-03\n\n"
        "Senegal and Mauritania open their joint commission\n\n"
        "Dakar – The foreign ministers of Senegal and Mauritania opened the eleventh session of their "
        "joint commission on Monday, with fisheries and energy on the agenda.\n"
    ),
    "cambodge-thailande.txt": (
        " date 2020 Photo : service de presse du ministère\n\n"
        "Visite du ministre cambodgien en Thaïlande\n\n"
        "Le ministre cambodgien des Affaires étrangères a effectué une visite officielle en Thaïlande, "
        "où il a rencontré son homologue thaïlandais pour parler du commerce frontalier.\n"
    ),
}
CP1252_ARTICLE = (
    " date 2023-06\n\n"
    "Une délégation sénégalaise reçue à Nouakchott\n\n"
    "Le secrétaire général du ministère sénégalais a été reçu à Nouakchott pour préparer la prochaine "
    "réunion de la commission mixte.\n"
)
JSONL_LINES = (
    '{"id": "jl-inde-japon", "text": "India and Japan held their second two-plus-two dialogue in Tokyo, '
    'where the ministers discussed maritime security.", "published": "2022-09", "language": "en"}\n'
    '{"id": "jl-broken", "text": "Cette ligne est cassée\n'
    '{"id": "jl-chine-cambodge", "text": "La Chine et le Cambodge ont signé un accord de coopération '
    'agricole lors de la visite du ministre chinois à Phnom Penh.", "published": "2023-04-12"}\n'
)
IMPOSSIBLE_DATE_ARTICLE = (
    " date 2021-13\n\nUne date impossible\n\nLe ministre laotien a reçu son homologue vietnamien à Vientiane.\n"
)
BINARY_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
PRIOR_ARTICLE = (
    " date 2019-11-30\n\n"
    "L'Inde et le Japon lancent leur dialogue 2+2\n\n"
    "New Delhi – Les ministres indiens et japonais des Affaires étrangères et de la Défense ont tenu "
    "samedi leur premier dialogue au format 2+2.\n"
)
DIPLOMATIC_FR_ARTICLE = (
    " date 2024-05-28\n\n"
    "Le Sénégal et la Mauritanie tiennent leur commission mixte\n\n"
    "Nouakchott – Le ministre sénégalais des Affaires étrangères et son homologue mauritanien ont "
    "coprésidé lundi à Nouakchott la douzième session de la commission mixte de coopération entre le "
    "Sénégal et la Mauritanie.\n\n"
    "Les deux parties ont signé trois accords de coopération dans les domaines de la pêche et de "
    "l'énergie.\n"
)

GOOD_IDS = {"maroc-france", "senegal-mauritania", "cambodge-thailande"}
STORED_IDS = GOOD_IDS | {"cp-delegation", "jl-inde-japon", "jl-chine-cambodge"}
SCHEMA_KEYS = {"doc_id", "language", "published", "is_diplomatic", "engagements", "commitments", "indicators"}


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


def stdout_json(result: Result) -> Any:
    return json.loads(result.stdout)


def write_good_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in GOOD_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_bad_folder(folder: Path) -> Path:
    """3 good articles, an empty file, a binary one, a cp1252 one, JSONL with a broken line, a bad date."""
    write_good_articles(folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(BINARY_BYTES)
    (folder / "cp-delegation.txt").write_bytes(CP1252_ARTICLE.encode("cp1252"))
    (folder / "agences.jsonl").write_text(JSONL_LINES, encoding="utf-8")
    (folder / "date-impossible.txt").write_text(IMPOSSIBLE_DATE_ARTICLE, encoding="utf-8")
    return folder


def table_rows(database: Path, table: str) -> list[tuple[Any, ...]]:
    """Every row of a store table, read with the sqlite3 module (not through suivi)."""
    with sqlite3.connect(database) as connection:
        return sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)


def _clean_suivi_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No SUIVI_* variable of the machine and no user config file can change what the CLI does."""
    for name in [n for n in os.environ if n.startswith("SUIVI_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("SUIVI_CONFIG", str(tmp_path / "absent.toml"))
    # Wide tables, so that values are not folded across lines. Rich reads COLUMNS when the console is
    # created (at import), so the width is set on the console itself too.
    monkeypatch.setenv("COLUMNS", "300")
    monkeypatch.setattr(cli.console, "_width", 300)
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store file given to the CLI through SUIVI_DATABASE_URL."""
    _clean_suivi_env(monkeypatch, tmp_path)
    path = tmp_path / "cli.sqlite"
    monkeypatch.setenv("SUIVI_DATABASE_URL", f"sqlite:///{path}")
    return path


@pytest.fixture
def filled(database: Path, tmp_path: Path) -> Path:
    """The store holding the three good articles and the cp1252 one (no extraction)."""
    folder = write_good_articles(tmp_path / "good")
    (folder / "cp-delegation.txt").write_bytes(CP1252_ARTICLE.encode("cp1252"))
    result = invoke("ingest", str(folder), "--no-extract")
    assert result.exit_code == 0, result.output
    return database


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Result]]:
    """`suivi demo` run once for the module (it extracts: spaCy models load once), with its output."""
    tmp_path = tmp_path_factory.mktemp("demo")
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    with pytest.MonkeyPatch.context() as monkeypatch:
        _clean_suivi_env(monkeypatch, tmp_path)
        result = invoke("--database", url, "demo")
        yield url, result


# --- ingest ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected_errors", "expected_warnings"),
    [
        (
            {
                "S102": "empty.txt",
                "S103": "scan.txt",
                "S105": "agences.jsonl:2",
                "S106": "date-impossible.txt",
            },
            {"W101": "cp-delegation.txt"},
        )
    ],
)
def test_cli_ingest_bad_folder_stores_good_input_and_lists_coded_errors(
    expected_errors: dict[str, str], expected_warnings: dict[str, str], database: Path, tmp_path: Path
) -> None:
    folder = write_bad_folder(tmp_path / "batch")
    result = invoke("ingest", str(folder), "--no-extract", "--json")
    assert result.exit_code == 1
    report = stdout_json(result)["ingest"]
    assert report["added"] == len(STORED_IDS)
    errors = {p["code"]: p for p in report["errors"]}
    assert len(report["errors"]) == len(expected_errors)
    assert {code: Path(p["source"]).name for code, p in errors.items()} == expected_errors
    for code, problem in errors.items():
        assert problem["message"].startswith(f"[{code}] ")
    assert "line 2" in errors["S105"]["message"]
    assert "2021-13" in errors["S106"]["message"]
    assert {p["code"]: Path(p["source"]).name for p in report["warnings"]} == expected_warnings
    with Store.open(f"sqlite:///{database}") as store:
        assert {d.id for d in store.documents()} == STORED_IDS
        assert "Une délégation sénégalaise" in store.get_document("cp-delegation").text


@pytest.mark.parametrize("table", ["documents", "revisions"])
def test_cli_ingest_bad_folder_leaves_earlier_documents_unchanged(table: str, database: Path, tmp_path: Path) -> None:
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    (earlier / "inde-japon-2plus2.txt").write_text(PRIOR_ARTICLE, encoding="utf-8")
    assert invoke("ingest", str(earlier), "--no-extract").exit_code == 0
    before = table_rows(database, table)
    result = invoke("ingest", str(write_bad_folder(tmp_path / "batch")), "--no-extract")
    assert result.exit_code == 1
    after = table_rows(database, table)
    assert set(before) <= set(after)  # every earlier row is still there, byte for byte
    assert len(after) == len(before) + len(STORED_IDS)  # and the only new rows are the 6 good inputs


@pytest.mark.parametrize("runs", [2])
def test_cli_ingest_again_adds_nothing(runs: int, database: Path, tmp_path: Path) -> None:
    folder = write_bad_folder(tmp_path / "batch")
    reports = [stdout_json(invoke("ingest", str(folder), "--no-extract", "--json")) for _ in range(runs)]
    last = reports[-1]
    assert last["ingest"]["added"] == 0
    assert last["ingest"]["unchanged"] == len(STORED_IDS)
    assert last["store"]["documents"] == len(STORED_IDS)
    assert last["store"]["revisions"] == len(STORED_IDS)


@pytest.mark.parametrize("expected", [{"added": 6, "errors": 4, "warnings": 1}])
def test_cli_ingest_prints_summary_table(expected: dict[str, int], database: Path, tmp_path: Path) -> None:
    result = invoke("ingest", str(write_bad_folder(tmp_path / "batch")), "--no-extract")
    assert result.exit_code == 1
    assert "Ingest summary" in result.stdout
    for label, count in expected.items():
        assert re.search(rf"│ {label}\s+│\s+{count} │", result.stdout), label
    assert "S105" in result.stdout


# --- JSON output and the error envelope -------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected_type", "key"),
    [
        (["documents", "--json"], list, "id"),
        (["show", "maroc-france", "--json"], dict, "document"),
        (["search", "consultations", "--json"], list, "doc_id"),
        (["config", "--json"], dict, "database_url"),
    ],
)
def test_cli_json_output_parses(args: list[str], expected_type: type, key: str, filled: Path) -> None:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    data = stdout_json(result)
    assert isinstance(data, expected_type)
    first = data[0] if isinstance(data, list) else data
    assert key in first


@pytest.mark.parametrize("expected_keys", [{"ingest", "store"}])
def test_cli_ingest_json_output_parses(expected_keys: set[str], database: Path, tmp_path: Path) -> None:
    result = invoke("ingest", str(write_good_articles(tmp_path / "good")), "--no-extract", "--json")
    assert result.exit_code == 0
    assert set(stdout_json(result)) == expected_keys


@pytest.mark.parametrize(
    ("args", "code", "in_message", "detail"),
    [
        (["show", "NOPE", "--json"], "S201", "no document 'NOPE'", {"doc_id": "NOPE"}),
        (["documents", "--since", "2021-13", "--json"], "S203", "since='2021-13' is not a date", {}),
    ],
)
def test_cli_error_is_json_envelope(
    args: list[str], code: str, in_message: str, detail: dict[str, str], filled: Path
) -> None:
    result = invoke(*args)
    assert result.exit_code == 1
    envelope = stdout_json(result)
    assert set(envelope) == {"error"}
    assert set(envelope["error"]) == {"code", "message", "detail"}
    assert envelope["error"]["code"] == code
    assert envelope["error"]["message"].startswith(f"[{code}] ")
    assert in_message in envelope["error"]["message"]
    assert detail.items() <= envelope["error"]["detail"].items()


@pytest.mark.parametrize(("doc_id", "code"), [("NOPE", "S201")])
def test_cli_show_unknown_prints_coded_error(doc_id: str, code: str, filled: Path) -> None:
    result = invoke("show", doc_id)
    assert result.exit_code == 1
    assert f"[{code}]" in result.stderr
    assert doc_id in result.stderr
    assert "Traceback" not in result.output


# --- documents, show, search, config --------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--lang", "fr"], {"maroc-france", "cambodge-thailande", "cp-delegation"}),
        (["--lang", "en"], {"senegal-mauritania"}),
        (["--since", "2022"], {"senegal-mauritania", "cp-delegation"}),
        (["--since", "2021-10"], {"maroc-france", "senegal-mauritania", "cp-delegation"}),
        (
            ["--since", "2020-06"],
            {"maroc-france", "senegal-mauritania", "cp-delegation", "cambodge-thailande"},
        ),
        (["--lang", "fr", "--since", "2021"], {"maroc-france", "cp-delegation"}),
    ],
)
def test_cli_documents_filters_by_language_and_date(options: list[str], expected: set[str], filled: Path) -> None:
    result = invoke("documents", *options, "--json")
    assert result.exit_code == 0
    assert {row["id"] for row in stdout_json(result)} == expected


@pytest.mark.parametrize(
    ("doc_id", "title"), [("maroc-france", "Le Maroc et la France tiennent leurs consultations politiques")]
)
def test_cli_documents_table_lists_titles(doc_id: str, title: str, filled: Path) -> None:
    result = invoke("documents")
    assert result.exit_code == 0
    assert "4 documents" in result.stdout
    assert doc_id in result.stdout
    assert title in result.stdout


@pytest.mark.parametrize(
    ("doc_id", "published", "text_start"),
    [
        ("cambodge-thailande", "2020", "Photo : service de presse du ministère\n\nVisite du ministre"),
        (
            "maroc-france",
            "2021-10-21",
            "Le Maroc et la France tiennent leurs consultations politiques\n\nRabat",
        ),
    ],
)
def test_cli_show_gives_document_without_marker(doc_id: str, published: str, text_start: str, filled: Path) -> None:
    data = stdout_json(invoke("show", doc_id, "--json"))
    assert data["document"]["published"] == published
    assert data["document"]["text"].startswith(text_start)
    assert data["record"] is None  # ingested with --no-extract
    shown = invoke("show", doc_id)
    assert shown.exit_code == 0
    assert f"published: {published}" in shown.stdout
    assert "Not extracted yet" in shown.stdout


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sécurité régionale", ["maroc-france"]),
        ("securite regionale", ["maroc-france"]),
        ("THAILANDE", ["cambodge-thailande"]),
        ("délégation sénégalaise", ["cp-delegation"]),
        ("Nouakchott delegation", ["cp-delegation"]),
        ("joint commission", ["senegal-mauritania"]),
        ("consultations Mékong", []),
    ],
)
def test_cli_search_ignores_accents(query: str, expected: list[str], filled: Path) -> None:
    result = invoke("search", query, "--json")
    assert result.exit_code == 0
    hits = stdout_json(result)
    assert [h["doc_id"] for h in hits] == expected
    for hit in hits:
        assert hit["highlights"] and "**" not in hit["snippet"]
        terms = {term for word in query.split() for term in query_terms(word)}
        marked = [hit["snippet"][start:end] for start, end in hit["highlights"]]
        assert all(stem(word, "fr") in terms or stem(word, "en") in terms for word in marked), marked


@pytest.mark.parametrize(("query", "doc_id"), [("sécurité", "maroc-france")])
def test_cli_search_table_shows_hits(query: str, doc_id: str, filled: Path) -> None:
    result = invoke("search", query)
    assert result.exit_code == 0
    assert "1 hits for 'sécurité'" in result.stdout
    assert doc_id in result.stdout


@pytest.mark.parametrize("variable", ["SUIVI_DATABASE_URL"])
def test_cli_config_lists_env_value(variable: str, database: Path) -> None:
    result = invoke("config")
    assert result.exit_code == 0
    assert variable in result.stdout
    assert f"sqlite:///{database}" in result.stdout
    assert stdout_json(invoke("config", "--json"))["database_url"] == f"sqlite:///{database}"


@pytest.mark.parametrize(
    ("file_value", "env_value", "flag_value"),
    [("sqlite:///file.db", "sqlite:///env.db", "sqlite:///flag.db")],
)
def test_cli_config_flag_beats_env_beats_file(
    file_value: str,
    env_value: str,
    flag_value: str,
    database: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[suivi]\ndatabase_url = "{file_value}"\nbatch_size = 7\n', encoding="utf-8")
    monkeypatch.delenv("SUIVI_DATABASE_URL")
    from_file = stdout_json(invoke("--config", str(config), "config", "--json"))
    monkeypatch.setenv("SUIVI_DATABASE_URL", env_value)
    from_env = stdout_json(invoke("--config", str(config), "config", "--json"))
    from_flag = stdout_json(invoke("--config", str(config), "--database", flag_value, "config", "--json"))
    assert [from_file["database_url"], from_env["database_url"], from_flag["database_url"]] == [
        file_value,
        env_value,
        flag_value,
    ]
    assert from_flag["batch_size"] == 7  # what the flag does not set still comes from the file


@pytest.mark.parametrize("content", ["[suivi\ndatabase_url = 3\n"])
def test_cli_invalid_config_file_exits_with_s001(content: str, database: Path, tmp_path: Path) -> None:
    config = tmp_path / "broken.toml"
    config.write_text(content, encoding="utf-8")
    result = invoke("--config", str(config), "config")
    assert result.exit_code == 1
    assert "[S001]" in result.stderr
    assert str(config) in result.stderr.replace("\n", "")


# --- the shared dev texts -----------------------------------------------------------------


@pytest.mark.parametrize("pattern", ["*.txt"])
def test_cli_ingest_shared_dev_texts_keeps_marker_dates(pattern: str, shared_eval: Path, database: Path) -> None:
    texts = shared_eval / "dev" / "texts"
    expected_documents = len(list(texts.glob(pattern)))  # the set grows; never pin its size
    first = invoke("ingest", str(texts), "--no-extract", "--json")
    assert first.exit_code == 0, first.output
    assert stdout_json(first)["ingest"]["added"] == expected_documents
    with Store.open(f"sqlite:///{database}") as store:
        documents = store.documents()
    assert len(documents) == expected_documents
    for document in documents:
        first_line = (texts / f"{document.id}.txt").read_text(encoding="utf-8").split("\n", 1)[0]
        marker = re.match(r"\s*date\s+(\S+)", first_line)
        assert marker is not None, document.id
        assert document.published == (None if marker[1] == "unknown" else marker[1]), document.id
    again = stdout_json(invoke("ingest", str(texts), "--no-extract", "--json"))
    assert again["ingest"]["added"] == 0
    assert again["store"]["documents"] == expected_documents


# --- demo, export, extract ------------------------------------------------------------------


@pytest.mark.parametrize(("min_documents", "min_fr", "min_en"), [(30, 20, 8)])
def test_cli_demo_ingests_corpus_and_prints_summary(
    min_documents: int, min_fr: int, min_en: int, demo_store: tuple[str, Result]
) -> None:
    url, result = demo_store
    assert result.exit_code == 0, result.output
    for title in ("Ingest summary", "Store", "by language", "first published"):
        assert title in result.stdout
    articles = len(list(corpus_dir().glob("*.txt")))
    with Store.open(url) as store:
        stats = store.stats()
    assert stats.documents == articles >= min_documents
    assert stats.by_language["fr"] >= min_fr
    assert stats.by_language["en"] >= min_en
    assert stats.records == stats.documents  # every demo article was extracted
    assert stats.diplomatic_records >= 1
    assert re.search(rf"│ added\s+│\s+{articles} │", result.stdout)


@pytest.mark.parametrize("lines_per_record", [1])
def test_cli_export_prints_one_line_per_record(lines_per_record: int, demo_store: tuple[str, Result]) -> None:
    url, _ = demo_store
    result = invoke("--database", url, "export")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    with Store.open(url) as store:
        stored = store.stats().records
    assert len(lines) == stored * lines_per_record
    records = [DocumentRecord.model_validate_json(line) for line in lines]
    assert {r.doc_id for r in records} == {p.stem for p in corpus_dir().glob("*.txt")}
    for line in lines:
        assert set(json.loads(line)) >= SCHEMA_KEYS


@pytest.mark.parametrize("expected", [""])
def test_cli_export_prints_nothing_without_records(expected: str, filled: Path) -> None:
    result = invoke("export")
    assert result.exit_code == 0
    assert result.stdout == expected


@pytest.mark.parametrize(("name", "published"), [("senegal-mauritanie-12", "2024-05-28")])
def test_cli_extract_jsonl_prints_schema_records(
    name: str, published: str, tmp_path: Path, database: Path, demo_store: tuple[str, Result]
) -> None:
    # Uses demo_store only so that spaCy's models are already loaded once for this module.
    article = tmp_path / f"{name}.txt"
    article.write_text(DIPLOMATIC_FR_ARTICLE, encoding="utf-8")
    result = invoke("extract", "--jsonl", str(article))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert set(data) >= SCHEMA_KEYS
    assert (data["doc_id"], data["language"], data["published"]) == (name, "fr", published)
    assert data["is_diplomatic"] is True
    assert len(data["engagements"]) >= 1
    assert {"SN", "MR"} <= set(data["engagements"][0]["parties"])
    DocumentRecord.model_validate(data)
