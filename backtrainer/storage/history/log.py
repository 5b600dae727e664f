"""The history log on disk: reading it (finding torn and broken lines), repairing it, and
appending to it durably.

The log is `history.jsonl`: a header line naming the format and its schema version, then
one record (see core/history.py) per line. An append is a single write of whole lines
followed by fsync, so a kill or a power cut can at worst leave one incomplete last line;
that line is cut off when the writer next opens the file. A line that cannot be read
anywhere else means the file was damaged by something other than us: the file is copied
aside before it is rewritten with the readable records, so nothing is lost for good.
"""

from __future__ import annotations

import logging
import mmap
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import msgspec

from backtrainer.core.history import SCHEMA_VERSION, Record, decode_lines, encode
from backtrainer.storage.files import open_regular, write_atomically

log = logging.getLogger(__name__)

FORMAT = "backtrainer-history"


class Header(msgspec.Struct, forbid_unknown_fields=False, kw_only=True):
    format: str
    schema_version: int


_header_decoder = msgspec.json.Decoder(Header)


def header_line() -> bytes:
    return msgspec.json.encode(Header(format=FORMAT, schema_version=SCHEMA_VERSION)) + b"\n"


@dataclass
class LogContents:
    """What a read of the log found. `size` is where the readable part ends: the length
    to truncate a torn file to."""

    records: list[Record] = field(default_factory=list)
    version: int | None = None
    """The header's schema version; None when the header is missing or unreadable."""
    size: int = 0
    torn: bool = False
    """The last line is incomplete (an append cut short); it is not in `records`."""
    broken: list[int] = field(default_factory=list)
    """Line numbers (1 = the header) that could not be read, other than a torn last line."""
    lines: list[bytes] = field(default_factory=list)
    """The readable record lines as they are on disk; filled only when a rewrite is due."""
    stamp: tuple[int, int, int] = (0, 0, 0)
    """(inode, size, mtime) when read, to notice a change made by another process."""

    @property
    def newer(self) -> bool:
        return self.version is not None and self.version > SCHEMA_VERSION

    @property
    def damage(self) -> str:
        """What is wrong, for a message to the user."""
        if not self.broken:
            return "its first line (the format header) is missing"
        numbers = ", ".join(str(n) for n in self.broken[:5])
        more = ", …" if len(self.broken) > 5 else ""
        count = len(self.broken)
        return f"{count} line{'s' if count > 1 else ''} could not be read (line {numbers}{more})"

    @property
    def needs_rewrite(self) -> bool:
        """Broken lines in the middle, or a missing header in a file with records."""
        return bool(self.broken) or (self.version is None and bool(self.records))


