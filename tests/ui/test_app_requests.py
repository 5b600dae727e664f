"""What the window does with a second launch's request (`app.act_on`)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backtrainer.core.settings import IntervalSettings
from backtrainer.desktop.single_instance import Request
from backtrainer.ui.app import act_on
from backtrainer.ui.main_window import MainWindow
from tests.ui.window import App

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "propagateSizeHints")


def running(app: App) -> str:
    assert app.window.runner is not None
    return app.window.runner.controller.timeline.routine_id


def test_a_request_starts_its_routine_for_that_session_alone(qtbot: QtBot) -> None:
    app = App(qtbot, settings=None)
    app.window.showMinimized()
    act_on(app.window, Request("best-back", IntervalSettings(rounds=1)))
    assert not app.window.isMinimized()
    assert running(app) == "best-back"
    assert app.window.runner is not None
    assert app.window.runner.controller.timeline.overrides == ("rounds",)
    routine = app.window.library.routines["best-back"].routine  # type: ignore[union-attr]
    assert app.window.setups.setup(routine).intervals.rounds is None
    app.window.close()


@pytest.mark.parametrize("answer", [False, True])
def test_during_a_workout_it_asks_first(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: bool
) -> None:
    app = App(qtbot)
    app.window.start("best-back")
    app.advance(1)
    asked: list[str] = []

    def confirm(cls: type[MainWindow], parent: object) -> bool:
        assert app.window.runner is not None
        asked.append(app.window.runner.controller.state)  # paused while asking
        return answer

    monkeypatch.setattr(MainWindow, "confirm_stop", classmethod(confirm))
    act_on(app.window, Request("one-dumbbell-back", fullscreen=None))
    assert asked == ["paused"]
    assert running(app) == ("one-dumbbell-back" if answer else "best-back")
    assert app.window.runner is not None
    assert app.window.runner.controller.state == "running" or answer
    assert app.window.windowState() & Qt.WindowState.WindowMinimized == Qt.WindowState(0)
    app.window.close()


def test_a_request_without_a_routine_only_brings_the_window_forward(qtbot: QtBot) -> None:
    app = App(qtbot)
    act_on(app.window, Request())
    assert app.window.runner is None and app.window.isVisible()
    app.window.close()
