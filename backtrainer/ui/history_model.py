"""The history table: one row per session (model), and the sorting and filtering the
screen shows (proxy). Deleted sessions stay in the model, hidden by the proxy, so that
undoing a delete is only a matter of showing the row again."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from backtrainer.core.history import Session
from backtrainer.core.history_stats import started

COLUMNS = ("Date", "Routine", "Duration", "Sets", "Status")
DATE, ROUTINE, DURATION, SETS, STATUS = range(len(COLUMNS))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A value that sorts as the column should (the display text does not, for dates)."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The session's id, in every column."""

STATUS_TEXT = {
    "completed": "Completed",
    "stopped": "Stopped",
    "interrupted": "Interrupted",
    "running": "In progress",
}
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

Index = QModelIndex | QPersistentModelIndex


def day_text(day: date) -> str:
    """ "Mon 3 Mar 2025", in English whatever the locale (the app's text is English)."""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def when_text(moment: datetime) -> str:
    return f"{day_text(moment.date())}, {moment:%H:%M}"


def duration_text(seconds: float) -> str:
    """m:ss, or h:mm:ss from an hour on."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    if hours:
        return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
    return f"{rest // 60}:{rest % 60:02d}"


def routine_text(session: Session) -> str:
    return f"{session.title} · {session.mode}" if session.mode else session.title


class SessionTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self._sessions: list[Session] = []
        self._started: list[datetime | None] = []

    def set_sessions(self, sessions: list[Session]) -> None:
        self.beginResetModel()
        self._sessions = list(sessions)
        self._started = [started(s, self.tz) for s in self._sessions]
        self.endResetModel()

    def replace(self, row: int, session: Session) -> None:
        """A changed copy of the session in that row (its notes, or deleted or not)."""
        self._sessions[row] = session
        self._started[row] = started(session, self.tz)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def sessions(self) -> list[Session]:
        return list(self._sessions)

    def session(self, row: int) -> Session:
        return self._sessions[row]

    def started(self, row: int) -> datetime | None:
        return self._started[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._sessions):
            return None
        session = self._sessions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), column)
        if role == SORT_ROLE:
            return self._sort_key(index.row(), column)
        if role == ID_ROLE:
            return session.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DURATION, SETS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), column)
        return None

    def _display(self, row: int, column: int) -> str:
        session, moment = self._sessions[row], self._started[row]
        if column == DATE:
            return "?" if moment is None else when_text(moment)
        if column == ROUTINE:
            return routine_text(session)
        if column == DURATION:
            return duration_text(session.seconds)
        if column == SETS:
            return f"{session.sets_done} of {session.planned_sets}"
        return STATUS_TEXT.get(session.status, session.status)

    def _sort_key(self, row: int, column: int) -> float | str:
        session, moment = self._sessions[row], self._started[row]
        if column == DATE:
            return float("-inf") if moment is None else moment.timestamp()
        if column == ROUTINE:
            return routine_text(session).casefold()
        if column == DURATION:
            return session.seconds
        if column == SETS:
            return session.sets_done * 1000 + session.planned_sets
        return STATUS_TEXT.get(session.status, session.status)

    def _tooltip(self, row: int, column: int) -> str | None:
        session = self._sessions[row]
        if column == DATE:
            return session.started_at
        if column == DURATION:
            return f"{duration_text(session.seconds)} of {duration_text(session.planned_seconds)}"
        if column == STATUS and session.resumed_from:
            return "Continues an interrupted session"
        return None


class SessionFilter(QSortFilterProxyModel):
    """Sorted and filtered rows: by routine, by local date (both ends included), and
    never a deleted session."""

    def __init__(self, source: SessionTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.source = source
        self.setSortRole(SORT_ROLE)
        self.routine: str | None = None
        self.first: date | None = None
        self.last: date | None = None

    def set_filter(
        self, routine: str | None = None, first: date | None = None, last: date | None = None
    ) -> None:
        self.beginFilterChange()
        self.routine, self.first, self.last = routine, first, last
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        session = self.source.session(source_row)
        if session.deleted:
            return False
        if self.routine is not None and session.routine != self.routine:
            return False
        if self.first is None and self.last is None:
            return True
        moment = self.source.started(source_row)
        if moment is None:
            return False
        day = moment.date()
        return (self.first is None or day >= self.first) and (self.last is None or day <= self.last)

    def session_at(self, index: Index) -> Session:
        return self.source.session(self.mapToSource(index).row())

    def visible(self) -> list[Session]:
        """The sessions shown, in the order shown."""
        return [self.session_at(self.index(row, 0)) for row in range(self.rowCount())]

    def index_of(self, session_id: str) -> QModelIndex:
        """The row showing that session (invalid if it is not shown)."""
        for row in range(self.rowCount()):
            index = self.index(row, 0)
            if self.session_at(index).id == session_id:
                return index
        return QModelIndex()