def file_stamp(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def read_log(path: Path, *, mapped: bool = False) -> LogContents | None:
    """The log's readable records; None when there is no log yet. Raises OSError.

    `mapped`: read through mmap, which saves copying the whole file (a tenth of the load
    time of a large history). Only for the lock holder: nobody else can then shorten the
    file under the mapping, which would crash the process (SIGBUS)."""
    try:
        handle = os.fdopen(open_regular(path), "rb")  # never a FIFO or a device
    except FileNotFoundError:
        return None
    with handle:
        st = os.fstat(handle.fileno())
        contents = LogContents(stamp=(st.st_ino, st.st_size, st.st_mtime_ns))
        if not mapped or st.st_size == 0:
            _parse(handle.read(), contents)
        else:
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
                _parse(data, contents)
    return contents


def _parse(data: bytes | mmap.mmap, contents: LogContents) -> None:
    if not data:
        return
    end = data.find(b"\n")
    try:
        header = _header_decoder.decode(data[: end if end >= 0 else len(data)])
        if header.format == FORMAT:
            contents.version = header.schema_version
    except msgspec.MsgspecError:
        pass
    if contents.newer:
        contents.size = len(data)
        return
    start = 0 if contents.version is None else end + 1
    body_end = max(data.rfind(b"\n") + 1, start)  # after the last complete line
    contents.torn = body_end < len(data)
    contents.size = body_end
    with memoryview(data) as whole, whole[start:body_end] as body:
        if contents.version is not None:
            try:
                contents.records = decode_lines(body)  # the usual case: one call for it all
                return
            except msgspec.MsgspecError:
                pass  # find the damaged lines one by one
        _read_line_by_line(contents, bytes(body), first_number=1 if start == 0 else 2)
    if contents.version is None and not contents.records and not contents.broken:
        contents.torn, contents.size = True, 0  # blank, or a header cut short: start again


def _read_line_by_line(contents: LogContents, body: bytes, first_number: int) -> None:
    from backtrainer.core.history import decode

    good: list[bytes] = []
    for number, line in enumerate(body.split(b"\n")[:-1], first_number):
        if not line.strip():
            continue
        try:
            contents.records.append(decode(line))
        except msgspec.MsgspecError:
            contents.broken.append(number)
        else:
            good.append(line)
    contents.lines = good
    last = first_number + body.count(b"\n") - 1
    last_line = body.rstrip(b"\n").rsplit(b"\n", 1)[-1]
    if contents.broken == [last] and not contents.torn and b"\0" in last_line:
        # Zeros in a complete last line: a power cut after the file grew but before its
        # bytes were written, so torn, not damage. Any other unreadable line (a bad byte,
        # an edit by hand) is damage: the file is rewritten with a copy kept, never cut.
        contents.broken.clear()
        contents.torn = True
        contents.size -= len(body) - body.rstrip(b"\n").rfind(b"\n") - 1


def cut_torn_line(path: Path, size: int) -> None:
    """Drop an incomplete last line (the rest of the file is fine)."""
    fd = os.open(path, os.O_WRONLY)
    try:
        os.ftruncate(fd, size)
        os.fsync(fd)
    finally:
        os.close(fd)


def rewrite(path: Path, contents: LogContents) -> Path:
    """Copy the damaged file aside, then replace it with its readable records. Returns
    where the copy went."""
    aside = unused_name(path, "damaged")
    write_atomically(aside, path.read_bytes())
    write_atomically(path, header_line() + b"".join(line + b"\n" for line in contents.lines))
    return aside


def unused_name(path: Path, label: str) -> Path:
    """`<name>.<label>-<date>-<time>` beside `path`, numbered if that is taken."""
    stem = f"{path.name}.{label}-{time.strftime('%Y%m%d-%H%M%S')}"
    candidate, number = path.with_name(stem), 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{stem}-{number}")
    return candidate


def write_new(path: Path, records: list[Record]) -> None:
    """A whole new log at once (a migration)."""
    write_atomically(path, header_line() + b"".join(encode(r) + b"\n" for r in records))


class LogWriter:
    """Appends whole lines to the log through one open descriptor: one write and one
    fsync per append, whatever the size of the file. A failed append is undone (the file
    is cut back to its last good length) so that a retry neither tears nor repeats a line."""

    def __init__(self, path: Path, size: int) -> None:
        self.path = path
        self.size = size
        """Bytes on disk that are known good (durable, whole lines)."""
        self._fd: int | None = None
        self._new = False

    def write(self, data: bytes) -> None:
        """Append `data` (whole lines) durably; raises OSError, leaving the file as before."""
        if self._fd is None:
            self._new = not self.path.exists()
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
            self._fd = os.open(self.path, flags, 0o644)
        fd = self._fd
        if os.fstat(fd).st_size != self.size:
            os.ftruncate(fd, self.size)  # what a failed append left behind
        if self.size == 0:
            data = header_line() + data
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
            if self._new:  # the file's name must be as durable as its lines
                _fsync_folder(self.path.parent)
                self._new = False
        except OSError:
            try:
                os.ftruncate(fd, self.size)
            except OSError:
                log.warning("could not undo a failed append to %s", self.path)
            raise
        self.size += len(data)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _fsync_folder(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
