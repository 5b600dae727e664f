"""The rows of the settings dialogs: one number per interval, one row per move.

Each number sits beside a hint (the routine's value, the source's recommended range) and
a line that gives the reason when the value is refused. Spin boxes take any number, on
purpose: a value out of range is shown with its reason rather than silently clamped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDoubleSpinBox, QLabel, QSpinBox

from backtrainer.core.customise import MoveSetup
from backtrainer.core.settings import LIMITS, SettingsError, check

ERROR_STYLE = "color: #c62828"
HINT_STYLE = "color: palette(placeholder-text)"

Number = QSpinBox | QDoubleSpinBox


def number_box(name: str, *, unset_text: str | None = None) -> Number:
    """A spin box for interval `name`, wide open (see the module). With `unset_text`, its
    lowest value means "not set" and shows that text."""
    box: Number
    if name == "tempo_scale":
        box = QDoubleSpinBox()
        box.setDecimals(2)
        box.setSingleStep(0.05)
        box.setRange(0.0, 9.99)
        box.setSuffix(" x")
    else:
        box = QSpinBox()
        box.setRange(-1 if unset_text else 0, 99_999)
        box.setSuffix(f" {LIMITS[name].unit}" if LIMITS[name].unit else "")
    if unset_text:
        box.setSpecialValueText(unset_text)
    box.setAccelerated(True)
    box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    box.setAccessibleName(LIMITS[name].label)
    return box


@dataclass
class IntervalRow:
    """One interval: its box, a hint, and the reason it is refused (empty when valid)."""

    name: str
    box: Number
    hint: QLabel
    error: QLabel
    unset: bool
    """Whether the box's lowest value means "not set" (the defaults dialog)."""

    def value(self) -> float | None:
        value = self.box.value()
        if self.unset and value == self.box.minimum():
            return None
        return value

    def set_value(self, value: float | None) -> None:
        target = self.box.minimum() if value is None else value
        if isinstance(self.box, QSpinBox):
            self.box.setValue(round(target))
        else:
            self.box.setValue(target)

    def validate(self) -> bool:
        value = self.value()
        try:
            if value is not None:
                check(self.name, value)
        except SettingsError as exc:
            self.error.setText(exc.reason)
            self.error.show()
            return False
        self.error.clear()
        self.error.hide()
        return True


def interval_row(name: str, *, unset_text: str | None = None) -> IntervalRow:
    hint, error = QLabel(), QLabel()
    hint.setStyleSheet(HINT_STYLE)
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.hide()
    box = number_box(name, unset_text=unset_text)
    error.setBuddy(box)
    return IntervalRow(name, box, hint, error, unset=unset_text is not None)


class MoveRow(QObject):
    """One move: its dose (seconds or reps) and, if it has any, its variations.

    Until the user touches the dose, it follows `default()` (a timed move without its own
    length takes the work time, which may change in the same dialog).
    """

    changed = Signal()

    def __init__(
        self,
        exercise_id: str,
        kind: str,
        default: Callable[[], int],
        variations: list[str],
        saved: MoveSetup,
    ) -> None:
        super().__init__()
        self.exercise_id, self.kind, self.default = exercise_id, kind, default
        self.box = QSpinBox()
        self.box.setRange(0, 9_999)
        self.box.setSuffix(" s" if kind == "seconds" else " reps")
        self.box.setAccessibleName(f"{exercise_id} {kind}")
        own = saved.seconds if kind == "seconds" else saved.reps
        self.touched = own is not None
        self.box.setValue(own if own is not None else default())
        self.box.valueChanged.connect(self._edited)
        self.variation = QComboBox()
        self.variation.addItem("As written", None)
        for name in variations:
            self.variation.addItem(name, name)
        self.variation.setVisible(bool(variations))
        self.variation.setCurrentIndex(max(0, self.variation.findData(saved.variation)))
        self.variation.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

    def follow_default(self) -> None:
        if not self.touched:
            self.box.blockSignals(True)
            self.box.setValue(self.default())
            self.box.blockSignals(False)

    def reset(self) -> None:
        self.touched = False
        self.follow_default()
        self.variation.setCurrentIndex(0)

    def setup(self) -> MoveSetup:
        """What the row says; raises SettingsError with the reason for a bad number."""
        value = self.box.value()
        own = None if value == self.default() else value
        variation = self.variation.currentData()
        if self.kind == "seconds":
            return MoveSetup(seconds=own, variation=variation)
        return MoveSetup(reps=own, variation=variation)

    def validate(self) -> bool:
        try:
            self.setup()
        except SettingsError as exc:
            self.error.setText(exc.reason)
            self.error.show()
            return False
        self.error.hide()
        return True

    def _edited(self) -> None:
        self.touched = True
        self.changed.emit()
