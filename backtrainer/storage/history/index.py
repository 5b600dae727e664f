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

import contextlib
import logging
import os
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, cast, overload

import msgspec

from backtrainer.storage.files import open_regular
from backtrainer.storage.history.layout import INDEX_MAGIC, INDEX_VERSION

log = logging.getLogger(__name__)

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
    zone: str
    """The local zone the dates were worked out in (`start_times.zone_key`)."""
    body: msgspec.Raw
    """The _Body's own encoding, kept as it is: checked, then decoded, without a copy.
    Last, so that it runs to the end of the file (`glance` checks it without msgspec)."""


class _Body(msgspec.Struct, array_like=True):
    """The columns as written. Read back as `_LazyBody`: the text columns stay encoded
    until used (see `Summaries`). The deleted flags and the spans come first: a reader
    without msgspec finds them, and the first ids, by reading a few headers (`glance`)."""

    deleted: bytes
    span_starts: bytes
    spans: bytes
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


class _LazyBody(_Body):
    """`_Body` with its text columns kept as encoded (the fields keep `_Body`'s order):
    finding where each one is costs 2 ms at 100,000 sessions, decoding them about 50 ms."""

    ids: msgspec.Raw  # type: ignore[assignment]
    started_at: msgspec.Raw  # type: ignore[assignment]
    ended_at: msgspec.Raw  # type: ignore[assignment]
    resumed_from: msgspec.Raw  # type: ignore[assignment]


TEXTS = ("ids", "started_at", "ended_at", "resumed_from")
"""The columns of text, kept encoded until used."""
NAMED = ("routines", "titles", "modes", "status")
"""The columns of names, kept as places in the table of names until used."""


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
    _undecoded: dict[str, Callable[[], list[Any]]] = field(default_factory=dict, repr=False)
    """Columns of an index read back that are not decoded yet (see `__getattr__`)."""
    _by_place: dict[str, Named] = field(default_factory=dict, repr=False)
    """The columns of names not decoded yet, as places in the table of names."""

    def __getattr__(self, name: str) -> list[Any]:
        """A column of an index read back, decoded on first use: `backtrainer history
        --json` needs only where a session's lines are to start, and the review screen
        never the ends; decoding every text column of 100,000 sessions up front cost
        60 ms. Called only for a column not decoded yet (Python looks here last)."""
        undecoded: dict[str, Callable[[], list[Any]]] = self.__dict__.get("_undecoded", {})
        if name not in undecoded:
            raise AttributeError(name)
        value = undecoded.pop(name)()
        setattr(self, name, value)
        return value

    def __len__(self) -> int:
        return len(self.deleted)  # a column always decoded

    def names(self, name: str) -> Sequence[Any]:
        """A column of names (`NAMED`), read one place at a time when it is not decoded
        yet: the review screen shows a few rows' titles, modes and status (decoding one
        of them for 100,000 sessions took 4 ms). One that does not decode is decoded
        (as blanks: see `_named`)."""
        places = self._by_place.get(name)
        if places is None or name not in self._undecoded:  # not named, or decoded already
            return cast(Sequence[Any], getattr(self, name))
        return places if places.whole() else cast(Sequence[Any], getattr(self, name))

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
            bytes(summaries.deleted),
            starts.tobytes(),
            spans.tobytes(),
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
        )
    )
    inode, size, mtime = stamp
    checksum = zlib.crc32(body)
    head = _File(
        INDEX_MAGIC,
        INDEX_VERSION,
        inode,
        size,
        mtime,
        tail,
        checksum,
        summaries.zone,
        msgspec.Raw(body),
    )
    return msgspec.msgpack.encode(head)


_file_decoder = msgspec.msgpack.Decoder(_File)
_body_decoder = msgspec.msgpack.Decoder(_LazyBody)


@dataclass
class Stored:
    """An index read back: the log it says it was made from, and its summaries."""

    inode: int
    size: int
    mtime: int
    tail: bytes
    summaries: Summaries


