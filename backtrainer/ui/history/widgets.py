"""Small pieces the parts of the history screen share: a framed notice line, the look of
its tables (and of their focus), and counted words ("1 session", "3 sessions")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QTableView,
    QTableWidget,
)


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class Notice(QFrame):
    """A line of text in a frame, with an icon, drawn in the palette's colours. Hidden
    until it has something to say; its icon is loaded then (the style's icon took a
    tenth of building the history screen, for a notice seldom shown)."""

    def __init__(self, icon: QStyle.StandardPixmap | None = None) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(8, 4, 8, 4)
        self._icon = icon
        self.picture: QLabel | None = None
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row.addWidget(self.text, 1)
        self.hide()

    def show_text(self, text: str | None) -> None:
        self.text.setText(text or "")
        if text and self._icon is not None and self.picture is None:
            self.picture = QLabel()
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            self.picture.setPixmap(self.style().standardIcon(self._icon).pixmap(size, size))
            self.row.insertWidget(0, self.picture, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(bool(text))


def read_only_table(table: QTableWidget) -> None:
    """A table to read, a row at a time: no editing, one row selected, no wrapping."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    compact_rows(table)
    focus_mark(table)


FOCUS_MARK = (
    "QTableView { border: 1px solid palette(mid); padding: 1px; }"
    " QTableView:focus { border: 2px solid palette(highlight); padding: 0px; }"
)
"""A table with the keyboard focus is framed in the highlight colour: the style's own
mark (a dotted line around one cell, or none) is too faint to find. The padding keeps
the rows where they are when the frame thickens."""


def focus_mark(table: QTableView) -> None:
    """Frame `table` in the highlight colour while it has the focus (see FOCUS_MARK)."""
    table.setStyleSheet(FOCUS_MARK)


def compact_rows(table: QTableView) -> None:
    """No row numbers, and rows a line of text high."""
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
