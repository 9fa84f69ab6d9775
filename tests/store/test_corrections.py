"""Analysts' corrections: stored apart, applied after every re-extraction and re-link, listed, undone, on
SQLite and PostgreSQL. Texts are written for the tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from suivi import corrections
from suivi.errors import (
    CorrectionAlreadyUndone,
    CorrectionNotFound,
    CorrectionTargetNotFound,
    FactNotFound,
    InvalidCorrection,
    InvalidRecord,
    SuiviError,
)
from suivi.link import build_actors, current_linking, followups, link_store
from suivi.record import (
    Commitment,
    DateValue,
    Document,
    DocumentRecord,
    Engagement,
    Indicator,
    Participant,
    Provenance,
    Series,
)
from suivi.store import Store
from suivi.store.connection import create_store_engine, normalise_url
from suivi.store.corrections import fact_keys
from suivi.store.migrate import alembic_config, current_revision, head_revision

AS_OF = date(2026, 1, 15)
HELD_FR = "Le 21 octobre, le Vietnam et le Cambodge ont tenu leur 7e consultation politique à Phnom Penh."
PLANNED_FR = "La 8e consultation aura lieu en 2023 au Vietnam."
BORDER_FR = "Les deux parties ont convenu de renforcer la gestion des frontières."
TRADE_FR = "Les échanges ont atteint 6,65 milliards de dollars."
HELD_EN = "Vietnam and Cambodia held their seventh political consultation in Phnom Penh on October 21."
CALL_EN = "The two foreign ministers spoke by phone on November 3."
NEW_FR = "Le ministre a aussi reçu l'ambassadeur du Laos."


def _provenance(version: str) -> Provenance:
    return Provenance(start=0, end=10, extractor="suivi.engagements", version=version)


def _held(eid: str, evidence: str, version: str, name: str = "Lê Văn Nam", host: str = "Prak Sokhonn") -> Engagement:
    return Engagement(
        id=eid,
        kind="consultation",
        parties=["VN", "KH"],
        series=Series(name="consultation politique Vietnam-Cambodge", ordinal=7),
        date=DateValue(value="2021-10-21", precision="day"),
        participants=[
            Participant(name=name, country="VN", function="co_chair"),
            Participant(name=host, country="KH", function="co_chair"),
        ],
        evidence=evidence,
        provenance=_provenance(version),
    )


def _planned(eid: str, version: str) -> Engagement:
    return Engagement(
        id=eid,
        kind="consultation",
        parties=["VN", "KH"],
        series=Series(name="consultation politique Vietnam-Cambodge", ordinal=8),
        status="planned",
        date=DateValue(value="2023", precision="year"),
        evidence=PLANNED_FR,
        provenance=_provenance(version),
    )


def _call(eid: str, version: str) -> Engagement:
    return Engagement(
        id=eid,
        kind="call",
        parties=["VN", "KH"],
        date=DateValue(value="2021-11-03", precision="day"),
        format="phone",
        participants=[Participant(name="Prak Sokha", country="KH", function="participant")],
        evidence=CALL_EN,
        provenance=_provenance(version),
    )


def record_a(version: str = "1.0") -> DocumentRecord:
    """The French article as a first extractor version reads it."""
    return DocumentRecord(
        doc_id="vn-kh-a",
        language="fr",
        published="2021-10",
        is_diplomatic=True,
        engagements=[_held("e1", HELD_FR, version), _planned("e2", version)],
        commitments=[Commitment(kind="agreed", parties=["VN", "KH"], areas=["border"], evidence=BORDER_FR)],
        indicators=[
            Indicator(metric="trade_volume", parties=["VN", "KH"], value=6.65e9, unit="USD", evidence=TRADE_FR)
        ],
    )


def reextracted_a(version: str = "2.0") -> DocumentRecord:
    """The same article read by a new extractor version: one more fact first, so every local id moves."""
    extra = Engagement(id="e1", kind="meeting", parties=["VN", "LA"], evidence=NEW_FR, provenance=_provenance(version))
    return DocumentRecord(
        doc_id="vn-kh-a",
        language="fr",
        published="2021-10",
        is_diplomatic=True,
        engagements=[extra, _planned("e2", version), _held("e3", HELD_FR, version)],
        commitments=[
            Commitment(kind="pledged", parties=["VN"], areas=["education"], evidence=NEW_FR),
            Commitment(kind="agreed", parties=["VN", "KH"], areas=["border"], evidence=BORDER_FR),
        ],
        indicators=[
            Indicator(metric="trade_volume", parties=["VN", "KH"], value=6.65e9, unit="USD", evidence=TRADE_FR)
        ],
    )


def record_b() -> DocumentRecord:
    return DocumentRecord(
        doc_id="vn-kh-b",
        language="en",
        published="2021-11",
        is_diplomatic=True,
        engagements=[_held("e1", HELD_EN, "1.0", name="Le Van Nam", host="Prak Sokha"), _call("e2", "1.0")],
    )


def _document(doc_id: str, language: str, published: str) -> Document:
    return Document(id=doc_id, text=f"Article {doc_id} written for the tests.", language=language, published=published)


@pytest.fixture
def linked(store: Store) -> Store:
    """Two articles on one consultation, linked."""
    store.add_document(_document("vn-kh-a", "fr", "2021-10"))
    store.add_document(_document("vn-kh-b", "en", "2021-11"))
    store.save_record(record_a())
    store.save_record(record_b())
    link_store(store, as_of=AS_OF)
    return store


def reextract_and_relink(store: Store) -> None:
    """What a new extractor version does: the record replaced, then the whole store relinked."""
    store.save_record(reextracted_a())
    link_store(store, as_of=AS_OF)


def _engagement(store: Store, doc_id: str, evidence: str) -> Engagement | None:
    record = store.get_record(doc_id)
    assert record is not None
    return next((e for e in record.engagements if e.evidence == evidence), None)


def _event_of(store: Store, doc_id: str, evidence: str) -> str | None:
    found = _engagement(store, doc_id, evidence)
    assert found is not None
    return found.event_key


# --- fact keys -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [HELD_FR])
def test_corrections_fact_keys_survive_new_local_ids_and_versions(sentence: str) -> None:
    old, new = fact_keys(record_a("1.0")), fact_keys(reextracted_a("2.0"))
    assert old["e1"] == new["e3"] and old["e2"] == new["e2"]
    assert old["c1"] == new["c2"] and old["i1"] == new["i1"]
    assert new["e1"] not in old.values()
    assert old["e1"].startswith("vn-kh-a/e/")


@pytest.mark.parametrize("sentence", ["Les deux ministres se sont rencontrés puis ont signé un accord."])
def test_corrections_fact_keys_tell_facts_of_one_sentence_apart(sentence: str) -> None:
    record = DocumentRecord(
        doc_id="doc/with/slashes",
        engagements=[
            Engagement(id="e1", kind="meeting", parties=["VN", "KH"], evidence=sentence),
            Engagement(id="e2", kind="visit", parties=["VN", "KH"], evidence="  " + sentence.upper()),
        ],
    )
    keys = fact_keys(record)
    assert keys["e2"] == keys["e1"] + ".2"
    assert corrections.split_fact_id(keys["e1"])[0] == "doc/with/slashes"


# --- corrections survive re-extraction and re-linking ----------------------------------------------------


def test_corrections_reject_survives_reextraction_and_relink(linked: Store) -> None:
    made = corrections.reject(linked, "vn-kh-a/e2", reason="announced in another article", author="ana")
    assert (made.author, made.action, made.target_kind, made.before["status"]) == (
        "ana",
        "reject",
        "engagement",
        "planned",
    )
    assert _engagement(linked, "vn-kh-a", PLANNED_FR) is None
    reextract_and_relink(linked)
    assert _engagement(linked, "vn-kh-a", PLANNED_FR) is None
    raw = linked.get_record("vn-kh-a", raw=True)
    assert raw is not None and any(e.evidence == PLANNED_FR for e in raw.engagements)
    record = linked.get_record("vn-kh-a")
    assert record is not None and [c["id"] for c in record.model_extra["corrections"]] == [made.id]
    assert all(f.key != "kh-vn-political-consultation-r8" or f.subject != "engagement" for f in _followups(linked))


def test_corrections_edit_survives_reextraction_and_relink(linked: Store) -> None:
    made = corrections.edit(linked, "vn-kh-a/e1", {"date": "2021-10-22", "venue.country": "KH"}, reason="typo")
    assert made.before == {"date": {"value": "2021-10-21", "precision": "day", "end": None}, "venue.country": None}
    reextract_and_relink(linked)
    edited = _engagement(linked, "vn-kh-a", HELD_FR)
    assert edited is not None and edited.id == "e3"
    assert edited.date == DateValue(value="2021-10-22", precision="day")
    assert edited.venue is not None and edited.venue.country == "KH"
    assert edited.model_extra["corrections"] == [made.id]


def test_corrections_split_event_survives_reextraction_and_relink(linked: Store) -> None:
    shared = _event_of(linked, "vn-kh-a", HELD_FR)
    assert shared is not None and shared == _event_of(linked, "vn-kh-b", HELD_EN)
    made = corrections.split(linked, "event", shared, ["vn-kh-b/e1"], reason="two meetings")
    assert _event_of(linked, "vn-kh-b", HELD_EN) == made.change["into"] != _event_of(linked, "vn-kh-a", HELD_FR)
    reextract_and_relink(linked)
    assert _event_of(linked, "vn-kh-b", HELD_EN) == made.change["into"]
    assert _event_of(linked, "vn-kh-a", HELD_FR) == shared


def test_corrections_merge_events_survives_reextraction_and_relink(linked: Store) -> None:
    held, call = _event_of(linked, "vn-kh-a", HELD_FR), _event_of(linked, "vn-kh-b", CALL_EN)
    assert held and call and held != call
    corrections.merge(linked, "event", [held, call], reason="one occasion")
    reextract_and_relink(linked)
    assert _event_of(linked, "vn-kh-b", CALL_EN) == held == _event_of(linked, "vn-kh-a", HELD_FR)
    event = next(e for e in current_linking(linked).events() if e.key == held)
    assert {(m.doc_id, m.engagement_id) for m in event.mentions} == {
        ("vn-kh-a", "e3"),
        ("vn-kh-b", "e1"),
        ("vn-kh-b", "e2"),
    }


def test_corrections_pin_series_survives_reextraction_and_relink(linked: Store) -> None:
    series = _engagement(linked, "vn-kh-a", HELD_FR)
    assert series is not None and series.series_key is not None
    call = _engagement(linked, "vn-kh-b", CALL_EN)
    assert call is not None and call.series_key is None
    corrections.pin(linked, "vn-kh-b/e2", series=series.series_key)
    reextract_and_relink(linked)
    pinned = _engagement(linked, "vn-kh-b", CALL_EN)
    assert pinned is not None and pinned.series_key == series.series_key


def test_corrections_pin_event_and_series_merge_and_split(linked: Store) -> None:
    held = _engagement(linked, "vn-kh-a", HELD_FR)
    assert held is not None and held.event_key and held.series_key
    corrections.pin(linked, "vn-kh-b/e2", event=held.event_key)
    assert _event_of(linked, "vn-kh-b", CALL_EN) == held.event_key
    corrections.split(linked, "series", held.series_key, ["vn-kh-b/e1"], into="vn-kh-deputy-consultation")
    moved = _engagement(linked, "vn-kh-b", HELD_EN)
    assert moved is not None and moved.series_key == "vn-kh-deputy-consultation"
    corrections.merge(linked, "series", [held.series_key, "vn-kh-deputy-consultation"])
    reextract_and_relink(linked)
    assert {
        e.series_key for e in (_engagement(linked, "vn-kh-b", HELD_EN), _engagement(linked, "vn-kh-a", HELD_FR)) if e
    } == {held.series_key}
    assert _event_of(linked, "vn-kh-b", CALL_EN) == held.event_key


def test_corrections_commitment_thread_status(linked: Store) -> None:
    thread = next(f for f in followups(current_linking(linked), AS_OF) if f.subject == "commitment")
    made = corrections.set_status(linked, thread.key, "reported_done", as_of=AS_OF)
    assert made.change["members"] == [fact_keys(record_a())["c1"]]
    reextract_and_relink(linked)
    now = next(f for f in followups(current_linking(linked), AS_OF) if f.key == thread.key)
    assert now.status == "reported_done" and now.detail.startswith(f"[corrected #{made.id}] was {thread.status}")
    assert now.corrections == [made.id]


def _followups(store: Store) -> list[object]:
    return list(followups(current_linking(store), AS_OF))


def test_corrections_followup_status_survives_reextraction_and_relink(linked: Store) -> None:
    announced = next(f for f in followups(current_linking(linked), AS_OF) if f.subject == "engagement")
    assert announced.status == "overdue"
    made = corrections.set_status(linked, announced.key, "cancelled", reason="cancelled per embassy", as_of=AS_OF)
    reextract_and_relink(linked)
    now = next(f for f in followups(current_linking(linked), AS_OF) if f.subject == "engagement")
    assert now.status == "cancelled" and now.detail.startswith(f"[corrected #{made.id}] was overdue")
    assert now.corrections == [made.id]
    assert all(not f.corrections for f in followups(current_linking(linked), AS_OF) if f.key != now.key)


def test_corrections_edited_plan_marks_its_followup(linked: Store) -> None:
    announced = next(f for f in followups(current_linking(linked), AS_OF) if f.subject == "engagement")
    assert announced.corrections == []
    made = corrections.edit(linked, "vn-kh-a/e2", {"date": "2024-03"}, reason="the ministry's date")
    now = next(f for f in followups(current_linking(linked), AS_OF) if f.subject == "engagement")
    assert (now.due, now.corrections) == ("2024-03", [made.id])
    assert not now.detail.startswith("[corrected")  # the status is still the linker's


def test_corrections_merge_and_split_actors(linked: Store) -> None:
    people = {a.name: a for a in build_actors(linked.records())}
    assert {"Prak Sokha", "Prak Sokhonn"} <= set(people)
    corrections.merge(linked, "actor", [people["Prak Sokhonn"].key, people["Prak Sokha"].key], reason="one man")
    merged = {a.name: set(a.sources) for a in build_actors(linked.records())}
    assert "Prak Sokha" not in merged and merged["Prak Sokhonn"] == {"vn-kh-a", "vn-kh-b"}
    actor = next(a for a in build_actors(linked.records()) if a.name == "Prak Sokhonn")
    with pytest.raises(InvalidCorrection, match="a name that cannot be read as 'Prak Sokhonn'"):
        corrections.split(linked, "actor", actor.key, ["vn-kh-b"], into="Samdech Prak Sokhonn")
    corrections.split(linked, "actor", actor.key, ["vn-kh-b"], into="Tea Seiha")
    reextract_and_relink(linked)
    names = {a.name: set(a.sources) for a in build_actors(linked.records())}
    assert names["Tea Seiha"] == {"vn-kh-b"} and names["Prak Sokhonn"] == {"vn-kh-a"}


# --- listing, undoing, orphans ---------------------------------------------------------------------------


def test_corrections_undo_brings_the_fact_back_and_twice_is_s705(linked: Store) -> None:
    made = corrections.reject(linked, "vn-kh-a/i1")
    record = linked.get_record("vn-kh-a")
    assert record is not None and record.indicators == []
    undone = corrections.undo(linked, made.id, author="ana")
    assert (undone.state, undone.undone_by) == ("undone", "ana")
    record = linked.get_record("vn-kh-a")
    assert record is not None and len(record.indicators) == 1
    with pytest.raises(CorrectionAlreadyUndone, match=rf"\[S705\] correction #{made.id} was already undone"):
        corrections.undo(linked, made.id)
    assert [c.state for c in corrections.list_corrections(linked)] == ["undone"]


def test_corrections_orphaned_when_the_fact_is_gone_and_back_when_it_returns(linked: Store) -> None:
    made = corrections.reject(linked, "vn-kh-a/c1")
    without = reextracted_a().model_copy(update={"commitments": []})
    linked.save_record(without)
    (found,) = corrections.list_corrections(linked, "orphaned")
    assert found.id == made.id and found.missing == [made.target]
    check = linked.check()
    assert any(f.check == "orphaned_corrections" and f.count == 1 for f in check.findings)
    reextract_and_relink(linked)
    assert [c.state for c in corrections.list_corrections(linked)] == ["active"]
    record = linked.get_record("vn-kh-a")
    assert record is not None and [c.evidence for c in record.commitments] == [NEW_FR]


def test_corrections_a_corrected_record_is_not_saved_as_extracted(linked: Store) -> None:
    corrections.reject(linked, "vn-kh-a/e2")
    corrected = linked.get_record("vn-kh-a")
    assert corrected is not None
    with pytest.raises(InvalidRecord, match=r"\[S205\] the record of 'vn-kh-a' was read with analysts' corrections"):
        linked.save_record(corrected)
    raw = linked.get_record("vn-kh-a", raw=True)
    assert raw is not None and len(raw.engagements) == 2


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda s: corrections.reject(s, "nowhere/e1"), FactNotFound, "no document 'nowhere'"),
        (lambda s: corrections.reject(s, "vn-kh-a/e9"), FactNotFound, "no fact 'vn-kh-a/e9' in document"),
        (lambda s: corrections.reject(s, "e1"), FactNotFound, "is not a fact id"),
        (lambda s: corrections.reject(s, "vn-kh-a/e/0000000000"), FactNotFound, "no fact"),
        (lambda s: corrections.edit(s, "vn-kh-a/e1", {"colour": "red"}), InvalidCorrection, "no editable field"),
        (lambda s: corrections.edit(s, "vn-kh-a/e1", {"evidence": "x"}), InvalidCorrection, "no editable field"),
        (lambda s: corrections.edit(s, "vn-kh-a/e1", {"kind": "party"}), InvalidCorrection, "cannot set kind"),
        (lambda s: corrections.edit(s, "vn-kh-a/e1", {"date": "2021-13"}), InvalidCorrection, "is not a date"),
        (lambda s: corrections.edit(s, "vn-kh-a/i1", {"value": "lots"}), InvalidCorrection, "cannot set value"),
        (lambda s: corrections.edit(s, "vn-kh-a/e1", {}), InvalidCorrection, "at least one field"),
        (lambda s: corrections.merge(s, "event", ["nope", "nada"]), CorrectionTargetNotFound, "no event"),
        (lambda s: corrections.merge(s, "event", ["nope"]), InvalidCorrection, "two different event keys"),
        (lambda s: corrections.merge(s, "dyad", ["a", "b"]), InvalidCorrection, "cannot merge or split"),
        (lambda s: corrections.pin(s, "vn-kh-a/e1"), InvalidCorrection, "exactly one"),
        (lambda s: corrections.pin(s, "vn-kh-a/c1", series="x"), InvalidCorrection, "only engagements"),
        (lambda s: corrections.pin(s, "vn-kh-a/e1", series="nope"), CorrectionTargetNotFound, "no series"),
        (lambda s: corrections.set_status(s, "nope", "met"), CorrectionTargetNotFound, "no follow-up"),
        (lambda s: corrections.undo(s, 42), CorrectionNotFound, "no correction #42"),
        (lambda s: corrections.list_corrections(s, "lost"), InvalidCorrection, "unknown correction state"),
    ],
)
def test_corrections_bad_input_is_a_coded_error(
    linked: Store, call: object, error: type[SuiviError], message: str
) -> None:
    with pytest.raises(error, match=message) as caught:
        call(linked)  # type: ignore[operator]
    assert str(caught.value).startswith(f"[{error.code}]")
    assert corrections.list_corrections(linked) == []


def test_corrections_status_must_fit_the_followup(linked: Store) -> None:
    announced = next(f for f in followups(current_linking(linked), AS_OF) if f.subject == "engagement")
    with pytest.raises(InvalidCorrection, match="'met' is not a status of engagement follow-ups"):
        corrections.set_status(linked, announced.key, "met", as_of=AS_OF)


def test_corrections_rejecting_twice_is_refused(linked: Store) -> None:
    made = corrections.reject(linked, "vn-kh-a/e1")
    with pytest.raises(InvalidCorrection, match=f"already rejected by correction #{made.id}"):
        corrections.reject(linked, made.target)


# --- migration -------------------------------------------------------------------------------------------


def test_corrections_migration_upgrades_an_initial_store(durable_url: str, tmp_path: Path) -> None:
    engine = create_store_engine(normalise_url(durable_url))
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
        assert "corrections" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    with Store.open(durable_url) as store:
        store.add_document(_document("vn-kh-a", "fr", "2021-10"))
        store.save_record(record_a())
        made = corrections.reject(store, "vn-kh-a/e2")
        assert [c.id for c in store.corrections()] == [made.id]
    engine = create_store_engine(normalise_url(durable_url))
    try:
        with engine.connect() as connection:
            assert current_revision(connection) == head_revision() != "0001"
    finally:
        engine.dispose()
