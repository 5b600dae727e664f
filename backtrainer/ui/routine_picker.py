"""The routine picker: every routine with its length at the current settings, the
selected one in detail (blocks, moves, form, variations, plan), and Start.

It can be shown before the routines are loaded (`set_library` fills it), so that the
window appears before the routine files are read and planned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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

from backtrainer.core.settings import IntervalSettings

if TYPE_CHECKING:
    from backtrainer.storage.routines import RoutineLibrary


class RoutinePicker(QWidget):
    start_requested = Signal(str)
    """The id of the routine to start."""
    selected = Signal(str)
    """The id of the routine now shown in detail (its cues can be rendered ahead)."""

    def __init__(self, settings: IntervalSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.library: RoutineLibrary | None = None

        self.routine_list = QListWidget()
        self.routine_list.setAccessibleName("Routines")
        self.routine_list.setSpacing(6)
        self.routine_list.setWordWrap(True)
        self.routine_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.routine_list.addItem("Loading routines…")
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Routine details")
        self.start_button = QPushButton("Start  [Enter]")
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(44)
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self._start_current)
        self.edit_button = QPushButton("Duplicate and &edit…")
        self.edit_button.setMinimumHeight(44)
        self.edit_button.setEnabled(False)
        self.edit_button.setToolTip("Make your own copy of this routine and change it (Ctrl+D)")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        self.problems.hide()

        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(QLabel("<b>Routines</b>"))
        column.addWidget(self.routine_list)
        column.addWidget(self.problems)

        right = QWidget()
        detail_column = QVBoxLayout(right)
        detail_column.addWidget(self.detail)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.edit_button)
        row.addWidget(self.start_button)
        detail_column.addLayout(row)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        # Enter on the list (or a double click) starts the routine.
        self.routine_list.itemActivated.connect(lambda _item: self._start_current())
        self.routine_list.currentItemChanged.connect(self._show_current)
        self.routine_list.setFocus()

    def set_library(self, library: RoutineLibrary) -> None:
        from backtrainer.core.planner import plan
        from backtrainer.ui.routine_detail import minutes

        self.library = library
        self.routine_list.clear()
        for loaded in library.routines.values():
            r = loaded.routine
            length = minutes(plan(r, self.settings).total_seconds)
            mine = "" if loaded.bundled else " · your routine"
            item = QListWidgetItem(
                f"{r.title}\n{r.source.coach} · {length}{mine}\n"
                f"{', '.join(r.equipment[:2])}\n{', '.join(r.focus[:3])}"
            )
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setToolTip(f"Focus: {', '.join(r.focus)}")
            self.routine_list.addItem(item)
        if library.errors:
            self.problems.setText(
                "Some routine files could not be loaded:\n"
                + "\n".join(str(e) for e in library.errors)
            )
            self.problems.show()
        self.start_button.setEnabled(bool(library.routines))
        self.edit_button.setEnabled(bool(library.routines))
        if self.routine_list.count():
            self.routine_list.setCurrentRow(0)

    def select(self, routine_id: str) -> None:
        """Show `routine_id` (one just saved or imported), if the list has it."""
        for row in range(self.routine_list.count()):
            if self.routine_list.item(row).data(Qt.ItemDataRole.UserRole) == routine_id:
                self.routine_list.setCurrentRow(row)
                return

    def current_id(self) -> str | None:
        item = self.routine_list.currentItem()
        routine_id = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return None if routine_id is None else str(routine_id)

    def _start_current(self) -> None:
        routine_id = self.current_id()
        if routine_id is not None:
            self.start_requested.emit(routine_id)

    def _show_current(self, item: QListWidgetItem | None) -> None:
        routine_id = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        if self.library is None or routine_id is None:
            self.detail.clear()
            return
        from backtrainer.core.planner import plan
        from backtrainer.ui.routine_detail import routine_html

        loaded = self.library.routines[routine_id]
        routine = loaded.routine
        # Bundled routines are read-only: "edit" makes the user's own copy.
        self.edit_button.setText("Duplicate and &edit…" if loaded.bundled else "&Edit…")
        self.detail.setHtml(routine_html(routine, plan(routine, self.settings)))
        self.selected.emit(routine_id)
