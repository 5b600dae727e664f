"""Settings > Weekly plan: which routine on which days at what time, and its export to
the user's calendar program.

The planned sessions are a list; the fields under it edit the one selected (day, time,
routine). Everything has a key: Alt+letter for each field and button, arrows in the list,
Delete removes. Two sessions on the same day at the same time are refused with the reason
beside the list, and Save stays off until it is fixed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backtrainer.core.plan_week import MAX_ENTRIES, PlanEntry, PlanError, WeekPlan
from backtrainer.ui.i18n import arg
from backtrainer.ui.settings.setup_fields import ERROR_STYLE

translate = QCoreApplication.translate

Exporter = Callable[[WeekPlan, Path], str]
"""Writes the plan as a calendar file; returns what to tell the user (done, or why not)."""


class WeekPlanDialog(QDialog):
    """`routines`: (id, title) of each routine to choose from. `export`: writes the plan
    (as shown, saved or not) to the file chosen. `edit()` is what the window calls."""

    def __init__(
        self,
        plan: WeekPlan,
        routines: Sequence[tuple[str, str]],
        export: Exporter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weekly plan"))
        self.entries = list(plan.entries)
        self.routines = list(routines)
        self.titles = dict(self.routines)
        self.exporter = export
        self._build()
        self._fill(0)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "The sessions you plan each week. History measures each week against them,"
                " and your calendar can remind you (Export to calendar)."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Planned sessions"))
        list_label = QLabel(self.tr("&Planned sessions"))
        list_label.setBuddy(self.list)
        self.day = QComboBox()
        self.day.addItems([_day_name(day, QLocale.FormatType.LongFormat) for day in range(7)])
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.routine = QComboBox()
        for rid, title in self.routines:
            self.routine.addItem(title, rid)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Day:"), self.day),
            (self.tr("&Time:"), self.time),
            (self.tr("&Routine:"), self.routine),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.add_button = QPushButton(self.tr("&Add a session"))
        self.remove_button = QPushButton(self.tr("Re&move  [Del]"))
        self.export_button = QPushButton(self.tr("E&xport to calendar (.ics)…"))
        self.export_button.setToolTip(
            self.tr("A weekly event for each planned session, with a reminder 15 minutes before")
        )
        self.export_button.setVisible(self.exporter is not None)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch()
        row.addWidget(self.export_button)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.list.currentRowChanged.connect(self._show_entry)
        self.day.currentIndexChanged.connect(self._edited)
        self.time.timeChanged.connect(self._edited)
        self.routine.currentIndexChanged.connect(self._edited)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_entry)
        self.export_button.clicked.connect(self.export)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_entry)
        self.resize(560, 460)

    # -- the list and the fields ----------------------------------------------------------

    def _fill(self, select: int) -> None:
        self._filling = True
        self.list.clear()
        for entry in self.entries:
            self.list.addItem(self._line(entry))
        self._filling = False
        has = bool(self.entries)
        for widget in (self.day, self.time, self.routine, self.remove_button):
            widget.setEnabled(has)
        if has:
            self.list.setCurrentRow(min(max(select, 0), len(self.entries) - 1))
        self._check()

    def _show_entry(self, row: int) -> None:
        if self._filling or not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        self._filling = True
        self.day.setCurrentIndex(entry.day)
        self.time.setTime(QTime(entry.at.hour, entry.at.minute))
        index = self.routine.findData(entry.routine)
        if index < 0:  # a routine no longer installed: shown by its id, kept unless changed
            self.routine.addItem(entry.routine, entry.routine)
            index = self.routine.count() - 1
        self.routine.setCurrentIndex(index)
        self._filling = False

    def _edited(self) -> None:
        row = self.list.currentRow()
        if self._filling or not 0 <= row < len(self.entries):
            return
        chosen = self.time.time()
        self.entries[row] = PlanEntry(
            self.day.currentIndex(),
            time(chosen.hour(), chosen.minute()),
            str(self.routine.currentData()),
        )
        self.list.item(row).setText(self._line(self.entries[row]))
        self._check()

    def add_entry(self) -> None:
        """A new session: the day after the last one's, at its time, the same routine."""
        if not self.routines and not self.entries:
            self.error.setText(self.tr("There is no routine to plan."))
            return
        last = self.entries[-1] if self.entries else None
        entry = PlanEntry(
            (last.day + 1) % 7 if last else 0,
            last.at if last else time(7, 0),
            last.routine if last else self.routines[0][0],
        )
        self.entries.append(entry)
        self._fill(len(self.entries) - 1)
        self.day.setFocus()

    def remove_entry(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self._fill(row)
            self.list.setFocus()

    def _line(self, entry: PlanEntry) -> str:
        """ "Tue 07:00 Best Back Workout", the day in the window's language."""
        day = _day_name(entry.day, QLocale.FormatType.ShortFormat)
        return f"{day} {entry.time_text} {self.titles.get(entry.routine, entry.routine)}"

    def _reason(self, error: PlanError) -> str:
        """Why the plan shown cannot be saved, in the window's language: the only ways
        the fields allow (a clash the plan found, or too many sessions)."""
        if error.clash is not None:
            day = _day_name(error.clash.day, QLocale.FormatType.LongFormat)
            said = self.tr("Two sessions on %1 at %2: change one of them.")
            return arg(said, day, error.clash.time_text)
        if len(self.entries) > MAX_ENTRIES:
            return self.tr("At most %n sessions a week.", "", MAX_ENTRIES)
        return self.tr("This plan cannot be saved.")

    # -- the plan ----------------------------------------------------------------------

    def plan(self) -> WeekPlan:
        """The plan as shown; raises PlanError when it cannot be."""
        return WeekPlan(tuple(self.entries))

    def _check(self) -> bool:
        try:
            self.plan()
        except PlanError as error:
            self.error.setText(self._reason(error))
            valid = False
        else:
            self.error.setText("")
            valid = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(valid)
        self.export_button.setEnabled(valid and bool(self.entries))
        return valid

    @classmethod
    def ask_ics_path(cls, parent: QWidget) -> Path | None:
        """Where to save the calendar file, or None if cancelled. Tests replace this."""
        suggested = Path.home() / "backtrainer-week.ics"
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            translate("WeekPlanDialog", "Export the weekly plan to a calendar"),
            str(suggested),
            translate("WeekPlanDialog", "iCalendar (*.ics)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".ics")

    def export(self) -> None:
        if self.exporter is None or not self._check() or not self.entries:
            return
        path = self.ask_ics_path(self)
        if path is not None:
            self.status.setText(self.exporter(self.plan(), path))

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        plan: WeekPlan,
        routines: Sequence[tuple[str, str]],
        export: Exporter | None = None,
    ) -> WeekPlan | None:
        """The plan saved, or None if cancelled."""
        dialog = cls(plan, routines, export, parent)
        return dialog.plan() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _day_name(day: int, form: QLocale.FormatType) -> str:
    """Monday (0) to Sunday (6) in the window's language, capitalised as a list item."""
    name = QLocale().dayName(day + 1, form)
    return name[:1].upper() + name[1:]
