"""SQLite and PostgreSQL refuse the same documents with the same S1xx codes, before writing (issue 10, item 6).

The probe found NUL bytes, ids over 255 characters and a 1,000-character language stored on SQLite and
refused with S200 ("check disk space") on PostgreSQL.
"""

from __future__ import annotations

import pytest

from suivi.errors import IngestError
from suivi.record import Document, DocumentRecord
from suivi.store import Store

TEXT = "Les deux ministres ont signé un accord de coopération."
BAD_DOCUMENTS = {
    "NUL in the text": ({"text": "Les deux\x00 ministres."}, "S113"),
    "lone surrogate in the text": ({"text": "Les deux \udc80 ministres."}, "S113"),
    "NUL in the title": ({"title": "Titre\x00"}, "S113"),
    "outlet over 255 characters": ({"outlet": "A" * 256}, "S113"),
    "id over 255 characters": ({"id": "x" * 256}, "S111"),
    "blank id": ({"id": " \t "}, "S111"),
    "control character in the id": ({"id": "doc\x1b[31m"}, "S111"),
    "1,000-character language": ({"language": "f" * 1000}, "S112"),
    "language that is no code": ({"language": "fr_FR"}, "S112"),
    "fullwidth digits": ({"published": "２０２１"}, "S106"),
    "year 0001": ({"published": "0001-01-01"}, "S106"),
    "year 9999": ({"published": "9999-12-31"}, "S106"),
}


@pytest.mark.parametrize(("fields", "code"), list(BAD_DOCUMENTS.values()), ids=list(BAD_DOCUMENTS))
def test_backends_refuse_the_same_documents_with_the_same_code(fields: dict[str, str], code: str, store: Store) -> None:
    document = Document.model_validate({"id": "doc-1", "text": TEXT, "language": "fr"} | fields)
    with pytest.raises(IngestError) as raised:
        store.add_document(document)
    assert raised.value.code == code
    assert store.stats().documents == 0


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"id": "  doc-1  "}, {"id": "doc-1"}),
        ({"language": "FR"}, {"language": "fr"}),
        ({"id": "x" * 255, "outlet": "A" * 255}, {"id": "x" * 255}),
        ({"published": "1900"}, {"published": "1900"}),
        ({"published": "2100-12-31"}, {"published": "2100-12-31"}),
    ],
)
def test_backends_take_the_same_edge_documents(fields: dict[str, str], expected: dict[str, str], store: Store) -> None:
    document = Document.model_validate({"id": "doc-1", "text": TEXT, "language": "fr"} | fields)
    assert store.add_document(document) == "added"
    stored = store.get_document(expected.get("id", "doc-1"))
    assert {key: getattr(stored, key) for key in expected} == expected


@pytest.mark.parametrize(
    ("fields", "code"),
    [({"language": "l" * 1000}, "S112"), ({"published": "２０２１-１０"}, "S106")],
    ids=["language", "date"],
)
def test_backends_refuse_the_same_records(fields: dict[str, str], code: str, store: Store) -> None:
    store.add_document(Document(id="doc-1", text=TEXT, language="fr"))
    with pytest.raises(IngestError) as raised:
        store.save_record(DocumentRecord.model_validate({"doc_id": "doc-1"} | fields))
    assert raised.value.code == code
    assert store.get_record("doc-1") is None
