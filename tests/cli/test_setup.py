"""Saved settings on the command line: `plan` and `--start` use them; options win."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backtrainer.core.customise import MoveSetup, RoutineSetup
from backtrainer.core.settings import IntervalSettings
from backtrainer.storage.setup_store import FILE_NAME, SetupStore
from tests.cli.test_main import run


def work_seconds(out: str) -> set[float]:
    return {s["seconds"] for s in json.loads(out)["steps"] if s["kind"] == "work"}


@pytest.fixture
def saved(data_dir: Path) -> SetupStore:
    store = SetupStore(data_dir)
    store.defaults = IntervalSettings(rest=20)
    store.put(
        "one-dumbbell-back",
        RoutineSetup(
            intervals=IntervalSettings(work=45), moves={"renegade-row": MoveSetup(seconds=40)}
        ),
    )
    store.put("kettlebell-pull", RoutineSetup(mode="conditioning"))
    store.save()
    return store


def test_plan_uses_saved_settings_and_options_win(
    capsys: pytest.CaptureFixture[str], saved: SetupStore
) -> None:
    code, out, err = run(capsys, "plan", "one-dumbbell-back", "--json")
    assert code == 0, err
    assert work_seconds(out) == {45, 40}  # the routine's work time, one move's own
    rests = {s["seconds"] for s in json.loads(out)["steps"] if s["kind"] == "rest"}
    assert rests == {20}  # the global default
    code, out, err = run(capsys, "plan", "one-dumbbell-back", "--json", "--work", "50")
    assert code == 0, err
    assert work_seconds(out) == {50, 40}  # the option over the routine's; a move's own stays


def test_saved_mode_and_mode_option(capsys: pytest.CaptureFixture[str], saved: SetupStore) -> None:
    code, out, err = run(capsys, "plan", "kettlebell-pull", "--json")
    assert code == 0, err
    assert json.loads(out)["mode"] == "conditioning"
    code, out, err = run(capsys, "plan", "kettlebell-pull", "--json", "--mode", "strength")
    assert code == 0, err
    assert json.loads(out)["mode"] == "strength"


def test_routines_lists_lengths_at_the_saved_settings(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, _ = run(capsys, "routines", "--json")
    before = {r["id"]: r["estimated_seconds"] for r in json.loads(out)}
    store = SetupStore(data_dir)
    store.put("best-back", RoutineSetup(intervals=IntervalSettings(rounds=1)))
    store.save()
    code, out, err = run(capsys, "routines", "--json")
    assert code == 0, err
    after = {r["id"]: r["estimated_seconds"] for r in json.loads(out)}
    assert after["best-back"] < before["best-back"]
    assert after["ultimate-back"] == before["ultimate-back"]


def test_a_bad_settings_file_stops_the_command_with_file_path_and_reason(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / FILE_NAME).write_text('{"routines": {"best-back": {"intervals": {"rounds": 0}}}}')
    code, out, err = run(capsys, "plan", "best-back")
    assert code == 2 and out == ""
    assert str(data_dir / FILE_NAME) in err
    assert "$.routines.best-back.intervals.rounds" in err and "between 1 and 20" in err
    assert (data_dir / FILE_NAME).exists()  # left as it is for the user to fix


def test_a_newer_settings_file_plans_with_the_defaults_and_says_so(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    newer = '{"schema_version": 2, "defaults": {"work": 45}}'
    (data_dir / FILE_NAME).write_text(newer)
    code, out, err = run(capsys, "plan", "best-back", "--json")
    assert code == 0, err
    assert "warning" in err and "newer BackTrainer (format 2" in err
    assert json.loads(out)["steps"]
    assert (data_dir / FILE_NAME).read_text() == newer
