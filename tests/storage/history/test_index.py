"""The index beside the log: it says what a replay of the log says, follows appends, is
made again whenever it does not fit the log (any bytes at all in its place, a log changed
behind its back), and never covers a log that needs the old reading (damage, newer
format)."""

from __future__ import annotations

import contextlib
import os
import zlib
from array import array
from functools import partial
from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backtrainer.core.history import (
    Deleted,
    NotesSet,
    Record,
    Restored,
    Session,
    SessionEnded,
    StepDone,
)
from backtrainer.storage.history.index import (
    NAMED,
    TEXTS,
    Named,
    Summaries,
    _Body,
    _named,
    _undecode,
    read_index,
)
from backtrainer.storage.history.indexer import (
    Indexed,
    StaleIndex,
    each_session,
    open_index,
    read_session,
)
from backtrainer.storage.history.layout import INDEX_NAME
from backtrainer.storage.history.store import HistoryStore
from tests.core.test_history import start, step


def ended(session: str, status: str = "completed") -> SessionEnded:
    return SessionEnded(session=session, status=status, ended_at="2024-05-01T08:00:00+02:00")  # type: ignore[arg-type]


def mixed() -> list[Record]:
    """Every kind of record, interleaved as a real history has them."""
    return [
        start("a"),
        step(0, "a", kind="prepare", actual_seconds=10.0),
        step(1, "a", actual_seconds=31.25),
        step(2, "a", skipped=True, actual_seconds=3.5),
        ended("a"),
        start("b", title="Kettlebell · pull", mode="strength", resumed_from="a"),
        step(0, "b", kind="rest"),
        StepDone(session="ghost", index=0, kind="work", planned_seconds=1, actual_seconds=1),
        NotesSet(session="a", notes="later note", effort=5),
        step(1, "b"),
        Deleted(session="b"),
        start("c"),
        step(0, "c"),
        start("d"),
        step(0, "c", actual_seconds=0.1),  # steps of c after d started
        step(0, "d"),
        Restored(session="b"),
        start("c", title="again"),  # a start again: replaces c, in its place
        step(4, "c", actual_seconds=7.0),
        Deleted(session="d"),
        ended("c", "stopped"),
    ]


def write(folder: Path, records: list[Record]) -> Path:
    store = HistoryStore(folder)
    assert store.append_all(records), store.problem
    store.close()
    return folder / "history.jsonl"


def expected(folder: Path) -> list[Session]:
    return HistoryStore(folder).sessions()


def assert_fits(indexed: Indexed | None, folder: Path) -> None:
    """The index says what a full replay says, figure by figure and session by session."""
    assert indexed is not None
    sessions = expected(folder)
    s = indexed.summaries
    assert s.ids == [x.id for x in sessions]
    for n, x in enumerate(sessions):
        assert (s.routines[n], s.titles[n], s.modes[n], s.started_at[n]) == (
            x.routine,
            x.title,
            x.mode,
            x.started_at,
        )
        assert (s.status[n], s.ended_at[n], s.resumed_from[n]) == (
            x.status,
            x.ended_at,
            x.resumed_from,
        )
        assert (s.seconds[n], s.sets_done[n], s.last_index[n]) == (
            x.seconds,
            x.sets_done,
            x.last_index,
        )
        assert (s.planned_seconds[n], s.planned_sets[n], bool(s.deleted[n])) == (
            x.planned_seconds,
            x.planned_sets,
            x.deleted,
        )
        assert s.worked(n) == (x.sets_done > 0)
    assert list(each_session(indexed, deleted=True)) == sessions
    assert list(each_session(indexed)) == [x for x in sessions if not x.deleted]


def test_the_index_says_what_the_replay_says(tmp_path: Path) -> None:
    log = write(tmp_path, mixed())
    made = open_index(log)
    assert_fits(made, tmp_path)
    assert (tmp_path / INDEX_NAME).exists()
    again = open_index(log)  # read back, not made again
    assert_fits(again, tmp_path)
    assert again is not None and not again.torn


def test_appends_are_indexed_from_where_the_index_ends(tmp_path: Path) -> None:
    log = write(tmp_path, mixed())
    assert open_index(log) is not None
    saved = (tmp_path / INDEX_NAME).read_bytes()
    write(tmp_path, [NotesSet(session="c", notes="x"), step(5, "c"), start("e"), step(0, "e")])
    assert_fits(open_index(log), tmp_path)
    assert (tmp_path / INDEX_NAME).read_bytes() == saved  # a few lines: not saved again


