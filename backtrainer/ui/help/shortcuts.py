"""Help > Keyboard shortcuts: every key of the app in a table, with a filter field.

The rows are made by `window_actions.shortcut_rows` from the workout keys' table and the
menu bar's own actions, so this window cannot fall out of date with the keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

Row = tuple[str, str]
"""(the keys as the user reads them, what they do)."""


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[Row], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to find a key or what it does"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find a shortcut"))
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        # Rows as tall as their wrapped words: a longer language is wrapped, never cut.
        rows_fit = QHeaderView.ResizeMode.ResizeToContents
        self.table.verticalHeader().setSectionResizeMode(rows_fit)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        words = self._words()
        for i, (keys, what) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(words.get(keys, keys)))
            self.table.setItem(i, 1, QTableWidgetItem(words.get(what, what)))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.none_found = QLabel(self.tr("No shortcut matches."))
        self.none_found.hide()
        column = QVBoxLayout(self)
        column.addWidget(self.filter)
        column.addWidget(self.table, 1)
        column.addWidget(self.none_found)
        self.filter.textChanged.connect(self._narrow)
        self.filter.installEventFilter(self)  # Esc in the field closes the window too
        # Esc closes a dialog already; Ctrl+F finds, as in most windows.
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.filter.setFocus)
        self.resize(
            50 * self.fontMetrics().averageCharWidth() * 2, 30 * self.fontMetrics().height()
        )
        self.filter.setFocus()

    def _words(self) -> dict[str, str]:
        """The rows of `window_actions.KEYS` and `OTHER_KEYS` (English, by the English
        text) in the window's language; the menu bar's rows come translated already."""
        return {
            "Space or the media key": self.tr("Space or the media key"),
            "Right or N": self.tr("Right or N"),
            "Left or B": self.tr("Left or B"),
            "F or F11": self.tr("F or F11"),
            "Esc": self.tr("Esc"),
            "Enter": self.tr("Enter"),
            "Double-click": self.tr("Double-click"),
            "Workout: pause / resume": self.tr("Workout: pause / resume"),
            "Workout: next step": self.tr("Workout: next step"),
            "Workout: back (restarts the step after 3 s)": self.tr(
                "Workout: back (restarts the step after 3 s)"
            ),
            "Workout: add 10 s to this step (a rep set: give back reps taken off)": self.tr(
                "Workout: add 10 s to this step (a rep set: give back reps taken off)"
            ),
            "Workout: remove 10 s from this step (a rep set: whole reps)": self.tr(
                "Workout: remove 10 s from this step (a rep set: whole reps)"
            ),
            "Workout: full screen, or leave it": self.tr("Workout: full screen, or leave it"),
            "Workout: leave full screen, then stop (asks first)": self.tr(
                "Workout: leave full screen, then stop (asks first)"
            ),
            "Routines: start the selected routine": self.tr("Routines: start the selected routine"),
            "Workout: show or hide the move's form points and safety line": self.tr(
                "Workout: show or hide the move's form points and safety line"
            ),
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.reject()
            return True
        return super().eventFilter(watched, event)

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        shown = 0
        for i in range(self.table.rowCount()):
            line = " ".join(self._text(i, c) for c in range(2)).casefold()
            hide = not all(word in line for word in words)
            self.table.setRowHidden(i, hide)
            shown += not hide
        self.none_found.setVisible(shown == 0)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def visible_rows(self) -> list[Row]:
        return [
            (self._text(i, 0), self._text(i, 1))
            for i in range(self.table.rowCount())
            if not self.table.isRowHidden(i)
        ]


def show_shortcuts(parent: QWidget, rows: list[Row]) -> ShortcutsDialog:
    """Open the window, not modal: it can stay beside the app while the keys are tried."""
    dialog = ShortcutsDialog(rows, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
