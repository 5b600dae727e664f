"""Replaying history records into sessions: every record kind, in any order it can come."""

from __future__ import annotations

import msgspec
import pytest

from backtrainer.core.history import (
    Deleted,
    NotesSet,
    Record,
    Restored,
    SessionEnded,
    SessionStarted,
    StepDone,
    decode,
    decode_lines,
    encode,
    replay,
)


def start(session: str = "s1", **fields: object) -> SessionStarted:
    values: dict[str, object] = {
        "routine": "one-dumbbell-back",
        "title": "One-dumbbell back circuit",
        "started_at": "2024-05-01T07:30:00+02:00",
        "planned_seconds": 710.0,
        "planned_sets": 16,
    }
    return SessionStarted(session=session, **(values | fields))  # type: ignore[arg-type]


def step(index: int, session: str = "s1", kind: str = "work", **fields: object) -> StepDone:
    values: dict[str, object] = {"planned_seconds": 30.0, "actual_seconds": 30.0}
    return StepDone(session=session, index=index, kind=kind, **(values | fields))  # type: ignore[arg-type]


def test_a_session_with_every_record_kind() -> None:
    records: list[Record] = [
        start(mode="strength", settings={"work": 40.0}, resumed_from="s0", start_step=3),
        step(0, kind="prepare", planned_seconds=10.0, actual_seconds=10.0),
        step(1, exercise="Renegade row", side="left", round=1, reps=10, reps_counted=10),
        step(2, skipped=True, actual_seconds=12.5),
        NotesSet(session="s1", notes="good", effort=7),
        SessionEnded(session="s1", status="completed", ended_at="2024-05-01T07:42:00+02:00"),
    ]
    (session,) = replay(records)
    assert session.id == "s1"
    assert (session.routine, session.title, session.mode) == (
        "one-dumbbell-back",
        "One-dumbbell back circuit",
        "strength",
    )
    assert session.settings == {"work": 40.0} and session.resumed_from == "s0"
    assert session.status == "completed" and session.ended_at == "2024-05-01T07:42:00+02:00"
    assert [s.index for s in session.steps] == [0, 1, 2]
    assert session.seconds == 52.5
    assert session.sets_done == 1  # the skipped work step does not count
    assert session.last_index == 2
    assert (session.notes, session.effort) == ("good", 7)
    assert not session.deleted


def test_no_end_record_is_interrupted_unless_its_writer_is_live() -> None:
    records: list[Record] = [start("a"), step(0, "a"), start("b")]
    assert [s.status for s in replay(records)] == ["interrupted", "interrupted"]
    assert [s.status for s in replay(records, frozenset({"b"}))] == ["interrupted", "running"]
    assert replay(records)[0].ended_at is None


@pytest.mark.parametrize("status", ["completed", "stopped", "interrupted"])
def test_the_end_record_sets_the_status(status: str) -> None:
    end = SessionEnded(session="s1", status=status, ended_at="2024-05-01T08:00:00+02:00")  # type: ignore[arg-type]
    (session,) = replay([start(), end], frozenset({"s1"}))
    assert session.status == status


def test_notes_last_one_wins() -> None:
    records: list[Record] = [
        start(),
        NotesSet(session="s1", notes="first", effort=3),
        NotesSet(session="s1", notes="second"),
    ]
    (session,) = replay(records)
    assert (session.notes, session.effort) == ("second", None)


def test_delete_and_restore_last_one_wins() -> None:
    deleted = replay([start(), Deleted(session="s1")])
    assert deleted[0].deleted
    restored = replay([start(), Deleted(session="s1"), Restored(session="s1")])
    assert not restored[0].deleted
    again = replay([start(), Deleted(session="s1"), Restored(session="s1"), Deleted(session="s1")])
    assert again[0].deleted


def test_records_of_unknown_sessions_are_ignored() -> None:
    records: list[Record] = [
        step(0, "lost"),
        NotesSet(session="lost", notes="x"),
        Deleted(session="lost"),
        SessionEnded(session="lost", status="completed", ended_at="2024-05-01T08:00:00+02:00"),
        start("kept"),
        step(0, "kept"),
    ]
    sessions = replay(records)
    assert [s.id for s in sessions] == ["kept"]
    assert len(sessions[0].steps) == 1


def test_sessions_come_in_the_order_they_started_and_steps_stay_with_theirs() -> None:
    records: list[Record] = [start("a"), start("b"), step(0, "b"), step(0, "a"), step(1, "a")]
    sessions = replay(records)
    assert [s.id for s in sessions] == ["a", "b"]
    assert [len(s.steps) for s in sessions] == [2, 1]


def test_a_session_with_no_steps() -> None:
    (session,) = replay([start()])
    assert (session.seconds, session.sets_done, session.last_index) == (0, 0, -1)


def test_records_round_trip_through_one_line_each() -> None:
    records: list[Record] = [
        start(settings={"rest": 20.0}),
        step(4, exercise="Superman", reps=8),
        SessionEnded(session="s1", status="stopped", ended_at="2024-05-01T08:00:00+02:00"),
        NotesSet(session="s1", notes="line\nbreak", effort=10),
        Deleted(session="s1"),
        Restored(session="s1"),
    ]
    lines = [encode(r) for r in records]
    assert all(b"\n" not in line for line in lines)
    assert [decode(line) for line in lines] == records
    assert decode_lines(b"\n".join(lines) + b"\n") == records


def test_a_damaged_line_raises() -> None:
    with pytest.raises(msgspec.DecodeError):
        decode(b'{"type":"step","session":"s1","ind')
    with pytest.raises(msgspec.ValidationError):
        decode(b'{"type":"notes","session":"s1","effort":11}')
    with pytest.raises(msgspec.ValidationError):
        decode(b'{"type":"teleport","session":"s1"}')
