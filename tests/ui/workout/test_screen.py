"""The workout screen read from three metres: what it shows at each kind of step, and that
it fits every window from 1024x600 up (behaviour and sizes, not pixels)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from backtrainer.core.timeline import Step
from backtrainer.ui.workout.view import WorkoutView
from tests.ui.window import App

CAP_AT_THREE_METRES = 58
"""Letters 13 mm tall on a 14-inch 1366x768 laptop (0.227 mm a pixel)."""


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[App]:
    app = App(qtbot)
    yield app
    app.window.close()


def start(app: App, routine_id: str, size: tuple[int, int] = (1366, 768)) -> WorkoutView:
    app.window.resize(*size)
    app.pick(routine_id)
    app.key(Qt.Key.Key_Return)
    QApplication.processEvents()
    assert app.window.workout is not None
    return app.window.workout


def go_to(app: App, pick: Callable[[Step], bool]) -> Step:
    """Skip (N) to the first step from here that `pick` accepts."""
    runner = app.window.runner
    assert runner is not None
    while runner.controller.step is not None and not pick(runner.controller.step):
        app.key(Qt.Key.Key_N)
    assert runner.controller.step is not None
    return runner.controller.step


def cap_height(label: QLabel) -> int:
    return QFontMetrics(label.font()).capHeight()


def test_the_moves_name_reads_from_three_metres_on_a_1366x768_laptop(app: App) -> None:
    view = start(app, "kettlebell-pull")
    assert app.window.size().width() == 1366 and app.window.size().height() == 768
    assert view.exercise.text() == "Alternating single-arm bent-over row"  # the longest, next
    assert cap_height(view.exercise) >= CAP_AT_THREE_METRES
    go_to(app, lambda s: s.kind == "work")
    assert view.exercise.text() == "Alternating single-arm bent-over row"
    assert view.exercise.font().pixelSize() >= 80
    assert cap_height(view.exercise) >= CAP_AT_THREE_METRES
    # The side is the largest word after the number.
    assert cap_height(view.countdown) > cap_height(view.side) > cap_height(view.exercise)


def test_the_side_badge_says_left_for_a_left_step(app: App) -> None:
    view = start(app, "one-dumbbell-back")
    assert view.exercise.text() == "Renegade row"  # next up, during the get-ready
    assert view.side.text() == "LEFT"
    app.advance(10.1)
    assert view.phase.text() == "WORK"
    assert view.side.text() == "LEFT"
    assert "#c62828" in view.side.styleSheet()  # in its own colour
    go_to(app, lambda s: s.side == "right")
    assert view.side.text() == "RIGHT"
    assert "#1a237e" in view.side.styleSheet()


def test_the_badge_follows_the_side_of_each_alternating_rep(app: App) -> None:
    view = start(app, "kettlebell-pull")
    step = go_to(app, lambda s: s.side == "alternating" and s.reps is not None)
    assert step.rep_seconds is not None
    app.advance(step.lead_in + 0.5)
    assert view.side.text() == "RIGHT"  # this move starts on the right: "right", the cue
    assert view.caption.text() == "“right”"
    app.advance(step.rep_seconds / 2)
    assert view.side.text() == "LEFT"
    assert view.caption.text() == "“left”"
    app.advance(step.rep_seconds / 2)
    assert view.side.text() == "RIGHT"  # "One, right."


def test_the_big_number_is_the_rep_on_rep_steps(app: App) -> None:
    view = start(app, "best-back")
    assert app.countdown() == "5"  # the get-ready's seconds
    step = go_to(app, lambda s: s.kind == "work")
    assert step.reps is not None and step.rep_seconds is not None and step.tempo is not None
    assert app.countdown() == "1" and view.count_of.text() == "of 10"  # rep one, getting set
    app.advance(step.lead_in + 0.2)
    assert app.countdown() == "1"
    assert view.tempo.isVisible()
    rising = view.tempo.value
    app.clock.advance(step.tempo.up / 2)
    app.qtbot.waitUntil(lambda: view.tempo.value > rising, timeout=1000)  # the lift rises
    app.advance(step.rep_seconds)
    assert app.countdown() == "2"


def test_the_big_number_is_the_seconds_on_timed_steps(app: App) -> None:
    view = start(app, "one-dumbbell-back")
    timed = go_to(app, lambda s: s.kind == "work" and s.reps is None)
    assert app.countdown() == str(round(timed.seconds))
    assert not view.tempo.isVisible()
    assert view.count_of.text() == ""
    app.advance(2)
    assert app.countdown() == str(round(timed.seconds) - 2)


def test_during_a_rest_the_next_move_is_the_content(app: App) -> None:
    view = start(app, "one-dumbbell-back")
    runner = app.window.runner
    assert runner is not None
    go_to(app, lambda s: s.kind == "rest")
    index = runner.controller.step_index
    assert index is not None
    upcoming = next(s for s in runner.controller.timeline.steps[index:] if s.kind == "work")
    assert view.phase.text() == "REST"
    assert view.kicker.text() == "Next up"
    assert view.exercise.text() == upcoming.exercise
    assert view.side.text() == (upcoming.side or "").upper()
    assert cap_height(view.countdown) < cap_height(view.exercise)  # the seconds: secondary
    assert view.exercise.font().pixelSize() >= 80


def test_the_i_key_shows_and_hides_the_moves_form_points(app: App) -> None:
    view = start(app, "one-dumbbell-back")
    app.advance(10.1)
    assert view.exercise.text() == "Renegade row"
    assert not view.form.isVisible()
    app.key(Qt.Key.Key_I)
    assert view.form.isVisible()
    assert view.form.text().startswith("Hips square, row to your ribs.")
    assert "Use a dumbbell with a flat, stable shape" in view.form.text()  # the safety line
    app.key(Qt.Key.Key_I)
    assert not view.form.isVisible()
    view.buttons["form"].click()
    assert view.form.isVisible()


def test_the_set_up_and_safety_lines_show_when_the_window_passes_them(app: App) -> None:
    view = start(app, "one-dumbbell-back")
    runner = app.window.runner
    assert runner is not None
    view.setup_lines = {"renegade-row": "Get down into a plank."}
    view.safety_lines = {"renegade-row": "Knees down if your hips sag."}
    assert runner.controller.step is not None
    view.show_step(0, runner.controller.step)
    assert view.setup.text() == "Get down into a plank."
    assert view.setup.isVisible()
    app.key(Qt.Key.Key_I)
    assert view.form.text() == "Hips square, row to your ribs.\nKnees down if your hips sag."


def test_the_form_and_set_up_lines_are_in_the_language_the_cues_are_said_in(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")  # before the window: it reads the language once
    app = App(qtbot)
    view = start(app, "upper-body-runners")
    go_to(app, lambda s: s.exercise_id == "half-kneeling-chop" and s.kind == "work")
    assert view.exercise.text() == "Holzhacker kniend"
    app.key(Qt.Key.Key_I)
    assert view.form.text() == "Rumpf fest, nur die Arme bewegen."
    assert view.setup_lines["half-kneeling-chop"].startswith("Kurzhanteln bereitlegen")
    app.window.close()


def inside(view: QWidget) -> list[str]:
    """What does not fit: widgets outside the view, texts wider or taller than their box."""
    problems = []
    widgets = [*view.findChildren(QLabel), *view.findChildren(QPushButton)]
    for widget in widgets:
        if not widget.isVisibleTo(view):
            continue
        box = QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())
        name = widget.objectName() or widget.text()
        if not view.rect().contains(box):
            problems.append(f"{name} at {box} is outside {view.rect()}")
        metrics = QFontMetrics(widget.font())
        text = widget.text()
        if isinstance(widget, QPushButton):
            if metrics.horizontalAdvance(text) > widget.width():
                problems.append(f"button {text!r} is wider than its button")
            continue
        room = widget.contentsRect()
        words = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        used = metrics.boundingRect(QRect(0, 0, room.width(), 1 << 20), flags, text)
        if words > room.width() or used.width() > room.width():
            problems.append(f"{name}: {text!r} is wider than its label ({room.width()} px)")
        if used.height() > room.height() + 1:
            problems.append(f"{name}: {text!r} is taller than its label ({room.height()} px)")
    return problems


@pytest.mark.parametrize("size", [(1024, 600), (768, 1024)])
def test_nothing_is_cut_or_off_screen_at_1024x600_or_in_portrait(
    app: App, size: tuple[int, int]
) -> None:
    view = start(app, "kettlebell-pull", size)
    assert view.width() <= size[0] and view.height() <= size[1]
    assert inside(view) == [], "get ready"
    step = go_to(app, lambda s: s.kind == "work")  # the longest name, alternating reps
    app.advance(step.lead_in + 1)
    assert inside(view) == [], "rep step"
    app.key(Qt.Key.Key_I)
    assert inside(view) == [], "form points shown"
    app.key(Qt.Key.Key_Space)
    assert inside(view) == [], "paused"
    app.key(Qt.Key.Key_Space)
    app.key(Qt.Key.Key_I)
    go_to(app, lambda s: s.kind == "rest")
    assert inside(view) == [], "rest"
    view.show_notice("No voice: install espeak-ng. Every cue is shown as a caption instead.")
    assert inside(view) == [], "with a notice"


def test_every_step_of_every_bundled_routine_fits_at_1024x600(app: App) -> None:
    app.window.resize(1024, 600)
    shown = 0
    for routine_id in app.window.library.routines:  # type: ignore[union-attr]
        app.window.start(routine_id)
        view, runner = app.window.workout, app.window.runner
        assert view is not None and runner is not None
        for index, step in enumerate(runner.controller.timeline.steps[:-1]):  # not "done"
            view.show_step(index, step)
            assert view.width() <= 1024 and view.height() <= 600
            assert inside(view) == [], (routine_id, index, step.exercise)
            shown += 1
    assert shown > 50
