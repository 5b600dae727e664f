"""The user's preferences (voice, theme), kept in `<data dir>/preferences.json`.

Written atomically (temporary file in the same folder, fsync, os.replace), so a crash
leaves the old file or the new one, never half of one. The file carries a schema
version: a file written by a newer BackTrainer is left untouched rather than overwritten,
and a file that cannot be read is moved aside, not lost.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Annotated

import msgspec
from msgspec import Meta

from backtrainer.storage import paths

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "preferences.json"
THEMES = ("system", "light", "dark")


class Preferences(msgspec.Struct, forbid_unknown_fields=False, kw_only=True):
    schema_version: int = SCHEMA_VERSION
    voice: str | None = None
    rate: Annotated[int, Meta(ge=80, le=400)] = 170
    volume: Annotated[float, Meta(ge=0.0, le=1.0)] = 1.0
    beeps: bool = False
    theme: str = "system"
    weekly_goal: Annotated[int, Meta(ge=1, le=14)] = 2


class PreferencesStore:
    """Loads once, saves on request; `problem` says what went wrong, for the window."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or paths.data_dir()) / FILE_NAME
        self.problem: str | None = None
        self.read_only = False

    def load(self) -> Preferences:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return Preferences()
        except OSError as exc:
            self.problem = f"Could not read {self.path}: {exc.strerror or exc}."
            self.read_only = True  # do not replace a file we could not even read
            return Preferences()
        try:
            version = msgspec.json.decode(data, type=_Versioned).schema_version
            if version > SCHEMA_VERSION:
                self.read_only = True
                self.problem = (
                    f"{self.path} was written by a newer BackTrainer (format {version}); it is"
                    " left as it is and changes are not saved."
                )
                return Preferences()
            prefs = msgspec.json.decode(data, type=Preferences)
            if prefs.theme not in THEMES:
                raise msgspec.ValidationError(f"unknown theme {prefs.theme!r} - at `$.theme`")
            return prefs
        except msgspec.MsgspecError as exc:
            aside = self.path.with_name(f"{FILE_NAME}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
            try:
                self.path.replace(aside)
                where = f"it was moved to {aside}"
            except OSError:
                where = "it could not be moved aside"
            self.problem = f"{self.path} could not be read ({exc}); {where}. Defaults are used."
            log.warning(self.problem)
            return Preferences()

    def save(self, prefs: Preferences) -> bool:
        """Write atomically; False (with `problem` set) when it could not be saved."""
        if self.read_only:
            return False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, msgspec.json.format(msgspec.json.encode(prefs)))
        except OSError as exc:
            self.problem = f"Could not save {self.path}: {exc.strerror or exc}."
            log.warning(self.problem)
            return False
        self.problem = None
        return True


class _Versioned(msgspec.Struct, forbid_unknown_fields=False):
    schema_version: int = SCHEMA_VERSION


def write_atomically(path: Path, data: bytes) -> None:
    """Temporary file beside `path`, fsync, rename over it, fsync the folder."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temp).replace(path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