def test_a_torn_last_line_is_left_out(tmp_path: Path) -> None:
    log = write(tmp_path, mixed())
    with log.open("ab") as handle:
        handle.write(b'{"type":"step","sess')
    indexed = open_index(log)
    assert indexed is not None and indexed.torn
    assert indexed.covered == log.stat().st_size - 20
    assert_fits(indexed, tmp_path)


@pytest.mark.parametrize(
    "change",
    ["same size in place", "rewritten", "cut short", "end changed", "grown after a change"],
)
def test_a_log_changed_behind_its_back_is_indexed_again(tmp_path: Path, change: str) -> None:
    log = write(tmp_path, mixed())
    assert open_index(log) is not None
    data = log.read_bytes()
    other = data.replace(b'"a"', b'"z"')  # same size, other ids
    if change == "same size in place":
        log.write_bytes(other)
        os.utime(log, ns=(1, 1))
    elif change == "rewritten":  # a repair: a new file in its place
        log.unlink()
        log.write_bytes(other)
    elif change == "cut short":
        cut = data.rstrip(b"\n").rfind(b"\n") + 1
        log.write_bytes(data[:cut])
    elif change == "end changed":
        log.write_bytes(data[:-30] + data[-30:].replace(b"stopped", b"xtopped") + b"\n")
    else:
        log.write_bytes(other + b'{"type":"notes","session":"b"}\n')
    HistoryStore(tmp_path)  # (nothing opened: the store would not repair it)
    indexed = open_index(log)
    if indexed is None:  # damage (the changed end): the old reading's
        assert change == "end changed"
        return
    if change == "grown after a change":  # the index cannot see a change before its end:
        with pytest.raises(StaleIndex):  # reading a session finds it
            list(each_session(indexed, deleted=True))
        indexed = open_index(log, rebuild=True)
    assert_fits(indexed, tmp_path)


def test_the_store_streams_through_a_stale_index(tmp_path: Path) -> None:
    log = write(tmp_path, mixed())
    assert open_index(log) is not None
    data = log.read_bytes()
    log.write_bytes(data.replace(b'"a"', b'"z"') + b'{"type":"notes","session":"b"}\n')
    store = HistoryStore(tmp_path)
    assert list(store.each_session()) == [s for s in store.sessions() if not s.deleted]


def test_a_damaged_or_newer_log_is_not_indexed(tmp_path: Path) -> None:
    log = write(tmp_path, mixed())
    lines = log.read_bytes().split(b"\n")
    log.write_bytes(b"\n".join([*lines[:3], b"{broken", *lines[3:]]))
    assert open_index(log) is None
    assert not (tmp_path / INDEX_NAME).exists()
    log.write_bytes(b'{"format":"backtrainer-history","schema_version":9}\n' + lines[1] + b"\n")
    assert open_index(log) is None
    assert open_index(tmp_path / "missing.jsonl") is None


def test_a_session_read_from_a_changed_line_is_refused(tmp_path: Path) -> None:
    log = write(tmp_path, mixed())
    indexed = open_index(log)
    assert indexed is not None
    fd = os.open(log, os.O_RDONLY)
    try:
        assert read_session(fd, indexed, 0).id == "a"
        indexed.summaries.ids[0] = "other"
        with pytest.raises(StaleIndex):
            read_session(fd, indexed, 0)
    finally:
        os.close(fd)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(garbage=st.binary(max_size=600), cut=st.integers(0, 4000), flip=st.integers(0, 4000))
