"""The learned layer's scripts and `suivi.evaluate.crossval`: coded errors, one predictions file per run."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from suivi.errors import EvalError, TrainingDataError
from suivi.evaluate import crossval as whole
from suivi.extract.learned import crossval as learned_crossval
from suivi.extract.learned import train
from suivi.extract.learned.examples import read_ids


def _binary(tmp_path: Path) -> Path:
    path = tmp_path / "ids.bin"
    path.write_bytes(b"\xff\xfe\x00\x81\x9c binary")
    return path


def test_read_ids_of_a_binary_file_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(TrainingDataError, match=r"\[S305\].*not UTF-8"):
        read_ids(_binary(tmp_path))


def test_read_ids_of_a_missing_file_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(TrainingDataError, match=r"\[S305\]"):
        read_ids(tmp_path / "missing-file")


def test_read_ids_skips_comments(tmp_path: Path) -> None:
    path = tmp_path / "ids.txt"
    path.write_text("fr-a en-b  # en-c\n# fr-d\nfr-e\n", encoding="utf-8")
    assert read_ids(path) == {"fr-a", "en-b", "fr-e"}


@pytest.mark.parametrize("main", [train.main, learned_crossval.main, whole.main])
@pytest.mark.parametrize("bad", ["missing", "binary"])
def test_scripts_print_the_coded_error_and_exit_1(
    main: Any, bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = tmp_path / "missing-file" if bad == "missing" else _binary(tmp_path)
    argv = ["--exclude-ids", str(ids), "--shared", str(tmp_path / "no-eval")]
    if main is not whole.main:
        argv += ["--examples", str(tmp_path / "training")]
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "[S305]" in err and str(ids) in err
    assert "Traceback" not in err
    assert not (tmp_path / "training").exists()  # nothing written before the ids are read


def test_whole_crossval_with_an_unknown_set_is_a_coded_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        whole.main(["nowhere", "--shared", str(tmp_path)])
    assert exit_info.value.code == 1
    assert "[S400]" in capsys.readouterr().err


def test_rules_outputs_that_are_not_records_are_a_coded_error(tmp_path: Path) -> None:
    broken = tmp_path / "rules.jsonl"
    broken.write_text('{"doc_id": "fr-1"}\nnot json\n', encoding="utf-8")
    with pytest.raises(EvalError, match=r"\[S400\]"):
        learned_crossval.read_records([broken])
    with pytest.raises(EvalError, match=r"\[S400\]"):
        learned_crossval.read_records([tmp_path / "absent.jsonl"])


def _fake_records(docs: Any, settings: Any, k: Any, seed: Any, shared: Any, layers: tuple[str, ...], *rest: Any) -> Any:
    """One record per run whose content says which layers made it."""
    body = {"doc_id": "en-ghana-togo", "layers": list(layers)}
    return [SimpleNamespace(doc_id="en-ghana-togo", model_dump=lambda mode: body)]


@pytest.mark.parametrize("compare", [True, False])
def test_compare_writes_one_predictions_file_per_run(
    compare: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "dev" / "texts").mkdir(parents=True)
    monkeypatch.setattr(whole, "train_fold_models", lambda **kwargs: {})
    monkeypatch.setattr(whole, "cross_validated_records", _fake_records)
    monkeypatch.setattr(whole, "score_lines", lambda sets, shared, predictions, exclude, tag: [f"{tag} scored"])
    out = tmp_path / "P.jsonl"
    whole.main(["dev", "--shared", str(tmp_path), "--out", str(out), *(["--compare"] if compare else [])])
    written = sorted(p.name for p in tmp_path.glob("P*.jsonl"))
    if not compare:
        assert written == ["P.jsonl"]
        assert json.loads(out.read_text())["layers"] == list(whole.DEFAULT_LAYERS)
        return
    assert written == ["P.learned.jsonl", "P.rules.jsonl"]
    assert json.loads((tmp_path / "P.rules.jsonl").read_text())["layers"] == list(whole.DEFAULT_LAYERS)
    assert json.loads((tmp_path / "P.learned.jsonl").read_text())["layers"] == list(whole.WITH_LEARNED_LAYERS)
    assert capsys.readouterr().out.split("\n")[:2] == ["rules scored", "learned scored"]
