"""The history screen put together: its parts laid out, Tab going through them in reading
order, and the state of the screen shown in them (the store's problem, the session in
detail, how many are shown, the summary, the offer to undo). What the screen does
(reading the store, filtering, editing, deleting, export) is `HistoryView`'s part, in
view.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, tzinfo
from itertools import pairwise
from typing import Protocol

from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from backtrainer.core.history import Record, Session
from backtrainer.core.history_stats import summarize, week_of
from backtrainer.core.plan_week import PlanProgress, WeekPlan, week_against_plan
from backtrainer.ui.history.filter_bar import HistoryFilterBar
from backtrainer.ui.history.fit_export import FitExportButton
from backtrainer.ui.history.model import SessionFilter, SessionTableModel, short_when_text
from backtrainer.ui.history.session_details import SessionDetailsPane
from backtrainer.ui.history.session_list import SessionListPane
from backtrainer.ui.history.summary_panel import HistorySummaryPanel
from backtrainer.ui.history.widgets import Notice


class HistoryStoreLike(Protocol):
    """What the screen needs of `backtrainer.storage.history.store.HistoryStore`."""

    @property
    def problem(self) -> str | None: ...
    @property
    def read_only(self) -> bool: ...
    def sessions(self) -> list[Session]: ...
    def append(self, record: Record) -> bool: ...
    def append_all(self, records: Sequence[Record]) -> bool: ...


class HistoryLayout(QWidget):
    """The sessions of `store`, once read, are in `model` (the screen's own copy) and
    shown through `proxy`, filtered and sorted. Each part's widgets are attributes here
    too (`table`, `notes`, `goal`, ...), as the screen's own."""

    def __init__(
        self,
        store: HistoryStoreLike,
        goal: int,
        parent: QWidget | None,
        *,
        today: Callable[[], date],
        tz: tzinfo | None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.tz = tz
        self._goal = goal
        self.week_plan: Callable[[], WeekPlan] = WeekPlan
        """The weekly plan, if any: the week is measured against it instead of the goal."""
        self._undo: list[tuple[str, ...]] = []
        """The sessions deleted here, by id: one tuple per delete (one undo each), the
        last one last."""
        self._shown: str | None = None
        """The session in the details pane."""
        self._dirty = False
        """Whether its notes or effort were changed and not saved yet."""
        self._error: str | None = None
        """Why the history could not be read, if it could not."""
        self.summary = summarize([], self._goal, today(), tz)
        self._summary_of: tuple[int, int, date, WeekPlan] | None = None
        """What the summary shown was worked out from: the model's version, the goal, the
        date."""

        self.model = SessionTableModel(self, tz)
        self.proxy = SessionFilter(self.model, self)
        self._build()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← &Back to routines"))
        heading = QLabel(self.tr("History"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.export_csv_button = QPushButton(self.tr("Export &CSV…"))
        self.export_json_button = QPushButton(self.tr("Export &JSON…"))
        for button in (self.export_csv_button, self.export_json_button):
            button.setToolTip(self.tr("Save the sessions shown in the table to a file"))
        self.export_fit_button = FitExportButton()
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(self.export_csv_button)
        top.addWidget(self.export_json_button)
        top.addWidget(self.export_fit_button)

        self.problem = Notice(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.problem.setAccessibleName(self.tr("History problem"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self._build_summary())
        layout.addWidget(self._build_filters())
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_session_list())
        self.session_list.button_row.addWidget(self.shown_count)
        splitter.addWidget(self._build_session_details())
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        layout.addWidget(splitter, 1)

        # Tab goes in reading order: left to right, top to bottom. (No focus proxy for
        # the screen: in the window's chain, Tab would reach the screen itself before its
        # first control, and its proxy would take the focus past the controls above it.)
        chain: list[QWidget] = [
            self.back_button,
            self.export_csv_button,
            self.export_json_button,
            self.export_fit_button,
            self.goal,
            self.routine_totals,
            self.routine_filter,
            self.period,
            self.first_date,
            self.last_date,
            self.show_short,
            self.table,
            self.delete_button,
            self.undo_button,
            self.steps,
            self.notes,
            self.effort,
            self.save_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _build_summary(self) -> QWidget:
        self.summary_box = panel = HistorySummaryPanel(self._goal)
        self.week_summary, self.streak, self.chart = panel.week_summary, panel.streak, panel.chart
        self.goal, self.totals, self.routine_totals = panel.goal, panel.totals, panel.routine_totals
        return panel

    def _build_filters(self) -> QWidget:
        self.filter_bar = bar = HistoryFilterBar(
            lambda short_too: self.model.rows.routine_titles(short_too),
            lambda: self.model.rows.span(),
            self.today,
            self.tz,
        )
        self.routine_filter, self.period = bar.routine_filter, bar.period
        self.first_date, self.last_date = bar.first_date, bar.last_date
        self.show_short, self.shown_count = bar.show_short, bar.shown_count
        return bar

    def _build_session_list(self) -> QWidget:
        self.session_list = pane = SessionListPane(self.proxy)
        self.table, self.message = pane.table, pane.message
        self.delete_button, self.undo_button = pane.delete_button, pane.undo_button
        self.undo_bar, self.undo_text = pane.undo_bar, pane.undo_text
        return pane

    def _build_session_details(self) -> QWidget:
        self.session_details = pane = SessionDetailsPane(self.tz)
        self.details, self.steps, self.notes = pane.details, pane.steps, pane.notes
        self.effort, self.save_button = pane.effort, pane.save_button
        return pane

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The summary takes a share of the height; the sessions and details the rest.
        self.summary_box.setFixedHeight(max(130, min(230, round(event.size().height() * 0.28))))
        super().resizeEvent(event)

    # -- showing the state -------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return bool(self.store.read_only) or self._error is not None

    def selected(self) -> Session | None:
        return self.session_list.selected()

    def _show_problem(self) -> None:
        problems = [p for p in (self._error, self.store.problem) if p]
        if self.store.read_only:
            problems.append(self.tr("The history is read-only here: editing and deleting are off."))
        self.problem.show_text("\n".join(problems) or None)
        editable = not self.read_only
        chosen = self.session_list.selected_sessions()
        self.delete_button.setEnabled(editable and any(s.status != "running" for s in chosen))
        self.session_list.show_selection_count()
        self.undo_button.setEnabled(editable)
        self.session_details.set_editable(
            editable, shown=self._shown is not None, changed=self._dirty
        )

    def _show_details(self, session: Session | None) -> None:
        self._shown = None if session is None else session.id
        empty = session is None and not self.model.rows.any_kept()
        self.session_details.show_session(session, history_empty=empty)
        self._dirty = False
        self._show_problem()

    def _update_count(self) -> None:
        self.filter_bar.show_count(self.proxy.shown())
        if not self.proxy.rowCount():
            self._show_details(None)

    def _update_summary(self) -> None:
        plan = self.week_plan()
        of = (self.model.version, self._goal, self.today(), plan)
        if of == self._summary_of:
            return  # nothing it depends on has changed
        self._summary_of = of
        summary = self.model.summary(len(plan) or self._goal, self.today())
        self.summary_box.show_summary(summary, self._plan_progress(plan) if plan else None)
        self.summary = summary

    def _plan_progress(self, plan: WeekPlan) -> PlanProgress:
        """This week against the plan, from the sessions counted (their local day)."""
        rows = self.model.rows
        done = [
            (date.fromordinal(day), routine)
            for day, routine, yes in zip(rows.days, rows.routines, rows.counted(), strict=True)
            if yes and day
        ]
        return week_against_plan(plan, done, week_of(self.today()))

    def _show_undo(self) -> None:
        """ "Deleted the session of Thu 26 Nov, 07:12", or "Deleted 3 sessions": the last
        delete, which Undo brings back."""
        last = self._undo[-1] if self._undo else ()
        if len(last) > 1:
            self.session_list.show_undo(self.tr("Deleted {count} sessions").format(count=len(last)))
            return
        position = self.model.position(last[0]) if last else -1
        if position < 0:
            self.session_list.show_undo(None)
            return
        moment = self.model.rows.moment(position)
        if moment is None:
            self.session_list.show_undo(self.tr("Deleted the session of an unknown date"))
        else:
            when = short_when_text(moment, self.today())
            self.session_list.show_undo(self.tr("Deleted the session of {when}").format(when=when))