def decode_index(data: bytes, path: Path | None = None) -> Stored | None:
    """The index in `data` (read from `path`); None when it is not one, or not whole and
    consistent (any bytes at all give one or the other, never an exception)."""
    try:
        head = _file_decoder.decode(data)
        if head.magic != INDEX_MAGIC or head.version != INDEX_VERSION:
            return None
        if zlib.crc32(memoryview(head.body)) != head.checksum:
            return None
        body = _body_decoder.decode(head.body)
        names = [*body.names, None]  # -1: None
        summaries = Summaries(
            stamps=_floats(body.stamps),
            days=_ints(body.days),
            zone=head.zone,
            planned_seconds=_floats(body.planned_seconds),
            seconds=_floats(body.seconds),
            planned_sets=_ints(body.planned_sets),
            sets_done=_ints(body.sets_done),
            last_index=_ints(body.last_index),
            deleted=bytearray(body.deleted),
            span_starts=_ints(body.span_starts),
            spans=_ints(body.spans),
        )
        count = len(summaries.deleted)
        for name in TEXTS:
            raw = getattr(body, name)
            if _array_length(raw) != count:
                return None
            _undecode(summaries, name, partial(_texts, raw, count, path))
        for name in NAMED:
            places = _places(getattr(body, name))
            if len(places) != count:
                return None
            _undecode(summaries, name, partial(_named, names, places, path))
            summaries._by_place[name] = Named(names, places)
    except (msgspec.MsgspecError, ValueError, TypeError, IndexError, RecursionError):
        return None
    if not _consistent(summaries, head.size) or head.size < 0 or len(head.tail) > TAIL:
        return None
    return Stored(head.inode, head.size, head.mtime, head.tail, summaries)


def _undecode(summaries: Summaries, name: str, decode: Callable[[], list[Any]]) -> None:
    """Leave that column to be decoded on first use."""
    delattr(summaries, name)
    summaries._undecoded[name] = decode


_texts_decoder = msgspec.msgpack.Decoder(list[str | None])


def _texts(raw: msgspec.Raw, count: int, path: Path | None) -> list[str | None]:
    """A text column. Its length was checked when the index was read, and the checksum
    stands for the rest; a column that still does not decode (a writer's bug, or a
    hand-made file) reads as blanks, never an exception, and the index is removed so that
    the next reader makes it again from the log."""
    try:
        return _texts_decoder.decode(raw)
    except msgspec.MsgspecError:
        _damaged(path)
        return ["" for _ in range(count)]


def _damaged(path: Path | None) -> None:
    """A column did not decode: the index is removed, to be made again from the log."""
    log.warning("a column of the history index %s did not decode: removed", path)
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()


def _array_length(raw: msgspec.Raw) -> int:
    """The length a msgpack array says it has (-1: not an array)."""
    data = memoryview(raw)
    if not data:
        return -1
    kind = data[0]
    if 0x90 <= kind <= 0x9F:
        return kind - 0x90
    if kind == 0xDC and len(data) >= 3:
        return int.from_bytes(data[1:3], "big")
    if kind == 0xDD and len(data) >= 5:
        return int.from_bytes(data[1:5], "big")
    return -1


def _places(data: bytes) -> array[int]:
    places = array("i")
    places.frombytes(data)  # ValueError unless a whole number of items
    return places


class Named(Sequence[Any]):
    """A column of names as places in the table of names, each read when asked for."""

    def __init__(self, names: list[str | None], places: array[int]) -> None:
        self._names, self._places = names, places

    def whole(self) -> bool:
        """Every place names a name (as `_named` would read them all)."""
        places, count = self._places, len(self._names)
        return not places or (min(places) >= -count and max(places) < count)

    def __len__(self) -> int:
        return len(self._places)

    @overload
    def __getitem__(self, at: int) -> Any: ...
    @overload
    def __getitem__(self, at: slice) -> list[Any]: ...
    def __getitem__(self, at: int | slice) -> Any:
        if isinstance(at, slice):
            return [self._names[place] for place in self._places[at]]
        return self._names[self._places[at]]

    def __iter__(self) -> Iterator[Any]:
        return map(self._names.__getitem__, self._places)


def _named(names: list[str | None], places: array[int], path: Path | None) -> list[Any]:
    """The names at those places; a place past the table of names is a column that does
    not decode (see `_texts`)."""
    try:
        return [names[place] for place in places]  # faster than a map of __getitem__
    except IndexError:
        _damaged(path)
        return ["" for _ in places]


def _floats(data: bytes) -> array[float]:
    result = array("d")
    result.frombytes(data)  # ValueError unless a whole number of items
    return result


def _ints(data: bytes) -> array[int]:
    result = array("q")
    result.frombytes(data)
    return result


def _consistent(s: Summaries, size: int) -> bool:
    """Every column decoded as long as the others (those left encoded were checked as they
    were left). What each session's spans say is checked when they are read
    (`indexer.read_records`): checking 100,000 sessions' here cost a quarter of opening
    the index (benchmarks/history_screen.py)."""
    count = len(s.deleted)
    columns = (
        s.stamps,
        s.days,
        s.planned_seconds,
        s.seconds,
        s.planned_sets,
        s.sets_done,
        s.last_index,
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
    return decode_index(data, path)


def write_index(path: Path, data: bytes) -> None:
    """Replace the index at once (a rename); no fsync: a cache, checked when read."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temp.write_bytes(data)
        temp.replace(path)
    except OSError as exc:  # a read-only folder: the index is only a saving
        log.info("could not write the history index %s: %s", path, exc)
        temp.unlink(missing_ok=True)
