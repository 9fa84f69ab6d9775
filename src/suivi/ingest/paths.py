"""Expanding the paths a user gives (files, directories, globs) into the files to read."""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from suivi.errors import InputNotFound
from suivi.record import Problem

from .problems import problem_from

_GLOB_CHARS = re.compile(r"[*?\[]")


def iter_paths(paths: Sequence[str | Path]) -> Iterator[Path | Problem]:
    """Files to read, each once, in order; an argument that matches no file gives Problem S101."""
    seen: set[Path] = set()
    for given in paths:
        matched = False
        for path in _expand(str(given)):
            matched = True
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                yield path
        if not matched:
            yield problem_from(InputNotFound(_why_nothing(str(given)), source=str(given)))


def _expand(given: str) -> Iterator[Path]:
    path = Path(os.path.expanduser(given))
    if path.is_file():
        yield path
    elif path.is_dir():
        yield from walk_directory(path)
    elif _GLOB_CHARS.search(given):
        # glob() skips hidden names unless the pattern spells them out, like a shell.
        for match in sorted(glob.glob(os.path.expanduser(given), recursive=True)):
            found = Path(match)
            yield from walk_directory(found) if found.is_dir() else ([found] if found.is_file() else [])


def walk_directory(directory: Path) -> list[Path]:
    """Every file under `directory`, recursively and sorted, skipping hidden files and directories."""
    files: list[Path] = []
    for root, dirnames, filenames in os.walk(directory):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]  # never descend into .git
        files.extend(Path(root, name) for name in filenames if not name.startswith("."))
    return sorted(files)


def _why_nothing(given: str) -> str:
    path = Path(os.path.expanduser(given))
    if path.is_dir():
        return "directory holds no files (hidden files are skipped); check the path"
    if path.exists():
        return "is not a regular file; give a file, a directory or a glob"
    if _GLOB_CHARS.search(given):
        return "glob matches no file; check the pattern"
    return "no such file or directory; check the path"
