"""The log read into the index (index.py): a scan of its complete lines a few megabytes
at a time, keeping per session where its lines are and the figures the screen shows, never
the records themselves (memory stays flat whatever the size of the history). Then one
session at a time read back from its lines, for the details pane and for exports.

`open_index` checks the saved index against the log and uses it, extends it when the log
only grew, or makes it anew. It covers only a log as the app writes it: a readable header
of this schema version and no damaged line. Anything else (no header, a newer format, a
damaged line) gives None: the caller reads the log the old way, which reports and repairs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

import msgspec

from backtrainer.core.history import (
    SCHEMA_VERSION,
    Deleted,
    NotesSet,
    Record,
    Restored,
    Session,
    SessionEnded,
    SessionStarted,
    StepDone,
    collector_paused,
    decode,
    decode_lines,
    replay,
)
from backtrainer.core.start_times import NEVER, moments, zone_key
from backtrainer.storage.files import open_regular
from backtrainer.storage.history.index import (
    TAIL,
    Summaries,
    encode_index,
    read_index,
    write_index,
)
from backtrainer.storage.history.layout import INDEX_NAME
from backtrainer.storage.history.log import FORMAT, Header

CHUNK = 4 << 20
SAVE_AFTER = 1 << 20
"""Lines indexed past the saved index before it is saved again (a few appends are
cheaper to scan again than to save a large index after each)."""


class StaleIndex(ValueError):
    """The lines the index points at are not that session's: the log changed behind the
    index's back. Make the index anew (`open_index(..., rebuild=True)`)."""


@dataclass
class Indexed:
    """The log's sessions as the index has them, and the log it read."""

    path: Path
    summaries: Summaries
    covered: int
    """Bytes of the log indexed: up to the end of its last complete line."""
    torn: bool
    """Bytes follow the last complete line (an append cut short, or under way)."""


def open_index(log_path: Path, *, save: bool = True, rebuild: bool = False) -> Indexed | None:
    """The index of the log at `log_path`: None when there is no log, or it is not one the
    index covers (see the module). Raises OSError when the log cannot be read."""
    try:
        fd = open_regular(log_path)
    except FileNotFoundError:
        return None
    try:
        st = os.fstat(fd)
        index_path = log_path.with_name(INDEX_NAME)
        stored = None if rebuild else read_index(index_path)
        summaries, start, saved_at = None, 0, -1
        zone = zone_key()
        if stored is not None and stored.inode == st.st_ino and stored.size <= st.st_size:
            whole = stored.size == st.st_size and stored.mtime == st.st_mtime_ns
            if whole and stored.summaries.zone == zone:
                return Indexed(log_path, stored.summaries, stored.size, torn=False)
            tail = os.pread(fd, len(stored.tail), stored.size - len(stored.tail))
            if whole or (stored.size < st.st_size and tail == stored.tail):  # only grew
                summaries, start = stored.summaries, stored.size
                saved_at = start if stored.summaries.zone == zone else -1
        if summaries is None:
            start = _header_end(fd)
            if start < 0:
                return None
            summaries = Summaries(zone=zone)
        scanner = _Scanner(summaries)
        covered = scanner.scan(lambda offset, n: os.pread(fd, n, offset), start, st.st_size)
        if scanner.broken:
            return None
        _date_rows(summaries, scanner.undated, zone)
        if save and covered - max(saved_at, 0) >= min(SAVE_AFTER, covered - start + 1):
            tail = os.pread(fd, min(TAIL, covered), covered - min(TAIL, covered))
            stamp = (st.st_ino, covered, st.st_mtime_ns)
            write_index(index_path, encode_index(summaries, stamp, tail))
        return Indexed(log_path, summaries, covered, torn=covered < st.st_size)
    finally:
        os.close(fd)


def _date_rows(summaries: Summaries, rows: set[int], zone: str) -> None:
    """Each start's timestamp and local date, for the rows started anew; for all of them
    when they were worked out in another zone."""
    if summaries.zone != zone:
        rows, summaries.zone = set(range(len(summaries))), zone
    if not rows:
        return
    order = sorted(rows)
    texts = summaries.started_at
    stamps, days = moments([texts[row] for row in order], None)
    for row, stamp, day in zip(order, stamps, days, strict=True):
        summaries.stamps[row], summaries.days[row] = stamp, day


