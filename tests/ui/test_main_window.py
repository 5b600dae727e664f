"""The main window on the screen: its size and place."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from backtrainer.storage.window_state import FILE_NAME, WindowStateStore
from tests.ui.window import App


def available() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def start(app: App, routine: str = "one-dumbbell-back") -> None:
    app.pick(routine)
    app.window.picker.start_button.click()
    assert app.window.workout is not None


# -- size and place ---------------------------------------------------------------------


def test_the_first_launch_never_exceeds_the_available_screen(qtbot: QtBot) -> None:
    app = App(qtbot, window_state=WindowStateStore())
    window = app.window
    assert window.isVisible()
    assert available().contains(window.frameGeometry())
    # The offscreen screen is smaller than the preferred 1200 x 760: it takes the screen.
    assert window.isMaximized()
    window.close()


def test_size_place_and_maximised_round_trip(qtbot: QtBot, data_dir: Path) -> None:
    first = App(qtbot, window_state=WindowStateStore())
    first.window.showNormal()
    first.window.setGeometry(QRect(30, 40, 600, 450))
    first.window.close()
    assert json.loads((data_dir / FILE_NAME).read_text())["geometry"] == {
        "x": 30,
        "y": 40,
        "width": 600,
        "height": 450,
    }

    second = App(qtbot, window_state=WindowStateStore())
    assert second.window.geometry() == QRect(30, 40, 600, 450)
    assert not second.window.isMaximized()
    second.window.showMaximized()
    second.window.close()

    third = App(qtbot, window_state=WindowStateStore())
    assert third.window.isMaximized()
    assert third.window.normalGeometry() == QRect(30, 40, 600, 450)  # un-maximised: as left
    third.window.close()


def test_a_saved_place_too_large_for_this_screen_is_fitted_onto_it(
    qtbot: QtBot, data_dir: Path
) -> None:
    """Left on a large monitor, opened on a small one."""
    data_dir.mkdir(parents=True, exist_ok=True)
    big = {"x": 1900, "y": 1200, "width": 2400, "height": 1300}
    (data_dir / FILE_NAME).write_text(json.dumps({"geometry": big}))
    app = App(qtbot, window_state=WindowStateStore())
    window = app.window
    assert not window.isMaximized()
    screen = available()
    inside = window.geometry()
    assert screen.contains(inside)
    assert inside.width() < screen.width() and inside.height() < screen.height()  # a frame
    assert screen.contains(window.frameGeometry())
    window.close()


def test_the_window_can_be_as_small_as_1024_by_600(qtbot: QtBot) -> None:
    """With a frame around it, and every button of a workout still there."""
    app = App(qtbot)
    room = QSize(1024 - 8, 600 - 40)
    assert app.window.minimumSizeHint().boundedTo(room) == app.window.minimumSizeHint()
    start(app)
    workout = app.window.workout
    assert workout is not None
    assert app.window.minimumSizeHint().boundedTo(room) == app.window.minimumSizeHint()
    app.window.showNormal()
    app.window.resize(room)
    app.qtbot.waitUntil(lambda: app.window.size() == room)
    for button in workout.buttons.values():
        corner = button.mapTo(app.window, button.rect().bottomRight())
        assert button.isVisible() and app.window.rect().contains(corner)
    app.window.close()


def test_the_routine_editor_fits_the_screen(qtbot: QtBot) -> None:
    from backtrainer.storage.routine_files import duplicate, taken_ids
    from backtrainer.storage.routines import RoutineLibrary
    from backtrainer.ui.editor.dialog import RoutineEditor

    library = RoutineLibrary.load()
    copy = duplicate(library.routines["best-back"].routine, taken_ids(library))
    dialog = RoutineEditor(copy)
    qtbot.addWidget(dialog)
    size = dialog.size()
    assert size.width() <= available().width() and size.height() <= available().height()
    assert dialog.minimumSizeHint().height() <= 600 - 40
