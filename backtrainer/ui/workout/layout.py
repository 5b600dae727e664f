"""How the workout screen is laid out: everything sized from the window, for reading at a
glance from three metres, from 1024x600 to 4K, portrait too.

Landscape, top to bottom: a thin bar for the session; the phase and how far along; then
two columns, the instruction on the left (the move, a LEFT / RIGHT badge, the dose) and
the big number in its progress ring on the right, with the tempo bar beside it on rep
steps; the spoken cue; the buttons. Portrait stacks the two columns. During a rest, a
switch or the get-ready the next move is the content and the ring is smaller.

Every text gets the largest font in which it fits its box, wrapped at its words, so
nothing is cut; the boxes are placed by hand (no QLayout), so text sized for a large
window never stops the window from shrinking.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from backtrainer.ui.workout import fit
from backtrainer.ui.workout.gauges import LevelBar, ProgressRing

NAME = 0.135
"""The move's name, at most, as a share of the window's unit (its height, in landscape):
98 px at 1366x768 (a cap height of 71 px), never less than 80 (58 px) there."""
BADGE = 1.3
"""The side badge's word, in name heights: the largest word after the number."""
FEWER_LINES = 0.85
"""A name takes one line fewer when that keeps it at least this share of its largest."""
LEFT, RIGHT, ALTERNATE = "LEFT", "RIGHT", "ALTERNATE"
GAP_NUMBER = 0.85
"""During a rest the seconds are secondary: this size of the next move's name."""
TEMPO = 0.15
"""The tempo bar and its gap, in ring diameters."""
SIDE_COLOURS = {LEFT: "#c62828", RIGHT: "#1a237e"}
"""Red and indigo, white words (5.6:1 and 13:1), unlike any phase's background."""


@dataclass(frozen=True)
class Look:
    gap: bool = False
    """A rest, switch or get-ready: the next move is the content, the seconds secondary."""
    reps: bool = False
    """A rep step: the tempo bar shows."""
    show_form: bool = False
    foreground: str = "#ffffff"


@dataclass
class Parts:
    """The view's widgets, as the layout places them."""

    session_bar: LevelBar
    phase: QLabel
    progress: QLabel
    notice: QLabel
    kicker: QLabel
    exercise: QLabel
    side: QLabel
    detail: QLabel
    setup: QLabel
    form: QLabel
    ring: ProgressRing
    countdown: QLabel
    count_of: QLabel
    tempo: LevelBar
    caption: QLabel
    next_up: QLabel
    bar: QWidget
    buttons: list[QPushButton] = field(default_factory=list)


@dataclass
class _Item:
    label: QLabel
    share: float
    """Largest font, as a share of the unit."""
    bold: bool = False
    lines: int = 2
    fewer: bool = False
    """One line fewer is preferred when it costs less than FEWER_LINES in size."""


def _shrink(form: bool) -> list[tuple[float, float, float]]:
    """When the instruction does not fit its column: the scales of (the name and the
    badge, the form points, the rest) tried in turn. The rest gives way first; form
    points asked for come before the size of the name."""
    steps = [(1.0, 1.0, 1 - k * 0.05) for k in range(9)]
    if form:
        steps += [(1 - k * 0.05, 1.0, 0.6) for k in range(1, 7)]
        steps += [(0.7, 1 - k * 0.05, 0.6) for k in range(1, 9)]
        steps += [(0.7 - k * 0.05, 0.6, 0.6) for k in range(1, 7)]
    else:
        steps += [(1 - k * 0.05, 1.0, 0.6) for k in range(1, 13)]
    return steps


