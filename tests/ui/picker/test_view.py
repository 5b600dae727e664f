"""The routine picker, offscreen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backtrainer.core.planner import plan
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.ui.picker.view import RoutinePicker


def test_lists_every_routine_and_shows_the_selected_one(qtbot: QtBot) -> None:
    library = RoutineLibrary.load()
    window = RoutinePicker(plan)
    qtbot.addWidget(window)
    window.show()
    assert not window.start_button.isEnabled()  # shown before the routines are read
    window.set_library(library)
    assert window.start_button.isEnabled()
    items = [window.routine_list.item(i) for i in range(window.routine_list.count())]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in items] == list(library.routines)
    # set by name (no `Qt` before the list shows): the lines wrap, never scroll sideways
    assert window.routine_list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert "Best Back Workout" in window.detail.toPlainText()

    row = list(library.routines).index("kettlebell-pull")
    qtbot.keyClick(window.routine_list, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(window.routine_list, Qt.Key.Key_Down)
    text = window.detail.toPlainText()
    assert "Kettlebell Pull Workout" in text
    assert "Yusuf Jeffers" in text
    assert "added by BackTrainer" in text  # the moves the article does not describe
    assert "Plan" in text and "switch sides" in text

    started: list[str] = []
    window.start_requested.connect(started.append)
    qtbot.keyClick(window.routine_list, Qt.Key.Key_Return)
    assert started == ["kettlebell-pull"]


def test_tab_goes_in_reading_order_and_the_focus_is_framed(qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor, QPalette

    library = RoutineLibrary.load()
    window = RoutinePicker(plan)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.set_library(library, "kettlebell-pull")  # a routine with modes: all controls show
    with qtbot.waitActive(window):
        window.activateWindow()
    window.routine_list.setFocus()
    reached = [window.focusWidget()]
    for _ in range(5):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget())
    assert reached == [
        window.routine_list,
        window.detail,
        window.mode,
        window.edit_button,
        window.adjust_button,
        window.start_button,
    ]

    def left_edge(widget: object) -> QColor:
        image = widget.grab().toImage()  # type: ignore[attr-defined]
        return image.pixelColor(0, image.height() // 2)

    highlight = window.palette().color(QPalette.ColorRole.Highlight)
    window.routine_list.setFocus()
    assert left_edge(window.routine_list) == highlight  # the list with the focus is framed
    window.detail.setFocus()
    assert left_edge(window.routine_list) != highlight  # and not once the focus has left
    assert left_edge(window.detail) == highlight


def test_each_mode_says_what_it_is_in_its_tooltip(qtbot: QtBot) -> None:
    library = RoutineLibrary.load()
    window = RoutinePicker(plan)
    qtbot.addWidget(window)
    with_modes = next(r for r in library.routines.values() if r.routine.modes)
    window.set_library(library, with_modes.routine.id)
    tips = [
        window.mode.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(window.mode.count())
    ]
    assert tips == [mode.description for mode in with_modes.routine.modes]
