"""The first session of `history --json` and `--csv`, read with the standard library only.

msgspec's import alone takes 45-65 ms on the machine the goal was set on (first session
out within 100 ms, whatever the history's size), so the command reads the first session
here, straight from the index and its lines in the log, writes it, and only then imports
the store for the rest (`cli.history`).

It may only ever be faster, never different: whenever anything is not as plain as the
store would find it, it answers None and the store does everything. That is: no index,
an index of another version, failing its checksum, or not covering the log to the byte;
an older history.json beside the log; a writer running (its session would show as
running); a second start; any line that the store's msgspec schema might read otherwise
(`strict`: a wrong type, a number written with an exponent, a repeated key). The tests
compare both ways on generated histories.
"""

from __future__ import annotations

import json
import mmap
import os
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from backtrainer.storage.files import open_regular
from backtrainer.storage.history import strict
from backtrainer.storage.history.layout import (
    INDEX_MAGIC,
    INDEX_NAME,
    INDEX_VERSION,
    LEGACY_NAME,
    LOG_NAME,
    writer_alive,
)
from backtrainer.storage.history.shape import STEP_COLUMNS, CsvRows
from backtrainer.storage.history.strict import Unsure

MAX_SKIPPED = 256
"""Deleted sessions looked past for the first one shown; more, and the store does it."""
MAX_INDEX_BYTES = 1 << 29
"""A larger index (some 2.8 million sessions) is left to the store."""
COLUMNS = 19
"""The index body's columns (`index._Body`)."""


def first_session(folder: Path) -> tuple[str, dict[str, Any]] | None:
    """(the id, the session as `export.session_json` gives it) of the first session not
    deleted, or None to leave it to the store (see the module)."""
    try:
        if (folder / LEGACY_NAME).exists() or writer_alive(folder):
            return None
        fd = open_regular(folder / LOG_NAME)
        try:
            return _first(folder, fd)
        finally:
            os.close(fd)
    except (OSError, Unsure, ValueError, IndexError, struct.error, RecursionError):
        return None


def _first(folder: Path, fd: int) -> tuple[str, dict[str, Any]] | None:
    with _index_bytes(folder / INDEX_NAME) as data:
        return _first_in(data, fd)


def _first_in(data: bytes | mmap.mmap, fd: int) -> tuple[str, dict[str, Any]] | None:
    head = _Reader(data)
    if head.array() != 9 or head.text() != INDEX_MAGIC or head.integer() != INDEX_VERSION:
        return None
    inode, size, mtime = head.integer(), head.integer(), head.integer()
    head.binary()  # the log's last bytes: a whole match is checked by its size and mtime
    checksum = head.integer()
    head.text()  # the zone: the dates are not shown here
    with memoryview(data) as whole:
        if zlib.crc32(whole[head.at :]) != checksum:
            return None
    st = os.fstat(fd)
    if (inode, size, mtime) != (st.st_ino, st.st_size, st.st_mtime_ns):
        return None
    body = head
    if body.array() != COLUMNS:
        return None
    deleted, span_starts, spans = body.binary(), body.binary(), body.binary()
    count = body.array()
    row = next((n for n in range(min(count, MAX_SKIPPED)) if not deleted[n]), -1)
    if row < 0 or len(deleted) != count:
        return None
    for _skipped in range(row):
        body.text()
    session_id = body.text()
    first, last = struct.unpack_from("=2q", span_starts, row * 8)
    places = struct.unpack_from(f"={last - first}q", spans, first * 8)
    records: list[dict[str, Any]] = []
    for offset, length in zip(places[::2], places[1::2], strict=True):
        if offset < 0 or length <= 0 or offset + length > size:
            return None
        chunk = os.pread(fd, length, offset)
        if len(chunk) != length or not chunk.endswith(b"\n"):
            return None
        records += (strict.record(line) for line in chunk[:-1].split(b"\n"))
    if any(record["session"] != session_id for record in records):
        return None
    return session_id, _session(records)


