"""The sessions side of the history screen: the sortable table of sessions (one or many
selected), the Delete button, the bar offering to undo the last delete, and a line for
messages."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backtrainer.core.history import Session
from backtrainer.ui.history.model import (
    DATE,
    DURATION,
    ROUTINE,
    SETS,
    STATUS,
    STATUS_TEXT,
    SessionFilter,
    status_word,
    when_text,
)
from backtrainer.ui.history.widgets import compact_rows, focus_mark
from backtrainer.ui.i18n import counted

translate = QCoreApplication.translate


def fitted_widths(table: QTableView) -> dict[int, int]:
    """Widths for the Date, Duration, Sets and Status columns that fit any text they can
    show, and their headers (with the sort arrow)."""
    metrics = table.fontMetrics()
    style = table.style()
    # what QItemDelegate / QStyledItemDelegate add around an item's text, and the grid
    # line the cell gives up (without it, "14 of 28" is cut to "14 of ...")
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    margin += 1 if table.showGrid() else 0
    margin += 2  # the delegate elides a text that only just fits: "Abgeschloss…"
    # (digits are as wide as each other in almost every font)
    samples = {
        # every day's and month's name (22-28 of a month: each day of the week once)
        DATE: [
            when_text(datetime(2000, month, day, 0, 0))
            for month in range(1, 13)
            for day in range(22, 29)
        ],
        DURATION: ["00:00:00"],
        SETS: [
            translate("SessionTableModel", "{done} of {planned}").format(done="00", planned="00")
        ],
        STATUS: [status_word(status) for status in STATUS_TEXT],
    }
    header = table.horizontalHeader()
    widths = {}
    for column, texts in samples.items():
        widest = max(metrics.horizontalAdvance(text) for text in texts) + margin
        widths[column] = max(widest, header.sectionSizeFromContents(column).width())
    return widths


class SessionTable(QTableView):
    """The sessions table; Delete (or Backspace) asks to delete the selected sessions."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.delete_pressed.emit()
        else:
            super().keyPressEvent(event)


class SessionListPane(QWidget):
    """`table` shows `proxy`, newest first, one or many rows selected (Shift and Ctrl, as
    usual); the buttons only ask: their owner listens to `delete_button`, `undo_button`
    and `table.delete_pressed` and does the deleting."""

    def __init__(self, proxy: SessionFilter) -> None:
        super().__init__()
        self.proxy = proxy
        self.table = SessionTable()
        self.table.setModel(proxy)
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        compact_rows(self.table)
        focus_mark(self.table)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ROUTINE, QHeaderView.ResizeMode.Stretch)
        # Not ResizeToContents: that asks the model for up to a thousand rows' data (each
        # role of each cell) at every change of the table. The widest text each column
        # can hold is known: the user can still widen or narrow them.
        for column, width in fitted_widths(self.table).items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

        self.delete_button = QPushButton(self.tr("&Delete  [Del]"))
        self.delete_button.setToolTip(
            self.tr("Delete the sessions selected (Shift or Ctrl+click to select more)")
        )
        self.undo_text = QLabel()
        self.undo_text.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo  [Ctrl+Z]"))
        self.undo_bar = QFrame()
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_bar.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.undo_bar.setAutoFillBackground(True)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(8, 2, 2, 2)
        undo_row.addWidget(self.undo_text, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        self.button_row = QHBoxLayout()
        """The Delete button and the undo bar; the screen adds the count of sessions."""
        self.button_row.addWidget(self.delete_button)
        self.button_row.addWidget(self.undo_bar, 1)
        self.button_row.addStretch()
        pane = QVBoxLayout(self)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.table, 1)
        pane.addLayout(self.button_row)
        pane.addWidget(self.message)

    def selected(self) -> Session | None:
        """The current session (the one in detail)."""
        index = self.table.currentIndex()
        return self.proxy.session_at(index) if index.isValid() else None

    def selected_sessions(self) -> list[Session]:
        """The sessions selected, in the order shown; none selected: the current one."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        if rows:
            return [self.proxy.session_at(self.proxy.index(row, 0)) for row in rows]
        current = self.selected()
        return [] if current is None else [current]

    def selected_rows(self) -> list[int]:
        """The rows selected (or the current one), top first."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        current = self.table.currentIndex()
        return rows or ([current.row()] if current.isValid() else [])

    def show_selection_count(self) -> None:
        """The Delete button says how many it deletes, when more than one."""
        count = len(self.table.selectionModel().selectedRows())
        if count > 1:
            text = counted(self.tr("&Delete %n session(s)  [Del]", "", count), count)
        else:
            text = self.tr("&Delete  [Del]")
        self.delete_button.setText(text)

    def select(self, session_id: str | None) -> None:
        """Make that session the current one, if the table shows it."""
        index = self.proxy.index_of(session_id) if session_id else QModelIndex()
        if index.isValid():
            self.select_row(index.row())

    def select_all_of(self, session_ids: Iterable[str]) -> None:
        """Select those sessions (the ones the table shows), the first one shown current."""
        indexes = [self.proxy.index_of(i) for i in session_ids]
        rows = sorted(index.row() for index in indexes if index.isValid())
        if not rows:
            return
        self.select_row(rows[0])
        selection = QItemSelection()
        for row in rows[1:]:
            selection.select(self.proxy.index(row, 0), self.proxy.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)

    def select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def show_undo(self, text: str | None) -> None:
        """Offer to undo the delete that `text` describes; None: nothing to undo."""
        if text is None:
            self.undo_bar.hide()
            return
        self.undo_text.setText(text)
        self.undo_bar.show()
