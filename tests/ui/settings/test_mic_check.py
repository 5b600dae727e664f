"""The Voice dialog's microphone check: "Say 'pause' to test" with a live level meter, run
on a WAV file in place of the microphone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QProgressBar
from pytestqt.qtbot import QtBot

from backtrainer.listen.source import AudioSource, Block, WavSource
from backtrainer.ui.settings.mic_check import MicCheck, nothing, works
from tests.listen.helpers import DATA


class _Watched:
    """A WAV file in place of the microphone; remembers which device was asked for."""

    def __init__(self, name: str) -> None:
        self.source = WavSource(DATA / name, lead=0.3)
        self.opened: list[str | None] = []

    def open(self, device_id: str | None) -> AudioSource:
        self.opened.append(device_id)
        return self.source


class _NoMicrophone:
    problem = "There is no microphone."
    finished = True

    def read(self, timeout: float) -> Block | None:
        return None

    def close(self) -> None:
        pass


def check(qtbot: QtBot, tmp_path: Path, open_source: object) -> tuple[MicCheck, QProgressBar]:
    meter, line = QProgressBar(), QLabel()
    qtbot.addWidget(meter)
    qtbot.addWidget(line)
    return MicCheck(meter, line, open_source, tmp_path, seconds=30.0), meter  # type: ignore[arg-type]


def test_a_spoken_pause_passes_and_the_meter_moved(qtbot: QtBot, tmp_path: Path) -> None:
    watched = _Watched("pause.wav")
    mic, meter = check(qtbot, tmp_path, watched.open)
    mic.start("mic-1")
    qtbot.waitUntil(lambda: not mic.running)
    assert mic.passed and mic.line.text() == works()
    assert watched.opened == ["mic-1"]
    assert meter.value() == 0  # the meter rests once the test is over


def test_the_last_word_of_a_source_that_ended_is_heard_before_the_verdict(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The file ends, the worker with it, and the poll comes before the "pause" the worker
    sent on its way out (a queued signal not delivered yet): the word still counts."""
    mic, _meter = check(qtbot, tmp_path, _Watched("pause.wav").open)
    mic.start(None)
    listener = mic._listener
    assert listener is not None
    listener._thread.join(30)  # ended, its "pause" queued to this thread, not delivered
    mic._poll()
    assert mic.passed and mic.line.text() == works()


def test_another_word_says_so_and_silence_says_nothing_was_heard(
    qtbot: QtBot, tmp_path: Path
) -> None:
    mic, _meter = check(qtbot, tmp_path, _Watched("wait.wav").open)
    mic.start(None)
    qtbot.waitUntil(lambda: not mic.running)
    assert not mic.passed
    assert mic.line.text().startswith("Heard something") or mic.line.text() == nothing()


def test_without_a_microphone_the_line_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    mic, _meter = check(qtbot, tmp_path, lambda _device: _NoMicrophone())
    mic.start(None)
    qtbot.waitUntil(lambda: not mic.running)
    assert mic.line.text() == "There is no microphone."
    assert not mic.passed
