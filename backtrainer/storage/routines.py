"""Loading routine files: bundled ones from resources/, user ones from the data folder.

A bad file never stops the others from loading: the library keeps one `RoutineError` per
refused file, each naming the file, the JSON path and the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import msgspec

from backtrainer.core.model import ExerciseText, ModeText, Routine, RoutineText
from backtrainer.core.shown import shown, shown_path, shown_quotes
from backtrainer.core.validate import problems
from backtrainer.storage import paths
from backtrainer.storage.files import FileReadError, line_column, read_bounded, strip_bom

MAX_FILE_BYTES = 1_000_000

_MSGSPEC_PATH = re.compile(r"^(?P<reason>.*?) - at `(?P<path>\$[^`]*)`$", re.DOTALL)
_BYTE_OFFSET = re.compile(r"\(byte (\d+)\)")
_PLAIN_KEY = re.compile(r"[a-z0-9-]{1,64}")


class RoutineError(Exception):
    """A routine file that cannot be used, and exactly why."""

    def __init__(self, file: Path | str, path: str, reason: str) -> None:
        self.file = Path(file)
        self.path = shown_path(path)
        self.reason = shown_quotes(reason)
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.file}: {self.reason} (at {self.path})"


@dataclass(frozen=True)
class LoadedRoutine:
    routine: Routine
    file: Path
    bundled: bool


def decode_routine(data: bytes, file: Path | str) -> Routine:
    """Decode and validate one routine; raise RoutineError naming file, path and reason."""
    data = strip_bom(data)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = line_column(data, exc.start)
        reason = f"byte {data[exc.start]:#04x} is not UTF-8 text (line {line}, column {column})"
        raise RoutineError(file, "$", f"not valid JSON: {reason}") from None
    try:
        routine = msgspec.json.decode(data, type=Routine)
    except RecursionError:
        raise RoutineError(file, "$", "it is nested too deeply to be a routine") from None
    except msgspec.ValidationError as exc:
        match = _MSGSPEC_PATH.match(str(exc))
        if match and match["path"].startswith("$.translations["):
            where, reason = _translation_error(data, match["path"], match["reason"])
            raise RoutineError(file, where, reason) from None
        if match:
            raise RoutineError(file, match["path"], match["reason"]) from None
        raise RoutineError(file, "$", str(exc)) from None
    except msgspec.DecodeError as exc:
        raise RoutineError(file, "$", _describe_json_error(str(exc), data)) from None
    found = problems(routine)
    if found:
        raise RoutineError(file, found[0].path, found[0].reason)
    return routine


def _translation_error(data: bytes, path: str, reason: str) -> tuple[str, str]:
    """msgspec writes a key of a JSON object as `[...]`: `$.translations[...].title`. A
    translator wants `$.translations.de.title`, so the one language, then the one move or
    mode, whose text is wrong is found by checking each on its own."""
    try:
        doc = msgspec.json.decode(data)
    except (msgspec.DecodeError, RecursionError):  # nested too deeply: msgspec's own path
        return path, reason
    languages = doc.get("translations") if isinstance(doc, dict) else None
    if not isinstance(languages, dict):
        return path, reason
    for lang, text in languages.items():
        found = _first_error(text, RoutineText, f"$.translations.{_key(lang)}")
        if found is None:
            continue
        path, reason = found
        for part, kind in (("exercises", ExerciseText), ("modes", ModeText)):
            items = text.get(part) if isinstance(text, dict) else None
            if isinstance(items, dict) and f".{part}[...]" in path:
                for key, item in items.items():
                    at = f"$.translations.{_key(lang)}.{part}.{_key(key)}"
                    found = _first_error(item, kind, at)
                    if found is not None:
                        return found
        return path, reason
    return path, reason


def _first_error(value: object, kind: type, at: str) -> tuple[str, str] | None:
    try:
        msgspec.convert(value, kind)
    except RecursionError:
        return at, "it is nested too deeply"
    except msgspec.ValidationError as exc:
        match = _MSGSPEC_PATH.match(str(exc))
        if match is None:
            return at, str(exc)
        return at + match["path"][1:], match["reason"]
    return None


def _key(key: str) -> str:
    return key if _PLAIN_KEY.fullmatch(key) else shown(key)


def load_routine(file: Path) -> Routine:
    return decode_routine(read_routine_bytes(file), file)


def read_routine_bytes(file: Path) -> bytes:
    """A routine file's bytes: a regular file of at most MAX_FILE_BYTES (see
    `read_bounded`); RoutineError otherwise."""
    try:
        return read_bounded(file, MAX_FILE_BYTES, what="routine")
    except FileReadError as exc:
        raise RoutineError(file, exc.path, exc.reason) from None
    except OSError as exc:
        raise RoutineError(file, "$", f"cannot read the file: {exc.strerror or exc}") from None


@dataclass
class RoutineLibrary:
    """Every routine the user can pick, in a stable order, and the files refused."""

    routines: dict[str, LoadedRoutine] = field(default_factory=dict)
    errors: list[RoutineError] = field(default_factory=list)

    @classmethod
    def load(cls, bundled_dir: Path | None = None, user_dir: Path | None = None) -> RoutineLibrary:
        library = cls()
        library._add_all(_json_files(bundled_dir or paths.bundled_routines_dir()), True)
        library._add_all(_json_files(user_dir or paths.user_routines_dir()), False)
        return library

    def _add_all(self, files: Iterable[Path], bundled: bool) -> None:
        for file in files:
            try:
                routine = load_routine(file)
            except RoutineError as exc:
                self.errors.append(exc)
                continue
            if bundled and routine.id != file.stem:
                self.errors.append(
                    RoutineError(file, "$.id", f"id {routine.id!r} differs from the file name")
                )
            elif routine.id in self.routines:
                other = self.routines[routine.id].file
                self.errors.append(
                    RoutineError(file, "$.id", f"id {routine.id!r} is already used by {other}")
                )
            else:
                self.routines[routine.id] = LoadedRoutine(routine, file, bundled)

    def find(self, ref: str) -> Routine:
        """A routine by id, or by the path of a routine file (which need not be in the
        library). Raises KeyError for an unknown id, RoutineError for a bad file."""
        if ref in self.routines:
            return self.routines[ref].routine
        candidate = Path(ref).expanduser()
        if candidate.suffix == ".json" or candidate.exists():
            return load_routine(candidate)
        known = ", ".join(self.routines) or "none"
        raise KeyError(f"no routine {ref!r} (known: {known})")


def _json_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == ".json" and p.is_file())


def _describe_json_error(message: str, data: bytes) -> str:
    """msgspec says "(byte 812)"; a person editing the file wants a line and column."""
    found = _BYTE_OFFSET.search(message)
    if not found:
        return f"not valid JSON: {message}"
    line, column = line_column(data, int(found[1]))
    return f"not valid JSON: {message[: found.start()].strip()} (line {line}, column {column})"
