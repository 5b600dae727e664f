"""The routine picker: every routine with its length at the user's settings, the
selected one in detail (blocks, moves, form, variations, plan), its mode, Adjust and Start.

It can be shown before the routines are loaded (`set_library` fills it), so that the
window appears before the routine files are read and planned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backtrainer.ui.i18n import arg

if TYPE_CHECKING:
    from backtrainer.core.model import Routine
    from backtrainer.core.timeline import Timeline
    from backtrainer.storage.routine_index import Entry
    from backtrainer.storage.routines import RoutineLibrary

Planner = Callable[["Routine"], "Timeline"]
"""A routine's session as the user has set it up."""

ID_ROLE = 0x0100
"""Where an item keeps its routine's id: Qt.ItemDataRole.UserRole, by its number. The
picker is built and filled before `Qt` is (see `ui.main_window`)."""
TOOLTIP_ROLE = 3
"""Qt.ItemDataRole.ToolTipRole, by its number."""


FOCUS_MARK = (
    "QListWidget, QTextBrowser { border: 1px solid palette(mid); padding: 1px; }"
    " QListWidget:focus, QTextBrowser:focus { border: 2px solid palette(highlight);"
    " padding: 0px; }"
)
"""The list or the details with the keyboard focus are framed in the highlight colour: the
style's own mark (a dotted line, or none) cannot be found from the other side of a room."""


