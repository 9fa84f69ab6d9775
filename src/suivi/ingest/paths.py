"""Expanding the paths a user gives (files, directories, globs) into the files to read, with a Problem per bad entry."""

from __future__ import annotations

import errno
import glob
import os
import re
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from suivi.errors import IngestError, InputNotFound, LinkNotFollowed, UnreadableInput
from suivi.record import Problem
from suivi.validate import printable_path

from .problems import problem_from

_GLOB_CHARS = re.compile(r"[*?\[]")


def iter_paths(paths: Sequence[str | Path], *, follow_links: bool = False) -> Iterator[Path | Problem]:
    """Files to read, each once, in order; a Problem for an argument that matches no file (S101), an
    unreadable directory or a looping link (S110), a link out of the given paths (S116, unless `follow_links`)."""
    seen: set[str] = set()
    roots = tuple(os.path.realpath(os.path.expanduser(given)) for given in paths)
    for given in paths:
        matched = False
        for item in _expand(str(given), roots, follow_links):
            matched = True
            if isinstance(item, Problem):
                yield item
                continue
            key = os.path.realpath(item)
            if key not in seen:
                seen.add(key)
                yield item
        if not matched:
            yield problem_from(InputNotFound(_why_nothing(str(given)), source=printable_path(given)))


def _expand(given: str, roots: tuple[str, ...], follow_links: bool) -> Iterator[Path | Problem]:
    path = Path(os.path.expanduser(given))
    if path.is_file():
        yield path
    elif path.is_dir():
        yield from walk_directory(path, roots=roots, follow_links=follow_links)
    elif _GLOB_CHARS.search(given):
        # glob() skips hidden names unless the pattern spells them out, like a shell.
        for match in sorted(glob.glob(os.path.expanduser(given), recursive=True)):
            found = Path(match)
            if found.is_dir():
                yield from walk_directory(found, roots=(*roots, os.path.realpath(found)), follow_links=follow_links)
            elif found.is_file():
                yield found


def walk_directory(
    directory: Path, *, roots: Sequence[str] = (), follow_links: bool = False
) -> Iterator[Path | Problem]:
    """Every file under `directory`, recursively and sorted, skipping hidden files and directories.

    Links are followed only when their target is inside `directory` or `roots` (always with `follow_links`);
    a directory already on the way down (a link loop) is not entered twice."""
    root = os.path.realpath(directory)
    inside = (root, *roots)
    files: list[Path] = []
    pending: list[tuple[Path, tuple[str, ...]]] = [(directory, (root,))]
    while pending:
        folder, ancestors = pending.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as exc:
            yield _unreadable(folder, exc, "directory")
            continue
        for entry in entries:
            if entry.name.startswith("."):  # never descend into .git
                continue
            try:
                found = _entry(entry, inside, ancestors, follow_links)
            except IngestError as exc:
                yield problem_from(exc)
                continue
            if isinstance(found, tuple):
                pending.append(found)
            elif found is not None:
                files.append(found)
    yield from sorted(files)


def _entry(
    entry: os.DirEntry[str], roots: tuple[str, ...], ancestors: tuple[str, ...], follow_links: bool
) -> Path | tuple[Path, tuple[str, ...]] | None:
    """A file to read, a directory to walk (with its real ancestors), or None for anything else."""
    path = Path(entry.path)
    try:
        info = os.stat(entry.path) if entry.is_symlink() else entry.stat(follow_symlinks=False)
    except OSError as exc:
        raise _unreadable_error(path, exc, "link" if entry.is_symlink() else "entry") from exc
    real = os.path.realpath(entry.path)
    if entry.is_symlink() and not follow_links and not any(_inside(real, root) for root in roots):
        raise LinkNotFollowed(
            f"is a symbolic link to {printable_path(real)!r}, outside the paths given; not followed: "
            "give its target itself, or set follow_links (SUIVI_FOLLOW_LINKS=1)",
            source=printable_path(path),
        )
    if stat.S_ISDIR(info.st_mode):
        if real in ancestors:
            raise UnreadableInput(
                f"is a symbolic link loop (back to {printable_path(real)!r}); not walked again",
                source=printable_path(path),
            )
        return path, (*ancestors, real)
    if stat.S_ISREG(info.st_mode):
        return path
    raise InputNotFound(
        "is not a regular file (a pipe, socket or device); skipped: suivi reads files", source=printable_path(path)
    )


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _unreadable_error(path: Path, exc: OSError, what: str) -> UnreadableInput:
    reason = "a symbolic link loop" if exc.errno == errno.ELOOP else exc.strerror or type(exc).__name__
    return UnreadableInput(
        f"{what} cannot be read ({reason}); check it exists, its permissions, and where links point",
        source=printable_path(path),
    )


def _unreadable(path: Path, exc: OSError, what: str) -> Problem:
    return problem_from(_unreadable_error(path, exc, what))


def _why_nothing(given: str) -> str:
    path = Path(os.path.expanduser(given))
    if path.is_symlink() and not path.exists():
        return "is a symbolic link that loops or points nowhere; check where it points"
    if path.is_dir():
        return "directory holds no files (hidden files are skipped); check the path"
    if path.exists():
        return "is not a regular file; give a file, a directory or a glob"
    if _GLOB_CHARS.search(given):
        return "glob matches no file; check the pattern"
    return "no such file or directory; check the path"
