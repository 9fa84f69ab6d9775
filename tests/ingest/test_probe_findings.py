"""The reliability probe's ingest findings (issue 10, items 2 and 5), one test each, through a whole batch.

Each test puts one hostile input beside good articles and runs `corpus.ingest` (without extraction, which
the fuzz suite covers): the batch goes on, the good articles are stored, the bad input is listed with its code.
"""

from __future__ import annotations

import codecs
import json
import os
import random
from pathlib import Path

import pytest

from suivi.corpus import IngestReport, ingest
from suivi.settings import Settings
from suivi.store import Store

GOOD = {
    "avant": " date 2022-03-14\nLe ministre des Affaires étrangères a reçu son homologue pour des consultations.",
    "zapres": " date 2022-05-02\nThe two foreign ministers agreed to meet again in Hanoi before the end of the year.",
}


@pytest.fixture
def batch_dir(tmp_path: Path) -> Path:
    """A directory holding the two good articles; each test adds its hostile input."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def memory_store() -> Store:
    return Store.open("sqlite://")


def run(paths: list[Path], store: Store, settings: Settings) -> IngestReport:
    report = ingest(paths, store, settings, extract=False)
    assert set(GOOD) <= set(report.added), "a good article was lost"
    return report


def codes(report: IngestReport) -> list[str]:
    return sorted(problem.code for problem in report.errors)


# --- item 2: reader crashes that aborted the whole batch -----------------------------------------------


@pytest.mark.parametrize("field", ["text", "title", "id", "outlet"])
def test_probe_jsonl_lone_surrogate_is_s113_and_the_batch_goes_on(
    field: str, batch_dir: Path, memory_store: Store, settings: Settings
) -> None:
    article = {"id": "ok-1", "text": "Le vice-ministre a présidé la réunion du comité mixte à Vientiane."}
    broken = dict(article, id="bad-1") | {field: f"{article.get(field, 'AFP')} \udc80 suite"}
    lines = [json.dumps(broken), json.dumps(article)]  # json.dumps writes the surrogate as \udc80
    (batch_dir / "lignes.jsonl").write_text("\n".join(lines), encoding="utf-8")
    report = run([batch_dir], memory_store, settings)
    assert codes(report) == ["S113" if field != "id" else "S111"]
    assert "ok-1" in report.added
    [error] = report.errors
    assert error.source.endswith("lignes.jsonl:1") and "dc80" in error.message.lower()


@pytest.mark.parametrize("depth", [100_000])
def test_probe_jsonl_deeply_nested_line_is_s105(
    depth: int, batch_dir: Path, memory_store: Store, settings: Settings
) -> None:
    nested = '{"text": "Un texte.", "extra": ' + "[" * depth + "]" * depth + "}"
    good = json.dumps({"id": "ok-2", "text": "Les deux ministres ont signé un accord de coopération."})
    (batch_dir / "profond.jsonl").write_text(f"{nested}\n{good}\n", encoding="utf-8")
    report = run([batch_dir], memory_store, settings)
    assert codes(report) == ["S105"] and "too deeply" in report.errors[0].message
    assert "ok-2" in report.added


@pytest.mark.parametrize("raw_name", [b"article-\xff\xfe.txt"])
def test_probe_non_utf8_file_name_is_stored_under_an_escaped_name(
    raw_name: bytes, batch_dir: Path, memory_store: Store, settings: Settings
) -> None:
    path = Path(os.fsdecode(bytes(batch_dir) + b"/" + raw_name))
    path.write_text("Le comité mixte a tenu sa douzième session à Phnom Penh la semaine dernière.", encoding="utf-8")
    report = run([batch_dir], memory_store, settings)
    assert report.errors == []
    assert "article-\\xff\\xfe" in report.added
    stored = memory_store.get_document("article-\\xff\\xfe")
    assert stored.source is not None and stored.source.endswith("article-\\xff\\xfe.txt")


@pytest.mark.parametrize("link_kind", ["self", "pair", "parent"])
def test_probe_symlink_loop_is_s110_and_the_batch_goes_on(
    link_kind: str, batch_dir: Path, memory_store: Store, settings: Settings
) -> None:
    if link_kind == "self":
        (batch_dir / "boucle.txt").symlink_to(batch_dir / "boucle.txt")
    elif link_kind == "pair":
        (batch_dir / "a.txt").symlink_to(batch_dir / "b.txt")
        (batch_dir / "b.txt").symlink_to(batch_dir / "a.txt")
    else:
        (batch_dir / "sous").mkdir()
        (batch_dir / "sous" / "retour").symlink_to(batch_dir, target_is_directory=True)
    report = run([batch_dir], memory_store, settings)
    assert codes(report) and set(codes(report)) == {"S110"}
    assert all("loop" in problem.message for problem in report.errors)
    assert sorted(report.added) == sorted(GOOD)


# --- item 5: stored when it should not have been, silently ----------------------------------------------

MENU_PAGE = (
    "<html><head><title>Actualités</title></head><body><nav><ul>"
    + "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in ("Accueil", "Politique", "Économie", "Sport", "Contact"))
    + "</ul></nav></body></html>"
)


@pytest.mark.parametrize("page", [MENU_PAGE])
def test_probe_menu_only_html_page_is_s109(page: str, batch_dir: Path, memory_store: Store, settings: Settings) -> None:
    (batch_dir / "menu.html").write_text(page, encoding="utf-8")
    report = run([batch_dir], memory_store, settings)
    assert codes(report) == ["S109"] and "menu" in report.errors[0].message
    assert "menu" not in report.added


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_probe_random_latin1_letters_are_s115_not_only_w101(
    seed: int, batch_dir: Path, memory_store: Store, settings: Settings
) -> None:
    rng = random.Random(seed)
    (batch_dir / "bruit.txt").write_bytes(bytes(rng.randint(0xC0, 0xFF) for _ in range(400)))
    report = run([batch_dir], memory_store, settings)
    assert codes(report) == ["S115"]
    assert "bruit" not in report.added


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"])
def test_probe_utf16_and_utf32_with_bom_are_decoded(
    codec: str, batch_dir: Path, memory_store: Store, settings: Settings
) -> None:
    text = "Le Vietnam et le Laos ont signé un mémorandum sur l'énergie à Vientiane."
    bom = {"utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}.get(codec) or (
        codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    )
    (batch_dir / "bom.txt").write_bytes(bom + text.encode(codec))
    report = run([batch_dir], memory_store, settings)
    assert report.errors == []
    assert memory_store.get_document("bom").text == text


@pytest.mark.parametrize("blank_ids", [["   ", "\t"]])
def test_probe_jsonl_blank_ids_are_s111(
    blank_ids: list[str], batch_dir: Path, memory_store: Store, settings: Settings
) -> None:
    lines = [
        json.dumps({"id": blank, "text": f"Texte numéro {n} sur la coopération."}) for n, blank in enumerate(blank_ids)
    ]
    (batch_dir / "vides.jsonl").write_text("\n".join(lines), encoding="utf-8")
    report = run([batch_dir], memory_store, settings)
    assert codes(report) == ["S111"] * len(blank_ids)
    assert "" not in report.added and memory_store.stats().documents == len(GOOD)


@pytest.mark.parametrize(
    "marker", [" date ２０２１", " date ２０２１-１０", " date ٢٠٢١", " date 0001-01-01", " date 9999-12-31"]
)
def test_probe_non_ascii_or_out_of_range_date_is_s106(
    marker: str, batch_dir: Path, memory_store: Store, settings: Settings
) -> None:
    (batch_dir / "date.txt").write_text(f"{marker}\nLes deux pays ont tenu leur réunion annuelle.", encoding="utf-8")
    report = run([batch_dir], memory_store, settings)
    assert codes(report) == ["S106"]
    assert "date" not in report.added


def test_probe_unreadable_directory_is_s110(
    batch_dir: Path, memory_store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = batch_dir / "verrouillé"
    locked.mkdir()
    (locked / "article.txt").write_text("Le sommet a réuni les dirigeants des deux pays.", encoding="utf-8")
    real_scandir = os.scandir

    def refusing_scandir(path: str | os.PathLike[str]) -> object:
        if Path(path) == locked:  # as root, chmod 000 would not stop the read: refuse like the OS would
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    report = run([batch_dir], memory_store, settings)
    assert codes(report) == ["S110"]
    [error] = report.errors
    assert error.source == str(locked) and "Permission denied" in error.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 directory; the scandir test covers it")
def test_probe_chmod_000_directory_is_s110(batch_dir: Path, memory_store: Store, settings: Settings) -> None:
    locked = batch_dir / "verrouillé"
    locked.mkdir()
    (locked / "article.txt").write_text("Le sommet a réuni les dirigeants des deux pays.", encoding="utf-8")
    locked.chmod(0)
    try:
        report = run([batch_dir], memory_store, settings)
    finally:
        locked.chmod(0o755)
    assert codes(report) == ["S110"]


@pytest.mark.parametrize("follow", [False, True])
def test_probe_link_out_of_the_given_paths_is_s116_unless_follow_links(
    follow: bool, tmp_path: Path, batch_dir: Path, memory_store: Store, settings: Settings
) -> None:
    outside = tmp_path / "ailleurs" / "secret.txt"
    outside.parent.mkdir()
    outside.write_text("Ce fichier est hors du dossier donné et ne doit pas être lu sans accord.", encoding="utf-8")
    (batch_dir / "lien.txt").symlink_to(outside)
    report = run([batch_dir], memory_store, settings.model_copy(update={"follow_links": follow}))
    if follow:
        assert report.errors == [] and "lien" in report.added
    else:
        assert codes(report) == ["S116"] and "lien" not in report.added
        assert str(outside) in report.errors[0].message


def test_probe_link_inside_the_given_paths_is_read(batch_dir: Path, memory_store: Store, settings: Settings) -> None:
    (batch_dir / "sous").mkdir()
    (batch_dir / "sous" / "raccourci.txt").symlink_to(batch_dir / "avant.txt")
    report = run([batch_dir], memory_store, settings)
    assert report.errors == [] and "raccourci" not in report.added  # the same file, read once


@pytest.mark.parametrize(("first", "second"), [("006.txt", "006.md"), ("006.md", "006.txt")])
def test_probe_same_stem_in_one_batch_is_s114_not_a_silent_revision(
    first: str, second: str, batch_dir: Path, memory_store: Store, settings: Settings
) -> None:
    (batch_dir / first).write_text("Le premier texte parle de la commission mixte de coopération.", encoding="utf-8")
    (batch_dir / second).write_text("Le second texte parle d'une visite d'État à Rabat en mai.", encoding="utf-8")
    report = run([batch_dir], memory_store, settings)
    assert codes(report) == ["S114"] and report.revised == []
    [error] = report.errors
    assert "006.md" in error.message and "006.txt" in error.message
    assert memory_store.revisions("006")[-1].revision == 1
