"""The editor's live preview: the session the edited routine plans to, step by step,
and its total time, as the planner computes it for a real workout."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backtrainer.core.timeline import Step, Timeline, clock
from backtrainer.ui.i18n import counted
from backtrainer.ui.messages.words import Words


def round_of(step: Step) -> str:
    return f"{step.round}/{step.rounds}" if step.kind == "work" and (step.rounds or 1) > 1 else ""


class PlanPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.total.setAccessibleName(self.tr("Total time"))
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.total.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.steps = QTreeWidget()
        self.steps.setAccessibleName(self.tr("Planned steps"))
        self.steps.setRootIsDecorated(False)
        self.steps.setUniformRowHeights(True)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.steps.setHeaderLabels(
            [self.tr("At"), self.tr("Step"), self.tr("Round"), self.tr("Length")]
        )
        header = self.steps.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("<b>Preview</b>")))
        column.addWidget(self.total)
        column.addWidget(self.note)
        column.addWidget(self.steps)

    def show_plan(self, timeline: Timeline) -> None:
        sets = len(timeline.work_steps)
        mode = f" ({timeline.mode})" if timeline.mode else ""
        self.total.setText(
            counted(self.tr("Total {time}{mode} · %n set(s)", "", sets), sets).format(
                time=clock(timeline.total_seconds), mode=mode
            )
        )
        self.note.hide()
        self.steps.setEnabled(True)
        self.steps.clear()
        start = 0.0
        rows = []
        for step in timeline.steps:
            length = (
                self.tr("{seconds} s").format(seconds=round(step.seconds))
                if step.kind != "done"
                else ""
            )
            row = QTreeWidgetItem([clock(start), self.describe(step), round_of(step), length])
            row.setToolTip(1, row.text(1))
            rows.append(row)
            start += step.seconds
        self.steps.addTopLevelItems(rows)

    def show_invalid(self, reason: str) -> None:
        """Keep the last good plan, greyed, and say why there is no new one."""
        self.total.setText(self.tr("Total —"))
        self.note.setText(
            self.tr("No plan while the routine is not valid: {reason}").format(reason=reason)
        )
        self.note.show()
        self.steps.setEnabled(False)

    def describe(self, step: Step) -> str:
        words = Words()
        if step.kind != "work":
            return words.step_kind(step.kind)
        side = f" ({words.short_side(step.side)})" if step.side else ""
        return f"{step.exercise}{side} — {words.dose(step)}"
