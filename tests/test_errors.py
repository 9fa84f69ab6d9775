"""The exception tree: one root, one unique code per class, messages that name their input, documented."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from suivi import errors
from suivi.errors import DocumentNotFound, IngestError, IngestWarning, InvalidDate, StoreError, SuiviError

ERROR_CLASSES = [cls for _, cls in inspect.getmembers(errors, inspect.isclass) if issubclass(cls, SuiviError)]
ERRORS_DOC = Path(__file__).resolve().parents[1] / "docs" / "errors.md"
#: The first digit of a code names its family.
FAMILIES = {"0": SuiviError, "1": IngestError, "2": StoreError}


@pytest.mark.parametrize("minimum", [20])
def test_errors_codes_are_unique(minimum: int) -> None:
    codes = [cls.code for cls in ERROR_CLASSES] + [IngestWarning.code]
    assert len(codes) >= minimum
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_errors_code_matches_family(cls: type[SuiviError]) -> None:
    assert re.fullmatch(r"S\d{3}", cls.code)
    family = FAMILIES.get(cls.code[1])
    if family is not None:
        assert issubclass(cls, family)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            InvalidDate("date '2021-13' is impossible", source="a.txt"),
            "[S106] a.txt: date '2021-13' is impossible",
        ),
        (StoreError("cannot connect"), "[S200] cannot connect"),
    ],
)
def test_errors_message_carries_code_and_source(error: SuiviError, expected: str) -> None:
    assert str(error) == expected
    assert error.message in str(error)


@pytest.mark.parametrize(
    ("error", "detail"),
    [
        (DocumentNotFound("no document 'NOPE'", detail={"doc_id": "NOPE"}), {"doc_id": "NOPE"}),
        (InvalidDate("bad date", source="b.txt"), {"source": "b.txt"}),
        (InvalidDate("bad date", source="b.txt", detail={"line": 3}), {"source": "b.txt", "line": 3}),
    ],
)
def test_errors_to_dict_is_envelope_body(error: SuiviError, detail: dict[str, object]) -> None:
    body = error.to_dict()
    assert set(body) == {"code", "message", "detail"}
    assert body["code"] == type(error).code
    assert body["message"] == str(error)
    assert body["detail"] == detail


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_errors_every_code_is_documented(cls: type[SuiviError]) -> None:
    table_rows = [line for line in ERRORS_DOC.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    assert any(f"`{cls.code}`" in row and f"`{cls.__name__}`" in row for row in table_rows), cls.code


@pytest.mark.parametrize("code", [IngestWarning.code])
def test_errors_warning_code_is_documented(code: str) -> None:
    assert f"`{code}`" in ERRORS_DOC.read_text(encoding="utf-8")
