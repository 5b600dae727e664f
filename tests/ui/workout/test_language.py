"""A workout in the language chosen in Settings > Voice: the routine's own texts (move
names) and the cues are German, and the saved routine stays in its English."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backtrainer.storage import paths
from backtrainer.storage.preferences import FILE_NAME, PreferencesStore
from tests.ui.window import App

MATCH_ALL = Qt.MatchFlag.MatchContains


def test_a_german_workout_names_its_moves_in_german(qtbot: QtBot) -> None:
    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FILE_NAME).write_text(json.dumps({"schema_version": 1, "language": "de"}))
    app = App(qtbot, preferences=PreferencesStore(folder))
    app.window.start("best-back")
    assert app.window.workout is not None
    shown = {label.text() for label in app.window.workout.findChildren(QLabel)}
    assert "Kettlebell-Swing" in shown
    assert "Kettlebell-Swing" in app.speaker.texts[0]  # "Mach dich bereit. … Als Nächstes: …"
    assert app.window.library is not None
    assert app.window.library.routines["best-back"].routine.title == "Best Back Workout"


def test_the_routine_list_names_the_routines_in_that_language(qtbot: QtBot) -> None:
    """The list, as the detail pane and the workout: "Bestes Rückentraining", not the
    file's English title."""
    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FILE_NAME).write_text(json.dumps({"schema_version": 1, "language": "de"}))
    app = App(qtbot, preferences=PreferencesStore(folder))
    app.window.load_library()
    listed = [item.text() for item in app.window.picker.routine_list.findItems("", MATCH_ALL)]
    assert any(text.startswith("Bestes Rückentraining\n") for text in listed)
    assert not any(text.startswith("Best Back Workout\n") for text in listed)