def test_any_bytes_in_place_of_the_index_are_made_again_from_the_log(
    tmp_path: Path, garbage: bytes, cut: int, flip: int
) -> None:
    folder = tmp_path / "fuzz"
    log = folder / "history.jsonl"
    if not log.exists():
        write(folder, mixed())
        assert open_index(log) is not None
        (tmp_path / "good.index").write_bytes((folder / INDEX_NAME).read_bytes())
    good = (tmp_path / "good.index").read_bytes()
    mutated = bytearray(good[: cut % (len(good) + 1)] + garbage + good[cut % (len(good) + 1) :])
    if mutated:
        mutated[flip % len(mutated)] ^= 0x41
    for data in (garbage, bytes(mutated)):
        (folder / INDEX_NAME).write_bytes(data)
        assert_fits(open_index(log), folder)
        assert read_index(folder / INDEX_NAME) is not None  # and saved anew


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    column=st.sampled_from(TEXTS + NAMED),
    values=st.lists(
        st.one_of(st.integers(-(2**63), 2**63), st.floats(), st.binary(max_size=8), st.booleans()),
        min_size=4,
        max_size=4,
    ),
    place=st.integers(9, 2**31 - 1),
)
def test_a_column_that_does_not_decode_reads_as_blanks_and_is_made_again(
    tmp_path: Path, column: str, values: list[object], place: int
) -> None:
    """Text and name columns are decoded when first used, not when the index is read: one
    whose checksum fits but whose values are not text, or name a place past the table of
    names (a writer's bug, or a hand-made file), reads as blanks, never an exception, and
    the next reader makes the index again."""
    folder = tmp_path / "texts"
    log = folder / "history.jsonl"
    if not log.exists():
        write(folder, mixed())
    assert open_index(log, rebuild=True) is not None
    index = folder / INDEX_NAME
    head = msgspec.msgpack.decode(index.read_bytes())  # the body is a part of it
    if column in NAMED:  # 8 names, place 8 (or -1) reads as None: 9 on are past the table
        values = array("i", [0, 1, place, 2]).tobytes()  # type: ignore[assignment]
    head[8][_Body.__struct_fields__.index(column)] = values
    body = msgspec.msgpack.encode(head[8])
    head[6], head[8] = zlib.crc32(body), msgspec.Raw(body)
    index.write_bytes(msgspec.msgpack.encode(head))

    stored = read_index(index)
    assert stored is not None and len(stored.summaries) == 4
    assert getattr(stored.summaries, column) == [""] * 4
    assert not index.exists()
    assert_fits(open_index(log), folder)


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spans=st.lists(st.integers(-(2**40), 2**40), max_size=12), row=st.integers(0, 3))
def test_spans_that_do_not_fit_are_a_stale_index_whatever_they_say(
    tmp_path: Path, spans: list[int], row: int
) -> None:
    """A checksum that fits but spans that do not (a bug, or a hand-made file): reading
    that session says the index is stale, never another error, and the store reads on
    from the log."""
    folder = tmp_path / "spans"
    log = folder / "history.jsonl"
    if not log.exists():
        write(folder, mixed())
    indexed = open_index(log, rebuild=True)
    assert indexed is not None
    indexed.summaries.changed_spans[row] = spans
    fd = os.open(log, os.O_RDONLY)
    try:
        with contextlib.suppress(StaleIndex):
            read_session(fd, indexed, row)
    finally:
        os.close(fd)


def test_dates_are_worked_out_again_in_another_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A laptop carried from London to Tokyo: a session started at 23:30 UTC on 1 May is
    on 2 May there, and the week chart and the filters must say so, not the saved index."""
    import time
    from datetime import date

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        log = write(tmp_path, [start("late", started_at="2024-05-01T23:30:00+00:00")])
        first = open_index(log)
        assert first is not None and list(first.summaries.days) == [date(2024, 5, 1).toordinal()]
        monkeypatch.setenv("TZ", "Asia/Tokyo")
        time.tzset()
        moved = open_index(log)
        assert moved is not None and list(moved.summaries.days) == [date(2024, 5, 2).toordinal()]
        saved = read_index(tmp_path / INDEX_NAME)
        assert saved is not None and list(saved.summaries.days) == list(moved.summaries.days)
    finally:
        monkeypatch.undo()
        time.tzset()


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(st.text(max_size=3), max_size=5),
    places=st.lists(st.integers(-8, 8), max_size=12),
    at=st.integers(-14, 14),
)
def test_a_column_of_names_read_place_by_place_is_the_column_decoded(
    tmp_path: Path, names: list[str], places: list[int], at: int
) -> None:
    """`Summaries.names` (a name read when asked for) gives what decoding the whole
    column gives, item by item, sliced and whole; a place past the table of names decodes
    the column as blanks and removes the index, as decoding it does."""
    table = [*names, None]
    path = tmp_path / INDEX_NAME
    path.write_bytes(b"index")
    decoded = _named(table, array("i", places), path)
    damaged = not path.exists()
    path.write_bytes(b"index")
    summaries = Summaries(deleted=bytearray(len(places)))
    _undecode(summaries, "titles", partial(_named, table, array("i", places), path))
    summaries._by_place["titles"] = Named(table, array("i", places))
    column = summaries.names("titles")
    assert list(column) == decoded and len(column) == len(decoded)
    assert column[at:] == decoded[at:] and column[:at] == decoded[:at]
    if -len(decoded) <= at < len(decoded):
        assert column[at] == decoded[at]
    assert path.exists() != damaged
    assert isinstance(column, Named) != damaged  # a damaged column: decoded, as blanks
    assert summaries.titles == decoded and summaries.names("titles") is summaries.titles
