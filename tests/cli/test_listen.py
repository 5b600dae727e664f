"""`backtrainer listen --file`, as a script would use it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_main import run
from tests.listen.helpers import DATA


def test_a_file_prints_its_commands_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "listen", "--file", str(DATA / "pause.wav"), "--json")
    assert code == 0
    [line] = out.splitlines()
    heard = json.loads(line)
    assert heard["command"] == "pause"
    assert heard["time"] > 0


def test_plain_output_names_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "listen", "--file", str(DATA / "cancel_workout.wav"))
    assert code == 0
    assert "stop" in out and "cancel workout" in out


def test_a_file_that_is_not_a_wav_is_refused_in_plain_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "notes.wav"
    bad.write_text("not audio", encoding="utf-8")
    code, out, err = run(capsys, "listen", "--file", str(bad))
    assert code == 2
    assert out == ""
    assert str(bad) in err and "not a WAV file" in err
    assert "Traceback" not in err