@contextmanager
def _index_bytes(path: Path) -> Iterator[bytes | mmap.mmap]:
    """The index's bytes: mapped, not read, where the platform can populate a mapping at
    once. At 100,000 sessions (19 MB) reading and checking took 19-33 ms, mapping and
    checking 7-10 ms: the page faults of a fresh 19 MB buffer were most of it. BackTrainer
    replaces the index by a rename, never in place, so the file mapped is not cut short
    under the mapping."""
    fd = open_regular(path)
    try:
        size = os.fstat(fd).st_size
        if size > MAX_INDEX_BYTES:
            raise Unsure("an index this large is the store's to read")
        populate = getattr(mmap, "MAP_POPULATE", 0)  # Linux only
        data: bytes | mmap.mmap = (
            mmap.mmap(fd, 0, flags=mmap.MAP_SHARED | populate, prot=mmap.PROT_READ)
            if populate and size
            else os.read(fd, size + 1)
        )
    finally:
        os.close(fd)  # a mapping outlives its descriptor
    try:
        yield data
    finally:
        if isinstance(data, mmap.mmap):
            data.close()


class _Reader:
    """Just enough MessagePack to read the index's head and its first columns."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        self.data, self.at = data, 0

    def _take(self, n: int) -> bytes:
        if n < 0 or self.at + n > len(self.data):
            raise Unsure("cut short")
        piece = self.data[self.at : self.at + n]
        self.at += n
        return piece

    def _byte(self) -> int:
        return self._take(1)[0]

    def _unsigned(self, size: int) -> int:
        return int.from_bytes(self._take(size), "big")

    def array(self) -> int:
        kind = self._byte()
        if 0x90 <= kind <= 0x9F:
            return kind & 0x0F
        if kind in (0xDC, 0xDD):
            return self._unsigned(2 if kind == 0xDC else 4)
        raise Unsure("not an array")

    def integer(self) -> int:
        kind = self._byte()
        if kind <= 0x7F:
            return kind
        if kind >= 0xE0:
            return kind - 0x100
        if 0xCC <= kind <= 0xCF:
            return self._unsigned(1 << (kind - 0xCC))
        if 0xD0 <= kind <= 0xD3:
            return int.from_bytes(self._take(1 << (kind - 0xD0)), "big", signed=True)
        raise Unsure("not an integer")

    def text(self) -> str:
        kind = self._byte()
        if 0xA0 <= kind <= 0xBF:
            size = kind & 0x1F
        elif 0xD9 <= kind <= 0xDB:
            size = self._unsigned(1 << (kind - 0xD9))
        else:
            raise Unsure("not a string")
        return self._take(size).decode("utf-8")

    def binary(self) -> bytes:
        kind = self._byte()
        if not 0xC4 <= kind <= 0xC6:
            raise Unsure("not bytes")
        return self._take(self._unsigned(1 << (kind - 0xC4)))


def _session(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The replay of one session's records (`core.history.replay`), as `session_json`."""
    start, *rest = records
    if start["type"] != "start" or any(record["type"] == "start" for record in rest):
        raise Unsure("not one start, first")
    session: dict[str, Any] = {
        "id": start["session"],
        "routine": start["routine"],
        "title": start["title"],
        "mode": start["mode"],
        "started_at": start["started_at"],
        "status": "interrupted",  # no end record, and no writer running
        "ended_at": None,
        "planned_seconds": start["planned_seconds"],
        "planned_sets": start["planned_sets"],
        "settings": start["settings"],
        "resumed_from": start["resumed_from"],
        "overrides": start["overrides"],
        "steps": [],
        "notes": "",
        "effort": None,
        "deleted": False,
    }
    steps = session["steps"]
    for record in rest:
        kind = record["type"]
        if kind == "step":
            steps.append({column: record[column] for column in STEP_COLUMNS})
        elif kind == "end":
            session["status"], session["ended_at"] = record["status"], record["ended_at"]
        elif kind == "notes":
            session["notes"], session["effort"] = record["notes"], record["effort"]
        else:
            session["deleted"] = kind == "delete"
    if session["deleted"]:
        raise Unsure("deleted, though the index says not")
    session["seconds"] = round(sum(step["actual_seconds"] for step in steps), 3)
    session["sets_done"] = sum(1 for s in steps if s["kind"] == "work" and not s["skipped"])
    return session


def csv_text(session: dict[str, Any], rows: CsvRows) -> str:
    """The session's rows as `export.csv_chunks` writes them."""
    return rows.session(
        [session[key] for key in ("id", "routine", "title", "started_at", "status")],
        ([step[column] for column in STEP_COLUMNS] for step in session["steps"]),
        [session["notes"], "" if session["effort"] is None else session["effort"]],
    )


def json_body(session: dict[str, Any]) -> bytes:
    """The session's JSON as `export.json_chunks` lays it out (before `shape.item`)."""
    return json.dumps(session, indent=2, ensure_ascii=False).encode("utf-8")
