"""The main window, run as a user would: pick, start, watch, pause, finish."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backtrainer.core.clock import FakeClock
from backtrainer.speech.speaker import VoiceSettings
from backtrainer.storage.preferences import PreferencesStore
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.ui.main_window import MainWindow
from backtrainer.ui.settings.voice_dialog import TEST_PHRASE
from tests.fakes import FakeSpeaker
from tests.ui.window import SHORT, App


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[App]:
    app = App(qtbot)
    yield app
    app.window.close()


def test_pick_start_count_down_pause_and_finish(app: App) -> None:
    app.pick("one-dumbbell-back")
    app.key(Qt.Key.Key_Return)
    workout = app.window.workout
    assert workout is not None and app.window.pages.currentWidget() is workout
    assert workout.phase.text() == "GET READY"
    # The 5 s get-ready grows to the 10 s the renegade row's set-up needs.
    assert app.countdown() == "10"
    assert app.speaker.texts[0] == (
        "Get ready. Get down into a plank, one hand on the dumbbell."
        " Next up: Renegade row, left, 5 seconds."
    )
    assert app.inhibitor.held

    app.advance(7)
    assert app.countdown() == "3"
    app.key(Qt.Key.Key_Space)
    assert app.window.runner is not None
    assert app.window.runner.controller.state == "paused"
    assert "PAUSED" in workout.phase.text()
    assert app.speaker.silenced == 1
    assert not app.inhibitor.held
    app.advance(3)
    assert app.countdown() == "3"  # time stands still while paused

    app.key(Qt.Key.Key_Space)
    app.advance(3.1)
    assert workout.phase.text() == "WORK"
    assert workout.exercise.text() == "Renegade row"
    assert workout.side.text() == "LEFT"
    assert workout.caption.text() == "“Left side, go.”"  # named in the get-ready just before

    remaining = app.window.runner.controller.timeline.total_seconds
    app.advance(remaining)
    assert app.window.pages.currentWidget() is app.window.summary
    summary = app.window.summary.text.text()
    assert "Workout complete" in summary
    assert "Sets done: 8 of 8" in summary
    assert app.speaker.texts[-1] == "Done. Workout complete, well done!"
    assert app.speaker.silenced == 1  # "Done" plays out on the summary screen
    app.key(Qt.Key.Key_Return)
    assert app.window.pages.currentWidget() is app.window.picker
    assert app.speaker.silenced == 2  # leaving the summary ends the session's speech

    app.key(Qt.Key.Key_Return)  # a second workout reuses the app's one speaker
    assert len(app.speakers) == 1
    assert app.speaker.texts[-1].startswith("Get ready.")


def test_the_runner_timer_polls_on_its_own(app: App) -> None:
    app.window.picker.start_button.click()
    assert app.countdown() == "5"
    app.clock.advance(1.5)
    app.qtbot.waitUntil(lambda: app.countdown() == "4", timeout=2000)


def test_keys_skip_go_back_and_change_time(app: App) -> None:
    app.pick("one-dumbbell-back")
    app.window.picker.start_button.click()
    runner = app.window.runner
    assert runner is not None
    app.key(Qt.Key.Key_N)
    assert runner.controller.step_index == 1
    app.key(Qt.Key.Key_Right)
    assert runner.controller.step_index == 2
    app.key(Qt.Key.Key_B)
    assert runner.controller.step_index == 1
    app.key(Qt.Key.Key_Plus)
    assert app.countdown() == "15"
    app.key(Qt.Key.Key_Minus)
    assert app.countdown() == "5"


def test_escape_asks_before_stopping_and_keeps_going_on_no(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([False, True])
    asked: list[bool] = []

    def confirm(cls: type, parent: object) -> bool:
        asked.append(True)
        return next(answers)

    monkeypatch.setattr(MainWindow, "confirm_stop", classmethod(confirm))
    app.pick("best-back")
    app.window.picker.start_button.click()
    runner = app.window.runner
    assert runner is not None
    app.key(Qt.Key.Key_Escape)
    assert asked == [True]
    assert runner.controller.state == "running"
    app.key(Qt.Key.Key_Escape)
    assert runner.controller.state == "stopped"
    assert app.window.pages.currentWidget() is app.window.summary
    assert "Workout stopped" in app.window.summary.text.text()


def test_closing_the_window_mid_workout_shuts_everything_down(app: App) -> None:
    app.window.picker.start_button.click()
    app.advance(1)
    app.window.close()
    assert app.speaker.shut_down
    assert not app.inhibitor.held


def test_without_a_voice_the_window_says_what_to_install(qtbot: QtBot) -> None:
    window = MainWindow(
        RoutineLibrary.load(),
        settings=SHORT,
        clock=FakeClock(),
        speaker_factory=lambda _settings: FakeSpeaker("Install espeak-ng."),
    )
    qtbot.addWidget(window)
    window.picker.start_button.click()  # the speaker is made, the banner says it
    from backtrainer.ui.messages import notices

    assert window.banner.messages()["voice"] == notices.voice("Install espeak-ng.")
    assert "Install espeak-ng." not in window.banner.messages()["voice"]  # to the log
    assert window.workout is not None
    assert window.workout.notice.text() == ""  # the countdown keeps its room
    assert window.workout.caption.text().startswith("“Get ready.")
    window.close()


def test_the_theme_menu_switches_to_dark_and_back(app: App) -> None:
    from PySide6.QtGui import QGuiApplication, QPalette

    before = QGuiApplication.palette().color(QPalette.ColorRole.Window)

    view = next(a.menu() for a in app.window.menuBar().actions() if a.text() == "&View")
    assert view is not None
    theme = next(a.menu() for a in view.actions() if a.text() == "&Theme")
    assert theme is not None
    actions = {a.text(): a for a in theme.actions()}
    try:
        actions["&Dark"].trigger()
        assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        actions["&Light"].trigger()
        assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() > 128
    finally:
        actions["&System"].trigger()
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == before


def test_voice_settings_are_applied_saved_and_used_next_time(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backtrainer.ui.settings.voice_dialog import CueChoices, VoiceDialog

    made: list[tuple[FakeSpeaker, VoiceSettings]] = []

    def factory(settings: VoiceSettings) -> FakeSpeaker:
        made.append((FakeSpeaker(), settings))
        return made[-1][0]

    chosen = VoiceSettings(voice=None, rate=140, volume=0.6, beeps=True, language="en")

    def ask(
        cls: type,
        parent: object,
        current: VoiceSettings,
        voices: object,
        test: Callable[[VoiceSettings], None],
        problem: object,
        cues: CueChoices,
    ) -> tuple[VoiceSettings, CueChoices]:
        assert current == VoiceSettings(language="en")  # the defaults; the locale's language
        test(chosen)  # the user presses Test before OK
        return chosen, cues

    monkeypatch.setattr(VoiceDialog, "ask", classmethod(ask))
    window = MainWindow(
        RoutineLibrary.load(),
        speaker_factory=factory,
        clock=FakeClock(),
        preferences=PreferencesStore(tmp_path),
    )
    qtbot.addWidget(window)
    window.edit_voice()
    speaker, _ = made[0]
    assert speaker.texts == [TEST_PHRASE]
    assert speaker.configured[-1] == chosen
    window.picker.start_button.click()
    assert window.runner is not None and window.runner.beeps is True
    window.close()
    assert speaker.shut_down

    again = MainWindow(
        RoutineLibrary.load(),
        speaker_factory=factory,
        clock=FakeClock(),
        preferences=PreferencesStore(tmp_path),
    )
    qtbot.addWidget(again)
    again.picker.start_button.click()
    assert made[-1][1] == chosen  # the saved voice survives a restart
    again.close()


def test_selecting_a_routine_renders_its_cues_ahead(app: App) -> None:
    from backtrainer.core.planner import plan

    app.pick("best-back")
    routine = app.window.library.routines["best-back"].routine  # type: ignore[union-attr]
    assert set(plan(routine, SHORT).phrases()) <= app.speaker.prepared


def test_disabled_text_looks_disabled_in_the_dark_theme(app: App) -> None:
    from PySide6.QtGui import QGuiApplication, QPalette

    app.window.themes.apply("dark")
    try:
        palette = QGuiApplication.palette()
        on = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
        off = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        assert on.lightness() - off.lightness() > 80
    finally:
        app.window.themes.apply("system")


def test_the_session_waits_for_its_first_cue_to_be_rendered(app: App, qtbot: QtBot) -> None:
    first = (
        "Get ready. Get down into a plank, one hand on the dumbbell."
        " Next up: Renegade row, left, 5 seconds."
    )
    app.pick("one-dumbbell-back")
    app.speaker.unready.add(first)
    app.window.picker.start_button.click()
    runner = app.window.runner
    assert runner is not None
    qtbot.wait(60)
    assert runner.controller.state == "ready"  # nothing spoken late: it waits
    assert app.window.workout is not None
    assert app.window.workout.caption.text() == "Preparing the voice…"
    app.speaker.unready.clear()
    qtbot.waitUntil(lambda: runner.controller.state == "running", timeout=1000)
    assert app.speaker.texts[0] == first


def test_an_unrenderable_first_cue_delays_the_start_by_at_most_the_limit(
    app: App, qtbot: QtBot
) -> None:
    from backtrainer.ui.workout.runner import VOICE_WAIT

    app.pick("best-back")
    app.speaker.unready.add("Get ready. Next up: Kettlebell swing, 10 reps.")
    app.speaker.unready |= app.speaker.prepared  # nothing ever becomes ready
    app.window.picker.start_button.click()
    runner = app.window.runner
    assert runner is not None
    qtbot.waitUntil(
        lambda: runner.controller.state == "running", timeout=int(VOICE_WAIT * 1000) + 1000
    )


def test_pause_turns_the_screen_grey_and_resume_restores_the_phase(app: App) -> None:
    app.window.picker.start_button.click()
    workout = app.window.workout
    assert workout is not None
    app.key(Qt.Key.Key_Space)
    assert "#4a4a4a" in workout.styleSheet()
    assert "PAUSED" in workout.phase.text()
    app.key(Qt.Key.Key_Space)
    assert "#f5b700" in workout.styleSheet()  # get ready, again
    assert workout.phase.text() == "GET READY"


def test_the_shortcuts_list_every_workout_key(app: App) -> None:
    from backtrainer.ui.window_actions import KEYS, shortcut_rows

    rows = shortcut_rows(app.window)
    for keys, _codes, what, _command in KEYS:
        assert (keys, f"Workout: {what}") in rows


def test_every_workout_key_is_named_as_qt_reads_it() -> None:
    """The keys are named, not `Qt.Key`s (see ui.window_actions): a name Qt misreads
    would give a shortcut that never fires."""
    from PySide6.QtGui import QKeySequence

    from backtrainer.ui.window_actions import KEYS

    meant = {
        "Space": Qt.Key.Key_Space,
        "Toggle Media Play/Pause": Qt.Key.Key_MediaTogglePlayPause,
        "Media Play": Qt.Key.Key_MediaPlay,
        "Media Pause": Qt.Key.Key_MediaPause,
        "Right": Qt.Key.Key_Right,
        "N": Qt.Key.Key_N,
        "Left": Qt.Key.Key_Left,
        "B": Qt.Key.Key_B,
        "+": Qt.Key.Key_Plus,
        "=": Qt.Key.Key_Equal,
        "-": Qt.Key.Key_Minus,
        "_": Qt.Key.Key_Underscore,
        "F": Qt.Key.Key_F,
        "F11": Qt.Key.Key_F11,
        "Esc": Qt.Key.Key_Escape,
    }
    names = [name for _keys, names, _what, _command in KEYS for name in names]
    read = {
        name: [QKeySequence(name)[i].key() for i in range(QKeySequence(name).count())]
        for name in names
    }
    assert read == {name: [key] for name, key in meant.items()}


def test_the_work_screen_shows_the_moves_form_and_tones_by_their_meaning(app: App) -> None:
    from backtrainer.core import phrases
    from backtrainer.ui.workout.view import caption

    app.pick("one-dumbbell-back")
    app.key(Qt.Key.Key_Return)
    workout = app.window.workout
    assert workout is not None
    assert not workout.form.isVisible()  # shown on demand: the I key
    app.advance(10.1)
    assert workout.exercise.text() == "Renegade row"
    assert workout.form.text().startswith("Hips square, row to your ribs.")
    assert "flat, stable shape" in workout.form.text()  # the window passes the safety line
    assert caption(phrases.TONE_UP) == "▲ lift"
    assert caption("Halfway.") == "“Halfway.”"


def test_the_workout_is_paced_in_the_style_the_voice_settings_chose(
    qtbot: QtBot, data_dir: Path
) -> None:
    from backtrainer.core import phrases

    data_dir.mkdir(parents=True, exist_ok=True)
    prefs = {"schema_version": 1, "tempo": "sounds", "form_reminders": False}
    (data_dir / "preferences.json").write_text(json.dumps(prefs))
    app = App(qtbot, preferences=PreferencesStore())
    app.pick("best-back")
    app.key(Qt.Key.Key_Return)
    assert app.window.runner is not None
    said = [c for s in app.window.runner.controller.timeline.steps for c in s.cues]
    assert {phrases.TONE_UP, phrases.TONE_DOWN} <= {c.text for c in said}
    assert not any(c.kind == "form" for c in said)
    assert phrases.TONE_UP in app.speaker.prepared  # rendered ahead like any phrase
    app.window.close()


def test_the_schedule_is_laid_out_again_with_the_voices_real_lengths(app: App) -> None:
    from backtrainer.core import spoken

    app.pick("best-back")
    app.window.voice.speaker()  # rendered ahead on selection; the fake knows its lengths
    first = "Get ready. Next up: Kettlebell swing, 10 reps."
    app.speaker.lengths[first] = 1.25
    app.key(Qt.Key.Key_Return)
    assert app.window.runner is not None
    steps = app.window.runner.controller.timeline.steps
    assert steps[0].cues[0].text == first
    assert steps[0].cues[0].seconds == 1.25  # the voice's, not the estimate
    go = steps[1].cues[0]
    assert go.seconds == spoken.estimate(go.text)  # not rendered yet: the estimate stands
