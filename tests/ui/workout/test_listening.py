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
    listening = listen_to(app, "cancel_workout.wav", tmp_path)
    try:
        qtbot.waitUntil(lambda: listening.actions == ["ask_stop"])
        assert view.caption.text() == "Stop the workout? Say “yes”."
        assert app.speaker.texts[-1] == "Stop the workout? Say yes."  # said, in the cues' language
        assert runner.controller.state == "running"
    finally:
        listening.stop()


def test_the_window_listens_when_the_preference_is_on_and_stops_on_leaving(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import backtrainer.listen.microphone
    from backtrainer.storage.preferences import Preferences, PreferencesStore

    monkeypatch.setattr(
        backtrainer.listen.microphone,
        "MicrophoneSource",
        lambda _device: WavSource(DATA / "pause.wav", lead=0.3),
    )
    store = PreferencesStore(tmp_path / "prefs")
    store.save(Preferences(listen=True))
    app = App(qtbot, preferences=store)
    try:
        start(app, "kettlebell-pull")
        listening = app.window.listening
        assert listening is not None
        qtbot.waitUntil(lambda: listening.actions == ["pause"])
        runner = app.window.runner
        assert runner is not None and runner.controller.state == "paused"
        app.window.show_picker()
        assert app.window.listening is None
        assert not listening.listener.alive
    finally:
        app.window.close()


def test_the_window_does_not_listen_by_default(app: App) -> None:
    start(app, "kettlebell-pull")
    assert app.window.listening is None


class _NoMicrophone:
    """A source like MicrophoneSource when the system has no audio input."""

    problem = "There is no microphone."
    finished = True

    def read(self, timeout: float) -> None:
        return None

    def close(self) -> None:
        pass


def test_without_a_microphone_the_mark_says_why_nothing_is_heard(
    app: App, qtbot: QtBot, tmp_path: Path
) -> None:
    view = start(app, "kettlebell-pull")
    runner = app.window.runner
    assert runner is not None
    listening = VoiceCommands(
        runner, view, view.caption, app.window.workout_command, _NoMicrophone(), tmp_path
    )
    try:
        qtbot.waitUntil(lambda: "There is no microphone." in listening.mark.text())
        assert listening.mark.text().startswith("○ Not listening")
        assert listening.mark.accessibleName() == listening.mark.text()
        assert listening.mark.isVisible()
    finally:
        listening.stop()


def test_a_cue_mutes_from_where_the_speaker_starts_it_to_its_end(
    app: App, qtbot: QtBot, tmp_path: Path
) -> None:
    start(app, "kettlebell-pull")
    runner, view = app.window.runner, app.window.workout
    assert runner is not None and view is not None
    speaker = app.speakers[-1]
    speaker.lengths["Halfway."] = 0.8
    speaker.leads["Halfway."] = 0.1
    now = 100.0
    listening = VoiceCommands(
        runner,
        view,
        view.caption,
        app.window.workout_command,
        WavSource(DATA / "wait.wav"),
        tmp_path / "cache",
        now=lambda: now,
    )
    try:
        listening.gate.clear()
        runner.cue.emit("Halfway.", "say")  # due now: the speaker started it 0.1 s ago
        assert listening.gate.muted(99.91, 99.92)
        assert listening.gate.muted(100.65, 100.66)  # its tail
        assert not listening.gate.muted(99.85, 99.88)
        assert not listening.gate.muted(100.7 + listening.gate.tail + 0.01, 101.5)
    finally:
        listening.stop()
