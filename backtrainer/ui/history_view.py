"""The history screen: past sessions in a sortable, filterable table; the selected one in
detail with its notes and effort; delete with undo; export; and a summary of the weeks.

Every change is a record appended to the history store (NotesSet, Deleted, Restored);
the screen then updates its own copy of the session, so an edit never waits for the
history to be read again. `refresh()` reads it again (call it whenever the screen is
shown). A store that reports a problem is shown saying so; a read-only store turns
editing off, with the reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta, tzinfo
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import Protocol

import msgspec
from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backtrainer.core.history import Deleted, NotesSet, Record, Restored, Session, StepDone
from backtrainer.core.history_stats import DEFAULT_GOAL, local_date, started, summarize, week_of
from backtrainer.storage.preferences import Preferences
from backtrainer.ui.history_model import (
    DATE,
    DURATION,
    ROUTINE,
    SETS,
    STATUS,
    STATUS_TEXT,
    SessionFilter,
    SessionTableModel,
    day_text,
    duration_text,
    routine_text,
    when_text,
)
from backtrainer.ui.week_chart import WeekChart

log = logging.getLogger(__name__)

GOAL_RANGE = (1, 14)
EXPORT_KINDS = {"csv": "CSV files (*.csv)", "json": "JSON files (*.json)"}


class HistoryStoreLike(Protocol):
    """What the screen needs of `backtrainer.storage.history_store.HistoryStore`."""

    @property
    def problem(self) -> str | None: ...
    @property
    def read_only(self) -> bool: ...
    def sessions(self) -> list[Session]: ...
    def append(self, record: Record) -> bool: ...


class PreferencesHolder(Protocol):
    """The app's preferences and how to save a change to them: the main window's
    VoiceControl is one. (The goal must be saved through the one object that holds the
    preferences, or the next save of another preference would write the old goal back.)"""

    @property
    def preferences(self) -> Preferences: ...
    @property
    def problem(self) -> str | None: ...
    def save(self, **changes: object) -> bool: ...


PERIODS = ("All time", "This week", "Last 4 weeks", "Last 12 weeks", "This year", "Custom dates")
CUSTOM = len(PERIODS) - 1


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _hours(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


class SessionTable(QTableView):
    """The sessions table; Delete (or Backspace) asks to delete the selected session."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.delete_pressed.emit()
        else:
            super().keyPressEvent(event)


class Notice(QFrame):
    """A line of text in a frame, with an icon, drawn in the palette's colours."""

    def __init__(self, icon: QStyle.StandardPixmap | None = None) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(8, 4, 8, 4)
        if icon is not None:
            picture = QLabel()
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            picture.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
            self.row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row.addWidget(self.text, 1)
        self.hide()

    def show_text(self, text: str | None) -> None:
        self.text.setText(text or "")
        self.setVisible(bool(text))


def step_note(step: StepDone) -> str:
    notes = []
    if step.skipped:
        notes.append("Skipped" if step.actual_seconds < 1 else "Cut short")
    if step.adjusted_seconds:
        notes.append(f"{step.adjusted_seconds:+.0f} s")
    return ", ".join(notes)


def reps_text(step: StepDone) -> str:
    if step.reps is None:
        return "" if step.reps_counted is None else str(step.reps_counted)
    if step.reps_counted is None or step.reps_counted == step.reps:
        return str(step.reps)
    return f"{step.reps_counted} of {step.reps}"


def details_html(session: Session, tz: tzinfo | None = None) -> str:
    moment = started(session, tz)
    when = "Unknown date" if moment is None else when_text(moment)
    work = [s for s in session.steps if s.kind == "work"]
    work_seconds = sum(s.actual_seconds for s in work)
    planned_work = sum(s.planned_seconds for s in work)
    lines = [
        f"<b style='font-size:large'>{escape(routine_text(session))}</b>",
        f"{escape(when)} · {escape(STATUS_TEXT.get(session.status, session.status))}",
        f"Time {duration_text(session.seconds)} of {duration_text(session.planned_seconds)}"
        f" (work {duration_text(work_seconds)} of {duration_text(planned_work)})"
        f" · Sets {session.sets_done} of {session.planned_sets}",
    ]
    if session.resumed_from:
        lines.append("Continues an interrupted session.")
    return "<br>".join(lines)


STEP_COLUMNS = ("Move", "Side", "Round", "Planned", "Actual", "Reps", "Note")


