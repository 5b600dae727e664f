"""The rows of the settings dialogs: one number per interval, one row per move.

Each number sits beside a hint (the routine's value, the source's recommended range) and
a line that gives the reason when the value is refused (wrapped, never cut off). Spin
boxes take any number typed, on purpose: a value out of range is shown with its reason
rather than silently clamped. Stepping (arrows, Page Up/Down, the wheel) always lands on
a valid value: the first step up from "not set" on the interval's usual value, a step
down from the lowest valid value back on "not set".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDoubleSpinBox, QLabel, QSpinBox

from backtrainer.core.customise import MAX_REPS, MAX_SECONDS, MIN_REPS, MIN_SECONDS, MoveSetup
from backtrainer.core.model import Intervals
from backtrainer.core.settings import LIMITS, SettingsError, check

translate = QCoreApplication.translate

ERROR_STYLE = "color: #c62828"
HINT_STYLE = "color: palette(placeholder-text)"

USUAL: dict[str, float] = {
    **{name: getattr(Intervals(), name).default for name in LIMITS if name != "tempo_scale"},
    "tempo_scale": 1.0,
}
"""Each interval's usual value (a routine's unless it says otherwise): where the first
step up from "not set" lands."""


def number(value: float) -> str:
    """A number as the user's language writes it ("1.5", "1,5"), no trailing zeros."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 6)


def interval_label(name: str) -> str:
    """An interval's name inside a sentence ("work time must be ...")."""
    labels = {
        "prepare": translate("setup_fields", "get-ready time"),
        "work": translate("setup_fields", "work time"),
        "rest": translate("setup_fields", "rest between moves"),
        "round_rest": translate("setup_fields", "rest between rounds"),
        "rounds": translate("setup_fields", "rounds"),
        "switch": translate("setup_fields", "switch-sides pause"),
        "tempo_scale": translate("setup_fields", "tempo scale"),
        "seconds": translate("setup_fields", "seconds"),
        "reps": translate("setup_fields", "reps"),
    }
    return labels.get(name, name)


def with_unit(value: float, unit: str) -> str:
    return f"{number(value)} {unit}" if unit else number(value)


def out_of_range(name: str, low: float, high: float, unit: str, value: float) -> str:
    """Why a value is refused, in the user's language (the core's reason is English)."""
    return translate("setup_fields", "{name} must be between {low} and {high}, got {value}").format(
        name=interval_label(name), low=number(low), high=with_unit(high, unit), value=number(value)
    )


def refused(name: str, value: float | None, exc: SettingsError) -> str:
    """The reason for a refused interval or move dose, translated where it is a range."""
    limits = {"seconds": (MIN_SECONDS, MAX_SECONDS, ""), "reps": (MIN_REPS, MAX_REPS, "")}
    if name in LIMITS:
        limit = LIMITS[name]
        low, high, unit = limit.low, limit.high, limit.unit
    elif name in limits:
        low, high, unit = limits[name]
    else:
        return exc.reason
    if value is None or low <= value <= high:
        return exc.reason
    return out_of_range(name, low, high, unit, value)


class ReasonLabel(QLabel):
    """A line that wraps, and asks for the height of all its lines: a window (or a
    scrolled page) lays itself out by width first and would give a wrapped second line
    no room, cutting the reason off."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = self.heightForWidth(self.width()) if self.text() else 0
        if height != self.minimumHeight():
            self.setMinimumHeight(max(0, height))


class _Stepping:
    """What a step does, for either kind of spin box (see the module)."""

    def __init__(self, name: str, unset: bool) -> None:
        self.limit, self.usual, self.unset = LIMITS[name], USUAL[name], unset

    def target(self, value: float, lowest: float, steps: int) -> float | None:
        """Where `steps` from `value` lands, when not one plain step; `lowest`: the box's
        minimum ("not set", if `unset`)."""
        low, high = self.limit.low, self.limit.high
        if self.unset and value == lowest:
            return min(max(self.usual, low), high) if steps > 0 else None
        if steps < 0 and value <= low:
            return lowest if self.unset else None
        if steps > 0 and value < low:
            return low
        if steps < 0 and value > high:
            return high
        return None


class IntervalSpinBox(QSpinBox):
    def __init__(self, name: str, unset: bool) -> None:
        super().__init__()
        self.stepping = _Stepping(name, unset)

    def stepBy(self, steps: int) -> None:
        target = self.stepping.target(self.value(), self.minimum(), steps)
        if target is None:
            super().stepBy(steps)
        else:
            self.setValue(round(target))
            self.selectAll()


class IntervalDoubleSpinBox(QDoubleSpinBox):
    def __init__(self, name: str, unset: bool) -> None:
        super().__init__()
        self.stepping = _Stepping(name, unset)

    def stepBy(self, steps: int) -> None:
        target = self.stepping.target(self.value(), self.minimum(), steps)
        if target is None:
            super().stepBy(steps)
        else:
            self.setValue(target)
            self.selectAll()


Number = QSpinBox | QDoubleSpinBox


def number_box(name: str, *, unset_text: str | None = None) -> Number:
    """A spin box for interval `name`, wide open to typing (see the module). With
    `unset_text`, its lowest value means "not set" and shows that text."""
    box: Number
    if name == "tempo_scale":
        box = IntervalDoubleSpinBox(name, unset_text is not None)
        box.setDecimals(2)
        box.setSingleStep(0.05)
        box.setRange(0.0, 9.99)
        box.setSuffix(" x")
    else:
        box = IntervalSpinBox(name, unset_text is not None)
        box.setRange(-1 if unset_text else 0, 99_999)
        box.setSuffix(f" {LIMITS[name].unit}" if LIMITS[name].unit else "")
    if unset_text:
        box.setSpecialValueText(unset_text)
    box.setAccelerated(True)
    box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    box.setAccessibleName(interval_label(name))
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
    label: QLabel | None = None
    """The label before the box, once the dialog has made it."""

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
            self.error.setText(refused(self.name, value, exc))
            self.error.show()
            return False
        self.error.clear()
        self.error.hide()
        return True


def interval_row(name: str, *, unset_text: str | None = None) -> IntervalRow:
    hint, error = QLabel(), ReasonLabel()
    hint.setStyleSheet(HINT_STYLE)
    error.setStyleSheet(ERROR_STYLE)
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
        self.box.setSuffix(" s" if kind == "seconds" else self.tr(" reps"))
        self.box.setAccessibleName(f"{exercise_id} {kind}")
        own = saved.seconds if kind == "seconds" else saved.reps
        self.touched = own is not None
        self.box.setValue(own if own is not None else default())
        self.box.valueChanged.connect(self._edited)
        self.variation = QComboBox()
        self.variation.addItem(self.tr("As written"), None)
        for name in variations:
            self.variation.addItem(name, name)
        self.variation.setVisible(bool(variations))
        self.variation.setCurrentIndex(max(0, self.variation.findData(saved.variation)))
        self.variation.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.error = ReasonLabel()
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
            self.error.setText(refused(self.kind, self.box.value(), exc))
            self.error.show()
            return False
        self.error.hide()
        return True

    def _edited(self) -> None:
        self.touched = True
        self.changed.emit()
