"""The history table: one row per session (model), and the filtering the screen shows
(proxy). Deleted sessions stay in the model, hidden by the proxy, so that undoing a
delete is only a matter of showing the row again. Short sessions (no set finished: see
`history_stats.is_session`) are hidden too, unless the user asks to see them.

Ten thousand sessions and more must show at once, so nothing is worked out per call of
`data()`: each session's time, date, duration and sets are worked out once when the
sessions are set (`Facts`), a column's sort keys once when it is first sorted on, a row's
texts once when first shown. The model sorts itself (one `list.sort` with those keys); the
proxy only filters, and hands the table's sort requests to the model."""

from __future__ import annotations

import operator
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from backtrainer.core.history import Session, collector_paused
from backtrainer.core.history_stats import Facts, all_facts, counts, facts, is_session

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
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

Index = QModelIndex | QPersistentModelIndex
SortKey = float | str

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DESCENDING = Qt.SortOrder.DescendingOrder
_ROLES = frozenset({_DISPLAY, SORT_ROLE, ID_ROLE, _ALIGN, _TOOLTIP})
"""The roles `data()` answers (a view asks for ten or so per cell it paints)."""


def day_text(day: date) -> str:
    """ "Mon 3 Mar 2025", in English whatever the locale (the app's text is English)."""
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def when_text(moment: datetime) -> str:
    return f"{day_text(moment.date())}, {moment:%H:%M}"


def short_when_text(moment: datetime, today: date) -> str:
    """ "Thu 26 Nov, 07:12": the year only when it is not this year's."""
    day = moment.date()
    year = "" if day.year == today.year else f" {day.year}"
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}{year}, {moment:%H:%M}"


def duration_text(seconds: float) -> str:
    """m:ss, or h:mm:ss from an hour on."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    if hours:
        return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
    return f"{rest // 60}:{rest % 60:02d}"


def routine_text(session: Session) -> str:
    return f"{session.title} · {session.mode}" if session.mode else session.title


def status_text(session: Session) -> str:
    return STATUS_TEXT.get(session.status, session.status)


def row_texts(session: Session, fact: Facts) -> tuple[str, str, str, str, str]:
    """What the table shows of a session, column by column."""
    return (
        "?" if fact.moment is None else when_text(fact.moment),
        routine_text(session),
        duration_text(fact.seconds),
        f"{session.sets_done} of {session.planned_sets}",
        status_text(session),
    )


def sort_keys(sessions: Sequence[Session], known: Sequence[Facts], column: int) -> list[SortKey]:
    """For each session, a value that sorts as `column` should. Text compares as Qt
    compares it (by UTF-16 code unit, case-sensitively), which differs from Python's
    order only beyond U+FFFF."""
    if column == DATE:
        never = float("-inf")  # a time that cannot be read sorts as the oldest
        return [never if f.moment is None else f.moment.timestamp() for f in known]
    if column == DURATION:
        return [f.seconds for f in known]
    if column == ROUTINE:
        return [_as_qt_sorts(routine_text(s).casefold()) for s in sessions]
    if column == SETS:
        return [s.sets_done * 1000 + s.planned_sets for s in sessions]
    return [_as_qt_sorts(status_text(s)) for s in sessions]


def sort_key(session: Session, fact: Facts, column: int) -> SortKey:
    """One session's `sort_keys`."""
    return sort_keys([session], [fact], column)[0]


def _as_qt_sorts(text: str) -> str:
    if text.isascii() or max(text) <= "\uffff":
        return text
    # Beyond U+FFFF, Qt compares the surrogate pair (U+D800-DFFF): so does this string.
    return "".join(_surrogates(c) if c > "\uffff" else c for c in text)


def _surrogates(char: str) -> str:
    offset = ord(char) - 0x10000
    return chr(0xD800 + (offset >> 10)) + chr(0xDC00 + (offset & 0x3FF))


