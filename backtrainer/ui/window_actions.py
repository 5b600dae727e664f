"""The main window's keyboard shortcuts and menus.

One table holds every workout key: it makes the shortcuts and, with the menu bar's own
actions, the rows of Help > Keyboard shortcuts, so the keys and their help cannot disagree.
Keys are named as QKeySequence reads them, not as `Qt.Key`s: they are made before the
routines are listed, and `Qt` is not built until then (see `ui.main_window`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from backtrainer.ui.picker.actions import RoutineActions, RoutineWindow
from backtrainer.ui.theme import THEMES

translate = QCoreApplication.translate


class Window(RoutineWindow, Protocol):
    """What the actions need of the main window."""

    def workout_command(self, name: str) -> None: ...
    def toggle_fullscreen(self) -> None: ...
    def escape(self) -> None: ...
    def show_history(self) -> None: ...
    def set_theme(self, name: str) -> None: ...
    def edit_voice(self) -> None: ...
    def adjust_routine(self) -> None: ...
    def adjust_defaults(self) -> None: ...
    def edit_week_plan(self) -> None: ...
    def export_week_plan(self) -> None: ...
    def current_theme(self) -> str: ...
    def show_log_folder(self) -> None: ...


KEYS: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    (
        "Space or the media key",
        ("Space", "Toggle Media Play/Pause", "Media Play", "Media Pause"),
        "pause / resume",
        "toggle_pause",
    ),
    ("Right or N", ("Right", "N"), "next step", "next"),
    ("Left or B", ("Left", "B"), "back (restarts the step after 3 s)", "previous"),
    ("+", ("+", "="), "add 10 s to this step (a rep set: give back reps taken off)", "plus"),
    ("-", ("-", "_"), "remove 10 s from this step (a rep set: whole reps)", "minus"),
    ("F or F11", ("F", "F11"), "full screen, or leave it", "fullscreen"),
    ("Esc", ("Esc",), "leave full screen, then stop (asks first)", "escape"),
)
"""(keys as the user reads them, the keys' QKeySequence names, what they do, the command)."""


OTHER_KEYS: tuple[tuple[str, str], ...] = (
    ("Enter", "Routines: start the selected routine"),
    ("Double-click", "Workout: full screen, or leave it"),
    ("I", "Workout: show or hide the move's form points and safety line"),
)
"""Keys that are not the window's: the routine list's and the workout screen's own."""


def shortcut_rows(owner: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for every key of the app: the workout keys, the menu bar's
    actions with a shortcut (read from the actions themselves), and `OTHER_KEYS`."""
    rows = [(keys, f"Workout: {what}") for keys, _codes, what, _command in KEYS]
    for path, action in _menu_actions(owner.menuBar()):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((keys, " > ".join(path)))
    rows.extend(OTHER_KEYS)
    return rows


def _menu_actions(widget: QWidget, path: tuple[str, ...] = ()) -> list[tuple[list[str], QAction]]:
    """Each action of a menu bar or menu with the menu titles that lead to it."""
    found: list[tuple[list[str], QAction]] = []
    for action in widget.actions():
        title = _plain(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            found.extend(_menu_actions(menu, (*path, title)))
        elif not action.isSeparator():
            found.append(([*path, title], action))
    return found


def _plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersand, no ellipsis, no key in brackets."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").split("  [")[0].split(" (")[0].strip()


def add_shortcuts(owner: QMainWindow, window: Window) -> None:
    special: dict[str, Callable[[], None]] = {
        "fullscreen": window.toggle_fullscreen,
        "escape": window.escape,
    }
    for _keys, names, _what, command in KEYS:
        slot = special.get(command) or functools.partial(window.workout_command, command)
        for name in names:  # a QShortcut works in its whole window (Qt.WindowShortcut)
            shortcut = QShortcut(QKeySequence(name), owner)
            shortcut.activated.connect(slot)


def add_menus(owner: QMainWindow, window: Window) -> None:
    bar = owner.menuBar()
    file_menu = bar.addMenu(translate("menus", "&File"))
    # Ctrl+Q everywhere (Cmd+Q on macOS): Qt's standard Quit key is none on Windows and
    # on platforms without a desktop theme.
    file_menu.addAction(translate("menus", "&Quit"), QKeySequence("Ctrl+Q"), owner.close)
    RoutineActions(owner, window)  # the Routine menu; a child of the window
    view = bar.addMenu(translate("menus", "&View"))
    view.addAction(translate("menus", "&History"), QKeySequence("Ctrl+H"), window.show_history)
    view.addAction(translate("menus", "&Full screen (F)"), window.toggle_fullscreen)
    theme = view.addMenu(translate("menus", "&Theme"))
    group = QActionGroup(owner)
    names = {
        "system": translate("menus", "&System"),
        "light": translate("menus", "&Light"),
        "dark": translate("menus", "&Dark"),
    }
    for name in THEMES:
        action = theme.addAction(names[name])
        action.setCheckable(True)
        action.setChecked(name == window.current_theme())
        action.triggered.connect(lambda _=False, n=name: window.set_theme(n))
        group.addAction(action)
    settings_menu = bar.addMenu(translate("menus", "&Settings"))
    settings_menu.addAction(
        translate("menus", "&Adjust this routine…"), QKeySequence("Ctrl+I"), window.adjust_routine
    )
    settings_menu.addAction(translate("menus", "&Default intervals…"), window.adjust_defaults)
    settings_menu.addAction(translate("menus", "&Voice…"), window.edit_voice)
    settings_menu.addAction(translate("menus", "&Weekly plan…"), window.edit_week_plan)
    settings_menu.addAction(
        translate("menus", "&Export weekly plan to calendar…"), window.export_week_plan
    )
    help_menu = bar.addMenu(translate("menus", "&Help"))
    help_menu.addAction(
        translate("menus", "&Keyboard shortcuts"),
        QKeySequence(QKeySequence.StandardKey.HelpContents),
        lambda: _shortcuts(owner),
    )
    help_menu.addAction(translate("menus", "Show the &log folder"), window.show_log_folder)
    help_menu.addAction(translate("menus", "&About BackTrainer"), lambda: _about(owner))
    # Full screen hides the menu bar, and Qt ignores the keys of a hidden menu bar's
    # actions: the window takes them too (Ctrl+Q, Ctrl+H, Ctrl+I... work in full screen).
    owner.addActions([a for a in _actions(bar) if not a.shortcut().isEmpty()])


def _actions(widget: QWidget) -> list[QAction]:
    """The actions of a menu bar or menu, those of its submenus included."""
    found: list[QAction] = []
    for action in widget.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            found.extend(_actions(menu))
        else:
            found.append(action)
    return found


def _shortcuts(owner: QMainWindow) -> None:
    from backtrainer.ui.help.shortcuts import show_shortcuts

    show_shortcuts(owner, shortcut_rows(owner))


def _about(owner: QMainWindow) -> None:
    from backtrainer.ui.about_dialog import show_about  # not needed to show the window

    show_about(owner)
