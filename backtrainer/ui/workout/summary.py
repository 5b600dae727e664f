"""The screen after a session: what was done, what was skipped, what was changed, and
the next dose of the moves that have a progression target."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from backtrainer.core.events import StepRecord
from backtrainer.core.progression import Proposal
from backtrainer.core.timeline import Timeline, clock
from backtrainer.ui.i18n import arg
from backtrainer.ui.messages.words import Words
from backtrainer.ui.workout.progression_offer import ProgressionOffer


class Summary(QObject):
    """The translation context of the summary's text."""

    def html(self, timeline: Timeline, records: list[StepRecord], status: str) -> str:
        words = Words(self)
        work = [r for r in records if r.step.kind == "work"]
        done = [r for r in work if not r.skipped]
        planned = len(timeline.work_steps)
        spent = sum(r.actual_seconds for r in records)
        finished = status == "finished"
        title = self.tr("Workout complete — well done!") if finished else self.tr("Workout stopped")
        time = arg(self.tr("Time: %1 of %2 planned"), clock(spent), clock(timeline.total_seconds))
        sets = arg(self.tr("Sets done: %1 of %2"), len(done), planned)
        lines = [
            f"<h1>{escape(title)}</h1>",
            f"<p style='font-size:large'><b>{escape(timeline.title)}</b><br>",
            f"{escape(time)}<br>{escape(sets)}</p>",
        ]
        skipped = [r for r in work if r.skipped]
        changed = [r for r in records if r.adjusted_seconds]
        if skipped:
            heading = self.tr("Skipped or cut short:")
            lines.append(f"<p><b>{escape(heading)}</b><br>")
            cut = self.tr("%1 (%2 of %3)")
            lines.extend(
                escape(arg(cut, _name(words, r), clock(r.actual_seconds), clock(r.planned_seconds)))
                + "<br>"
                for r in skipped
            )
            lines.append("</p>")
        if changed:
            heading = self.tr("Time changed:")
            lines.append(f"<p><b>{escape(heading)}</b><br>")
            by = self.tr("%1: %2 s")
            lines.extend(
                escape(arg(by, _name(words, r), f"{r.adjusted_seconds:+.0f}")) + "<br>"
                for r in changed
            )
            lines.append("</p>")
        return "".join(lines)


def summary_html(timeline: Timeline, records: list[StepRecord], status: str) -> str:
    return Summary().html(timeline, records, status)


def _name(words: Words, record: StepRecord) -> str:
    step = record.step
    if step.kind != "work":
        return words.step_kind(step.kind)
    side = words.short_side(step.side) if step.side else ""
    return ", ".join(p for p in (step.exercise or "", side, words.unit(step)) if p)


class SummaryView(QWidget):
    back_requested = Signal()
    progression_accepted = Signal(object)
    """A Proposal the user accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setObjectName("summary")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.back = QPushButton(self.tr("Back to routines  [Enter]"))
        self.back.clicked.connect(self.back_requested.emit)
        self.progression = ProgressionOffer()
        self.progression.accepted.connect(self.progression_accepted.emit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.text)
        layout.addWidget(self.progression, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.back, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()

    def show_summary(
        self,
        timeline: Timeline,
        records: list[StepRecord],
        status: str,
        proposals: list[Proposal] | None = None,
    ) -> None:
        self.text.setText(summary_html(timeline, records, status))
        self.progression.offer(proposals or [])

    def minimumSizeHint(self) -> QSize:
        """Little: the text is sized to the page (below), so the size its text asks for at
        4K must not hold the window large once made smaller again, nor any page of it."""
        return QSize(320, 240)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Readable from where the workout was done, not only from the keyboard."""
        super().resizeEvent(event)
        font = QFont(self.font())
        font.setPixelSize(max(14, min(int(self.height() * 0.04), int(self.width() / 30))))
        self.text.setFont(font)
        self.back.setFont(font)
        self.progression.setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)
