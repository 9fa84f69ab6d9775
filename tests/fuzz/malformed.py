"""A seeded generator of malformed inputs, written beside good articles, for the batch fuzz test.

Every malformed input is one path (a file, a link or a directory) that must give at least one coded error
and no stored document. The good articles are short texts written here, never copied from real articles.
"""

from __future__ import annotations

import codecs
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from suivi.validate import printable_path

#: The text size limit the batch runs with (SUIVI_MAX_DOCUMENT_BYTES), small so that oversized inputs stay cheap.
MAX_BYTES = 20_000

GOOD_SENTENCES = [
    "Le ministre des Affaires étrangères a reçu jeudi son homologue pour des consultations politiques.",
    "Les deux parties ont signé un accord de coopération dans les domaines de la pêche et de l'énergie.",
    "La commission mixte tiendra sa prochaine session dans la capitale au cours du premier semestre.",
    "The foreign ministers met on Monday to prepare the annual summit of their two countries.",
    "Both sides agreed to raise bilateral trade and to open a new border crossing next year.",
    "The joint commission reviewed cooperation in agriculture, health and education.",
]
BAD_DATES = [
    "2021-13",
    "2021-02-30",
    "２０２１",
    "２０２１-１０",
    "٢٠٢١",
    "0001-01-01",
    "9999-12-31",
    "1899",
    "2101-01",
]
UNDEFINED_IN_CP1252 = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D])
CONTROLS = ["\x1b[31m", "\x07", "\n", "\r", "\x7f"]


@dataclass
class Batch:
    """What was written: good article ids, and the malformed inputs by their printable path."""

    good: dict[str, str] = field(default_factory=dict)  # id -> path
    bad: dict[str, str] = field(default_factory=dict)  # printable path -> kind
    locked_dirs: list[Path] = field(default_factory=list)  # directories the test makes unreadable


