"""One writer per data folder: a second BackTrainer on the same folder (one that could
not hand its launch to the first) changes neither the preferences nor the settings."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from backtrainer.core.settings import IntervalSettings
from backtrainer.storage import paths
from backtrainer.storage.preferences import FILE_NAME as PREFERENCES
from backtrainer.storage.preferences import PreferencesStore
from backtrainer.storage.setup_store import FILE_NAME as SETTINGS
from backtrainer.storage.writer import FolderWriter
from tests.ui.window import App


def test_the_second_window_saves_no_theme_and_no_settings(qtbot: QtBot) -> None:
    folder: Path = paths.data_dir()
    (folder / PREFERENCES).parent.mkdir(parents=True, exist_ok=True)
    (folder / PREFERENCES).write_text(json.dumps({"schema_version": 1, "theme": "light"}))
    first = FolderWriter(folder)
    assert first.claim()  # the first BackTrainer, still open
    try:
        second = FolderWriter(folder)
        app = App(qtbot, preferences=PreferencesStore(folder, writer=second), writer=second)
        app.window.set_theme("dark")
        assert "Another BackTrainer is open" in app.window.banner.messages()["preferences"]
        assert json.loads((folder / PREFERENCES).read_text())["theme"] == "light"
        problem = app.window.setups.put_defaults(IntervalSettings(work=45))
        assert problem is not None and "Another BackTrainer is open" in problem
        assert not (folder / SETTINGS).exists()
    finally:
        first.release()
    app.window.set_theme("dark")  # the first one quit: this one is the writer now
    assert json.loads((folder / PREFERENCES).read_text())["theme"] == "dark"