class ScreenLayout:
    def __init__(self, parts: Parts, base: QFont) -> None:
        self.parts = parts
        self.base = base
        self.look = Look()
        self.width = self.height = 0
        self.unit = 1.0
        self._number_radius = 1.0
        self._number_most = 1.0
        self._caption_box = (1, 1)

    # -- the whole screen ------------------------------------------------------------------

    def arrange(self, width: int, height: int, look: Look) -> None:
        p = self.parts
        self.look, self.width, self.height = look, width, height
        landscape = width >= 1.2 * height
        u = min(height, width / 1.4) if landscape else min(height * 0.8, width)
        self.unit = u = max(u, 120.0)
        margin = max(6.0, 0.022 * u)
        inner = width - 2 * margin

        bar_height = max(4.0, 0.011 * u)
        fit.place(p.session_bar, 0, 0, width, bar_height)
        y = bar_height + margin * 0.5

        header = self._line_height(0.042 * u)
        self._fit_line(p.phase, margin, y, inner * 0.42, header, 0.042 * u, bold=True)
        self._fit_line(p.progress, margin + inner * 0.42, y, inner * 0.58, header, 0.042 * u)
        p.phase.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        p.progress.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        y += header + margin * 0.5
        if p.notice.text():
            notice = 2 * self._line_height(0.032 * u)
            p.notice.setFont(
                fit.largest(self.base, p.notice.text(), int(inner), int(notice), 0.032 * u)
            )
            fit.place(p.notice, margin, y, inner, notice)
            p.notice.show()
            y += notice + margin * 0.5
        else:
            p.notice.hide()

        bottom = height - margin * 0.75
        bottom -= self._buttons(margin, bottom, inner)
        footer = 1.6 * self._line_height(0.036 * u)
        bottom -= footer + margin * 0.5
        self._footer(margin, bottom + margin * 0.25, inner, footer)
        top, middle = y + margin * 0.25, bottom - y - margin * 0.5

        if landscape:
            self._landscape(margin, top, inner, middle)
        else:
            self._portrait(margin, top, inner, middle)

    def _landscape(self, x: float, y: float, width: float, height: float) -> None:
        side = 1 + TEMPO if self.look.reps else 1.0  # the ring and the tempo bar
        if self.look.gap:
            diameter = min(0.42 * height, 0.3 * width)
        else:
            diameter = min(height, 0.46 * width / side)
        right = diameter * side + 0.04 * self.unit
        self._stack(x, y, width - right - 0.03 * self.unit, height, Qt.AlignmentFlag.AlignLeft)
        self._dial(x + width - right, y + (height - diameter) / 2, diameter)

    def _portrait(self, x: float, y: float, width: float, height: float) -> None:
        share = 0.7 if self.look.gap else 0.58
        used = self._stack(x, y, width, height * share, Qt.AlignmentFlag.AlignHCenter, top=True)
        gap = 0.03 * self.unit
        diameter = min(height - used - gap, width / (1 + 2 * TEMPO))
        if self.look.gap:
            diameter = min(diameter, 0.5 * width)
        shift = round(max(0.0, height - used - gap - diameter) / 2)  # the two centred together
        for item in self._items():
            item.label.move(item.label.x(), item.label.y() + shift)
        self._dial(x + (width - diameter) / 2, y + shift + used + gap, diameter)

    # -- the instruction: kicker, name, badge, dose, set-up, form ----------------------------

    def _items(self) -> list[_Item]:
        p = self.parts
        items = [
            _Item(p.kicker, 0.05, bold=True, lines=1),
            _Item(p.exercise, NAME, bold=True, lines=3, fewer=True),
            _Item(p.side, NAME * BADGE, bold=True, lines=1),
            _Item(p.detail, 0.06, lines=2, fewer=True),
            _Item(p.setup, 0.052, lines=3),
        ]
        if self.look.show_form:
            items.append(_Item(p.form, 0.042, lines=8))
        shown = [item for item in items if item.label.text()]
        for label in (p.kicker, p.exercise, p.side, p.detail, p.setup, p.form):
            label.setVisible(any(item.label is label for item in shown))
        return shown

    def _stack(
        self,
        x: float,
        y: float,
        width: float,
        height: float,
        align: Qt.AlignmentFlag,
        *,
        top: bool = False,
    ) -> float:
        """Lays out the instruction in `width` x `height`, at the top or centred upright;
        the height it takes."""
        items = self._items()
        p = self.parts
        for name, form, rest in _shrink(self.look.show_form):
            scales = {p.exercise: name, p.side: name, p.form: form}
            sized = [self._size(item, width, scales.get(item.label, rest)) for item in items]
            spacing = 0.022 * self.unit * rest
            total = sum(h for _f, _w, h in sized) + spacing * max(0, len(sized) - 1)
            if total <= height:
                break
        y += 0.0 if top else max(0.0, (height - total) / 2)
        for item, (font, w, h) in zip(items, sized, strict=True):
            item.label.setFont(font)
            if item.label is self.parts.side:
                left = x if align == Qt.AlignmentFlag.AlignLeft else x + (width - w) / 2
                fit.place(item.label, left, y, w, h)
                self._badge_style(font.pixelSize())
            else:
                item.label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
                fit.place(item.label, x, y, width, h)
            y += h + spacing
        return min(total, height)

    def _size(self, item: _Item, width: float, scale: float) -> tuple[QFont, float, float]:
        """An item's font, width and height in a column `width` wide."""
        most = item.share * self.unit * scale
        text = item.label.text()
        if item.label is self.parts.side:
            if self.parts.exercise.text():  # larger than the name, whatever its size
                most = self.parts.exercise.font().pixelSize() * BADGE
            reference = QFontMetrics(fit.font(self.base, 100, bold=True))
            per_px = reference.horizontalAdvance(text) / 100 + 0.9
            f = fit.font(self.base, min(most, width / per_px), bold=True)
            return (
                f,
                QFontMetrics(f).horizontalAdvance(text) + 0.9 * f.pixelSize(),
                1.3 * f.pixelSize(),
            )
        f = self._font(item, text, width, most)
        if item.label is self.parts.exercise:
            self.parts.exercise.setFont(f)  # the badge is sized from it
        return f, width, fit.text_size(f, text, int(width))[1]

    def _font(self, item: _Item, text: str, width: float, most: float) -> QFont:
        """The largest font for `item` in at most its lines; for the name and the dose,
        the fewest lines that keep FEWER_LINES of that size."""
        if not item.fewer:
            return fit.largest(
                self.base, text, int(width), 1 << 20, most, bold=item.bold, lines=item.lines
            )
        fonts = [
            fit.largest(self.base, text, int(width), 1 << 20, most, bold=item.bold, lines=lines)
            for lines in range(1, item.lines + 1)
        ]
        best = max(f.pixelSize() for f in fonts)
        return next(f for f in fonts if f.pixelSize() >= FEWER_LINES * best)

    def _badge_style(self, px: int) -> None:
        border = max(2, round(px * 0.05))
        colour = SIDE_COLOURS.get(str(self.parts.side.property("badge") or ""))
        fill = f"background: {colour}; color: #ffffff;" if colour else "background: transparent;"
        self.parts.side.setStyleSheet(
            f"QLabel {{ {fill} border: {border}px solid {self.look.foreground};"
            f" border-radius: {round(px * 0.22)}px; padding: 0px; }}"
        )
        self.parts.side.setAlignment(Qt.AlignmentFlag.AlignCenter)

    # -- the number in its ring, and the tempo ------------------------------------------------

    def _dial(self, x: float, y: float, diameter: float) -> None:
        p = self.parts
        fit.place(p.ring, x, y, diameter, diameter)
        stroke = p.ring.stroke()
        self._number_radius = diameter / 2 - stroke - 0.04 * diameter
        name = p.exercise.font().pixelSize() if p.exercise.text() else diameter
        self._number_most = GAP_NUMBER * name if self.look.gap else diameter
        sub = 0.085 * diameter
        sub_height = self._line_height(sub)
        fit.place(p.count_of, x + diameter * 0.15, y + diameter * 0.7, diameter * 0.7, sub_height)
        p.count_of.setFont(
            fit.largest(self.base, p.count_of.text(), int(diameter * 0.7), int(sub_height), sub)
        )
        p.count_of.setAlignment(Qt.AlignmentFlag.AlignCenter)
        p.count_of.setVisible(bool(p.count_of.text()))
        self.refit_number()
        if self.look.reps:
            width, height = 0.09 * diameter, 0.86 * diameter
            left = x + diameter + 0.06 * diameter
            fit.place(p.tempo, left, y + (diameter - height) / 2, width, height)
            p.tempo.show()
        else:
            p.tempo.hide()

    def refit_number(self) -> None:
        """The big number at the largest size its ring holds (after its text changed)."""
        p = self.parts
        ring = p.ring.geometry()
        radius = self._number_radius
        raised = not p.count_of.isHidden()
        if raised:  # room below for "of 10"
            radius *= 0.86
        text = p.countdown.text() or "0"
        f = fit.digits_in_circle(self.base, text, radius, self._number_most)
        p.countdown.setFont(f)
        metrics = QFontMetrics(f)
        height = max(metrics.height(), fit.text_size(f, text, ring.width())[1])
        centre = ring.center().y() - (0.08 * ring.height() if raised else 0)
        # The digits' middle (half their cap height above the baseline) on `centre`.
        top = centre - metrics.ascent() + metrics.capHeight() / 2
        fit.place(p.countdown, ring.x(), top, ring.width(), height)
        p.countdown.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

    # -- the spoken cue, what comes next, the buttons ------------------------------------------

    def _footer(self, x: float, y: float, width: float, height: float) -> None:
        p = self.parts
        then = bool(p.next_up.text())
        caption_width = width * 0.62 if then else width
        self._caption_box = (int(caption_width), int(height))
        fit.place(p.caption, x, y, caption_width, height)
        self.refit_caption()
        if then:
            right = width - caption_width
            fit.place(p.next_up, x + caption_width, y, right, height)
            p.next_up.setFont(
                fit.largest(self.base, p.next_up.text(), int(right), int(height), 0.036 * self.unit)
            )
            p.next_up.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        p.next_up.setVisible(then)

    def refit_caption(self) -> None:
        p = self.parts
        width, height = self._caption_box
        p.caption.setFont(
            fit.largest(self.base, p.caption.text(), width, height, 0.036 * self.unit)
        )

    def _buttons(self, x: float, bottom: float, width: float) -> float:
        """The buttons in one row, or two when one would make them too small; their height."""
        p = self.parts
        grid = p.bar.layout()
        assert isinstance(grid, QGridLayout)
        most = min(max(11.0, 0.026 * self.unit), 40.0)
        for rows in (1, 2):
            per_row = -(-len(p.buttons) // rows)
            px = most
            while px > 9:
                self._button_font(px)
                spacing = px * 0.5
                needed = max(
                    sum(b.sizeHint().width() for b in p.buttons[r * per_row : (r + 1) * per_row])
                    + spacing * (per_row - 1)
                    for r in range(rows)
                )
                if needed <= width:
                    break
                px -= 1
            if px >= 0.75 * most or rows == 2:
                break
        for button in p.buttons:
            grid.removeWidget(button)
        for i, button in enumerate(p.buttons):
            grid.addWidget(button, i // per_row, i % per_row)
        grid.setSpacing(round(px * 0.5))
        button_height = round(px * 2.2)
        for button in p.buttons:
            button.setFixedHeight(button_height)
        height = rows * button_height + (rows - 1) * grid.spacing()
        fit.place(p.bar, x, bottom - height, width, height)
        return height

    def _button_font(self, px: float) -> None:
        f = fit.font(self.base, px)
        for button in self.parts.buttons:
            button.setFont(f)

    # -- helpers -------------------------------------------------------------------------------

    def _line_height(self, px: float) -> float:
        return float(QFontMetrics(fit.font(self.base, px)).lineSpacing())

    def _fit_line(
        self,
        label: QLabel,
        x: float,
        y: float,
        width: float,
        height: float,
        most: float,
        *,
        bold: bool = False,
    ) -> None:
        """One line, smaller if it must be."""
        fit.place(label, x, y, width, height)
        f = fit.largest(self.base, label.text(), int(width), int(height), most, bold=bold, lines=1)
        label.setFont(f)
