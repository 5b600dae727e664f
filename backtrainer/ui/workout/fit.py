"""Type sized to the room it has: the largest font at which a text, wrapped at its words,
fits a box. A label laid out this way is never cut, at any window size."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QWidget

MIN_PX = 8
FITTED = 512
"""Sizes found by `largest` kept: the same texts come back in the same boxes every round."""
_fitted: dict[tuple[str, str, int, int, int, bool, int | None], int] = {}


def font(base: QFont, px: float, *, bold: bool = False) -> QFont:
    made = QFont(base)
    made.setPixelSize(max(MIN_PX, int(px)))
    made.setBold(bold)
    return made


def text_size(f: QFont, text: str, width: int) -> tuple[int, int]:
    """The width and height `text` takes wrapped at its words in `width` pixels (a word
    longer than the width makes the width larger)."""
    metrics = QFontMetrics(f)
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    rect = metrics.boundingRect(QRect(0, 0, max(1, width), 1 << 20), int(flags), text)
    longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
    return max(rect.width(), longest), rect.height()


def fits(f: QFont, text: str, width: int, height: int, lines: int | None = None) -> bool:
    """Whether `text` fits `width` x `height` (and `lines` lines, if given)."""
    used_width, used_height = text_size(f, text, width)
    if lines is not None:  # half a line to spare for rounding, not room for another line
        height = min(height, round((lines + 0.5) * QFontMetricsF(f).lineSpacing()))
    return used_width <= width and used_height <= height


def largest(
    base: QFont,
    text: str,
    width: int,
    height: int,
    most: float,
    *,
    bold: bool = False,
    lines: int | None = None,
) -> QFont:
    """The largest font up to `most` px in which `text` fits; MIN_PX if none does. Found
    once per font, text and box (a search measures the text about eight times: each step
    of a workout lays out its screen, and that was a sixth of a session's CPU)."""
    key = (base.key(), text, width, height, int(most), bold, lines)
    px = _fitted.get(key)
    if px is None:
        px = _largest_px(base, text, width, height, most, bold, lines)
        if len(_fitted) >= FITTED:
            _fitted.clear()
        _fitted[key] = px
    return font(base, px, bold=bold)


def _largest_px(
    base: QFont, text: str, width: int, height: int, most: float, bold: bool, lines: int | None
) -> int:
    low, high = MIN_PX, max(MIN_PX, int(most))
    if fits(font(base, high, bold=bold), text, width, height, lines):
        return high
    while high - low > 1:  # low fits (or is the floor), high does not
        middle = (low + high) // 2
        if fits(font(base, middle, bold=bold), text, width, height, lines):
            low = middle
        else:
            high = middle
    return low


def digits_in_circle(base: QFont, text: str, radius: float, most: float) -> QFont:
    """The largest bold font up to `most` px whose `text` (digits: cap height, no
    descender) fits inside a circle of `radius`."""
    reference = font(base, 100, bold=True)
    metrics = QFontMetrics(reference)
    wide = metrics.horizontalAdvance(text) / 100
    tall = metrics.capHeight() / 100
    px = 2 * radius / math.hypot(wide, tall)
    return font(base, min(px, most), bold=True)


def place(widget: QWidget, x: float, y: float, width: float, height: float) -> None:
    widget.setGeometry(QRect(round(x), round(y), max(1, round(width)), max(1, round(height))))