def write_good_articles(folder: Path, count: int, batch: Batch) -> None:
    """`count` short dated articles, French and English, each with a distinct text."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        french = n % 2 == 0
        first = GOOD_SENTENCES[(n % 3) + (0 if french else 3)]
        second = GOOD_SENTENCES[((n + 1) % 3) + (0 if french else 3)]
        title = f"Réunion numéro {n + 1}" if french else f"Meeting number {n + 1}"
        text = f" date 2023-{1 + n % 12:02d}-{1 + n % 28:02d}\n\n{title}\n\n{first} {second}\n"
        path = folder / f"bon-{n:03d}.txt"
        path.write_text(text, encoding="utf-8")
        batch.good[path.stem] = str(path)


def _text(rng: random.Random) -> str:
    return " ".join(rng.sample(GOOD_SENTENCES, 2))


def _jsonl_bad_line(rng: random.Random) -> str:
    line = {"id": f"ligne-{rng.randrange(10**6)}", "text": _text(rng)}
    kind = rng.randrange(9)
    if kind == 0:
        return json.dumps(line | {"text": line["text"] + " \udc80"})
    if kind == 1:
        return json.dumps(line | {"title": "\ud83d titre"})
    if kind == 2:
        depth = rng.randint(2_000, 50_000)
        return '{"text": "x", "n": ' + "[" * depth + "]" * depth + "}"
    if kind == 3:
        return '{"text": "x", "n": ' + "9" * rng.randint(4_400, 9_000) + "}"
    if kind == 4:
        return json.dumps(line | {"id": rng.choice(["   ", "\t", " \n ", "x" * 300, "a\x07b"])})
    if kind == 5:
        return json.dumps(line | {"language": rng.choice(["l" * 1000, "fr_FR!", "1", "français"])})
    if kind == 6:
        return json.dumps(line | {"published": rng.choice(BAD_DATES)})
    if kind == 7:
        return json.dumps(rng.choice([[1, 2], "texte", 42, None, {"title": "sans texte"}]))
    return json.dumps(line | {"text": line["text"] + "\x00"})


def _bom_only(rng: random.Random) -> bytes:
    bom = rng.choice([codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE])
    codec = {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16-le"}.get(bom) or (
        "utf-32-le" if bom == codecs.BOM_UTF32_LE else "utf-32-be"
    )
    return bom + " \n\t ".encode(codec) * rng.randint(0, 3)


def _menu_page(rng: random.Random) -> bytes:
    words = rng.sample(["Accueil", "Politique", "Monde", "Sport", "Contact", "Home", "News", "Login", "About"], 5)
    links = "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in words)
    return f"<html><head><title>Site</title></head><body><nav><ul>{links}</ul></nav></body></html>".encode()


CONTENT_CASES: dict[str, tuple[str, Callable[[random.Random], bytes]]] = {
    "empty": (".txt", lambda rng: b""),
    "whitespace": (".md", lambda rng: rng.choice([b" ", b"\n", b"\t", b"\r\n"]) * rng.randint(1, 50)),
    "bom only": (".txt", _bom_only),
    "binary": (".txt", lambda rng: bytes(rng.randrange(256) for _ in range(rng.randint(20, 600))) + b"\x00"),
    "NUL after the sniffed bytes": (
        ".txt",
        lambda rng: (_text(rng) + " ").encode() * 80 + b"\x00" + _text(rng).encode(),
    ),
    "undecodable": (
        ".txt",
        lambda rng: _text(rng).encode() + bytes([rng.choice(UNDEFINED_IN_CP1252)]) + b"\xff" * rng.randint(1, 4),
    ),
    "random latin-1 letters": (".txt", lambda rng: bytes(rng.randint(0xC0, 0xFF) for _ in range(rng.randint(60, 900)))),
    "symbol soup": (
        ".txt",
        lambda rng: "".join(rng.choice("#%&*+=<>|~^@$§°•") for _ in range(rng.randint(60, 500))).encode(),
    ),
    "mixed-case letter soup": (
        ".txt",
        lambda rng: " ".join(
            "".join(
                rng.choice("abcdefghijklmnopqrstuvwxyzÀÉÈÇABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.randint(4, 9))
            )
            for _ in range(rng.randint(12, 60))
        ).encode(),
    ),
    "bad date marker": (".txt", lambda rng: f" date {rng.choice(BAD_DATES)}\n\n{_text(rng)}".encode()),
    "oversized file": (".txt", lambda rng: (_text(rng) + "\n").encode() * (MAX_BYTES // 100 + rng.randint(5, 50))),
    "jsonl bad lines": (
        ".jsonl",
        lambda rng: "\n".join(_jsonl_bad_line(rng) for _ in range(rng.randint(1, 3))).encode(),
    ),
    "jsonl oversized line": (".jsonl", lambda rng: json.dumps({"text": _text(rng) * (MAX_BYTES // 80)}).encode()),
    "jsonl binary": (
        ".ndjson",
        lambda rng: b'{"text": "\x00\x01\x02\x03' + bytes(rng.randrange(32) for _ in range(99)),
    ),
    "menu-only page": (".html", _menu_page),
    "empty page": (
        ".html",
        lambda rng: rng.choice([b"<html></html>", b"<html><body> </body></html>", b"<!doctype html>"]),
    ),
    "xml that is no feed": (".xml", lambda rng: b"<?xml version='1.0'?><catalogue><livre titre='x'/></catalogue>"),
    "unknown suffix": (".docx", lambda rng: bytes(rng.randrange(256) for _ in range(rng.randint(10, 300)))),
    "utf-32 with a broken tail": (
        ".txt",
        lambda rng: codecs.BOM_UTF32_LE + _text(rng).encode("utf-32-le") + b"\x00\xd8",
    ),
}


def write_malformed(folder: Path, count: int, seed: int, batch: Batch) -> None:
    """At least `count` malformed inputs under `folder`, chosen and varied by `seed`."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    outside = folder.parent / "outside"
    outside.mkdir(exist_ok=True)
    kinds = [*CONTENT_CASES, "control character in the name", "non-UTF-8 name, binary", "link loop", "link out"]
    kinds += ["unreadable directory", "pipe"]
    for n in range(count):
        kind = kinds[n % len(kinds)] if n < len(kinds) else rng.choice(kinds)
        path = _write_case(folder, outside, kind, n, rng, batch)
        batch.bad[printable_path(path)] = kind


def _write_case(folder: Path, outside: Path, kind: str, n: int, rng: random.Random, batch: Batch) -> Path:
    stem = f"mal-{n:04d}"
    if kind in CONTENT_CASES:
        suffix, make = CONTENT_CASES[kind]
        path = folder / f"{stem}{suffix}"
        path.write_bytes(make(rng))
    elif kind == "control character in the name":
        path = folder / f"{stem}{rng.choice(CONTROLS)}nom.txt"
        path.write_text(_text(rng), encoding="utf-8")
    elif kind == "non-UTF-8 name, binary":
        path = Path(os.fsdecode(os.fsencode(folder / stem) + b"-\xff\xfe.txt"))
        path.write_bytes(b"\x00\x01\x02" + bytes(rng.randrange(256) for _ in range(64)))
    elif kind == "link loop":
        path = folder / f"{stem}.txt"
        path.symlink_to(path)
    elif kind == "link out":
        target = outside / f"{stem}.txt"
        target.write_text(_text(rng), encoding="utf-8")
        path = folder / f"{stem}.txt"
        path.symlink_to(target)
    elif kind == "unreadable directory":
        path = folder / stem
        path.mkdir()
        (path / "cache.txt").write_text(_text(rng), encoding="utf-8")
        batch.locked_dirs.append(path)
    else:
        path = folder / f"{stem}.txt"
        os.mkfifo(path)
    return path