class RoutinePicker(QWidget):
    start_requested = Signal(str)
    """The id of the routine to start."""
    selected = Signal(str, object)
    """(id, Timeline) of the routine now shown in detail: its cues can be rendered ahead."""
    adjust_requested = Signal(str)
    """The id of the routine whose settings to open."""
    mode_chosen = Signal(str, str)
    """A routine id and the id of the mode the user picked for it."""

    def __init__(
        self,
        planner: Planner,
        customiser: Callable[[Routine], Routine] = lambda routine: routine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.planner = planner
        self.customiser = customiser
        """The routine as the user does it (their doses and variations), for the detail."""
        self.library: RoutineLibrary | None = None

        self.routine_list = QListWidget()
        self.routine_list.setAccessibleName(self.tr("Routines"))
        self.routine_list.setSpacing(6)
        self.routine_list.setWordWrap(True)
        # The lines wrap at the list's width. (Set by name, through Qt's property system.)
        self.routine_list.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.routine_list.addItem(self.tr("Loading routines…"))
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Routine details"))
        self.start_button = QPushButton(self.tr("Start  [Enter]"))
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(44)
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self._start_current)
        self.adjust_button = QPushButton(self.tr("&Adjust…"))
        self.adjust_button.setToolTip(
            self.tr("Work and rest times, rounds, tempo, each move's dose")
        )
        self.adjust_button.setMinimumHeight(44)
        self.adjust_button.setEnabled(False)
        self.adjust_button.clicked.connect(self._adjust_current)
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Mode"))
        self.mode.setMinimumHeight(44)
        self.mode.hide()
        self.mode.activated.connect(self._mode_activated)
        self.mode_label = QLabel(self.tr("&Mode:"))
        self.mode_label.setBuddy(self.mode)
        self.mode_label.hide()
        self.edit_button = QPushButton(self.tr("Duplicate and &edit…"))
        self.edit_button.setMinimumHeight(44)
        self.edit_button.setEnabled(False)
        self.edit_button.setToolTip(
            self.tr("Make your own copy of this routine and change it (Ctrl+D)")
        )
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        self.problems.hide()

        left = QWidget()
        column = QVBoxLayout(left)
        heading = self.tr("Routines")
        column.addWidget(QLabel(f"<b>{escape(heading)}</b>"))
        column.addWidget(self.routine_list)
        column.addWidget(self.problems)

        right = QWidget()
        detail_column = QVBoxLayout(right)
        detail_column.addWidget(self.detail)
        row = QHBoxLayout()
        row.addWidget(self.mode_label)
        row.addWidget(self.mode)
        row.addStretch()
        row.addWidget(self.edit_button)
        row.addWidget(self.adjust_button)
        row.addWidget(self.start_button)
        detail_column.addLayout(row)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.setStyleSheet(FOCUS_MARK)
        # Enter on the list (or a double click) starts the routine.
        self.routine_list.itemActivated.connect(lambda _item: self._start_current())
        self.routine_list.currentItemChanged.connect(self._show_current)
        self.routine_list.setFocus()

    def set_library(self, library: RoutineLibrary, current: str | None = None) -> None:
        """Show `library`, with routine `current` (default: the first) selected."""
        self.library = library
        self.routine_list.clear()
        for loaded in library.routines.values():
            r = self.customiser(loaded.routine)  # its texts in the language of the cues
            length = self._about_minutes(self.planner(loaded.routine).total_seconds)
            mine = "" if loaded.bundled else self.tr(" · your routine")
            item = QListWidgetItem(
                f"{r.title}\n{r.source.coach} · {length}{mine}\n"
                f"{', '.join(r.equipment[:2])}\n{', '.join(r.focus[:3])}"
            )
            item.setData(ID_ROLE, r.id)
            item.setToolTip(arg(self.tr("Focus: %1"), ", ".join(r.focus)))
            self.routine_list.addItem(item)
        if library.errors:
            self.problems.setText(
                self.tr("Some routine files could not be loaded:")
                + "\n"
                + "\n".join(str(e) for e in library.errors)
            )
            self.problems.show()
        self.start_button.setEnabled(bool(library.routines))
        self.adjust_button.setEnabled(bool(library.routines))
        self.edit_button.setEnabled(bool(library.routines))
        if self.routine_list.count():
            ids = list(library.routines)
            self.routine_list.setCurrentRow(ids.index(current) if current in ids else 0)

    def list_entries(self, entries: Iterable[Entry]) -> None:
        """The routines' names from the routine index, before the library is loaded:
        listed, not yet to be picked (`set_library` follows with lengths and details)."""
        self.routine_list.clear()
        for entry in entries:
            mine = "" if entry.bundled else self.tr(" · your routine")
            item = QListWidgetItem(
                f"{entry.title}\n{entry.coach}{mine}\n"
                f"{', '.join(entry.equipment[:2])}\n{', '.join(entry.focus[:3])}"
            )
            item.setToolTip(arg(self.tr("Focus: %1"), ", ".join(entry.focus)))
            self.routine_list.addItem(item)

    def _about_minutes(self, seconds: float) -> str:
        """A session's length as a person estimates it (core `about_minutes`): "about 12 min"."""
        return self.tr("about %n min", "", max(1, round(seconds / 60)))

    def refresh(self) -> None:
        """Lengths and details again, after the settings changed."""
        if self.library is not None:
            self.set_library(self.library, self.current_id())

    def select(self, routine_id: str) -> None:
        """Show `routine_id` (one just saved or imported), if the list has it."""
        for row in range(self.routine_list.count()):
            if self.routine_list.item(row).data(ID_ROLE) == routine_id:
                self.routine_list.setCurrentRow(row)
                return

    def current_id(self) -> str | None:
        item = self.routine_list.currentItem()
        routine_id = None if item is None else item.data(ID_ROLE)
        return None if routine_id is None else str(routine_id)

    def _adjust_current(self) -> None:
        routine_id = self.current_id()
        if routine_id is not None:
            self.adjust_requested.emit(routine_id)

    def _mode_activated(self, index: int) -> None:
        routine_id = self.current_id()
        if routine_id is not None:
            self.mode_chosen.emit(routine_id, str(self.mode.itemData(index)))

    def _start_current(self) -> None:
        routine_id = self.current_id()
        if routine_id is not None:
            self.start_requested.emit(routine_id)

    def _show_current(self, item: QListWidgetItem | None) -> None:
        routine_id = None if item is None else item.data(ID_ROLE)
        if self.library is None or routine_id is None:
            self.detail.clear()
            return
        from backtrainer.ui.picker.detail import routine_html

        loaded = self.library.routines[routine_id]
        routine = loaded.routine
        # Bundled routines are read-only: "edit" makes the user's own copy.
        self.edit_button.setText(
            self.tr("Duplicate and &edit…") if loaded.bundled else self.tr("&Edit…")
        )
        timeline = self.planner(routine)
        self.detail.setHtml(routine_html(self.customiser(routine), timeline))
        self._show_modes(routine, timeline.mode)
        self.selected.emit(routine_id, timeline)

    def _show_modes(self, routine: Routine, current: str | None) -> None:
        self.mode.clear()
        for mode in routine.modes:
            self.mode.addItem(mode.name, mode.id)
            self.mode.setItemData(self.mode.count() - 1, mode.description, TOOLTIP_ROLE)
        if current is not None:
            self.mode.setCurrentIndex(self.mode.findData(current))
        self.mode.setVisible(bool(routine.modes))
        self.mode_label.setVisible(bool(routine.modes))
