"""The main window on the screen: its size and place, full screen, and quitting."""

from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from backtrainer.core.history import Session
from backtrainer.desktop import quit_on_signal
from backtrainer.storage.window_state import FILE_NAME, WindowStateStore
from backtrainer.ui.app import open_history
from backtrainer.ui.main_window import MainWindow
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


# -- full screen ------------------------------------------------------------------------


def test_full_screen_shows_the_workout_alone_and_its_button_says_what_it_does(
    qtbot: QtBot,
) -> None:
    app = App(qtbot)
    window = app.window
    window.statusBar().showMessage("Could not save the theme.")
    start(app)
    workout = window.workout
    assert workout is not None
    button = workout.buttons["fullscreen"]
    assert button.text() == "Full screen  [F]"

    app.key(Qt.Key.Key_F)
    assert window.isFullScreen()
    assert window.menuBar().isHidden() and window.statusBar().isHidden()
    assert button.text() == "Leave full screen  [F]"
    assert window.runner is not None and window.runner.controller.state == "running"

    app.key(Qt.Key.Key_F11)
    assert not window.isFullScreen()
    assert not window.menuBar().isHidden() and not window.statusBar().isHidden()
    assert button.text() == "Full screen  [F]"

    qtbot.mouseDClick(workout.buttons["plus"], Qt.MouseButton.LeftButton)
    assert not window.isFullScreen()  # two quick presses of a button are just that
    qtbot.mouseDClick(workout.countdown, Qt.MouseButton.LeftButton)  # anywhere else on it
    assert window.isFullScreen() and button.text() == "Leave full screen  [F]"
    button.click()
    assert not window.isFullScreen()
    window.close()


def test_a_status_bar_not_shown_before_full_screen_stays_hidden_after(qtbot: QtBot) -> None:
    window = App(qtbot).window
    assert window.findChild(QStatusBar) is None  # no message: no strip
    window.toggle_fullscreen()
    window.statusBar().showMessage("")  # made in full screen: hidden
    assert window.statusBar().isHidden()
    window.escape()
    assert not window.isFullScreen() and window.statusBar().isHidden()
    window.statusBar().showMessage("Could not save the theme.")
    assert not window.statusBar().isHidden()  # a later message shows it
    window.toggle_fullscreen()
    window.statusBar().showMessage("The history could not be saved.")
    assert window.statusBar().isHidden()
    window.toggle_fullscreen()
    assert not window.statusBar().isHidden()
    window.close()


def test_the_menus_keys_work_in_full_screen(qtbot: QtBot) -> None:
    app = App(qtbot, history=open_history)
    app.window.toggle_fullscreen()
    assert app.window.menuBar().isHidden()
    app.qtbot.keyClick(
        app.window.picker.routine_list, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier
    )
    assert app.window.history.view is not None
    assert app.window.pages.currentWidget() is app.window.history.view
    app.window.close()


def test_leaving_full_screen_returns_to_maximised(qtbot: QtBot) -> None:
    window = App(qtbot).window
    window.showMaximized()
    window.toggle_fullscreen()
    window.toggle_fullscreen()
    assert window.isMaximized() and not window.isFullScreen()
    window.close()


def test_full_screen_is_remembered_for_the_next_start(qtbot: QtBot) -> None:
    first = App(qtbot, window_state=WindowStateStore())
    assert not first.window.saved.fullscreen
    start(first)
    first.key(Qt.Key.Key_F)
    first.window.close()
    assert WindowStateStore().load().fullscreen

    second = App(qtbot, window_state=WindowStateStore())
    assert second.window.saved.fullscreen  # app.run_app opens a --start full screen
    assert not second.window.isFullScreen()  # but not the routine list
    second.window.show_as_asked(False)  # --no-fullscreen: remembered too
    second.window.close()
    assert not WindowStateStore().load().fullscreen


def test_opened_full_screen_it_leaves_it_to_its_saved_size(qtbot: QtBot) -> None:
    store = WindowStateStore()
    first = App(qtbot, window_state=store)
    first.window.showNormal()
    first.window.setGeometry(QRect(30, 40, 600, 450))
    first.window.close()
    window = MainWindow(None, speaker_factory=lambda _s: pytest.fail(), window_state=store)
    qtbot.addWidget(window)
    window.show_as_asked(True)  # as `--start ROUTINE --fullscreen` does
    assert window.isFullScreen() and window.menuBar().isHidden()
    window.toggle_fullscreen()
    assert window.geometry() == QRect(30, 40, 600, 450)
    window.close()