class SessionTableModel(QAbstractTableModel):
    """The sessions (in the order given: replay's, as they started) shown one per row, in
    the order of the last `sort()`. `sessions()` and `replace()` go by position in the
    order given; `session(row)`, `started(row)` and the indexes by row as shown."""

    def __init__(self, parent: QObject | None = None, tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self._sessions: list[Session] = []
        self._facts: list[Facts] = []
        self._position: dict[str, int] = {}
        """A session's position in `_sessions`, by id."""
        self._order: list[int] = []
        """The position of the session shown in each row."""
        self._row: list[int] = []
        """The row showing each position (the inverse of `_order`)."""
        self._texts: list[tuple[str, str, str, str, str] | None] = []
        """Each position's texts, once shown."""
        self._keys: dict[int, list[SortKey]] = {}
        """Each position's sort key, per column sorted on."""
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.version = 0
        """Counts the changes to the sessions (`load`, `replace`)."""
        self._counted: tuple[int, list[bool]] | None = None
        """Whether each position is counted (`history_stats.counts`), and of which
        version."""

    # -- the sessions -------------------------------------------------------------------

    def set_sessions(
        self, sessions: Sequence[Session], known: Sequence[Facts] | None = None
    ) -> None:
        """Show these sessions (`known`: their `all_facts`, if worked out already)."""
        self.beginResetModel()
        self.load(sessions, known)
        self.endResetModel()

    def load(self, sessions: Sequence[Session], known: Sequence[Facts] | None = None) -> None:
        """`set_sessions` within a reset the caller began (`beginResetModel`) and ends."""
        self.version += 1
        self._sessions = list(sessions)
        self._facts = all_facts(self._sessions, self.tz) if known is None else list(known)
        if len(self._facts) != len(self._sessions):
            raise ValueError("one Facts per session")
        ids = [s.id for s in self._sessions]  # an id seen twice: its first position
        self._position = dict(zip(reversed(ids), range(len(ids) - 1, -1, -1), strict=True))
        self._texts = [None] * len(self._sessions)
        self._keys = {}
        self._set_order(self._sorted(list(range(len(self._sessions)))))

    def replace(self, position: int, session: Session) -> None:
        """A changed copy of the session at that position in `sessions()` (its notes, or
        deleted or not)."""
        self.replace_all([(position, session)])

    def replace_all(self, changes: Sequence[tuple[int, Session]]) -> None:
        """`replace` of several sessions (a delete of many, or its undo), told to the
        views at once: one change of the rows between the first and the last."""
        if not changes:
            return
        column = self._sort_column
        resort = False
        self.version += 1
        for position, session in changes:
            before = self._key(position, column) if column >= 0 else None
            self._sessions[position] = session
            self._facts[position] = facts(session, self.tz)
            self._texts[position] = None
            for keyed, keys in self._keys.items():
                keys[position] = sort_key(session, self._facts[position], keyed)
            resort = resort or (before is not None and self._key(position, column) != before)
        rows = [self._row[position] for position, _session in changes]
        self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))
        if resort:
            self.sort(self._sort_column, self._sort_order)

    def holds(self, sessions: Sequence[Session]) -> bool:
        """Whether these are the sessions shown: the very same objects, in the same order
        (the store hands out the same ones while the history is unchanged)."""
        return len(sessions) == len(self._sessions) and all(
            map(operator.is_, sessions, self._sessions)
        )

    def facts_for(self, sessions: Sequence[Session]) -> list[Facts]:
        """`all_facts(sessions, tz)`, where a session shown now (the very same object)
        keeps the Facts it has."""
        shown = {id(s): f for s, f in zip(self._sessions, self._facts, strict=True)}
        if not shown:
            return all_facts(sessions, self.tz)
        with collector_paused():
            return [shown.get(id(s)) or facts(s, self.tz) for s in sessions]

    def sessions(self) -> list[Session]:
        """Every session, in the order given."""
        return list(self._sessions)

    def facts(self) -> list[Facts]:
        """Each session's `Facts`, in the order of `sessions()`."""
        return list(self._facts)

    def fact(self, position: int) -> Facts:
        """The `Facts` of the session at that position in `sessions()`."""
        return self._facts[position]

    def counted(self) -> list[bool]:
        """Whether each session, in the order of `sessions()`, is counted: a session
        (`is_session`) and not the continuation of one counted already."""
        if self._counted is None or self._counted[0] != self.version:
            self._counted = (self.version, counts(self._sessions, self._facts))
        return self._counted[1]

    def position(self, session_id: str) -> int:
        """That session's position in `sessions()`; -1 if there is none."""
        return self._position.get(session_id, -1)

    def row_of(self, session_id: str) -> int:
        """The row showing that session; -1 if there is none."""
        position = self._position.get(session_id, -1)
        return -1 if position < 0 else self._row[position]

    def session(self, row: int) -> Session:
        return self._sessions[self._order[row]]

    def started(self, row: int) -> datetime | None:
        return self._facts[self._order[row]].moment

    def filter_values(self, row: int) -> tuple[Session, Facts]:
        """The session in that row and its `Facts`: what the proxy filters on."""
        position = self._order[row]
        return self._sessions[position], self._facts[position]

    # -- sorting ------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows by `column` (-1: in the order given). A stable sort of the rows as they
        are, as QSortFilterProxyModel sorts: rows that tie keep their order."""
        self._sort_column, self._sort_order = column, order
        self._reorder(self._sorted(list(self._order)))

    def sort_afresh(self) -> None:
        """The rows in the order `load` gives them (rows that tie in the order given), as
        the same sessions loaded again would be."""
        self._reorder(self._sorted(list(range(len(self._order)))))

    def _sorted(self, order: list[int]) -> list[int]:
        if self._sort_column >= 0 and order:
            keys = self._column_keys(self._sort_column)
            order.sort(key=keys.__getitem__, reverse=self._sort_order == _DESCENDING)
        else:
            order.sort()
        return order

    def _reorder(self, order: list[int]) -> None:
        if order == self._order:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._order[i.row()], i.column()) for i in persistent]
        self._set_order(order)
        self.changePersistentIndexList(
            persistent, [self.index(self._row[position], column) for position, column in kept]
        )
        self.layoutChanged.emit()

    def _set_order(self, order: list[int]) -> None:
        row = [0] * len(order)
        for shown, position in enumerate(order):
            row[position] = shown
        self._order, self._row = order, row

    def _column_keys(self, column: int) -> list[SortKey]:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = sort_keys(self._sessions, self._facts, column)
        return keys

    def _key(self, position: int, column: int) -> SortKey:
        return self._column_keys(column)[position]

    # -- what Qt asks -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._order):
            return None
        position = self._order[index.row()]
        column = index.column()
        if role == _DISPLAY:
            texts = self._texts[position]
            if texts is None:
                texts = self._texts[position] = row_texts(
                    self._sessions[position], self._facts[position]
                )
            return texts[column]
        if role == SORT_ROLE:
            return self._key(position, column)
        if role == ID_ROLE:
            return self._sessions[position].id
        if role == _ALIGN and column in (DURATION, SETS):
            return _RIGHT
        if role == _TOOLTIP:
            return self._tooltip(position, column)
        return None

    def _tooltip(self, position: int, column: int) -> str | None:
        session = self._sessions[position]
        if column == DATE:
            return session.started_at
        if column == DURATION:
            seconds = self._facts[position].seconds
            return f"{duration_text(seconds)} of {duration_text(session.planned_seconds)}"
        if column == STATUS and session.resumed_from:
            return "Continues an interrupted session"
        return None


class FilterValues(NamedTuple):
    """What the table shows: one routine's sessions (None: all), between two local dates
    (both included; None: open), and the short ones too or not."""

    routine: str | None = None
    first: date | None = None
    last: date | None = None
    show_short: bool = False


class Shown(NamedTuple):
    """What the rows shown are (see `SessionFilter.shown`)."""

    sessions: int
    """Sessions counted, as every number of the history counts them."""
    short: int
    """Short sessions shown (with "Show short sessions")."""
    parts: int
    """Continuations of an interrupted session counted already: rows, not sessions."""
    hidden_short: int
    """Short sessions of this routine and period, hidden."""


class SessionFilter(QSortFilterProxyModel):
    """Filtered rows: by routine, by local date (both ends included), short sessions only
    when asked for, and never a deleted session. Sorting is the model's (`sort` hands it
    over): the proxy keeps its order."""

    def __init__(self, source: SessionTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.source = source
        self.setSortRole(SORT_ROLE)
        self.values = FilterValues()

    @property
    def routine(self) -> str | None:
        return self.values.routine

    @property
    def first(self) -> date | None:
        return self.values.first

    @property
    def last(self) -> date | None:
        return self.values.last

    @property
    def show_short(self) -> bool:
        return self.values.show_short

    def set_filter(
        self,
        routine: str | None = None,
        first: date | None = None,
        last: date | None = None,
        show_short: bool = False,
    ) -> None:
        self.beginFilterChange()
        self.values = FilterValues(routine, first, last, show_short)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter_values(
        self,
        routine: str | None = None,
        first: date | None = None,
        last: date | None = None,
        show_short: bool = False,
    ) -> None:
        """`set_filter` within a reset of the model (which filters the rows anew)."""
        self.values = FilterValues(routine, first, last, show_short)

    def filter_values(self) -> FilterValues:
        return self.values

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The table's header asks the proxy: the model sorts, once, with its own keys."""
        self.source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        session, fact = self.source.filter_values(source_row)
        shown = self.values.show_short or is_session(session, fact)
        return shown and self._matches(session, fact)

    def _matches(self, session: Session, fact: Facts) -> bool:
        """Not deleted, of the routine and the period chosen (short or not)."""
        if session.deleted:
            return False
        routine, first, last, _short = self.values
        if routine is not None and session.routine != routine:
            return False
        if first is None and last is None:
            return True
        day = fact.day
        if day is None:
            return False
        return (first is None or day >= first) and (last is None or day <= last)

    def shown(self) -> Shown:
        """What the rows shown are: how many sessions (counted as every number of the
        history counts them), short sessions and resumed parts; and how many short
        sessions the routine and period have that are hidden."""
        sessions = short = parts = 0
        flags = self.source.counted()
        everything = zip(self.source.sessions(), self.source.facts(), flags, strict=True)
        for session, fact, counted in everything:
            if not self._matches(session, fact):
                continue
            if counted:
                sessions += 1
            elif is_session(session, fact):
                parts += 1
            else:
                short += 1
        if self.values.show_short:
            return Shown(sessions, short, parts, 0)
        return Shown(sessions, 0, parts, short)

    def session_at(self, index: Index) -> Session:
        return self.source.session(self.mapToSource(index).row())

    def visible(self) -> list[Session]:
        """The sessions shown, in the order shown."""
        return [self.session_at(self.index(row, 0)) for row in range(self.rowCount())]

    def index_of(self, session_id: str) -> QModelIndex:
        """The row showing that session (invalid if it is not shown)."""
        row = self.source.row_of(session_id)
        if row < 0:
            return QModelIndex()
        return self.mapFromSource(self.source.index(row, 0))
