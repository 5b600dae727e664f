"""Every screen and dialog at 1024x600, the smallest screen the app supports: no widget
lies outside its window, and no single-line text is wider than the widget showing it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backtrainer.core.settings import IntervalSettings
from backtrainer.speech.speaker import VoiceSettings
from backtrainer.storage.history.store import HistoryStore
from backtrainer.storage.routine_files import duplicate, taken_ids
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.ui.about_dialog import AboutDialog
from backtrainer.ui.editor.dialog import RoutineEditor
from backtrainer.ui.help.shortcuts import ShortcutsDialog
from backtrainer.ui.main_window import MainWindow
from backtrainer.ui.settings.setup_dialog import DefaultsDialog, SetupDialog
from backtrainer.ui.settings.voice_dialog import VoiceDialog
from backtrainer.ui.window.placement import room
from backtrainer.ui.window_actions import shortcut_rows
from tests.ui.history.test_view import sample
from tests.ui.window import App

SCREEN = (1024, 600)


def in_scrolled_area(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport: may lie beyond the window, scrolled out of view."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def plain(text: str, rich: bool) -> list[str]:
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.splitlines() or [""]


def needed_width(widget: QWidget) -> tuple[int, int] | None:
    """(width the text needs, width there is), or None when not a single-line text."""
    metrics = QFontMetrics(widget.font())
    style = widget.style()
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text():  # a picture, or wrapped lines
            return None
        rich = widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText
            and bool(re.search(r"<[a-zA-Z/!]", widget.text()))
        )
        shown = widget.text()
        if widget.buddy() is not None and not rich:  # "&Title": the & underlines the T
            shown = re.sub("&(.)", r"\1", shown)
        text = max(metrics.horizontalAdvance(line) for line in plain(shown, rich))
        room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
        return text, room
    if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
        label = re.sub("&(.)", r"\1", widget.text())
        if not label:
            return None
        text = metrics.horizontalAdvance(label)
        if not widget.icon().isNull():
            text += widget.iconSize().width() + 4
        if isinstance(widget, QPushButton):
            extra = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, widget)
        else:
            radio = isinstance(widget, QRadioButton)
            metric = QStyle.PixelMetric
            indicator = metric.PM_ExclusiveIndicatorWidth if radio else metric.PM_IndicatorWidth
            spacing = metric.PM_RadioButtonLabelSpacing if radio else metric.PM_CheckBoxLabelSpacing
            extra = style.pixelMetric(indicator, None, widget) + style.pixelMetric(
                spacing, None, widget
            )
        return text + extra, widget.contentsRect().width()
    return None


def describe(widget: QWidget, top: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    name = widget.objectName() or repr(text[:60])
    place = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    return f"{type(widget).__name__} {name} {place.getRect()}"


def offenders(top: QWidget) -> list[str]:
    for _ in range(3):  # a status bar made just now is laid out on the second pass
        QApplication.processEvents()
    found = []
    window = top.rect()
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow():
            continue
        place = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
        if not in_scrolled_area(widget, top) and not window.contains(place):
            found.append(f"outside {window.getRect()}: {describe(widget, top)}")
        widths = needed_width(widget)
        if widths is not None and widths[0] > widths[1]:
            found.append(f"text {widths[0]} > {widths[1]} px: {describe(widget, top)}")
    return found


def check(top: QWidget) -> None:
    found = offenders(top)
    if (top.width(), top.height()) != SCREEN:  # a page whose least size is larger grew it
        found.insert(0, f"{type(top).__name__} grew to {top.width()}x{top.height()}")
    for line in found:
        print(line)
    assert found == []


def check_dialog(qtbot: QtBot, dialog: QDialog) -> None:
    """The dialogs size themselves to the screen (this offscreen one is 800x800): the
    dialog must shrink to the room a 1024x600 screen leaves, and fit there."""
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    space = room(QRect(0, 0, *SCREEN))
    least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    dialog.resize(dialog.size().boundedTo(space))
    found = offenders(dialog)
    if least.width() > space.width() or least.height() > space.height():
        found.insert(0, f"{type(dialog).__name__} needs {least.width()}x{least.height()}")
    for line in found:
        print(line)
    assert found == []


@pytest.fixture(params=["system", "light", "dark"])
def app(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[App]:
    store = HistoryStore(tmp_path / "history")
    for record in sample():
        store.append(record)
    store.close()
    monkeypatch.setattr(MainWindow, "ask_resume", classmethod(lambda cls, *_: False))
    app = App(qtbot, history=lambda: HistoryStore(tmp_path / "history"))
    app.window.themes.apply(request.param)  # Fusion in light and dark: other sizes
    app.window.resize(*SCREEN)
    QApplication.processEvents()
    yield app
    app.window.show_picker()
    app.window.themes.apply("system")
    app.window.close()


def test_the_picker_fits(app: App) -> None:
    app.pick("kettlebell-pull")  # a routine with modes: the mode choice shows
    check(app.window)
    app.pick("ultimate-back")  # the longest details
    check(app.window)


@pytest.mark.parametrize(
    ("routine", "kind"),
    [
        ("one-dumbbell-back", lambda s: s.kind == "work" and s.reps is None),
        ("best-back", lambda s: s.kind == "work" and s.reps is not None),
        ("one-dumbbell-back", lambda s: s.kind == "rest"),
    ],
    ids=["timed", "reps", "rest"],
)
def test_the_workout_fits(app: App, routine: str, kind: Callable[..., bool]) -> None:
    app.pick(routine)
    app.key(Qt.Key.Key_Return)
    runner = app.window.runner
    assert runner is not None
    while runner.controller.step is not None and not kind(runner.controller.step):
        app.key(Qt.Key.Key_N)
    app.advance(1)
    check(app.window)


def test_the_finished_screen_fits(app: App) -> None:
    app.pick("one-dumbbell-back")
    app.key(Qt.Key.Key_Return)
    while app.window.runner is not None and app.window.runner.controller.state == "running":
        app.clock.advance(0.5)
        app.window.runner.poll()
    assert app.window.pages.currentWidget() is app.window.summary
    app.window.resize(*SCREEN)
    check(app.window)


def test_the_finished_screen_shrinks_back_from_4k(app: App) -> None:
    """Its text grows with the window: the larger text must not hold the window large, on
    this page or any later one (a stack of pages is as large as its largest page)."""
    app.pick("best-back")
    app.key(Qt.Key.Key_Return)
    while app.window.runner is not None and app.window.runner.controller.state == "running":
        app.clock.advance(0.5)
        app.window.runner.poll()
    app.window.resize(3840, 2160)
    QApplication.processEvents()
    app.window.resize(*SCREEN)
    check(app.window)
    app.window.show_history()
    check(app.window)


def test_the_history_fits(app: App) -> None:
    app.window.show_history()
    view = app.window.history.view
    assert view is not None and view.table.model().rowCount() >= 3
    check(app.window)


def test_the_routine_editor_fits(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RoutineEditor, "confirm_discard", classmethod(lambda cls, parent: True))
    library = RoutineLibrary.load()
    copy = duplicate(library.routines["upper-body-runners"].routine, taken_ids(library))
    check_dialog(qtbot, RoutineEditor(copy, "A copy"))


@pytest.mark.parametrize("routine", ["kettlebell-pull", "upper-body-runners", "ultimate-back"])
def test_adjust_fits(qtbot: QtBot, app: App, routine: str) -> None:
    found = app.window.picker.library.routines[routine].routine
    saved = app.window.setups.store.saved(routine)
    check_dialog(qtbot, SetupDialog(found, saved, IntervalSettings()))


def test_default_intervals_fit(qtbot: QtBot) -> None:
    check_dialog(qtbot, DefaultsDialog(IntervalSettings()))


def test_the_voice_dialog_fits(qtbot: QtBot) -> None:
    check_dialog(qtbot, VoiceDialog(VoiceSettings(), [], lambda _s: None))


def test_about_fits(qtbot: QtBot) -> None:
    check_dialog(
        qtbot, AboutDialog(list(r.routine for r in RoutineLibrary.load().routines.values()))
    )


def test_the_keyboard_shortcuts_fit(qtbot: QtBot, app: App) -> None:
    check_dialog(qtbot, ShortcutsDialog(shortcut_rows(app.window), app.window))


def test_the_weekly_plan_fits(qtbot: QtBot) -> None:
    from datetime import time

    from backtrainer.core.plan_week import PlanEntry, WeekPlan
    from backtrainer.ui.settings.week_plan_dialog import WeekPlanDialog

    library = RoutineLibrary.load()
    routines = [(rid, r.routine.title) for rid, r in library.routines.items()]
    plan = WeekPlan(tuple(PlanEntry(d, time(7), rid) for d, (rid, _t) in enumerate(routines)))
    check_dialog(qtbot, WeekPlanDialog(plan, routines, lambda _plan, _path: ""))