def test_opened_full_screen_where_it_was_maximised_it_leaves_it_maximised(
    qtbot: QtBot,
) -> None:
    store = WindowStateStore()
    first = App(qtbot, window_state=store)  # the offscreen screen is small: maximised
    assert first.window.isMaximized()
    first.window.close()
    window = MainWindow(None, speaker_factory=lambda _s: pytest.fail(), window_state=store)
    qtbot.addWidget(window)
    window.show_as_asked(True)
    window.toggle_fullscreen()
    assert window.isMaximized() and not window.isFullScreen()
    window.close()


# -- quitting ---------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["ctrl+q", "close"])
def test_quitting_mid_workout_asks_and_the_next_launch_offers_to_resume(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    answers = iter([False, True])
    asked: list[str] = []

    def confirm(cls: type, parent: MainWindow) -> bool:
        assert parent.runner is not None
        asked.append(parent.runner.controller.state)
        return next(answers)

    monkeypatch.setattr(MainWindow, "confirm_quit", classmethod(confirm))
    app = App(qtbot, history=open_history)
    window = app.window

    def quit_() -> None:
        if how == "ctrl+q":
            app.qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        else:
            window.close()

    start(app)
    app.advance(12)  # past the get-ready, into the first set
    runner = window.runner
    assert runner is not None
    step, left = runner.controller.step_index, runner.controller.remaining()
    assert step == 1

    quit_()
    assert asked == ["paused"]  # paused while asking
    assert window.isVisible()
    assert runner.controller.state == "running"  # No: on it goes, where it was
    assert (runner.controller.step_index, runner.controller.remaining()) == (step, left)

    app.advance(5.5)  # into the next step
    assert runner.controller.step_index == step + 1
    quit_()
    assert asked == ["paused", "paused"]
    assert not window.isVisible() and window.runner is None

    offered: list[Session] = []

    def ask_resume(cls: type, parent: object, session: Session) -> bool:
        offered.append(session)
        return False

    monkeypatch.setattr(MainWindow, "ask_resume", classmethod(ask_resume))
    again = App(qtbot, history=open_history)
    qtbot.waitUntil(lambda: len(offered) == 1)
    (session,) = offered
    assert session.routine == "one-dumbbell-back"
    assert session.last_index + 1 == step + 1  # it would resume at the step it was on
    again.window.close()


def test_shutting_down_with_the_window_open_ends_what_closing_ends(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As `run_app` does when the loop ends with the window open (a launch that lost the
    race to another hides its window and exits): the speaker is shut down (its worker had
    kept the process alive), the history closed, the workout left to be resumed."""
    app = App(qtbot, history=open_history)
    start(app)
    app.advance(12)
    speaker = app.speaker
    app.window.shut_down()
    assert speaker.shut_down
    assert app.window.runner is None

    offered: list[Session] = []
    monkeypatch.setattr(
        MainWindow, "ask_resume", classmethod(lambda cls, parent, s: offered.append(s) or False)
    )
    again = App(qtbot, history=open_history)  # the history's lock was let go
    qtbot.waitUntil(lambda: len(offered) == 1)
    assert offered[0].routine == "one-dumbbell-back"
    again.window.close()
    app.window.close()  # and closing after it is harmless


def test_quitting_a_paused_workout_and_saying_no_leaves_it_paused(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "confirm_quit", classmethod(lambda cls, parent: False))
    app = App(qtbot)
    start(app)
    app.key(Qt.Key.Key_Space)
    app.window.close()
    assert app.window.isVisible()
    assert app.window.runner is not None and app.window.runner.controller.state == "paused"
    monkeypatch.setattr(MainWindow, "confirm_quit", classmethod(lambda cls, parent: True))
    app.window.close()
    assert not app.window.isVisible()


def test_a_signal_closes_the_window_mid_workout_without_asking(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A logout must not wait for an answer: the workout is left to be resumed."""
    monkeypatch.setattr(MainWindow, "confirm_quit", classmethod(lambda cls, p: pytest.fail()))
    monkeypatch.setattr(quit_on_signal, "_received", [signal.SIGTERM])
    app = App(qtbot)
    start(app)
    app.window.close()
    assert not app.window.isVisible() and app.window.runner is None


def test_quitting_outside_a_workout_asks_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "confirm_quit", classmethod(lambda cls, p: pytest.fail()))
    app = App(qtbot)
    start(app)
    assert app.window.runner is not None
    app.window.runner.controller.stop()  # the summary is on screen
    app.window.close()
    assert not app.window.isVisible()
