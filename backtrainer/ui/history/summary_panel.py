"""The summary at the top of the history screen: this week against the weekly goal, the
streak, minutes per week as a chart, and the totals per routine."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backtrainer.core.history_stats import Summary
from backtrainer.core.plan_week import PlanProgress, short_day
from backtrainer.ui.history.week_chart import WeekChart
from backtrainer.ui.history.widgets import plural, read_only_table

GOAL_RANGE = (1, 14)


def hours(seconds: float) -> str:
    minutes = round(seconds / 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


class HistorySummaryPanel(QWidget):
    """Shows a `Summary` (`show_summary`); `goal` is the spin box for the weekly goal,
    starting at `goal`: its owner listens to it and saves a change."""

    def __init__(self, goal: int) -> None:
        super().__init__()
        self.week_summary = QLabel()
        self.week_summary.setTextFormat(Qt.TextFormat.RichText)
        self.week_summary.setAccessibleName("This week")
        self.streak = QLabel()
        self.streak.setTextFormat(Qt.TextFormat.RichText)
        self.streak.setAccessibleName("Streak")
        self.goal = QSpinBox()
        self.goal.setRange(*GOAL_RANGE)
        self.goal.setSuffix(" sessions a week")
        self.goal.setValue(goal)
        self.goal.setAccessibleName("Weekly goal")
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
        read_only_table(self.routine_totals)
        header = self.routine_totals.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        totals_column = QVBoxLayout()
        totals_column.addWidget(self.totals)
        totals_column.addWidget(self.routine_totals, 1)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(numbers, 0)
        row.addSpacing(12)
        row.addLayout(chart_column, 3)
        row.addSpacing(12)
        row.addLayout(totals_column, 2)

    def show_summary(self, summary: Summary, plan: PlanProgress | None = None) -> None:
        """`plan`: this week against the weekly plan, when there is one (it replaces the
        goal: the goal's box is off while a plan is set)."""
        big = "font-size:x-large; font-weight:600"
        if summary.goal_met:
            progress = "Goal reached ✓"
        else:
            progress = f"{summary.goal - summary.sessions_this_week} more to reach the goal"
        count = f"{summary.sessions_this_week} of {summary.goal}</span> sessions"
        if plan is not None:
            count = f"{plan.done} of {plan.planned}</span> planned"
            progress = " · ".join(
                f"{short_day(entry.day)}{' ✓' if done else ''}" for entry, done in plan.entries
            )
        self.goal.setEnabled(plan is None)
        self.goal.setToolTip(
            "" if plan is None else "Your weekly plan sets the goal (Settings > Weekly plan)"
        )
        self.week_summary.setText(
            f"This week<br><span style='{big}'>{count} · {hours(summary.seconds_this_week)}"
            f"<br>{progress}"
        )
        weeks = f"<span style='{big}'>{plural(summary.streak, 'week')}</span>"
        if summary.streak:
            self.streak.setText(f"Streak<br>{weeks} in a row at the goal")
        else:
            self.streak.setText(f"Streak<br>{weeks}<br>Meet the goal this week to start one")
        self.chart.set_weeks(summary.weeks)
        self.totals.setText(
            f"<b>All time</b>: {plural(summary.total_sessions, 'session')}, "
            f"{hours(summary.total_seconds)}"
        )
        self.routine_totals.setSortingEnabled(False)
        self.routine_totals.setRowCount(len(summary.routines))
        for row, total in enumerate(summary.routines):
            cells = (total.title, str(total.sessions), hours(total.seconds))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.routine_totals.setItem(row, column, item)
