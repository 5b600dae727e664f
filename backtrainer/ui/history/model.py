"""The history table: one row per session shown (model), over the sessions' columns
(rows.py). Deleted sessions stay in the columns, filtered out of the rows, so that
undoing a delete is only a matter of showing the row again. Short sessions (no set
finished: see `history_stats.is_session`) are hidden too, unless the user asks to see them.

A hundred thousand sessions must show at once, so nothing is worked out per row that is
not shown, and nothing per call of `data()`: the model filters and sorts positions (one
list comprehension, one `list.sort` with a column's keys, worked out once when it is first
sorted on), a row's texts are made once when first shown, and a whole session is read only
when it is looked at. The proxy is an identity: it hands the table's sort and the screen's
filter to the model (QSortFilterProxyModel would call Python once per row to filter)."""

from __future__ import annotations

import operator
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from itertools import compress, repeat
from operator import and_, countOf, ge, le
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from backtrainer.core.history import Session
from backtrainer.core.history_columns import summarize_columns
from backtrainer.core.history_stats import Summary
from backtrainer.ui.history.rows import Rows

translate = QCoreApplication.translate

COLUMNS = (
    QT_TRANSLATE_NOOP("SessionTableModel", "Date"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Routine"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Duration"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Sets"),
    QT_TRANSLATE_NOOP("SessionTableModel", "Status"),
)
"""The headers, in English: translated where shown."""
DATE, ROUTINE, DURATION, SETS, STATUS = range(len(COLUMNS))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""A value that sorts as the column should (the display text does not, for dates)."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The session's id, in every column."""

STATUS_TEXT = {
    "completed": QT_TRANSLATE_NOOP("history", "Completed"),
    "stopped": QT_TRANSLATE_NOOP("history", "Stopped"),
    "interrupted": QT_TRANSLATE_NOOP("history", "Interrupted"),
    "running": QT_TRANSLATE_NOOP("history", "In progress"),
}
"""Each status in English: `status_word` translates it."""

Index = QModelIndex | QPersistentModelIndex
SortKey = float | str

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DESCENDING = Qt.SortOrder.DescendingOrder
_ROLES = frozenset({_DISPLAY, SORT_ROLE, ID_ROLE, _ALIGN, _TOOLTIP})
"""The roles `data()` answers (a view asks for ten or so per cell it paints)."""


def status_word(status: str) -> str:
    """A session's status as the table shows it, in the window's language."""
    english = STATUS_TEXT.get(status)
    return status if english is None else translate("history", str(english))


def _date(day: date, pattern: str) -> str:
    """`day` in the window's language (names of days and months from QLocale)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def day_text(day: date) -> str:
    """ "Mon 3 Mar 2025" ("Mo., 3. März 2025"), in the window's language."""
    return _date(day, translate("history", "ddd d MMM yyyy"))


def day_month_text(day: date) -> str:
    """ "3 Mar" ("3. März"), in the window's language."""
    return _date(day, translate("history", "d MMM"))


def when_text(moment: datetime) -> str:
    return f"{day_text(moment.date())}, {moment:%H:%M}"


def short_when_text(moment: datetime, today: date) -> str:
    """ "Thu 26 Nov, 07:12": the year only when it is not this year's."""
    day = moment.date()
    if day.year == today.year:
        this_year = _date(day, translate("history", "ddd d MMM"))
        return f"{this_year}, {moment:%H:%M}"
    return when_text(moment)


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
    return status_word(session.status)


def sort_keys(rows: Rows, column: int) -> list[SortKey]:
    """For each position, a value that sorts as `column` should. Text compares as Qt
    compares it (by UTF-16 code unit, case-sensitively), which differs from Python's
    order only beyond U+FFFF."""
    if column == DATE:
        return list(rows.stamps)
    if column == DURATION:
        return list(rows.seconds)
    if column == ROUTINE:
        return [_as_qt_sorts(rows.routine_text(n).casefold()) for n in range(len(rows))]
    if column == SETS:
        return [d * 1000 + p for d, p in zip(rows.sets_done, rows.planned_sets, strict=True)]
    return [_as_qt_sorts(status_word(s)) for s in rows.status]


def _as_qt_sorts(text: str) -> str:
    if text.isascii() or max(text) <= "\uffff":
        return text
    # Beyond U+FFFF, Qt compares the surrogate pair (U+D800-DFFF): so does this string.
    return "".join(_surrogates(c) if c > "\uffff" else c for c in text)


def _surrogates(char: str) -> str:
    offset = ord(char) - 0x10000
    return chr(0xD800 + (offset >> 10)) + chr(0xDC00 + (offset & 0x3FF))


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


class SessionTableModel(QAbstractTableModel):
    """The sessions shown (filtered by `FilterValues`), one per row, in the order of the
    last `sort()`. Positions are the order the sessions started (`rows`); `session(row)`,
    `started(row)` and the indexes go by row as shown."""

    def __init__(self, parent: QObject | None = None, tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.rows = Rows.empty(tz)
        self.values = FilterValues()
        self._order: list[int] = []
        """Every position, sorted (the rows shown are those of them that pass the filter)."""
        self._shown: list[int] = []
        """The position shown in each row."""
        self._row: list[int] | None = None
        """The row showing each position (-1: not shown), made when first asked."""
        self._texts: dict[int, tuple[str, str, str, str, str]] = {}
        """Each position's texts, once shown."""
        self._keys: dict[int, list[SortKey]] = {}
        """Each position's sort key, per column sorted on."""
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.version = 0
        """Counts the changes to the sessions (`load`, `edit`, `set_deleted`)."""
        self.filtered = 0
        """Passes of the filter over the sessions (each one over all of them)."""

    # -- the sessions -------------------------------------------------------------------

    def set_rows(self, rows: Rows) -> None:
        self.beginResetModel()
        self.load(rows)
        self.endResetModel()

    def load(self, rows: Rows) -> None:
        """`set_rows` within a reset the caller began (`beginResetModel`) and ends; the
        filter is applied by the caller (`set_filter_values`, or `filter_within_reset`)."""
        self.version += 1
        self.rows = rows
        self._texts = {}
        self._keys = {}
        self._order = self._sorted(list(range(len(rows))))
        self._shown, self._row = [], None

    def holds(self, source: object) -> bool:
        """Whether the rows were made from this (the very same sessions, or index)."""
        mine = self.rows.source
        if isinstance(source, list) and isinstance(mine, list):
            return len(source) == len(mine) and all(map(operator.is_, source, mine))
        if isinstance(source, tuple) and isinstance(mine, tuple):
            return source[0] is mine[0] and source[1] == mine[1]
        return False

    def edit(self, position: int, **changes: object) -> None:
        """Notes or effort changed: nothing the table shows."""
        self.version += 1
        self.rows.edit(position, **changes)

    def set_deleted(self, positions: Sequence[int], deleted: bool) -> None:
        """Deleted or brought back: the rows shown change (the screen selects again)."""
        self.version += 1
        for position in positions:
            self.rows.edit(position, deleted=deleted)
        self.beginResetModel()
        self._refilter()
        self.endResetModel()

    def position(self, session_id: str) -> int:
        """That session's position; -1 if there is none."""
        return self.rows.position(session_id)

    def row_of(self, session_id: str) -> int:
        """The row showing that session; -1 if there is none."""
        position = self.rows.position(session_id)
        if position < 0:
            return -1
        if self._row is None:
            row = [-1] * len(self.rows)
            for shown, at in enumerate(self._shown):
                row[at] = shown
            self._row = row
        return self._row[position]

    def session(self, row: int) -> Session:
        return self.rows.session(self._shown[row])

    def started(self, row: int) -> datetime | None:
        return self.rows.moment(self._shown[row])

    def summary(self, goal: int, today: date) -> Summary:
        return summarize_columns(self.rows.columns(), goal, today)

    # -- filtering ----------------------------------------------------------------------

    def set_filter(self, values: FilterValues) -> None:
        self.beginResetModel()
        self.values = values
        self._refilter()
        self.endResetModel()

    def filter_within_reset(self, values: FilterValues) -> None:
        self.values = values
        self._refilter()

    def _refilter(self) -> None:
        self.filtered += 1
        rows = self.rows
        wanted = self._chosen(rows.kept() if self.values.show_short else rows.sessions())
        order = self._order
        if self._sort_column < 0:  # in the order given: position n is row n
            self._shown = list(compress(order, wanted))
        else:
            self._shown = list(compress(order, map(wanted.__getitem__, order)))
        self._row = None

    def _chosen(self, flags: list[bool]) -> list[bool]:
        """By position: `flags`, and of the routine and in the period chosen (whole
        columns at a time, in C)."""
        rows = self.rows
        routine, first, last, _short = self.values
        if routine is not None:
            flags = list(map(and_, flags, map(routine.__eq__, rows.routines)))
        if first is not None or last is not None:
            days = rows.days  # 0 (unknown) is in no period
            low = 1 if first is None else first.toordinal()
            high = date.max.toordinal() if last is None else last.toordinal()
            within = map(and_, map(le, repeat(low), days), map(ge, repeat(high), days))
            flags = list(map(and_, flags, within))
        return flags

    def shown(self) -> Shown:
        """What the rows shown are (see `SessionFilter.shown`)."""
        rows = self.rows
        matching = self._chosen(rows.kept())  # short or not
        sessions = countOf(compress(rows.counted(), matching), True)
        work = countOf(compress(rows.worked, matching), True)
        parts, short = work - sessions, countOf(matching, True) - work  # counted ones worked
        if self.values.show_short:
            return Shown(sessions, short, parts, 0)
        return Shown(sessions, 0, parts, short)

    # -- sorting ------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows by `column` (-1: in the order given). A stable sort of the rows as they
        are, as QSortFilterProxyModel sorts: rows that tie keep their order."""
        self._sort_column, self._sort_order = column, order
        self._reorder(self._sorted(list(self._order)))

    def sort_afresh(self) -> None:
        """The rows in the order `load` gives them (rows that tie in the order given), as
        the same sessions loaded again would be."""
        self._reorder(self._sorted(list(range(len(self.rows)))))

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
        self._order = order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._shown[i.row()], i.column()) for i in persistent]
        self._refilter()  # the rows shown, in the new order
        self.changePersistentIndexList(
            persistent, [self.index(self.row_of_position(p), column) for p, column in kept]
        )
        self.layoutChanged.emit()

    def row_of_position(self, position: int) -> int:
        return self.row_of(self.rows.ids[position])

    def _column_keys(self, column: int) -> list[SortKey]:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = sort_keys(self.rows, column)
        return keys

    # -- what Qt asks -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._shown):
            return None
        position = self._shown[index.row()]
        column = index.column()
        if role == _DISPLAY:
            texts = self._texts.get(position)
            if texts is None:
                texts = self._texts[position] = self._row_texts(position)
            return texts[column]
        if role == SORT_ROLE:
            return self._column_keys(column)[position]
        if role == ID_ROLE:
            return self.rows.ids[position]
        if role == _ALIGN and column in (DURATION, SETS):
            return _RIGHT
        if role == _TOOLTIP:
            return self._tooltip(position, column)
        return None

    def _row_texts(self, position: int) -> tuple[str, str, str, str, str]:
        """What the table shows of a session, column by column."""
        rows = self.rows
        moment = rows.moment(position)
        status = rows.status[position]
        return (
            "?" if moment is None else when_text(moment),
            rows.routine_text(position),
            duration_text(rows.seconds[position]),
            self.tr("{done} of {planned}").format(
                done=rows.sets_done[position], planned=rows.planned_sets[position]
            ),
            status_word(status),
        )

    def _tooltip(self, position: int, column: int) -> str | None:
        rows = self.rows
        if column == DATE:
            return rows.started_at[position]
        if column == DURATION:
            seconds, planned = rows.seconds[position], rows.planned_seconds[position]
            return self.tr("{done} of {planned}").format(
                done=duration_text(seconds), planned=duration_text(planned)
            )
        if column == STATUS and rows.resumed_from[position]:
            return self.tr("Continues an interrupted session")
        return None


class SessionFilter(QIdentityProxyModel):
    """The rows the model shows, as they are: by routine, by local date (both ends
    included), short sessions only when asked for, never a deleted session. Filtering and
    sorting are the model's (`set_filter`, `sort` hand them over)."""

    def __init__(self, source: SessionTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.source = source

    @property
    def values(self) -> FilterValues:
        return self.source.values

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
        self.source.set_filter(FilterValues(routine, first, last, show_short))

    def set_filter_values(
        self,
        routine: str | None = None,
        first: date | None = None,
        last: date | None = None,
        show_short: bool = False,
    ) -> None:
        """`set_filter` within a reset of the model (which filters the rows anew)."""
        self.source.filter_within_reset(FilterValues(routine, first, last, show_short))

    def filter_values(self) -> FilterValues:
        return self.values

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The table's header asks the proxy: the model sorts, once, with its own keys."""
        self.source.sort(column, order)

    def shown(self) -> Shown:
        """What the rows shown are: how many sessions (counted as every number of the
        history counts them), short sessions and resumed parts; and how many short
        sessions the routine and period have that are hidden."""
        return self.source.shown()

    def session_at(self, index: Index) -> Session:
        return self.source.session(self.mapToSource(index).row())

    def visible(self) -> list[Session]:
        """The sessions shown, in the order shown."""
        return [self.source.session(row) for row in range(self.rowCount())]

    def index_of(self, session_id: str) -> QModelIndex:
        """The row showing that session (invalid if it is not shown)."""
        row = self.source.row_of(session_id)
        if row < 0:
            return QModelIndex()
        return self.mapFromSource(self.source.index(row, 0))