def _header_end(fd: int) -> int:
    """Where the first record starts; -1 unless the header is this version's."""
    first = os.pread(fd, 4096, 0)
    end = first.find(b"\n")
    if end < 0:
        return -1
    try:
        header = msgspec.json.decode(first[:end], type=Header)
    except (msgspec.MsgspecError, UnicodeDecodeError, RecursionError):
        return -1
    if header.format != FORMAT or header.schema_version != SCHEMA_VERSION:
        return -1
    return end + 1


class _Scanner:
    """Adds the records of complete lines to `summaries`, as `replay` would apply them."""

    def __init__(self, summaries: Summaries) -> None:
        self.s = summaries
        self.broken = 0
        self.undated: set[int] = set()
        """Rows whose start was read: their dates are to be worked out."""
        self.rows = {session: n for n, session in enumerate(summaries.ids)}

    def scan(self, read: Callable[[int, int], bytes], start: int, size: int) -> int:
        """Lines from `start` up to `size`; returns where the last complete one ends."""
        pos = start
        while pos < size:
            want = min(CHUNK, size - pos)
            data = read(pos, want)
            end = data.rfind(b"\n") + 1
            while end == 0 and len(data) == want and pos + want < size:  # a very long line
                want = min(want * 2, size - pos)
                data = read(pos, want)
                end = data.rfind(b"\n") + 1
            if end == 0:
                break  # a torn last line
            self._chunk(data[:end] if end < len(data) else data, pos)
            pos += end
        return pos

    def _chunk(self, data: bytes, offset: int) -> None:
        lines = data.split(b"\n")
        lines.pop()
        records: list[Record | None]
        try:
            decoded = decode_lines(data)
            if len(decoded) != len(lines):  # blank lines among them
                raise msgspec.DecodeError("blank lines")
            records = list(decoded)
        except msgspec.MsgspecError:
            records = [self._decode(line) for line in lines]
        starts = accumulate((len(line) + 1 for line in lines), initial=offset)
        seconds, sets_done, last_index = self.s.seconds, self.s.sets_done, self.s.last_index
        session: str | None = None  # the session of the line before, if it was a step
        row, spans = -1, [0, 0]
        with collector_paused():
            for record, line, at in zip(records, lines, starts, strict=False):
                if type(record) is StepDone and record.session == session:  # most lines
                    spans[-1] += len(line) + 1  # the line right after the one before
                    seconds[row] += record.actual_seconds
                    if record.kind == "work" and not record.skipped:
                        sets_done[row] += 1
                    if record.index > last_index[row]:
                        last_index[row] = record.index
                    continue
                session = None
                if record is None:
                    continue
                row = self._apply(record, at, len(line) + 1)
                if row >= 0 and type(record) is StepDone:
                    session, spans = record.session, self.s.changed_spans[row]

    def _decode(self, line: bytes) -> Record | None:
        if not line.strip():
            return None
        try:
            return decode(line)
        except msgspec.MsgspecError:
            self.broken += 1
            return None

    def _span(self, row: int, at: int, length: int) -> None:
        s = self.s
        spans = s.changed_spans.get(row)
        if spans is None:
            spans = s.changed_spans[row] = s.spans_of(row)
        if spans and spans[-2] + spans[-1] == at:
            spans[-1] += length  # the line right after its last: one span
        else:
            spans += (at, length)

    def _apply(self, record: Record, at: int, length: int) -> int:
        """Returns the record's row (-1: a session without a start, ignored)."""
        s = self.s
        row = self.rows.get(record.session, -1)
        if type(record) is StepDone:
            if row < 0:
                return row
            self._span(row, at, length)
            s.seconds[row] += record.actual_seconds
            if record.kind == "work" and not record.skipped:
                s.sets_done[row] += 1
            s.last_index[row] = max(s.last_index[row], record.index)
            return row
        if isinstance(record, SessionStarted):
            if row < 0:
                row = self.rows[record.session] = len(s.ids)
                self._add_row(record)
            else:  # a start again: replaces the session, in its place
                self._set_row(row, record)
                s.changed_spans[row] = []
            self._span(row, at, length)
            return row
        if row < 0:
            return row
        self._span(row, at, length)
        if isinstance(record, SessionEnded):
            s.status[row], s.ended_at[row] = record.status, record.ended_at
        elif isinstance(record, Deleted | Restored):
            s.deleted[row] = isinstance(record, Deleted)
        # NotesSet: only its place is kept (the notes show with the session's details)
        assert isinstance(record, SessionEnded | Deleted | Restored | NotesSet)
        return row

    def _add_row(self, r: SessionStarted) -> None:
        s = self.s
        s.ids.append(r.session)
        for column in (s.routines, s.titles, s.started_at, s.status):
            column.append("")
        for optional in (s.modes, s.ended_at, s.resumed_from):
            optional.append(None)
        for number in (s.planned_seconds, s.seconds, s.planned_sets, s.sets_done, s.days):
            number.append(0)
        s.stamps.append(NEVER)
        s.last_index.append(-1)
        s.deleted.append(0)
        s.span_starts.append(s.span_starts[-1])
        self._set_row(len(s.ids) - 1, r)

    def _set_row(self, row: int, r: SessionStarted) -> None:
        s = self.s
        s.routines[row], s.titles[row], s.modes[row] = r.routine, r.title, r.mode
        s.started_at[row], s.ended_at[row], s.status[row] = r.started_at, None, "interrupted"
        s.resumed_from[row] = r.resumed_from
        s.planned_seconds[row], s.planned_sets[row] = r.planned_seconds, r.planned_sets
        s.seconds[row], s.sets_done[row], s.last_index[row], s.deleted[row] = 0.0, 0, -1, 0
        self.undated.add(row)


