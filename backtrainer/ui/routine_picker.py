"""The routine picker: every routine with its length at the current settings, the
selected one in detail (blocks, moves, form, variations, plan), and Start."""

from __future__ import annotations

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

from backtrainer.core.planner import plan
from backtrainer.core.settings import IntervalSettings
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.ui.routine_detail import minutes, routine_html


class RoutinePicker(QWidget):
    start_requested = Signal(str)
    """The id of the routine to start."""

    def __init__(
        self, library: RoutineLibrary, settings: IntervalSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings

        self.routine_list = QListWidget()
        self.routine_list.setAccessibleName("Routines")
        self.routine_list.setSpacing(6)
        self.routine_list.setWordWrap(True)
        self.routine_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for loaded in library.routines.values():
            r = loaded.routine
            length = minutes(plan(r, settings).total_seconds)
            focus = ", ".join(r.focus[:3])
            item = QListWidgetItem(
                f"{r.title}\n{r.source.coach} · {length}\n{', '.join(r.equipment[:2])}\n{focus}"
            )
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setToolTip(f"Focus: {', '.join(r.focus)}")
            self.routine_list.addItem(item)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Routine details")
        self.start_button = QPushButton("Start  [Enter]")
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(44)
        self.start_button.clicked.connect(self._start_current)

        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(QLabel("<b>Routines</b>"))
        column.addWidget(self.routine_list)
        if library.errors:
            problems = QLabel(
                "Some routine files could not be loaded:\n"
                + "\n".join(str(e) for e in library.errors)
            )
            problems.setWordWrap(True)
            problems.setStyleSheet("color: #b00020")
            column.addWidget(problems)

        right = QWidget()
        detail_column = QVBoxLayout(right)
        detail_column.addWidget(self.detail)
        row = QHBoxLayout()
        row.addStretch()
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
        if self.routine_list.count():
            self.routine_list.setCurrentRow(0)
        else:
            self.start_button.setEnabled(False)
        self.routine_list.setFocus()

    def current_id(self) -> str | None:
        item = self.routine_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _start_current(self) -> None:
        routine_id = self.current_id()
        if routine_id is not None:
            self.start_requested.emit(routine_id)

    def _show_current(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.detail.clear()
            return
        routine = self.library.routines[item.data(Qt.ItemDataRole.UserRole)].routine
        self.detail.setHtml(routine_html(routine, plan(routine, self.settings)))
