"""`backtrainer self-check`: every routine loaded and planned in every mode."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from backtrainer.core import planner
from backtrainer.storage import paths
from tests.cli.test_main import run

BUNDLED = sorted(p.stem for p in paths.bundled_routines_dir().glob("*.json"))


def line_of(out: str, name: str) -> str:
    (line,) = [line for line in out.splitlines() if line.split()[1:2] == [name]]
    return line


def test_bundled_routines_pass_with_one_line_each_and_a_total(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "self-check")
    assert code == 0, err
    assert err == ""
    for routine_id in BUNDLED:
        assert line_of(out, routine_id).startswith("ok ")
    assert line_of(out, "speech").startswith("ok ")
    assert out.splitlines()[-1].startswith(f"{len(BUNDLED)} routines checked: {len(BUNDLED)} ok")


def test_every_mode_is_planned(capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _err = run(capsys, "self-check")
    assert "strength" in line_of(out, "kettlebell-pull")
    assert "conditioning" in line_of(out, "kettlebell-pull")


def test_a_broken_user_routine_fails_naming_the_file_and_the_reason(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    (data_dir / "routines").mkdir(parents=True)
    (data_dir / "routines" / "broken.json").write_text('{"id": "broken",', encoding="utf-8")
    code, out, err = run(capsys, "self-check")
    assert code == 2
    assert line_of(out, "broken.json").startswith("FAIL")
    assert "not valid JSON" in line_of(out, "broken.json")
    assert "broken.json" in err and "not valid JSON" in err
    assert "1 failed" in out.splitlines()[-1]


def test_a_mode_that_cannot_be_planned_fails_naming_routine_and_mode(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_plan = planner.plan

    def plan(routine: Any, settings: Any = None, mode: str | None = None) -> Any:
        if mode == "conditioning":
            raise ValueError("no room for the rest")
        return real_plan(routine, settings, mode)

    monkeypatch.setattr(planner, "plan", plan)
    code, out, err = run(capsys, "self-check")
    assert code == 2
    line = line_of(out, "kettlebell-pull")
    assert line.startswith("FAIL") and "mode conditioning" in line and "no room" in line
    assert "kettlebell-pull: mode conditioning" in err


def test_a_missing_speech_driver_fails(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, package: str | None = None) -> Any:
        return None if name.startswith("pyttsx3.drivers.") else real_find_spec(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    code, out, _err = run(capsys, "self-check")
    assert code == 2
    assert line_of(out, "speech").startswith("FAIL")
    assert out.splitlines()[-1].endswith("speech driver missing")


def test_self_check_needs_no_qt() -> None:
    """It is the headless smoke test of a bundle: it must not load Qt."""
    code = (
        "import sys; from backtrainer.cli.main import main\n"
        "status = main(['self-check'])\n"
        "sys.stderr.write(str(sorted(n for n in sys.modules if n.startswith('PySide6'))))\n"
        "sys.exit(status)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("[]")
