"""The history store: durable appends, repairs, migration, the single-writer lock, and a
disk that refuses to write."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from backtrainer.core.history import (
    Deleted,
    NotesSet,
    Record,
    SessionEnded,
    decode,
)
from backtrainer.storage.history import lock as history_lock
from backtrainer.storage.history.store import (
    HistoryStore,
    export_csv,
    export_json,
    session_json,
)
from tests.core.test_history import start, step

DATA = Path(__file__).parent / "data"
END = SessionEnded(session="s1", status="completed", ended_at="2024-05-01T07:42:00+02:00")


@pytest.fixture
def folder(data_dir: Path) -> Path:
    return data_dir / "history"


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    opened = HistoryStore()
    assert opened.open_for_writing(), opened.problem
    yield opened
    opened.close()


def write_session(store: HistoryStore, steps: int = 3, session: str = "s1") -> list[Record]:
    records: list[Record] = [start(session), *(step(i, session) for i in range(steps))]
    for record in records:
        assert store.append(record), store.problem
    return records


def log_lines(folder: Path) -> list[bytes]:
    return (folder / "history.jsonl").read_bytes().split(b"\n")


def assert_whole(folder: Path) -> None:
    """A header, then records only, every line complete."""
    data = (folder / "history.jsonl").read_bytes()
    assert data.endswith(b"\n")
    header, *lines = data[:-1].split(b"\n")
    assert json.loads(header) == {"format": "backtrainer-history", "schema_version": 1}
    for line in lines:
        decode(line)


def reopen() -> HistoryStore:
    store = HistoryStore()
    assert store.open_for_writing(), store.problem
    return store


# -- appending and loading ---------------------------------------------------------------


def test_append_then_reload(store: HistoryStore, folder: Path) -> None:
    records = write_session(store)
    assert store.append(NotesSet(session="s1", notes="fine", effort=6))
    assert store.append(END)
    store.close()
    assert_whole(folder)
    assert len(log_lines(folder)) == 1 + len(records) + 2 + 1  # header, records, final ""
    (session,) = HistoryStore().sessions()
    assert session.status == "completed" and len(session.steps) == 3
    assert (session.notes, session.effort) == ("fine", 6)


def test_an_append_adds_a_line_and_rewrites_nothing(store: HistoryStore, folder: Path) -> None:
    write_session(store)
    path = folder / "history.jsonl"
    before, inode = path.read_bytes(), path.stat().st_ino
    assert store.append(step(3))
    after = path.read_bytes()
    assert after.startswith(before) and after.count(b"\n") == before.count(b"\n") + 1
    assert path.stat().st_ino == inode


def test_the_writers_own_session_is_running_until_it_ends(store: HistoryStore) -> None:
    write_session(store)
    assert [s.status for s in store.sessions()] == ["running"]
    assert store.interrupted() == []
    assert store.append(END)
    assert [s.status for s in store.sessions()] == ["completed"]


def test_deleted_sessions_are_still_listed(store: HistoryStore) -> None:
    write_session(store)
    assert store.append(Deleted(session="s1"))
    assert [s.deleted for s in store.sessions()] == [True]


def test_a_reader_sees_what_the_writer_appends_later(store: HistoryStore) -> None:
    reader = HistoryStore()
    assert reader.sessions() == []
    write_session(store)
    assert [len(s.steps) for s in reader.sessions()] == [3]
    assert store.append(step(3))
    assert [len(s.steps) for s in reader.sessions()] == [4]


def test_sessions_are_replayed_again_only_when_the_records_change(store: HistoryStore) -> None:
    write_session(store)
    first, again = store.sessions(), store.sessions()
    assert first is not again and len(first) == len(again) == 1
    assert first[0] is again[0]  # the same objects: replayed once
    assert store.append(NotesSet(session="s1", notes="heavy"))
    (noted,) = store.sessions()
    assert noted is not first[0] and noted.notes == "heavy" and first[0].notes == ""
    store.set_current_session(None)  # which session is live changes its status
    (ended,) = store.sessions()
    assert ended.status == "interrupted" and noted.status == "running"


def test_a_reader_creates_nothing(folder: Path) -> None:
    assert HistoryStore().sessions() == []
    assert not folder.exists()


# -- interrupted sessions ----------------------------------------------------------------


def test_a_session_whose_writer_is_gone_is_interrupted_and_can_be_closed(
    store: HistoryStore,
) -> None:
    write_session(store)
    store.close()
    again = reopen()
    (session,) = again.interrupted()
    assert session.status == "interrupted" and session.ended_at is None
    assert session.last_index == 2  # a resume would start at step 3
    assert again.mark_interrupted(session)
    assert again.interrupted() == []
    (closed,) = again.sessions()
    assert closed.status == "interrupted"
    assert closed.ended_at == "2024-05-01T07:31:30+02:00"  # the start + 3 x 30 s on record
    again.close()


def test_a_resumed_session_is_not_offered_again(store: HistoryStore) -> None:
    write_session(store, session="old")
    store.close()
    again = reopen()
    (old,) = again.interrupted()
    assert again.append(start("new", resumed_from="old", start_step=old.last_index + 1))
    assert again.interrupted() == []
    again.close()


# -- repairs -----------------------------------------------------------------------------


def test_a_torn_last_line_is_cut_off(store: HistoryStore, folder: Path) -> None:
    write_session(store)
    store.close()
    path = folder / "history.jsonl"
    whole = path.read_bytes()
    path.write_bytes(whole + b'{"type":"step","session":"s1","ind')
    again = reopen()
    assert [len(s.steps) for s in again.sessions()] == [3]
    assert again.problem is not None and "cut short" in again.problem
    assert path.read_bytes() == whole
    assert again.append(step(3))
    again.close()
    assert_whole(folder)
    assert [len(s.steps) for s in HistoryStore().sessions()] == [4]


@pytest.mark.parametrize(
    "tail",
    [b"\x00" * 40, b'{"type":"step","session":"s1","index":3,"kind":"wo\x00\x00\n'],
    ids=["zeros", "complete-but-unreadable"],
)
def test_an_unreadable_last_line_counts_as_torn(
    store: HistoryStore, folder: Path, tail: bytes
) -> None:
    write_session(store)
    store.close()
    path = folder / "history.jsonl"
    whole = path.read_bytes()
    path.write_bytes(whole + tail)
    again = reopen()
    assert [len(s.steps) for s in again.sessions()] == [3]
    assert path.read_bytes() == whole
    assert list(folder.glob("*.damaged-*")) == []
    again.close()


def test_a_bad_byte_in_the_last_line_is_damage_kept_in_a_copy_not_cut(
    store: HistoryStore, folder: Path
) -> None:
    write_session(store)
    store.close()
    path = folder / "history.jsonl"
    damaged = path.read_bytes() + b'{"type":"step","session":"s1","index":3,"kind":"B\xffd"}\n'
    path.write_bytes(damaged)
    again = reopen()
    assert [len(s.steps) for s in again.sessions()] == [3]
    assert again.problem is not None and "damaged" in again.problem
    assert "cut short" not in again.problem
    (aside,) = folder.glob("history.jsonl.damaged-*")
    assert aside.read_bytes() == damaged  # the user's line is not lost
    again.close()


def test_a_torn_line_is_only_skipped_by_a_reader(store: HistoryStore, folder: Path) -> None:
    write_session(store)
    store.close()
    path = folder / "history.jsonl"
    torn = path.read_bytes() + b'{"type":"st'
    path.write_bytes(torn)
    reader = HistoryStore()
    assert [len(s.steps) for s in reader.sessions()] == [3]
    assert reader.problem is not None and "cut short" in reader.problem
    assert path.read_bytes() == torn


def test_a_broken_line_in_the_middle_is_copied_aside_and_the_rest_kept(
    store: HistoryStore, folder: Path
) -> None:
    write_session(store)
    store.close()
    path = folder / "history.jsonl"
    lines = path.read_bytes().split(b"\n")
    lines[2] = b'{"type":"step","session":"s1","index":0,"kind"::: garbage'
    damaged = b"\n".join(lines)
    path.write_bytes(damaged)
    again = reopen()
    (session,) = again.sessions()
    assert [s.index for s in session.steps] == [1, 2]  # line 3 (step 0) was the broken one
    assert again.problem is not None
    assert "line 3" in again.problem and "copy" in again.problem
    (aside,) = folder.glob("history.jsonl.damaged-*")
    assert str(aside) in again.problem
    assert aside.read_bytes() == damaged
    assert_whole(folder)
    assert again.append(step(3))
    again.close()
    assert [s.index for s in HistoryStore().sessions()[0].steps] == [1, 2, 3]


@pytest.mark.parametrize(
    "bad",
    [
        b'{"type":"step","session":"s1","index":0,"kind":"B\xffd"}',  # not UTF-8
        b'{"type":"step","session":"s1","index":0,"kind":' + b"[" * 10_000 + b"]" * 10_000 + b"}",
    ],
    ids=["invalid-utf8", "deep-nesting"],
)
def test_a_line_that_is_not_utf8_or_too_deep_is_a_broken_line(
    store: HistoryStore, folder: Path, bad: bytes
) -> None:
    write_session(store)
    store.close()
    path = folder / "history.jsonl"
    lines = path.read_bytes().split(b"\n")
    lines[2] = bad
    path.write_bytes(b"\n".join(lines))
    assert [len(s.steps) for s in HistoryStore().sessions()] == [2]  # a reader skips it
    again = reopen()
    assert [s.index for s in again.sessions()[0].steps] == [1, 2]
    assert again.problem is not None and "line 3" in again.problem
    assert len(list(folder.glob("history.jsonl.damaged-*"))) == 1
    assert_whole(folder)
    assert again.append(step(3))
    again.close()


@pytest.mark.parametrize("special", ["/dev/zero", "fifo"])
def test_a_log_that_is_not_a_regular_file_is_refused_not_read(folder: Path, special: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "history.jsonl"
    os.mkfifo(path) if special == "fifo" else path.symlink_to(special)
    reader = HistoryStore()
    assert reader.sessions() == []
    assert reader.problem is not None and "not a regular file" in reader.problem
    writer = HistoryStore()
    assert not writer.open_for_writing()
    assert writer.problem is not None and "not a regular file" in writer.problem
    writer.close()


def test_a_reader_leaves_a_damaged_file_as_it_is(store: HistoryStore, folder: Path) -> None:
    write_session(store)
    store.close()
    path = folder / "history.jsonl"
    lines = path.read_bytes().split(b"\n")
    lines[3] = b"not json"
    damaged = b"\n".join(lines)
    path.write_bytes(damaged)
    reader = HistoryStore()
    assert [len(s.steps) for s in reader.sessions()] == [2]
    assert reader.problem is not None and "repairs it" in reader.problem
    assert path.read_bytes() == damaged
    assert list(folder.glob("*.damaged-*")) == []


def test_a_file_without_its_header_gets_one_back(folder: Path) -> None:
    folder.mkdir(parents=True)
    records: list[Record] = [start(), step(0), END]
    (folder / "history.jsonl").write_bytes(b"".join(encode_line(r) for r in records))
    store = reopen()
    assert [s.status for s in store.sessions()] == ["completed"]
    assert store.problem is not None and "header" in store.problem
    store.close()
    assert_whole(folder)
    assert len(list(folder.glob("history.jsonl.damaged-*"))) == 1


def test_a_newer_format_is_refused_and_left_untouched(folder: Path) -> None:
    folder.mkdir(parents=True)
    path = folder / "history.jsonl"
    newer = b'{"format":"backtrainer-history","schema_version":2}\n{"type":"hologram"}\n'
    path.write_bytes(newer)
    store = HistoryStore()
    assert not store.open_for_writing()
    assert store.read_only
    assert store.problem is not None and "newer BackTrainer" in store.problem
    assert store.sessions() == []
    assert not store.append(start())
    assert not store.flush_pending()
    assert path.read_bytes() == newer
    assert HistoryStore().open_for_writing() is False  # the lock was let go: same answer
    store.close()


def encode_line(record: Record) -> bytes:
    from backtrainer.core.history import encode

    return encode(record) + b"\n"


# -- migration ---------------------------------------------------------------------------


def test_the_version_0_file_is_migrated_and_kept_aside(folder: Path) -> None:
    folder.mkdir(parents=True)
    old = DATA / "history-v0.json"
    (folder / "history.json").write_bytes(old.read_bytes())
    store = reopen()
    sessions = store.sessions()
    assert [s.routine for s in sessions] == ["one-dumbbell-back", "best-back", "ultimate-back"]
    assert [s.status for s in sessions] == ["completed", "stopped", "completed"]
    assert [len(s.steps) for s in sessions] == [6, 3, 0]
    assert sessions[0].notes == "Left side weaker on the high pull."
    assert sessions[0].sets_done == 4 and sessions[1].sets_done == 1
    assert sessions[1].steps[1].reps == 10 and sessions[1].steps[2].skipped
    assert all("+" in s.started_at or s.started_at.endswith("Z") for s in sessions)
    assert not (folder / "history.json").exists()
    (kept,) = folder.glob("history.json.v0-migrated-*")
    assert kept.read_bytes() == old.read_bytes()
    assert_whole(folder)
    assert store.append(start("new"))
    store.close()
    assert len(HistoryStore().sessions()) == 4


def test_a_migration_cut_short_before_the_rename_adds_nothing_twice(folder: Path) -> None:
    folder.mkdir(parents=True)
    sample = (DATA / "history-v0.json").read_bytes()
    (folder / "history.json").write_bytes(sample)
    reopen().close()
    (kept,) = folder.glob("history.json.v0-migrated-*")
    kept.rename(folder / "history.json")  # as if the rename had not happened
    store = reopen()
    assert len(store.sessions()) == 3
    assert not (folder / "history.json").exists()
    store.close()


def test_a_reader_shows_an_old_file_without_migrating_it(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "history.json").write_bytes((DATA / "history-v0.json").read_bytes())
    assert len(HistoryStore().sessions()) == 3
    assert sorted(p.name for p in folder.iterdir()) == ["history.json"]


# -- one writer at a time ----------------------------------------------------------------


def test_a_second_store_in_this_process_cannot_write(store: HistoryStore, folder: Path) -> None:
    write_session(store)
    before = (folder / "history.jsonl").read_bytes()
    second = HistoryStore()
    assert not second.open_for_writing()
    assert second.read_only
    assert second.problem is not None and "Another BackTrainer is open" in second.problem
    assert f"process {os.getpid()}" in second.problem
    assert not second.append(step(9))
    assert (folder / "history.jsonl").read_bytes() == before
    assert [s.status for s in second.sessions()] == ["running"]
    store.close()
    third = HistoryStore()
    assert third.open_for_writing()
    third.close()


CHILD = textwrap.dedent(
    """
    import sys
    from backtrainer.storage.history.store import HistoryStore
    from tests.core.test_history import start, step
    store = HistoryStore()
    assert store.open_for_writing(), store.problem
    store.append(start("child"))
    store.append(step(0, "child"))
    print("ready", flush=True)
    sys.stdin.read()
    """
)


def test_a_second_backtrainer_process_cannot_write(folder: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[3],
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "ready"
            store = HistoryStore()
            assert not store.open_for_writing()
            assert store.problem is not None
            assert f"Another BackTrainer is open (process {child.pid})" in store.problem
            assert not store.append(start("mine"))
            live = [(s.id, s.status) for s in HistoryStore().sessions()]
            assert live == [("child", "running")]
        finally:
            child.kill()
            child.wait(timeout=10)
    assert [(s.id, s.status) for s in HistoryStore().sessions()] == [("child", "interrupted")]
    later = reopen()  # the lock died with its holder
    assert [s.id for s in later.interrupted()] == ["child"]
    later.close()


def test_the_lock_file_names_the_holder_and_its_session(store: HistoryStore) -> None:
    store.set_current_session("abc")
    info = json.loads((store.folder / "writer.lock").read_bytes())
    assert info == {"pid": os.getpid(), "session": "abc"}
    # A reader's probe (a separate descriptor, as in another process) finds it busy.
    holder = history_lock.live_holder(store.folder)
    assert holder == history_lock.Holder(pid=os.getpid(), session="abc")
    store.close()
    assert history_lock.live_holder(store.folder) is None


# -- a disk that will not write ----------------------------------------------------------


def failing(errno_: int, after: int = 0) -> Callable[..., int]:
    """An os.write that writes `after` bytes of its first call, then raises."""
    real = os.write
    state = {"left": after}

    def write(fd: int, data: bytes) -> int:
        if state["left"] > 0:
            written = real(fd, bytes(data)[: state["left"]])
            state["left"] -= written
            return written
        raise OSError(errno_, os.strerror(errno_))

    return write


@pytest.mark.parametrize("written_first", [0, 25], ids=["nothing-written", "half-a-line"])
def test_a_full_disk_keeps_records_pending_until_it_can_write(
    store: HistoryStore, folder: Path, monkeypatch: pytest.MonkeyPatch, written_first: int
) -> None:
    write_session(store, steps=1)
    path = folder / "history.jsonl"
    good = path.read_bytes()
    with monkeypatch.context() as patch:
        patch.setattr(os, "write", failing(errno.ENOSPC, written_first))
        assert not store.append(step(1))
        assert not store.append(step(2))
        assert store.pending_count() == 2
        assert store.problem is not None and "No space left on device" in store.problem
        assert "2 entries are kept in memory" in store.problem
        assert path.read_bytes() == good  # a partial line was undone
        assert [len(s.steps) for s in store.sessions()] == [3]  # pending ones are shown
    assert store.flush_pending()
    assert store.pending_count() == 0 and store.problem is None
    assert store.append(step(3))
    store.close()
    assert_whole(folder)
    assert [s.index for s in HistoryStore().sessions()[0].steps] == [0, 1, 2, 3]


def test_a_failed_fsync_is_a_failed_append(
    store: HistoryStore, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_session(store, steps=1)
    good = (folder / "history.jsonl").read_bytes()

    def fsync(fd: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", fsync)
        assert not store.append(step(1))
        assert (folder / "history.jsonl").read_bytes() == good
    assert store.append(step(2))  # saves the pending step first, then this one
    store.close()
    assert [s.index for s in HistoryStore().sessions()[0].steps] == [0, 1, 2]


def test_a_read_only_folder_does_not_stop_the_workout(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def read_only_open(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args)

    store = HistoryStore()
    with monkeypatch.context() as patch:
        patch.setattr(os, "open", read_only_open)
        assert not store.open_for_writing()
        assert not store.read_only  # not refused: retried at every append
        assert store.problem is not None and "Read-only file system" in store.problem
        assert not store.append(start())
        assert not store.append(step(0))
        assert store.pending_count() == 2
    assert store.append(step(1))
    assert store.pending_count() == 0 and store.problem is None
    store.close()
    assert [len(s.steps) for s in HistoryStore().sessions()] == [2]


def test_a_repair_that_fails_is_retried_before_anything_is_appended(
    store: HistoryStore, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_session(store, steps=1)
    store.close()
    path = folder / "history.jsonl"
    whole = path.read_bytes()
    path.write_bytes(whole + b'{"type":"st')

    def ftruncate(fd: int, size: int) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    again = HistoryStore()
    with monkeypatch.context() as patch:
        patch.setattr(os, "ftruncate", ftruncate)
        assert not again.open_for_writing()
        assert again.problem is not None and "Could not repair" in again.problem
        assert not again.append(step(1))  # not after the torn line: that would damage it
        assert path.read_bytes() == whole + b'{"type":"st'
    assert again.append(step(2))
    again.close()
    assert path.read_bytes().startswith(whole)
    assert_whole(folder)
    assert [s.index for s in HistoryStore().sessions()[0].steps] == [0, 1, 2]


# -- exports -----------------------------------------------------------------------------


def test_csv_export_has_one_row_per_step(store: HistoryStore, tmp_path: Path) -> None:
    write_session(store, steps=2)
    assert store.append(start("empty"))
    target = tmp_path / "out.csv"
    export_csv(store.sessions(), target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["session"], r["index"]) for r in rows] == [("s1", "0"), ("s1", "1"), ("empty", "")]
    assert rows[0]["routine"] == "one-dumbbell-back"
    assert rows[0]["started_at"] == "2024-05-01T07:30:00+02:00"
    assert rows[0]["status"] == "interrupted"  # s1 has no end, and "empty" is now current
    assert rows[0]["actual_seconds"] == "30.0"
    assert list(tmp_path.glob(".out.csv*")) == []  # no temporary file left


def test_csv_export_carries_notes_and_effort(store: HistoryStore, tmp_path: Path) -> None:
    write_session(store, steps=2)
    write_session(store, steps=1, session="s2")
    note = 'Lower back tight, "stopped" early;\nnext time lighter'
    assert store.append(NotesSet(session="s1", notes=note, effort=7))
    target = tmp_path / "out.csv"
    export_csv(store.sessions(), target)
    with target.open(newline="", encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle))
    assert header[-2:] == ["notes", "effort"]
    assert header[:5] == ["session", "routine", "title", "started_at", "status"]  # as before
    named = [dict(zip(header, row, strict=True)) for row in rows]
    assert [(r["session"], r["notes"], r["effort"]) for r in named] == [
        ("s1", note, "7"),
        ("s1", note, "7"),
        ("s2", "", ""),  # not rated: empty, not "None"
    ]


def test_several_records_are_appended_in_one_write(
    store: HistoryStore, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_session(store, steps=1)
    write_session(store, steps=1, session="s2")
    writes: list[int] = []
    real_write = os.write

    def counted(fd: int, data: bytes) -> int:
        writes.append(len(data))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", counted)
    assert store.append_all([Deleted(session="s1"), Deleted(session="s2")])
    assert len(writes) == 1
    assert [s.deleted for s in store.sessions()] == [True, True]
    store.close()
    assert_whole(folder)
    assert [s.deleted for s in HistoryStore().sessions()] == [True, True]


def test_json_export_is_the_command_line_shape(store: HistoryStore, tmp_path: Path) -> None:
    write_session(store, steps=2)
    assert store.append(END)
    target = tmp_path / "out.json"
    export_json(store.sessions(), target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data == [session_json(s) for s in store.sessions()]
    (session,) = data
    assert session["id"] == "s1" and session["status"] == "completed"
    assert set(session["steps"][0]) >= {
        "kind",
        "exercise",
        "side",
        "round",
        "planned_seconds",
        "actual_seconds",
        "reps",
    }
