"""The index beside the log: where each session's lines are, and the few figures the
review screen's table and summary show, so that neither the screen nor an export has to
decode a large history up front.

The log stays the single truth. The index (`history.index`) is a cache derived from it:
it names the log it was made from (inode, size covered, mtime, and the bytes just before
the end it covers), carries a checksum of itself, and is made again from the log whenever
it is missing, fails its checksum or its decoding, or no longer fits the log (a log
rewritten, cut short, or changed in place). A log that only grew (appends) is indexed from
where the index ends. It is written without fsync: a torn index fails its checksum and is
made again. The scan itself (reading the log into `Summaries`) is `indexer.py`.
"""

from __future__ import annotations

import logging
import os
import zlib
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from backtrainer.storage.files import open_regular

log = logging.getLogger(__name__)

INDEX_NAME = "history.index"
MAGIC = "backtrainer-history-index"
VERSION = 3
TAIL = 64
"""Bytes before the end covered kept in the index: they must still be there in the log."""


class _File(msgspec.Struct, array_like=True):
    magic: str
    version: int
    inode: int
    size: int
    mtime: int
    tail: bytes
    checksum: int
    body: msgspec.Raw
    """The _Body's own encoding, kept as it is: checked, then decoded, without a copy."""
    zone: str
    """The local zone the dates were worked out in (`start_times.zone_key`)."""


class _Body(msgspec.Struct, array_like=True):
    ids: list[str]
    names: list[str]
    """Each routine, title, mode and status once: the columns below are their places."""
    routines: bytes
    titles: bytes
    modes: bytes
    """-1: no mode."""
    started_at: list[str]
    ended_at: list[str | None]
    status: bytes
    resumed_from: list[str | None]
    stamps: bytes
    days: bytes
    planned_seconds: bytes
    seconds: bytes
    planned_sets: bytes
    sets_done: bytes
    last_index: bytes
    deleted: bytes
    span_starts: bytes
    spans: bytes


@dataclass
class Summaries:
    """One entry per session, in the order they started (replay's order), as columns:
    no Python object per session. `status` is as written: a session without an end record
    is "interrupted" here; whether its writer still runs is the reader's to say."""

    ids: list[str] = field(default_factory=list)
    routines: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    modes: list[str | None] = field(default_factory=list)
    started_at: list[str] = field(default_factory=list)
    ended_at: list[str | None] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    resumed_from: list[str | None] = field(default_factory=list)
    stamps: array[float] = field(default_factory=lambda: array("d"))
    """Each start's timestamp (`start_times.moments`; -inf: a time that cannot be read)."""
    days: array[int] = field(default_factory=lambda: array("q"))
    """Each start's local date ordinal in `zone` (0: unknown)."""
    zone: str = ""
    planned_seconds: array[float] = field(default_factory=lambda: array("d"))
    seconds: array[float] = field(default_factory=lambda: array("d"))
    """The sum of the steps' actual seconds, added in log order (`Session.seconds`)."""
    planned_sets: array[int] = field(default_factory=lambda: array("q"))
    sets_done: array[int] = field(default_factory=lambda: array("q"))
    last_index: array[int] = field(default_factory=lambda: array("q"))
    deleted: bytearray = field(default_factory=bytearray)
    span_starts: array[int] = field(default_factory=lambda: array("q", [0]))
    """Session n's spans are `spans[span_starts[n] : span_starts[n + 1]]` (pairs)."""
    spans: array[int] = field(default_factory=lambda: array("q"))
    """(offset, length) pairs, flat: where in the log each session's lines are."""
    changed_spans: dict[int, list[int]] = field(default_factory=dict)
    """Spans of sessions changed since the flat arrays were made (they win)."""
    _rows: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, session_id: str) -> int:
        """The row of that session; -1 if there is none."""
        if self._rows is None or len(self._rows) != len(self.ids):
            self._rows = dict(zip(self.ids, range(len(self.ids)), strict=True))
        return self._rows.get(session_id, -1)

    def spans_of(self, row: int) -> list[int]:
        """(offset, length) pairs, flat, in log order."""
        changed = self.changed_spans.get(row)
        if changed is not None:
            return changed
        return self.spans[self.span_starts[row] : self.span_starts[row + 1]].tolist()

    def worked(self, row: int) -> bool:
        """At least one set done (`history_stats.work_done`)."""
        return self.sets_done[row] > 0