class HistoryView(QWidget):
    """`HistoryView(store, preferences, parent)`: `store` is the app's HistoryStore,
    `preferences` the object that holds and saves the app's preferences (the main
    window's VoiceControl), for the weekly goal. Call `refresh()` each time the screen is
    shown, and `commit_notes()` before the store is closed."""

    back_requested = Signal()

    def __init__(
        self,
        store: HistoryStoreLike,
        preferences: PreferencesHolder | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.prefs = preferences
        self.today = today
        self.tz = tz
        self._goal = preferences.preferences.weekly_goal if preferences else DEFAULT_GOAL
        self._undo: list[str] = []
        """Ids of the sessions deleted here, the last one last."""
        self._shown: str | None = None
        """The session in the details pane."""
        self._dirty = False
        self._loading = False
        """Reading the store: the filters wait until it is done."""
        self._filling = False
        """Filling the details pane: not an edit by the user."""
        self._error: str | None = None
        self._saved = True
        """Whether the last change appended was saved at once."""
        self.summary = summarize([], self._goal, today(), tz)

        self.model = SessionTableModel(self, tz)
        self.proxy = SessionFilter(self.model, self)
        self._build()
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.back_button = QPushButton("← &Back to routines")
        heading = QLabel("History")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.export_csv_button = QPushButton("Export &CSV…")
        self.export_json_button = QPushButton("Export &JSON…")
        for button in (self.export_csv_button, self.export_json_button):
            button.setToolTip("Save the sessions shown in the table to a file")
        self.back_button.clicked.connect(self.go_back)
        self.export_csv_button.clicked.connect(self.export_csv)
        self.export_json_button.clicked.connect(self.export_json)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(self.export_csv_button)
        top.addWidget(self.export_json_button)

        self.problem = Notice(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.problem.setAccessibleName("History problem")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self._build_summary())
        layout.addLayout(self._build_filters())
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_table())
        splitter.addWidget(self._build_details())
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        layout.addWidget(splitter, 1)

        self._shortcut(QKeySequence.StandardKey.Undo, self.undo_delete)
        self._shortcut(QKeySequence.StandardKey.Save, self.save_notes)
        chain: list[QWidget] = [
            self.back_button,
            self.routine_filter,
            self.period,
            self.first_date,
            self.last_date,
            self.table,
            self.delete_button,
            self.undo_button,
            self.steps,
            self.notes,
            self.effort,
            self.save_button,
            self.goal,
            self.routine_totals,
            self.export_csv_button,
            self.export_json_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.setFocusProxy(self.table)

    def _shortcut(self, key: QKeySequence.StandardKey, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _build_summary(self) -> QWidget:
        self.week_summary = QLabel()
        self.week_summary.setTextFormat(Qt.TextFormat.RichText)
        self.week_summary.setAccessibleName("This week")
        self.streak = QLabel()
        self.streak.setTextFormat(Qt.TextFormat.RichText)
        self.streak.setAccessibleName("Streak")
        self.goal = QSpinBox()
        self.goal.setRange(*GOAL_RANGE)
        self.goal.setSuffix(" sessions a week")
        self.goal.setValue(self._goal)
        self.goal.setAccessibleName("Weekly goal")
        self.goal.valueChanged.connect(self.set_goal)
        goal_label = QLabel("Weekly &goal")
        goal_label.setBuddy(self.goal)
        goal_row = QHBoxLayout()
        goal_row.addWidget(goal_label)
        goal_row.addWidget(self.goal)
        goal_row.addStretch()
        for label in (self.week_summary, self.streak):
            label.setWordWrap(True)
            label.setFixedWidth(label.fontMetrics().averageCharWidth() * 36)
        numbers = QVBoxLayout()
        numbers.addWidget(self.week_summary)
        numbers.addWidget(self.streak)
        numbers.addStretch()
        numbers.addLayout(goal_row)

        self.chart = WeekChart()
        chart_column = QVBoxLayout()
        chart_column.addWidget(QLabel("<b>Minutes per week</b>, last 12 weeks"))
        chart_column.addWidget(self.chart, 1)

        self.totals = QLabel()
        self.routine_totals = QTableWidget(0, 3)
        self.routine_totals.setHorizontalHeaderLabels(["Routine", "Sessions", "Time"])
        self.routine_totals.setAccessibleName("Totals per routine")
        _read_only_table(self.routine_totals)
        header = self.routine_totals.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        totals_column = QVBoxLayout()
        totals_column.addWidget(self.totals)
        totals_column.addWidget(self.routine_totals, 1)

        summary = QWidget()
        row = QHBoxLayout(summary)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(numbers, 0)
        row.addSpacing(12)
        row.addLayout(chart_column, 3)
        row.addSpacing(12)
        row.addLayout(totals_column, 2)
        self.summary_box = summary
        return summary

    def _build_filters(self) -> QHBoxLayout:
        self.routine_filter = QComboBox()
        self.routine_filter.setAccessibleName("Routine filter")
        self.routine_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period = QComboBox()
        self.period.addItems(PERIODS)
        self.period.setAccessibleName("Period")
        english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        self.first_date = QDateEdit()
        self.last_date = QDateEdit()
        for edit, name in ((self.first_date, "From date"), (self.last_date, "To date")):
            edit.setLocale(english)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setCalendarPopup(True)
            edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._dates_changed)
        self.routine_filter.currentIndexChanged.connect(self._apply_filter)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.shown_count = QLabel()

        row = QHBoxLayout()
        for text, widget in (
            ("&Routine", self.routine_filter),
            ("&Period", self.period),
            ("Fro&m", self.first_date),
            ("&To", self.last_date),
        ):
            label = QLabel(text)
            label.setMinimumWidth(label.sizeHint().width() + 4)  # an underline undoes kerning
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
            row.addSpacing(6)
        row.addStretch()
        row.addWidget(self.shown_count)
        return row

    def _build_table(self) -> QWidget:
        self.table = SessionTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Sessions")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        _compact_rows(self.table)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ROUTINE, QHeaderView.ResizeMode.Stretch)
        for column in (DATE, DURATION, SETS, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._open_details)
        self.table.delete_pressed.connect(self.delete_selected)

        self.delete_button = QPushButton("&Delete  [Del]")
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_text = QLabel()
        self.undo_text.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_text.setWordWrap(True)
        self.undo_button = QPushButton("&Undo  [Ctrl+Z]")
        self.undo_button.clicked.connect(self.undo_delete)
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
        self.message.setAccessibleName("Message")

        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.undo_bar, 1)
        buttons.addStretch()
        box = QWidget()
        pane = QVBoxLayout(box)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.table, 1)
        pane.addLayout(buttons)
        pane.addWidget(self.message)
        return box

    def _build_details(self) -> QWidget:
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAccessibleName("Session details")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps = QTableWidget(0, len(STEP_COLUMNS))
        self.steps.setHorizontalHeaderLabels(list(STEP_COLUMNS))
        self.steps.setAccessibleName("Moves")
        _read_only_table(self.steps)
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(STEP_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName("Notes")
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        self.notes.textChanged.connect(self._edited)
        self.effort = QSpinBox()
        self.effort.setRange(0, 10)
        self.effort.setSpecialValueText("Not rated")
        self.effort.setSuffix(" / 10")
        self.effort.setAccessibleName("Effort, 1 to 10")
        self.effort.setToolTip("How hard it felt: 1 very easy, 10 as hard as you can go")
        self.effort.valueChanged.connect(self._edited)
        self.save_button = QPushButton("S&ave notes  [Ctrl+S]")
        self.save_button.clicked.connect(self.save_notes)
        notes_label = QLabel("&Notes")
        notes_label.setBuddy(self.notes)
        effort_label = QLabel("&Effort")
        effort_label.setBuddy(self.effort)

        edit_row = QHBoxLayout()
        edit_row.addWidget(effort_label)
        edit_row.addWidget(self.effort)
        edit_row.addStretch()
        edit_row.addWidget(self.save_button)
        box = QWidget()
        pane = QVBoxLayout(box)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.details)
        pane.addWidget(self.steps, 1)
        pane.addWidget(notes_label)
        pane.addWidget(self.notes)
        pane.addLayout(edit_row)
        return box

    # -- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history again (the store's current sessions) and show it."""
        self.commit_notes()
        keep = self._shown
        try:
            sessions = self.store.sessions()
        except (OSError, ValueError) as exc:  # the store should report, not raise: never crash
            log.exception("could not read the history")
            sessions = []
            self._error = f"Could not read the history: {exc}"
        else:
            self._error = None
        self._undo.clear()
        self._loading = True
        self.model.set_sessions(sessions)
        self._fill_routine_filter()
        self._loading = False
        self._period_changed()
        self._show_problem()
        self._update_summary()
        self._select(keep)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self._select_row(0)
        self._show_undo()

    def _fill_routine_filter(self) -> None:
        current = self.routine_filter.currentData()
        titles: dict[str, str] = {}
        for session in self.model.sessions():
            if not session.deleted:
                titles[session.routine] = session.title
        self.routine_filter.blockSignals(True)
        self.routine_filter.clear()
        self.routine_filter.addItem("All routines", None)
        for routine, title in sorted(titles.items(), key=lambda item: item[1].casefold()):
            self.routine_filter.addItem(title, routine)
        self.routine_filter.setCurrentIndex(max(0, self.routine_filter.findData(current)))
        self.routine_filter.blockSignals(False)

    @property
    def read_only(self) -> bool:
        return bool(self.store.read_only) or self._error is not None

    def _show_problem(self) -> None:
        problems = [p for p in (self._error, self.store.problem) if p]
        if self.store.read_only:
            problems.append("The history is read-only here: editing and deleting are off.")
        self.problem.show_text("\n".join(problems) or None)
        editable = not self.read_only
        shown = self.selected()
        self.delete_button.setEnabled(editable and shown is not None and shown.status != "running")
        self.undo_button.setEnabled(editable)
        self.notes.setReadOnly(not editable)
        self.notes.setPlaceholderText(
            "How did it go? Saved with the session." if editable else "No notes."
        )
        self.effort.setEnabled(editable and self._shown is not None)
        self.save_button.setEnabled(editable and self._dirty)

    # -- filters -----------------------------------------------------------------------

    def _range(self, period: int) -> tuple[date | None, date | None]:
        today = self.today()
        monday = week_of(today)
        if period == 1:
            return monday, None
        if period == 2:
            return monday - timedelta(weeks=3), None
        if period == 3:
            return monday - timedelta(weeks=11), None
        if period == 4:
            return date(today.year, 1, 1), None
        if period == CUSTOM:
            return _pydate(self.first_date.date()), _pydate(self.last_date.date())
        return None, None

    def _period_changed(self) -> None:
        custom = self.period.currentIndex() == CUSTOM
        if not custom:  # show the dates the period covers
            self._set_dates(*self._span(*self._range(self.period.currentIndex())))
        for edit in (self.first_date, self.last_date):
            edit.setEnabled(custom)
        self._apply_filter()

    def _span(self, first: date | None, last: date | None) -> tuple[date, date]:
        """Open ends closed: from the first session on record, to today or the last."""
        days = [d for s in self.model.sessions() if (d := local_date(s, self.tz))]
        return first or min(days, default=self.today()), last or max([self.today(), *days])

    def _set_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.first_date, first), (self.last_date, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _dates_changed(self) -> None:
        first, last = _pydate(self.first_date.date()), _pydate(self.last_date.date())
        if last < first:  # keep the range the right way round: the other end follows
            if self.sender() is self.first_date:
                last = first
            else:
                first = last
            self._set_dates(first, last)
        self._apply_filter()

    def set_filter(
        self, routine: str | None = None, first: date | None = None, last: date | None = None
    ) -> None:
        """Show one routine's sessions (None: all), between two dates (both included)."""
        self.routine_filter.blockSignals(True)
        self.routine_filter.setCurrentIndex(max(0, self.routine_filter.findData(routine)))
        self.routine_filter.blockSignals(False)
        self.period.blockSignals(True)
        self.period.setCurrentIndex(CUSTOM if first or last else 0)
        self.period.blockSignals(False)
        if first or last:
            self._set_dates(*self._span(first, last))
        self._period_changed()

    def _apply_filter(self) -> None:
        if self._loading:
            return
        first, last = self._range(self.period.currentIndex())
        keep = self._shown
        self.proxy.set_filter(self.routine_filter.currentData(), first, last)
        self._select(keep)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self._select_row(0)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        self.shown_count.setText(_plural(shown, "session") + " shown")
        if not shown:
            self._show_details(None)

    # -- selection and details -----------------------------------------------------------

    def selected(self) -> Session | None:
        index = self.table.currentIndex()
        return self.proxy.session_at(index) if index.isValid() else None

    def _select(self, session_id: str | None) -> None:
        index = self.proxy.index_of(session_id) if session_id else QModelIndex()
        if index.isValid():
            self._select_row(index.row())

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        session = self.proxy.session_at(current) if current.isValid() else None
        if session is not None and session.id == self._shown:
            return
        self.commit_notes()
        self._show_details(session)

    def _show_details(self, session: Session | None) -> None:
        self._shown = None if session is None else session.id
        self.steps.setRowCount(0)
        self._filling = True
        if session is None:
            empty = not any(not s.deleted for s in self.model.sessions())
            self.details.setText(
                "No sessions yet: finish a workout and it shows here."
                if empty
                else "No session selected."
            )
            self.notes.clear()
            self.effort.setValue(0)
        else:
            self.details.setText(details_html(session, self.tz))
            self._fill_steps(session)
            self.notes.setPlainText(session.notes)
            self.effort.setValue(session.effort or 0)
        self._filling = False
        self._dirty = False
        self.notes.setEnabled(session is not None)
        self.steps.setEnabled(session is not None)
        self._show_problem()

    def _fill_steps(self, session: Session) -> None:
        work = [s for s in session.steps if s.kind == "work"]
        self.steps.setRowCount(len(work))
        for row, step in enumerate(work):
            values = (
                step.exercise or step.kind,
                (step.side or "").capitalize(),
                "" if step.round is None else str(step.round),
                duration_text(step.planned_seconds),
                duration_text(step.actual_seconds),
                reps_text(step),
                step_note(step),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if 3 <= column <= 5:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if step.skipped:
                    font = item.font()
                    font.setItalic(True)
                    font.setBold(column == len(values) - 1)
                    item.setFont(font)
                self.steps.setItem(row, column, item)

    def _open_details(self, index: QModelIndex) -> None:
        """Enter (or a double click) on a session: into its details."""
        if index.isValid():
            self.steps.setFocus()
            if self.steps.rowCount():
                self.steps.setCurrentCell(0, 0)

    # -- editing -------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._filling or self._shown is None:
            return
        self._dirty = True
        self.save_button.setEnabled(not self.read_only)

    def _append(self, record: Record) -> bool:
        """Append an edit; False if it could not be made at all. A store that could not
        save it yet keeps it in memory and retries (its `problem` says so): the edit
        stands, and the screen shows it as made."""
        if self.read_only:
            return False
        try:
            saved = self.store.append(record)
        except (OSError, ValueError) as exc:  # the store should report, not raise
            log.exception("could not append to the history")
            self.message.setText(f"Could not save the change: {exc}")
            self._show_problem()
            return False
        self._saved = saved
        if not saved:
            self.message.setText(
                f"Not saved yet: {self.store.problem}" if self.store.problem else "Not saved yet."
            )
        self._show_problem()
        return True

    def _replace(self, session_id: str, **changes: object) -> Session | None:
        for row, session in enumerate(self.model.sessions()):
            if session.id == session_id:
                changed = msgspec.structs.replace(session, **changes)
                self.model.replace(row, changed)
                return changed
        return None

    def save_notes(self) -> None:
        """Save the notes and effort shown, if changed (Ctrl+S, or the button)."""
        self.message.clear()
        if self.commit_notes() and self._saved:
            self.message.setText("Notes saved.")

    def commit_notes(self) -> bool:
        """Append the notes and effort of the session shown, if they were changed."""
        if not self._dirty or self._shown is None or self.read_only:
            return False
        notes = self.notes.toPlainText()
        effort = self.effort.value() or None
        if not self._append(NotesSet(session=self._shown, notes=notes, effort=effort)):
            return False
        self._dirty = False
        self.save_button.setEnabled(False)
        self._replace(self._shown, notes=notes, effort=effort)
        return True

    def delete_selected(self) -> None:
        """Delete the selected session (Delete key, or the button); Ctrl+Z brings it back."""
        session = self.selected()
        if session is None or self.read_only:
            return
        if session.status == "running":
            self.message.setText("This session is still being recorded: it cannot be deleted.")
            return
        self.commit_notes()
        row = self.table.currentIndex().row()
        self.message.clear()
        if not self._append(Deleted(session=session.id)):
            return
        self._undo.append(session.id)
        self._replace(session.id, deleted=True)
        if self.proxy.rowCount():
            self._select_row(min(row, self.proxy.rowCount() - 1))
        else:
            self._show_details(None)
        self._after_change()

    def undo_delete(self) -> None:
        """Bring back the last session deleted here (Ctrl+Z, or the Undo button)."""
        if not self._undo or self.read_only:
            return
        session_id = self._undo[-1]
        self.message.setText("Session restored.")
        if not self._append(Restored(session=session_id)):
            return
        self._undo.pop()
        self._replace(session_id, deleted=False)
        self._select(session_id)
        self._after_change()
        self.table.setFocus()

    def _after_change(self) -> None:
        self._update_count()
        self._update_summary()
        self._show_undo()

    def _show_undo(self) -> None:
        last = next(
            (s for s in self.model.sessions() if self._undo and s.id == self._undo[-1]), None
        )
        if last is None:
            self.undo_bar.hide()
            return
        day = local_date(last, self.tz)
        when = "" if day is None else f", {day_text(day)}"
        self.undo_text.setText(f"Deleted: {last.title}{when}")
        self.undo_bar.show()

    # -- summary -------------------------------------------------------------------------

    def set_goal(self, goal: int) -> None:
        """Sessions a week to aim for; saved in the preferences."""
        self._goal = goal
        if self.goal.value() != goal:
            self.goal.setValue(goal)  # calls back here
            return
        if self.prefs is not None and not self.prefs.save(weekly_goal=goal):
            self.message.setText(
                f"The goal could not be saved: {self.prefs.problem or 'unknown reason'}"
            )
        self._update_summary()

    def _update_summary(self) -> None:
        sessions = self.model.sessions()
        summary = summarize(sessions, self._goal, self.today(), self.tz)
        big = "font-size:x-large; font-weight:600"
        if summary.goal_met:
            progress = "Goal reached ✓"
        else:
            progress = f"{summary.goal - summary.sessions_this_week} more to reach the goal"
        self.week_summary.setText(
            f"This week<br><span style='{big}'>{summary.sessions_this_week} of {summary.goal}"
            f"</span> sessions · {_hours(summary.seconds_this_week)}<br>{progress}"
        )
        weeks = f"<span style='{big}'>{_plural(summary.streak, 'week')}</span>"
        if summary.streak:
            self.streak.setText(f"Streak<br>{weeks} in a row at the goal")
        else:
            self.streak.setText(f"Streak<br>{weeks}<br>Meet the goal this week to start one")
        self.chart.set_weeks(summary.weeks)
        self.totals.setText(
            f"<b>All time</b>: {_plural(summary.total_sessions, 'session')}, "
            f"{_hours(summary.total_seconds)}"
        )
        self.routine_totals.setSortingEnabled(False)
        self.routine_totals.setRowCount(len(summary.routines))
        for row, total in enumerate(summary.routines):
            cells = (total.title, str(total.sessions), _hours(total.seconds))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.routine_totals.setItem(row, column, item)
        self.summary = summary

    # -- export --------------------------------------------------------------------------

    @classmethod
    def ask_export_path(cls, parent: QWidget, kind: str, suggested: Path) -> Path | None:
        """Where to save the export, or None if cancelled. Tests replace this classmethod."""
        name, _filter = QFileDialog.getSaveFileName(
            parent, f"Export history as {kind.upper()}", str(suggested), EXPORT_KINDS[kind]
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(f".{kind}")

    def export_csv(self) -> None:
        self.export("csv")

    def export_json(self) -> None:
        self.export("json")

    def export(self, kind: str) -> None:
        """Save the sessions shown in the table, in the order shown, as CSV or JSON."""
        sessions = self.proxy.visible()
        if not sessions:
            self.message.setText("No sessions to export: the table is empty.")
            return
        suggested = Path.home() / f"backtrainer-history-{self.today().isoformat()}.{kind}"
        path = self.ask_export_path(self, kind, suggested)
        if path is None:
            return
        from backtrainer.storage.history_export import export_csv, export_json

        exporter = export_csv if kind == "csv" else export_json
        try:
            exporter(sessions, path)
        except OSError as exc:
            self.message.setText(f"Could not export to {path}: {exc.strerror or exc}.")
            return
        self.message.setText(f"Exported {_plural(len(sessions), 'session')} to {path}.")

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The summary takes a share of the height; the sessions and details the rest.
        self.summary_box.setFixedHeight(max(130, min(230, round(event.size().height() * 0.28))))
        super().resizeEvent(event)

    # -- leaving -------------------------------------------------------------------------

    def go_back(self) -> None:
        self.commit_notes()
        self.back_requested.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():
            self.commit_notes()  # leaving the screen keeps what was typed
        super().hideEvent(event)


def _read_only_table(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    _compact_rows(table)


def _compact_rows(table: QTableView) -> None:
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
