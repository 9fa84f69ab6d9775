"""`suivi ingest` of 520 seeded malformed inputs beside good articles (issue 10): 0 tracebacks, every good
article stored and extracted, every malformed input listed with a code and none stored."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from suivi.cli import app
from suivi.store import Store

from .malformed import MAX_BYTES, Batch, write_good_articles, write_malformed

#: Malformed inputs per run (the issue asks for at least 500), and good articles beside them.
MALFORMED, GOOD = 520, 12


def refuse_locked(locked: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Make these directories unreadable, as chmod 000 would for anyone but root."""
    real_scandir = os.scandir
    refused = {str(path) for path in locked}

    def scandir(path: Any) -> Any:
        if os.fspath(path) in refused:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def listed_under(source: str | None, bad: dict[str, str]) -> str | None:
    """The malformed input a problem's source names (`file`, `file:LINE`, `file#entry-N`), if any."""
    if source is None:
        return None
    for separator in (":", "#"):
        head = source.rpartition(separator)[0]
        if head in bad:
            return head
    return source if source in bad else None


@pytest.mark.slow
@pytest.mark.parametrize("seed", [20261203])
def test_malformed_batch_loses_no_good_article_and_lists_every_bad_input(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = Batch()
    folder = tmp_path / "lot"
    write_good_articles(folder, GOOD, batch)
    write_malformed(folder, MALFORMED, seed, batch)
    assert len(batch.bad) >= 500
    refuse_locked(batch.locked_dirs, monkeypatch)
    url = f"sqlite:///{tmp_path / 'fuzz.sqlite'}"
    monkeypatch.setenv("SUIVI_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("SUIVI_MAX_DOCUMENT_BYTES", str(MAX_BYTES))

    result = CliRunner().invoke(app, ["--database", url, "ingest", str(folder), "--json"])

    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.exit_code == 1  # errors were listed
    report = json.loads(result.stdout)["ingest"]
    listed: dict[str, set[str]] = {}
    for error in report["errors"]:
        bad = listed_under(error["source"], batch.bad)
        assert bad is not None, f"an error about no malformed input: {error}"
        assert error["code"].startswith("S1") and error["code"] != "S100", error
        listed.setdefault(bad, set()).add(error["code"])
    unlisted = {path: kind for path, kind in batch.bad.items() if path not in listed}
    assert unlisted == {}, "malformed inputs stored or skipped silently"
    with Store.open(url) as store:
        stored = {document.id: document.source for document in store.documents()}
        wrongly_stored = {doc_id: source for doc_id, source in stored.items() if doc_id not in batch.good}
        assert wrongly_stored == {}, "malformed inputs stored"
        assert stored.keys() == batch.good.keys(), "a good article lost"
        assert all(store.get_record(doc_id) is not None for doc_id in batch.good), "a good article not extracted"
    assert report["added"] == report["extracted"] == GOOD
