"""The user's preferences (voice, cue language, theme), kept in `<data dir>/preferences.json`.

Written atomically (temporary file in the same folder, fsync, os.replace), so a crash
leaves the old file or the new one, never half of one. The file carries a schema
version: a file written by a newer BackTrainer is left untouched rather than overwritten,
a file that cannot be read is moved aside, not lost, and fields this version does not
know (a newer one's) are written back as they were. Only the folder's writer saves
(`storage.writer`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backtrainer.core.shown import shown
from backtrainer.storage import paths
from backtrainer.storage.files import (
    FileReadError,
    json_file,
    move_aside,
    parse_json,
    read_bounded,
    write_atomically,
)

if TYPE_CHECKING:
    from backtrainer.storage.writer import FolderWriter

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "preferences.json"
THEMES = ("system", "light", "dark")
TEMPOS = ("words", "sounds", "numbers")
LANGUAGES = ("system", "en", "de", "fr", "es")
"""The cue language: "system" follows the locale; the codes are `core.languages.LANGUAGES`
(kept apart for the same reason as TEMPOS; a test keeps the two the same)."""
"""How a rep's tempo is given: the values of `core.cues.TempoStyle` (not imported here, to
keep the core's cue planner out of start-up; a test keeps the two the same)."""


@dataclass(frozen=True)
class Preferences:
    """Plain JSON, checked by hand: msgspec would add its import to start-up, and the
    preferences are read before the window first paints (for the theme)."""

    schema_version: int = SCHEMA_VERSION
    voice: str | None = None
    rate: int = 170
    volume: float = 1.0
    beeps: bool = False
    theme: str = "system"
    weekly_goal: int = 2
    tempo: str = "words"
    form_reminders: bool = True
    listen: bool = False
    """Listen for voice commands during a workout (opt-in)."""
    microphone: str | None = None
    """The audio input's id; None is the system's default."""
    language: str = "system"


_RULES: dict[str, tuple[type | tuple[type, ...], Callable[[Any], bool], str]] = {
    "schema_version": (int, lambda v: v >= 1, "a format number"),
    "voice": ((str, type(None)), lambda v: True, "a voice id or null"),
    "rate": (int, lambda v: 80 <= v <= 400, "80 to 400 words a minute"),
    "volume": ((int, float), lambda v: 0.0 <= v <= 1.0, "between 0 and 1"),
    "beeps": (bool, lambda v: True, "true or false"),
    "theme": (str, lambda v: v in THEMES, "one of " + ", ".join(THEMES)),
    "weekly_goal": (int, lambda v: 1 <= v <= 14, "1 to 14 sessions a week"),
    "tempo": (str, lambda v: v in TEMPOS, "one of " + ", ".join(TEMPOS)),
    "form_reminders": (bool, lambda v: True, "true or false"),
    "listen": (bool, lambda v: True, "true or false"),
    "microphone": ((str, type(None)), lambda v: True, "a microphone id or null"),
    "language": (str, lambda v: v in LANGUAGES, "one of " + ", ".join(LANGUAGES)),
}


def _parse(data: bytes) -> tuple[Preferences, dict[str, Any]]:
    """Known fields checked; unknown ones returned as they are, to be written back."""
    raw = parse_json(data)
    if not isinstance(raw, dict):
        raise ValueError("expected a JSON object - at `$`")
    values: dict[str, Any] = {}
    for name, (kind, ok, what) in _RULES.items():
        if name not in raw:
            continue
        value = raw[name]
        if isinstance(value, bool) and kind is not bool and bool not in _as_tuple(kind):
            raise ValueError(f"expected {what}, got {shown(value)} - at `$.{name}`")
        if not isinstance(value, kind) or not ok(value):
            raise ValueError(f"expected {what}, got {shown(value)} - at `$.{name}`")
        values[name] = value
    return Preferences(**values), {k: v for k, v in raw.items() if k not in _RULES}


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


class PreferencesStore:
    """Loads once, saves on request; `problem` says what went wrong, for the window."""

    def __init__(self, folder: Path | None = None, writer: FolderWriter | None = None) -> None:
        self.path = (folder or paths.data_dir()) / FILE_NAME
        self.problem: str | None = None
        self.read_only = False
        self.writer = writer
        """The folder's writer claim, asked before each save (None: the caller's duty)."""
        self._unknown: dict[str, Any] = {}

    def load(self) -> Preferences:
        try:
            data = read_bounded(self.path, what="preferences file")
        except FileNotFoundError:
            return Preferences()
        except FileReadError as exc:
            self.problem = f"Could not read {self.path}: {exc.reason}."
            self.read_only = True  # do not replace a file we could not even read
            return Preferences()
        try:
            prefs, self._unknown = _parse(data)
            version = prefs.schema_version
            if version > SCHEMA_VERSION:
                self.read_only = True
                self.problem = (
                    f"{self.path} was written by a newer BackTrainer (format {version}); it is"
                    " left as it is and changes are not saved."
                )
                return Preferences()
            return prefs
        except ValueError as exc:  # json.JSONDecodeError is a ValueError too
            where = move_aside(self.path)
            self.problem = f"{self.path} could not be read ({exc}); {where}. Defaults are used."
            log.warning(self.problem)
            return Preferences()

    def save(self, prefs: Preferences) -> bool:
        """Write atomically; False (with `problem` set) when it could not be saved."""
        if self.read_only:
            return False
        if self.writer is not None and not self.writer.claim():
            self.problem = self.writer.problem
            return False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            data = {**self._unknown, **asdict(prefs)}
            write_atomically(self.path, json_file(data, what="preferences file"))
        except OSError as exc:
            self.problem = f"Could not save {self.path}: {exc.strerror or exc}."
            log.warning(self.problem)
            return False
        self.problem = None
        return True
