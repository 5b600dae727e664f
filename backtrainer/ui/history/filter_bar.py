"""The history screen's filter bar: which routine and which period (or which dates) the
sessions table shows, whether short sessions are shown, and how many sessions that is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta, tzinfo

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from backtrainer.core.history_stats import week_of
from backtrainer.ui.history.model import FilterValues, Shown
from backtrainer.ui.i18n import counted

CUSTOM = 5
"""The index of "Custom dates" among the periods."""


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class HistoryFilterBar(QWidget):
    """Routine, period, the two dates the period covers (editable only under "Custom
    dates"), and whether to show short sessions (off at first). `changed` is emitted
    whenever what to show changes; `values()` says what that is. `sessions` gives the
    sessions on record, for the routines to choose from and the dates an open period
    starts and ends on: `routines(short_too)` each routine with a session (or a short one)
    and its latest title, `span()` the first and last local dates on record."""

    changed = Signal()

    def __init__(
        self,
        routines: Callable[[bool], dict[str, str]],
        span: Callable[[], tuple[date | None, date | None]],
        today: Callable[[], date],
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__()
        self.routines = routines
        self.span = span
        self.today = today
        self.tz = tz
        self.routine_filter = QComboBox()
        self.routine_filter.setAccessibleName(self.tr("Routine filter"))
        # as wide as 16 letters (a longer title is cut short; its list shows it whole):
        # the bar fits a 1024-pixel window
        self.routine_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.routine_filter.setMinimumContentsLength(16)
        self.period = QComboBox()
        self.period.addItems(
            [
                self.tr("All time"),
                self.tr("This week"),
                self.tr("Last 4 weeks"),
                self.tr("Last 12 weeks"),
                self.tr("This year"),
                self.tr("Custom dates"),
            ]
        )
        self.period.setAccessibleName(self.tr("Period"))
        self.first_date = QDateEdit()
        self.last_date = QDateEdit()
        dates = ((self.first_date, self.tr("From date")), (self.last_date, self.tr("To date")))
        for edit, name in dates:
            edit.setLocale(QLocale())  # the window's language
            edit.setDisplayFormat(self.tr("d MMM yyyy"))
            edit.setCalendarPopup(True)
            edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._dates_changed)
        self.show_short = QCheckBox(self.tr("Sho&w short sessions"))
        self.show_short.setToolTip(self.short_means())
        self.show_short.setAccessibleDescription(self.short_means())
        self.routine_filter.currentIndexChanged.connect(self._routine_changed)
        self.period.currentIndexChanged.connect(self.period_changed)
        self.show_short.toggled.connect(self._short_toggled)
        self.shown_count = QLabel()
        self.shown_count.setAccessibleName(self.tr("Sessions shown"))

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, widget in (  # Alt+R is the Routine menu's: the filter takes Alt+O
            (self.tr("R&outine"), self.routine_filter),
            (self.tr("&Period"), self.period),
            (self.tr("Fro&m"), self.first_date),
            (self.tr("&To"), self.last_date),
        ):
            label = QLabel(text)
            label.setMinimumWidth(label.sizeHint().width() + 4)  # an underline undoes kerning
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
            row.addSpacing(6)
        row.addWidget(self.show_short)
        row.addStretch()
        # `shown_count` is the screen's to place (under the table: the bar fills a
        # 1024-pixel window already)

    def short_means(self) -> str:
        return self.tr(
            "A short session was stopped before its first set was done (an accidental start,"
            " say). It is kept, but counts in no number: not this week, not the streak,"
            " not the totals."
        )

    def values(self) -> FilterValues:
        """What to show, as the controls say."""
        return FilterValues(
            self.routine_filter.currentData(), *self.period_range(), self.show_short.isChecked()
        )

    def fill_routines(self) -> None:
        """One entry per routine with sessions shown (short ones too if they are shown),
        keeping the one chosen."""
        current = self.routine_filter.currentData()
        titles = self.routines(self.show_short.isChecked())
        self.routine_filter.blockSignals(True)
        self.routine_filter.clear()
        self.routine_filter.addItem(self.tr("All routines"), None)
        for routine, title in sorted(titles.items(), key=lambda item: item[1].casefold()):
            self.routine_filter.addItem(title, routine)
        self.routine_filter.setCurrentIndex(max(0, self.routine_filter.findData(current)))
        self.routine_filter.blockSignals(False)

    def period_range(self) -> tuple[date | None, date | None]:
        """The first and last day of the period chosen; None for an open end."""
        today = self.today()
        monday = week_of(today)
        period = self.period.currentIndex()
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

    def period_changed(self) -> None:
        custom = self.period.currentIndex() == CUSTOM
        if not custom:  # show the dates the period covers
            self._set_dates(*self._span(*self.period_range()))
        for edit in (self.first_date, self.last_date):
            edit.setEnabled(custom)
        self.changed.emit()

    def set_filter(self, routine: str | None, first: date | None, last: date | None) -> None:
        """Show one routine's sessions (None: all), between two dates (both included)."""
        self.routine_filter.blockSignals(True)
        self.routine_filter.setCurrentIndex(max(0, self.routine_filter.findData(routine)))
        self.routine_filter.blockSignals(False)
        self.period.blockSignals(True)
        self.period.setCurrentIndex(CUSTOM if first or last else 0)
        self.period.blockSignals(False)
        if first or last:
            self._set_dates(*self._span(first, last))
        self.period_changed()

    def show_count(self, shown: Shown) -> None:
        """ "12 sessions shown", counted as every number of the history counts them; and
        the rows that are not sessions: short ones and resumed parts. The toggle says how
        many short sessions the routine and period have, shown or not."""
        n = shown.sessions
        if shown.short:
            text = self.tr("%n session(s) and {short} short shown", "", n)
        else:
            text = self.tr("%n session(s) shown", "", n)
        text = counted(text, n).format(short=shown.short)
        if shown.parts:
            text += counted(self.tr(" (+%n resumed part(s))", "", shown.parts), shown.parts)
        self.shown_count.setText(text)
        short = shown.short + shown.hidden_short
        show_short = self.tr("Sho&w short sessions")
        self.show_short.setText(f"{show_short} ({short})" if short else show_short)
        tip = [self.short_means()]
        if shown.parts:
            tip.append(self.tr("A resumed part continues an interrupted session: one workout."))
        self.shown_count.setToolTip("\n".join(tip))

    def _routine_changed(self) -> None:
        self.changed.emit()

    def _short_toggled(self) -> None:
        self.fill_routines()  # a routine with short sessions only comes or goes
        self.changed.emit()

    def _span(self, first: date | None, last: date | None) -> tuple[date, date]:
        """Open ends closed: from the first session on record, to today or the last."""
        low, high = self.span()
        today = self.today()
        return first or low or today, last or (today if high is None else max(today, high))

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
        self.changed.emit()
