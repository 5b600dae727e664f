"""A small cached index of the routine library: what the list shows, read without
decoding a single routine.

Decoding and validating every routine (msgspec, the model, the checks) is what kept the
list empty after the window appeared. The index (in the cache folder) holds, for each
routine file, its name, modification time and size, and for each routine that loaded its
id, title, coach, equipment and focus, in the language the list shows them in. It is
used only while every file is exactly as stamped and for that language; any other file,
a missing one, a newer one, or an index that is not exactly what this module writes
(garbage, another version or language, a truncated write) reads as None, and the
library, loaded in full a moment later, writes it anew. The index is never the truth:
the routine files are.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backtrainer.storage.files import parse_json, read_bounded, write_atomically

if TYPE_CHECKING:
    from backtrainer.storage.routines import RoutineLibrary

log = logging.getLogger(__name__)

VERSION = 2
MAX_INDEX_BYTES = 1_000_000

Stamp = tuple[str, int, int]
"""A routine file: its path, modification time (ns) and size."""


@dataclass(frozen=True)
class Entry:
    """One routine as the list shows it before the library is loaded."""

    id: str
    title: str
    coach: str
    equipment: tuple[str, ...]
    focus: tuple[str, ...]
    bundled: bool


def json_files(folder: Path) -> list[Path]:
    """The routine files of `folder`, in the library's order."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == ".json" and p.is_file())


def stamps(folders: Iterable[Path]) -> list[Stamp]:
    """The routine files of `folders` as they are now; a file gone meanwhile is left out
    (the index then differs from the files, and is rebuilt)."""
    found: list[Stamp] = []
    for folder in folders:
        for file in json_files(folder):
            try:
                status = file.stat()
            except OSError:
                continue
            found.append((str(file), status.st_mtime_ns, status.st_size))
    return found


def read_index(file: Path, current: Sequence[Stamp], language: str = "en") -> list[Entry] | None:
    """The entries in `file` if it was written for exactly the files `current`, in
    `language`; None for anything else (missing, unreadable, garbage, stale, another
    language). Never raises."""
    try:
        document = parse_json(read_bounded(file, MAX_INDEX_BYTES, what="routine index"))
        if not isinstance(document, dict) or document.get("language") != language:
            return None
        return _entries(document, current)
    except Exception:  # any garbage at all: the index is only a cache
        return None


def _entries(document: Any, current: Sequence[Stamp]) -> list[Entry] | None:
    if not isinstance(document, dict) or document.get("version") != VERSION:
        return None
    files = document.get("files")
    if not isinstance(files, list) or [_stamp(f) for f in files] != [tuple(s) for s in current]:
        return None
    routines = document.get("routines")
    if not isinstance(routines, list):
        return None
    entries = [_entry(r) for r in routines]
    if any(e is None for e in entries):
        return None
    return [e for e in entries if e is not None]


def _stamp(value: Any) -> Stamp | None:
    if not isinstance(value, list) or len(value) != 3:
        return None
    name, mtime, size = value
    if not isinstance(name, str) or type(mtime) is not int or type(size) is not int:
        return None
    return (name, mtime, size)


def _entry(value: Any) -> Entry | None:
    if not isinstance(value, dict):
        return None
    texts = [value.get(key) for key in ("id", "title", "coach")]
    lists = [value.get(key) for key in ("equipment", "focus")]
    bundled = value.get("bundled")
    if not all(isinstance(t, str) for t in texts) or not isinstance(bundled, bool):
        return None
    if not all(isinstance(x, list) and all(isinstance(i, str) for i in x) for x in lists):
        return None
    routine_id, title, coach = (str(t) for t in texts)
    equipment, focus = (tuple(str(i) for i in x) for x in lists if isinstance(x, list))
    return Entry(routine_id, title, coach, equipment, focus, bundled)


def write_index(
    file: Path, current: Sequence[Stamp], library: RoutineLibrary, language: str = "en"
) -> None:
    """Write the index of `library`, loaded from the files `current` (stamped before it
    was loaded: a file changed meanwhile makes the next read stale, never wrong), with the
    routines' texts in `language` where they have them. A cache that cannot be written is
    only logged."""
    from backtrainer.core.localize import localized

    routines = []
    for loaded in library.routines.values():
        r = localized(loaded.routine, language)
        routines.append(
            {
                "id": r.id,
                "title": r.title,
                "coach": r.source.coach,
                "equipment": list(r.equipment),
                "focus": list(r.focus),
                "bundled": loaded.bundled,
            }
        )
    document = {
        "version": VERSION,
        "language": language,
        "files": [list(s) for s in current],
        "routines": routines,
    }
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(file, json.dumps(document).encode())
    except OSError as exc:
        log.info("routine index not written to %s: %s", file, exc.strerror or exc)
