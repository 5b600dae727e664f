"""How BackTrainer writes and sets aside its files: every file it writes is replaced
atomically (temporary file beside it, fsync, rename, fsync the folder), so a crash leaves
the old file or the new one; a file it cannot use is renamed beside itself, never lost."""

from __future__ import annotations

import errno
import json
import os
import stat
import time
from pathlib import Path
from typing import Any

from backtrainer.core.shown import shown_path, shown_quotes


def move_aside(path: Path) -> str:
    """Rename a file that cannot be used beside itself, so nothing is lost; says where."""
    aside = path.with_name(f"{path.name}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        path.replace(aside)
    except OSError:
        return "it could not be moved aside"
    return f"it was moved to {aside}"


def write_atomically(path: Path, data: bytes) -> None:
    """Temporary file beside `path`, fsync, rename over it, fsync the folder. An OSError
    always names a file (a full disk's does not by itself): `path` when none other."""
    try:
        _write_atomically(path, data)
    except OSError as exc:
        if exc.filename is not None:
            raise
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc


def _write_atomically(path: Path, data: bytes) -> None:
    import tempfile  # here: reading a file (`history --json`'s first session) needs none

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


MAX_JSON_BYTES = 1_000_000
"""No file BackTrainer reads as JSON (routine, settings, preferences) is near this."""


class FileReadError(ValueError):
    """A file the app cannot use: which file, where in it (a JSON path, "$" for the
    whole file) and why, in plain words."""

    def __init__(self, file: Path | str, path: str, reason: str) -> None:
        self.file = Path(file)
        self.path = shown_path(path)
        self.reason = shown_quotes(reason)
        super().__init__(f"{file}: {self.reason} (at {self.path})")


def open_regular(file: Path) -> int:
    """A descriptor open for reading on `file`, which must be a regular file. Opened
    without blocking (a FIFO would wait for a writer forever) and checked with fstat on
    the descriptor itself (a symlink to /dev/zero would be read until memory ran out).
    Raises OSError: FileNotFoundError for a missing file, EINVAL for one not regular."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(file, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "it is not a regular file", str(file))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_bounded(file: Path, limit: int = MAX_JSON_BYTES, *, what: str = "file") -> bytes:
    """A regular file's bytes, at most `limit` of them (see `open_regular`). Raises
    FileNotFoundError for a missing file (callers often treat it as empty) and
    FileReadError for anything else: a device, a FIFO, a folder, a file too large, a
    read error."""
    try:
        fd = open_regular(file)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise FileReadError(file, "$", f"cannot read the file: {exc.strerror or exc}") from None
    try:
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise FileReadError(file, "$", f"cannot read the file: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if size > limit:
        raise FileReadError(
            file, "$", f"the file is over {limit:,} bytes; a {what} may be at most {limit:,}"
        )
    return b"".join(chunks)


def json_file(data: Any, *, what: str = "file", limit: int = MAX_JSON_BYTES) -> bytes:
    """`data` as a JSON file BackTrainer reads back (`read_json`): indented for a person,
    or compact where indenting would take it over `limit`: fields a newer version wrote
    are kept as they came, and two spaces a level make a file nested a thousand deep
    megabytes long. Over `limit` even so: OSError (EFBIG), so the file is not written."""
    for indent, separators in ((2, None), (None, (",", ":"))):
        encoded = (json.dumps(data, indent=indent, separators=separators) + "\n").encode()
        if len(encoded) <= limit:
            return encoded
    reason = f"the {what} would be over {limit:,} bytes; it may be at most {limit:,}"
    raise OSError(errno.EFBIG, reason)


def strip_bom(data: bytes) -> bytes:
    """A UTF-8 byte order mark (some editors write one) is not part of the JSON."""
    return data[3:] if data.startswith(b"\xef\xbb\xbf") else data


def read_json(file: Path, limit: int = MAX_JSON_BYTES, *, what: str = "file") -> Any:
    """THE way BackTrainer reads a JSON file: bounded, regular files only, BOM-tolerant;
    every way it can fail is a FileReadError naming the file, "$" and the reason.
    FileNotFoundError passes through (a missing file is usually just "not yet")."""
    data = read_bounded(file, limit, what=what)
    try:
        return parse_json(data)
    except ValueError as exc:
        raise FileReadError(file, "$", f"not valid JSON: {exc}") from None


def parse_json(data: bytes) -> Any:
    """JSON from a file's bytes; every way it can be unreadable is a ValueError, with a
    reason a person can act on (a file nested thousands deep would otherwise escape as a
    RecursionError and take the app down; bytes that are not UTF-8 are named as such)."""
    data = strip_bom(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = line_column(data, exc.start)
        raise ValueError(
            f"byte {data[exc.start]:#04x} is not UTF-8 text (line {line}, column {column})"
        ) from None
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("it is nested too deeply to be a BackTrainer file") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"{exc.msg} (line {exc.lineno}, column {exc.colno})") from None


def line_column(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column of a byte offset."""
    line = data.count(b"\n", 0, offset) + 1
    return line, offset - (data.rfind(b"\n", 0, offset) + 1) + 1
