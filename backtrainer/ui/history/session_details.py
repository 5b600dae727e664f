"""The details side of the history screen: the session chosen, its moves one per row (what
was skipped, cut short or changed), and its notes and effort to edit."""

from __future__ import annotations

from datetime import tzinfo
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backtrainer.core.history import Session, StepDone
from backtrainer.core.history_stats import started
from backtrainer.ui.history.model import duration_text, routine_text, status_word, when_text
from backtrainer.ui.history.widgets import read_only_table

translate = QCoreApplication.translate


def step_columns() -> list[str]:
    return [
        translate("SessionDetailsPane", "Move"),
        translate("SessionDetailsPane", "Side"),
        translate("SessionDetailsPane", "Round"),
        translate("SessionDetailsPane", "Planned"),
        translate("SessionDetailsPane", "Actual"),
        translate("SessionDetailsPane", "Reps"),
        translate("SessionDetailsPane", "Note"),
    ]


def side_text(side: str | None) -> str:
    """A step's side as the moves table shows it ("Left")."""
    words = {
        "left": translate("SessionDetailsPane", "Left"),
        "right": translate("SessionDetailsPane", "Right"),
        "alternating": translate("SessionDetailsPane", "Alternating"),
        "seesaw": translate("SessionDetailsPane", "Seesaw"),
    }
    return words.get(side or "", (side or "").capitalize())


def step_note(step: StepDone) -> str:
    notes = []
    if step.skipped:
        if step.actual_seconds < 1:
            notes.append(translate("SessionDetailsPane", "Skipped"))
        else:
            notes.append(translate("SessionDetailsPane", "Cut short"))
    if step.adjusted_seconds:
        notes.append(f"{step.adjusted_seconds:+.0f} s")
    return ", ".join(notes)


def reps_text(step: StepDone) -> str:
    if step.reps is None:
        return "" if step.reps_counted is None else str(step.reps_counted)
    if step.reps_counted is None or step.reps_counted == step.reps:
        return str(step.reps)
    return translate("SessionDetailsPane", "{done} of {planned}").format(
        done=step.reps_counted, planned=step.reps
    )


def details_html(session: Session, tz: tzinfo | None = None) -> str:
    moment = started(session, tz)
    when = translate("SessionDetailsPane", "Unknown date") if moment is None else when_text(moment)
    work = [s for s in session.steps if s.kind == "work"]
    work_seconds = sum(s.actual_seconds for s in work)
    planned_work = sum(s.planned_seconds for s in work)
    lines = [
        f"<b style='font-size:large'>{escape(routine_text(session))}</b>",
        f"{escape(when)} · {escape(status_word(session.status))}",
        translate(
            "SessionDetailsPane",
            "Time {time} of {planned} (work {work} of {planned_work})"
            " · Sets {sets} of {planned_sets}",
        ).format(
            time=duration_text(session.seconds),
            planned=duration_text(session.planned_seconds),
            work=duration_text(work_seconds),
            planned_work=duration_text(planned_work),
            sets=session.sets_done,
            planned_sets=session.planned_sets,
        ),
    ]
    if session.resumed_from:
        lines.append(translate("SessionDetailsPane", "Continues an interrupted session."))
    return "<br>".join(lines)


class SessionDetailsPane(QWidget):
    """Shows a session (`show_session`). `edited` is emitted when the user changes the
    notes or the effort, not when the pane fills them in; saving is its owner's part (it
    listens to `save_button`)."""

    edited = Signal()

    def __init__(self, tz: tzinfo | None = None) -> None:
        super().__init__()
        self.tz = tz
        self._filling = False
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAccessibleName(self.tr("Session details"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        columns = step_columns()
        self.steps = QTableWidget(0, len(columns))
        self.steps.setHorizontalHeaderLabels(columns)
        self.steps.setAccessibleName(self.tr("Moves"))
        read_only_table(self.steps)
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        self.notes.textChanged.connect(self._changed)
        self.effort = QSpinBox()
        self.effort.setRange(0, 10)
        self.effort.setSpecialValueText(self.tr("Not rated"))
        self.effort.setSuffix(" / 10")
        self.effort.setAccessibleName(self.tr("Effort, 1 to 10"))
        self.effort.setToolTip(self.tr("How hard it felt: 1 very easy, 10 as hard as you can go"))
        self.effort.valueChanged.connect(self._changed)
        self.save_button = QPushButton(self.tr("S&ave notes  [Ctrl+S]"))
        notes_label = QLabel(self.tr("&Notes"))
        notes_label.setBuddy(self.notes)
        effort_label = QLabel(self.tr("&Effort"))
        effort_label.setBuddy(self.effort)

        edit_row = QHBoxLayout()
        edit_row.addWidget(effort_label)
        edit_row.addWidget(self.effort)
        edit_row.addStretch()
        edit_row.addWidget(self.save_button)
        pane = QVBoxLayout(self)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.details)
        pane.addWidget(self.steps, 1)
        pane.addWidget(notes_label)
        pane.addWidget(self.notes)
        pane.addLayout(edit_row)

    def show_session(self, session: Session | None, *, history_empty: bool = False) -> None:
        """That session; None: none, saying why (`history_empty`: there are none at all)."""
        self.steps.setRowCount(0)
        self._filling = True
        if session is None:
            self.details.setText(
                self.tr("No sessions yet: finish a workout and it shows here.")
                if history_empty
                else self.tr("No session selected.")
            )
            self.notes.clear()
            self.effort.setValue(0)
        else:
            self.details.setText(details_html(session, self.tz))
            self._fill_steps(session)
            self.notes.setPlainText(session.notes)
            self.effort.setValue(session.effort or 0)
        self._filling = False
        self.notes.setEnabled(session is not None)
        self.steps.setEnabled(session is not None)

    def set_editable(self, editable: bool, *, shown: bool, changed: bool) -> None:
        """Editing on or off; `shown`: a session is shown; `changed`: its notes or effort
        were changed and not saved yet."""
        self.notes.setReadOnly(not editable)
        self.notes.setPlaceholderText(
            self.tr("How did it go? Saved with the session.") if editable else self.tr("No notes.")
        )
        self.effort.setEnabled(editable and shown)
        self.save_button.setEnabled(editable and changed)

    def enter(self) -> None:
        """Move the focus into the moves, on the first one."""
        self.steps.setFocus()
        if self.steps.rowCount():
            self.steps.setCurrentCell(0, 0)

    def _changed(self) -> None:
        if not self._filling:
            self.edited.emit()

    def _fill_steps(self, session: Session) -> None:
        work = [s for s in session.steps if s.kind == "work"]
        self.steps.setRowCount(len(work))
        for row, step in enumerate(work):
            values = (
                step.exercise or step.kind,
                side_text(step.side),
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