def encode_index(summaries: Summaries, stamp: tuple[int, int, int], tail: bytes) -> bytes:
    """The index file's bytes; `stamp`: (inode, size covered, mtime) of the log."""
    starts, spans = array("q", [0]), array("q")
    for row in range(len(summaries)):
        spans.extend(summaries.spans_of(row))
        starts.append(len(spans))
    names: dict[str | None, int] = {None: -1}
    routines, titles, modes, status = (
        array("i", [names.setdefault(v, len(names) - 1) for v in column]).tobytes()
        for column in (summaries.routines, summaries.titles, summaries.modes, summaries.status)
    )
    body = msgspec.msgpack.encode(
        _Body(
            summaries.ids,
            [name for name in names if name is not None],
            routines,
            titles,
            modes,
            summaries.started_at,
            summaries.ended_at,
            status,
            summaries.resumed_from,
            summaries.stamps.tobytes(),
            summaries.days.tobytes(),
            summaries.planned_seconds.tobytes(),
            summaries.seconds.tobytes(),
            summaries.planned_sets.tobytes(),
            summaries.sets_done.tobytes(),
            summaries.last_index.tobytes(),
            bytes(summaries.deleted),
            starts.tobytes(),
            spans.tobytes(),
        )
    )
    inode, size, mtime = stamp
    checksum = zlib.crc32(body)
    head = _File(
        MAGIC, VERSION, inode, size, mtime, tail, checksum, msgspec.Raw(body), summaries.zone
    )
    return msgspec.msgpack.encode(head)


_file_decoder = msgspec.msgpack.Decoder(_File)
_body_decoder = msgspec.msgpack.Decoder(_Body)


@dataclass
class Stored:
    """An index read back: the log it says it was made from, and its summaries."""

    inode: int
    size: int
    mtime: int
    tail: bytes
    summaries: Summaries


def decode_index(data: bytes) -> Stored | None:
    """The index in `data`; None when it is not one, or not whole and consistent (any
    bytes at all give one or the other, never an exception)."""
    try:
        head = _file_decoder.decode(data)
        if head.magic != MAGIC or head.version != VERSION:
            return None
        if zlib.crc32(memoryview(head.body)) != head.checksum:
            return None
        body = _body_decoder.decode(head.body)
        names = [*body.names, None]  # -1: None
        summaries = Summaries(
            body.ids,
            _names(names, body.routines),
            _names(names, body.titles),
            _names(names, body.modes),
            body.started_at,
            body.ended_at,
            _names(names, body.status),
            body.resumed_from,
            _floats(body.stamps),
            _ints(body.days),
            head.zone,
            _floats(body.planned_seconds),
            _floats(body.seconds),
            _ints(body.planned_sets),
            _ints(body.sets_done),
            _ints(body.last_index),
            bytearray(body.deleted),
            _ints(body.span_starts),
            _ints(body.spans),
        )
    except (msgspec.MsgspecError, ValueError, TypeError, IndexError, RecursionError):
        return None
    if not _consistent(summaries, head.size) or head.size < 0 or len(head.tail) > TAIL:
        return None
    return Stored(head.inode, head.size, head.mtime, head.tail, summaries)


def _names(names: list[str | None], data: bytes) -> list[Any]:
    """The names at those places (IndexError: a place past the table; the checksum
    stands for the rest, as it does for every other figure)."""
    places = array("i")
    places.frombytes(data)
    return list(map(names.__getitem__, places))


def _floats(data: bytes) -> array[float]:
    result = array("d")
    result.frombytes(data)  # ValueError unless a whole number of items
    return result


def _ints(data: bytes) -> array[int]:
    result = array("q")
    result.frombytes(data)
    return result


def _consistent(s: Summaries, size: int) -> bool:
    """Every column as long as the others. What each session's spans say is checked when
    they are read (`indexer.read_records`): checking 100,000 sessions' here cost a quarter
    of opening the index (benchmarks/history_screen.py)."""
    count = len(s.ids)
    columns = (
        s.routines,
        s.titles,
        s.modes,
        s.started_at,
        s.ended_at,
        s.status,
        s.resumed_from,
        s.stamps,
        s.days,
        s.planned_seconds,
        s.seconds,
        s.planned_sets,
        s.sets_done,
        s.last_index,
        s.deleted,
    )
    if any(len(column) != count for column in columns) or len(s.span_starts) != count + 1:
        return False
    return s.span_starts[0] == 0 and s.span_starts[-1] == len(s.spans) and size >= 0


def read_index(path: Path) -> Stored | None:
    """The index at `path`; None when there is none or it cannot be used."""
    try:
        with os.fdopen(open_regular(path), "rb") as handle:  # never a FIFO or a device
            data = handle.read()
    except (OSError, ValueError):
        return None
    return decode_index(data)


def write_index(path: Path, data: bytes) -> None:
    """Replace the index at once (a rename); no fsync: a cache, checked when read."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temp.write_bytes(data)
        temp.replace(path)
    except OSError as exc:  # a read-only folder: the index is only a saving
        log.info("could not write the history index %s: %s", path, exc)
        temp.unlink(missing_ok=True)
