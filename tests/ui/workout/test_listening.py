"""Voice commands in the window: a heard word acts as its key, and says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backtrainer.listen.source import WavSource
from backtrainer.ui.workout.listening import VoiceCommands
from tests.listen.helpers import DATA
from tests.ui.window import App
from tests.ui.workout.test_screen import start


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[App]:
    app = App(qtbot)
    yield app
    app.window.close()


def listen_to(app: App, name: str, tmp_path: Path) -> VoiceCommands:
    runner, view = app.window.runner, app.window.workout
    assert runner is not None and view is not None
    return VoiceCommands(
        runner,
        view,
        view.caption,
        app.window.workout_command,
        WavSource(DATA / name, lead=0.3),
        tmp_path / "cache",
    )


def test_pause_pauses_like_the_space_key_and_shows_what_was_heard(
    app: App, qtbot: QtBot, tmp_path: Path
) -> None:
    view = start(app, "kettlebell-pull")
    runner = app.window.runner
    assert runner is not None
    qtbot.waitUntil(lambda: runner.controller.state == "running")
    listening = listen_to(app, "pause.wav", tmp_path)
    try:
        assert listening.mark.isVisible()
        qtbot.waitUntil(lambda: listening.actions == ["pause"])
        assert runner.controller.state == "paused"
        assert view.caption.text() == "Heard: pause"
    finally:
        listening.stop()
    assert not listening.listener.alive
    again = listen_to(app, "resume.wav", tmp_path)
    try:
        qtbot.waitUntil(lambda: again.actions == ["resume"])
        assert runner.controller.state == "running"
    finally:
        again.stop()


def test_stop_workout_asks_first(app: App, qtbot: QtBot, tmp_path: Path) -> None:
    view = start(app, "kettlebell-pull")
    runner = app.window.runner
    assert runner is not None
    qtbot.waitUntil(lambda: runner.controller.state == "running")
    listening = listen_to(app, "stop_workout.wav", tmp_path)
    try:
        qtbot.waitUntil(lambda: listening.actions == ["ask_stop"])
        assert view.caption.text() == "Stop the workout? Say yes."
        assert runner.controller.state == "running"
    finally:
        listening.stop()
