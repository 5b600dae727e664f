"""The summary at the top of the history screen: this week against the weekly goal, the
streak, minutes per week as a chart, and the totals per routine."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
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
from backtrainer.core.plan_week import PlanProgress
from backtrainer.ui.history.week_chart import WeekChart
from backtrainer.ui.history.widgets import read_only_table
from backtrainer.ui.i18n import counted

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
        self.week_summary.setAccessibleName(self.tr("This week"))
        self.streak = QLabel()
        self.streak.setTextFormat(Qt.TextFormat.RichText)
        self.streak.setAccessibleName(self.tr("Streak"))
        self.goal = QSpinBox()
        self.goal.setRange(*GOAL_RANGE)
        self.goal.setSuffix(self.tr(" sessions a week"))
        self.goal.setValue(goal)
        self.goal.setAccessibleName(self.tr("Weekly goal"))
        goal_label = QLabel(self.tr("Weekly &goal"))
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
        chart_column.addWidget(QLabel(self.tr("<b>Minutes per week</b>, last 12 weeks")))
        chart_column.addWidget(self.chart, 1)

        self.totals = QLabel()
        self.routine_totals = QTableWidget(0, 3)
        self.routine_totals.setHorizontalHeaderLabels(
            [self.tr("Routine"), self.tr("Sessions"), self.tr("Time")]
        )
        self.routine_totals.setAccessibleName(self.tr("Totals per routine"))
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
            progress = self.tr("Goal reached ✓")
        else:
            more = summary.goal - summary.sessions_this_week
            progress = self.tr("%n more to reach the goal", "", more)
        text = self.tr(
            "This week<br><span style='{style}'>{done} of {goal}</span> sessions"
            " · {time}<br>{progress}"
        )
        done, goal = summary.sessions_this_week, summary.goal
        if plan is not None:
            text = self.tr(
                "This week<br><span style='{style}'>{done} of {goal}</span> planned"
                " · {time}<br>{progress}"
            )
            done, goal = plan.done, plan.planned
            locale = QLocale()
            progress = " · ".join(
                locale.dayName(entry.day + 1, QLocale.FormatType.ShortFormat) + (" ✓" if ok else "")
                for entry, ok in plan.entries
            )
        self.goal.setEnabled(plan is None)
        self.goal.setToolTip(
            ""
            if plan is None
            else self.tr("Your weekly plan sets the goal (Settings > Weekly plan)")
        )
        self.week_summary.setText(
            text.format(
                style=big,
                done=done,
                goal=goal,
                time=hours(summary.seconds_this_week),
                progress=progress,
            )
        )
        weeks = counted(self.tr("%n week(s)", "", summary.streak), summary.streak)
        weeks = f"<span style='{big}'>{weeks}</span>"
        if summary.streak:
            self.streak.setText(
                self.tr("Streak<br>{weeks} in a row at the goal").format(weeks=weeks)
            )
        else:
            self.streak.setText(
                self.tr("Streak<br>{weeks}<br>Meet the goal this week to start one").format(
                    weeks=weeks
                )
            )
        self.chart.set_weeks(summary.weeks)
        sessions = summary.total_sessions
        self.totals.setText(
            counted(
                self.tr("<b>All time</b>: %n session(s), {time}", "", sessions), sessions
            ).format(time=hours(summary.total_seconds))
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
