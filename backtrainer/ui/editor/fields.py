"""The editor's form machinery: fields keyed by their path in the routine, each with a
place for the reason it is refused, right under it.

Ranges are wider than the format allows on purpose: a spin box that silently stops at 20
hides the rule, while one that takes 25 and says "must be at most 20" beside it teaches
it. The routine's own validation decides what is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

FieldWidget = QLineEdit | QPlainTextEdit | QSpinBox | QDoubleSpinBox | QComboBox | QCheckBox


_GROWING = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)


def spin(low: int, high: int, suffix: str = "", special: str | None = None) -> QSpinBox:
    """An int field; with `special`, its lowest value stands for "not set" (None)."""
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    if special is not None:  # its text changes with the routine: room to say it
        box.setSpecialValueText(special)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return box


def seconds_spin(high: float = 99.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, high)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setSuffix(" s")
    return box


def choice(options: Sequence[tuple[str, str]]) -> QComboBox:
    """A drop-down of (value, what the user reads)."""
    box = QComboBox()
    for value, text in options:
        box.addItem(text, value)
    # Free to shrink in a narrow window (the list still shows whole lines when open).
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(14)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return box


def value_of(widget: FieldWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox) and widget.specialValueText():
        return None if widget.value() == widget.minimum() else widget.value()
    return widget.value()


def set_value(widget: FieldWidget, value: object) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(widget.minimum() if value is None else int(value))  # type: ignore[call-overload]
    else:
        widget.setValue(float(value))  # type: ignore[arg-type]


def on_change(widget: FieldWidget, slot: Callable[[], None]) -> None:
    """Call `slot` when the user changes the value (loading blocks the signals)."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    else:
        widget.valueChanged.connect(slot)


def error_colour(widget: QWidget) -> str:
    """A red that reads on the light and on the dark theme."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b00020"


class ItemForm(QWidget):
    """One item's fields (the routine, a block or a move), in a form layout."""

    edited = Signal(str, object)
    """(key, new value): the key is the field's path within the item, e.g. "dose.reps"."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, FieldWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}
        self.heading = QLabel(f"<b>{heading}</b>")
        self.problem = self._error_label()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.problem)
        column.addLayout(self.form)
        column.addStretch()

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {error_colour(self)}")
        label.hide()
        return label

    def add_field(self, key: str, text: str, widget: FieldWidget, tip: str = "") -> None:
        """A row: label (its mnemonic focuses the field), the field, its error below it."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        grows = widget.sizePolicy().horizontalPolicy() in _GROWING
        column.addWidget(widget, 0, Qt.AlignmentFlag(0) if grows else Qt.AlignmentFlag.AlignLeft)
        # The row takes the whole width, so that the reason has room beside a small field.
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        error = self._error_label()
        column.addWidget(error)
        label = QLabel(text)
        label.setBuddy(widget)
        if tip:
            widget.setToolTip(tip)
        self.form.addRow(label, holder)
        self.fields[key] = widget
        self.errors[key] = error
        self._rows[key] = holder
        on_change(widget, lambda: self.changed(key, value_of(widget)))

    def changed(self, key: str, value: object) -> None:
        """A field was changed by the user: report it (a subclass may translate it)."""
        self.edited.emit(key, value)

    def set_row_visible(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self._rows[key], visible)

    def load(self, values: dict[str, object]) -> None:
        """Show an item's values without reporting them as edits."""
        for key, value in values.items():
            widget = self.fields[key]
            widget.blockSignals(True)
            try:
                set_value(widget, value)
            finally:
                widget.blockSignals(False)

    def show_error(self, key: str | None, reason: str = "") -> None:
        """Show `reason` beside field `key` ("" : the item as a whole); None clears."""
        for name, label in self.errors.items():
            shown = name == key
            label.setText(f"⚠ {reason}" if shown else "")
            label.setVisible(shown)
            self.fields[name].setAccessibleDescription(reason if shown else "")
        whole = key is not None and key not in self.errors
        self.problem.setText(f"⚠ {reason}" if whole else "")
        self.problem.setVisible(whole)