def read_records(fd: int, indexed: Indexed, row: int) -> list[Record]:
    """The records of the session in `row`, read from its lines in the log open on `fd`.
    Raises StaleIndex when those lines are not that session's, OSError."""
    session = indexed.summaries.ids[row]
    spans = indexed.summaries.spans_of(row)
    ends = [spans[n] + spans[n + 1] for n in range(0, len(spans) - 1, 2)]
    if len(spans) % 2 or min(spans, default=0) < 0 or max(ends, default=0) > indexed.covered:
        raise StaleIndex(f"the index of {indexed.path} does not fit it")
    records: list[Record] = []
    for n in range(0, len(spans), 2):
        data = os.pread(fd, spans[n + 1], spans[n])
        try:
            if len(data) != spans[n + 1]:
                raise msgspec.DecodeError("cut short")
            records += decode_lines(data)
        except msgspec.MsgspecError:
            raise StaleIndex(f"the index of {indexed.path} does not fit it") from None
    if not records or not isinstance(records[0], SessionStarted):
        raise StaleIndex(f"the index of {indexed.path} does not fit it")
    if any(record.session != session for record in records):
        raise StaleIndex(f"the index of {indexed.path} does not fit it")
    return records


def read_session(
    fd: int, indexed: Indexed, row: int, live: frozenset[str] = frozenset()
) -> Session:
    """The session in `row`, whole (its steps too), as `replay` of the log gives it."""
    return replay(read_records(fd, indexed, row), live)[0]


def each_session(
    indexed: Indexed, live: frozenset[str] = frozenset(), *, deleted: bool = False, start: int = 0
) -> Iterator[Session]:
    """Every session (not deleted ones, unless `deleted`) from row `start` on, whole, one
    at a time, in the order they started. Raises StaleIndex, OSError."""
    fd = open_regular(indexed.path)
    try:
        flags = indexed.summaries.deleted
        for row in range(start, len(indexed.summaries)):
            if deleted or not flags[row]:
                yield read_session(fd, indexed, row, live)
    finally:
        os.close(fd)
