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
        self.setWindowTitle("Keyboard shortcuts")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Type to find a key or what it does")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Find a shortcut")
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels(["Keys", "What they do"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for i, (keys, what) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(keys))
            self.table.setItem(i, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.none_found = QLabel("No shortcut matches.")
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
            40 * self.fontMetrics().averageCharWidth() * 2, 30 * self.fontMetrics().height()
        )
        self.filter.setFocus()

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
