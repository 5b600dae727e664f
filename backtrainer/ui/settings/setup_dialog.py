"""The settings of one routine (mode, intervals, each move), and the global defaults.

The estimated total follows every change. A refused value shows its reason beside its
field and keeps Save disabled, so what is saved is always something that can be planned.
A setting that changes nothing for this routine (a work time when every move is counted
in reps) is turned off, saying why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backtrainer.core.customise import MoveSetup, RoutineSetup, plan_setup, uses_work_time
from backtrainer.core.model import Reps, Routine, Timed
from backtrainer.core.settings import LIMITS, IntervalSettings, resolve
from backtrainer.core.timeline import clock
from backtrainer.ui.i18n import counted
from backtrainer.ui.settings.setup_fields import (
    IntervalRow,
    MoveRow,
    interval_row,
    number,
    with_unit,
)

translate = QCoreApplication.translate

NAMES = tuple(LIMITS)


def labels() -> dict[str, str]:
    """Labels with a shortcut letter each (Alt+letter), none shared with the buttons."""
    return {
        "prepare": translate("SetupDialog", "&Get-ready time:"),
        "work": translate("SetupDialog", "&Work time:"),
        "rest": translate("SetupDialog", "R&est between moves:"),
        "round_rest": translate("SetupDialog", "Rest between r&ounds:"),
        "rounds": translate("SetupDialog", "Ro&unds:"),
        "switch": translate("SetupDialog", "&Switch-sides pause:"),
        "tempo_scale": translate("SetupDialog", "&Tempo scale:"),
    }


def _form(rows: dict[str, IntervalRow]) -> QFormLayout:
    form = QFormLayout()
    texts = labels()
    for name, row in rows.items():
        line = QHBoxLayout()
        line.addWidget(row.box)
        line.addWidget(row.hint, 1)
        row.label = label = QLabel(texts[name])
        label.setBuddy(row.box)
        form.addRow(label, line)
        form.addRow("", row.error)
    return form


class SetupDialog(QDialog):
    """Adjust one routine. `edit()` is what the window calls (tests replace it)."""

    def __init__(
        self,
        routine: Routine,
        saved: RoutineSetup,
        defaults: IntervalSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.routine, self.defaults = routine, defaults
        self._work_hint = ""
        """The work time's hint, shown unless the work time is not used."""
        as_written = plan_setup(routine, RoutineSetup(intervals=defaults))
        self._as_written = as_written.total_seconds  # the comparison the total shows
        self.setWindowTitle(self.tr("Adjust {title}").format(title=routine.title))
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Mode"))
        for mode in routine.modes:
            self.mode.addItem(mode.name, mode.id)
            self.mode.setItemData(
                self.mode.count() - 1, mode.description, Qt.ItemDataRole.ToolTipRole
            )
        chosen = routine.mode(saved.mode if saved.mode in {m.id for m in routine.modes} else None)
        if chosen is not None:
            self.mode.setCurrentIndex(self.mode.findData(chosen.id))
        self.rows = {name: interval_row(name) for name in NAMES}
        self.moves: list[MoveRow] = []
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Estimated total"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        reset = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        reset.setText(self.tr("&Reset to the routine's defaults"))
        reset.clicked.connect(self.reset)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save_if_valid)

        intervals = QGroupBox(self.tr("Intervals (main blocks)"))
        column = QVBoxLayout(intervals)
        if routine.modes:
            mode_row = QFormLayout()
            mode_label = QLabel(self.tr("&Mode:"))
            mode_label.setBuddy(self.mode)
            mode_row.addRow(mode_label, self.mode)
            column.addLayout(mode_row)
        column.addLayout(_form(self.rows))
        moves = QGroupBox(self.tr("Moves"))
        moves.setLayout(self._move_grid(saved))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        body_column = QVBoxLayout(body)
        body_column.addWidget(intervals)
        body_column.addWidget(moves)
        body_column.addStretch()
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.buttons)

        self._fill(saved)
        for row in self.rows.values():
            row.box.valueChanged.connect(self._changed)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        for move in self.moves:
            move.changed.connect(self._changed)
        self._changed()
        room = (parent or self).screen().availableGeometry()  # fits a 1024x600 laptop too
        self.resize(min(760, room.width() - 40), min(680, room.height() - 60))

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        routine: Routine,
        saved: RoutineSetup,
        defaults: IntervalSettings,
    ) -> RoutineSetup | None:
        """The setup the user saved, or None when cancelled."""
        dialog = cls(routine, saved, defaults, parent)
        return dialog.result_setup() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # -- what the fields say

    def mode_id(self) -> str | None:
        data = self.mode.currentData()
        return None if data is None else str(data)

    def fallback(self) -> dict[str, float]:
        """Each interval's value when the user sets nothing for this routine."""
        resolved = resolve(self.routine, self.routine.mode(self.mode_id()), self.defaults)
        return {name: getattr(resolved, name) for name in NAMES}

    def result_setup(self) -> RoutineSetup:
        """The setup the fields describe; raises SettingsError for a refused value."""
        fallback = self.fallback()
        values = {n: r.value() for n, r in self.rows.items() if r.value() != fallback[n]}
        moves = {m.exercise_id: m.setup() for m in self.moves}
        first_mode = self.routine.modes[0].id if self.routine.modes else None
        mode = self.mode_id() if self.mode_id() != first_mode else None
        return RoutineSetup(intervals=IntervalSettings(**values), mode=mode, moves=moves)  # type: ignore[arg-type]

    def reset(self) -> None:
        self._fill(RoutineSetup(), keep_mode=True)
        for move in self.moves:
            move.reset()
        self._changed()

    # -- inside

    def _move_grid(self, saved: RoutineSetup) -> QGridLayout:
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        line = 0
        for block in self.routine.blocks:
            grid.addWidget(QLabel(f"<b>{block.name}</b>"), line, 0, 1, 3)
            line += 1
            for exercise in block.exercises:
                dose = exercise.dose
                if isinstance(dose, Timed):
                    own = dose.seconds
                    kind = "seconds"
                    hint = (
                        self.tr("routine: {seconds} s").format(seconds=own)
                        if own
                        else self.tr("routine: work time")
                    )
                    default = (lambda s=own: s) if own else self._work_time
                else:
                    assert isinstance(dose, Reps)
                    kind = "reps"
                    hint = counted(self.tr("routine: %n rep(s)", "", dose.reps), dose.reps)
                    default = lambda r=dose.reps: r  # noqa: E731
                row = MoveRow(
                    exercise.id,
                    kind,
                    default,
                    [v.name for v in exercise.variations],
                    saved.move(exercise.id),
                )
                name = QLabel(exercise.name)
                name.setBuddy(row.box)
                hint_label = QLabel(hint)
                hint_label.setStyleSheet("color: palette(placeholder-text)")
                grid.addWidget(name, line, 0)
                grid.addWidget(row.box, line, 1)
                grid.addWidget(row.variation, line, 2)
                grid.addWidget(hint_label, line, 3)
                grid.addWidget(row.error, line + 1, 0, 1, 4)
                line += 2
                self.moves.append(row)
        return grid

    def _work_time(self) -> int:
        value = self.rows["work"].value()
        return int(value) if value is not None else int(self.fallback()["work"])

    def _fill(self, saved: RoutineSetup, *, keep_mode: bool = False) -> None:
        fallback = self.fallback()
        for name, row in self.rows.items():
            own = getattr(saved.intervals, name)
            row.box.blockSignals(True)
            row.set_value(own if own is not None else fallback[name])
            row.box.blockSignals(False)
        self._hints()

    def _hints(self) -> None:
        fallback = self.fallback()
        intervals = self.routine.mode(self.mode_id())
        source = (
            intervals.intervals if intervals and intervals.intervals else self.routine.intervals
        )
        for name, row in self.rows.items():
            unit = LIMITS[name].unit
            text = self.tr("default: {value}").format(value=with_unit(fallback[name], unit))
            interval = getattr(source, name, None)
            if interval is not None and interval.min is not None and interval.max is not None:
                text += self.tr(" · the source recommends {low} to {high}").format(
                    low=number(interval.min), high=with_unit(interval.max, unit)
                )
            row.hint.setText(text)
        self._work_hint = self.rows["work"].hint.text()
        self._show_work_use()

    def _show_work_use(self) -> None:
        """The work time off, with the reason in place of its hint, when no move takes it
        (in the mode and with the variations chosen)."""
        as_chosen = RoutineSetup(
            mode=self.mode_id(),
            moves={
                m.exercise_id: MoveSetup(variation=m.variation.currentData()) for m in self.moves
            },
        )
        used = uses_work_time(self.routine, as_chosen)
        row = self.rows["work"]
        row.box.setEnabled(used)
        if row.label is not None:
            row.label.setEnabled(used)
        reason = ""
        if not used:
            mode = self.routine.mode(self.mode_id()) if len(self.routine.modes) > 1 else None
            held = any(isinstance(e.dose, Timed) for e in self.routine.exercises())
            if mode is not None and held:
                reason = self.tr(
                    "Not used: every move in {mode} is counted in reps or has its own length"
                ).format(mode=mode.name)
            elif mode is not None:
                reason = self.tr("Not used: every move in {mode} is counted in reps").format(
                    mode=mode.name
                )
            elif held:
                reason = self.tr(
                    "Not used: every move here is counted in reps or has its own length"
                )
            else:
                reason = self.tr("Not used: every move here is counted in reps")
        row.hint.setText(reason or self._work_hint)
        row.box.setAccessibleDescription(reason)

    def _mode_changed(self) -> None:
        self._hints()
        self._changed()

    def _changed(self) -> None:
        self._show_work_use()  # a variation chosen may be timed
        valid = all([row.validate() for row in self.rows.values()])
        for move in self.moves:
            move.follow_default()
        valid = all([move.validate() for move in self.moves]) and valid
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(valid)
        if not valid:
            self.total.setText(self.tr("Estimated total: — (fix the values marked in red)"))
            return
        timeline = plan_setup(self.routine, self.result_setup())
        total = timeline.total_seconds
        self.total.setText(
            self.tr(
                "<b>Estimated total: {total}</b> (about {minutes} min;"
                " with the routine's defaults {as_written})"
            ).format(
                total=clock(total),
                minutes=max(1, round(total / 60)),
                as_written=clock(self._as_written),
            )
        )

    def _save_if_valid(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            self.accept()


class DefaultsDialog(QDialog):
    """The interval settings every routine starts from; unset keeps each routine's own."""

    def __init__(self, defaults: IntervalSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Default intervals"))
        own = self.tr("each routine's own")
        self.rows = {n: interval_row(n, unset_text=own) for n in NAMES}
        for name, row in self.rows.items():
            row.set_value(getattr(defaults, name))
            limit = LIMITS[name]
            row.hint.setText(
                self.tr("{low} to {high}").format(
                    low=number(limit.low), high=with_unit(limit.high, limit.unit)
                )
            )
            row.box.valueChanged.connect(self._changed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Used by every routine unless its own settings say otherwise."))
        )
        layout.addLayout(_form(self.rows))
        layout.addWidget(self.buttons)

    @classmethod
    def edit(cls, parent: QWidget | None, defaults: IntervalSettings) -> IntervalSettings | None:
        dialog = cls(defaults, parent)
        return dialog.settings() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def settings(self) -> IntervalSettings:
        values = {name: row.value() for name, row in self.rows.items()}
        return IntervalSettings(**values)  # type: ignore[arg-type]

    def _changed(self) -> None:
        valid = all([row.validate() for row in self.rows.values()])
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(valid)
