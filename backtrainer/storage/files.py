"""How BackTrainer writes and sets aside its files: every file it writes is replaced
atomically (temporary file beside it, fsync, rename, fsync the folder), so a crash leaves
the old file or the new one; a file it cannot use is renamed beside itself, never lost."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any


def move_aside(path: Path) -> str:
    """Rename a file that cannot be used beside itself, so nothing is lost; says where."""
    aside = path.with_name(f"{path.name}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        path.replace(aside)
    except OSError:
        return "it could not be moved aside"
    return f"it was moved to {aside}"


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


def parse_json(data: bytes) -> Any:
    """JSON from a file's bytes; every way it can be unreadable is a ValueError, with a
    reason a person can act on (a file nested thousands deep would otherwise escape as a
    RecursionError and take the app down)."""
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("it is nested too deeply to be a BackTrainer file") from None
