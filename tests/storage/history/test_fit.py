"""FIT export: every file decodes with Garmin's own SDK without an error and holds the
sets, reps and durations that the history holds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from garmin_fit_sdk import Decoder, Stream

from backtrainer.core.history import Record, Session, SessionEnded, StepDone, replay
from backtrainer.core.planner import plan
from backtrainer.core.settings import IntervalSettings
from backtrainer.storage.history.fit import (
    FitExportError,
    export_fit,
    fit_bytes,
    fit_file_name,
    is_active,
    step_reps,
)
from backtrainer.storage.history.fit_moves import MOVES
from backtrainer.storage.paths import bundled_routines_dir
from backtrainer.storage.routines import RoutineLibrary
from tests.core.test_history import start, step


def decoded(data: bytes) -> dict[str, list[dict[str, Any]]]:
    """The file as Garmin's decoder reads it; fails on any error it reports."""
    assert Decoder(Stream.from_byte_array(bytearray(data))).check_integrity()
    messages, errors = Decoder(Stream.from_byte_array(bytearray(data))).read()
    assert errors == []
    return messages


def session_of(records: list[Record]) -> Session:
    (session,) = replay(records)
    return session


def sample() -> Session:
    return session_of(
        [
            start(started_at="2024-03-30T07:30:00+01:00"),
            step(0, kind="prepare", actual_seconds=10.0),
            step(1, exercise="Renegade row", exercise_id="renegade-row", side="left", reps=8),
            step(2, kind="rest", actual_seconds=15.25),
            step(3, exercise="Rainbow", exercise_id="half-kneeling-rainbow", actual_seconds=40.0),
            step(4, exercise="Superman", exercise_id="superman", reps=10, reps_counted=7),
            step(5, exercise="Renegade row", exercise_id="renegade-row", skipped=True),
            SessionEnded(session="s1", status="completed", ended_at="2024-03-30T07:40:00+01:00"),
        ]
    )


def test_a_session_is_a_strength_activity_with_a_set_per_step() -> None:
    session = sample()
    fit = decoded(fit_bytes(session))
    assert fit["file_id_mesgs"][0]["type"] == "activity"
    (summary,) = fit["session_mesgs"]
    assert (summary["sport"], summary["sub_sport"]) == ("training", "strength_training")
    t0 = datetime(2024, 3, 30, 6, 30, tzinfo=UTC)  # the start in UTC
    assert summary["start_time"] == t0
    assert summary["total_timer_time"] == pytest.approx(session.seconds)
    assert summary["total_elapsed_time"] == 600.0  # start to end, pauses included
    assert len(fit["lap_mesgs"]) == 1 and summary["num_laps"] == 1
    sets = fit["set_mesgs"]
    assert [s["set_type"] for s in sets] == [
        "active" if is_active(st) else "rest" for st in session.steps
    ]
    assert [s["duration"] for s in sets] == [
        pytest.approx(st.actual_seconds) for st in session.steps
    ]
    assert [s.get("repetitions") for s in sets if s["set_type"] == "active"] == [8, None, 7]
    active = [s for s in sets if s["set_type"] == "active"]
    assert [s["category"] for s in active] == ["row", "unknown", "hyperextension"]
    assert [s["developer_fields"][0] for s in active] == [
        "Renegade row, left",
        "Rainbow",
        "Superman",
    ]
    assert sets[0]["start_time"] == t0
    assert sets[1]["start_time"] == t0 + timedelta(seconds=10)
    assert sets[-1]["start_time"] == t0 + timedelta(seconds=round(session.seconds - 30))


def test_every_bundled_routine_exports_each_move_with_its_category(tmp_path: Path) -> None:
    library = RoutineLibrary.load(bundled_routines_dir(), Path("/nonexistent"))
    sessions = []
    for n, loaded in enumerate(library.routines.values()):
        routine = loaded.routine
        timeline = plan(routine, IntervalSettings())
        sid = f"{n:08d}" + "f" * 24
        records: list[Record] = [start(sid, routine=routine.id, title=routine.title)]
        records += [
            StepDone(
                session=sid,
                index=i,
                kind=s.kind,
                exercise=s.exercise,
                exercise_id=s.exercise_id,
                side=s.side,
                round=s.round,
                planned_seconds=s.seconds,
                actual_seconds=s.seconds,
                reps=s.reps,
            )
            for i, s in enumerate(timeline.steps)
            if s.kind != "done"
        ]
        sessions.append(session_of(records))
    result = export_fit(sessions, tmp_path / "fit")
    assert result.skipped == 0 and len(result.written) == len(sessions) == 5
    for session, path in zip(sessions, result.written, strict=True):
        fit = decoded(path.read_bytes())
        active = [s for s in fit["set_mesgs"] if s["set_type"] == "active"]
        work = [st for st in session.steps if is_active(st)]
        assert len(active) == session.sets_done == len(work)
        assert [s.get("repetitions") for s in active] == [step_reps(st) for st in work]
        assert [s["duration"] for s in active] == [pytest.approx(st.actual_seconds) for st in work]
        for set_, st in zip(active, work, strict=True):
            known = MOVES.get(st.exercise_id or "")
            assert (set_["category"] != "unknown") == (known is not None), st.exercise_id
        assert sum(s["duration"] for s in fit["set_mesgs"]) == pytest.approx(session.seconds)


def test_file_names_sort_by_date_and_say_what_they_hold(tmp_path: Path) -> None:
    late = session_of([start("b" * 32, started_at="2024-05-02T01:00:00+02:00"), step(0, "b" * 32)])
    early = session_of([start("a" * 32, started_at="2024-05-01T23:30:00-04:00"), step(0, "a" * 32)])
    assert fit_file_name(late) == "2024-05-01_230000Z_one-dumbbell-back_bbbbbbbb.fit"
    assert fit_file_name(early) == "2024-05-02_033000Z_one-dumbbell-back_aaaaaaaa.fit"
    written = export_fit([early, late], tmp_path).written
    assert sorted(p.name for p in written) == [p.name for p in reversed(written)]


def test_nothing_done_or_still_running_is_left_out(tmp_path: Path) -> None:
    only_rest = session_of([start("r"), step(0, "r", kind="prepare")])
    running = session_of([start("x"), step(0, "x")])
    running.status = "running"
    result = export_fit([only_rest, running], tmp_path)
    assert result.written == [] and result.skipped == 2


def test_a_start_time_that_cannot_be_read_is_named() -> None:
    session = session_of([start(started_at="yesterday morning"), step(0)])
    with pytest.raises(FitExportError, match="yesterday morning"):
        fit_bytes(session)
