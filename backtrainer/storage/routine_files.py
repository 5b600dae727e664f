"""The user's own routines on disk: duplicate, save, import, export, delete.

Bundled routines are read-only; everything written goes to the user routines folder,
atomically (see `write_atomically`), and only after the routine has passed the same
decoding and validation that loading it will. A refused file adds nothing: the error
names the file, the JSON path and the reason, like any routine that fails to load.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import msgspec

from backtrainer.core.model import Routine
from backtrainer.storage import paths
from backtrainer.storage.files import write_atomically
from backtrainer.storage.routines import (
    LoadedRoutine,
    RoutineError,
    RoutineLibrary,
    decode_routine,
    read_routine_bytes,
)

MAX_ID = 64
MAX_TITLE = 120
_COPY_ID = re.compile(r"-copy(-\d+)?$")
_COPY_TITLE = re.compile(r" \(copy( \d+)?\)$")


class RoutineExists(RoutineError):
    """The id is the user's routine already: the caller may offer to replace it."""

    def __init__(self, file: Path | str, existing: LoadedRoutine) -> None:
        self.existing = existing
        super().__init__(
            file,
            "$.id",
            f"id {existing.routine.id!r} is already used by {existing.file};"
            " use --replace to replace it",
        )


def routine_json(routine: Routine) -> bytes:
    """The routine as a person would write it: indented, fields in the model's order,
    values equal to their defaults left out (they read back the same)."""
    return (json.dumps(_lean(routine), indent=2, ensure_ascii=False) + "\n").encode()


def _lean(value: object) -> object:
    if isinstance(value, msgspec.Struct):
        config = value.__struct_config__
        out: dict[str, object] = {}
        if isinstance(config.tag_field, str):
            out[config.tag_field] = config.tag
        for f in msgspec.structs.fields(value):
            item = getattr(value, f.name)
            if f.default is not msgspec.NODEFAULT and item == f.default:
                continue
            if f.default_factory is not msgspec.NODEFAULT and item == f.default_factory():
                continue
            out[f.encode_name] = _lean(item)
        return out
    if isinstance(value, list | tuple):
        return [_lean(item) for item in value]
    if isinstance(value, dict):  # translations: by language, then by move or mode id
        return {key: _lean(item) for key, item in value.items()}
    return value


def check_routine(routine: Routine, file: Path | str = "<edited routine>") -> bytes:
    """The routine's file contents, once they decode and validate back to the same
    routine; RoutineError (file, JSON path, reason) otherwise. Edits are made with
    `msgspec.structs.replace`, which checks nothing, so this is where they are checked."""
    data = routine_json(routine)
    if decode_routine(data, file) != routine:  # would be a bug in _lean, not the user's
        raise RoutineError(file, "$", "the routine does not read back as it was written")
    return data


def taken_ids(library: RoutineLibrary) -> set[str]:
    """Ids a new routine may not use: every routine's, and every user file's name
    (a file that failed to load still holds its name)."""
    folder = paths.user_routines_dir()
    names = {p.stem for p in folder.glob("*.json")} if folder.is_dir() else set()
    return set(library.routines) | names


def duplicate(routine: Routine, taken: Iterable[str]) -> Routine:
    """A copy with a fresh id (`<id>-copy`, `<id>-copy-2`...) and "<title> (copy)"."""
    used = set(taken)
    base = _COPY_ID.sub("", routine.id)
    title = _COPY_TITLE.sub("", routine.title)
    n = 1
    while True:
        suffix = "-copy" if n == 1 else f"-copy-{n}"
        new_id = base[: MAX_ID - len(suffix)].rstrip("-") + suffix
        if new_id not in used:
            break
        n += 1
    label = " (copy)" if n == 1 else f" (copy {n})"
    new_title = title[: MAX_TITLE - len(label)].rstrip() + label
    return msgspec.structs.replace(routine, id=new_id, title=new_title)


def save_user_routine(
    routine: Routine, library: RoutineLibrary, *, replace: Path | None = None
) -> Path:
    """Write `routine` into the user routines folder: as `<id>.json` when it is new, or
    over `replace` (the file it was loaded from) when it was edited."""
    new_file = paths.user_routines_dir() / f"{routine.id}.json"
    target = _target(routine.id, library, replace, file=replace or new_file)
    data = check_routine(routine, target)
    _write(target, data)
    return target


def import_routine(
    source: Path, library: RoutineLibrary | None = None, *, replace: bool = False
) -> tuple[Routine, Path]:
    """Copy a routine file into the user routines folder, after validating it fully.
    An id already used is refused, unless `replace` and it is the user's own routine."""
    library = library if library is not None else RoutineLibrary.load()
    data = read_routine_bytes(source)
    routine = decode_routine(data, source)
    existing = library.routines.get(routine.id)
    own = existing.file if existing and replace and not existing.bundled else None
    target = _target(routine.id, library, own, file=source)
    _write(target, data)
    return routine, target


def export_routine(routine: Routine, dest: Path) -> None:
    """Write the routine's JSON to `dest` (atomically, so a failed export leaves the
    old file)."""
    write_atomically(dest, routine_json(routine))


def delete_user_routine(loaded: LoadedRoutine) -> None:
    if loaded.bundled:
        raise RoutineError(loaded.file, "$", "bundled routines cannot be deleted")
    loaded.file.unlink(missing_ok=True)


def _target(
    routine_id: str, library: RoutineLibrary, replace: Path | None, *, file: Path | str
) -> Path:
    """Where a routine with this id goes; RoutineError (naming `file`) if it may not."""
    existing = library.routines.get(routine_id)
    if existing is not None and existing.bundled:
        raise RoutineError(
            file,
            "$.id",
            f"id {routine_id!r} belongs to a bundled routine, which cannot be replaced;"
            " give the routine another id",
        )
    if replace is not None:
        if existing is not None and existing.file != replace:
            raise RoutineError(
                file, "$.id", f"id {routine_id!r} is already used by {existing.file}"
            )
        return replace
    if existing is not None:
        raise RoutineExists(file, existing)
    target = paths.user_routines_dir() / f"{routine_id}.json"
    if target.exists():
        raise RoutineError(
            file, "$.id", f"{target} already exists (a file that does not load as a routine)"
        )
    return target


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, data)
