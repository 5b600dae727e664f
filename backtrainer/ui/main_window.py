"""The main window: pick a routine and see what it holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backtrainer.core.planner import plan
from backtrainer.storage.routines import RoutineLibrary
from backtrainer.ui.routine_detail import minutes, routine_html


class MainWindow(QMainWindow):
    def __init__(self, library: RoutineLibrary) -> None:
        super().__init__()
        self.library = library
        self.setWindowTitle("BackTrainer")
        self.resize(1100, 700)

        self.routine_list = QListWidget()
        self.routine_list.setAccessibleName("Routines")
        self.routine_list.setSpacing(6)
        for loaded in library.routines.values():
            r = loaded.routine
            length = minutes(plan(r).total_seconds)
            item = QListWidgetItem(f"{r.title}\n{r.source.coach} · {length}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.routine_list.addItem(item)
        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(False)

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.addWidget(QLabel("<b>Routines</b>"))
        layout.addWidget(self.routine_list)
        if library.errors:
            problems = QLabel(
                "Some routine files could not be loaded:\n"
                + "\n".join(str(e) for e in library.errors)
            )
            problems.setWordWrap(True)
            problems.setStyleSheet("color: #b00020")
            layout.addWidget(problems)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        self.setCentralWidget(splitter)

        self.routine_list.currentItemChanged.connect(self._show_current)
        if self.routine_list.count():
            self.routine_list.setCurrentRow(0)
        self.routine_list.setFocus()

    def _show_current(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.detail.clear()
            return
        routine = self.library.routines[item.data(Qt.ItemDataRole.UserRole)].routine
        self.detail.setHtml(routine_html(routine, plan(routine)))
