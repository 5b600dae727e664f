"""A launch's window (MainWindow's `paint_first`): the frame is painted, then the pages
are built. What is built, and in what order, is asserted; how long it takes is measured
by benchmarks/startup.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QShortcut
from pytestqt.qtbot import QtBot

from backtrainer.storage.preferences import FILE_NAME, PreferencesStore
from backtrainer.ui.main_window import MainWindow
from backtrainer.ui.messages import notices
from backtrainer.ui.window_actions import KEYS, _menu_actions
from tests.fakes import FakeSpeaker

MENUS = ["&File", "&Routine", "&View", "&Settings", "&Help"]


def launch(qtbot: QtBot, index: Path, preferences: PreferencesStore | None = None) -> MainWindow:
    """As `app.run_app` makes the window of a plain launch, not yet shown."""
    window = MainWindow(
        None,
        speaker_factory=lambda _s: FakeSpeaker(),
        preferences=preferences,
        routine_index=index,
        paint_first=True,
    )
    qtbot.addWidget(window)
    window.load_library_when_shown()
    return window


def menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_pages_menus_and_keys_come_after_the_first_paint(qtbot: QtBot, tmp_path: Path) -> None:
    window = launch(qtbot, tmp_path / "index.json")
    assert "picker" not in vars(window)
    assert window.pages.count() == 0
    assert menus(window) == []
    window.show()
    qtbot.waitUntil(lambda: window.library is not None, timeout=10_000)
    assert window.pages.currentWidget() is window.picker
    assert window.picker.routine_list.count() == len(window.library.routines)
    assert menus(window) == MENUS
    shortcuts = window.findChildren(QShortcut)
    assert len(shortcuts) == sum(len(names) for _keys, names, _what, _command in KEYS)
    window.close()


def test_a_problem_found_before_the_pages_shows_with_them(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / FILE_NAME).write_bytes(b"{not json")
    preferences = PreferencesStore()
    window = launch(qtbot, tmp_path / "index.json", preferences)
    assert window.voice.problem  # found as the frame was made...
    assert window._banner is None  # ...and shown by a banner made with the pages
    window.show()
    qtbot.waitUntil(lambda: "preferences" in window.banner.messages(), timeout=10_000)
    assert window.banner.messages()["preferences"] == notices.preferences(window.voice.problem)
    assert window.banner.isVisibleTo(window)
    window.close()


def test_a_theme_chosen_before_the_pages_are_built_is_kept(qtbot: QtBot, tmp_path: Path) -> None:
    window = launch(qtbot, tmp_path / "index.json")
    window.set_theme("dark")  # a palette change reaches the window: no banner to restyle
    assert window._banner is None
    window.show()
    qtbot.waitUntil(lambda: window.library is not None, timeout=10_000)
    assert window.current_theme() == "dark"
    themes = [(path, a) for path, a in _menu_actions(window.menuBar()) if "Theme" in path]
    assert [path for path, action in themes if action.isChecked()] == [["View", "Theme", "Dark"]]
    window.set_theme("system")
    window.close()
